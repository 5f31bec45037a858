"""A role that acts for someone named before (`Tim kuasa hukum X`, `istri X`) is not that person.

`Tim kuasa hukum Fatia lantas menyatakan ...` after Fatia spoke: the usual antecedent rules would
link the role to Fatia, whose name it holds. The role stands for unnamed lawyers, so it is left
unresolved, and so is a clitic right after it (`“...,” ucapnya`) while nobody else is named.
"""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_salience import coref_words


def _ends_with_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    joined = " ".join(words)
    return any(joined == phrase or joined.endswith(" " + phrase) for phrase in phrases)


def acts_for_named_person(analysis: Analysis, speaker: Mention) -> bool:
    """Whether the Indonesian role ``speaker`` ends in a relation or agent noun followed by a name
    (`kuasa hukum X`, `istri X`) that a person named earlier in the text, outside the role, bears."""
    if analysis.lang != "id" or speaker.attrs.get("kind") != "role":
        return False
    text = analysis.text
    words = text[speaker.start : speaker.end].split()
    name = [w.strip(".,") for w in _possessor(list(words))]
    if not name:
        return False
    phrase = " ".join(words[len(words) - len(name) - 2 :]).lower()
    if phrase in text[: speaker.start].lower():
        return False  # `Rudi menjadi kuasa hukum Budi`: the role was given its holder before
    return any(m.end <= speaker.start and set(name) & set(text[m.start : m.end].split()) for m in analysis.entities_of("PERSON"))


def _possessor(words: list[str]) -> list[str]:
    """The capitalised name closing ``words`` after a relation or agent noun (`Fatia` of `Tim kuasa
    hukum Fatia`), else nothing."""
    coref = coref_words()
    name: list[str] = []
    while words and words[-1][:1].isupper():
        name.insert(0, words.pop())
    before = [w.lower() for w in words]
    while before and before[-1] in coref["relation_modifiers"]:
        before.pop()
    if not name or not before:
        return []
    if before[-1] in coref["relation_nouns"] or _ends_with_phrase(before, coref["agent_nouns"]):
        return name
    return []


def continues_agent_role(analysis: Analysis, speaker: Mention, previous: Mention | None, agents: set[int]) -> bool:
    """Whether the pronoun or clitic ``speaker`` follows a role acting for someone (ids in ``agents``)
    with no person named in between: it stands for that unnamed role too."""
    if previous is None or id(previous) not in agents:
        return False
    return not any(m.start >= previous.end and m.end <= speaker.start for m in analysis.entities_of("PERSON"))
