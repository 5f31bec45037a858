"""`Jumlah laporan itu diakuinya tersebar di 24 kecamatan`: an Indonesian passive cue whose agent is
the clitic (`di-...-nya`, he/she) standing between the subject and the predicate of its clause, with
no commas around it. As with `menurutnya` inside a clause (`Penangkapan itu menurutnya akan
bertambah`), the report is the whole clause and the clitic word is cue and speaker.

A predicate must follow at once (`tersebar`, `sudah ditangani`): `Bantuan itu disampaikannya kepada
warga` is a handing over. `Hal itu disampaikannya menanggapi ...` refers back to what was said
before, so the openers of the backward forms (`hal itu`, `pernyataan tersebut`) are no subject."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import reported_clause
from annotator.nlp.indirect.report_last import predicate_first
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor

#: The most words of the subject before the cue.
MAX_SUBJECT_WORDS = 8
#: `Hal itu disampaikannya ...`: a subject that points back to an earlier report.
_BACKWARD_SUBJECTS = frozenset(speech_words()["after_quote_opener_phrases"])


def passive_clitic_inside(attributor: Attributor, k: int, start: int, end: int) -> Mention | None:
    """The whole clause of the sentence ``start``..``end`` around the small passive clitic cue at
    token ``k`` (`diakuinya`), or None unless a short subject comes right before it and a predicate
    right after it, with no comma on either side."""
    if attributor.analysis.lang != "id":
        return None
    token = attributor.tokens.tokens[k]
    word = token.text
    if not (word.islower() and word.startswith("di") and word.endswith("nya")):
        return None
    text = attributor.text
    opening = text[start : token.start].rstrip()
    after = text[token.end : end]
    if not opening or opening.endswith(",") or after.lstrip().startswith(","):
        return None
    subject_start = opening.rfind(",") + 1  # `Selain itu, jumlah laporan ...`: the adjunct stays out
    subject = opening[subject_start:].split()
    if not 1 <= len(subject) <= MAX_SUBJECT_WORDS or " ".join(subject).lower() in _BACKWARD_SUBJECTS:
        return None
    if not predicate_first(after):
        return None
    lead = len(opening[subject_start:]) - len(opening[subject_start:].lstrip())  # the space after the comma
    return reported_clause(attributor, start + subject_start + lead, end, whole_sentence=True)
