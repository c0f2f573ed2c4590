"""Changes a reader sees, built from the sentence matching and classified by kind.

Depends on ``matching``, ``classify``, ``edits``, and the builders of each part: ``additions``
(added and removed sentences), ``evaluative`` (evaluation put into kept sentences) and
``quote_changes`` (altered quotations). Reworded sentences yield one change per fact, quote or
attribution edit plus one for the rest of the wording; each altered quotation is one change,
whichever sentences it spans.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .classify import Basis, capitalised_words, hunk_kind, initials_of, is_boilerplate
from .facts import DATE_RE, WEEKDAYS, date_key, figures
from .commentary import (OpinionModel, Sensitivity, lexical_opinion)
from .draft import Draft, union
from .edits import local_edits
from .matching import Matching
from .model import ChangeKind, Span, Token, WordEdit
from .quote_match import QuoteMatch, match_quotes
from .quantities import Quantity
from .relations import COUNTED_KINDS, Values, counted_kind, value_key
from .stance import REPORTING
from .tokenize import STOPWORDS, is_word
from .sides import Side
from .worddiff import Opcode, hunks
from .additions import added_drafts, removed_drafts
from .evaluative import evaluative_edits
from .quote_changes import (Quoted, enclosing, inside, marks_draft, restyled_marks,
                            with_quote_changes, within)


def build(a: Side, b: Side, m: Matching, anchors: dict[int, int],
          check: Callable[[], None] | None = None,
          quotes: QuoteMatch | None = None, opinion: OpinionModel | None = None,
          sensitivity: Sensitivity = Sensitivity.NORMAL) -> list[Draft]:
    """All changes as drafts; ``check`` (raising when the caller gave up) is called now and
    then, so long work can be cancelled. ``quotes`` are the sides' quotations, paired (found
    here when not given). ``opinion`` reads sentences as opinion or not (the cue score
    stands in without it); ``sensitivity`` sets how readily that is commentary."""
    check = check or (lambda: None)
    opinion = opinion or lexical_opinion
    shared = [p.b for p in m.changed + m.loose] + \
        [j for _, _, j1, j2 in m.unchanged() for j in (j1, j2 - 1)]
    frame = (min(shared), max(shared)) if shared else (len(b.keys), -1)
    quotes = quotes if quotes is not None else match_quotes(a, b, m, check)
    quoted = Quoted.of(quotes)
    quotes_b = quoted.b
    drafts = added_drafts(a, b, m.inserted, frame, quotes_b, check, opinion, sensitivity)
    drafts += removed_drafts(a, m.deleted, anchors, quoted.a, opinion, sensitivity)
    check()
    evaluative = evaluative_edits(a, b, m, quotes_b, opinion, sensitivity, check)
    # the revised sentences each original sentence went into: a sentence split in two
    partners: dict[int, list[int]] = {}
    for pair in m.changed + m.loose:
        partners.setdefault(pair.a, []).append(pair.b)
    for n, pair in enumerate(m.changed):
        if n % 256 == 0:
            check()
        split = [j for j in partners[pair.a] if j != pair.b][:_SPLIT_PARTS]
        drafts += _reworded(a, b, pair.a, pair.b, m.pair_ops[(pair.a, pair.b)], quoted,
                            evaluative, split)
    for pair in m.loose:
        ops = m.pair_ops[(pair.a, pair.b)]
        changed = [e for e in local_edits(a.tokens_of(pair.a), b.tokens_of(pair.b), ops)
                   if e.op.value != "equal"]
        # evaluation put into a paraphrased sentence is its own change; the rewording keeps
        # the rest of the edits
        whole = b.sentence_spans[pair.b]
        judged = [d for span, d in evaluative.items() if whole.contains(span)]
        drafts += judged
        changed = [e for e in changed
                   if not any(e.revised is not None and d.revised is not None and
                              d.revised.contains(e.revised) for d in judged)]
        span_a, span_b = a.sentence_spans[pair.a], b.sentence_spans[pair.b]
        if _both_furniture(a, b, span_a, span_b):  # a page's stamp split into two
            drafts.append(Draft(ChangeKind.BOILERPLATE, span_a, span_b, "page furniture",
                                changed, span_b.start))
            continue
        drafts.append(Draft(ChangeKind.REWORDING, span_a, span_b,
                            "reworded: split, merged or paraphrased", changed, span_b.start))
    for pair in m.moved:
        ops = m.pair_ops[(pair.a, pair.b)]
        span_a, span_b = a.sentence_spans[pair.a], b.sentence_spans[pair.b]
        furniture = _both_furniture(a, b, span_a, span_b)  # a page's stamp, set elsewhere
        drafts.append(Draft(ChangeKind.BOILERPLATE if furniture else ChangeKind.MOVE,
                            span_a, span_b, "page furniture" if furniture else
                            "moved" if pair.similarity == 1.0 else "moved and reworded",
                            local_edits(a.tokens_of(pair.a), b.tokens_of(pair.b), ops),
                            span_b.start))
        if furniture:
            continue
        if pair.similarity < 1.0:  # what the edits of a moved sentence did, beside the move
            drafts += [d for d in _reworded(a, b, pair.a, pair.b, ops, quoted, evaluative)
                       if d.kind not in (ChangeKind.REWORDING, ChangeKind.BOILERPLATE)]
    check()
    return with_quote_changes(a, b, _told_once(drafts, list(evaluative.values())),
                              quotes.altered)


def _both_furniture(a: Side, b: Side, span_a: Span, span_b: Span) -> bool:
    """Whether a pair's two sentences are both page furniture."""
    return is_boilerplate(a.text[span_a.start:span_a.end]) and \
        is_boilerplate(b.text[span_b.start:span_b.end])


