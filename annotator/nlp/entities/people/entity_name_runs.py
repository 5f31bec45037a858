"""Where a person's name ends: the run of capitalised words a name rule takes (particles, middle
initials and a nickname in quotation marks inside it, a rank or a known name closing it), and
whether the words of a run can be a name at all. Shared by the capitalised-run rule
(``entity_people``), the roles before a name (``entity_roles``) and gazetteer names
(``entity_known_names``)."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from annotator.nlp.entities.entity_state import HYPHEN_PARTICLE, MAX_NAME_WORDS, EntityState
from annotator.nlp.entities.people import entity_initials
from annotator.nlp.entities.people.entity_common_nouns import only_common_nouns
from annotator.nlp.entities.people.entity_vietnamese import vietnamese_opening
from annotator.nlp.resources import load_resources
from annotator.nlp.text.marks import CLOSING_MARKS, OPENING_MARKS

DIGIT = re.compile(r"\d")
#: Dotted initials inside a name, written as one word before their last stop (`H.H`, `S.P`).
DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")


def hyphened_particle(word: str, particles: Collection[str], *, any_case: bool = False) -> bool:
    """`al-Thani`, `el-Sayed`: a name particle (``name_particles``) joined by a hyphen to a capitalised
    word; with ``any_case`` the particle may be capitalised too (`Al-Thani` opening a sentence)."""
    particle, hyphen, rest = word.partition("-")
    if any_case:
        particle = particle.lower()
    return bool(hyphen) and particle in particles and rest[:1].isupper()


def small_particle_elsewhere(s: EntityState, first: int, end: int) -> bool:
    """A capitalised name particle opening the run ``first``..``end`` (`Van Dalen said`, `De Vries`
    at a sentence start) that the text also writes in small letters before the same next word
    (`Joost van Dalen`): the surname's own particle, not a common word."""
    word = s.word(first)
    small = word.lower()
    if first + 1 >= end or small == word or not any(small in entry.split() for entry in s.words.name_particles):
        return False
    return re.search(rf"\b{re.escape(small)} {re.escape(s.word(first + 1))}\b", s.text) is not None


@cache
def prefix_words(lang: str) -> frozenset[str]:
    """The words of the regional name prefixes (`I`, `Nyoman`, `Anak`, `Agung`; ``name_prefixes.txt``)."""
    return frozenset(word for entry in load_resources(lang).name_prefixes for word in entry.split())


def prefixed_name(s: EntityState, first: int, end: int) -> bool:
    """Whether the run ``first``..``end`` opens with a regional name prefix and a word after it
    (`Ketut Sri Karyawati`, `I Wayan Suparta`): a person's name, never a place's."""
    return end > first + 1 and s.word(first) in prefix_words(s.analysis.lang)


