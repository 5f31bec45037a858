"""A clitic cue that no comma sets off from the report after an opening phrase of the report
(`Untuk awal tahun ini, sambungnya memang belum ada ...`), whose item is then the whole sentence,
the cue inside it (as `Penangkapan itu, kata dia, merupakan ...`); and an opening clitic cue
followed by a bare date, which is no report."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.closing_cue_trim import closing_cue
from annotator.nlp.indirect.report_bounds import adjunct_first, names_occasion
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

_REPORT_ADJUNCT_OPENERS = speech_words()["report_adjunct_openers"]
#: The most words of an opening phrase before an inner clitic cue.
MAX_OPENING_WORDS = 8


def clitic_after_opening(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Untuk awal tahun ini, sambungnya memang belum ada ...`: an opening phrase, its comma, then a
    clitic cue with no comma after it; the item is the whole sentence (after an occasion, `Dalam
    kesempatan itu, tambahnya pemerintah ...`, only what follows the cue)."""
    text, tokens = attributor.text, attributor.tokens
    comma = text.find(",", start, end)
    if comma < 0:
        return None
    opening = text[start:comma].split()
    if not opening or len(opening) > MAX_OPENING_WORDS:
        return None
    k = tokens.first_at_or_after(comma + 1)
    if k >= len(tokens) or tokens.tokens[k].start >= end or not attributor.cues.clitic(k) or not closing_cue(attributor, k):
        return None
    after = text[tokens.tokens[k].end : end]
    following = after.split(None, 1)[0] if after.split() else ""
    if not after.startswith(" ") or not following.isalpha() or not following.islower():
        return None
    occasion = names_occasion(opening)
    if not occasion and opening[0].lower() not in _REPORT_ADJUNCT_OPENERS and not adjunct_first(opening):
        return None
    if occasion:
        clause = reported_clause(attributor, tokens.tokens[k].end, end)
    else:
        clause = reported_clause(attributor, start, end, whole_sentence=True)
    if clause is None:
        return None
    speaker = attributor.token_mention(k, k, "SPEAKER", kind="clitic")
    return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)


#: Small words that may stand in a bare date (`pada Senin 12 Mei 2025`, `Senin, 12/5`).
_DATE_PARTICLES = speech_words()["bare_date_particles"]


@cache
def _date_names(lang: str) -> frozenset[str]:
    """The language's month and day names in small letters."""
    dates = load_resources(lang).dates
    return frozenset(word.lower() for key in ("months", "months_short", "days") for word in dates.get(key, []))


def only_a_date(attributor: Attributor, clause: Mention) -> bool:
    """`... saat rapat. Sebutnya selasa 30 mei 2023.`: what follows an opening clitic cue is only a
    date (when it was said, the report being the sentence before), not a report."""
    names = _date_names(attributor.analysis.lang)
    for word in attributor.text[clause.start : clause.end].lower().replace(",", " ").split():
        word = word.strip("().")
        if not (word in names or word in _DATE_PARTICLES or word.replace("/", "").replace(".", "").isdigit()):
            return False
    return True