def _told_once(drafts: list[Draft], evaluations: list[Draft]) -> list[Draft]:
    """``drafts`` with each evaluation put into a kept sentence once: a sentence that two
    original sentences merged into, or that is paired with one and paraphrases another,
    reaches it from each pair."""
    theirs = {d.revised for d in evaluations}
    seen: set[tuple[Span | None, Span | None]] = set()
    out = []
    for d in drafts:
        if d.kind == ChangeKind.COMMENTARY and d.revised in theirs:
            if (d.original, d.revised) in seen:
                continue
            seen.add((d.original, d.revised))
        out.append(d)
    return out


_WORDLIKE = re.compile(r"\w")


_SPLIT_PARTS = 4  # the other revised sentences of a split whose figures are looked at


def _reworded(a: Side, b: Side, i: int, j: int, ops: list[Opcode], quoted: Quoted,
              evaluative: dict[Span, Draft] | None = None,
              split: Sequence[int] = ()) -> list[Draft]:
    """Changes inside one reworded sentence pair: each fact, quote or attribution edit on its
    own, and the plain rewording between them grouped, so that no two changes overlap.
    Edits inside altered quotations are left out: each altered quotation is one change of
    its own (see ``with_quote_changes``). An edit is inside quotation marks when both its
    sides are, or when it changes a quotation that has no partner (its words became the
    writer's own, or new words were put in quotation marks). An edit that touches a figure
    is judged on the whole figure ("billion" → "million" in "$8.8 billion"), and a figure's
    edit is never grouped into the plain rewording. ``split`` are the other revised sentences
    the original one went into: a figure one of them states was not changed."""
    span_a, span_b = a.sentence_spans[i], b.sentence_spans[j]
    if _both_furniture(a, b, span_a, span_b):  # "Updated 5:27 am" → "9:41 am"
        edits = [e for e in local_edits(a.tokens_of(i), b.tokens_of(j), ops)
                 if e.op.value != "equal"]
        return [Draft(ChangeKind.BOILERPLATE, span_a, span_b, "page furniture", edits,
                      span_b.start)]
    drafts: list[Draft] = []
    plain: list[tuple[Span | None, Span | None, str, list[WordEdit], int]] = []
    ta, tb = a.tokens_of(i), b.tokens_of(j)
    figures_a, figures_b = a.figures_of(i), b.figures_of(j)
    dates_a, dates_b = _dates(a.text, span_a), _dates(b.text, span_b)
    marks: dict[Span, list[tuple[int, int]]] = {}  # lone quotation: where its marks changed
    worded: set[Span] = set()  # lone quotations whose words changed too
    retold: dict[Span, list[tuple[Span | None, Span | None, str, list[WordEdit], int]]] = {}

    def flush() -> None:
        if plain:
            drafts.append(Draft(ChangeKind.REWORDING, union([p[0] for p in plain]),
                                union([p[1] for p in plain]),
                                "; ".join(p[2] for p in plain[:4]),
                                [e for p in plain for e in p[3]], plain[0][4]))
            plain.clear()

    for i1, i2, j1, j2 in hunks(ops):
        sa = Span(ta[i1].start, ta[i2 - 1].end) if i2 > i1 else None
        sb = Span(tb[j1].start, tb[j2 - 1].end) if j2 > j1 else None
        if within(sa, quoted.altered_a) and within(sb, quoted.altered_b):
            continue
        old = a.text[sa.start:sa.end] if sa else ""
        new = b.text[sb.start:sb.end] if sb else ""
        if restyled_marks(old, new):
            continue
        lone = enclosing(sa, quoted.lone_a) or enclosing(sb, quoted.lone_b)
        if lone is not None and not _WORDLIKE.search(old + new):
            # a mark of a quotation without partner: told with its words, or on its own
            marks.setdefault(lone, []).append((_anchor(a, i, ta, i1), _anchor(b, j, tb, j1)))
            continue
        if lone is not None:
            worded.add(lone)
        in_quote = lone is not None or within(sa, quoted.a) and within(sb, quoted.b)
        # where an edit only inserts (or only cuts), the figure it stands against is the one
        # the other side has right there ("2,000" → "about 2,000")
        old_names, new_names = _names_of(a, b, i, j, (sa, old), (sb, new))
        touched_a = _touched(figures_a, sa, _token_start(ta, i1, span_a))
        reading = hunk_kind(old, new, in_quote, touched_a,
                            _touched(figures_b, sb, _token_start(tb, j1, span_b)),
                            old_names, new_names,
                            (_dates_touched(a.text, dates_a, sa),
                             _dates_touched(b.text, dates_b, sb)))
        kind, detail = reading.kind, reading.detail
        if reading.basis == Basis.NAMES and \
                _swapped_within(old_names, new_names, a.text[span_a.start:span_a.end],
                                b.text[span_b.start:span_b.end]):
            # the same names in another order ("Trump …, Putin …" → "Putin …, Trump …")
            kind, detail = ChangeKind.REWORDING, f"order: {old.strip()} → {new.strip()}"
        # an edit is commentary when reading the sentence with and without it says so
        judged = evaluative.get(sb) if evaluative and sb is not None and not in_quote else None
        if judged is None and evaluative and sb is not None and not in_quote:
            # evaluative words within a larger edit: their own change, the rest a rewording
            inner = [span for span in evaluative if span != sb and sb.contains(span)]
            drafts += [evaluative[span] for span in inner]
            if inner and not _WORDLIKE.search(old) and \
                    not _WORDLIKE.search(_outside(b.text, sb, inner)):
                continue  # words only added, and they are the evaluation: no rewording besides
        if reading.basis in (Basis.DATES, Basis.STATED) and \
                _dates_restated(a.text, dates_a, sa, b.text, dates_b, sb):
            # "July 15, 2018" → "Sunday, 15 July 2018": the date stands whole, a weekday added
            kind, detail = ChangeKind.REWORDING, "date written another way: " + (
                f"{old.strip()} → {new.strip()}" if old.strip() and new.strip() else
                f"added “{new.strip()}”" if new.strip() else f"cut “{old.strip()}”")
        if reading.basis == Basis.FIGURES and split and \
                _stated_in(touched_a, [q for k in split for q in b.figures_of(k)]):
            # "The policy had two parts, … which …" split into "… had two parts." and "One
            # part …": the figure stands in the other part
            kind, detail = ChangeKind.REWORDING, f"{old.strip()} → {new.strip()}"
        if reading.basis == Basis.STATED and \
                _restated(old or new, figures_b if old else figures_a,
                          b.text[span_b.start:span_b.end] if old else a.text[span_a.start:span_a.end]):
            # the figure stands elsewhere in the other sentence: moved within it, not lost
            kind, detail = ChangeKind.REWORDING, (f"cut: “{old.strip()}”" if old
                                                  else f"added: “{new.strip()}”")
        if kind == ChangeKind.REWORDING and (sa is None) != (sb is None) and not in_quote:
            reshaped = _name_reshaped(
                a.names_within(i, sa) if sa else _names_around(a, i, ta, i1, span_a),
                b.names_within(j, sb) if sb else _names_around(b, j, tb, j1, span_b))
            if reshaped is not None:  # "World Bank" → "Bank of England": "World" cut
                kind, detail = ChangeKind.FACT_CHANGE, reshaped
        if kind == ChangeKind.REWORDING and sa is not None and sb is not None and not in_quote:
            counted = _counted_swap(old, new, sa, sb, figures_a, figures_b)
            if counted is not None:  # "500 children" → "500 adults"
                kind, detail = ChangeKind.FACT_CHANGE, counted
        if kind == ChangeKind.REWORDING and judged is None and not in_quote and \
                not (initials_of(old, new) or initials_of(new, old)) and \
                _source_swapped(ta, i1, i2, tb, j1, j2):  # "Police said" → "Witnesses said"
            kind, detail = ChangeKind.FACT_CHANGE, f"source: {old.strip()} → {new.strip()}"
        confidence = None
        if kind == ChangeKind.REWORDING and judged is not None:
            kind, detail, confidence = judged.kind, judged.detail, judged.confidence
        sub = [(t, x1, x2, y1, y2) for t, x1, x2, y1, y2 in ops
               if t != "equal" and x1 >= i1 and x2 <= i2 and y1 >= j1 and y2 <= j2]
        anchor = sb.start if sb else _anchor_b(b, j, tb, j1)
        if kind == ChangeKind.REWORDING:
            plain.append((sa, sb, detail, local_edits(ta, tb, sub), anchor))
            continue
        flush()
        if lone is not None and kind == ChangeKind.QUOTE_CHANGE:
            retold.setdefault(lone, []).append((sa, sb, detail, local_edits(ta, tb, sub),
                                                anchor))
            continue
        shown = judged.revised if judged is not None and judged.revised is not None else sb
        last = drafts[-1] if drafts else None
        if last is not None and kind == ChangeKind.FACT_CHANGE and last.kind == kind and \
                last.detail == detail:
            # edits of one figure ("$5 million" → "5 million euros": "$" cut, "euros"
            # added) are one change, judged on the whole figure
            drafts[-1] = Draft(kind, union([last.original, sa]), union([last.revised, shown]),
                               detail, list(last.edits) + local_edits(ta, tb, sub),
                               last.anchor, confidence)
            continue
        drafts.append(Draft(kind, sa, shown, detail, local_edits(ta, tb, sub), anchor, confidence))
    flush()
    for quote, rows in retold.items():  # one change for each quotation, however many edits
        what = "quotation retold in other words" if inside(quote, quoted.lone_a) else \
            "put in quotation marks in other words"
        drafts.append(Draft(ChangeKind.QUOTE_CHANGE, union([r[0] for r in rows]),
                            union([r[1] for r in rows]),
                            f"{what}: " + "; ".join(r[2] for r in rows[:4]) +
                            ("; …" if len(rows) > 4 else ""),
                            [e for r in rows for e in r[3]], rows[0][4]))
    for quote, places in marks.items():
        if quote not in worded:
            drafts.append(marks_draft(a, b, quote, places, inside(quote, quoted.lone_a)))
    return drafts


