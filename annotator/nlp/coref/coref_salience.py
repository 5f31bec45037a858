"""Which PERSON mentions a speaker may be resolved to, and which of them a sentence is about.

Real pages carry names that are nobody's speech: photo credits and `Editor:` lines, nicknames of
teams in quotation marks (`the 'Blue Hornets' squad`), and people only mentioned beside the subject
(`Sutrisno ... dengan Harry Potter`). A pronoun, a clitic or a role stands for the person a sentence is
about, who in Indonesian and English news comes first in the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import load_resources, read_toml
from annotator.nlp.speakers.speaker_descriptions import role_heads
from annotator.nlp.text.marks import CLOSING_MARKS, OPENING_MARKS, QUOTATION_MARKS, mark_chars

#: What may stand before a sentence's first word: opening quotation marks.
_OPENING = mark_chars(OPENING_MARKS)
#: What may stand around a word of a role's phrase: brackets and quotation marks.
_BRACKETS_AND_MARKS = mark_chars(QUOTATION_MARKS, "()[]")
#: Rules whose PERSON is a byline or a credit, never someone speaking in the article.
CREDIT_RULES = frozenset({"credit"})
#: Furniture whose names are the newsroom's (`Editor:`, `Pewarta:`), not the article's people.
CREDIT_FURNITURE = frozenset({"editor", "read_also", "junk"})


def inside_any(mention: Mention, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in ranges)


def in_quote_marks(text: str, mention: Mention) -> bool:
    """`the ‘Blue Hornets’ squad`: a name written between quotation marks is a nickname or a title."""
    before = text[mention.start - 1 : mention.start]
    after = text[mention.end : mention.end + 1]
    return before in OPENING_MARKS and after in CLOSING_MARKS


def speaking_people(analysis: Analysis) -> list[Mention]:
    """PERSON mentions that may be a speaker's antecedent or full name: not a credit or a byline,
    not on an `Editor:` or `Baca juga:` line, not a name in quotation marks or a team's name."""
    credits = [(m.start, m.end) for m in analysis.furniture if m.attrs.get("kind") in CREDIT_FURNITURE]
    return [
        m
        for m in analysis.entities_of("PERSON")
        if m.rule not in CREDIT_RULES
        and not inside_any(m, credits)
        and not in_quote_marks(analysis.text, m)
        and not names_a_team(analysis.text, m)
        and not named_as_dead(analysis.text, m)
    ]


def named_as_kin(text: str, mention: Mention) -> bool:
    """`istri X tersebut`, `sahabat karib X itu`: the phrase is someone related to X, whom X is
    only named to place; X is talked about, never a later speaker's antecedent."""
    window = text[max(0, mention.start - 40) : mention.start]
    before = window.split()
    words = coref_words()
    if before and before[-1] in words["relation_modifiers"]:
        before.pop()
    if not before or before[-1].lower() not in words["relation_nouns"]:
        return False
    # In capitals only where it opens a sentence (`Sahabat karib X itu ...`), not inside a name.
    opening = window[: window.rfind(before[-1])].rstrip()
    at_start = not opening and mention.start == len(window)
    return before[-1].islower() or at_start or opening.endswith((".", "!", "?", "\n", "”", '"'))


def named_as_dead(text: str, mention: Mention) -> bool:
    """`almarhum DA`: a person named as dead speaks no later words."""
    before = text[max(0, mention.start - 20) : mention.start].split()
    return bool(before) and before[-1].lower() in coref_words()["deceased_words"]


def names_a_team(text: str, mention: Mention) -> bool:
    """`pemain Elang Hitam`, `fans of the Red Hawks`: a name after a team noun is a team's."""
    before = text[max(0, mention.start - 40) : mention.start].split()
    while before and before[-1].lower() in ("of", "the"):
        before.pop()
    return bool(before) and before[-1] in coref_words()["team_nouns"]


