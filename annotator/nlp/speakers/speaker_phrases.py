"""Speaker phrases after a cue, as a mixin of :class:`annotator.nlp.speakers.attribution.Attributor`:
the speaker that starts after a cue (a pronoun, a name, an organisation, or a role phrase ending at its
determiner or before an active verb). Where the phrase stops is :mod:`speaker_phrase_stops`, the named
speaker in it :mod:`speaker_names`."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_salience import named_as_kin
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.speaker_descriptions import described_organisation
from annotator.nlp.speakers.speaker_names import SpeakerNames

_CLAUSE_END = re.compile(r"[.;:!?\n“”\"]")
_RELATIVE_AFTER = re.compile(r"\s+(?:yang|who|whose)\s")
#: Words of manner after a role speaker (`jawab saksi singkat`), no part of the role.
_MANNER = frozenset(speech_words()["manner_after_speaker"])
#: An Indonesian active verb in small letters (`memastikan`, `mengakhiri`, `menunjuk`): the `meN-`
#: prefixes before a stem of at least four letters.
_ACTIVE_VERB = re.compile(r"^(?:mem|meng|meny|men)[a-z]{4,}$")
#: The preposition before a passive's agent (`oleh`): the speaker starts after it, and after an
#: adverb before it (`Dijelaskan pula oleh X`, `disampaikan juga oleh X`).
_AGENT_PREPOSITIONS = speech_words()["agent_prepositions"]
_BEFORE_AGENT = _MANNER | speech_words()["adverbs"]
#: An object pronoun that is the whole source (`According to him, President X ...`).
_OBJECT_PRONOUNS = frozenset(speech_words()["source_object_pronouns_en"])


class SpeakerPhrases(SpeakerNames):
    """Needs ``analysis``, ``text``, ``tokens``, ``lex``, ``entity_by_first``, ``mention`` and
    ``token_mention`` from the class it is mixed into."""

    def pronoun(self, word: str) -> bool:
        """A personal pronoun, also with the particle `-pun` written onto it (`Iapun`, `Diapun`)."""
        word = word.lower()
        return word in self.lex.pronouns or (word.endswith("pun") and word[:-3] in self.lex.pronouns)

    def _role_phrase(self, start: int, stop: int) -> Mention | None:
        """A role description ending at its determiner (`mantan rektor UGM tersebut`) or at ``stop``,
        or before an active verb of what the speaker did while speaking (`tanya hakim memastikan`)."""
        stop = self._before_active_verb(start, stop)
        phrase = self.text[start:stop]
        words = phrase.split()
        if not words:
            return None
        spans = list(re.finditer(r"\S+", phrase))
        if len(spans) > 1 and spans[0].group().lower() in _MANNER:
            # `jawab lagi pelaku`: the manner word before the role is no part of it either
            start += spans[1].start()
            phrase = self.text[start:stop]
            words = phrase.split()
            spans = list(re.finditer(r"\S+", phrase))
        while len(spans) > 1 and spans[-1].group().lower() in _MANNER:
            spans.pop()  # `jawab saksi singkat`: the role ends before its manner word
        if spans[-1].end() < len(phrase.rstrip()):
            stop = start + spans[-1].end()
            phrase = self.text[start:stop]
            words = phrase.split()
        for number, word in enumerate(words):
            if word.lower() in self.lex.res.determiners and number > 0 and not self.english:
                end = start + len(" ".join(words[: number + 1]))
                # Offsets: find the determiner's end in the original spacing.
                found = re.search(r"\b" + re.escape(word) + r"\b", phrase)
                if found:
                    end = start + found.end()
                return self.mention(start, end, "SPEAKER", kind="role")
        if len(words) > 8:
            return None
        end = stop
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return self.mention(start, end, "SPEAKER", kind="role")

    def _before_active_verb(self, start: int, stop: int) -> int:
        """Where an Indonesian role phrase ends before an active verb in small letters after its first
        word (`ucap jaksa mengakhiri penjelasannya` → `jaksa`); a role word that looks like a verb
        (`menteri`) is kept."""
        if self.english:
            return stop
        k = self.tokens.first_at_or_after(start) + 1
        while k < len(self.tokens) and self.tokens.tokens[k].end <= stop:
            word = self.tokens.tokens[k].text
            if _ACTIVE_VERB.match(word) and not self.lex.roles_any_case.match(self.tokens, k):
                rest = self.text[self.tokens.tokens[k].end : stop].split()
                if any(w.lower().strip(".,") in self.lex.res.determiners for w in rest):
                    return stop  # `ibu menyusui tersebut`: the verb describes the role, which goes on
                return self.tokens.tokens[k - 1].end
            k += 1
        return stop

    def _agent_preposition_at(self, index: int) -> bool:
        return index < len(self.tokens) and self.tokens.tokens[index].text in _AGENT_PREPOSITIONS

    def speaker_after(self, index: int, limit: int) -> Mention | None:
        """The speaker phrase that starts at token ``index`` (after a cue)."""
        if index >= len(self.tokens) or self.tokens.tokens[index].start >= limit:
            return None
        token = self.tokens.tokens[index]
        if self._agent_preposition_at(index):
            return self.speaker_after(index + 1, limit)  # `Dijelaskan oleh Rudi, ...`: the agent alone
        if token.text.lower() in _BEFORE_AGENT and self._agent_preposition_at(index + 1):
            return self.speaker_after(index + 2, limit)  # `Dijelaskan pula oleh Rudi, ...`
        if self.pronoun(token.text):
            return self.token_mention(index, index, "SPEAKER", kind="pronoun")
        if token.text.lower() in _OBJECT_PRONOUNS and not self.text[token.end : limit].strip():
            # `According to him, President X has ...`: the pronoun alone, not a name after its comma (as the
            # role phrase below reads a pronoun with no name after it)
            return self.token_mention(index, index, "SPEAKER", kind="role")
        stop = self._stop_offset(index, limit)
        k = index
        first_entity: Mention | None = None
        while k < len(self.tokens) and self.tokens.tokens[k].end <= stop:
            entity = self.entity_by_first.get(k)
            if entity is not None and entity.label == "PERSON" and named_as_kin(self.text, entity):
                entity = None  # `kata istri X itu`: someone related to X speaks, a role phrase
            if entity is not None and entity.label == "PERSON":
                return self.name_speaker(self._last_person_of_chain(entity, stop, limit, token.start))
            if entity is not None and entity.end > stop and entity.label in ("ORG", "GPE"):
                named = self.person_after_organisation(entity, token.start)
                if named is not None:
                    return self.name_speaker(named)
                # `according to the Meteorology, Climatology and Geophysics Agency`: commas inside a name;
                # `ujar Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo`: the head after it speaks.
                person = self._person_after_body(entity, limit)
                if person is not None:
                    return self.name_speaker(person)
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
        if first_entity is not None and described_organisation(self.text, token.start, first_entity, stop, self.analysis.lang):
            return self.mention(first_entity.start, first_entity.end, "SPEAKER", kind="org")  # `Thai news outlet Naewna`
        if stop <= token.start:
            return None
        stop = self._through_document_clause(token.start, self._through_relative_clause(stop, limit), limit)
        stop = self._through_role_anchor(token.start, stop, limit)  # `said the official in the mayor's office`
        return self._role_phrase(token.start, self._through_birth_date(stop, limit))
