"""Place rules and the place predicates other rules share: a place type before a name
(`Kecamatan Pakenjeng`, a spaCy ``Matcher`` shape), a compass word before a known place
(`East Jakarta`), the endings that continue a place (`Aceh Tengah`, `Kafue River`), and where an
unknown capitalised word is a place (`di Gunungsitoli`, `in Sohar`, lists of places)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from annotator.nlp.entities.bodies.entity_numbered_bodies import ROMAN_NUMERAL
from annotator.nlp.entities.entity_state import AGE_AFTER, EntityState
from annotator.nlp.entities.people import entity_residents as residents
from annotator.nlp.entities.people.entity_common_nouns import is_common_noun
from annotator.nlp.entities.places import entity_lower_places
from annotator.nlp.entities.places import entity_place_acronyms as place_acronyms
from annotator.nlp.entities.places.entity_community_places import community_before
from annotator.nlp.entities.places.entity_gazetteers import country_names, local_area_names
from annotator.nlp.entities.places.entity_place_lists import (
    announced_first_item,
    first_of_known_list,
    framed_place_list,
    long_place_list,
)
from annotator.nlp.resources import read_toml

_ORDINAL = re.compile(r"[Kk]e-?\d")


@cache
def _bare_place_types(lang: str) -> frozenset[str]:
    """Type words that are never part of the place's name (`Kampung Mertodranan` -> `Mertodranan`)."""
    return frozenset(read_toml(lang, "entity_words.toml").get("bare_place_types", []))


def compass_place(s: EntityState, index: int) -> int | None:
    """`East Jakarta`: a compass word before a known place is part of it."""
    if s.word(index) not in s.words.compass or not s.joined(index, index + 1):
        return None
    follow = s.gazetteer(index + 1)
    if not follow or follow[1] != "GPE":
        return None
    if s.analysis.lang == "en" and s.text[s.tokens.starts[index + 1] : s.tokens.ends[follow[0] - 1]] in country_names():
        s.block(index, index)  # `Northern Nigeria`: a quarter of a country is no unit, the country alone (en_ents23)
        return index + 1
    s.add(index, follow[0] - 1, "GPE")
    return follow[0]


def place_type(s: EntityState, index: int) -> int | None:
    """`Kecamatan Pakenjeng`: an administrative type word and the name after it are a GPE (the
    shared decisions of 2026-12-05); after `Pemerintah` or a title only the name is."""
    if s.word(index) in s.res.place_types and entity_lower_places.lowercase_place(s, index + 1):
        s.add(index + 1 if governed_place(s, index) else index, index + 1, "GPE")  # `Kabupaten ponorogo`
        return index + 2
    if s.word(index) in s.words.abbreviated_place_types:
        return abbreviated_place_type(s, index)
    if s.word(index) in s.words.named_place_types and not (s.cap_word(index + 1) and s.joined(index, index + 1)):
        s.add(index, index, "GPE")  # `Kabupaten Tapin, Banjar, Tanah Laut`: the regency named like the type
        return index + 1
    if s.word(index) not in s.res.place_types or s.shape("place_type", index) is None:
        return None
    if not s.cap_word(index + 1) or not s.joined(index, index + 1):
        return None
    if _ORDINAL.match(s.word(index + 1)):
        return None  # `Hari Jadi Kota Ke-352`: an anniversary's count, not a place's name
    if type_of_role_body(s, index):
        s.block(index, index)  # `Cathaoirleach of the District Martin Nolan`: the role's body, then the name
        return index + 1
    if s.analysis.lang == "en" and (s.lex.roles.match(s.tokens, index + 1) or s.lex.roles.match(s.tokens, index)):
        return None  # `Manila Police District Chief X`, `District Police Officer X`, `Barangay Captain X`: a role
    if s.joined(index - 1, index) and (
        s.word(index - 1).lower() in s.words.count_words or (s.word(index - 1).isdigit() and not address_number(s, index - 1))
    ):
        return None  # `tiga desa`, `Tiga Desa Kesulitan Air`: a count of places (not `RW 003, Desa X`)
    k = place_name_end(s, index + 1, max_words=3)
    if s.analysis.lang == "en":
        k = next((j for j in range(index + 2, k) if s.tokens.tokens[j].is_upper), k)  # `Bukit Aman CID`: no acronym
        if s.word(k) in s.res.facility_tails and s.joined(k - 1, k):
            s.block(index, k - 1)  # `Bukit Jalil National Stadium`: a building's name, no place
            return k
    if in_role_chain(s, index) and not s.gazetteer(index + 1):
        k = bounded_place_end(s, index + 1, k)  # `Ketua Apdesi Kecamatan Wayratai | Misbahush Shurur`
    elif not s.gazetteer(index + 1):
        k = residents.resident_place_end(s, index, k)  # `warga Desa Konbaki | Yohanes Tefa`
    k = place_acronyms.spelt_end(s, index, index + 1, k)  # `Kelurahan Lahi Lai Besi Koepan (LLBK)`
    k = numbered_village_end(s, index, k)
    if governed_place(s, index) or s.word(index) in _bare_place_types(s.analysis.lang) or slashed_types(s, index):
        s.block(index, index)  # `Pemerintah Kota Denpasar`, `Wali Kota Depok`: the place alone
        s.add(index + 1, k - 1, "GPE")
    else:
        s.add(index, k - 1, "GPE")  # `di Kota Tual`, `Kecamatan Ulu Musi`: the type word is part of it
    return k