def sentence_subjects(
    analysis: Analysis, people: list[Mention], bounds: list[tuple[int, int]], *, opening: bool = False
) -> list[Mention]:
    """The first of ``people`` in each sentence (``bounds``): the person the sentence is about
    (`Sutrisno juga membandingkan dirinya dengan Harry Potter` is about Sutrisno). With ``opening``, only a person
    that opens its clause (`Sontak AKBP X marah-marah`, `Sementara X`, `..., Perak captain X`),
    not one after a verb or a noun (`rumah milik X`)."""
    text = analysis.text
    ordered = sorted(people, key=lambda m: m.start)
    subjects = []
    index = 0
    for start, end in bounds:
        while index < len(ordered) and ordered[index].start < start:
            index += 1
        # `the Provincial People's Committee X`: a possessive name is part of a longer phrase, not its subject.
        # `Rachmad cs mampu menyerang`: a name with `cs`/`dkk` stands for a team, not the person the sentence is about.
        while (
            index < len(ordered)
            and ordered[index].start < end
            and (
                _POSSESSIVE.match(text, ordered[index].end)
                or _AND_COLLEAGUES.match(text, ordered[index].end)
                or _compared(text, start, ordered[index])
                or (analysis.lang == "en" and _attributive(text, start, ordered[index]))
                or (analysis.lang == "en" and _in_opening_adjunct(text, start, end, ordered, index))
                or (analysis.lang == "en" and _line_label(text, start, end, ordered, index))
            )
        ):
            index += 1
        if index < len(ordered) and ordered[index].start < end:
            person = ordered[index]
            if not opening or _opens_clause(text[start : person.start], analysis.lang):
                subjects.append(person)
    return subjects


def _line_label(text: str, start: int, end: int, ordered: list[Mention], index: int) -> bool:
    """`Golden Ridge: Ghana's Foreign Minister, X, has called ...`: an English name that opens its
    line and stands before a colon is the line's label (often an outlet's name taken for a
    person), not its subject, when another person is named later in the same sentence."""
    person = ordered[index]
    line_start = text.rfind("\n", 0, person.start) + 1
    return (
        not text[max(start, line_start) : person.start].strip()
        and text.startswith(": ", person.end)
        and index + 1 < len(ordered)
        and ordered[index + 1].start < end
    )


def _attributive(text: str, sentence_start: int, person: Mention) -> bool:
    """`the Trump administration`: an English name after an article modifies a noun, no subject."""
    before = text[sentence_start : person.start].split()
    return bool(before) and before[-1].lower() in coref_words()["attributive_name_articles"]


def _in_opening_adjunct(text: str, start: int, end: int, ordered: list[Mention], index: int) -> bool:
    """`Through his legal team of Mr X, Y and Z, W had challenged ...`: an English sentence opened
    by a preposition (``opening_adjunct_prepositions_en``) names X, Y and Z inside its adjunct; the
    sentence is about W, the later person who opens a clause after a comma (`On Monday, X met Y`
    is still about X, who opens the clause itself)."""
    person = ordered[index]
    words = text[start : min(person.start, start + 30)].split(maxsplit=1)
    if not words or words[0].lower().strip(_OPENING) not in coref_words()["opening_adjunct_prepositions_en"]:
        return False
    if _clause_subject(text, start, person):
        return False
    for later in range(index + 1, len(ordered)):
        after = ordered[later]
        if after.start >= end:
            return False
        if "," in text[person.end : after.start] and _clause_subject(text, start, after):
            return True
    return False


def _clause_subject(text: str, start: int, person: Mention) -> bool:
    """Whether ``person`` opens a clause after a comma of its sentence (from ``start``) and is no
    member of a list (`X, Y and Z,`): the word after the name is no `and`, `or`, `&` or comma."""
    before = text[start : person.start]
    if "," not in before or not _opens_clause(before, "en"):
        return False
    rest = text[person.end : person.end + 5].split(maxsplit=1)
    return text[person.end : person.end + 1] not in (",", ";") and not (rest and rest[0] in ("and", "or", "&"))


def _compared(text: str, sentence_start: int, person: Mention) -> bool:
    """`Senada dengan Indun, Yusuf ... mengaku`: a person the sentence opens by comparing with."""
    before = " ".join(text[sentence_start : person.start].split()).lower().rstrip(",")
    return before in coref_words()["comparison_openers"]


_POSSESSIVE = re.compile(r"['’]s?\b")
#: `X cs`, `X dkk` (and colleagues): the name stands for a group.
_AND_COLLEAGUES = re.compile(r"\s+(?:cs|dkk)\b")


@cache
def _role_words(lang: str) -> frozenset[str]:
    """Every word of the titles and roles of ``lang``, in small letters (`captain`, `juru`, `bicara`)."""
    res = load_resources(lang)
    return frozenset(word.lower().rstrip(".") for entry in (*res.titles, *res.roles) for word in entry.split())


