"""Cues and speakers of quotes: the speech verb next to a quote and the mention it is attributed to.

After a closing quote: `“...,” kata X`, `“...,” ujarnya`, `“...,” X menambahkan`, `“...,” said X`,
`“...,” X said`. Before an opening quote: `X mengatakan, “...”`, `Menurut X, “...”`,
`X said: “...”`. Short Indonesian cues (`jelas`, `tegas`, `tambah`) are only looked for in the
slot right after a closing quote, where they cannot be ordinary words.

The speaker phrase after a cue is read by :class:`annotator.nlp.speakers.speaker_phrases.SpeakerPhrases`,
the subject before a speech verb by :class:`annotator.nlp.speakers.speaker_subjects.SpeakerSubjects`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.indirect.quoted_subject import quoted_after_verb
from annotator.nlp.lexicon import Lexicon
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.addressee_that import owns_that
from annotator.nlp.speakers.attribution_forms import infinitive_before_colon, participle_before, passive_told
from annotator.nlp.speakers.cue_words import CueWords
from annotator.nlp.speakers.quoted_passive_close import passive_quoted_after_close, subject_end_before_passive
from annotator.nlp.speakers.quoted_possessor import quoted_possessor
from annotator.nlp.speakers.speaker_phrase_stops import SPEAKER_STOPS
from annotator.nlp.speakers.speaker_subjects import SpeakerSubjects
from annotator.nlp.speakers.unlisted_close_verbs import unlisted_verb_after_subject, unlisted_verb_before_name
from annotator.nlp.text.tokens import TokenIndex

__all__ = ["SPEAKER_STOPS", "Attribution", "Attributor"]

_SUBJECT_END = re.compile(r"[.;:!?\n“”\"]")
#: How many words a subject between a closing quote and its verb may have (`Jakarta Police
#: spokesman Sr. Comr. I Ketut Untung Yoga Ana told the Post`).
MAX_SUBJECT_TOKENS = 14
_GAP_AFTER_CLOSE = re.compile(r"^[\s,]*(?:[–—-]{1,2}\s*)?$")
#: A full stop between a closing mark and a cue that is a sentence of its own (`“...”. Tambahnya.`).
_STOP_BEFORE_CUE = re.compile(r"\s*\.\s+$")
_CUE_SENTENCE_END = re.compile(r"\s*(?:[.!]|$)")
#: Only a comma or a colon (and white space) between a verb and the opening mark after it.
_COMMA_OR_COLON = re.compile(r"\s*[,:][\s\x00]*")
#: The same after `that` (`promised that, “We ...”`: the quote opens the reported clause).
_THAT_COMMA_OR_COLON = re.compile(r"\s+that\s*[,:][\s\x00]*", re.IGNORECASE)
#: Words opening the paragraph after a quote that hand it its cue (`Begitulah ungkap X`).
_AFTER_QUOTE_OPENERS = speech_words()["after_quote_openers"]


#: Words opening a relative clause between commas after a quote's subject (its verb is no cue).
_RELATIVE_WORDS = frozenset(speech_words()["relative_subject_words"])
#: A cue right after one of these is a second predicate of the reporter's sentence, not the quote's.
_SECOND_PREDICATE_LINKS = frozenset(speech_words()["second_predicate_links"])


@dataclass(eq=False)
class Attribution:
    cue: Mention | None
    speaker: Mention | None
    score: float


class Attributor(SpeakerSubjects):
    """Finds cue and speaker mentions around quotes of one text."""

    def __init__(self, analysis: Analysis, tokens: TokenIndex, lex: Lexicon) -> None:
        self.analysis = analysis
        self.text = analysis.text
        self.tokens = tokens
        self.lex = lex
        self.english = analysis.lang == "en"
        self.cues = CueWords(tokens, lex, self.english)
        self.entity_by_first: dict[int, Mention] = {}
        self.entity_by_last: dict[int, Mention] = {}
        for mention in analysis.entities:
            first = tokens.first_at_or_after(mention.start)
            last = tokens.last_ending_at_or_before(mention.end)
            if first <= last:
                self.entity_by_first[first] = mention
                self.entity_by_last[last] = mention
        self._mentions: dict[tuple[int, int, str], Mention] = {}

    # --- mentions -------------------------------------------------------------------------

    def mention(self, start: int, end: int, label: str, **attrs: object) -> Mention:
        """One mention per (offsets, label), shared by every quote that uses it."""
        key = (start, end, label)
        if key not in self._mentions:
            self._mentions[key] = Mention(start, end, label, attrs=dict(attrs), rule=f"attribution_{label.lower()}")
        return self._mentions[key]

    def token_mention(self, first: int, last: int, label: str, **attrs: object) -> Mention:
        tokens = self.tokens.tokens
        return self.mention(tokens[first].start, tokens[last].end, label, **attrs)

    # --- speakers -------------------------------------------------------------------------

    # --- the two slots --------------------------------------------------------------------

    def after_close(self, close: int, limit: int) -> Attribution | None:
        """Attribution in the slot right after a closing mark at ``close``."""
        index = self.tokens.first_at_or_after(close + 1)
        if index >= len(self.tokens) or self.tokens.tokens[index].start >= limit:
            return None
        if not _GAP_AFTER_CLOSE.match(self.text[close + 1 : self.tokens.tokens[index].start]):
            return self._clitic_sentence_after(close, index, limit)
        word = self.tokens.tokens[index].text.lower()
        if word in _AFTER_QUOTE_OPENERS and index + 1 < len(self.tokens):  # `“...,” begitu ucap X`
            after = self.cues.after_close(index + 1)
            if after is not None and self.tokens.tokens[index + 1].start < limit:
                index += 1
        cue_end = self.cues.after_close(index)
        if cue_end is None and unlisted_verb_before_name(self, index):
            cue_end = index + 1  # `“...,” seethed Tom Baker.`
        if cue_end is not None:
            cue = self.token_mention(index, cue_end - 1, "CUE")
            if self.cues.clitic_after_close(cue_end - 1) and cue_end - 1 == index:
                speaker = self.token_mention(index, index, "SPEAKER", kind="clitic")
                return Attribution(cue, speaker, 0.95)
            return Attribution(cue, self.speaker_after(cue_end, limit), 0.95)
        # `“...,” Budi menambahkan.` / `“...,” he said.` / `“...,” the minister told reporters.`
        stop = self._subject_stop(index, limit)
        k = index
        while k < len(self.tokens) and self.tokens.tokens[k].start < stop and k - index <= MAX_SUBJECT_TOKENS:
            skip_to = self._past_relative_clause(k, stop)
            if skip_to is not None:
                k = skip_to
                continue
            verb_end = self.cues.before(k)
            if verb_end is None and self.cues.close_only_stem(k) and not self.cues.clitic_after_close(k):
                verb_end = k + 1  # `“...,” Rizal merincikan data.`
            if verb_end is None and unlisted_verb_after_subject(self, index, k):
                verb_end = k + 1  # `“...,” he raged.`
            if verb_end is not None and k > index:
                if self.tokens.tokens[k - 1].text.lower() in _SECOND_PREDICATE_LINKS:
                    return None  # `“... .” Officials are checking the cause and urged ...`
                if self._report_of_its_own(close, k, verb_end, limit):
                    return None  # `“... .” Coach X confirmed that ...`: a new sentence reporting its own words
                passive = passive_quoted_after_close(self, k, self.tokens.tokens[index].start)
                if passive is not None:
                    return Attribution(*passive, 0.9)  # `“...,” he was quoted as saying`
                cue = self.token_mention(k, verb_end - 1, "CUE")
                relayed = quoted_after_verb(self, k, limit)  # `“...,” the agency quoted the minister as saying.`
                subject_end = subject_end_before_passive(self, k)  # `the minister was quoted by the agency as saying`
                return Attribution(cue, relayed or self.speaker_before(subject_end, self.tokens.tokens[index].start), 0.9)
            k += 1
        return None

    def _report_of_its_own(self, close: int, verb: int, verb_end: int, limit: int) -> bool:
        """English: a quote closed by a full stop inside its marks, then a sentence whose speech verb
        at ``verb`` owns a `that` (`“... win.” Coach X confirmed that Y would ...`): that sentence
        reports other words, so it does not attribute the quote."""
        if not self.english or not self.text[:close].rstrip().endswith("."):
            return False
        words = " ".join(token.text for token in self.tokens.tokens[verb:verb_end])
        return owns_that(self.text, words, self.tokens.tokens[verb_end - 1].end, limit)

    def _past_relative_clause(self, k: int, stop: int) -> int | None:
        """The token after a relative clause set off by commas that starts at token ``k`` (`one
        resident, who asked not to be named, told ...`), whose verb is not the quote's cue."""
        token = self.tokens.tokens[k]
        if token.text.lower() not in _RELATIVE_WORDS or not self.text[: token.start].rstrip().endswith(","):
            return None
        comma = self.text.find(",", token.end, stop)
        if comma < 0:
            return None
        return self.tokens.first_at_or_after(comma + 1)

    def _clitic_sentence_after(self, close: int, index: int, limit: int) -> Attribution | None:
        """`“...”. Tambahnya.`: a full stop after the closing mark, then a capitalised clitic cue that
        is a sentence of its own (cue and speaker in one word); or a capitalised cue and its speaker
        that make the whole sentence (`“...”. Kata H. Sarmadi.`; id_editcount1)."""
        token = self.tokens.tokens[index]
        if not _STOP_BEFORE_CUE.match(self.text, close + 1, token.start) or not token.is_cap:
            return None
        if not self.cues.clitic_after_close(index):
            return self._cue_sentence_after(index, limit)
        if not _CUE_SENTENCE_END.match(self.text[token.end : limit]):
            return None
        speaker = self.token_mention(index, index, "SPEAKER", kind="clitic")
        return Attribution(self.token_mention(index, index, "CUE"), speaker, 0.85)

    def _cue_sentence_after(self, index: int, limit: int) -> Attribution | None:
        """`Kata H. Sarmadi.` after a quote's closing mark and a full stop: the cue at ``index`` and the
        speaker after it end the sentence, so it attributes the quote before it; a sentence going on
        after the speaker (`Kata dia, banjir ...`) opens words of its own."""
        if self.tokens.tokens[index].text.lower() in _AFTER_QUOTE_OPENERS:
            index += 1  # `“...”. Demikian kata Hendra.`: the cue follows the opener
        cue_end = self.cues.after_close(index)
        if cue_end is None or self.cues.clitic_after_close(cue_end - 1):
            return None
        speaker = self.speaker_after(cue_end, limit)
        if speaker is None or not _CUE_SENTENCE_END.match(self.text[speaker.end : limit]):
            return None
        return Attribution(self.token_mention(index, cue_end - 1, "CUE"), speaker, 0.85)

    def _subject_stop(self, index: int, limit: int) -> int:
        """Where the subject after a closing quote must end: punctuation, but not the stop of a
        rank or an initial (`Jakarta Police spokesman Sr. Comr. I Ketut Yoga told the Post`)."""
        match = _SUBJECT_END.search(self.text, self.tokens.tokens[index].start, limit)
        while match and match.group() == "." and self._abbreviation_before(match.start()):
            match = _SUBJECT_END.search(self.text, match.end(), limit)
        return match.start() if match else limit

    def _close_verb_lead_in(self, k: int, last: int, open_mark: int) -> int | None:
        """`the premier joked, “...”`: a verb of the slot after a closing mark (`joked`, `fumed`) is a cue
        before the opening mark too, when only a comma or a colon stands between them, or `that` and a
        comma (`the mayor promised that, “...”`; English)."""
        if not self.english or k not in (last, last - 1):
            return None
        gap = _COMMA_OR_COLON if k == last else _THAT_COMMA_OR_COLON
        if not gap.fullmatch(self.text, self.tokens.tokens[k].end, open_mark):
            return None
        stem = self.cues.close_only_stem(k)
        return k + 1 if stem is not None and stem == self.tokens.tokens[k].text.lower() else None

    def before_open(self, open_mark: int, region_start: int) -> Attribution | None:
        """Attribution in the clause before an opening mark: the last cue between ``region_start`` and it."""
        first = self.tokens.first_at_or_after(region_start)
        last = self.tokens.last_ending_at_or_before(open_mark)
        participle = (
            participle_before(self, first, last, open_mark, region_start)
            or infinitive_before_colon(self, first, last, open_mark, region_start)
            or quoted_possessor(self, first, last, open_mark)  # `had quoted X's statement: “...”`
        )
        if participle is not None:
            return Attribution(participle[0], participle[1], 0.85)
        for k in range(last, first - 1, -1):
            according_end = self.cues.according(k)
            if according_end is not None:
                cue = self.token_mention(k, according_end - 1, "CUE")
                return Attribution(cue, self.speaker_after(according_end, open_mark), 0.9)
            token = self.tokens.tokens[k]
            if token.text.lower().startswith("menurut") and self.cues.clitic(k):
                cue = self.token_mention(k, k, "CUE")
                return Attribution(cue, self.token_mention(k, k, "SPEAKER", kind="clitic"), 0.9)
            verb_end = self.cues.before(k) or self._close_verb_lead_in(k, last, open_mark)
            if verb_end is not None:
                cue = self.token_mention(k, verb_end - 1, "CUE")
                if self.cues.clitic(k) and verb_end - 1 == k:
                    return Attribution(cue, self.token_mention(k, k, "SPEAKER", kind="clitic"), 0.85)
                if passive_told(self, k):
                    return Attribution(cue, None, 0.85)  # `she was told: “...”`: the subject heard it
                speaker = self.speaker_before(k, region_start)
                if speaker is None and verb_end < len(self.tokens):
                    following = self.tokens.tokens[verb_end]
                    if following.is_cap or self.pronoun(following.text):
                        speaker = self.speaker_after(verb_end, open_mark)
                if speaker is None:
                    # `she said, but added: “...”`: the subject of an earlier verb in the clause.
                    speaker = self.earlier_subject(k, region_start)
                return Attribution(cue, speaker, 0.9)
            # `Kata Budi, “...”` at the start of a sentence.
            if k == first and token.is_cap and self.lex.cues_after.match(self.tokens, k):
                cue = self.token_mention(k, k, "CUE")
                return Attribution(cue, self.speaker_after(k + 1, open_mark), 0.85)
        return None
