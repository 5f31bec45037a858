"""Subjects of speech verbs, as a mixin of :class:`annotator.nlp.speakers.attribution.Attributor`: the name,
pronoun, organisation or role phrase before a verb (`X mengatakan`, `The agency, which ..., said`,
`Ia hanya mengatakan`), and the subject of an earlier verb in the clause (`she said, but added: “...”`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_salience import coref_words, named_as_dead, named_as_kin
from annotator.nlp.entities.people.entity_royal import opens_style
from annotator.nlp.indirect.speech_occasion import opens_occasion
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.anonymous_subjects import anonymity_before_verb
from annotator.nlp.speakers.cue_words import CueWords
from annotator.nlp.speakers.speaker_court_party import party_led_by_someone
from annotator.nlp.speakers.speaker_degrees import only_degrees
from annotator.nlp.speakers.speaker_pairs import paired_speaker
from annotator.nlp.speakers.speaker_phrase_stops import SPEAKER_STOPS
from annotator.nlp.speakers.speaker_phrases import SpeakerPhrases
from annotator.nlp.speakers.speaker_postmodified import MAX_DESCRIPTION_WORDS, described_by_postmodifier, postmodifier_at
from annotator.nlp.speakers.speaker_relative import max_role_words
from annotator.nlp.speakers.speaker_through import head_through
from annotator.nlp.speakers.subject_adjuncts import (
    adjective_participle,
    adjunct_before_verb,
    adverb_aside_before_verb,
    aside_before_verb,
    insertion_subject,
    list_subject_start,
    past_opening_adjunct,
)
from annotator.nlp.speakers.subject_dated_occasion import subject_end_before_dated_occasion
from annotator.nlp.speakers.subject_opening_phrase import role_article_start
from annotator.nlp.speakers.subject_subordinate import after_subordinator

#: An age in apposition right before the verb (`the manager, 49, reported`; b9en round).
_AGE_BEFORE_VERB = re.compile(r",\s*\d{1,3}\s*,\s*$")

#: Words allowed between a subject and its speech verb (`Ia hanya mengatakan`, `UGM sendiri menyatakan`).
ADVERBS = speech_words()["adverbs"]
#: Quantifiers that float between an English subject and its verb (`They both said`, `The two
#: ministers each said`); lower case only, so `Both said` keeps its subject.
_FLOATING_QUANTIFIERS = frozenset(speech_words()["floating_quantifiers_en"])
_CLITIC_AUXILIARIES = frozenset(speech_words()["clitic_auxiliaries_en"])
#: Stop words that still open a speaker phrase (`Pemerintah Provinsi X memprakirakan ...`).
SPEAKER_HEADS = speech_words()["speaker_heads"]
_APPOSITIVE = re.compile(r",\s*((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*),\s*$")
#: Relative words that speak for the phrase before their comma (`..., who said ...`).
_RELATIVE_SPEAKERS = frozenset(speech_words()["relative_speakers_en"])
_RELATIVE_PAST_VERBS = frozenset(speech_words()["relative_speaker_past_verbs_en"])
_NOT_A_ROLE_WORD = SPEAKER_STOPS | (speech_words()["role_stops"] - {"and", "dan"})
#: Insertions between a named subject and its verb: a relative clause (`The X Authority, which
#: manages the river, said`) or an indefinite apposition (`Josh Kaminski, an officer with Y, said`).
#: A partitive relative counts too (`Farmers, many of whom lost their crops, said`).
_PARTITIVE = "|".join(sorted(speech_words()["partitive_relative_quantifiers"]))
_INSERTION = re.compile(
    r",\s+(?:(?:which|who|whose|yang|(?:" + _PARTITIVE + r")\s+of\s+(?:whom|which))\b[^,.;:]*"
    r"|(?:a|an|seorang)\s[^,.;:]*(?:,\s+(?:the|a|an)\s[^,.;:]*)?),\s*$"
)
#: Words that open a time clause between a subject and its verb (`X ketika ditanya ... menyatakan`).
_TIME_CLAUSE_OPENERS = speech_words()["time_clause_openers"]
#: The longest time clause between a subject and its verb (`ketika ditanya beberapa waktu lalu`).
MAX_TIME_CLAUSE_WORDS = 6
_DAYS = speech_words()["day_words_en"]
#: Indonesian words that open an addressee or a channel after a role subject (`kepada wartawan`).
_ADDRESSEE_OPENERS = speech_words()["addressee_openers_id"]
#: The longest addressee phrase between a role subject and its verb (`kepada sejumlah wartawan di
#: kantornya`).
MAX_ADDRESSEE_WORDS = 8


def _opening_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb of [adverbs] that may open an Indonesian clause before its role
    subject (`juga`, `bahkan`) and is no quantifier of the role (`beberapa warga`)."""
    lowered = word.lower()
    return lowered in ADVERBS and lowered not in _QUANTIFIERS


