"""Speaker phrases after a cue, as a mixin of :class:`annotator.nlp.speakers.attribution.Attributor`: where
the phrase stops (punctuation or a stop word, not the full stop of a title or rank), a PERSON
without the titles it swallowed, the name at the end of a rank-and-unit chain, a role phrase ending
at its determiner (through a relative clause), and titles joined by commas."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_salience import coref_words, named_as_kin
from annotator.nlp.coref.name_forms import not_name_words, trim_titles
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.speaker_chain import continues_chain
from annotator.nlp.speakers.speaker_descriptions import described_organisation

if TYPE_CHECKING:
    from annotator.nlp.analysis import Analysis
    from annotator.nlp.lexicon import Lexicon
    from annotator.nlp.text.tokens import TokenIndex

#: Words that end a speaker phrase after a cue (`kata Rina kepada wartawan`), from `speech_words.toml`.
SPEAKER_STOPS = speech_words()["speaker_stops"]
PHRASE_END = re.compile(r"[.,;:!?\n“”\"()]")
_PHRASE_END = PHRASE_END  # the name `_stop_offset` reads
_CLAUSE_END = re.compile(r"[.;:!?\n“”\"]")
_RELATIVE_AFTER = re.compile(r"\s+(?:yang|who|whose)\s")
#: Abbreviated ranks whose full stop ends no subject (`Sr. Comr.`, `Adj. Comr.`), beside the titles.
_RANK_ABBREVIATIONS = speech_words()["rank_abbreviations"] | speech_words()["phrase_abbreviations"]
#: Words of manner after a role speaker (`jawab saksi singkat`), no part of the role.
_MANNER = frozenset(speech_words()["manner_after_speaker"])
_AND_TITLE = re.compile(r" (?:and|dan) [A-Z]")
_AND_JOIN = re.compile(r" (?:and|dan) (?=\w)")
#: A comma and one capitalised word closing a clause, an age in brackets allowed (`, Sumarni (45)`).
_CLOSING_NAME = re.compile(r",\s+([A-Z][a-z]{2,})(?:\s*\(\d{1,3}\))?\s*$")
#: An Indonesian active verb in small letters (`memastikan`, `mengakhiri`, `menunjuk`): the `meN-`
#: prefixes before a stem of at least four letters.
_ACTIVE_VERB = re.compile(r"^(?:mem|meng|meny|men)[a-z]{4,}$")
#: An Indonesian active verb in small letters after `dan` (`dan berharap`, `dan meminta`): the
#: prefixes of ``active_verb_prefixes`` in ``common/coref_words.toml`` before a stem of three letters or more.
_ACTIVE_VERB_AFTER_AND = re.compile(
    rf"^(?:{'|'.join(sorted(coref_words()['active_verb_prefixes'], key=len, reverse=True))})[a-z]{{3,}}$"
)
#: How many words a relative clause inside a role speaker may have (`pria yang akrab disapa X itu`).
MAX_RELATIVE_WORDS = 8
#: How many, when the determiner ends the clause right before its punctuation.
MAX_CLOSING_RELATIVE_WORDS = 12
#: How many rank and title words may stand between a comma and the name after it (`Brigjen Polisi`).
MAX_RANK_WORDS = 4


class SpeakerPhrases:
    """Needs ``analysis``, ``text``, ``tokens``, ``lex``, ``entity_by_first``, ``mention`` and
    ``token_mention`` from the class it is mixed into."""

    analysis: Analysis
    text: str
    tokens: TokenIndex
    lex: Lexicon
    entity_by_first: dict[int, Mention]

    def pronoun(self, word: str) -> bool:
        """A personal pronoun, also with the particle `-pun` written onto it (`Iapun`, `Diapun`)."""
        word = word.lower()
        return word in self.lex.pronouns or (word.endswith("pun") and word[:-3] in self.lex.pronouns)

    def name_speaker(self, person: Mention) -> Mention:
        """The SPEAKER of a PERSON entity, without ranks and titles the entity swallowed; the
        entity is trimmed with it, so that coreference never spreads the longer form."""
        start, end = trim_titles(self.text, person.start, person.end, self.analysis.lang)
        if (start, end) != (person.start, person.end) and person.source == "rule":
            person.start, person.end = start, end
        return self.mention(start, end, "SPEAKER", kind="name")

    def _through_relative_clause(self, stop: int, limit: int) -> int:
        """`pria yang akrab disapa Pak Dimas itu`: a role phrase goes on through `yang ...` when a
        determiner closes it within a few words; else it ends at ``stop``."""
        if self.analysis.lang == "en" or not self.text.startswith(" yang ", stop):
            return stop
        clause_end = PHRASE_END.search(self.text, stop, limit)
        words = self.text[stop : clause_end.start() if clause_end else limit].split()
        for number, word in enumerate(words[:MAX_CLOSING_RELATIVE_WORDS]):
            # Past a few words the determiner must close the clause (`Kader X yang kembali terpilih
            # untuk periode 5 tahun ke depan ini.`).
            closing = number < MAX_RELATIVE_WORDS or number == len(words) - 1
            if word.lower() in self.lex.res.determiners and number > 1 and closing:
                return self.text.index(word, stop) + len(word)
        return stop

    def _through_birth_date(self, stop: int, limit: int) -> int:
        """`pria kelahiran Magelang, 3 Maret 1979 itu`: a role phrase goes on through a comma and a
        date when a determiner closes it right after the date; else it ends at ``stop``."""
        if self.analysis.lang == "en" or not self.text.startswith(", ", stop):
            return stop
        date = next((m for m in self.analysis.entities if m.label == "DATE" and m.start == stop + 2 and m.end < limit), None)
        if date is None:
            return stop
        after = self.text[date.end : limit].split()
        if after and after[0].lower().strip(".,") in self.lex.res.determiners:
            return date.end + self.text[date.end : limit].index(after[0]) + len(after[0].rstrip(".,"))
        return stop

    def _last_person_of_chain(self, person: Mention, stop: int, limit: int | None = None, phrase_start: int = -1) -> Mention:
        """`Kapolres Metro Jakarta Timur Kombes Pol Nicolas Ary Lilipaly`: a chain of rank, title and
        unit ends with the name, so a later PERSON in the same phrase wins over an earlier one; so
        does a name set off by a comma after a capitalised chain (`Kepala Pelaksana BPBD Kabupaten
        Garut, Satria Budi`)."""
        entities = self.analysis.entities
        later = [m for m in entities if m.label == "PERSON" and person.end <= m.start <= m.end <= stop]
        later = [m for m in later if continues_chain(self.text, person, m)]
        if later:
            return max(later, key=lambda m: m.start)
        if self.text.startswith(", ", stop) and all(w[:1].isupper() for w in self.text[person.end : stop].split()):
            after = self.person_after_comma(stop)
            if after is not None and self._name_opens_phrase(person, phrase_start):
                # `ungkap Hardiman, Asisten Manajer Tim X` (its role after the comma) and `Menurut
                # Gomes, Marko Simic berhasil ...` (another name at once) keep the first name; a name
                # after ranks (`Karopenmas Divhumas Mabes Polri, Brigjen Polisi X`) ends the chain.
                ranked = after.start > self.tokens.tokens[self.tokens.first_at_or_after(stop + 1)].start
                if self._holds_role(after) or not ranked:
                    return person
            if after is not None and self._role_before(stop, after):
                return person  # `Kata AKP Hasyim, Kapolsek Malunda`: the role and its place after the name
            if after is not None:
                return after
            if limit is not None:
                # `Chief Political, Legal and Security Minister Luhut Binsar Panjaitan`: a title with commas.
                extended = self._through_title_commas(stop, limit)
                inside = [m for m in self.analysis.entities if m.label == "PERSON" and stop < m.start and m.end <= extended]
                if inside:
                    return inside[-1]
        return person

    def _role_before(self, comma: int, after: Mention) -> bool:
        """Whether a one-word role (`Kapolsek`, `Bupati`), not a rank, stands between the comma and
        the PERSON after it: an apposition naming the first person's post and place."""
        first = self.tokens.first_at_or_after(comma + 1)
        count = len(self.text[comma + 1 : after.start].split())
        return any(self.lex.roles_any_case.match(self.tokens, first + n) for n in range(count))

    def _name_opens_phrase(self, person: Mention, phrase_start: int) -> bool:
        """Whether a PERSON starts the speaker phrase with no rank or title swallowed in it."""
        start, end = trim_titles(self.text, person.start, person.end, self.analysis.lang)
        return person.start == phrase_start and (start, end) == (person.start, person.end)

    def _holds_role(self, mention: Mention) -> bool:
        """Whether a role or title word stands inside a mention (a role taken for a name)."""
        k = self.tokens.first_at_or_after(mention.start)
        while k < len(self.tokens) and self.tokens.tokens[k].end <= mention.end:
            if self.lex.roles_any_case.match(self.tokens, k) or self.lex.titles.match(self.tokens, k):
                return True
            k += 1
        return False

    def person_after_and(self, stop: int, limit: int) -> Mention | None:
        """`said public works and housing minister Basuki Hadimuljono`: a title joined by `and` runs
        on to the name, when a PERSON follows within a few words with no punctuation between."""
        joined = _AND_JOIN.match(self.text, stop, limit)
        if joined is None:
            return None
        index = self.tokens.first_at_or_after(joined.end())
        for k in range(index, min(index + MAX_RANK_WORDS + 1, len(self.tokens))):
            token = self.tokens.tokens[k]
            if token.end > limit or (k > index and self.tokens.gap(k - 1, k).strip()):
                return None
            entity = self.entity_by_first.get(k)
            if entity is not None:
                return entity if entity.label == "PERSON" else None
            if not token.text.isalpha() or token.text.lower() in self.lex.stopwords:
                return None
            if not self.english and _ACTIVE_VERB_AFTER_AND.match(token.text):
                return None  # `ungkap Gubernur dan berharap Bupati X ...`: a second verb, not a joined title
        return None

    def untagged_name_closing(self, stop: int, end: int) -> Mention | None:
        """`kata pengamat politik dari Universitas X, Asrinaldi.`: one capitalised word after a comma
        closing the speaker's clause (an age may follow) is the name the entity rules left untagged;
        it becomes a PERSON. Not a role, title, common word or any word of a tagged entity."""
        found = _CLOSING_NAME.search(self.text, stop, end)
        if found is None or self.english:
            return None
        start, finish = found.span(1)
        word = found.group(1).lower()
        if word in self.lex.res.stopwords or word in not_name_words(self.analysis.lang):
            return None
        if any(m.start < finish and start < m.end for m in self.analysis.entities):
            return None
        person = Mention(start, finish, "PERSON", rule="speaker_name")
        self.analysis.entities.append(person)
        return person

    def person_after_organisation(self, organisation: Mention, phrase_start: int) -> Mention | None:
        """`kata Kepala Dinas Pendidikan dan Kebudayaan X, Joko Wiyono`: a role, an organisation
        whose name runs past the phrase's stop (`dan`), a comma and the person's name."""
        if organisation.start <= phrase_start or not self.text.startswith(", ", organisation.end):
            return None
        return self.person_after_comma(organisation.end)

    def person_after_comma(self, comma: int) -> Mention | None:
        """The PERSON right after the comma at ``comma``, past a few capitalised ranks and titles
        (`..., Brigjen Polisi Dedi Prasetyo`, `..., Vladimir Putin`)."""
        index = self.tokens.first_at_or_after(comma + 1)
        for k in range(index, min(index + MAX_RANK_WORDS + 1, len(self.tokens))):
            entity = self.entity_by_first.get(k)
            if entity is not None:
                return entity if entity.label == "PERSON" else None
            token = self.tokens.tokens[k]
            if not token.text[:1].isupper() or (k > index and self.tokens.gap(k - 1, k).strip() not in ("", ".")):
                return None
        return None

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

    def _through_title_commas(self, stop: int, limit: int) -> int:
        """Past commas that join capitalised title words (`Data, Informasi, dan Komunikasi`), and
        after them past an `and` that goes on with the title (`Chief Political, Legal and Security
        Minister X`): the new stop."""
        position = stop
        for _ in range(6):
            comma = self.text[position : position + 2] == ", "
            if not (comma or (position > stop and _AND_TITLE.match(self.text, position))):
                break
            index = self.tokens.first_at_or_after(position + 1)
            if index < len(self.tokens) and self.tokens.tokens[index].text in ("dan", "and"):
                index += 1
            if index >= len(self.tokens):
                break
            word = self.tokens.tokens[index].text
            if not word[:1].isupper() or self.entity_by_first.get(index) is not None:
                break
            position = self._stop_offset(index, limit)
        return position

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
            word = self.tokens.tokens[k].text
            # Initials in capitals that spell a stop word (`berinisial AS`) are a name, not `as`.
            if k > index and word.lower() in SPEAKER_STOPS and not (len(word) > 1 and word.isupper()):
                return self.tokens.tokens[k - 1].end
            k += 1
        return end

    def _person_after_body(self, body: Mention, limit: int) -> Mention | None:
        """A PERSON in the phrase right after ``body`` (a rank may come between), or None."""
        k = self.tokens.first_at_or_after(body.end)
        if k >= len(self.tokens) or self.tokens.tokens[k].start >= limit:
            return None
        if self.text[body.end : self.tokens.tokens[k].start] != " ":
            return None
        stop = self._stop_offset(k, limit)
        while k < len(self.tokens) and self.tokens.tokens[k].end <= stop:
            entity = self.entity_by_first.get(k)
            if entity is not None:
                return entity if entity.label == "PERSON" else None
            k += 1
        return None

    def _dotted_title_before(self, offset: int) -> bool:
        last = self.tokens.last_ending_at_or_before(offset)
        if last < 0 or self.tokens.tokens[last].end != offset:
            return False
        word = self.tokens.tokens[last].text
        return (len(word) == 1 and word.isupper()) or f"{word}." in self.lex.res.titles

    def _abbreviation_before(self, offset: int) -> bool:
        """A full stop at ``offset`` ends a title, a rank or an initial, not a sentence."""
        last = self.tokens.last_ending_at_or_before(offset)
        if last < 0 or self.tokens.tokens[last].end != offset:
            return False
        word = self.tokens.tokens[last].text
        return self._dotted_title_before(offset) or word.lower() in _RANK_ABBREVIATIONS

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
        return self._role_phrase(token.start, self._through_birth_date(self._through_relative_clause(stop, limit), limit))