def _names_around(side: Side, n: int, tokens: list[Token], k: int, sentence: Span) -> set[str]:
    """The names of sentence ``n`` that stand where an edit with nothing on this side would
    be, before token ``k``: ending on the token before it, or starting at it."""
    names = side.names_at(n, _token_start(tokens, k, sentence))
    return names | side.names_at(n, tokens[k - 1].end) if k > 0 else names


def _swapped_within(old_names: set[str], new_names: set[str], old_sentence: str,
                    new_sentence: str) -> bool:
    """Whether the names an edit swapped both stand in each sentence: the same people in
    another order, not one put for another."""
    old_words = set(_NAME_WORD.findall(old_sentence))
    new_words = set(_NAME_WORD.findall(new_sentence))
    return all(w in old_words for n in new_names for w in n.split()) and \
        all(w in new_words for n in old_names for w in n.split())


_NAME_WORD = re.compile(r"[\w’'.-]+")


def _name_reshaped(old: set[str], new: set[str]) -> str | None:
    """"World Bank → Bank of England" when a word cut from or put into a name makes it
    another name: the two share a word, and neither name's words hold all of the other's (a
    name given more fully, "Donald J. Trump", or shorter is the same name)."""
    if len(old) != 1 or len(new) != 1:
        return None
    before, after = next(iter(old)), next(iter(new))
    words_before, words_after = _name_words(before), _name_words(after)
    if (words_before ^ words_after) and (words_before ^ words_after) <= _GENERATIONS:
        return f"{before} → {after}"  # "Donald Trump" → "Donald Trump Jr.": his son
    if words_before <= words_after or words_after <= words_before or \
            not words_before & words_after:  # no word kept: not one name reshaped
        return None
    return f"{before} → {after}"


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _name_words(name: str) -> set[str]:
    return {w.strip(".,’'").casefold() for w in name.split()} - {"of", "the", "and", "for"}


