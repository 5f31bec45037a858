"""Cue look-ups of one text, owned by :class:`annotator.nlp.speakers.attribution.Attributor`: speech verbs, clitic
cues (`ujarnya`), `menurut`/`according to`, and the words that are cues only in the slot right
after a closing quote (`“...,” geram X`; list `after_close` of `cues.toml`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.as_per import as_per_without_speaker
from annotator.nlp.speakers.speech_chains import chain_start

if TYPE_CHECKING:
    from annotator.nlp.lexicon import Lexicon
    from annotator.nlp.resources import LangResources
    from annotator.nlp.text.tokens import TokenIndex

CLITIC = "nya"
#: The `according` cues in lower case, by resources (by id; the resources are kept with them).
_ACCORDING: dict[int, tuple[LangResources, frozenset[str]]] = {}


def according_lower(res: LangResources) -> frozenset[str]:
    """The language's `according` cues (`[according]` of `cues.toml`) in small letters."""
    known = _ACCORDING.get(id(res))
    if known is None or known[0] is not res:
        known = _ACCORDING[id(res)] = (res, frozenset(k.lower() for k in res.cues_according))
    return known[1]

_NOT_REPORTING = speech_words()["not_reporting_before"]
_NOT_REPORTING_CLAUSE = speech_words()["not_reporting_before_clause"]
#: `hanya bisa memastikan bahwa ...`: a modal after `hanya` reports what could be said.
_RESTRICTABLE_MODALS = speech_words()["restrictable_modals"]
_RESTRICTING_ADVERBS = speech_words()["restricting_adverbs"]
#: `tak menampik bahwa ...`: a negated verb of denial admits what follows, so it reports it.
_NEGATIONS = speech_words()["negations"]
_DENIALS = speech_words()["denial_verbs"]


class CueWords:
    """Finds cue words in the tokens of one text, with the lexicon of its language."""

    def __init__(self, tokens: TokenIndex, lex: Lexicon, english: bool) -> None:
        self.tokens = tokens
        self.lex = lex
        self.english = english

    def clitic(self, index: int) -> bool:
        word = self.tokens.tokens[index].text.lower()
        if not word.endswith(CLITIC) or len(word) <= len(CLITIC) + 2:
            return False
        stem = word[: -len(CLITIC)]
        res = self.lex.res
        return stem in res.cues_after or stem in res.cues_before or stem in according_lower(res)

    def close_only_stem(self, index: int) -> str | None:
        """The word at ``index`` when it is a cue of the slot after a closing quote only, bare or
        with its clitic (`geram`, `ketusnya`); else None."""
        word = self.tokens.tokens[index].text.lower()
        only = self.lex.res.cues_after_close
        if word in only:
            return word
        stem = word[: -len(CLITIC)]
        return stem if word.endswith(CLITIC) and stem in only else None

    def clitic_after_close(self, index: int) -> bool:
        """Whether the word at ``index`` is a cue with its clitic (`ujarnya`, `ketusnya`): cue and speaker."""
        if self.clitic(index):
            return True
        stem = self.close_only_stem(index)
        return stem is not None and stem != self.tokens.tokens[index].text.lower()

    def after_close(self, index: int) -> int | None:
        """Index after a cue at ``index`` in the slot after a closing quote."""
        match = self.lex.cues_after.match(self.tokens, index) or self.lex.cues_before.match(self.tokens, index)
        if match:
            return match[0]
        return index + 1 if self.clitic(index) or self.close_only_stem(index) else None

    def not_reporting(self, index: int, clause: bool = False) -> bool:
        """Whether the word before a speech verb at ``index`` makes it no report (`diminta untuk
        mengingatkan`, `declined to say`; with ``clause``, also `tak bisa menjelaskan`)."""
        if index == 0:
            return False
        word = self.tokens.tokens[index - 1].text.lower()
        if chain_start(self.tokens, index) != index:
            return False  # `went on to say that ...`: the verb is carried on, not a purpose
        if (
            clause
            and word in _RESTRICTABLE_MODALS
            and index > 1
            and self.tokens.tokens[index - 2].text.lower() in _RESTRICTING_ADVERBS
        ):
            return False  # `Ia hanya bisa memastikan bahwa ...`: what he could say is reported
        if clause and word in _NEGATIONS and self.tokens.tokens[index].text.lower() in _DENIALS:
            return False  # `Ia tak menampik pihaknya kewalahan`: did not deny, so admitted
        return word in _NOT_REPORTING or (clause and word in _NOT_REPORTING_CLAUSE)

    def before(self, index: int) -> int | None:
        """Index after a long-form verb at ``index`` (`mengatakan`, `said`)."""
        if self.not_reporting(index):
            return None
        match = self.lex.cues_before.match(self.tokens, index)
        if match:
            return match[0]
        if self.english:
            match = self.lex.cues_after.match(self.tokens, index)
            if match:
                return match[0]
        return index + 1 if self.clitic(index) and self.tokens.tokens[index].text.lower() != "katanya" else None

    def holds(self, start: int, end: int) -> bool:
        """Whether a speech verb, `menurut`/`according to` or a clitic cue stands between two offsets."""
        k = self.tokens.first_at_or_after(start)
        while k < len(self.tokens) and self.tokens.tokens[k].end <= end:
            if self.before(k) is not None or self.according(k) is not None:
                return True
            k += 1
        return False

    def according(self, index: int) -> int | None:
        match = self.lex.cues_according.match(self.tokens, index)
        if match and self.english and as_per_without_speaker(self.tokens, index, match[0]):
            return None  # `as per the rules`: a norm, no speaker
        return match[0] if match else None