def _connective_opening(table: str) -> re.Pattern[str]:
    """A connective of ``table`` (longest first, any case) and the spaces after it."""
    words = sorted((re.escape(c) for c in speech_words()[table]), key=len, reverse=True)
    return re.compile(r"(?i:" + "|".join(words) + r")\s+")


#: A connective opening the clause before a role speaker with no comma (`Lebih lanjut Kapolda ...`).
_CONNECTIVE = _connective_opening("speaker_connectives")
#: The English ones (`At the same time the minister alleged ...`, `Further the prosecution submitted ...`).
_CONNECTIVE_EN = _connective_opening("speaker_connectives_en")

#: Quantifiers that open an English role subject (`Some people`, `Several residents`).
_PLACE_NOUNS = "|".join(sorted(speech_words()["organisation_place_nouns"]))
#: Between an organisation and the place it is in (`the Health Office in the southern province of`).
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?(?:(?:" + _PLACE_NOUNS + r")\s+of\s+)?")
_QUANTIFIERS = speech_words()["role_subject_quantifiers"]
#: `His lawyer said`: an English possessive determiner opens the role it ties to someone.
_POSSESSIVES = coref_words()["possessive_determiners"]
#: Articles opening a role after the clause's last comma (`Following the arrest of X, the spokesman said`).
_ROLE_ARTICLES = speech_words()["english_articles"]


