"""The people a text names and who a speaker stands for (``CorefResolver``): a short name's full
form, the person a role names elsewhere, the antecedent of a pronoun, clitic or role. The loop
over the quotes' speakers that asks it is ``coref.link_coreference``."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.address_names import address_pairs
from annotator.nlp.coref.coref_identified import identified_as_private
from annotator.nlp.coref.coref_newcomers import newcomer_before, not_passive
from annotator.nlp.coref.coref_party_subject import party_subject
from annotator.nlp.coref.coref_plural import bare_words, inside, nicknames, plural_antecedent
from annotator.nlp.coref.coref_role_subject import role_subject_person
from annotator.nlp.coref.coref_salience import (
    acts_in_sentence,
    answers_in_sentence,
    common_words_added,
    coref_words,
    inside_any,
    introduced_by_passive,
    named_as_kin,
    sentence_subjects,
    speaking_people,
)
from annotator.nlp.coref.name_blends import is_blend_of
from annotator.nlp.coref.name_forms import alias_pairs, full_name_in_text, is_nickname_of, is_spelling_of, typo_of
from annotator.nlp.entities.people.entity_nickname_brackets import call_name_pairs
from annotator.nlp.entities.people.entity_nicknames import initials_pairs
from annotator.nlp.resources import load_resources, speech_words
from annotator.nlp.speakers.speaker_descriptions import normal_word, person_heads, role_heads
from annotator.nlp.text.patterns import last_word_before, whole_word, whole_word_spans
from annotator.nlp.text.sentences import sentences

#: How far after a role its person's name may start (ranks and titles between: `AKBP`, `Kombes Pol`).
ROLE_NAME_GAP = 25
#: How many characters before a name are read for the role it is introduced with (`The Jakarta governor, X`).
ROLE_CONTEXT = 40
#: Words before a role that make it someone else's (`Wakil Bupati`, `mantan Kapolres`, `former minister`).
_OTHER_HOLDERS = speech_words()["other_role_holders"]


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


@cache
def _role_words(lang: str) -> frozenset[str]:
    """The roles ``holds_other_role`` counts unless told which, in small letters: every role's
    last word and one-word role; in English the parties of a case too (`The accused` is not the
    `Judge X` who spoke last). Made once per language, not at each call."""
    heads = person_heads(lang) | {h.lower() for h in role_heads(lang)}
    return heads | coref_words()["case_party_nouns"] if lang == "en" else heads


@cache
def _roles_held_apart() -> frozenset[str]:
    """The English roles whose holder a role speaker of another role is not (``other_role_speaker``):
    every role but a seat in a legislature, whose holders also hold offices, or a noun that fits any
    post (`the officer`), and the offices of a body."""
    words = coref_words()
    return (_role_words("en") - words["legislator_roles"] - words["general_role_nouns"]) | words["body_offices"]


class CorefResolver:
    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        direct = [(q.start, q.end) for q in analysis.quotes if q.attrs.get("type") != "indirect"]
        # People named inside a quote are talked about, not talking.
        self.direct = direct
        speaking = speaking_people(analysis)  # no credits, bylines or nicknames in quotation marks
        self.people = sorted(
            (m for m in speaking if not inside_any(m, direct) and not named_as_kin(analysis.text, m)),
            key=lambda m: m.start,
        )
        self.all_people = speaking
        #: The person each sentence is about (its first person): what a pronoun most likely means.
        self.sentences = sentences(analysis.text, analysis.lang)
        self.subjects = sentence_subjects(analysis, self.people, self.sentences)
        #: The people who open their sentence (`Sontak AKBP X ...`): a newcomer a pronoun may mean.
        self.openers = sentence_subjects(analysis, self.people, self.sentences, opening=True)
        reported = [(q.start, q.end) for q in analysis.quotes if q.attrs.get("type") == "indirect"]
        #: People named outside any report: a pointing role (`jenderal bintang dua itu`) means one of them.
        self.named_outside_reports = [m for m in self.people if not any(s <= m.start and m.end <= e for s, e in reported)]
        self.aliases = alias_pairs(analysis.text) + initials_pairs(analysis.text, analysis.entities)  # `X Y (XY)`
        self.aliases += call_name_pairs(analysis.text, analysis.entities)  # `Yohanes Kurniawan (Anes)`
        self.aliases += address_pairs(analysis.text, analysis.entities)  # `kata Iyay Dicky, sapaan dia`
        self._name_forms: dict[tuple[int, int], tuple[list[str], frozenset[str]]] = {}
        self._other_forms: dict[tuple[str, str], bool] = {}

    def words(self, mention: Mention) -> list[str]:
        return self.analysis.text[mention.start : mention.end].split()

    def name_forms(self, mention: Mention) -> tuple[list[str], frozenset[str]]:
        """The words of a person's name and their bare forms, split once per text for each place a
        name is written: :meth:`full_name` compares every short name with every person. Keyed by
        offsets, so a name widened later (:meth:`person_at`) is split again. Read-only lists."""
        key = (mention.start, mention.end)
        forms = self._name_forms.get(key)
        if forms is None:
            name = self.analysis.text[mention.start : mention.end]
            forms = self._name_forms[key] = (name.split(), bare_words(name))
        return forms

    def full_name(self, mention: Mention) -> Mention | None:
        """A longer name holding every word of ``mention`` (the nearest earlier one, else the first
        later), else the name an alias stands for, else a name the short one begins (`Mega`), else
        a full name printed untagged (the headline's `Jusuf Kalla` for `Kalla`)."""
        words = self.words(mention)
        wanted = set(words)
        size = len(words)
        forms = self.name_forms
        matches = [
            m
            for m in self.all_people
            if len((name_form := forms(m))[0]) > size
            and wanted <= name_form[1]
            and not common_words_added(self.analysis, words, name_form[0])
        ]
        if not matches:
            return self.other_form(mention)
        # `Bambang` is `Bambang Hendarso Danuri` rather than `Susilo Bambang Yudhoyono`: a short
        # form is the first or the last name, not a middle one.
        # (`Rizky` of `Ahmad Rizky Santoso` is still found when nothing fits better.)
        edge = [
            m
            for m in matches
            if self.words(m)[0] == words[0] or self.words(m)[-1] == words[-1] or wanted <= nicknames(self.words(m))
        ]  # `Jokowi` of `Joko ‘Jokowi’ Widodo` is a nickname, as good as a first name
        if not edge:
            other = self.other_form(mention)
            if other is not None:
                return other
        matches = edge or matches
        # A name inside someone's quote (`Kayak Harry Potter saja`) is the speaker's words, not a name form.
        matches = [m for m in matches if not inside_any(m, self.direct)] or matches
        longest = max(len(self.words(m)) for m in matches)
        matches = sorted((m for m in matches if len(self.words(m)) == longest), key=lambda m: m.start)
        earlier = [m for m in matches if m.end <= mention.start]
        if not earlier and len(words) > 1:
            return None  # `Budi Santoso` is already a full name: a later `Youtube Budi Santoso Official` is an account
        found = earlier[-1] if earlier else matches[0]
        # `Arsad` is `Mohd Arsad`, itself a short form of `Mohd Arsad Bistari` printed earlier: the fullest form.
        fuller = self.full_name(found) if earlier else None
        return fuller if fuller is not None and fuller.end <= found.start else found

    def other_form(self, mention: Mention) -> Mention | None:
        text = self.analysis.text
        name = text[mention.start : mention.end]
        for alias, full in self.aliases:
            if text[alias[0] : alias[1]] == name and full != (mention.start, mention.end):
                return self.person_at(*full)
        nicknamed = [m for m in self.all_people if self.is_other_form(name, text[m.start : m.end])]
        if nicknamed:
            # `Yudhis` is `Yudhistira Pratama` rather than a later bare `Yudhistira`: the longest form.
            longest = max(len(self.words(m)) for m in nicknamed)
            nicknamed = [m for m in nicknamed if len(self.words(m)) == longest]
            earlier = [m for m in nicknamed if m.end <= mention.start]
            return earlier[-1] if earlier else nicknamed[0]
        found = full_name_in_text(text, mention.start, mention.end, self.analysis.lang)
        return self.person_at(*found) if found else None

    def is_other_form(self, name: str, full: str) -> bool:
        """Whether ``name`` is a nickname, another spelling or a blend of ``full`` (`Jokowi` of
        `Joko Widodo`, `AHY`): answered once per pair of texts, as each speaker's name is compared
        with every person of the text and the same names come back."""
        key = (name, full)
        found = self._other_forms.get(key)
        if found is None:
            found = is_nickname_of(name, full) or is_spelling_of(name, full) or is_blend_of(name, full)
            found = self._other_forms[key] = found or self.typo_in(name, full)
        return found

    def typo_in(self, name: str, full: str) -> bool:
        """Whether ``name`` is ``full`` with one letter typed wrong (`Equavoen` for `Eguavoen`): the
        form printed more often is the name, the earlier one when both are printed as often."""
        pair = typo_of(name, full)
        if pair is None:
            return False
        text = self.analysis.text
        typo, meant = ([start for start, _end in whole_word_spans(word, text)] for word in pair)
        return bool(meant) and (len(meant), -meant[0]) > (len(typo), -typo[0] if typo else 0)

    def person_around(self, speaker: Mention) -> Mention | None:
        """A longer PERSON holding the speaker (the end of a name the speaker rules cut)."""
        return next(
            (
                m
                for m in self.all_people
                if m.start <= speaker.start and speaker.end <= m.end and m.end - m.start > speaker.end - speaker.start
            ),
            None,
        )

    def person_at(self, start: int, end: int) -> Mention | None:
        """The PERSON at these offsets; tagged now when no entity overlaps them."""
        existing = self.analysis.entity_at(start, end)
        if existing is not None:
            return existing if existing.label == "PERSON" else None
        overlapping = [m for m in self.analysis.entities if m.start < end and start < m.end]
        if len(overlapping) == 1:
            part = overlapping[0]
            if part.label == "PERSON" and start <= part.start and part.end <= end:
                # The headline's `Kalla` of `Jusuf Kalla`: the tagged part widens to the whole name.
                part.start, part.end = start, end
                return part
        if overlapping:
            return None
        person = Mention(start, end, "PERSON", rule="name_form")
        self.analysis.entities.append(person)
        self.all_people.append(person)
        return person

    def unit_after_role(self, speaker: Mention) -> Mention | None:
        """`Kapolres Banyuasin mengatakan ...` where `Banyuasin` was taken for a name: when the same
        role and words name someone else elsewhere (`Kapolres Banyuasin AKBP X Y`), that person."""
        text = self.analysis.text
        line_start = text.rfind("\n", 0, speaker.start) + 1
        before = text[line_start : speaker.start].split()
        if not before or before[-1].rstrip(".") not in role_heads(self.analysis.lang):
            return None
        start = speaker.start - len(before[-1]) - 1
        if text[start : speaker.start].strip() != before[-1]:
            return None
        named = self.named_role(Mention(start, speaker.end, "SPEAKER"))
        return named if named is not None and (named.start, named.end) != (speaker.start, speaker.end) else None

    def named_role(self, speaker: Mention) -> Mention | None:
        """The person a role names elsewhere in the text: the same role words followed (after ranks
        and titles, within a few words) by a PERSON (`Kapolres Kendal AKBP Hendra Wijaya`)."""
        text = self.analysis.text
        words = text[speaker.start : speaker.end].split()
        res = load_resources(self.analysis.lang)
        while words and words[-1].lower().strip(".,") in res.determiners:
            words.pop()
        heads = role_heads(self.analysis.lang)
        lone_head = len(words) == 1 and words[0][:1].islower() and words[0].capitalize() in heads
        if not words or not (words[0][:1].isupper() or lone_head):
            return None  # a common noun phrase names no one in particular; `hakim` after `hakim X` does
        if len(words) < 2 and words[0] not in heads and not lone_head:
            return None  # one word names someone only when it is a role (`Kapolres`, `Bupati`)
        role = " ".join(words)
        # `tegas kapolri`: a lone role in small letters also finds `Kapolri X` (and `hakim X` still)
        found: list[Mention] = []
        # `Kapolres` also heads `Kapolres Karawang AKBP X`, never `Kapolresta` or `Wakapolres`.
        for start, after in sorted(self._role_occurrences(role, words, lone_head)):
            previous = last_word_before(text, start)
            if previous and previous[0].lower() in _OTHER_HOLDERS:
                continue  # `Wakil Bupati X` is not the `Bupati`
            person = next((m for m in self.all_people if after <= m.start <= after + ROLE_NAME_GAP), None)
            between = text[after : person.start].replace(",", " ").split() if person is not None else []
            if person is not None and all(word[:1].isupper() for word in between):
                found.append(person)  # only ranks, titles and units between (`Kapolda Jatim Irjen Pol, Luki`)
        if not found:
            return None
        earlier = [m for m in found if m.end <= speaker.start]
        return self.resolve_person(earlier[-1] if earlier else found[0])

    def _role_occurrences(self, role: str, words: list[str], lone_head: bool) -> list[tuple[int, int]]:
        """(start, end) of each place the role is written as a whole word (in any case for a lone
        head in small letters), counting a lede that shouts its first word (`KAPOLRES Kotabaru AKBP
        X memberikan ...` introduces the `Kapolres` of the later paragraphs) and, in Indonesian, a
        head written in small letters (`ketua DPRD X, Budi`). A role asked once per
        text is found without a pattern compiled for it (:func:`whole_word_spans`)."""
        text = self.analysis.text
        if lone_head:
            return [match.span() for match in re.compile(whole_word(role).pattern, re.IGNORECASE).finditer(text)]
        found = whole_word_spans(role, text)
        first = words[0]
        if first[1:] and not first.isupper():
            found += whole_word_spans(" ".join([first.upper(), *words[1:]]), text)
        if self.analysis.lang != "en" and words[1:] and first[:1].isupper() and first in role_heads(self.analysis.lang):
            # `dipimpin ketua DPRD X, Budi`: an Indonesian role written in small letters where it
            # introduces the name is the `Ketua DPRD X` who speaks later
            found += whole_word_spans(" ".join([first.lower(), *words[1:]]), text)
        return found

    def named_role_head(self, speaker: Mention) -> Mention | None:
        """`Dirut yang menerima laporan itu`: a one-word role before a relative clause names the
        person that role introduced (`Dirut Perum LKBN Antara Meidyatama Suryodiningrat`)."""
        words = self.words(speaker)
        if len(words) < 2 or words[0] not in role_heads(self.analysis.lang) or not words[1][:1].islower():
            return None
        return self.named_role(Mention(speaker.start, speaker.start + len(words[0]), "SPEAKER"))

    def resolve_person(self, mention: Mention) -> Mention:
        """A PERSON mention widened to its full name when there is one."""
        return self.full_name(mention) or mention

    def holds_other_role(self, person: Mention, role: Mention, among: frozenset[str] | None = None) -> bool:
        """Whether ``person`` is introduced with a role (in the few words before the name) and that
        role is not the one ``role`` names by its last word; ``among``, when given, is the set of roles
        counted instead of every role head (`treasurer` against `president`)."""
        text = self.analysis.text
        head = normal_word(self.words(role)[-1])
        heads = _role_words(self.analysis.lang) if among is None else among
        if head not in heads:
            return False
        line = max(text.rfind("\n", 0, person.start), text.rfind(". ", 0, person.start)) + 1
        before = {normal_word(w) for w in text[max(line, person.start - ROLE_CONTEXT) : person.start].split()}
        held = before & heads
        return bool(held) and head not in held

    def other_role_speaker(self, speaker: Mention, last: Mention) -> bool:
        """Whether an English party of a case (`The accused said`, `the victim told the court`)
        would point back at the last speaker although the text introduces that one with another
        role (`Judge X`): the party is its own person, not whoever spoke before. So is someone known
        by work (`the manager`) after a party of the case, and any role after a person introduced
        with another (`The magistrate` after `Chief Whip X`, `The treasurer` after `Union President
        X`), unless that one holds a seat in a legislature, as such a person often holds an office
        too (`Senator X` is `the finance minister`)."""
        if self.analysis.lang != "en" or speaker.attrs.get("kind") != "role" or last.label != "PERSON":
            return False
        head = normal_word(self.words(speaker)[-1])
        parties = coref_words()["case_party_nouns"]
        if head in parties:
            return self.holds_other_role(last, speaker)
        if head in coref_words()["incident_people_nouns"] and self.holds_other_role(last, speaker, parties | {head}):
            return True  # `The suspect, X, held the manager ... . The manager said`: the suspect is no manager
        # `Union President X said ... . The treasurer explained`: two roles, two people
        return self.holds_other_role(last, speaker, _roles_held_apart())

    def talked_about(self, person: Mention, para: int, speakers_before: list[tuple[int, Mention]]) -> bool:
        """A person named before this paragraph inside what someone said, who has not spoken: what
        the article is about (the accused, the victim), not who a pronoun here stands for."""
        name = set(self.words(person))
        if any(set(self.words(spoken)) & name for _, spoken in speakers_before):
            return False
        reported = [(q.start, q.end) for q in self.analysis.quotes]
        return any(
            m.end <= para and set(self.words(m)) <= name and any(s <= m.start and m.end <= e for s, e in reported)
            for m in self.all_people
        )

    def antecedent(
        self, speaker: Mention, speakers_before: list[tuple[int, Mention]], report: Mention | None = None
    ) -> Mention | None:
        """Who a pronoun, clitic or role refers to: an earlier speaker in the paragraph, else a
        person named earlier in it, else the previous speaker, else the last person named. People
        named inside the ``report`` the speaker gives (`Talks with X, he added, ...`) are not it."""
        text = self.analysis.text
        para = _paragraph_start(text, speaker.start)
        personal = speaker.attrs.get("kind") in ("pronoun", "clitic")
        if personal and text[speaker.start : speaker.end].lower() in speech_words()["organisation_pronouns"]:
            # `they added` after `Rappler said`: a plural pronoun stands for an organisation that spoke,
            # never for one person (`Philippine police said ... . ..., they said`).
            return plural_antecedent(para, speaker, speakers_before)
        in_para_speakers = [
            person
            for position, person in speakers_before
            if para <= position < speaker.start and not (personal and person.label == "ORG")
        ]
        if in_para_speakers:
            last_here = in_para_speakers[-1]
            return None if self.other_role_speaker(speaker, last_here) else last_here
        # `Following the arrest of X, the police spokesman said`: an English role is not a person
        # named earlier in its own sentence (in the adjunct before it).
        limit = speaker.start
        if speaker.attrs.get("kind") == "role" and self.analysis.lang == "en":
            limit = self.sentence_start(speaker.start)
        before = [m for m in self.people if m.end <= limit and not inside(m, report)]
        in_para = [m for m in before if m.start >= para]
        earlier_speakers = [(position, person) for position, person in speakers_before if position < speaker.start]
        if personal:
            # `he`, `katanya`: a person, never an organisation that spoke in between.
            earlier_speakers = [(position, person) for position, person in earlier_speakers if person.label != "ORG"]
        if in_para:
            subjects = [m for m in self.subjects if para <= m.start and m.end <= limit and not inside(m, report)]
            subject = subjects[-1] if subjects else in_para[-1]
            brought_in = [m for m in in_para if m.start > subject.start and self.brought_in(m)]
            if personal and brought_in:
                subject = brought_in[-1]  # `Tinga tidak diturunkan, disampaikan Coach X karena ...` / `“...,” terangnya`
            named = self.resolve_person(subject)
            acts = self.analysis.lang != "en" and subject in self.openers and acts_in_sentence(text, subject)
            # `X alleged that Minister Y ... . Later, Y denied it. “...,” he said`: Y answers, so Y speaks
            acts = acts or (self.analysis.lang == "en" and answers_in_sentence(text, subject))
            if personal and earlier_speakers and not acts and self.talked_about(named, para, speakers_before):
                return earlier_speakers[-1][1]  # `Abdul Wahid disebut ... . Menurutnya, ...`: the speaker, not the topic
            last = earlier_speakers[-1][0] if earlier_speakers else -1
            if personal and self.party_carries_on(para, speaker, report, last, named):
                return None  # `The suspect denied it before magistrate X. “...,” he said`: not the magistrate
            return named
        if personal:
            last = earlier_speakers[-1][0] if earlier_speakers else -1
            role_person = role_subject_person(self, para, report.start if report else speaker.start, last)
            if role_person is not None:
                return role_person  # `Dalam sambutannya Kapolres X mengajak ...` / `“...,” ucapnya`
            if earlier_speakers and self.party_carries_on(para, speaker, report, last, earlier_speakers[-1][1]):
                return None  # `The suspect ... denied the charges.` / `“...,” he said`: not the officer before
        if personal and earlier_speakers:
            newcomer = self.subject_before_paragraph(para, earlier_speakers[-1][0])
            if newcomer is not None and not self.talked_about(newcomer, para, speakers_before):
                return self.resolve_person(newcomer)  # `Sontak AKBP X marah-marah ... / "...," ucapnya`
        pointing_role = speaker.attrs.get("kind") == "role"
        # A role (`atlet asal Tabanan tersebut`) points at the person named last outside what was
        # reported, when named after the last speaker; a pronoun at the last speaker.
        reported_free = {id(m) for m in self.named_outside_reports}
        named = [m for m in self.subjects if id(m) in reported_free and m.end <= limit] or [
            m for m in self.named_outside_reports if m.end <= limit
        ]
        if pointing_role and named and earlier_speakers and self.holds_other_role(named[-1], speaker):
            named = []  # `The Jakarta governor, Basuki, ... . The minister said`: the governor is no minister
        if earlier_speakers and not (pointing_role and named and named[-1].start > earlier_speakers[-1][0]):
            last = earlier_speakers[-1][1]
            return None if self.other_role_speaker(speaker, last) else last
        if pointing_role and named:
            return self.resolve_person(named[-1])
        subjects_before = not_passive(text, [m for m in self.subjects if m.end <= limit], self.analysis.lang)
        if subjects_before:
            return self.resolve_person(subjects_before[-1])
        return self.resolve_person(before[-1]) if before else None

    def party_carries_on(
        self, para: int, speaker: Mention, report: Mention | None, last_speaker: int, person: Mention
    ) -> bool:
        """Whether an English pronoun ``speaker`` carries on an unnamed party of a case that opens its
        lead-in or the paragraph before (:func:`party_subject`) rather than ``person``, who is
        introduced with another role (the officer who spoke before, the magistrate named after it)."""
        if self.analysis.lang != "en":
            return False
        party = party_subject(self, para, report.start if report else speaker.start, last_speaker)
        return party is not None and self.other_role_speaker(party, person)

    def brought_in_by_passive(self, person: Mention) -> bool:
        """`..., disampaikan Coach X karena ...`: a passive speech verb brings the person in as the speaker."""
        return introduced_by_passive(self.analysis.text, self.sentence_start(person.start), person, self.analysis.lang)

    def brought_in(self, person: Mention) -> bool:
        """A person a pronoun of the paragraph stands for though not its sentence's subject: brought in by a
        passive speech verb, or (English) named by an officer as a private person (`identified the suspect as X`)."""
        if self.brought_in_by_passive(person):
            return True
        start = self.sentence_start(person.start)
        return self.analysis.lang == "en" and identified_as_private(self.analysis.text, start, person)

    def subject_of_sentence(self, speaker: Mention) -> Mention | None:
        """The first person of the speaker's sentence, named before it."""
        return next((m for m in self.subjects if m.end <= speaker.start and m.start >= self.sentence_start(speaker.start)), None)

    def sentence_start(self, offset: int) -> int:
        return max((start for start, _ in self.sentences if start <= offset), default=0)

    def subject_before_paragraph(self, para: int, last_speaker: int) -> Mention | None:
        """The person the paragraph before ``para`` is about, when named after the last speaker and
        outside what anyone reported: a newcomer a following pronoun stands for."""
        return newcomer_before(self, para, last_speaker)