_COUNTED_REACH = 30  # characters from a number to the noun it counts


def _counted_swap(old: str, new: str, sa: Span, sb: Span, figures_a: list[Quantity],
                  figures_b: list[Quantity]) -> str | None:
    """"counted: 500 children → 500 adults" when an edit of a word or two swaps the people
    or animals a number just before it counts for another kind; else None."""
    old_w, new_w = old.split(), new.split()
    if not 0 < len(old_w) <= 2 or not 0 < len(new_w) <= 2:
        return None
    fa = _counting(figures_a, sa, old_w)
    fb = _counting(figures_b, sb, new_w)
    if fa is None or fb is None:
        return None
    kinds = COUNTED_KINDS.get(fa.noun), COUNTED_KINDS.get(fb.noun)
    if None in kinds or kinds[0] == kinds[1]:
        return None
    return f"counted: {fa.text} {fa.noun} → {fb.text} {fb.noun}"


def _counting(found: list[Quantity], span: Span, edit_words: list[str]) -> Quantity | None:
    """The figure just before ``span`` whose counted noun is a word of the edit."""
    words = {w.strip(".,;:!?").casefold() for w in edit_words}
    for q in found:
        if q.noun and q.noun in words and q.span.end <= span.start <= q.span.end + _COUNTED_REACH:
            return q
    return None


