"""The named speaker of a speaker phrase: a PERSON without the titles it swallowed, the name at the end
of a rank-and-unit chain (`Kapolres Metro Jakarta Timur Kombes Pol X`), a name after a comma, after
an organisation or joined by `and` to a title, and a lone capitalised name closing the clause."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.coref.name_forms import not_name_words, trim_titles
from annotator.nlp.speakers.speaker_chain import continues_chain
from annotator.nlp.speakers.speaker_phrase_stops import PhraseStops

_AND_JOIN = re.compile(r" (?:and|dan) (?=\w)")
#: A comma and one capitalised word closing a clause, an age in brackets allowed (`, Sumarni (45)`).
_CLOSING_NAME = re.compile(r",\s+([A-Z][a-z]{2,})(?:\s*\(\d{1,3}\))?\s*$")
#: An Indonesian active verb in small letters after `dan` (`dan berharap`, `dan meminta`): the
#: prefixes of ``active_verb_prefixes`` in ``common/coref_words.toml`` before a stem of three letters or more.
_ACTIVE_VERB_AFTER_AND = re.compile(
    rf"^(?:{'|'.join(sorted(coref_words()['active_verb_prefixes'], key=len, reverse=True))})[a-z]{{3,}}$"
)
#: How many rank and title words may stand between a comma and the name after it (`Brigjen Polisi`).
MAX_RANK_WORDS = 4


class SpeakerNames(PhraseStops):
    """Needs what :class:`PhraseStops` needs, and ``mention`` and ``english``, from the class it is mixed into."""

    def name_speaker(self, person: Mention) -> Mention:
        """The SPEAKER of a PERSON entity, without ranks and titles the entity swallowed; the
        entity is trimmed with it, so that coreference never spreads the longer form."""
        start, end = trim_titles(self.text, person.start, person.end, self.analysis.lang)
        if (start, end) != (person.start, person.end) and person.source == "rule":
            person.start, person.end = start, end
        return self.mention(start, end, "SPEAKER", kind="name")

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
