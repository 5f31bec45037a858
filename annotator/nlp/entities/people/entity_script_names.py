"""A person's name repeated in Chinese, Japanese or Korean script in brackets right after it
(`Kuo Kuo-wen (郭國文)`, as Taiwanese and Hong Kong pages print it) is the same PERSON again
(b9en round, issue 11)."""

from __future__ import annotations

import re
from collections.abc import Callable

from annotator.nlp.entities.entity_state import EntityState

#: Han, kana and hangul, with the middle dots of transliterated names (`·`, `・`).
_SCRIPT = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af·・"
#: The bracketed name in script right after a name: `(郭國文)`, `（郭國文）`, `( 郭國文 )`.
SCRIPT_AFTER = re.compile(rf"[ \u00a0]?[(（][ \u00a0]?([{_SCRIPT}]{{2,12}})[ \u00a0]?[)）]")
#: Any character from the first of these scripts on: one scan by `re` instead of a Python step per
#: character (which cost about 3% of the Indonesian pass).
_FROM_HAN_ON = re.compile("[\u3400-\U0010ffff]")


def names_in_script(state: EntityState, add_exact: Callable[..., object]) -> None:
    """Tag the bracketed script form after each PERSON as a PERSON too."""
    if _FROM_HAN_ON.search(state.text) is None:
        return  # the common case: no character of these scripts (or past them) in the text
    for mention in [m for m in state.found if m.label == "PERSON"]:
        match = SCRIPT_AFTER.match(state.text, mention.end)
        if match:
            add_exact(state, match.start(1), match.end(1), "PERSON", "name_in_script")
