"""The comparison pipeline: tokenize, segment, align, word-diff, ledger facts, classify.

Depends on the other core modules only. Takes ``cancel``/``progress`` callables (see
``jobs``) and raises ``jobs.Cancelled`` when cancelled; threads are the caller's business.
"""
