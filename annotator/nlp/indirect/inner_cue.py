"""A cue and its speaker inside the reported clause (`Penangkapan itu, kata dia, merupakan ...`),
with or without the comma before the cue: the clause is the whole sentence."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.appositions import APPOSITION_NOUNS, APPOSITION_OPENERS, role_openers
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, MIN_WORDS, reported_clause
from annotator.nlp.indirect.predicates import verb_like
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import SPEAKER_STOPS, Attribution, Attributor

#: The longest opening before a cue inside the clause (`Selain empat terminal utama, sambung dia, ...`).
MAX_WORDS_BEFORE_INNER_CUE = 8


def cue_inside(
    attributor: Attributor,
    start: int,
    comma: int,
    tail: str,
    end: int,
    *,
    any_opening: bool = False,
    short_rest: bool = False,
) -> Mention | None:
    """`Penangkapan itu, kata dia, merupakan ...`: a short opening, the cue and speaker between
    commas, then the rest of the report; the clause is the whole sentence, cue and speaker inside.
    With ``any_opening`` (a pronoun or clitic speaker, which takes no apposition) the opening may
    be of any length; with ``short_rest`` (a predicate follows: `..., he added, is not appropriate`)
    the rest may be short."""
    if not tail.startswith(","):
        return None
    rest = tail[1:].split()
    opening = attributor.text[start:comma].split()
    if (len(opening) > MAX_WORDS_BEFORE_INNER_CUE and not any_opening) or len(rest) < (2 if short_rest else MIN_WORDS):
        return None
    first = rest[0].lower()
    noun_first = first in APPOSITION_OPENERS or first in role_openers(attributor.analysis.lang) or first in APPOSITION_NOUNS
    # The verb test reads Indonesian verb prefixes (`me-`, `ber-`), so English keeps the plain rule.
    if noun_first and not (attributor.analysis.lang == "id" and _goes_on_with_a_verb(rest)):
        return None  # `..., kata Nani, warga Desa Cibodas di ...`: an apposition, not the report going on
    return reported_clause(attributor, start, end, whole_sentence=True)


def _goes_on_with_a_verb(rest: list[str]) -> bool:
    """`..., kata Budi, korban dan rekannya sempat mengitari ...`: a verb before the next comma (and
    outside a relative clause) makes the words after the cue the report going on, not an apposition."""
    for word in rest:
        if word.lower() in ("yang", "who", "which") or word.endswith(","):
            return verb_like(word) if word.endswith(",") else False
        if verb_like(word):
            return True
    return False


#: A cue of the slot after a quote standing inside a sentence with no comma before it
#: (`Adapun yang terjadi kata dia, sekelompok orang ...`): a typo regional papers make.
_BARE_INNER_CUE = re.compile(r"(?<=[^\W\d_])\s+(" + "|".join(sorted(speech_words()["opening_cues"])) + r")\s+")


def cue_inside_unpunctuated(attributor: Attributor, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """`Adapun peristiwa yang terjadi kata dia, sekelompok orang ...`: a cue and a named or pronoun
    speaker inside the report, the comma before the cue left out; the clause is the whole sentence."""
    text, tokens = attributor.text, attributor.tokens
    found = _BARE_INNER_CUE.search(text, start, end)
    if found is None or not 2 <= len(text[start : found.start()].split()) <= MAX_WORDS_BEFORE_INNER_CUE:
        return None
    k = tokens.first_at_or_after(found.start(1))
    match = attributor.lex.cues_after.match(tokens, k)
    if match is None:
        return None
    speaker = attributor.speaker_after(match[0], end)
    if speaker is None or speaker.attrs.get("kind") not in ("pronoun", "name"):
        return None
    tail = text[speaker.end : end].strip(" .!?")
    clause = cue_inside(attributor, start, found.start(), tail, end)
    if clause is None:
        return None
    return clause, Attribution(attributor.token_mention(k, match[0] - 1, "CUE"), speaker, INDIRECT_SCORE)


def report_goes_on(attributor: Attributor, speaker: Mention, start: int, comma: int, tail: str) -> bool:
    """After a short opening, a cue and a name, a lower-case word that is no preposition goes on with
    the report (`Saat ini, kata Agus keluarga ...`), unlike `..., kata Agus kepada wartawan`."""
    words = tail.split()
    if speaker.attrs.get("kind") != "name" or len(words) < MIN_WORDS or not words[0][:1].islower():
        return False
    if words[0].lower() in SPEAKER_STOPS or words[0].lower() in APPOSITION_NOUNS:
        return False
    return len(attributor.text[start:comma].split()) <= MAX_WORDS_BEFORE_INNER_CUE