def _restated(text: str, others: list[Quantity], other: str) -> bool:
    """Whether every figure ``text`` states has its value among ``others`` and every date
    of it stands in ``other`` (the other version's sentence)."""
    own = figures(text)
    values = Values(others)
    dates = [m.group().casefold() for m in DATE_RE.finditer(text)]
    folded = other.casefold()
    return bool(own or dates) and all(values.states(q) for q in own) and \
        all(d in folded for d in dates)


def _source_swapped(ta: list[Token], i1: int, i2: int, tb: list[Token], j1: int,
                    j2: int) -> bool:
    """Whether an edit puts one source of a claim for another: on both sides the words
    replaced are who says it ("Police said" → "Witnesses said", "according to police" →
    "according to witnesses"), none is a pronoun and they share no word."""
    if i2 <= i1 or j2 <= j1:
        return False
    old = [t.key.casefold() for t in ta[i1:i2] if is_word(t.key)]
    new = [t.key.casefold() for t in tb[j1:j2] if is_word(t.key)]
    if not old or not new or set(old) & set(new) or len(old) > 4 or len(new) > 4 or \
            (set(old) | set(new)) & (_PRONOUNS | REPORTING) or \
            {_SAME_SOURCE.get(w, w) for w in old} & {_SAME_SOURCE.get(w, w) for w in new}:
        return False  # the same source in another word: "the company" → "the firm"
    # the whole of who says it: no word of the name or description stands before the edit
    # ("the American leader said" → "the American president said" re-describes one source)
    said = (i2 < len(ta) and j2 < len(tb) and ta[i2].key.casefold() in REPORTING and
            ta[i2].key.casefold() == tb[j2].key.casefold() and
            _starts_subject(ta, i1) and _starts_subject(tb, j1))
    according = (i1 >= 2 and j1 >= 2 and
                 [t.key.casefold() for t in ta[i1 - 2:i1]] == ["according", "to"] and
                 [t.key.casefold() for t in tb[j1 - 2:j1]] == ["according", "to"])
    return said or according


