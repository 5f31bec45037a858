"""An English `he`/`she` speaker stands for someone of its gender. The antecedent look-up goes by
position and salience only, so after a man and a woman are named a `she said` could land on the
man (`... Stroude said. ... Also taking issue was attorney Renuka Rambhajan ... . She said ...`
gave Stroude). The text itself tells a person's gender often enough: an honorific (`Mr X`,
`Mrs X`), a gendered noun before the name or heading its apposition (`businessman X`, `X, a
spokeswoman for ...`), or an earlier `he`/`she` speaker that resolved to that person. When the
antecedent is known to be of the other gender, the pronoun stands for the nearest person of its
own sentence before it who is not, else for the last such sentence subject of the paragraphs just
before; with none it keeps the look-up's choice (a pronoun printed wrong, `Ms X said ... .
"...," he said`, still means the one person talked about). Given names are never read. Words in
``en/pronoun_genders.toml``."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_plural import inside
from annotator.nlp.resources import read_toml

if TYPE_CHECKING:
    from annotator.nlp.coref.coref_resolver import CorefResolver

#: How many characters after a name are read for its apposition (`X, a spokeswoman for ...`).
APPOSITION_REACH = 60
#: How many paragraphs before the speaker's own a subject may stand for the pronoun.
PARAGRAPHS_BACK = 2
_AGE = re.compile(r",\s*\d{1,3}\s*(?=,)")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@cache
def _gender_words(lang: str) -> dict[str, dict[str, frozenset[str]]]:
    """Per gender (`male`, `female`): its pronouns, honorifics and nouns."""
    table = read_toml(lang, "pronoun_genders.toml")
    return {
        gender: {kind: frozenset(words) for kind, words in sets.items()}
        for gender, sets in table.items()
        if isinstance(sets, dict)
    }


@cache
def _apposition_words(lang: str, name: str) -> frozenset[str]:
    """`apposition_openers` or `apposition_links` of the table."""
    return frozenset(read_toml(lang, "pronoun_genders.toml").get(name, ()))


def pronoun_gender(analysis: Analysis, speaker: Mention) -> str | None:
    """`male` for `he`, `female` for `she`; None for any other speaker or language."""
    word = analysis.text[speaker.start : speaker.end].lower()
    return next((gender for gender, sets in _gender_words(analysis.lang).items() if word in sets["pronouns"]), None)


def _bare(word: str) -> str:
    return word.lower().strip(".,;:").removesuffix("’s").removesuffix("'s")


class PronounGenders:
    """The gender the text gives each person (keyed by the person's full name), learnt as the
    speakers are resolved in text order."""

    def __init__(self, analysis: Analysis, resolver: CorefResolver) -> None:
        self.analysis = analysis
        self.resolver = resolver
        self.words = _gender_words(analysis.lang)
        self._known: dict[str, set[str]] | None = None
        self._learnt: dict[str, set[str]] = {}
        self._keys: dict[tuple[int, int], str] = {}

    def _key(self, person: Mention) -> str:
        """The person's full name, looked up once per place it is written (each look-up compares
        the name with every person of the text)."""
        place = (person.start, person.end)
        key = self._keys.get(place)
        if key is None:
            full = self.resolver.resolve_person(person)
            key = self._keys[place] = self.analysis.text[full.start : full.end].casefold()
        return key

    def _printed(self, person: Mention) -> str | None:
        """The gender printed around one mention of a person: honorific or noun before it, or
        the head of its apposition."""
        text = self.analysis.text
        before = text[max(0, person.start - 30) : person.start].split()
        if before:
            word = _bare(before[-1])
            for gender, sets in self.words.items():
                if word in sets["honorifics"] or word in sets["nouns"]:
                    return gender
        after = text[person.end : person.end + APPOSITION_REACH]
        after = _AGE.sub("", after, count=1) if _AGE.match(after) else after
        if not after.startswith(","):
            return None
        words = [match.group(0).lower() for match in _WORD.finditer(re.split(r"[,.;:()“”\"]", after[1:])[0])]
        links = _apposition_words(self.analysis.lang, "apposition_links")
        if not words or words[0] not in _apposition_words(self.analysis.lang, "apposition_openers"):
            return None
        for index, word in enumerate(words[1:], start=1):
            if word in links:
                return None
            gender = next((gender for gender, sets in self.words.items() if word in sets["nouns"]), None)
            if gender is not None:
                # the apposition closes after its head (`X, a spokeswoman for ...,`); `In her
                # complaint to X, the woman accused ...` is a new clause, not X described
                closed = index == len(words) - 1 or words[index + 1] in links
                return gender if closed else None
        return None

    def known(self, person: Mention) -> set[str]:
        """The genders the text gives this person (empty when unknown; both when it contradicts
        itself): what is printed around the name, else what earlier pronouns taught."""
        if self._known is None:
            self._known = {}
            for mention in self.resolver.all_people:
                gender = self._printed(mention)
                if gender is not None:
                    self._known.setdefault(self._key(mention), set()).add(gender)
        key = self._key(person)
        return self._known.get(key) or self._learnt.get(key, set())

    def learn(self, person: Mention, gender: str) -> None:
        """A `he`/`she` speaker resolved to ``person``: the person is of that gender from now on
        (unless the text prints otherwise around the name)."""
        self._learnt.setdefault(self._key(person), set()).add(gender)

    def other_gender(self, person: Mention, gender: str) -> bool:
        return self.known(person) == {g for g in self.words if g != gender}

    def agreeing(self, speaker: Mention, gender: str, wrong: Mention, report: Mention | None) -> Mention | None:
        """The person a `he`/`she` ``speaker`` stands for when the look-up gave ``wrong``, a person
        of the other gender: the nearest one before it in its own sentence, else the last subject
        of a sentence in its paragraph or the few before it; never one named inside the report."""
        resolver = self.resolver
        text = self.analysis.text
        wrong_key = self._key(wrong)

        def fits(person: Mention) -> bool:
            return not inside(person, report) and self._key(person) != wrong_key and not self.other_gender(person, gender)

        sentence = resolver.sentence_start(speaker.start)
        in_sentence = [m for m in resolver.people if sentence <= m.start and m.end <= speaker.start and fits(m)]
        if in_sentence:
            return resolver.resolve_person(in_sentence[-1])
        start = text.rfind("\n", 0, speaker.start) + 1
        for _ in range(PARAGRAPHS_BACK):
            while start > 0 and text[start - 1] == "\n":
                start -= 1
            start = text.rfind("\n", 0, start) + 1
        subjects = [m for m in resolver.subjects if start <= m.start and m.end <= speaker.start and fits(m)]
        return resolver.resolve_person(subjects[-1]) if subjects else None
