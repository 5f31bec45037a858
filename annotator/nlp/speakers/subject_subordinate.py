"""An English subject that follows a subordinating word with no comma before it (`The trial will
proceed after a judge ruled that ...`, `Shares fell when the company said ...`): the role speaker
starts after that word, so the main clause before it is no part of the speaker."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_word_list, speech_words

#: A subordinating word between two words of the stretch before a speech verb, in lower case.
_SUBORDINATOR = re.compile(r"(?<!\S)(?:" + "|".join(sorted(speech_words()["subject_subordinators"])) + r")\s+(?=\S)")


#: A word before `as` that makes it no subordinator (`as well as`, `such as`, `known as`).
_NOT_SUBORDINATE = re.compile(r"\b(?:" + "|".join(speech_word_list("not_subordinate_before_as")) + r")\s$")


def after_subordinator(text: str, start: int, end: int) -> int:
    """Where a role subject ending at ``end`` starts when a subordinating word stands at or after
    ``start`` (the last one; `, after residents say`); else ``start``."""
    ends = [
        found.end()
        # One character past ``end``: a one-word subject (`... when police say`) starts right at it.
        for found in _SUBORDINATOR.finditer(text, start, min(len(text), end + 1))
        if not _NOT_SUBORDINATE.search(text, start, found.start()) and not text.startswith("well ", found.end())
    ]
    return ends[-1] if ends else start