def type_of_role_body(s: EntityState, index: int) -> bool:
    """English: a bare type word after `<role> of the` (`Cathaoirleach of the District X`) names the
    body the role heads, so the capitalised words after it are the holder's name, no place."""
    if s.analysis.lang != "en" or s.word(index - 1) != "the" or s.word(index - 2) != "of":
        return False
    for start in (index - 3, index - 4):
        role = s.lex.roles.match(s.tokens, start) if start >= 0 else None
        if role and role[0] == index - 2:
            return True
    return False


def abbreviated_place_type(s: EntityState, index: int) -> int | None:
    """`Prov. Kalteng`, `Kab. Lebak`: a type word shortened with its stop (``abbreviated_place_types``)
    and the name after it are one GPE, as the type written out is (`Provinsi Kalteng`); after
    `Pemerintah` or a title the name alone (id_lists3). Before, the stop cut the type off as a
    place of its own."""
    name = index + 1  # the stop is no word of the index: the gap is `. `
    if s.tokens.gap(index, name) not in (". ", ".") or not s.cap_word(name):
        return None
    k = place_name_end(s, name, max_words=3)
    if governed_place(s, index):
        s.block(index, index)  # `Pemerintah Prov. Jawa Barat`: the place alone
        s.add(name, k - 1, "GPE")
    else:
        s.add(index, k - 1, "GPE")
    return k


def numbered_village_end(s: EntityState, index: int, k: int) -> int:
    """`Kelurahan Batu IX`, `Desa Sidomulyo II`: a village or ward numbered with a Roman number (up
    to `XIV`) keeps it, after a village type (``village_types``); not when a capitalised word
    follows the number (`Desa Sukamaju I Made Sudi`: a Balinese name opens there)."""
    if s.word(index) not in s.words.village_types or not (s.free(k) and s.joined(k - 1, k)):
        return k
    if not ROMAN_NUMERAL.match(s.word(k)) or (s.cap_word(k + 1) and s.joined(k, k + 1)):
        return k
    return k + 1


def slashed_types(s: EntityState, index: int) -> bool:
    """`Desa/Kecamatan Kubutambahan`: two type words for a village and its district of one name;
    the name alone is the GPE (the ninth batch's gold)."""
    return s.word(index - 1) in s.res.place_types and s.tokens.gap(index - 1, index) == "/"


def in_role_chain(s: EntityState, index: int) -> bool:
    """The place type at ``index`` goes on a chain of role, unit and place that an earlier rule
    took (`Ketua Apdesi | Kecamatan X`, `Kepala Desa Wates | Kecamatan X`): a name may follow."""
    return index >= 1 and s.joined(index - 1, index) and s.tokens.tokens[index - 1].is_cap and not s.free(index - 1)


def bounded_place_end(s: EntityState, first: int, end: int) -> int:
    """Where an unknown place's name from ``first`` ends when a person's name may follow it: the
    longest district or village name of ``areaid`` among the words before ``end``, else one word."""
    names = local_area_names()
    tokens = s.tokens.tokens
    for j in range(end, first + 1, -1):
        if s.text[tokens[first].start : tokens[j - 1].end] in names:
            return j
    return first + 1


