"""A speech participle right after the closing verb with no comma between (`..., he said adding
that ...`, `..., he claimed while adding that ...`), a form of South Asian English wire copy: the
verb closes the report before it, and the participle opens a second report of the same speaker.
The same holds inside a report (`said the road was closed adding that ...`, en_indirect13): a
participle that goes on with what the speaker said, with `that` after it, ends the first report."""

from __future__ import annotations

import re

from annotator.nlp.resources import speech_words

_PARTICIPLES = "|".join(sorted(speech_words()["participles"]))
#: The participle and `that` opening the tail after a closing verb (`adding that ...`, `while noting that ...`).
BARE_PARTICIPLE_TAIL = re.compile(r"(?:while\s+)?(?:" + _PARTICIPLES + r")\s+that\s")
#: The closing verbs such a participle follows, as a prefix of the participle searches.
VERB_BEFORE_PARTICIPLE = r"\b(?:said|says|claimed|added|stated|maintained|told\s+\w+)\s+(?:while\s+)?"
#: A participle that carries on the speaker's own words (`adding`, `noting`), with `that` and no comma
#: before it, inside a report (`said the road was closed adding that ...`): the report ends before it.
BARE_CONTINUATION = re.compile(
    r"\s(?:while\s+)?(?:" + "|".join(sorted(speech_words()["continuation_participles_en"])) + r")\s+that\s"
)
