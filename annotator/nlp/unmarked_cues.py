"""Indonesian cues that no comma sets off from the report: a closing cue after the last word
(`... hingga akhir pekan ini katanya.`, `... ini kata dia.`) and a clitic cue after an opening
phrase of the report (`Untuk awal tahun ini, sambungnya memang belum ada ...`), whose item is then
the whole sentence, the cue inside it (as `Penangkapan itu, kata dia, merupakan ...`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.attribution import Attribution, Attributor
from annotator.nlp.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.report_bounds import adjunct_first, names_occasion
from annotator.nlp.resources import speech_words

_REPORT_ADJUNCT_OPENERS = speech_words()["report_adjunct_openers"]
#: The sentence's end: full stops, and an agency's credit in small letters (`(ant)`).
_SENTENCE_END = re.compile(
    r"(?:\s*\((?i:" + "|".join(sorted(speech_words()["agency_credits"])) + r")(?:/[A-Za-z]{1,10}){0,3}\))?[\s.!?]*$"
)
#: The most words of an opening phrase before an inner clitic cue.
MAX_OPENING_WORDS = 8


def _closing(attributor: Attributor, k: int) -> bool:
    """A cue of the slot after a closing quote (`kata`, `ujarnya`), not a verb that opens a clause
    (`mengatakan`) nor `menurutnya`."""
    lex = attributor.lex
    if lex.cues_before.match(attributor.tokens, k) or attributor.tokens.tokens[k].text.lower().startswith("menurut"):
        return False
    return bool(lex.cues_after.match(attributor.tokens, k)) or attributor.cues.clitic(k)


def closing_without_comma(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Harga beras masih stabil katanya.`: a clitic cue, or a cue and a pronoun or name, close the
    sentence straight after the report's last word."""
    text, tokens = attributor.text, attributor.tokens
    stop = _SENTENCE_END.search(text, start, end)
    last_end = stop.start() if stop else end
    for words in (1, 2, 3):
        k = tokens.last_ending_at_or_before(last_end) - (words - 1)
        if k <= tokens.first_at_or_after(start) or tokens.tokens[k].start <= start:
            return None
        if not _closing(attributor, k):
            continue
        before = text[: tokens.tokens[k].start].rstrip()
        if not before or not (before[-1].isalnum() or before[-1] == ")") or text[tokens.tokens[k].start - 1] != " ":
            return None  # a comma or a closing mark before the cue: the other rules' shapes
        if words == 1:
            if not attributor.cues.clitic(k):
                return None
            speaker = attributor.token_mention(k, k, "SPEAKER", kind="clitic")
            cue = speaker_cue = attributor.token_mention(k, k, "CUE")
        else:
            match = attributor.lex.cues_after.match(tokens, k)
            if match is None:
                return None
            speaker = attributor.speaker_after(match[0], last_end)
            if speaker is None or speaker.end != last_end or speaker.attrs.get("kind") not in ("pronoun", "name"):
                return None
            speaker_cue = attributor.token_mention(k, match[0] - 1, "CUE")
            cue = speaker_cue
        clause = reported_clause(attributor, start, tokens.tokens[k].start)
        return (clause, Attribution(cue, speaker, INDIRECT_SCORE)) if clause is not None else None
    return None


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
    if k >= len(tokens) or tokens.tokens[k].start >= end or not attributor.cues.clitic(k) or not _closing(attributor, k):
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
_DATE_PARTICLES = frozenset({"pada", "tanggal", "tgl", "hari", "pukul", "wib", "wita", "wit"})


def only_a_date(attributor: Attributor, clause: Mention) -> bool:
    """`... saat rapat. Sebutnya selasa 30 mei 2023.`: what follows an opening clitic cue is only a
    date (when it was said, the report being the sentence before), not a report."""
    dates = attributor.lex.res.dates
    names = {word.lower() for key in ("months", "months_short", "days") for word in dates.get(key, [])}
    for word in attributor.text[clause.start : clause.end].lower().replace(",", " ").split():
        word = word.strip("().")
        if not (word in names or word in _DATE_PARTICLES or word.replace("/", "").replace(".", "").isdigit()):
            return False
    return True
