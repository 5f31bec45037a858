"""Speaker phrases after a cue, as a mixin of :class:`annotator.nlp.attribution.Attributor`: a
PERSON without the titles it swallowed, the name at the end of a rank-and-unit chain, a role
phrase ending at its determiner (through a relative clause), and titles joined by commas."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.analysis import Mention
from annotator.nlp.name_forms import not_name_words, trim_titles

if TYPE_CHECKING:
    from annotator.nlp.analysis import Analysis
    from annotator.nlp.lexicon import Lexicon
    from annotator.nlp.tokens import TokenIndex

PHRASE_END = re.compile(r"[.,;:!?\n“”\"()]")
_AND_TITLE = re.compile(r" (?:and|dan) [A-Z]")
_AND_JOIN = re.compile(r" (?:and|dan) (?=\w)")
#: A comma and one capitalised word closing a clause, an age in brackets allowed (`, Sumarni (45)`).
_CLOSING_NAME = re.compile(r",\s+([A-Z][a-z]{2,})(?:\s*\(\d{1,3}\))?\s*$")


#: An Indonesian active verb in small letters (`memastikan`, `mengakhiri`, `menunjuk`): the `meN-`
#: prefixes before a stem of at least four letters.
_ACTIVE_VERB = re.compile(r"^(?:mem|meng|meny|men)[a-z]{4,}$")
#: How many words a relative clause inside a role speaker may have (`pria yang akrab disapa X itu`).
MAX_RELATIVE_WORDS = 8
#: How many rank and title words may stand between a comma and the name after it (`Brigjen Polisi`).
MAX_RANK_WORDS = 4


class SpeakerPhrases:
    """Needs ``analysis``, ``text``, ``tokens``, ``lex``, ``entity_by_first``, ``mention`` and
    ``_stop_offset`` from the class it is mixed into."""

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
        for number, word in enumerate(words[:MAX_RELATIVE_WORDS]):
            if word.lower() in self.lex.res.determiners and number > 1:
                return self.text.index(word, stop) + len(word)
        return stop

    def _last_person_of_chain(self, person: Mention, stop: int, limit: int | None = None, phrase_start: int = -1) -> Mention:
        """`Kapolres Metro Jakarta Timur Kombes Pol Nicolas Ary Lilipaly`: a chain of rank, title and
        unit ends with the name, so a later PERSON in the same phrase wins over an earlier one; so
        does a name set off by a comma after a capitalised chain (`Kepala Pelaksana BPBD Kabupaten
        Garut, Satria Budi`)."""
        later = [
            m
            for m in self.analysis.entities
            if m.label == "PERSON" and person.end <= m.start and m.end <= stop and "," not in self.text[person.end : m.start]
        ]
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
