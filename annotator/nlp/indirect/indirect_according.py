"""A report after `menurut` / `according to` or a lower-case passive cue (`Menurut X, ...`,
`Menurut X bahwa ...`, `Lebih jauh disampaikan X, ...`, `..., according to X.`): the source up to
the comma or the complementiser is the speaker, what follows is the report."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect import according_inside
from annotator.nlp.indirect.according_lists import subject_after_role
from annotator.nlp.indirect.according_no_comma import according_no_comma
from annotator.nlp.indirect.according_relative import past_relative
from annotator.nlp.indirect.according_relayed import relays_inner_report
from annotator.nlp.indirect.according_unmarked import according_unmarked, comma_left_out
from annotator.nlp.indirect.appositions import past_apposition
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.indirect_forms import according_last, apposition_closes, closing_tail
from annotator.nlp.indirect.report_bounds import verb_opens
from annotator.nlp.resources import LangResources, speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.speakers.document_speaker import data_with_agent, with_agent
from annotator.nlp.speakers.subject_adjuncts import opens_with_adjunct


def _agentless(attributor: Attributor, k: int, according_end: int, comma: int, speaker: Mention | None) -> bool:
    """A passive cue (`Dijelaskan`, `Ditambahkan`) followed by one lower-case word, an adverb
    (`pula`, `juga`), rather than the agent who spoke (`Ditambahkan Trio, ...`); or a one-word
    passive whose phrase up to the comma names no one: no capital, no pronoun, no `oleh`
    (`Dinyatakan positif Covid-19, ...`, `Diuraikan secara rinci, ...`: a state or a manner)."""
    first = attributor.tokens.tokens[k].text.lower()
    passive = first.startswith("di") or first in speech_words()["passive_according_openers"]
    if not passive:
        return False
    if according_end == k + 1 and first.startswith("di") and _names_no_one(attributor, according_end, comma):
        return True
    if speaker is None or speaker.attrs.get("kind") != "role":
        return False
    words = attributor.text[speaker.start : speaker.end].split()
    return len(words) == 1 and words[0].islower()


def _names_no_one(attributor: Attributor, start: int, comma: int) -> bool:
    """Whether the phrase from word ``start`` to the comma opens, past adverbs (`pula`, `juga`), with
    no agent: no capital, pronoun, `oleh` or role head in small letters (`kapolres`)."""
    tokens = attributor.tokens.tokens
    if start >= len(tokens) or tokens[start].start >= comma:
        return False
    res = attributor.lex.res
    for word in attributor.text[tokens[start].start : comma].split():
        lower = word.lower()
        if lower in _ADVERBS:
            continue
        return not (word[:1].isupper() or lower in _AGENT_MARKERS or lower in res.pronouns or lower in _role_heads(res))
    return False


_ROLE_HEADS: dict[int, tuple[LangResources, frozenset[str]]] = {}


def _role_heads(res: LangResources) -> frozenset[str]:
    """The first words of the language's role heads in small letters (`kapolres`, `kepala`), by resources."""
    known = _ROLE_HEADS.get(id(res))
    if known is None or known[0] is not res:
        heads = frozenset(role.split()[0].lower() for role in res.roles if role.strip())
        known = _ROLE_HEADS[id(res)] = (res, heads)
    return known[1]


#: Adverbs between a passive cue and its agent (`Dijelaskan pula oleh X`).
_ADVERBS = frozenset(speech_words()["adverbs"])
#: Words that open the agent of a passive in small letters (`Dijelaskan oleh kepala desa, ...`).
_AGENT_MARKERS = frozenset(speech_words()["passive_agent_markers"])


#: `bahwa` after the source of `Menurut` (`Menurut X bahwa ...`).
_ACCORDING_THAT = speech_words()["according_complementisers"]
#: The most words of a source between `Menurut` and its `bahwa`.
_MAX_ACCORDING_WORDS = 10