def place_in_role(
    s: EntityState, index: int, k: int, role_end: int, inner: list[tuple[int, int, str]], *, after_portfolio: bool = False
) -> int | None:
    """A place named inside a role (the role's head at ``index``, its words read up to ``k``): the
    place type ending a head's role (`Kepala Desa | Wates`) or a place type after a place of the
    chain (`... Desa Wates | Kecamatan Wayratai | Andes`). With ``after_portfolio`` the role's
    portfolio ends at ``k`` (`Ketua Pemuda | Desa X`). Adds the GPE, type word included, to
    ``inner`` and returns the word after it; None when there is none."""
    if k == role_end and s.word(index) in s.words.place_heads and s.word(k - 1) in s.res.place_types:
        first = k  # `Kepala Desa Wates`
    elif inner and inner[-1][2] == "GPE" and inner[-1][1] == k - 1 and s.word(k) in s.res.place_types and s.joined(k, k + 1):
        first = k + 1  # `Kecamatan Wayratai` after `Desa Wates`
    elif k == role_end and s.word(k) in s.res.place_types and s.joined(k, k + 1) and regional_role_ends(s, index, k):
        first = k + 1  # `Kades Desa Wates`, `Camat Kecamatan Wates`: the place type after a regional title
    elif (s.word(index) in s.words.community_roles or after_portfolio) and s.word(k) in s.res.place_types and s.joined(k, k + 1):
        first = k + 1  # `Tokoh Masyarakat Desa Turus X`, `Ketua Pemuda Desa X`: the community the role stands for
    else:
        return None
    if first >= s.n or not s.tokens.tokens[first].is_cap or not s.joined(first - 1, first) or not s.free(first):
        return None
    if s.word(first) in s.res.titles and not s.gazetteer(first):
        return None  # `Kapolres Pekalongan Kota AKBP Budi`: a rank after the place, no place's name
    if s.in_title_line(first) or s.word(first).lower() in s.lower_words or is_common_noun(s, first):
        return None  # a headline's `Kepala Desa Harus ...`, `Kepala Desa Masa Jabatan ...`: a word of the language, no village
    gaz = s.gazetteer(first)
    if gaz and gaz[1] == "GPE":
        end = longer_village_end(s, first, gaz[0], 3)  # `Kepala Desa Batu Merah X`: the village, not the city `Batu`
    else:
        end = bounded_place_end(s, first, place_name_end(s, first, max_words=3))
    inner.append((first - 1, end - 1, "GPE"))
    return end


def regional_role_ends(s: EntityState, index: int, end: int) -> bool:
    """The role read from ``index`` to ``end`` ends with a regional title (`Kades`, `Pj Kuwu`)."""
    words = [s.word(j) for j in range(index, end)]
    return any(" ".join(words[i:]) in s.words.regional_roles for i in range(len(words)))


#: Words whose number is an address, not a count (`RT. 03 RW. 04 Dusun X`, `Gang 7 Desa X`).
ADDRESS_WORDS = frozenset({"RT", "RW", "Gang", "Gg", "No", "Nomor", "Blok", "Km", "KM"})


def address_number(s: EntityState, number: int) -> bool:
    """The number at ``number`` follows an address word (`RW. 04`, `Gang 7`)."""
    return s.word(number - 1) in ADDRESS_WORDS  # punctuation is no word: `RW. 04` has `RW` before `04`


def governed_place(s: EntityState, index: int) -> bool:
    """Whether the place type at ``index`` follows a government word or a title (`Pemerintah`,
    `Pemkot`, `Wali`), after which the guidelines give the place alone."""
    if index < 1 or not s.joined(index - 1, index):
        return False
    before = s.word(index - 1)
    return before in s.words.government_words or bool(s.lex.titles.match(s.tokens, index - 1))


def place_ending(s: EntityState, end: int, label: str) -> tuple[int, str]:
    """After a known place ending before ``end``: compass words that continue it (`Aceh Tengah`) or a
    natural-feature word that makes it a LOC (`Ciliwung River`)."""
    k = end
    while k < s.n and s.free(k) and s.word(k) in s.res.place_suffixes and s.joined(k - 1, k):
        k += 1
    tail = k < s.n and s.free(k) and s.word(k) in s.words.admin_tails and s.joined(k - 1, k)
    if label == "GPE" and tail and not police_word_after(s, k):
        k += 1  # `Sagaing Region`, `Cao Bang City`; `Thimphu City police` gives the place alone
    if k == end and k < s.n and s.free(k) and s.word(k) in s.res.loc_tails and s.joined(k - 1, k):
        return k + 1, "LOC"
    return k, label


