"""A unit's name run into the person after it (`kata pelatih Bhayangkara Paul Christopher Munster`,
`Manajer Humas PT Semen Tonasa Budi Santoso`): with no comma between them the capitalised run became
one PERSON, and so one speaker. Where the text names the unit elsewhere as an organisation or a place
(`Bhayangkara FC`, `PT Semen Tonasa`) and the person elsewhere without it (`Paul Munster`, `kata Budi`),
the unit's words are cut from the PERSON and from the speaker at the same offsets."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.text.patterns import whole_word_spans

#: The fewest words a PERSON needs before a unit's words can be cut from its start.
MIN_WORDS = 3


def drop_unit_prefixes(analysis: Analysis) -> None:
    text = analysis.text
    people = [m for m in analysis.entities if m.label == "PERSON"]
    others = [m for m in analysis.entities if m.label != "PERSON"]
    for person in people:
        if person.source != "rule":
            continue
        cut = _name_start(text, person, people, others)
        if cut is None:
            continue
        old = (person.start, person.end)
        for mention in analysis.speakers:
            if (mention.start, mention.end) == old:
                mention.start = cut
        person.start = cut


def _name_start(text: str, person: Mention, people: list[Mention], others: list[Mention]) -> int | None:
    words = list(re.finditer(r"\S+", text[person.start : person.end]))
    if len(words) < MIN_WORDS:
        return None
    names = [text[m.start : m.end].split() for m in people if m.end <= person.start or m.start >= person.end]
    for i in range(1, len(words) - 1):
        prefix = [w.group() for w in words[:i]]
        rest = [w.group() for w in words[i:]]
        if not all(word[:1].isupper() for word in prefix) or not _named_as_unit(text, " ".join(prefix), person, others):
            continue
        if any(set(name) <= set(rest) and (name[0] == rest[0] or name[-1] == rest[-1]) for name in names):
            return person.start + words[i].start()
    return None


def _named_as_unit(text: str, prefix: str, person: Mention, others: list[Mention]) -> bool:
    """Whether ``prefix`` is a whole-word part of an organisation or place tagged outside ``person``."""
    return any(
        (m.end <= person.start or m.start >= person.end) and whole_word_spans(prefix, text, m.start, m.end) for m in others
    )