class SpeakerSubjects(SpeakerPhrases):
    """Needs ``english``, ``cues``, ``entity_by_last`` and ``token_mention`` besides what
    :class:`SpeakerPhrases` needs, from the class it is mixed into."""

    english: bool
    cues: CueWords
    entity_by_last: dict[int, Mention]

    def _past_insertion(self, verb: int, region_start: int) -> int:
        """The token right after a named subject when an insertion stands before the verb at ``verb``
        (`The Authority, which manages the river, said`); else ``verb``."""
        if self.english:
            age = _AGE_BEFORE_VERB.search(self.text, region_start, self.tokens.tokens[verb].start)
            if age is not None:
                return self.tokens.first_at_or_after(age.start())  # `the manager, 49, reported`: the age is no subject
        if self.english:  # `A resident at the pier, who asked not to be named, said`: before any adjunct test
            anonymous = anonymity_before_verb(self.text, region_start, self.tokens.tokens[verb].start)
            if anonymous is not None:
                return self.tokens.first_at_or_after(anonymous)
        if not self.english:  # `Kapolres X dalam keterangan tertulisnya di Y, Jumat (13/7), membantah`
            subject_end = subject_end_before_dated_occasion(self.analysis, region_start, self.tokens.tokens[verb].start)
            if subject_end is not None:
                return self.tokens.first_at_or_after(subject_end)
        insertion = _INSERTION.search(self.text, region_start, self.tokens.tokens[verb].start)
        if insertion is None:
            verb_start = self.tokens.tokens[verb].start
            aside = (
                aside_before_verb(self.text, region_start, verb_start)
                or adjunct_before_verb(self.text, region_start, verb_start)  # `X in a speech on Monday, said`
                or adverb_aside_before_verb(self.text, region_start, verb_start)  # `X, meanwhile, said`
                if self.english
                else None
            )
            return verb if aside is None else self.tokens.first_at_or_after(aside)  # `X, in his address to Y, said`
        after_subject = self.tokens.first_at_or_after(insertion.start())
        subject = self.entity_by_last.get(after_subject - 1)
        if subject is not None and subject.label in ("PERSON", "ORG"):
            return after_subject
        # `Kurnia, who heads the district police, said`: a capitalised subject no rule tagged.
        words = self.text[region_start : insertion.start()].split()
        if 0 < len(words) <= 4 and all(word[:1].isupper() for word in words):
            return after_subject
        if self.english and insertion_subject(words):
            return after_subject  # `A rescue worker in the town, who asked not to be identified, said`
        return verb

    def _organisation_before_place(self, place: Mention, region_start: int) -> Mention | None:
        """`Dinas Kesehatan Kabupaten X, Sulawesi Selatan mengaku`: the organisation before a comma
        and the province it is in, which then speaks."""
        for mention in self.analysis.entities:
            if mention.label != "ORG" or mention.start < region_start or mention.end > place.start:
                continue
            between = self.text[mention.end : place.start]
            if between == ", ":
                return mention
            if self.english and _IN_PLACE.fullmatch(between) and self._opens_clause(mention, region_start):
                return mention  # `the Health Office in the southern province of X said`
        return None

    def _opens_clause(self, mention: Mention, region_start: int) -> bool:
        """Whether only a determiner (or a connective's comma) stands before ``mention`` in the clause."""
        opening = self.text[region_start : mention.start].rsplit(",", 1)[-1].strip()
        return not opening or opening.lower() in self.lex.res.determiners

    def speaker_before(self, verb: int, region_start: int) -> Mention | None:
        """The subject of a speech verb at token ``verb``: a name, a pronoun or a role phrase."""
        if verb == 0:
            return None
        if self.english:  # `Referring to the plan of X, the Governor said`: X is talked about
            region_start = past_opening_adjunct(self.text, region_start, self.tokens.tokens[verb].start)
            semicolon = self.text.rfind("; ", region_start, self.tokens.tokens[verb].start)
            region_start = semicolon + 2 if semicolon >= 0 else region_start  # `...; police said ...`: a clause of its own
            party = party_led_by_someone(self.text, region_start, self.tokens.tokens[verb].start)
            if party is not None:
                return self.mention(*party, "SPEAKER", kind="role")  # `The court, presided over by X, declared`
        verb = self._past_insertion(verb, region_start)
        previous = verb - 1
        while (
            previous > 0
            and (
                self.tokens.tokens[previous].text.lower() in ADVERBS
                or (self.english and self.tokens.tokens[previous].text in _FLOATING_QUANTIFIERS)
                # `He's said`: the clitic auxiliary after a pronoun (en_indirect18)
                or (
                    self.english
                    and self.tokens.tokens[previous].text.lower() in _CLITIC_AUXILIARIES
                    and self.tokens.gap(previous - 1, previous) in ("'", "\u2019")
                    and self.pronoun(self.tokens.tokens[previous - 1].text)
                )
            )
            and self.tokens.tokens[previous].start > region_start
        ):  # `The drivers all told police`: a floating quantifier is no part of the subject
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
        clause = self.text[region_start : self.tokens.tokens[verb].start] if previous + 1 == verb else ""
        # `_APPOSITIVE` ends with a comma and white space: a clause that does not is not searched.
        appositive = _APPOSITIVE.search(clause) if clause.rstrip().endswith(",") else None
        if appositive:
            start, end = region_start + appositive.start(1), region_start + appositive.end(1)
            inside = [m for m in self.analysis.entities if start <= m.start and m.end <= end and m.label == "PERSON"]
            if inside:
                return self._head_speaker(inside[-1], region_start)
        if self.pronoun(token.text):
            return self.token_mention(previous, previous, "SPEAKER", kind="pronoun")
        if self.english and self._relative_after_comma(previous, verb, region_start):
            return self.token_mention(previous, previous, "SPEAKER", kind="role")  # `..., two witnesses, who said`
        # The last PERSON between the start of the clause and the verb (appositives allowed), but
        # not before a role that follows the clause's last comma (`Following the arrest of X, the
        # police spokesman said`: X is talked about).
        people_start = self._definite_role_after_comma(region_start, token.end) if self.english else region_start
        k = previous
        last_org: Mention | None = None
        while k >= 0 and self.tokens.tokens[k].start >= people_start:
            entity = self.entity_by_last.get(k)
            # `X melalui Y mengatakan` is X's; `X, ditanya soal almarhum DA, menjelaskan` too.
            if (
                entity is not None
                and entity.label == "PERSON"
                and not named_as_dead(self.text, entity)
                and not named_as_kin(self.text, entity)
                and not named_in_description(self.text, entity, self.lex.res.determiners)
                and not (
                    self.english
                    and described_by_postmodifier(self.text, entity, people_start, self.lex.stopwords, self.lex.pronouns)
                )
            ):
                pair = paired_speaker(self.text, self.analysis.entities, entity, region_start) if self.english else None
                if pair is not None:
                    return self.mention(*pair, "SPEAKER", kind="role")  # `A and B said`: one speaker
                return self._head_speaker(entity, region_start)
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
        if comma > 0 and clause[comma] == "," and only_degrees(clause, comma + 1, len(clause), self.analysis.lang):
            # `Kepala Madrasah X, Budi, S.Pd mengatakan`: the degrees close the name before them; the
            # phrase ends before their comma and starts after the comma before it.
            previous = self.tokens.last_ending_at_or_before(region_start + comma)
            if previous < 0 or self.tokens.tokens[previous].start < region_start:
                return None
            token = self.tokens.tokens[previous]
            clause = self.text[region_start : token.end]
            comma = clause.rfind(",")
        start = region_start + comma + 1 if comma >= 0 else region_start
        if self.english and comma >= 0:
            start = list_subject_start(self.text, region_start, start, token.end)  # `Officials, lawmakers and X said`
        while start < token.end and not self.text[start].isalnum():
            start += 1
        connective = (_CONNECTIVE_EN if self.english else _CONNECTIVE).match(self.text, start, token.end)
        if connective and connective.end() <= token.start and not self._names_from(start):
            start = connective.end()  # `Lebih lanjut Kapolda mengatakan`: the connective is no part of the role
        if self.english:
            start = after_subordinator(self.text, start, token.start)  # `... after a judge ruled that`
            covered = [(m.start, m.end) for m in self.analysis.entities if m.end > start and m.start < token.end]
            start = role_article_start(self.text, start, token.end, covered)  # `Regarding the delay the minister`
        first = self.tokens.first_at_or_after(start)
        determiners = self.lex.res.determiners
        while not self.english and first < previous and _opening_adverb(self.tokens.tokens[first].text):
            first += 1  # `..., juga beberapa warga mengatakan`: the adverb is no part of the role
        while (
            first < previous
            and self.tokens.tokens[first].text in self.lex.stopwords
            and self.tokens.tokens[first].text not in SPEAKER_HEADS
            and (not self.english or self.tokens.tokens[first].text.lower() not in determiners)
            and self.tokens.tokens[first].text.lower() not in _QUANTIFIERS
            and not (self.english and self.tokens.tokens[first].text.lower() in _POSSESSIVES)
            and not opens_style(self.tokens.texts, first, self.analysis.lang)  # `His Majesty said`
        ):
            first += 1  # `Some people said`: a quantifier opening an English subject stays in it
        if first > previous:
            return None
        if first < previous and self.pronoun(self.tokens.tokens[first].text) and not self.english:
            return self.token_mention(first, first, "SPEAKER", kind="pronoun")  # `ia terus ... dan menyatakan`
        # `Yudhistira ketika ditanya beberapa waktu lalu menyatakan`: the subject ends before a time clause.
        # `Indonesia's foreign minister on Friday said`: nor does a day belong to it.
        for j in range(first + 1, previous + 1):
            word = self.tokens.tokens[j].text.lower()
            addressee = not self.english and word in _ADDRESSEE_OPENERS and previous - j <= MAX_ADDRESSEE_WORDS
            if (
                addressee
                or self._occasion_at(j, previous)
                or (word in _TIME_CLAUSE_OPENERS and previous - j <= MAX_TIME_CLAUSE_WORDS)
                or (word in _DAYS and previous - j <= 1)
            ):
                previous = j - 2 if word in _DAYS and self.tokens.tokens[j - 1].text.lower() == "on" else j - 1
                token = self.tokens.tokens[previous]
                break
        if first > previous:
            return None
        words = self.text[self.tokens.tokens[first].start : token.end].split()
        limit = max_role_words(words, self.english)
        if self.english and len(words) > limit and postmodifier_at(words, self.lex.stopwords, self.lex.pronouns) is not None:
            limit = MAX_DESCRIPTION_WORDS  # `The hospital treating former Prime Minister X Y said`
        if len(words) > limit or all(
            (w in self.lex.stopwords and w not in SPEAKER_HEADS) or w.lower() in _NOT_A_ROLE_WORD for w in words
        ):
            return None
        if any(
            self.lex.cues_before.match(self.tokens, j) and not adjective_participle(self.tokens.tokens, j)
            for j in range(first, previous + 1)
        ):  # `An informed source said`: `informed` after an article is no verb
            return None  # `Polisi mengatakan ada telepon dari pihak gereja yang menyatakan`: no role holds a verb
        return self.token_mention(first, previous, "SPEAKER", kind="role")

    def _head_speaker(self, person: Mention, region_start: int) -> Mention:
        """The SPEAKER of ``person`` or of the head it speaks for (`X melalui Y mengatakan`): a
        person's name without its titles, or the body's name (`Koalisi X melalui Y menilai`)."""
        head = head_through(self.text, self.analysis.entities, person, region_start)
        if head.label == "ORG":
            return self.mention(head.start, head.end, "SPEAKER", kind="org")
        return self.name_speaker(head)

    def _relative_after_comma(self, k: int, verb: int, region_start: int) -> bool:
        """Whether token ``k`` is `who` right after a comma that follows a clause of at least three
        words and before a verb in the past at ``verb`` (`The case rested on two witnesses, who said
        ...`, `X, who has been arrested for ... claiming`): the relative word is the speaker, as
        `which` is (guidelines, "Relative pronouns"; en_open2). In the present (`farmers, who say
        the dam ...`) it tells what a group holds, no statement."""
        token, cue = self.tokens.tokens[k], self.tokens.tokens[verb].text.lower()
        return (
            token.text.lower() in _RELATIVE_SPEAKERS
            and (cue.endswith("ed") or cue in _RELATIVE_PAST_VERBS)
            and k > 0
            and self.tokens.gap(k - 1, k).strip() == ","
            and len(self.text[region_start : token.start].split()) >= 3
        )

    def _occasion_at(self, j: int, previous: int) -> bool:
        """Whether an Indonesian occasion of speaking opens at token ``j`` after a role subject and
        runs to the verb after ``previous`` (`Pelatih tim dalam konferensi pers, menyebut ...`,
        `Kepala dinas pada acara itu mengatakan`): the role ends before it. The preposition is in
        small letters, so a name that holds the word (`Menteri Dalam Negeri`) stays whole."""
        if self.english or j >= previous or previous - j > MAX_ADDRESSEE_WORDS:
            return False
        first = self.tokens.tokens[j].text
        return first.islower() and opens_occasion(first, self.tokens.tokens[j + 1].text)

    def _names_from(self, start: int) -> bool:
        """Whether an entity covers the text at ``start``: a name that opens with a connective's word
        (`Further Education Council`) keeps it."""
        return any(m.start <= start < m.end for m in self.analysis.entities)

    def _definite_role_after_comma(self, region_start: int, end: int) -> int:
        """Where the subject's people may start: after the clause's last comma, or after its last
        subordinator (`X could face charges after a banker admitted ...`, en_indirect16), when what
        follows is an article and words naming no one (`the newspaper`, `a police spokesman`), else
        the clause start. An apposition ending in a comma (`X, the spokesman, said`) keeps the start."""
        if self.text[end:].lstrip().startswith(","):
            return region_start
        for boundary in (self.text.rfind(",", region_start, end) + 1, after_subordinator(self.text, region_start, end)):
            if boundary > region_start and self._names_no_one(boundary, end):
                return boundary
        return region_start

    def _names_no_one(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` opens with an article and holds no entity (`a police spokesman`)."""
        words = self.text[start:end].split()
        if not words or words[0].lower() not in _ROLE_ARTICLES:
            return False
        return not any(start <= m.start < end for m in self.analysis.entities)  # `..., the Health Ministry said`

    def earlier_subject(self, verb: int, region_start: int) -> Mention | None:
        """The subject of an earlier speech verb in the clause, else the clause's own subject when
        it is a pronoun or a name (`She did not name them, but added: “...”`)."""
        first = self.tokens.first_at_or_after(region_start)
        for k in range(verb - 1, first - 1, -1):
            if self.cues.before(k) is not None:
                speaker = self.speaker_before(k, region_start)
                if speaker is not None:
                    return speaker
        if self.english:  # `In an interview ..., two weeks ago, X is quoted saying: “...”`
            first = self._past_opening_adjuncts(first, verb)
        if first < verb:
            if self.pronoun(self.tokens.tokens[first].text):
                return self.token_mention(first, first, "SPEAKER", kind="pronoun")
            entity = self.entity_by_first.get(first)
            if entity is not None and entity.label == "PERSON":
                return self.name_speaker(entity)
        return None

    def _past_opening_adjuncts(self, first: int, verb: int) -> int:
        """The first token of the clause's subject after an adjunct of [subject_adjunct_openers] that
        opens the sentence and its comma (`Speaking to reporters at the gate, X ...`), and after a
        DATE set off by a comma right after it (`In an interview ..., two weeks ago, X ...`); ``first``
        itself when no such adjunct opens the clause."""
        tokens = self.tokens
        after = past_opening_adjunct(self.text, tokens.tokens[first].start, tokens.tokens[verb].start)
        if after == tokens.tokens[first].start:
            return first
        start = tokens.first_at_or_after(after)
        comma = self.text.find(",", after, tokens.tokens[verb].start)
        if comma > 0 and _opening_time_aside(self.text[after:comma], self.entity_by_first.get(start)):
            start = tokens.first_at_or_after(comma + 1)
        return start if start < verb else first


def named_in_description(text: str, mention: Mention, determiners: set[str]) -> bool:
    """`Pria yang akrab disapa Teri itu menjelaskan`, `Perempuan bernama Sinta itu mengaku`: the
    name sits in a description that its determiner closes; the description is the speaker (the gold
    keeps it, and coreference reads the name inside it)."""
    after = text[mention.end : mention.end + 12].split()
    if not after or after[0].lower() not in determiners:
        return False
    before = " " + " ".join(text[max(0, mention.start - 40) : mention.start].split()).lower()
    words = speech_words()
    return any(before.endswith(f" {phrase}") for phrase in (*words["alias"], *words["naming_words"]))


#: Last words of a short time phrase after an opening adjunct (`, two weeks ago,`).
_TIME_ASIDE_ENDS = frozenset(speech_words()["opening_time_aside_ends_en"])
#: The most words of that time phrase.
MAX_TIME_ASIDE_WORDS = 4


def _opening_time_aside(stretch: str, entity: Mention | None) -> bool:
    """Whether ``stretch`` (up to a comma) is a short time phrase in small letters: a DATE that fills
    it or words ending in one of [opening_time_aside_ends_en] (`two weeks ago`)."""
    words = stretch.split()
    if not words or len(words) > MAX_TIME_ASIDE_WORDS or not all(word.islower() or word.isdigit() for word in words):
        return False
    if entity is not None and entity.label == "DATE" and entity.text == stretch.strip():
        return True
    return words[-1] in _TIME_ASIDE_ENDS

