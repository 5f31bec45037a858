"""`Police identified the suspect as X, 22. He admitted ...`: an English officer names a private
person (a suspect, a victim) the incident brings in; that person, not the officer, is who the
paragraph goes on about, so a following pronoun of the paragraph stands for them (en_speak14 round)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_salience import coref_words

#: How many small-letter words may stand between the article and the role head (`the second suspect`).
MAX_ROLE_MODIFIERS = 1


def identified_as_private(text: str, sentence_start: int, person: Mention) -> bool:
    """Whether ``person`` is named in its sentence by `identified the <private role> as` (verbs:
    ``identifying_verbs_en``; heads: ``private_role_heads_en``), the words right before the name."""
    words = text[sentence_start : person.start].lower().split()
    if len(words) < 4 or words[-1] != "as":
        return False
    words = words[:-1]
    head = words[-1]
    if head not in coref_words()["private_role_heads_en"]:
        return False
    for gap in range(MAX_ROLE_MODIFIERS + 1):
        index = len(words) - 2 - gap
        if index < 1:
            return False
        if words[index] in ("the", "a", "one") and words[index - 1] in coref_words()["identifying_verbs_en"]:
            return True
    return False
