"""English reports relayed by a third party or closed by their verb (issue 11, fifth batch):
`The Star on Wednesday quoted unnamed sources as saying X might ...` (the sources speak, `saying`
is the cue) and `..., security officials have reported.` (a verb that otherwise takes an object
closes an inverted report), and verbs that report only with `that` (`He continued that ...`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.indirect_forms import WHEN
from annotator.nlp.indirect.outlet_reports import noun_reports
from annotator.nlp.indirect.quoted_subject import NOT_QUOTED, QUOTED_AS_SAYING, quoted_speaker
from annotator.nlp.resources import read_toml, speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor
from annotator.nlp.speakers.speech_chains import chain_start
from annotator.nlp.text.patterns import bounded_words

#: Auxiliaries before a verb of [that_only] that make it a passive (`was charged that ...`).
_PASSIVE_AUXILIARIES = speech_words()["passive_auxiliaries"]


def quoted_as_saying(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`X quoted unnamed sources as saying Y ...`: the report is Y, said by the sources."""
    if attributor.analysis.lang != "en":
        return None
    found = QUOTED_AS_SAYING.search(attributor.text, start, end)
    if found is None or found.group(1).split()[0].lower() in NOT_QUOTED:
        return None
    clause = reported_clause(attributor, found.end(), end)
    if clause is None:
        return None
    tokens = attributor.tokens
    speaker = quoted_speaker(attributor, found.start(1), found.end(1))
    cue_index = tokens.first_at_or_after(found.start(2))
    return clause, Attribution(attributor.token_mention(cue_index, cue_index, "CUE"), speaker, INDIRECT_SCORE)


def closes_sentence(attributor: Attributor, verb_end: int, end: int) -> bool:
    """Whether only a time (`Wednesday`, `on Monday`) and the full stop follow the verb that ends at
    token ``verb_end``, after a comma earlier in the sentence (`..., officials have reported.`)."""
    if attributor.analysis.lang != "en":
        return False  # `..., untuk segera menyampaikan.`: Indonesian verbs close sentences as purposes
    text = attributor.text
    after = attributor.tokens.tokens[verb_end - 1].end
    when = WHEN.match(text, after, end)
    return not text[when.end() if when else after : end].strip(" .!?")


@cache
def _that_only(lang: str) -> re.Pattern[str] | None:
    """`continued that`, `outlined that` (`[that_only]` of the language's cues.toml)."""
    verbs = read_toml(lang, "cues.toml").get("that_only", {})
    if not verbs:
        return None
    return re.compile("(" + bounded_words(sorted(verbs)) + r")\s+that\b")  # \b(verb|...): re scans for first letters


@cache
def _chain_only(lang: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """`to add that` (`[chain_only]` of the language's cues.toml) and the plain strings a text must
    hold for it (`add` is in most texts, so its pattern is searched only where `to add that` stands)."""
    verbs = sorted(read_toml(lang, "cues.toml").get("chain_only", {}))
    if not verbs:
        return None, ()
    pattern = re.compile(r"\bto\s+(" + "|".join(verbs) + r")\s+that\b")
    return pattern, tuple(f"to {verb} that" for verb in verbs)


def _chain_in(text: str, lang: str) -> re.Pattern[str] | None:
    """The `to add that` pattern when ``text`` holds one of its plain strings; else None."""
    pattern, needs = _chain_only(lang)
    return pattern if pattern is not None and any(need in text for need in needs) else None


def _chain_matches(text: str, lang: str, start: int, end: int) -> re.Match[str] | None:
    """The first `to add that` between ``start`` and ``end``."""
    pattern = _chain_in(text, lang)
    return pattern.search(text, start, end) if pattern is not None else None


@cache
def _that_only_words(lang: str) -> tuple[frozenset[str], int]:
    """The verbs of `[that_only]` and the length of the longest."""
    verbs = frozenset(read_toml(lang, "cues.toml").get("that_only", {}))
    return verbs, max(map(len, verbs), default=0)


#: The word of word characters right before white space (searched in a short window before `that`).
_WORD_AT_END = re.compile(r"\w+$")


@lru_cache(maxsize=1)
def _that_only_starts(text: str, lang: str) -> tuple[int, ...]:
    """Every offset where a match of `_that_only` can start, in a sentence cut short too: a verb of
    `[that_only]` (one word of word characters, after no word character) with white space and
    `that` after it. Found from the text's `that`s (a literal search) and the word before each,
    not by the verbs' alternation tried at each of their first letters; asked once per text for
    the text's cue words and again for each sentence."""
    verbs, longest = _that_only_words(lang)
    starts = []
    position = text.find("that", 1)
    while position > 0:
        k = position
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k < position:
            word = _WORD_AT_END.search(text, max(0, k - longest - 1), k)  # a longer word is no verb
            if word is not None and word.group() in verbs:
                starts.append(word.start())
        position = text.find("that", position + 1)
    return tuple(starts)


def _that_only_at(text: str, lang: str, start: int, end: int) -> re.Match[str] | None:
    """``_that_only(lang).search(text, start, end)``, tried only where a match can start."""
    pattern = _that_only(lang)
    if pattern is None:
        return None
    starts = _that_only_starts(text, lang)
    for offset in starts[bisect_left(starts, start) :]:
        if offset >= end:
            break
        found = pattern.match(text, offset, end)
        if found is not None:
            return found
    return None


def that_only_verbs(attributor: Attributor) -> list[int]:
    """Token indices of the verbs of `[that_only]` followed by `that` (which make a sentence worth reading)."""
    pattern = _that_only(attributor.analysis.lang)
    if pattern is None:
        return []
    tokens, text = attributor.tokens, attributor.text
    # the matches of `pattern.finditer(text)`: none overlaps another (each ends at its `that`)
    matches = [pattern.match(text, offset) for offset in _that_only_starts(text, attributor.analysis.lang)]
    found = [tokens.first_at_or_after(m.start(1)) for m in matches if m is not None]
    chain = _chain_in(attributor.text, attributor.analysis.lang)
    if chain is not None:  # `went on to add that`
        found += [tokens.first_at_or_after(m.start(1)) for m in chain.finditer(attributor.text)]
    return found


def that_only_report(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`He continued that having abused the law, X has been ...`: the clause after `that`, said by
    the verb's subject."""
    text = attributor.text
    found = _that_only_at(text, attributor.analysis.lang, start, end)
    chain = _chain_matches(text, attributor.analysis.lang, start, end) if found is None else None
    found = found or chain  # `X went on to add that ...`
    if found is None:
        return None
    k = attributor.tokens.first_at_or_after(found.start(1))
    if noun_reports(attributor.tokens, k):
        return None  # `media reports that ...`: a noun, no outlet reporting
    if k > 0 and attributor.tokens.tokens[k - 1].text.lower() in _PASSIVE_AUXILIARIES:
        return None  # `was charged that ...`: the charge sheet, nobody speaking
    chained = chain_start(attributor.tokens, k)  # `X went on to add that ...`: X
    if chained == k and chain is not None:
        return None  # `want to add that much salt`: no chain before the bare verb, no speech
    speaker = attributor.speaker_before(chained, start)
    clause = reported_clause(attributor, found.end(), end)
    if speaker is None or clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)