def _according_that(
    attributor: Attributor, k: int, according_end: int, limit: int, end: int
) -> tuple[Mention, Attribution] | None:
    """`Menurut Kepala Dinas X bahwa kasus ...`: a complementiser, not a comma, ends the source
    (before ``limit``, the first comma); the speaker is before it and the report after it."""
    tokens = attributor.tokens.tokens
    last = min(according_end + _MAX_ACCORDING_WORDS, len(tokens))
    that = next(
        (j for j in range(according_end + 1, last) if tokens[j].start < limit and tokens[j].text.lower() in _ACCORDING_THAT),
        None,
    )
    if that is None or tokens[according_end].text.lower() in attributor.lex.res.not_speakers:
        return None
    speaker = attributor.speaker_after(according_end, tokens[that].start)
    if speaker is None or speaker.end > tokens[that].start:
        return None
    clause = reported_clause(attributor, tokens[that].start, end)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, according_end - 1, "CUE"), speaker, INDIRECT_SCORE)


def according_report(
    attributor: Attributor, k: int, according_end: int, start: int, end: int
) -> tuple[Mention, Attribution] | None:
    """The report of the sentence ``start``..``end`` whose source opens at the cue word ``k`` and
    starts at word ``according_end``."""
    tokens = attributor.tokens.tokens
    comma = attributor.text.find(",", tokens[k].end, end)
    that = _according_that(attributor, k, according_end, comma if comma >= 0 else end, end)
    if that is not None:
        return that
    unmarked_source = according_no_comma(attributor, k, according_end, start, comma if comma >= 0 else end, end)
    if unmarked_source is not None:
        return unmarked_source  # `According to the police commissioner the accident happened ...`
    if comma < 0:
        return according_last(attributor, k, according_end, start, end) or according_unmarked(
            attributor, k, according_end, end
        )
    if attributor.text[start : tokens[k].start].rstrip().endswith(","):
        # `..., according to Chief Political, Legal and Security Minister X.`: commas in the title.
        last = according_last(attributor, k, according_end, start, end)
        if last is not None:
            return last
        source = attributor.speaker_after(according_end, end)
        if attributor.english and source is not None and closing_tail(attributor.text, source.end, end):
            return None  # `..., according to the board, which runs the port.`: the tail is no report
        if (
            attributor.english
            and apposition_closes(attributor.text, comma, end)
            and not opens_with_adjunct(attributor.text, start, tokens[k].start)  # `On Monday, according to X, [...]`
        ):
            return None  # `..., according to the Ministry of Health, the agency in charge of ...`: nor is an apposition
    if (
        according_end < len(tokens)
        and tokens[according_end].text.lower() in attributor.lex.res.not_speakers
        and not data_with_agent(attributor, according_end, comma)  # `figures published by X`: X speaks
    ):
        return None  # `Menurut catatan Perludem, ...`: a data source, not speech
    cue = attributor.token_mention(k, according_end - 1, "CUE")
    speaker = with_agent(attributor, attributor.speaker_after(according_end, comma), comma)  # `a report by X`
    if _agentless(attributor, k, according_end, comma, speaker):
        return None  # `Dijelaskan pula, ...`: no one named, an adverb is no speaker
    unmarked = comma_left_out(attributor, according_end, speaker, comma, end)
    if unmarked is not None:
        return unmarked[1], Attribution(cue, unmarked[0], INDIRECT_SCORE)  # `Menurut Kadis X, Budi kasus ...`
    if speaker is not None and speaker.end > comma:
        comma = attributor.text.find(",", speaker.end, end)
        if comma < 0:
            return None
    inside = according_inside.whole_clause(attributor, k, start, speaker, end) if speaker is not None else None
    if inside is not None:
        return inside, Attribution(cue, speaker, INDIRECT_SCORE)  # `Alvarez, according to X, remains ...`
    if not subject_after_role(attributor.text, speaker, comma, attributor.analysis.lang):  # `..., the rise came`
        comma = past_apposition(attributor.text, comma, end, attributor.analysis.lang)
    comma = past_relative(attributor.text, comma, end)  # `According to X, who leads ..., [report]`
    clause = reported_clause(attributor, comma + 1, end)
    if clause is None or speaker is None or verb_opens(attributor, clause):
        return None
    if relays_inner_report(attributor, speaker, clause):
        return None  # `According to Lakeside FM, the commander said [...]`: the commander's report alone
    return clause, Attribution(cue, speaker, INDIRECT_SCORE)