def _opens_clause(before: str, lang: str) -> bool:
    """Whether a name after ``before`` (its sentence so far) opens its clause: only capitalised
    words and titles or roles stand between it and the sentence start or a comma
    (`Sharing the same view, Perak captain X`), no verb or noun (`rumah milik X`)."""
    modifiers = 0  # small words before a role (`caretaker coach`, `head coach`)
    role_seen = False
    for token in reversed(before.split()):
        if token.endswith((",", ":", ";")):
            return True
        word = token.strip(_BRACKETS_AND_MARKS)
        if word[:1].isupper():
            continue
        if word.lower().rstrip(".") in _role_words(lang):
            role_seen = True
            continue
        modifiers += 1
        if not role_seen or modifiers > MAX_ROLE_MODIFIERS:
            return False
    return True


def introduced_by_passive(text: str, sentence_start: int, person: Mention, lang: str) -> bool:
    """`Hal itu dibenarkan oleh Kanit Reskrim X`: a passive speech verb (and `oleh`) brings the
    person in as a new speaker, with only titles, roles and capitalised words between."""
    words = text[sentence_start : person.start].split()
    introducers = coref_words()["passive_introducers"]
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower().strip(",")
        if word in introducers:
            rest = words[index + 1 :]
            if rest and rest[0].lower() == "oleh":
                rest = rest[1:]
            return _opens_clause(" ".join(rest), lang)
        if words[index].endswith((",", ".", ";", ":")):
            return False
    return False


def acts_in_sentence(text: str, person: Mention) -> bool:
    """`Tersangka Budi mengaku menyesal`: the name is followed by an active verb (adverbs between), so
    the sentence has the person act, not be talked about (`Budi disebut ...`, `Budi ditangkap`)."""
    return verb_after_name(text, person, "active_verb_prefixes", 3)


def answers_in_sentence(text: str, person: Mention) -> bool:
    """`Minister X firmly denied any wrongdoing`: the English name is followed (adverbs in `-ly`
    between) by a verb of ``rebuttal_verbs_en``, so the person answers what was said of them."""
    for word in text[person.end : person.end + 60].split()[:3]:
        word = word.strip(",.")
        if word.islower() and word.endswith("ly"):
            continue
        return word in coref_words()["rebuttal_verbs_en"]
    return False


def verb_after_name(text: str, person: Mention, prefixes: str, stem: int) -> bool:
    """Whether the first word after ``person`` (sentence adverbs skipped) is a lower-case verb that
    opens with one of the ``prefixes`` word set of ``coref_words.toml`` and has ``stem`` letters or
    more after it."""
    words = coref_words()
    for word in text[person.end : person.end + 60].split()[:4]:
        word = word.strip(",.")
        if word in words["subject_adverbs"]:
            continue
        return word.isalpha() and word.islower() and any(
            word.startswith(prefix) and len(word) >= len(prefix) + stem for prefix in words[prefixes]
        )
    return False


#: How many small words may stand before a role in a clause-opening name (`Perak caretaker coach X`).
MAX_ROLE_MODIFIERS = 1


@cache
def _not_name_words(lang: str) -> frozenset[str]:
    res = load_resources(lang)
    words = {w.lower().rstrip(".") for w in (*res.titles, *res.roles, *res.determiners) if " " not in w}
    words |= {w.lower() for w in (*res.pronouns, *res.stopwords)}
    words |= {w.lower() for w in res.org_tails} | {w.lower() for w in res.org_heads if " " not in w}
    words |= {w.lower() for w in res.entity_words.get("plural_people", ())}  # `Analysts said`: no name
    return frozenset(words)


def common_words_added(analysis: Analysis, short: list[str], longer: list[str]) -> bool:
    """`Budi Santoso Official` for `Budi Santoso`: the longer form adds a title, role, organisation
    or common word (of the page's language or English), so it is no fuller form of the name. The
    particles that open a regional name (`I Nyoman`, `Lalu`, `Ida Bagus`; ``name_prefixes.txt``)
    are the name's own words, though `I` and `lalu` are common words too: `Giri Prasta` is a short
    form of `I Nyoman Giri Prasta`."""
    blocked = _not_name_words_with_english(analysis.lang)
    particles = _name_particles(analysis.lang)
    opening = 0
    while opening < len(longer) - 1 and longer[opening] in particles:
        opening += 1  # only the leading run: `Budi Lalu` adds a common word
    return any(word.lower().rstrip(".,") in blocked for word in longer[opening:] if word not in short)