def name_run(s: EntityState, index: int, *, opening_initial: bool = False) -> int:
    """Index after a run of capitalised words (particles allowed inside) starting at ``index``;
    with ``opening_initial`` (after a title) the run may open with an initial (`Insp. Gen. M. Iqbal`)."""
    lex = s.lex
    k = index
    initial = opening_initial and initial_opens(s, index)
    particles = 0  # `bin`, `van der`: no count against the name's length (`Muhammad Irfan Danyal bin Mohamad Nor`)
    while (
        k < s.n
        and s.free(k)
        and (k == index or s.joined(k - 1, k) or inner_name_gap(s, k) or (initial and k == index + 1))
        and k - index - particles < MAX_NAME_WORDS
    ):
        token = s.tokens.tokens[k]
        if token.text in s.words.name_particles or (k - index == particles and token.text in prefix_words(s.analysis.lang)):
            particles += 1  # `Anak Agung Gede Ngurah Ari Dwipayana`: the opening prefixes are no count either
        if k > index and s.tokens.gap(k - 1, k) in NICKNAME_OPENERS:
            k += 2  # `Joko "Jokowi" Widodo`: inner_name_gap checked the nickname and the surname
            continue
        if (
            k > index
            and lex.titles.match(s.tokens, k)
            and not bare_title_ends_name(s, k)
            and token.text not in s.words.name_final_titles  # `Zaw Min Tun`, `Min Ko Naing`: a word of the name
            and not fathers_title(s, index, k)
            and not initials_title(s, index, k)
        ):
            break  # `... Penjaringan AKBP Susetio`: a rank starts the next name
        if k > index:
            head_follows = s.cap_word(k + 1) and s.joined(k, k + 1)
            # `Kafue River`, `Chanthabouly District, Laos`: a closing natural or administrative word
            # `Xaythany District Governor X`: a role after the administrative word closes the place
            closing_tail = (token.text in s.res.loc_tails or token.text in s.res.place_suffixes) and (
                not head_follows or (token.text in s.res.place_suffixes and bool(lex.roles.match(s.tokens, k + 1)))
            )
            if (
                s.is_head(k)
                and not closing_tail
                and not (token.text in s.words.inner_name_words and head_follows and not_longer_role(s, k))  # `Lukman Hakim S.`
                and (head_follows or not lex.roles.match(s.tokens, k) or lex.roles.match(s.tokens, k)[0] > k + 1)
            ):
                break
            gaz = lex.gazetteer.match(s.tokens, k)
            # A one-word known name may end a personal name (`Kadek Dwi Antara`), not begin a new entity.
            if (
                gaz
                and (gaz[0] - k > 1 or (s.cap_word(k + 1) and s.joined(k, k + 1) and token.text not in lex.weak_places))
                and not entity_initials.middle_initials(s, k)
            ):
                break
        if (
            (token.is_cap and (token.text not in lex.stopwords or inner_name_word(s, index, k)) and not DIGIT.search(token.text))
            or (token.text in s.words.name_particles and k > index and particle_goes_on(s, k + 1))
            or (k > index and HYPHEN_PARTICLE.match(token.text))
            or (k == index and prefix_starts_name(s, k))
        ):
            k += 1
        else:
            break
    return k


def fathers_title(s: EntityState, index: int, k: int) -> bool:
    """`Suhaimi bin Haji Gafar`: after a patronymic particle of the run, a title is the father's
    and part of the name, when a capitalised word follows it."""
    if not (s.cap_word(k + 1) and s.joined(k, k + 1)):
        return False
    return any(s.word(j) in s.words.patronymic_particles for j in range(max(index, k - 4), k))


def initials_title(s: EntityState, index: int, k: int) -> bool:
    """`Rina H. Siregar`, `Djoko M.H. Sitompul`: a title spelt as initials (`H.` for Haji, `M.H.`)
    between a given name and a surname, with no known place before it, is the name's middle initial."""
    word = s.word(k)
    if not ((len(word) == 1 and word.isupper()) or DOTTED_INITIALS.match(word)):
        return False
    if s.tokens.gap(k, k + 1) != ". " or not s.cap_word(k + 1):
        return False
    return not any(s.lex.gazetteer.match(s.tokens, j) for j in range(index, k))


def bare_title_ends_name(s: EntityState, k: int) -> bool:
    """`Lim Wei Sen`, `Julie Bishop`: a short title (`Sen` of `Sen.`) or a title that is also a surname
    (``surname_titles``) with no name after it is the last word of a name, not a title."""
    word = s.word(k)
    titled = word in s.dotted_titles or word in s.words.surname_titles
    return titled and not (s.cap_word(k + 1) and s.tokens.gap(k, k + 1) in (" ", ". "))


def inner_name_word(s: EntityState, index: int, k: int) -> bool:
    """`Andjar Hari Purnomo`: a stop word that is also a given name, between two words of a name."""
    return k > index and s.word(k) in s.words.inner_name_words and s.cap_word(k + 1) and s.joined(k, k + 1)


#: What opens a nickname inside a name (`Joko "Jokowi" Widodo`) and what closes it.
NICKNAME_OPENERS = frozenset(" " + mark for mark in OPENING_MARKS)


NICKNAME_CLOSERS = frozenset(mark + " " for mark in CLOSING_MARKS)


def not_longer_role(s: EntityState, k: int) -> bool:
    """The role at ``k`` is the one word (`Hakim`), not a longer role (`Hakim Konstitusi`)."""
    role = s.lex.roles.match(s.tokens, k)
    return role is None or role[0] == k + 1