def police_word_after(s: EntityState, index: int) -> bool:
    """A small-letter police word right after word ``index`` (`Thimphu City police`)."""
    return index + 1 < s.n and s.word(index + 1) in s.words.place_police and s.joined(index, index + 1)


def place_name_end(s: EntityState, first: int, *, max_words: int) -> int:
    """Index after a place name at ``first``: a known name or up to ``max_words`` capitalised
    words, with the compass and position words after it (`Bandung Barat`, `Timor Tengah Selatan`)."""
    gaz = s.gazetteer(first)
    if gaz:
        k = longer_village_end(s, first, gaz[0], max_words)
    else:
        k = first
        while k < s.n and s.cap_word(k) and (k == first or s.joined(k - 1, k)) and k - first < max_words:
            if k > first and (s.is_head(k) or s.word(k) in s.res.place_suffixes or s.word(k) in s.res.place_types):
                if s.lex.loc_heads.match(s.tokens, k) == (k + 1, "LOC") and not (s.cap_word(k + 1) and s.joined(k, k + 1)):
                    k += 1  # `Desa Gambus Laut`: a natural word closing the name opens no sea of its own
                    break
                break  # `Dusun Gedangan Desa Surat`: the next place type opens the next place
            if k > first and s.word(k) in s.words.address_words:
                break  # `Kampung Polokiong RT 06/RW 01`: the neighbourhood's number, no part of the name
            if k > first and s.in_title_line(k) and (s.gazetteer(k) or s.word(k).lower() in s.lower_words):
                break  # a headline's `Desa Wangandowo Pekalongan Mengungsi`: the regency and a verb are no part of it
            k += 1
    while k < s.n and s.free(k) and s.word(k) in s.res.place_suffixes and s.joined(k - 1, k):
        k += 1
    return k


def longer_village_end(s: EntityState, first: int, end: int, max_words: int) -> int:
    """After a place type, a known place ending at ``end`` may only open a village's or district's
    longer name (`Desa Batu Merah`: `Batu` is a city): the longest name of ``areaid`` from ``first``
    over capitalised words that are no known place, head or place type of their own."""
    k = end
    while k < s.n and k - first < max_words and s.cap_word(k) and s.joined(k - 1, k) and s.free(k):
        if s.gazetteer(k) or s.is_head(k) or s.word(k) in s.res.place_types or s.word(k) in s.res.place_suffixes:
            break
        k += 1
    names = local_area_names()
    tokens = s.tokens.tokens
    for j in range(k, end, -1):
        if s.text[tokens[first].start : tokens[j - 1].end] in names:
            return j
    return end


def place_context(s: EntityState, index: int) -> bool:
    """Right after a preposition of place (`di`, `asal`, `in`, `the town of`), or in a list that
    follows a place (`di Mimika Baru, Kuala Kencana, dan Tembagapura`)."""
    if index < 1 or s.naming_context(index) or s.lex.event_heads.match(s.tokens, index):
        return False  # `di Olimpiade 2028`: an event, not a place
    if age_follows(s, index):
        return False  # `di Brondong, Lamongan, dan M Syaif Ali (17)`: an age follows a person, never a place
    if s.tokens.gap(index - 1, index) == ", ":
        if s.word(index) in s.res.name_prefixes and s.cap_word(index + 1):
            return False  # `Indonesia, I Made Wirahadi dan ...`: a Balinese name, no list of places
        if governed_by_role(s, index - 1):
            return False  # `the governor of Jambi, Zumi Zola and ...`: the name in apposition, no list of places
        if list_goes_on(s, index) and place_ends_at(s, s.tokens.tokens[index - 1].end):
            return True
        return long_place_list(s, index) or framed_place_list(s, index)
    if not s.joined(index - 1, index):
        return False
    before = s.word(index - 1)
    if before in s.words.place_prepositions and not second_of_pair(s, index):
        return True
    if before.lower() in s.words.place_prepositions and s.tokens.sentence_initial(index - 1):
        return True  # `In Itogon, Benguet, ...`
    if before == "of" and s.word(index - 2).lower() in s.words.place_nouns and s.word(index - 2) != "State":
        return True  # `the town of Fort Calloway` (a `State of Emergency` is no place)
    if head_of_place(s, index) or origin_of_someone(s, index) or announced_first_item(s, index):
        return True
    if before in ("dan", "and") and index >= 2:
        return place_ends_at(s, s.tokens.tokens[index - 2].end) and not from_place(s, index)
    return s.analysis.lang == "id" and first_of_known_list(s, index)


