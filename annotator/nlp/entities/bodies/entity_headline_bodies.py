"""A body named by a tail word in a title-case headline (`Police Bust Party At Hotel`, `Foreign
Tourist Assaults Waitresses & Police`): every word of such a line is capitalised, so the run before
the tail word holds the headline's nouns and verbs as often as a name. The run stands when
something outside the headline backs it: a known name, or the same words in a line of the body, or
a known place followed by two or more tail words and nothing else (`Nigeria Police Force`)."""

from __future__ import annotations

from bisect import bisect_right

from annotator.nlp.entities.entity_state import EntityState


def backed_outside_title_lines(s: EntityState, first: int, end: int) -> bool:
    """Whether the words ``first`` to ``end`` are written in the same form in a line that is not a
    headline-like line (whole words only)."""
    starts = s.tokens.starts
    phrase = s.text[starts[first] : s.tokens.tokens[end - 1].end]
    at = s.text.find(phrase)
    while at >= 0:
        after = at + len(phrase)
        whole = (at == 0 or not s.text[at - 1].isalnum()) and (after >= len(s.text) or not s.text[after].isalnum())
        if whole and bisect_right(s.line_starts, at) - 1 not in s.title_case_lines:
            return True
        at = s.text.find(phrase, at + 1)
    return False


def headline_body_start(s: EntityState, index: int, end: int) -> int | None:
    """Where the body from ``index`` to ``end`` (tail word last) starts when it stands in a title
    line: ``index`` when it is known or written so in the body, else the first later word from
    which the rest is (`Attacking Nyasa Times` gives `Nyasa Times`); None when nothing backs it."""
    if not s.in_title_line(index):
        return index
    known = s.gazetteer(index)
    if known and known[0] == end:
        return index
    if known and known[1] == "GPE" and end - known[0] >= 2 and all(s.word(k) in s.lex.org_tails for k in range(known[0], end)):
        return index  # `Nigeria Police Force Arrests ...`: a country, then only a body's own words (en_orgs5)
    for start in range(index, end):
        if (end - start >= 2 or s.word(start - 1).lower() == "the") and backed_outside_title_lines(s, start, end):
            return start
    return None