@cache
def _name_particles(lang: str) -> frozenset[str]:
    """The capitalised words of the name prefixes (`I`, `Ni`, `Nyoman`, `Ida`, `Bagus`, `Lalu`)."""
    return frozenset(word for entry in load_resources(lang).name_prefixes for word in entry.split())


@cache
def _not_name_words_with_english(lang: str) -> frozenset[str]:
    return _not_name_words(lang) | _not_name_words("en")


_NAME_WORD = re.compile(r"[A-Z][a-z'’-]+\.?")


def looks_like_name(analysis: Analysis, mention: Mention) -> bool:
    """`BPBD Kabupaten X, Marzuki, menyatakan`: a speaker of one to three capitalised words,
    none of them a title, role, organisation word or common word, and no entity over it, is a
    person's name the entity rules did not know."""
    words = analysis.text[mention.start : mention.end].split()
    if not 1 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(word) for word in words):
        return False
    blocked = _not_name_words(analysis.lang)
    if any(word.lower().rstrip(".") in blocked for word in words):
        return False
    if " ".join(words).lower().rstrip(".") in _spaced_roles(analysis.lang):
        return False  # `kata Wali Kota`: a title alone is a role, resolved to its holder
    return not any(m.start < mention.end and mention.start < m.end for m in analysis.entities)


@cache
def _spaced_roles(lang: str) -> frozenset[str]:
    """The titles and roles of more than one word (`Wali Kota`, `Kepala Desa`), in small letters."""
    res = load_resources(lang)
    return frozenset(w.lower().rstrip(".") for w in (*res.titles, *res.roles) if " " in w)


@cache
def coref_words() -> dict[str, frozenset[str]]:
    """The word sets of speaker resolution (`common/coref_words.toml`)."""
    return {name: frozenset(words) for name, words in read_toml("common", "coref_words.toml").items()}


def describes_a_person(analysis: Analysis, speaker: Mention) -> bool:
    """`politisi Partai Maju itu`: an Indonesian description whose head (its first word, after
    `eks`/`mantan`) is a person noun describes that person, whatever organisation it names."""
    if analysis.lang == "en":
        return False
    words = [w.lower().strip(".,") for w in analysis.text[speaker.start : speaker.end].split()]
    words = words[1:] if words and words[0] in coref_words()["person_head_openers"] else words
    return bool(words) and (words[0] in coref_words()["person_heads"] or words[0] in _one_word_roles(analysis.lang))


@cache
def _one_word_roles(lang: str) -> frozenset[str]:
    """One-word roles in small letters (`kasat`, `kapolres`, `hakim`): `mantan Kasat Lantas X itu`
    is a person. `Ma-` words (`Mapolres`, `Makodim`) name a headquarters, not a person."""
    return frozenset(w.lower() for w in role_heads(lang) if not w.lower().startswith("ma"))


def widen_abbreviated_names(analysis: Analysis) -> None:
    """`Iptu Amir Dg. Ngalle`: a PERSON cut at an abbreviated part of the name takes the
    capitalised words after its full stop."""
    text = analysis.text
    for person in analysis.entities_of("PERSON"):
        last = text[person.start : person.end].split()[-1:]
        if not last or last[0] not in coref_words()["name_abbreviations"] or text[person.end : person.end + 1] != ".":
            continue
        rest = _REST_OF_NAME.match(text, person.end + 1)
        if rest is None:
            continue
        end = rest.end()
        if any(m is not person and m.start < end and person.end < m.end and m.label != "PERSON" for m in analysis.entities):
            continue
        # A later part of the same name tagged alone (`Ngalle`) is now inside the whole name.
        analysis.entities[:] = [
            m for m in analysis.entities if not (m.label == "PERSON" and person.end < m.start and m.end <= end)
        ]
        person.end = end


_REST_OF_NAME = re.compile(r" [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?(?=[\s,.;:)]|$)")


@cache
def _organisation_tails(lang: str) -> frozenset[str]:
    return frozenset(word.lower() for word in load_resources(lang).org_tails)


def drop_organisation_words(analysis: Analysis) -> None:
    """`Vice Chairman of the Provincial People's Committee Tran Van Minh`: a rule's PERSON that starts with
    the last word of the organisation before it (`Committee`, `Council`) loses that word, when two
    words of the name remain."""
    tails = _organisation_tails(analysis.lang)
    text = analysis.text
    for person in analysis.entities_of("PERSON"):
        words = list(re.finditer(r"\S+", text[person.start : person.end]))
        if person.source == "rule" and len(words) >= 3 and words[0].group().lower() in tails:
            person.start += words[1].start()