def second_of_pair(s: EntityState, index: int) -> bool:
    """`dari Adib Santoso ke Ali Rahman`: the run at ``index`` follows a pair's closing word (`ke`,
    ``pair_closers``) right after a person's name that the pair's opening word (`dari`) stands
    before; it is the second person of the pair, not a place. One word alone after the closing word
    stays a place (`dari Budi Santoso ke Cibeber`: a village as likely as a person)."""
    if index < 3 or s.word(index - 1) not in s.words.pair_closers or not s.joined(index - 2, index - 1):
        return False
    if not (s.cap_word(index + 1) and s.joined(index, index + 1)):
        return False
    before = s.tokens.tokens[index - 2].end
    for mention in s.latest(2):
        if mention.label == "PERSON" and mention.end == before:
            first = s.tokens.first_at_or_after(mention.start)
            return first > 0 and s.word(first - 1) in s.words.pair_openers and s.joined(first - 1, first)
    return False


def origin_of_someone(s: EntityState, index: int) -> bool:
    """`a man from Kwelumba`, `residents of Mbaraki`, `Grace Wambui, 28, of Kiboko`: where someone
    lives or comes from. After a noun of inhabitants (``community_nouns``) and `of` or `from`, after
    a noun of one person (``origin_person_nouns``) and `from` (`the family of X` is a person's), and
    after an age between commas and `of`, the word is a place (English tables; en_names10 round)."""
    before = s.word(index - 1)
    if before not in s.words.community_prepositions:
        return False  # every frame below ends in one of them (none in a language without the tables)
    at = s.tokens.tokens[index - 1].start
    if before == "from" and AGE_AS_NOUN.search(s.text, max(0, at - 20), at):
        return True  # `the 33-year-old from Raiwai`: an age used as the noun of one person (en_fresh1)
    noun = s.word(index - 2).lower()
    if before == "of" and index >= 3 and s.tokens.gap(index - 2, index - 1) == s.tokens.gap(index - 3, index - 2) == ", ":
        return noun.isdigit() and len(noun) <= 3
    return s.joined(index - 2, index - 1) and community_before(s, noun, before)


def head_of_place(s: EntityState, index: int) -> bool:
    """`mayor of Impasug-ong`, `the governor of Maguindanao`: a regional role and `of` before the
    word (any case; `Governor of Bank Indonesia` is a known body, found before this)."""
    return (
        index >= 2
        and s.word(index - 1) == "of"
        and s.joined(index - 2, index - 1)
        and s.joined(index - 1, index)
        and s.word(index - 2).lower() in {role.lower() for role in s.words.regional_roles}
    )


def place_noun_after(s: EntityState, end: int) -> str | None:
    """`Khlong Luang district`, `Ronda town`, `Siargao island`: a run right before a small-letter
    place noun is a place; the label it gives (GPE, or LOC for an island), else None. Each name of a
    list before a plural one is a place too (`Kin Ma and Win Chone villages`, `Bang Na, Wang Thong
    Lang and Ratchathevi districts`)."""
    if listed_before_plural_place(s, end) or police_after(s, end):
        return "GPE"
    if end >= s.n or not s.joined(end - 1, end) or s.word(end) not in s.words.place_nouns_after:
        return None
    return "LOC" if s.word(end) in s.words.island_nouns else "GPE"


def police_after(s: EntityState, end: int) -> bool:
    """Small-letter police words right after the run (`Bhanga police station`, `Kotalipara highway
    police`): the run names the police's place."""
    if not s.has_any_word(s.words.place_police):
        return False  # the last test below needs one of these words
    if s.word(end - 1) in s.words.police_adjectives or s.lex.demonyms.match(s.tokens, end - 1):
        return False  # `National police spokesman X`, `Philippine police`: the force, no place
    k = end
    if k < s.n and s.joined(k - 1, k) and s.word(k) in s.words.place_police_kinds:
        k += 1
    return k < s.n and s.joined(k - 1, k) and s.word(k) in s.words.place_police


def later_list_items(s: EntityState, end: int, *, and_joined: bool) -> Iterator[int]:
    """The end of each later item of a list that the name ending before word ``end`` opens or is
    part of (`, X`, `and X`, `, and X`; an item is up to four joined capitalised words), at most
    ``MAX_LIST_ITEMS`` of them, until the list breaks. ``and_joined``: `and` must be followed by a
    single space."""
    k = end
    for _ in range(MAX_LIST_ITEMS):
        if k >= s.n:
            return
        if s.word(k) == "and" and s.tokens.gap(k - 1, k) in (" ", ", "):
            k += 1
            if and_joined and not s.joined(k - 1, k):
                return
        elif s.tokens.gap(k - 1, k) != ", ":
            return
        item = k
        while k < s.n and k - item < 4 and s.cap_word(k) and (k == item or s.joined(k - 1, k)):
            k += 1
        if k == item:
            return
        yield k


