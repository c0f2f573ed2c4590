"""Pure domain: tokens, sentences, diff, alignment, facts and classification. No Qt, no I/O."""
