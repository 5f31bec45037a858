"""National Red Cross and Red Crescent societies: `the Kenya Red Cross`, `the American Red Cross`,
`Philippine National Red Cross`, `Syrian Arab Red Crescent`. The scan knows `Red Cross` and reads
the country before it as a GPE (or a nationality as no entity), so the society came out as a
place and the movement. A country or a nationality, maybe with a linking word
(``national_society_links``: `National`), right before a head of ``national_society_heads`` makes
one ORG. A name with its own tail word (`Kenya Red Cross Society`) is already whole and is left
alone, and so is a place after `in` or `near` (``place_prepositions``: `volunteers in Nairobi Red
Cross tents`)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def _place_start(s: EntityState, k: int) -> int | None:
    """The first word of a GPE, or of nationalities and linking words, ending right before word
    ``k`` (`Kenya`, `Philippine National`, `Syrian Arab`); None if none does."""
    links = s.words.national_society_links
    start = None
    while k > 0 and s.joined(k - 1, k):
        if s.word(k - 1) in links:
            k -= 1
            continue
        end = s.tokens.ends[k - 1]
        place = next((m for m in s.found if m.label == "GPE" and m.end == end), None)
        if place is not None:
            return s.tokens.first_at_or_after(place.start)
        demonym = next(
            (j for j in range(max(0, k - 3), k) if (match := s.lex.demonyms.match(s.tokens, j)) and match[0] == k), None
        )
        if demonym is None:
            break
        start = k = demonym
    return start


def national_societies(s: EntityState) -> None:
    """`Kenya` + `Red Cross` -> one ORG `Kenya Red Cross`."""
    heads = s.words.national_society_heads
    if not heads:
        return
    tokens = s.tokens
    for mention in list(s.found):
        if mention.label != "ORG" or s.text[mention.start : mention.end] not in heads or mention not in s.found:
            continue
        first = tokens.first_at_or_after(mention.start)
        start = _place_start(s, first)
        if start is None or (start > 0 and s.word(start - 1).lower() in s.words.place_prepositions):
            continue  # `in Nairobi Red Cross volunteers`: the place where the movement works
        begin = tokens.starts[start]
        inside = s.found_within(begin, mention.end)
        if inside is None:
            continue  # another entity crosses the name's edges: leave it
        s.found = [m for m in s.found if m not in inside]
        s.add(start, tokens.last_ending_at_or_before(mention.end), "ORG", rule="national_society")
