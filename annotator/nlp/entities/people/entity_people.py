"""The capitalised-run rule: a run of capitalised words is a PERSON, or an ORG, EVENT, GPE or LOC
by its last word; a lone word is a name beside a speech verb or a courtesy title. Where the run
ends and whether it can be a name is ``entity_name_runs``'s; initials used as a name are
``entity_person_initials``'s, the title or role before a name ``entity_roles``'s, a gazetteer
name ``entity_known_names``'s."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.coref.name_forms import cue_after_quote
from annotator.nlp.entities.bodies import entity_acronym_people as acronym_people
from annotator.nlp.entities.bodies import entity_acronym_tails as acronym_tails
from annotator.nlp.entities.bodies import entity_bodies as bodies
from annotator.nlp.entities.entity_state import APPOSITION_AFTER_NAME, EntityState
from annotator.nlp.entities.people import entity_common_nouns as common_nouns
from annotator.nlp.entities.people import entity_haji as haji
from annotator.nlp.entities.people import entity_initials
from annotator.nlp.entities.people import entity_nicknames as nicknames
from annotator.nlp.entities.people.entity_initials import PASSIVE_VERB
from annotator.nlp.entities.people.entity_name_runs import name_run, small_particle_elsewhere, valid_name
from annotator.nlp.entities.people.entity_nickname_brackets import call_name_after
from annotator.nlp.entities.people.entity_person_nouns import after_building_noun, after_person_noun
from annotator.nlp.entities.people.entity_run_checks import (
    holiday,
    paired_names,
    place_before_role,
    portfolio_run,
    seat_before_member,
    token_is_upper,
    verb_before_role,
)
from annotator.nlp.entities.people.entity_trade_surnames import trade_surname
from annotator.nlp.entities.places import entity_compass_runs as compass_runs
from annotator.nlp.entities.places import entity_office_places as office_places
from annotator.nlp.entities.places import entity_places as places
from annotator.nlp.entities.places import entity_police_lists as police_lists
from annotator.nlp.entities.roles import entity_plural_roles as plural_roles
from annotator.nlp.entities.roles import entity_rank_areas as rank_areas
from annotator.nlp.entities.roles import entity_role_portfolios as role_portfolios
from annotator.nlp.entities.roles.entity_opening_cue import opening_cue_before_name
from annotator.nlp.entities.roles.entity_role_comma_names import named_after_role_comma

#: English words that introduce a one-word name: an age, `identified as`, `according to`, a
#: relative in apposition (`his wife, Fitria,`).
NAME_INTRODUCED = re.compile(
    r"(?:\b\d{1,3}[- ]year[- ]old|\b(?:identified|named)(?: only)? as|\b[Aa]ccording to"
    r"|\b(?:wife|husband|son|daughter|brother|sister|mother|father|nephew|niece|cousin|uncle|aunt),)\s$"
)

#: A word in camel case: a title-case part, then one or more more (`NewsDaySport`); group 1 is the
#: opening part up to its second capital (`News`, `Mc`).
CAMEL_WORD = re.compile(r"([A-Z][a-z]+)(?:[A-Z][a-z]+)+")

#: What ``single_label`` gives a camel-case brand's word: blocked, neither a name nor a place.
BRAND = "BRAND"


@cache
def place_apposition(articles: frozenset[str], nouns: frozenset[str]) -> re.Pattern[str]:
    """`, a town in ...`, `, a low-income suburb`: an apposition (an article, up to two small-letter
    words, a place noun: ``apposition_articles`` and ``apposition_place_nouns`` of the language's
    entity words) that makes the word before it a place."""
    if not articles or not nouns:
        return re.compile("(?!)")
    return re.compile(rf", (?:{'|'.join(sorted(articles))}) (?:[a-z-]+ ){{0,2}}(?:{'|'.join(sorted(nouns))})\b")


def demonym(s: EntityState, index: int) -> int | None:
    """`Indonesians`, `Muslim Uighurs`: nationalities and believers are no one's name (NORP is not
    suggested); a longer known name or an organisation still takes them (`European Union`)."""
    end = index
    while end < s.n and s.free(end) and (end == index or s.joined(end - 1, end)):
        match = s.lex.demonyms.match(s.tokens, end)
        if not match:
            break
        end = match[0]
    if end == index:
        return None
    s.block(index, end - 1)
    return end


def headline_word(s: EntityState, index: int) -> int | None:
    """In a headline-like line only known names are tagged: a capitalised word there is skipped."""
    return index + 1 if s.in_title_line(index) else None


def _cue_after_close(s: EntityState, index: int) -> bool:
    """Whether token ``index`` is a cue word in capitals right after a closing quotation mark."""
    before = s.text[max(0, s.tokens.tokens[index].start - 3) : s.tokens.tokens[index].start].rstrip()
    return before[-1:] in ("”", '"', "’") and bool(s.lex.cues_after.match(s.tokens, index))


def demonym_closes(s: EntityState, first: int, end: int) -> bool:
    """Whether a nationality of two words closes the run (`Two Sri Lankans`): a number or a
    headline's word and a nationality, no one's name."""
    return any((match := s.lex.demonyms.match(s.tokens, k)) and match[0] == end for k in range(max(first, end - 3), end - 1))


def person(s: EntityState, index: int) -> int:
    end = name_run(s, index)
    if end == index:
        return index + 1
    if holiday(s, index, end):
        s.add(index, end - 1, "DATE")  # `Hari Raya Aidilfitri`, `National Day`: a holiday is a DATE
        return end
    first = index
    if first + 1 < end and _cue_after_close(s, first):
        first += 1  # `”... kemudian.” Tegas M Yasir`: the cue after the closing mark, then the name
    # A sentence-initial common word (`Harga`, `Warga`) or passive verb (`Dikatakan Luki, ...`) is not part of a name.
    while first < end and s.tokens.sentence_initial(first) and not small_particle_elsewhere(s, first, end) and (
        s.tokens.tokens[first].text.lower() in s.lower_words
        or (first + 1 < end and common_nouns.is_common_noun(s, first))  # `Kinerja Direksi ...`
        or PASSIVE_VERB.match(s.tokens.tokens[first].text)
        or s.word(first) in s.words.passive_openers  # `Diduga Budi meninggal ...`
        or s.word(first) in s.words.sentence_openers  # `Today Jokowi inaugurated ...`
        or (first + 1 == end and s.word(first) in s.words.plural_people)  # `Reporters asked ...`
    ):
        first += 1
    if first < end - 1 and (
        cue_after_quote(s.text, s.tokens.tokens[first].start, s.word(first), s.analysis.lang)
        or opening_cue_before_name(s, first, end)  # `Lanjut Teofilo, personel ...`
    ):
        first += 1  # `“...,” Ungkap Sualang`: a cue written in capitals after the quote, then the speaker
    # A run opened by a common word of the same text, half of whose words are common words there
    # (`Kegiatan Tebus Murah`), is a title-case phrase: the common words are no part of a name
    # (`Putri Ayu Lestari` keeps `Putri` although the text says `ganda putri`).
    while (
        end - first >= 2
        and s.tokens.tokens[first].text.lower() in s.lower_words
        and s.word(first) not in s.res.name_prefixes
        and not small_particle_elsewhere(s, first, end)  # `Van Dalen` after `Joost van Dalen`
    ):
        common = sum(1 for k in range(first, end) if s.tokens.tokens[k].text.lower() in s.lower_words)
        if 2 * common < end - first:
            break
        first += 1
    if first < end - 1 and plural_roles.plural_title(s, first):
        first += 1  # `MPs Mykola X and Davyd Y`: a title in the plural before the first name of a list
    if verb_before_role(s, first, end):
        first += 1  # `Terlihat Bupati hadir`, `Dikatakan Kapolres, ...`: a verb before a bare role
    if first < end and (role := s.lex.roles.match(s.tokens, first)) and role[0] >= end:
        s.block(index, end - 1)  # `Dikatakan Kapolres, ...`: a role alone names no one
        return end
    if first < end and plural_roles.plural_role(s, first, end):
        s.block(index, end - 1)  # `the two Prime Ministers met`: a role in the plural names no one
        return end
    words = [s.tokens.tokens[k].text for k in range(first, end)]
    if not words:
        return end
    if (name_at := haji.name_after_haji(s, first, end)) is not None:
        s.add(name_at, end - 1, "PERSON")  # `H Rudin menegaskan`: a bare `H` is Haji, the name follows it
        return end
    if end - first >= 2 and (s.lex.demonyms.match(s.tokens, end - 1) or demonym_closes(s, first + 1, end)):
        s.block(first, end - 1)  # `Deadly Indonesian police raid`: a headline's adjective and a nationality
        return end
    if end - first >= 2 and s.word(first) in s.words.saint_words:
        s.block(first, end - 1)  # `St Joseph's Church`: a saint's name names a building, no one here
        return end
    if paired_names(s, first, end):
        s.block(first, end - 1)  # `Prabowo Subianto-Sandiaga Uno`, `Gerindra-PKB`: two names in one word, left alone
        return end
    if seat_before_member(s, first, end) and not s.in_title_line(first):
        s.add(first, end - 1, "GPE")  # `Cheras MP Tan Kok Wai`: the seat is a place
        return end
    if rank_areas.area_before_rank(s, first, end):
        return end  # `Landhi-Korangi SP X`: the place before a rank in capitals
    if (place_end := place_before_role(s, first, end)) is not None:
        s.add(first, place_end - 1, "GPE")  # `Xaythany District Governor`: the district, then the role
        s.block(place_end, end - 1)
        return end
    if portfolio_run(s, first, end):
        s.block(first, end - 1)  # `Religious Affairs Minister`, `Managing Director`: a role's words, no name
        return end
    if role_portfolios.portfolio_after_role_comma(s, first, end):
        s.block(first, end - 1)  # `Deputy Governor, Banking Supervision, X`: the role's portfolio, no name
        return end
    if role_portfolios.portfolio_conjunct(s, first, end):
        return end  # `Minister for Lands and Mineral Resources`: the portfolio goes on, no name (left free for a body's of-name)
    if any(word in s.words.storm_words for word in words[:3]) or s.word(first - 1) in s.words.storm_words:
        s.block(first, end - 1)
        return end  # `Typhoon Lawin`, `Severe Tropical Storm Paeng`: a storm's name, not tagged
    if s.word(first - 1).lower() in s.words.nickname_words and s.joined(first - 1, first):
        s.block(first, end - 1)  # `tim berjulukan Ayam Kinantan`: a team's nickname, no one's name
        return end
    if words[0].endswith("-flagged") or s.word(first - 1).lower() in s.words.vessel_words or after_building_noun(s, first):
        s.block(first, end - 1)
        return end  # `the Liberian-flagged Nordic Aurora`, `kapal Cahaya Segara`: a ship's name
    if entity_initials.trailing_initials(s, first, end):
        label = "PERSON"
    elif entity_initials.opening_pair(s, first, end):
        label = run_label(s, ["", *words[1:]]) if len(words) > 2 else "PERSON"  # `RK Anand`: the pair opens the name
    else:
        label = run_label(s, words)
    if label == "ORG" and trade_surname(s, first, end - 1):
        label = "PERSON"  # `spokesperson Alan Steel`: a trade word as a surname (en_ents23)
    if label == "PERSON" and common_nouns.only_common_nouns(s, first, end):
        s.block(first, end - 1)  # `Masa Jabatan`, `Gugus Tugas`: common words in title case, no name
        return end
    if label == "PERSON" and len(words) >= 2 and places.place_context(s, first):
        label = "GPE"  # `di Labuhan Lombok`, `asal Sumbawa Besar`, `in Fort Calloway`
    if label in ("PERSON", None) and police_lists.listed_before_police(s, first, end):
        label = "GPE"  # `the Tipu Sultan and Ferozeabad police`: each area of the list
    if label == "PERSON" and compass_runs.compass_opened(s, first, end):
        label = "GPE"  # `bound for South Choiseul`: a compass word opens no one's name
    if label == "PERSON" and (noun_label := places.place_noun_after(s, end)):
        label = noun_label  # `Khlong Luang district`, `Ronda town`
    if label == "PERSON" and acronym_tails.after_defined_acronym(s, first):
        label = "ORG"  # `Badan Usaha Milik Desa (BUMDes) Maju Jaya`: the body's own name
    if (
        label == "PERSON"
        and bodies.defined_term_ahead(s, end)
        and not nicknames.spells_initials(s, first, end)
        and not call_name_after(s, first, end)  # `Muhammad Ridwan (Iwan)`
    ):
        return end  # `Stabilisasi Pasokan dan Harga Pangan (SPHP)`: a defined term, not a person
    if label is None and entity_initials.acronym_and_place(s, first, end):
        s.add(first, end - 1, "ORG")  # `PSBL Langsa`, `KONI Kendal`: a body and its place
        return end
    if label is None and (name_at := acronym_people.acronym_before_name(s, first, end)) and valid_name(s, name_at, end):
        s.add(first, name_at - 1, "ORG")  # `juru bicara KNPB Ones Suhuniap`: the role's body, then the name
        s.add(name_at, end - 1, "PERSON")
        return end
    if label is None and (place_end := office_places.office_place_end(s, first, end)):
        s.add(first, place_end - 1, "GPE", rule="office_place")  # `Riverton Mayoral candidate X`: the place
        s.block(place_end, end - 1)
        return end
    if label != "PERSON":
        if label:
            s.add(first, end - 1, label)
        elif any(s.gazetteer(k) for k in range(first + 1, end)) and not s.in_title_line(first):
            return first + 1  # `DPP PDIP`: no entity as a whole, but a known name inside it still is one
        return end
    if rank_areas.named_after_person(s, first, end):
        return end + 1  # `Nelson Mandela Road`: a facility named after someone, not tagged
    # The common-words half of `valid_name` is left out here: `only_common_nouns` was asked above
    # while the label was already PERSON (a label never turns into PERSON), with the same words.
    if len(words) >= 2:
        if valid_name(s, first, end, common_words=False) and not all(w.isupper() for w in words):
            s.add(first, end - 1, "PERSON")
        return end
    # One word: its outcomes and `valid_name` read the state and change nothing, so the outcomes
    # (most often none: a capitalised word that is no name) are asked before the word's test.
    if (single := single_label(s, first)) and valid_name(s, first, end, common_words=False):
        if single == BRAND:
            s.block(first, first)  # `NewsDaySport asked`, `MaltaToday reported`: a brand's or an outlet's word, no name nor place
        else:
            s.add(first, first, single)
    return end


def single_label(s: EntityState, index: int) -> str | None:
    """What a lone capitalised word is, by its context: GPE after `mayor of` or before a place's
    apposition (`, a town in ...`), ``BRAND`` for a camel-case brand (``camel_brand``), PERSON by
    ``single_name``, GPE by ``places.single_place``."""
    if places.head_of_place(s, index) and not token_is_upper(s, index):
        return "GPE"  # `mayor of Impasug-ong, a mountainous town`
    if place_apposition(s.words.apposition_articles, s.words.apposition_place_nouns).match(s.text, s.tokens.tokens[index].end):
        return "GPE"  # `in Maasin, a town in the province of Iloilo`
    if camel_brand(s, s.tokens.tokens[index].text):
        return BRAND  # `NewsDaySport asked`: blocked, no name nor place
    if single_name(s, index):
        return "PERSON"
    if places.single_place(s, index):
        return "GPE"
    return None


def run_label(s: EntityState, words: list[str]) -> str | None:
    """What a run of two or more capitalised words is: its last word decides (`... Agency` ORG,
    `... Masters` EVENT, `... Timur` GPE); acronyms or only common words make it nothing."""
    if words[-1] in s.words.plural_people and s.analysis.lang == "en":
        return None  # `Elected Leaders`, `Police Officers`: people described by a plural noun, no one's name
    if len(words) < 2:
        return "PERSON"
    if words[-1] in s.words.broadcast_tails and all(word in s.words.broadcast_generic for word in words[:-1]):
        return None  # `State TV`: a kind of station, no name
    if words[-1] in s.lex.org_tails or words[-1] in s.words.team_tails:
        return "ORG"
    if words[-1] in s.words.plural_bodies:
        return None  # `County Assemblies`, `Line Ministries`: a kind of body in the plural, no one's name
    if words[-1] in s.words.office_adjectives:
        return None  # `Riverton Mayoral (candidate)`: an office's adjective closes no one's name
    if words[-1] in s.words.kind_of_body_words or words[-1] in s.words.desk_tails:
        return None  # `Appellate Bench`, `Governing Body`, `Sports Reporter`: a kind of body or a desk, no one's name
    if words[-1] in s.res.event_tails:
        return "EVENT"
    if words[-1] in s.res.place_suffixes:
        return "GPE"  # `Sumba Timur`, `Rokan Hilir`
    if words[-1] == "City" and s.analysis.lang == "en" and words[0] not in s.lex.res.org_heads:
        return "GPE"  # `Vigan City`, `Tagum City` (a club after `FC` is an organisation head's)
    if words[-1] in s.res.loc_tails:
        return "LOC"  # `Arabian Sea`, `Kafue River`, `Daymaniyat Islands`
    if words[-1] in s.res.facility_tails:
        return None  # `Indomilk Arena`, `Bethel Injil Sepenuh Church`: a facility, not tagged
    inner_initials = {i for i in range(1, len(words) - 1) if len(words[i]) <= 2} if len(words) >= 3 else set()
    if words[0] in s.words.name_initials:
        inner_initials.add(0)  # `ASM Asaduzzaman`, `AKM Shahidul Haque`: Bangladeshi initials open the name
    if len(words) >= 3 and words[-1] in s.words.generation_suffixes:
        inner_initials.add(len(words) - 1)  # `Francisco Duque III`: a generation closes the name
    if len(words) >= 3 and s.analysis.lang == "en" and words[-1] in s.words.degrees:
        inner_initials.add(len(words) - 1)  # `Isaac Lupari CBE`: an honour closes the name (cut by the name edges)
    if len(words) >= 3 and s.analysis.lang == "en" and words[-1] in s.words.counsel_ranks:
        inner_initials.add(len(words) - 1)  # `Richard Okafor KC`: a counsel's rank closes the name (kept in it)
    if any(w.isupper() and len(w) > 1 and i not in inner_initials for i, w in enumerate(words)) or all(
        w.lower() in s.lower_words for w in words
    ):
        return None  # `Prestasi PBSI`, `Gempa Bumi`: not a person's name
    return "PERSON"


def single_name(s: EntityState, index: int) -> bool:
    """A lone capitalised word is a name next to a speech verb or a courtesy title."""
    token = s.tokens.tokens[index]
    if token.is_upper or token.text.lower() in s.lower_words or token.text in s.lex.stopwords:
        return False
    if token.text in s.lex.org_tails or token.text in s.res.place_types:
        return False  # `Police said`, `Albay's 2nd District said`: a body's or a place's kind, not a name
    lex = s.lex
    if index + 1 < s.n and s.joined(index, index + 1) and lex.naming_cue(s.tokens, index + 1):
        return True
    if after_person_noun(s, index):
        return True  # `pilot Mirza`, `jenazah Iswahyudi` (entity_person_nouns.py)
    if named_after_role_comma(s, index):
        return True  # `Kepala Bidang Data BNPB, Hermawan.` (entity_role_comma_names.py)
    if listed_resident(s, index):
        return True  # `Budi warga Sleman dan Joko warga Bantul`: the second resident of the list
    if APPOSITION_AFTER_NAME.match(s.text[token.end : token.end + 12]):
        # `Rosmawati (54)`, `Ferreira, 18,`, `Sutrisno, a 58-year-old driver`; not a headline's `Man, 84,`
        return not person_noun(s, token.text)
    if s.analysis.lang == "en" and NAME_INTRODUCED.search(s.text[max(0, token.start - 30) : token.start]):
        kin = s.text[: token.start].endswith(", ")
        if not kin or s.text[token.end : token.end + 1] == ",":
            return True  # `38-year-old Mongkhon`, `identified only as Chetpong`, `according to Suprapto`, `his wife, Fitria,`
    previous = index - 1
    if previous >= 0 and s.joined(previous, index):
        before = s.tokens.tokens[previous].text
        if lex.cues_after.match(s.tokens, previous) or lex.naming_cue(s.tokens, previous):
            return True
        if before.lower() in ("menurut", "according") or PASSIVE_VERB.match(before) or before in s.words.passive_openers:
            return True  # `Menurut Luki`, `Dikatakan Luki`, `Diduga Luki`
    return False


def camel_brand(s: EntityState, word: str) -> bool:
    """A word in camel case (`NewsDaySport`, `CityToday`) that opens with no surname's prefix
    (``camel_name_prefixes``: `McCarthy`, `DeSouza`): a brand's or an outlet's name. Read only
    where the language lists the prefixes."""
    prefixes = s.words.camel_name_prefixes
    match = CAMEL_WORD.fullmatch(word) if prefixes else None
    return match is not None and match.group(1) not in prefixes


def person_noun(s: EntityState, word: str) -> bool:
    """`Man`, `Pensioner`: a noun of one person (``origin_person_nouns``, ``age_person_nouns``), which a
    headline capitalises before an age (`Man, 84, denies ...`) and which names no one."""
    lower = word.lower()
    return lower in s.words.origin_person_nouns or lower in s.words.age_person_nouns


def listed_resident(s: EntityState, index: int) -> bool:
    """`... dan Joko warga Bantul`: a lone word between a list joiner (``name_list_joiners``) and a
    resident noun (``resident_nouns``) is the next person of a list of residents, not a place."""
    if index == 0 or index + 1 >= s.n:
        return False
    joined = s.joined(index - 1, index) and s.joined(index, index + 1)
    return joined and s.word(index - 1) in s.words.name_list_joiners and s.word(index + 1) in s.words.resident_nouns
