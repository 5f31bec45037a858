"""Cues and speakers of quotes: the speech verb next to a quote and the mention it is attributed to.

After a closing quote: `“...,” kata X`, `“...,” ujarnya`, `“...,” X menambahkan`, `“...,” said X`,
`“...,” X said`. Before an opening quote: `X mengatakan, “...”`, `Menurut X, “...”`,
`X said: “...”`. Short Indonesian cues (`jelas`, `tegas`, `tambah`) are only looked for in the
slot right after a closing quote, where they cannot be ordinary words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.attribution_forms import participle_before, passive_told
from annotator.nlp.cue_words import CueWords
from annotator.nlp.lexicon import Lexicon
from annotator.nlp.resources import speech_words
from annotator.nlp.speaker_phrases import PHRASE_END, SpeakerPhrases
from annotator.nlp.speaker_through import head_through
from annotator.nlp.tokens import TokenIndex

#: Words that end a speaker phrase after a cue (`kata Rina kepada wartawan`), from `speech_words.toml`.
SPEAKER_STOPS = speech_words()["speaker_stops"]
#: Words allowed between a subject and its speech verb (`Ia hanya mengatakan`, `UGM sendiri menyatakan`).
ADVERBS = speech_words()["adverbs"]
#: Stop words that still open a speaker phrase (`Pemerintah Provinsi X memprakirakan ...`).
SPEAKER_HEADS = speech_words()["speaker_heads"]
_APPOSITIVE = re.compile(r",\s*((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*),\s*$")
_NOT_A_ROLE = SPEAKER_STOPS | speech_words()["role_stops"]
_NOT_A_ROLE_WORD = SPEAKER_STOPS | (speech_words()["role_stops"] - {"and", "dan"})
_RELATIVE_AFTER = re.compile(r"\s+(?:yang|who|whose)\s")
_CLAUSE_END = re.compile(r"[.;:!?\n“”\"]")
_PHRASE_END = PHRASE_END
#: Insertions between a named subject and its verb: a relative clause (`The X Authority, which
#: manages the river, said`) or an indefinite apposition (`Josh Kaminski, an officer with Y, said`).
_INSERTION = re.compile(
    r",\s+(?:(?:which|who|whose|yang)\b[^,.;:]*|(?:a|an|seorang)\s[^,.;:]*(?:,\s+(?:the|a|an)\s[^,.;:]*)?),\s*$"
)
#: Abbreviated ranks whose full stop ends no subject (`Sr. Comr.`, `Adj. Comr.`), beside the titles.
_RANK_ABBREVIATIONS = speech_words()["rank_abbreviations"]
#: Words that open a time clause between a subject and its verb (`X ketika ditanya ... menyatakan`).
_TIME_CLAUSE_OPENERS = frozenset({"ketika", "saat", "usai", "seusai", "setelah", "sebelum", "when", "after", "while"})
#: The longest time clause between a subject and its verb (`ketika ditanya beberapa waktu lalu`).
MAX_TIME_CLAUSE_WORDS = 6
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"})
_SUBJECT_END = re.compile(r"[.;:!?\n“”\"]")
#: How many words a subject between a closing quote and its verb may have (`Jakarta Police
#: spokesman Sr. Comr. I Ketut Untung Yoga Ana told the Post`).
MAX_SUBJECT_TOKENS = 14
_GAP_AFTER_CLOSE = re.compile(r"^[\s,]*(?:[–—-]{1,2}\s*)?$")
#: A full stop between a closing mark and a cue that is a sentence of its own (`“...”. Tambahnya.`).
_STOP_BEFORE_CUE = re.compile(r"\s*\.\s+$")
_CUE_SENTENCE_END = re.compile(r"\s*(?:[.!]|$)")
#: Words opening the paragraph after a quote that hand it its cue (`Begitulah ungkap X`).
_AFTER_QUOTE_OPENERS = speech_words()["after_quote_openers"]
#: A connective opening the clause before a role speaker with no comma (`Lebih lanjut Kapolda ...`).
_CONNECTIVE = re.compile(
    r"(?i:" + "|".join(sorted((re.escape(c) for c in speech_words()["speaker_connectives"]), key=len, reverse=True)) + r")\s+"
)


@dataclass(eq=False)
class Attribution:
    cue: Mention | None
    speaker: Mention | None
    score: float


class Attributor(SpeakerPhrases):
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

    def _stop_offset(self, index: int, limit: int) -> int:
        """Where a speaker phrase starting at token ``index`` must end: punctuation or a stop word."""
        text = self.text
        position = self.tokens.tokens[index].start
        match = _PHRASE_END.search(text, position, limit)
        # `Prof.`/`Dr.`/initials do not end the phrase; `ayat (2)` does not either.
        while match and (
            (match.group() == "." and self._abbreviation_before(match.start()))
            or (match.group() == "(" and re.match(r"\([A-Z]\w{0,15}\)|\(\w{1,7}\)", text[match.start() : match.start() + 18]))
            or (match.group() == ")" and text[max(0, match.start() - 17) : match.start()].rfind("(") >= 0)
        ):
            match = _PHRASE_END.search(text, match.end(), limit)
        end = match.start() if match else limit
        k = index
        while k < len(self.tokens) and self.tokens.tokens[k].end <= end:
            if k > index and self.tokens.tokens[k].text.lower() in SPEAKER_STOPS:
                return self.tokens.tokens[k - 1].end
            k += 1
        return end

    def _dotted_title_before(self, offset: int) -> bool:
        last = self.tokens.last_ending_at_or_before(offset)
        if last < 0 or self.tokens.tokens[last].end != offset:
            return False
        word = self.tokens.tokens[last].text
        return (len(word) == 1 and word.isupper()) or f"{word}." in self.lex.res.titles

    def speaker_after(self, index: int, limit: int) -> Mention | None:
        """The speaker phrase that starts at token ``index`` (after a cue)."""
        if index >= len(self.tokens) or self.tokens.tokens[index].start >= limit:
            return None
        token = self.tokens.tokens[index]
        if self.pronoun(token.text):
            return self.token_mention(index, index, "SPEAKER", kind="pronoun")
        stop = self._stop_offset(index, limit)
        k = index
        first_entity: Mention | None = None
        while k < len(self.tokens) and self.tokens.tokens[k].end <= stop:
            entity = self.entity_by_first.get(k)
            if entity is not None and entity.label == "PERSON":
                return self.name_speaker(self._last_person_of_chain(entity, stop, limit, token.start))
            if entity is not None and entity.end > stop and entity.label in ("ORG", "GPE"):
                named = self.person_after_organisation(entity, token.start)
                if named is not None:
                    return self.name_speaker(named)
                # `according to the Meteorology, Climatology and Geophysics Agency`: commas inside a name.
                return self.mention(entity.start, entity.end, "SPEAKER", kind="org")
            if entity is not None and first_entity is None:
                first_entity = entity
            k += 1
        joined = self.person_after_and(stop, limit)
        if joined is not None:
            return self.name_speaker(joined)
        # `ujar Kepala Pusat Data, Informasi, dan Komunikasi BNPB Abdul Muhari`: a title with commas.
        extended = self._through_title_commas(stop, limit)
        if extended > stop:
            k = self.tokens.first_at_or_after(stop)
            while k < len(self.tokens) and self.tokens.tokens[k].end <= extended:
                entity = self.entity_by_first.get(k)
                if entity is not None and entity.label == "PERSON":
                    return self.name_speaker(entity)
                k += 1
        # `kata Presiden Rusia, Vladimir Putin`: a name right after the comma.
        after = self.text[stop : stop + 2]
        if after.startswith(", "):
            entity = self.person_after_comma(stop)
            if entity is not None:
                return self.name_speaker(entity)
        # `said France's ambassador to the United Nations, Claire Delaunay`: a name after a comma in the clause.
        clause_end = _CLAUSE_END.search(self.text, stop, limit)
        end_offset = clause_end.start() if clause_end else limit
        k = self.tokens.first_at_or_after(stop)
        if _RELATIVE_AFTER.match(self.text, stop):
            k = len(self.tokens)  # `seorang ASN yang fotonya bersama Bupati X, Y beredar`: Y is in the clause
        while k < len(self.tokens) and k - index <= 12 and self.tokens.tokens[k].end <= end_offset:
            entity = self.entity_by_first.get(k)
            if entity is not None and entity.label == "PERSON" and self.text[: entity.start].rstrip().endswith(","):
                return self.name_speaker(entity)
            k += 1
        lone = self.untagged_name_closing(stop, end_offset) if k - index <= 14 else None
        if lone is not None:
            return self.name_speaker(lone)
        if first_entity is not None and first_entity.start == token.start and first_entity.label in ("ORG", "GPE"):
            return self.mention(first_entity.start, first_entity.end, "SPEAKER", kind="org")
        if stop <= token.start:
            return None
        return self._role_phrase(token.start, self._through_relative_clause(stop, limit))

    def _past_insertion(self, verb: int, region_start: int) -> int:
        """The token right after a named subject when an insertion stands before the verb at ``verb``
        (`The Authority, which manages the river, said`); else ``verb``."""
        insertion = _INSERTION.search(self.text, region_start, self.tokens.tokens[verb].start)
        if insertion is None:
            return verb
        after_subject = self.tokens.first_at_or_after(insertion.start())
        subject = self.entity_by_last.get(after_subject - 1)
        if subject is not None and subject.label in ("PERSON", "ORG"):
            return after_subject
        # `Kurnia, who heads the district police, said`: a capitalised subject no rule tagged.
        words = self.text[region_start : insertion.start()].split()
        if 0 < len(words) <= 4 and all(word[:1].isupper() for word in words):
            return after_subject
        return verb

    def _organisation_before_place(self, place: Mention, region_start: int) -> Mention | None:
        """`Dinas Kesehatan Kabupaten X, Sulawesi Selatan mengaku`: the organisation before a comma
        and the province it is in, which then speaks."""
        if self.text[place.start - 2 : place.start] != ", ":
            return None
        for mention in self.analysis.entities:
            if mention.label == "ORG" and mention.end == place.start - 2 and mention.start >= region_start:
                return mention
        return None

    def speaker_before(self, verb: int, region_start: int) -> Mention | None:
        """The subject of a speech verb at token ``verb``: a name, a pronoun or a role phrase."""
        if verb == 0:
            return None
        verb = self._past_insertion(verb, region_start)
        previous = verb - 1
        while (
            previous > 0
            and self.tokens.tokens[previous].text.lower() in ADVERBS
            and self.tokens.tokens[previous].start > region_start
        ):
            previous -= 1
        # `The University and College Union (UCU) said`: look past the acronym in parentheses.
        if (
            previous > 1
            and self.tokens.gap(previous - 1, previous).endswith("(")
            and self.text[self.tokens.tokens[previous].end : self.tokens.tokens[previous].end + 1] == ")"
        ):
            previous -= 1
        if self.tokens.tokens[previous].start < region_start:
            return None
        token = self.tokens.tokens[previous]
        # `Kepala Dinas X, Ria Tahun Nope, mengatakan`: the name between commas before the verb.
        appositive = _APPOSITIVE.search(self.text[region_start : self.tokens.tokens[previous + 1].start])
        if appositive and previous + 1 == verb:
            start, end = region_start + appositive.start(1), region_start + appositive.end(1)
            inside = [m for m in self.analysis.entities if start <= m.start and m.end <= end and m.label == "PERSON"]
            if inside:
                return self.name_speaker(head_through(self.text, self.analysis.entities, inside[-1], region_start))
        if self.pronoun(token.text):
            return self.token_mention(previous, previous, "SPEAKER", kind="pronoun")
        # The last PERSON between the start of the clause and the verb (appositives allowed).
        k = previous
        last_org: Mention | None = None
        while k >= 0 and self.tokens.tokens[k].start >= region_start:
            entity = self.entity_by_last.get(k)
            if entity is not None and entity.label == "PERSON":  # `X melalui Y mengatakan` is X's
                return self.name_speaker(head_through(self.text, self.analysis.entities, entity, region_start))
            if entity is not None and entity.label == "GPE" and k == previous:
                entity = self._organisation_before_place(entity, region_start) or entity
            if entity is not None and last_org is None and entity.label == "ORG" and k == previous:
                # Only an organisation that opens the clause (`KPK menyatakan`), not `Economists at X said`.
                opening = self.text[region_start : entity.start].rsplit(",", 1)[-1].strip()
                if not opening or opening.lower() in self.lex.res.determiners or opening in self.lex.stopwords:
                    last_org = entity
            k -= 1
        if last_org is not None:
            return self.mention(last_org.start, last_org.end, "SPEAKER", kind="org")
        # A role phrase: from the clause start (after an opening connective and its comma).
        clause = self.text[region_start : token.end]
        # After a comma, or after a dash that ends a dateline (`Jakarta (ANTARA) – Pemerintah ...`).
        comma = max(clause.rfind(","), clause.rfind(" – "), clause.rfind(" — "), clause.rfind(") - "))
        start = region_start + comma + 1 if comma >= 0 else region_start
        while start < token.end and not self.text[start].isalnum():
            start += 1
        connective = _CONNECTIVE.match(self.text, start, token.end)
        if connective and connective.end() <= token.start:
            start = connective.end()  # `Lebih lanjut Kapolda mengatakan`: the connective is no part of the role
        first = self.tokens.first_at_or_after(start)
        determiners = self.lex.res.determiners
        while (
            first < previous
            and self.tokens.tokens[first].text in self.lex.stopwords
            and self.tokens.tokens[first].text not in SPEAKER_HEADS
            and (not self.english or self.tokens.tokens[first].text.lower() not in determiners)
        ):
            first += 1
        if first > previous:
            return None
        if first < previous and self.pronoun(self.tokens.tokens[first].text) and not self.english:
            return self.token_mention(first, first, "SPEAKER", kind="pronoun")  # `ia terus ... dan menyatakan`
        # `Yudhistira ketika ditanya beberapa waktu lalu menyatakan`: the subject ends before a time clause.
        # `Indonesia's foreign minister on Friday said`: nor does a day belong to it.
        for j in range(first + 1, previous + 1):
            word = self.tokens.tokens[j].text.lower()
            if (word in _TIME_CLAUSE_OPENERS and previous - j <= MAX_TIME_CLAUSE_WORDS) or (word in _DAYS and previous - j <= 1):
                previous = j - 2 if word in _DAYS and self.tokens.tokens[j - 1].text.lower() == "on" else j - 1
                token = self.tokens.tokens[previous]
                break
        if first > previous:
            return None
        words = self.text[self.tokens.tokens[first].start : token.end].split()
        if len(words) > 8 or all(
            (w in self.lex.stopwords and w not in SPEAKER_HEADS) or w.lower() in _NOT_A_ROLE_WORD for w in words
        ):
            return None
        if any(self.lex.cues_before.match(self.tokens, j) for j in range(first, previous + 1)):
            return None  # `Polisi mengatakan ada telepon dari pihak gereja yang menyatakan`: no role holds a verb
        return self.token_mention(first, previous, "SPEAKER", kind="role")

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
            verb_end = self.cues.before(k)
            if verb_end is None and self.cues.close_only_stem(k) and not self.cues.clitic_after_close(k):
                verb_end = k + 1  # `“...,” Rizal merincikan data.`
            if verb_end is not None and k > index:
                cue = self.token_mention(k, verb_end - 1, "CUE")
                return Attribution(cue, self.speaker_before(k, self.tokens.tokens[index].start), 0.9)
            k += 1
        return None

    def _clitic_sentence_after(self, close: int, index: int, limit: int) -> Attribution | None:
        """`“...”. Tambahnya.`: a full stop after the closing mark, then a capitalised clitic cue that
        is a sentence of its own (cue and speaker in one word)."""
        token = self.tokens.tokens[index]
        if not _STOP_BEFORE_CUE.match(self.text, close + 1, token.start) or not token.is_cap:
            return None
        if not self.cues.clitic_after_close(index) or not _CUE_SENTENCE_END.match(self.text[token.end : limit]):
            return None
        speaker = self.token_mention(index, index, "SPEAKER", kind="clitic")
        return Attribution(self.token_mention(index, index, "CUE"), speaker, 0.85)

    def _subject_stop(self, index: int, limit: int) -> int:
        """Where the subject after a closing quote must end: punctuation, but not the stop of a
        rank or an initial (`Jakarta Police spokesman Sr. Comr. I Ketut Yoga told the Post`)."""
        match = _SUBJECT_END.search(self.text, self.tokens.tokens[index].start, limit)
        while match and match.group() == "." and self._abbreviation_before(match.start()):
            match = _SUBJECT_END.search(self.text, match.end(), limit)
        return match.start() if match else limit

    def _abbreviation_before(self, offset: int) -> bool:
        """A full stop at ``offset`` ends a title, a rank or an initial, not a sentence."""
        last = self.tokens.last_ending_at_or_before(offset)
        if last < 0 or self.tokens.tokens[last].end != offset:
            return False
        word = self.tokens.tokens[last].text
        return self._dotted_title_before(offset) or word.lower() in _RANK_ABBREVIATIONS

    def earlier_subject(self, verb: int, region_start: int) -> Mention | None:
        """The subject of an earlier speech verb in the clause, else the clause's own subject when
        it is a pronoun or a name (`She did not name them, but added: “...”`)."""
        first = self.tokens.first_at_or_after(region_start)
        for k in range(verb - 1, first - 1, -1):
            if self.cues.before(k) is not None:
                speaker = self.speaker_before(k, region_start)
                if speaker is not None:
                    return speaker
        if first < verb:
            if self.pronoun(self.tokens.tokens[first].text):
                return self.token_mention(first, first, "SPEAKER", kind="pronoun")
            entity = self.entity_by_first.get(first)
            if entity is not None and entity.label == "PERSON":
                return self.name_speaker(entity)
        return None

    def before_open(self, open_mark: int, region_start: int) -> Attribution | None:
        """Attribution in the clause before an opening mark: the last cue between ``region_start`` and it."""
        first = self.tokens.first_at_or_after(region_start)
        last = self.tokens.last_ending_at_or_before(open_mark)
        participle = participle_before(self, first, last, open_mark, region_start)
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
            verb_end = self.cues.before(k)
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
