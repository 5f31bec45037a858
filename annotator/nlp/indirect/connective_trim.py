"""A sentence connective and the cue right after it stay out of the report they open (`Namun,
menurutnya, [menjaga keamanan ...]`, as the real set decided for `Namun, kata Lestari, [...]`): the
connective links the sentence to the one before, the speaker did not say it. A linking word before
a subject and an inner cue stays out too (`Sedangkan [bencana banjir, kata dia, ...]`, the
guidelines' `However`/`Namun`), unless it may open the subject itself (`Masih banyak warga, ...`)."""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words

_WORDS = speech_words()
#: Connectives that open a sentence (`Namun`, `Sementara itu`, `Di sisi lain`), without those that
#: may be a predicate of the clause (`Masih banyak ...`).
_CONNECTIVES = sorted(
    (set(_WORDS["menurut_connectives"]) | set(_WORDS["speaker_connectives"])) - set(_WORDS["connectives_kept_in_report"]),
    key=len,
    reverse=True,
)
_OPENING_CONNECTIVE = re.compile(r"(?i:" + "|".join(c.replace(" ", r"\s+") for c in _CONNECTIVES) + r")\b,?\s+(?=\S)")
#: Linking words that stay out of a report even with its subject between them and the cue.
_LINKING = sorted(_WORDS["connectives_out_of_inner_report"], key=len, reverse=True)
_OPENING_LINK = re.compile(
    r"(?i:(?!(?:" + "|".join(t.replace(" ", r"\s+") for t in _WORDS["linking_time_phrases"]) + r")\b)(?:"
    + "|".join(c.replace(" ", r"\s+") for c in _LINKING)
    + r"))\b,?\s+(?=\w)"
)


def past_connective(text: str, clause: Mention, cue: Mention | None, sentence_start: int) -> Mention:
    """``clause`` from after the cue, when it opens the sentence with a connective and the cue and its
    comma follow the connective at once (`Namun, menurutnya, [...]`)."""
    if cue is None or clause.start != sentence_start or not clause.start < cue.start < clause.end:
        return clause
    match = _OPENING_CONNECTIVE.match(text, clause.start, clause.end)
    if match is None or match.end() != cue.start:
        link = _OPENING_LINK.match(text, clause.start, cue.start)
        if link is None or link.end() >= cue.start:
            return clause
        return replace(clause, start=link.end(), attrs=dict(clause.attrs))  # `Sedangkan [X, kata dia, ...]`
    after = _AFTER_CUE.match(text, cue.end, clause.end)
    return clause if after is None else replace(clause, start=after.end(), attrs=dict(clause.attrs))


#: The comma and space after a cue that follows the connective at once.
_AFTER_CUE = re.compile(r",\s*(?=\S)")
