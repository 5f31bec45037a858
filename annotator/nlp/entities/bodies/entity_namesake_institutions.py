"""Institutions named after a royal or a sheikh: `Queen Elizabeth Hospital`, `Prince Sultan
University`, `King Faisal Specialist Hospital`. The scan reads the royal word as a title, keeps it
out, and takes the namesake (and maybe a word of the head) as a PERSON, or an ORG without the
title. When the title stands right before the mention and an institution's head
(``namesake_heads``) stands in the mention or follows it within a few capitalised words, the
title, the name and the head are one ORG."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: How many capitalised words may stand between the mention and the head (`Elizabeth Central Hospital`).
WORDS_BEFORE_HEAD = 2


def _head_ends_at(s: EntityState, k: int) -> bool:
    """Whether an institution's head (one or two words) ends at word ``k``."""
    heads = s.words.namesake_heads
    return s.word(k) in heads or (k > 0 and s.joined(k - 1, k) and f"{s.word(k - 1)} {s.word(k)}" in heads)


def _institution_end(s: EntityState, first: int, last: int) -> int | None:
    """The mention's last word when a head stands in it (`Abdulaziz Center for World Culture`),
    or the last word of a head right after it (`Elizabeth` + `Hospital`)."""
    if any(_head_ends_at(s, k) for k in range(first, last + 1)):
        return last
    k = last
    for _ in range(WORDS_BEFORE_HEAD + 1):
        if not (s.joined(k, k + 1) and s.word(k + 1)[:1].isupper()):
            return None
        k += 1
        if _head_ends_at(s, k):
            return k
    return None


def namesake_institutions(s: EntityState) -> None:
    """Make a royal title, the PERSON or ORG after it and the institution's head one ORG."""
    titles = s.words.namesake_titles
    if not titles or not s.has_any_word(titles):
        return
    tokens = s.tokens
    for mention in list(s.found):
        if mention.label not in ("PERSON", "ORG") or mention not in s.found:
            continue
        first = tokens.first_at_or_after(mention.start)
        last = tokens.last_ending_at_or_before(mention.end)
        if first < 1 or s.word(first - 1) not in titles or not s.joined(first - 1, first):
            continue
        end = _institution_end(s, first, last)
        if end is None:
            continue
        start, stop = tokens.tokens[first - 1].start, tokens.tokens[end].end
        inside = [m for m in s.found if m.start < stop and m.end > start]
        # an ORG that the head opens (`Khalifa` + `University of Science`) ends the name
        stop = max([stop] + [m.end for m in inside if m.label == "ORG" and m.start > mention.start])
        inside = [m for m in s.found if m.start < stop and m.end > start]
        if any(m.start < start or m.end > stop for m in inside):
            continue  # another entity crosses the name's edges: leave it
        s.found = [m for m in s.found if m not in inside]
        s.add(first - 1, tokens.last_ending_at_or_before(stop), "ORG", rule="namesake_institution")
