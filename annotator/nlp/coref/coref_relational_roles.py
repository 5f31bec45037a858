"""English role speakers that describe a person only by a tie to someone else: `The man's father
said ...`, `his lawyer told the court ...`, `the victim's sister said`. The possessor names whom
the tie is to; the speaker is a newcomer the text does not name, so such a role resolves to no
earlier person (the person named last is usually the one the tie points at, or someone else
entirely), and a `he`/`she` right after it continues it (`nlp/coref/coref_unnamed_speaker.py`).
A name given with the same words (`the man's father, John Doe, said`) is looked for first."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_salience import coref_words

#: Nouns of kin, household and personal ties (`father`, `wife`, `neighbour`, `lawyer`).
_TIE_NOUNS = coref_words()["tie_nouns"]
#: `his`, `her`, `their`: a possessor written as a pronoun.
_POSSESSIVES = coref_words()["possessive_determiners"]
_APOSTROPHES = ("'s", "’s", "s'", "s’")


def relational_newcomer(analysis: Analysis, speaker: Mention) -> bool:
    """Whether an English role speaker is `<possessor> <relation noun>`: its last word a tie to
    someone (`father`, `lawyer`) and a word before it a possessor (`the man's`, `his`, `Kim's`)."""
    if analysis.lang != "en" or speaker.attrs.get("kind") != "role":
        return False
    words = [word.strip(".,;:()") for word in analysis.text[speaker.start : speaker.end].split()]
    if len(words) < 2 or words[-1].lower() not in _TIE_NOUNS:
        return False
    before = words[:-1]
    return before[0].lower() in _POSSESSIVES or any(word.lower().endswith(_APOSTROPHES) for word in before)
