"""`According to the police commissioner the accident happened on Monday.`: an English source that
opens the sentence with no comma after it, a punctuation many newsrooms leave out. The source ends
where a speaking head (a role, `police`, `witnesses`, `counsel`) is followed straight by a word that
opens the report's subject (`the`, `he`, `there`, a number); the report runs from there (issue 11,
en_indirect13). A source whose last word names no one who speaks (`According to the schedule the
match ...`, `According to the Bible ...`) reports nothing."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.report_bounds import verb_opens
from annotator.nlp.resources import load_resources, read_toml, speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: The most words of a source before the report's first word.
MAX_SOURCE_WORDS = 8
_WORDS = speech_words()
#: Words that open the report's subject right after the source (`the`, `he`, `there`).
_REPORT_OPENERS = frozenset(_WORDS["no_comma_report_openers_en"])


@cache
def _source_heads() -> frozenset[str]:
    """Last words of a source that speaks: each role title's last word (`commissioner`, `spokesman`),
    the plural people (`police`, `witnesses`) and the table's other speaking heads (`counsel`)."""
    heads = {role.split()[-1].lower() for role in load_resources("en").roles if role.split()}
    heads.update(_WORDS["plural_people"])
    heads.update(_WORDS["according_source_heads_en"])
    heads.update(read_toml("en", "bare_speakers.toml")["words"])
    return frozenset(heads)


def according_no_comma(
    attributor: Attributor, k: int, according_end: int, start: int, limit: int, end: int
) -> tuple[Mention, Attribution] | None:
    """The report of `According to <source> <report>` (no comma between) whose cue word ``k`` opens
    the sentence ``start``..``end``; ``limit`` is the first comma after the cue (or ``end``)."""
    tokens = attributor.tokens
    words = tokens.tokens
    if not attributor.english or tokens.first_at_or_after(start) != k:
        return None
    heads = _source_heads()
    last = min(according_end + MAX_SOURCE_WORDS + 1, len(words))
    for j in range(according_end + 1, last):
        if words[j].start >= limit or tokens.gap(j - 1, j).strip():
            return None  # a comma, a bracket or a mark: the source is marked off, or no source at all
        opener = words[j].text
        if not (opener in _REPORT_OPENERS or opener.isdigit()):
            continue
        if words[j - 1].text.lower() not in heads:
            continue
        speaker = attributor.speaker_after(according_end, words[j].start)
        if speaker is None or speaker.end > words[j].start:
            return None
        clause = reported_clause(attributor, words[j].start, end)
        if clause is None or verb_opens(attributor, clause):
            return None
        return clause, Attribution(attributor.token_mention(k, according_end - 1, "CUE"), speaker, INDIRECT_SCORE)
    return None