def listed_before_plural_place(s: EntityState, end: int) -> bool:
    """The name ending before word ``end`` is an item of a list (`, X`, `and X`, `, and X`) whose
    last item is followed by a plural place noun (`... and Chin states`)."""
    if not s.has_any_word(s.words.plural_place_nouns):
        return False  # a text without one has no such list: its names' lists are not walked
    return any(
        k < s.n and s.joined(k - 1, k) and s.word(k) in s.words.plural_place_nouns
        for k in later_list_items(s, end, and_joined=True)
    )


#: How many items a list of places before a plural place noun may have after the first.
MAX_LIST_ITEMS = 8


def governed_by_role(s: EntityState, last: int) -> bool:
    """The place ending at word ``last`` follows a role and `of` (`the governor of Jambi`), or is the
    place of an Indonesian title (`Bupati Lamongan`)."""
    for mention in s.latest(3):
        if mention.end == s.tokens.tokens[last].end and mention.label == "GPE":
            if mention.rule == "title_or_role" and s.analysis.lang == "id":
                return True  # `Bupati Lamongan, Yuhronur Efendi dan ...`: the head's name in apposition (id_ents4)
            first = s.tokens.first_at_or_after(mention.start)
            return first >= 2 and s.word(first - 1) == "of" and bool(s.lex.roles_any_case.match(s.tokens, first - 2))
    return False


def place_ends_at(s: EntityState, offset: int) -> bool:
    return any(m.end == offset and m.label == "GPE" for m in s.latest(3))


#: An age between commas after a name (`Joseph Tanko, 33, of Karu`; en_names10 round).
AGE_BETWEEN_COMMAS = re.compile(r",[ \t]*\d{1,3},[ \t]")
#: An age used as the noun of a person, right before `from` (`the 33-year-old from`, `two 19-year-olds from`).
AGE_AS_NOUN = re.compile(r"\b\d{1,3}[- ]years?[- ]olds?[ \t]+$")


def age_follows(s: EntityState, index: int) -> bool:
    """An age in brackets or between commas follows the capitalised run at ``index`` (`Budi Santoso
    (35)`, `Joseph Tanko, 33, of Karu`)."""
    end = s.cap_run_last(index)
    after = s.tokens.tokens[end].end
    return AGE_AFTER.match(s.text, after) is not None or AGE_BETWEEN_COMMAS.match(s.text, after) is not None


def from_place(s: EntityState, index: int) -> bool:
    """The capitalised run at ``index`` is followed by `from` (`Abdul Karim from Bangladesh`): someone
    from a place, no item of a list of places."""
    end = s.cap_run_last(index)
    return end + 1 < s.n and s.joined(end, end + 1) and s.word(end + 1) in s.words.origin_words


def list_goes_on(s: EntityState, index: int) -> bool:
    """The capitalised run at ``index`` is the last but one item of a list (`, dan X`, `and X`):
    a comma alone would also follow a name in apposition (`di Jakarta, Yuliana Sembiring, ...`)."""
    end = s.cap_run_last(index)
    following = s.text[s.tokens.tokens[end].end : s.tokens.tokens[end].end + 6]
    return following.startswith((", dan ", ", and ", " dan ", " and "))


def single_place(s: EntityState, index: int) -> bool:
    """`di Gunungsitoli`: an unknown capitalised word right after `di`/`ke` is a place."""
    token = s.tokens.tokens[index]
    if token.is_upper or token.text.lower() in s.lower_words:
        return False
    if s.analysis.lang == "id" and len(token.text) >= 7 and token.text.endswith("nya"):
        return False  # `di Kantornya`: a noun with its clitic, no place
    return place_context(s, index)


def place_before_name(s: EntityState, first: int, end: int) -> int | None:
    """Where a name starts after an unknown place that ends in a compass or position word
    (`Kayong Utara | Citra Duani Hakim`); None when the run holds no such place."""
    for k in range(end - 2, first, -1):
        if s.word(k) in s.res.place_suffixes:
            return k + 1
    return None
