"""A person's call name in parentheses after the full name: `Muhammad Ridwan (Iwan)`,
`Budi Santoso (Budi)`.

A capitalised run before a bracketed word is otherwise taken for a defined term
(`Musyawarah Perencanaan Pembangunan (Musrenbang)`) and left untagged, and the speaker of
`kata Muhammad Ridwan (Iwan)` kept the brackets. A defined term's short form is spelt from its
first word, so its first letter is that word's; a call name usually is not (`Iwan` of `Ridwan`,
`Udin` of `Nurdin`), or repeats a word of the name. Only a run of name words
(as for initials, `entity_nicknames.py`) qualifies."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_nicknames import _is_name_word as is_name_word

#: One word in title case in parentheses right after the name (`(Iwan)`); capitals are initials.
CALL_NAME = re.compile(r"\s*\(([A-Z][a-z]{2,})\)")


def call_name_after(s: EntityState, first: int, end: int) -> bool:
    """Whether words ``first`` .. ``end - 1`` are a name followed by its call name in parentheses."""
    if not 2 <= end - first <= 4 or end > s.n:
        return False
    match = CALL_NAME.match(s.text, s.tokens.tokens[end - 1].end)
    if match is None or any(not s.joined(k - 1, k) for k in range(first + 1, end)):
        return False
    call = match.group(1)
    if call.lower() in s.lower_words or not all(is_name_word(s, k) for k in range(first, end)):
        return False
    words = [s.word(k) for k in range(first, end)]
    return call in words or call[0] != words[0][0]


def call_name_pairs(text: str, people: list[Mention]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(call-name offsets, name offsets) for each PERSON of two words or more followed by a call
    name in parentheses (`Yohanes Kurniawan (Anes)`): a later `kata Anes` is that person."""
    pairs = []
    bodies = {m.start for m in people if m.label == "ORG"}  # `X Y (Reform)`: a party, no call name
    for person in people:
        if person.label != "PERSON" or " " not in text[person.start : person.end]:
            continue
        match = CALL_NAME.match(text, person.end)
        if match and match.start(1) not in bodies:
            pairs.append((match.span(1), (person.start, person.end)))
    return pairs