def _starts_subject(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` starts who says something: the sentence's first word, or after a
    mark or a function word ("The company", "..., police")."""
    return k == 0 or not is_word(tokens[k - 1].key) or tokens[k - 1].key.casefold() in STOPWORDS


_PRONOUNS = frozenset("""he she they it we i you who this that these those one someone
others his her their its""".split())
# words for one kind of source: "the company said" → "the firm said" is the same source
_SAME_SOURCE = {word: group.split()[0] for group in (
    "company firm business corporation companies firms businesses corporations",
    "officials authorities official",
    "police officers policemen",
    "researchers scientists investigators researcher scientist investigator",
    "experts specialists analysts expert specialist analyst",
    "residents locals inhabitants resident local",
    "spokesman spokeswoman spokesperson representative",
    "government administration",
    "study report paper",
) for word in group.split()}


def _dates(text: str, sentence: Span) -> list[Span]:
    """Where the dates of a sentence stand."""
    return [Span(m.start(), m.end()) for m in DATE_RE.finditer(text, sentence.start, sentence.end)]


def _stated_in(figures: Sequence[Quantity], others: Sequence[Quantity]) -> bool:
    """Whether each of ``figures`` (one at least) has its value among ``others``, a count
    counting the same kind of thing."""
    keys = {(value_key(q), counted_kind(q.noun)) for q in others}
    return bool(figures) and all((value_key(q), counted_kind(q.noun)) in keys for q in figures)


def _dates_restated(text_a: str, dates_a: list[Span], sa: Span | None,
                    text_b: str, dates_b: list[Span], sb: Span | None) -> bool:
    """Whether every whole date an edit touches stands in the other sentence as it was, in
    other words ("July 15, 2018" as "15 July 2018"), but for a weekday put in or cut beside it
    ("Sunday")."""
    keys_a = {_without_weekday(text_a[d.start:d.end]) for d in dates_a}
    keys_b = {_without_weekday(text_b[d.start:d.end]) for d in dates_b}
    touched_a = [_without_weekday(d) for d in _dates_touched(text_a, dates_a, sa)]
    touched_b = [_without_weekday(d) for d in _dates_touched(text_b, dates_b, sb)]
    return all(k in keys_b or not any(k) for k in touched_a) and \
        all(k in keys_a or not any(k) for k in touched_b) and \
        any(map(any, touched_a + touched_b))


def _without_weekday(date: str) -> tuple[object, ...]:
    """What a date says but its weekday (nothing for a weekday alone)."""
    return tuple(part for part in date_key(date) if part not in _WEEKDAY_KEYS)


_WEEKDAY_KEYS = frozenset(w.casefold() for w in WEEKDAYS)


def _dates_touched(text: str, dates: list[Span], span: Span | None) -> list[str]:
    """The whole dates that an edit's side ``span`` overlaps ("March 3, 2024" where only "3"
    changed); none for an empty side."""
    if span is None:
        return []
    return [text[d.start:d.end] for d in dates if d.overlaps(span)]


def _outside(text: str, whole: Span, parts: list[Span]) -> str:
    """The text of ``whole`` outside ``parts`` (spans inside it)."""
    out, at = [], whole.start
    for part in sorted(parts, key=lambda s: s.start):
        out.append(text[at:max(at, part.start)])
        at = max(at, part.end)
    out.append(text[at:whole.end])
    return "".join(out)


def _names_of(a: Side, b: Side, i: int, j: int, old: tuple[Span | None, str],
              new: tuple[Span | None, str]) -> tuple[set[str], set[str]]:
    """The proper names an edit touches on each side, looked up only where both sides have
    a capitalised word (a name can change only then)."""
    if not (capitalised_words(old[1]) and capitalised_words(new[1])):
        return set(), set()
    return a.names_within(i, old[0]), b.names_within(j, new[0])


def _anchor(side: Side, n: int, tokens: list[Token], k: int) -> int:
    """Where token ``k`` of sentence ``n`` stands (its end, past the last token)."""
    return tokens[k].start if k < len(tokens) else side.sentence_spans[n].end


def _token_start(tokens: list[Token], k: int, sentence: Span) -> int:
    """Where token ``k`` of a sentence starts (the sentence's end, past its last token)."""
    return tokens[k].start if k < len(tokens) else sentence.end


def _touched(found: list[Quantity], span: Span | None, point: int) -> list[Quantity]:
    """The quantities an edit's span overlaps (hedge and frequency included), or for an edit
    with nothing on this side, those that touch ``point``, where it stands."""
    if span is None:
        return [q for q in found if q.span.start <= point <= q.span.end]
    return [q for q in found if q.span.overlaps(span)]


def _anchor_b(b: Side, j: int, tokens: list[Token], k: int) -> int:
    """Where token ``k`` of revised sentence ``j`` stands (its end, past the last token)."""
    return _anchor(b, j, tokens, k)
