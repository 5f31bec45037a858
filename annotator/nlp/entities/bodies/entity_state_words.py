"""English: a word that names the state itself after `the` (`Attorney General of the Federation`,
`Government of the Federation`, `the Federation Account`) is no body, although it is a tail word
(`Nigeria Football Federation`). The words are in ``state_words`` (``en/entity_words.toml``); the
word alone stays an ORG when the page named a body ending in it before (`the Nigeria Football
Federation ... the Federation said`: the body, shortened)."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState


def state_word(s: EntityState, index: int) -> bool:
    """Word ``index`` is a listed state word after `the` and no longer name ending in it comes earlier."""
    word = s.word(index)
    if word not in s.words.state_words or s.word(index - 1).lower() != "the" or not s.joined(index - 1, index):
        return False
    before = s.text[: s.tokens.tokens[index].start]
    return re.search(rf"[A-Z][\w'’-]*[ \t]+{re.escape(word)}\b", before) is None
