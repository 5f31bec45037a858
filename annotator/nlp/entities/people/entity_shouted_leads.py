"""A lead whose first word is written in capitals (`AMINA Bello Yusuf, the minister of ...`), as
many West African papers open a story: the shouted word is the person's first name, so the PERSON
runs from it. Without this pass the scan took no person there (a run opened by a word in capitals
is read as an acronym or a shouted headline) or only the words after it (`Bello Yusuf`), and later
pronouns and roles resolved to someone else.

Only a word of four letters or more opening a paragraph (or following a dateline) counts: initials
(`KP Sharma Oli`) are ``initial_opens``'s, and a shouted common word, title, place or body
(`HOME Affairs Minister ...`, `THE Minister ...`, `LAGOS State ...`) is no name
(:func:`capital_name_word`). English pages only."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_capital_names import capital_name_word
from annotator.nlp.entities.people.entity_name_runs import name_run, valid_name

#: A shouted first name has at least this many letters (shorter capitals are initials).
MIN_LETTERS = 4
#: The title-case words after it are at most this many (`Aisha Jummai Alhassan`).
MAX_REST = 3
#: What may stand between a dateline in capitals and the lead (`ABUJA — `, `ACCRA: `).
DATELINE_GAPS = ("—", "–", "-", ":", ",")


def shouted_lead_names(s: EntityState) -> None:
    """Add or widen the PERSON of each lead opened by a first name in capitals."""
    if s.analysis.lang != "en":
        return
    first_at = s.tokens.first_at_or_after
    seen = -1
    for line_start in s.line_starts:
        opener = first_at(line_start)
        if opener == seen:
            continue  # an empty line: the same word opens the next one
        seen = opener
        for k in (opener, opener + 1):  # the line's first word, or the first after its dateline
            if k < s.n - 1:
                _shouted_name_at(s, k)


def _shouted_name_at(s: EntityState, k: int) -> None:
    """The PERSON of the lead at word ``k`` when that word is a shouted first name."""
    word = s.word(k)
    if len(word) < MIN_LETTERS or not (word.isalpha() and word.isupper()) or not _lead_start(s, k):
        return
    nxt = s.word(k + 1)
    if not (s.joined(k, k + 1) and nxt[:1].isupper() and not nxt.isupper()) or s.in_title_line(k):
        return  # `WATCH Traders Protest at Makola`: a label before a title-case headline
    if capital_name_word(s, k):
        _name_from(s, k)


def _lead_start(s: EntityState, k: int) -> bool:
    """Word ``k`` opens the text, a paragraph, or the lead after a dateline in capitals."""
    if k == 0:
        return True
    gap = s.tokens.gap(k - 1, k)
    if "\n" in gap:
        return True
    before = s.word(k - 1)
    return gap.strip() in DATELINE_GAPS and before.isupper() and (k == 1 or "\n" in s.tokens.gap(k - 2, k - 1))


def _name_from(s: EntityState, k: int) -> None:
    """The PERSON from the shouted word ``k``: a person found at the next word is widened to it,
    else a name run of two or three title-case words after it is added (one word after a shouted
    word is as often a label before a noun: `UPDATE Residents say ...`)."""
    tokens = s.tokens
    start, after = tokens.tokens[k].start, tokens.tokens[k + 1].start
    if any(m.start < after and start < m.end for m in s.found):
        return  # the shouted word is part of an entity already
    for mention in s.found:
        if mention.start == after:
            last = tokens.last_ending_at_or_before(mention.end)
            if mention.label == "PERSON" and last - k <= MAX_REST:
                mention.start = start
                mention.rule = f"{mention.rule}+shouted_lead"
                s.block(k, k)
            return
    end = name_run(s, k + 1)
    if not k + 2 < end <= k + 1 + MAX_REST or not valid_name(s, k + 1, end) or not _sentence_goes_on(s, end):
        return
    stop = tokens.tokens[end - 1].end
    if any(m.start < stop and after < m.end for m in s.found):
        return
    s.add(k, end - 1, "PERSON", rule="shouted_lead")


def _sentence_goes_on(s: EntityState, end: int) -> bool:
    """After the name the lead goes on in the same line, with a comma or a word in small letters
    (`KOFI Asante Boateng, the ...`, `... says`), as a headline or a label line does not."""
    if end >= s.n or "\n" in s.tokens.gap(end - 1, end):
        return False
    return s.tokens.gap(end - 1, end).strip() == "," or s.word(end)[:1].islower()