def initial_opens(s: EntityState, index: int) -> bool:
    """`M. Iqbal`: one capital letter, its stop and a capitalised word that is no stop word."""
    word = s.word(index)
    short_capitals = len(word) <= 2 and word.isalpha() and word.isupper() and word not in s.lex.stopwords
    if s.analysis.lang == "en" and short_capitals and s.joined(index, index + 1) and s.cap_word(index + 1):
        return True  # `Senator JV Ejercito`, `Minister K Shanmugam`
    return (
        len(word) == 1
        and word.isupper()
        and index + 1 < s.n
        and s.tokens.gap(index, index + 1) == ". "
        and s.cap_word(index + 1)
    )


def inner_name_gap(s: EntityState, k: int) -> bool:
    """Whether word ``k`` goes on with the name before it across punctuation: after a middle
    initial (`Johnny G. Plate`), or as a nickname in quotation marks followed by the surname
    (`Joko "Jokowi" Widodo`)."""
    if k < 1 or k + 1 > s.n:
        return False
    gap = s.tokens.gap(k - 1, k)
    previous = s.word(k - 1)
    initial = (len(previous) == 1 and previous.isupper()) or DOTTED_INITIALS.match(previous)  # `G.`, `H.H.`
    if gap == ". " and initial and k >= 2 and s.tokens.tokens[k].is_cap:
        if s.joined(k - 2, k - 1) and (s.word(k - 2)[:1].isupper() or s.word(k - 2) in s.words.name_particles):
            return True  # `Johnny G. Plate`, `Nanto bin M. Husen`, not `... RI. Dia`
        return s.word(k - 2) in s.dotted_titles and s.tokens.gap(k - 2, k - 1) == ". "  # `Dr. P.B. Perera`
    if gap in NICKNAME_OPENERS and s.tokens.tokens[k].is_cap and k + 1 < s.n:
        return s.tokens.gap(k, k + 1) in NICKNAME_CLOSERS and s.cap_word(k + 1) and s.word(k - 1)[:1].isupper()
    return False


def particle_goes_on(s: EntityState, k: int) -> bool:
    """After a name particle: a capitalised word, or another particle and then one (`Hans van der Berg`)."""
    if s.cap_word(k) and s.joined(k - 1, k):
        return True
    return s.word(k) in s.words.name_particles and s.joined(k - 1, k) and s.cap_word(k + 1) and s.joined(k, k + 1)


def prefix_starts_name(s: EntityState, index: int) -> bool:
    """A name prefix that is also a common word (`Lalu` 'then') starts a name inside a sentence,
    before a capitalised word that is no portfolio word (`Lalu Lintas` is traffic)."""
    word = s.word(index)
    if vietnamese_opening(s, index):
        return True
    return (
        word in s.res.name_prefixes
        and not s.tokens.sentence_initial(index)
        and s.cap_word(index + 1)
        and s.joined(index, index + 1)
        and s.lex.portfolio.match(s.tokens, index) is None
    )


#: The plural of an acronym (`OCs`, `MPs`, `DCs`).
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def valid_name(s: EntityState, first: int, end: int, common_words: bool = True) -> bool:
    """Whether ``first``..``end`` can be a name: no word rules it out (a portfolio's or unit's word,
    an acronym's plural, a lone letter that is no initial) and, unless ``common_words`` is False
    (the caller has asked it already), not only common words (`... Masa Jabatan 2025-2030`)."""
    for k in range(first, end):
        word = s.tokens.tokens[k].text
        if word in s.res.name_prefixes:
            continue
        if word in s.portfolio_words or word in s.words.unit_words or s.portfolio_shaped(k):
            return False
        if PLURAL_ACRONYM.fullmatch(word):
            return False  # `Chattogram OCs`, `two MPs`: the plural of a role's initials is no name word
        middle = first < k < end - 1 and word.isupper()  # `Edy M Yakub`: a middle initial without its stop
        # `K Shanmugam`; `Brigjen E Widyo Sunaryo`: an initial after a rank
        opening = k == first < end - 1 and word.isupper() and (s.analysis.lang == "en" or entity_initials.rank_initial(s, k, end))
        if len(word) == 1 and word not in s.res.name_prefixes and s.tokens.gap(k, k + 1)[:1] != "." and not (middle or opening):
            return False
    return not common_words or not only_common_nouns(s, first, end)
