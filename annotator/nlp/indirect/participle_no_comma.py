"""A speech participle right after the closing verb with no comma between (`..., he said adding
that ...`, `..., he claimed while adding that ...`), a form of South Asian English wire copy: the
verb closes the report before it, and the participle opens a second report of the same speaker.
The same holds inside a report (`said the road was closed adding that ...`, en_indirect13): a
participle that goes on with what the speaker said, with `that` after it, ends the first report."""

from __future__ import annotations

import re

from annotator.nlp.indirect.short_reports_en import clause_at_en
from annotator.nlp.resources import speech_words

_PARTICIPLES = "|".join(sorted(speech_words()["participles"]))
#: A conjunction of time that may stand before the participle (`while noting`, `whilst highlighting`).
CONJUNCTION_BEFORE_PARTICIPLE = r"(?:(?:" + "|".join(sorted(speech_words()["participle_conjunctions_en"])) + r")\s+)?"
#: The participle and `that` opening the tail after a closing verb (`adding that ...`, `while noting that ...`).
BARE_PARTICIPLE_TAIL = re.compile(CONJUNCTION_BEFORE_PARTICIPLE + r"(?:" + _PARTICIPLES + r")\s+that\s")
#: The closing verbs such a participle follows, as a prefix of the participle searches.
VERB_BEFORE_PARTICIPLE = r"\b(?:said|says|claimed|added|stated|maintained|told\s+\w+)\s+" + CONJUNCTION_BEFORE_PARTICIPLE
#: A participle that carries on the speaker's own words (`adding`, `noting`), with `that` and no comma
#: before it, inside a report (`said the road was closed adding that ...`): the report ends before it.
BARE_CONTINUATION = re.compile(
    r"\s"
    + CONJUNCTION_BEFORE_PARTICIPLE
    + r"(?:"
    + "|".join(sorted(speech_words()["continuation_participles_en"]))
    + r")\s+that\s"
)
#: `saying` with no comma and no `that` inside a report (`told the court that [...] saying [in twenty
#: years he had never ...]`): it ends the report when a clause follows (en_indcount2).
_BARE_SAYING_WORDS = tuple(sorted(speech_words()["bare_participles_en"]))
_BARE_SAYING = re.compile(r"(?<=[a-z])\s(?:" + "|".join(sorted(speech_words()["bare_participles_en"])) + r")\s")


def bare_continuation(text: str, begin: int, end: int, *, at_start: bool = False) -> int | None:
    """Where a participle with no comma before it carries on the speaker's words between ``begin``
    and ``end`` (the space before it), or None; ``at_start``: only right at ``begin``."""
    search = BARE_CONTINUATION.match if at_start else BARE_CONTINUATION.search
    found = search(text, begin, end)
    if found is not None:
        return found.start()
    if not any(word in text[begin:end] for word in _BARE_SAYING_WORDS):
        return None  # a plain substring test first: most reports hold neither word
    found = (_BARE_SAYING.match if at_start else _BARE_SAYING.search)(text, begin, end)
    if found is not None and clause_at_en(text, found.end(), end):
        return found.start()
    return None
