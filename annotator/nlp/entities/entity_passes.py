"""Passes over the entities the scan accepted: English organisations go on through `of`/`for`;
an organisation and a unit or place after it are one name; an event keeps its year; acronyms
defined in parentheses are tagged everywhere; parts of names and one-word places found once are
tagged wherever else they stand alone."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.bodies import entity_bracketed_parties as bracketed_parties
from annotator.nlp.entities.bodies.entity_acronym_long_forms import written_with_its_acronym
from annotator.nlp.entities.bodies.entity_listed_portfolios import unlisted_items_end
from annotator.nlp.entities.bodies.entity_of_name_tails import of_name_tail_end
from annotator.nlp.entities.bodies.entity_place_roles import place_end_before_role
from annotator.nlp.entities.bodies.entity_police import spelled_unit_start
from annotator.nlp.entities.entity_state import ACRONYM, ACRONYM_IN_PARENTHESES, YEAR, EntityState
from annotator.nlp.entities.people.entity_name_runs import hyphened_particle
from annotator.nlp.entities.places.entity_place_acronyms import spells_or_shortens
from annotator.nlp.entities.places.entity_place_shorts import relabel_short_places, shortens_its_place
from annotator.nlp.text.pattern_needs import finditer
from annotator.nlp.text.patterns import whole_word_spans

#: An English ordinal number (`5th`, `44th`) before a unit's name belongs to it.
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def merge_adjacent_organisations(s: EntityState) -> None:
    """An ORG followed, one space apart, by a unit or a place is one name (`Walhi Jawa Barat`,
    `Pusat Riset Kelautan Universitas Tanjungpura`); two acronyms side by side stay two."""
    s.found.sort(key=lambda m: m.start)
    merged: list[Mention] = []
    for mention in s.found:
        previous = merged[-1] if merged else None
        if previous is not None and mergeable(s, previous, mention):
            merged[-1] = Mention(previous.start, mention.end, "ORG", source=previous.source, rule="organisation_and_unit")
            continue
        merged.append(mention)
    s.found = merged


def units_before_organisations(s: EntityState) -> None:
    """A unit written right before an organisation belongs to its name (`TMC Polda Metro Jaya`,
    `DPP PDIP`, `Bidang Humas Polda Metro Jaya`, `5th Infantry Division`): an unknown acronym, a unit
    word (`unit_words_before`) or an ordinal number."""
    for number, mention in enumerate(s.found):
        if mention.label != "ORG":
            continue
        first = s.tokens.first_at_or_after(mention.start)
        k = first
        while k > 0 and s.free(k - 1) and s.joined(k - 1, k) and unit_before(s, k - 1):
            if ORDINAL.fullmatch(s.word(k - 1)) and s.word(first) in s.words.term_bodies:
                break  # `the 13th Sangguniang Panlungsod`: the ordinal counts the council's terms
            if s.word(first) in s.words.short_form_openers and s.word(k - 1) not in s.words.unit_words_before:
                break  # `wilayah IUP PT Timah`: a company opens its own name (a permit's acronym is no unit)
            k -= 1
        if k == first:
            k = spelled_unit_start(s, first)  # `Satuan Reserse Narkoba Polresta X`
        if k < first:
            s.block(k, first - 1)
            start = s.tokens.tokens[k].start
            s.found[number] = Mention(start, mention.end, "ORG", source=mention.source, rule="unit_and_organisation")


def unit_before(s: EntityState, k: int) -> bool:
    word = s.word(k)
    if word in s.words.unit_words_before or ORDINAL.fullmatch(word):
        return True
    lex = s.lex
    known = lex.gazetteer.match(s.tokens, k) or lex.titles.match(s.tokens, k) or lex.roles.match(s.tokens, k)
    if word in s.words.not_body_acronyms:
        return False  # `PPDB SMAN 1 X`: the admission round, no unit of the school
    return bool(ACRONYM.match(word)) and not known and word not in lex.stopwords and not s.tokens.sentence_initial(k)


def mergeable(s: EntityState, left: Mention, right: Mention) -> bool:
    if left.label != "ORG" or right.label not in ("ORG", "GPE") or left.source != right.source:
        return False
    if s.text[left.end : right.start] != " ":
        return False
    if any(f.start <= left.start and f.end == left.end for f in s.analysis.furniture):
        return False  # `JAKARTA//NSMTVNews.com Polda Lampung`: the dateline's outlet ends with it
    if right.label == "GPE" and s.analysis.lang != "id":
        return False  # English puts the place first (`Jakarta Police`)
    left_text, right_text = s.text[left.start : left.end], s.text[right.start : right.end]
    if right_text.split(" ", 1)[0] in s.words.separate_bodies:
        return False  # `Komisi XI DPR Fraksi Partai Golkar`: a faction is a body of its own
    if "/" in left_text and "/" in right_text and right.label == "ORG":
        return False  # `Kodim 1009/Tanah Laut Korem 101/Antasari`: a chain of seated units, each its own name
    if left_text in s.words.unit_words_before and right.label == "ORG":
        return True  # `DPD PDIP Sumsel`: a party's board and the party are one name
    if s.analysis.lang == "en" and ACRONYM.match(right_text) and written_with_its_acronym(left_text, right_text):
        return False  # `the Zambia Revenue Authority ZRA has denied`: the name, then its acronym unbracketed
    # Two acronyms side by side stay two, unless the second is a place (`BPBD DKI`, `Polda NTT`).
    return not (ACRONYM.match(left_text) and ACRONYM.match(right_text) and right.label != "GPE")

#: `of` or `for` between words of a name (`Ministry of Information`).
_OF_OR_FOR = re.compile(r" (?:of|for) ")


def extend_english_organisations(s: EntityState) -> None:
    """`Ministry of Agriculture, Fisheries and Water Resources`, `World Wide Fund for Nature`,
    `Regional Organization for the Protection of the Marine Environment`: an English ORG goes on
    through `of`/`for` (and `the`) and capitalised words, and a list of them joined by `and`."""
    for mention in list(s.found):
        if mention.label != "ORG":
            continue
        last = s.tokens.last_ending_at_or_before(mention.end)
        if s.in_title_line(last) or s.word(last) in s.words.club_suffixes:
            continue  # `Muangthong United of Thailand`: the club, then its country
        end = english_org_end(s, last + 1)
        if end == last + 1 and " of " in s.text[mention.start : mention.end]:
            end = listed_words_end(s, last + 1)
            end = joined_portfolio_end(s, end)
        if end == last + 1 and _OF_OR_FOR.search(s.text[mention.start : mention.end]):
            end = of_name_tail_end(s, end)  # `Ministry of Information | and Broadcasting`
        if end > last + 1:
            absorb(s, mention, end - 1)


def english_org_end(s: EntityState, k: int) -> int:
    """Index after `of`/`for` phrases (and a capitalised list) that continue an ORG ending before ``k``."""
    start = k
    while name_joiner(s, k) and s.joined(k - 1, k):
        j = k + 1 if s.word(k + 1).lower() != "the" else k + 2
        run_end = place_end_before_role(s, j, org_words_end(s, j))  # `of Kenya | Speaker X`
        if run_end == j or not s.joined(j - 1, j):
            break
        if not s.word(k).islower() and s.word(j).lower() in s.lex.stopwords:
            break  # `the Police For Their Help`: title case of a sentence, no name after the joiner
        gaz = s.lex.gazetteer.match(s.tokens, j)
        if s.word(k).lower() == "for" and gaz and gaz[0] == run_end and gaz[1] == "GPE":
            break  # `the European Union for Ukraine`: a place after `for` is no part of the name
        k = run_end
        k = listed_words_end(s, k)
    return k if k > start else start


def name_joiner(s: EntityState, k: int) -> bool:
    """Word ``k`` is `of`/`for` inside a body's name, or its capital in a title-case name
    (``title_case_joiners``: `Centre For Democracy And Development`)."""
    word = s.word(k)
    return word in ("of", "for") or word in s.words.title_case_joiners


def org_words_end(s: EntityState, k: int) -> int:
    """Index after capitalised words (joined by `and`/`of` between them) from ``k``."""
    end = k
    while end < s.n and s.tokens.tokens[end].is_cap and (end == k or s.joined(end - 1, end)):
        end += 1
        if s.word(end) in ("and", "&") and s.joined(end - 1, end) and s.word(end + 1)[:1].isupper():
            end += 1
    return end


def listed_words_end(s: EntityState, k: int) -> int:
    """`..., Fisheries and Water Resources`: comma-joined capitalised words that end with `and`,
    listed portfolios or, when the table knows none, common capitalised words
    (``unlisted_items_end``: `..., Animal Industry and Fisheries`)."""
    j = k
    while s.tokens.gap(j - 1, j) == ", " and j < s.n and s.lex.portfolio.match(s.tokens, j):
        run_end = org_words_end(s, j)
        if any(s.word(i) == "and" for i in range(j, run_end)):
            return run_end
        j = run_end
    return unlisted_items_end(s, k) if s.analysis.lang == "en" else k


def joined_portfolio_end(s: EntityState, k: int) -> int:
    """`Department of Water | and Sanitation`: `and` and a portfolio word go on with a ministry's name."""
    if s.word(k) != "and" or not s.joined(k - 1, k) or not s.joined(k, k + 1):
        return k
    portfolio = s.lex.portfolio.match(s.tokens, k + 1)
    return portfolio[0] if portfolio and s.tokens.tokens[k + 1].is_cap else k


def absorb(s: EntityState, mention: Mention, last: int) -> None:
    """Stretch ``mention`` to token ``last``; mentions inside the new stretch are dropped."""
    end = s.tokens.tokens[last].end
    s.found = [m for m in s.found if m is mention or not (mention.end <= m.start < end)]
    s.block(s.tokens.first_at_or_after(mention.end), last)
    mention.end = end
    mention.rule = f"{mention.rule}+of"


def events_with_years(s: EntityState) -> None:
    """`Indonesia Masters 2025`, `Olimpiade 2028`: a year right after an event (or a lone event
    head) belongs to the event's name, not to a DATE of its own."""
    s.found.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    for mention in s.found:
        year = mention.label == "DATE" and YEAR.match(s.text[mention.start : mention.end])
        previous = kept[-1] if kept else None
        if year and previous is not None and previous.label == "EVENT" and s.text[previous.end : mention.start] == " ":
            previous.end = mention.end
            previous.rule = f"{previous.rule}+year"
            continue
        if year:
            head = lone_event_head_before(s, mention.start)
            if head is not None:
                kept.append(Mention(s.tokens.tokens[head].start, mention.end, "EVENT", rule="event_year"))
                s.block(head, head)
                continue
        kept.append(mention)
    s.found = kept


def lone_event_head_before(s: EntityState, offset: int) -> int | None:
    """Index of a free one-word event head (`Olimpiade`) right before the year at ``offset`` (the
    ``event_year`` shape of spaCy's ``Matcher``)."""
    year = s.tokens.first_at_or_after(offset)
    index = year - 1
    if index < 0 or not s.free(index) or s.shape("event_year", index) != year + 1:
        return None
    match = s.lex.event_heads.match(s.tokens, index)
    return index if match and match[0] == index + 1 and s.tokens.tokens[index].is_cap else None


def propagate_places(s: EntityState) -> None:
    """A one-word place found once is a place everywhere (`MUSCAT` in the dateline, then `to Muscat`;
    `in Sohar` and, earlier, `the port of Sohar`)."""
    places = {s.text[m.start : m.end] for m in s.found if m.label == "GPE" and " " not in s.text[m.start : m.end]}
    places |= {p[:1] + p[1:].lower() for p in places if p.isupper() and len(p) > 3}
    villages = village_names(s)
    places |= villages
    villages_as_people(s, villages)
    people = {w for m in s.found if m.label == "PERSON" for w in s.text[m.start : m.end].split()}
    tokens = s.tokens.tokens
    for index in s.tokens.indices_of(places - people):  # in text order
        token = tokens[index]
        if s.free(index) and not token.is_upper:
            s.add(index, index, "GPE", rule="place_found_elsewhere")


def villages_as_people(s: EntityState, villages: set[str]) -> None:
    """A one-word PERSON that is the name of a village or district the text writes with its type is
    that place (`Kecamatan Busungbiu`, then `Bendesa Adat Busungbiu, X` or `masyarakat Busungbiu
    siap`), unless the word is also part of a longer person's name on the page."""
    if not villages:
        return
    names = [s.text[m.start : m.end] for m in s.found if m.label == "PERSON"]
    places = villages - {w for name in names if " " in name for w in name.split()}
    for mention in s.found:
        if mention.label == "PERSON" and s.text[mention.start : mention.end] in places:
            mention.label = "GPE"
            mention.rule = "place_found_elsewhere"


def village_names(s: EntityState) -> set[str]:
    """One-word names the text writes after a village's or district's type (`Desa Hunuth` gives
    `Hunuth`), unless the text also writes them in small letters or they are common words."""
    types = s.words.village_types
    names: set[str] = set()
    if not types:
        return names
    text = s.text
    for mention in s.found:
        if mention.label != "GPE":
            continue
        space = text.find(" ", mention.start, mention.end)
        if space < 0 or text[mention.start : space] not in types:
            continue
        name = text[space + 1 : mention.end]
        if name[:1].isupper() and name.isalpha() and name.lower() not in s.lower_words and name not in s.lex.stopwords:
            names.add(name)  # `isalpha`: one word, no second space
    return names


#: A short name in parentheses right after a person's name (`Joko Widodo (Jokowi)`).
NICKNAME_IN_PARENTHESES = re.compile(r" \(([A-Z][a-z]{2,})\)")


def propagate_names(s: EntityState) -> None:
    """Parts of names found elsewhere are names when they stand alone (`Rina` of `Rina Hartono`)."""
    parts: set[str] = set()
    for mention in s.found:
        if mention.label == "PERSON":
            words = s.text[mention.start : mention.end].split()
            parts.update(
                w
                for w in words
                if (w[:1].isupper() or hyphened_particle(w, s.words.name_particles))  # `al-Thani`, found again alone
                and w not in s.lex.stopwords
                and w not in s.res.name_prefixes
                and w not in s.lex.org_tails  # `Police` of a name run on from a unit is no one's name
            )
            nickname = NICKNAME_IN_PARENTHESES.match(s.text, mention.end)
            if nickname and not bracketed_parties.bracketed_party(s, mention):
                parts.add(nickname.group(1))  # `Joko Widodo (Jokowi)`: the short name is the person's
    common_parts = {w for w in parts if w.lower() in s.lower_words}
    if not parts:
        return
    tokens = s.tokens.tokens
    for index in s.tokens.indices_of(parts):  # in text order; no other word can be one
        token = tokens[index]
        if token.text in common_parts and s.free(index) and not s.naming_context(index):
            continue
        if token.text in parts and s.free(index):
            start = index
            while (
                start > 0
                and s.free(start - 1)
                and s.word(start - 1) in s.res.name_prefixes
                and s.joined(start - 1, start)
            ):
                start -= 1
            end = index + 1
            while end < s.n and s.free(end) and s.joined(end - 1, end) and (
                s.word(end) in parts or particle_between(s, end, parts)
            ):
                end += 2 if s.word(end) not in parts else 1  # `Paulus da Cruce`: the particle and the next part
            s.add(start, end - 1, "PERSON", rule="name_found_elsewhere")


def particle_between(s: EntityState, k: int, parts: set[str]) -> bool:
    """Word ``k`` is a name particle between two parts of a name found elsewhere (`Paulus da Cruce`)."""
    return s.word(k) in s.words.name_particles and s.word(k + 1) in parts and s.free(k + 1) and s.joined(k, k + 1)


def acronyms_in_parentheses(s: EntityState) -> None:
    """`Badan Gizi Nasional (BGN)`, `... (BPH Migas)`: the acronym after an ORG is an ORG, here and
    everywhere after."""
    known: dict[str, str] = {}
    by_end = {m.end: m for m in s.found if m.label == "ORG"}
    places_by_end = {m.end: m for m in s.found if m.label in ("GPE", "LOC")}
    text = s.text
    for match in finditer(ACRONYM_IN_PARENTHESES, text):
        before = match.start()  # len(text[: match.start()].rstrip()), without copying the text
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if before in by_end:  # a short form of the place ending the ORG is a GPE (entity_place_shorts.py)
            known[match.group(1)] = "GPE" if shortens_its_place(s, by_end[before], match.group(1)) else "ORG"
        elif before in places_by_end and spells_or_shortens(s, places_by_end[before], match.group(1)):
            known[match.group(1)] = places_by_end[before].label  # `Tulang Bawang (Tuba)`: the place's short form
    relabel_short_places(s, {short for short, label in known.items() if label == "GPE"})
    for acronym in sorted(known, key=len, reverse=True):
        for start, end in whole_word_spans(acronym, text):
            first = s.tokens.first_at_or_after(start)
            last = s.tokens.last_ending_at_or_before(end)
            if first <= last and all(s.free(k) for k in range(first, last + 1)):
                s.add(first, last, known[acronym], rule="defined_acronym")
    if s.analysis.lang == "en":
        for mention in s.found:  # `... Ministry (Kominfo)`, then `Kominfo said`: no person
            guessed = mention.label == "PERSON" or (mention.label == "GPE" and mention.rule == "capitalised_run")
            if guessed and known.get(text[mention.start : mention.end]) == "ORG":  # `the SIU police`: no place
                mention.label, mention.rule = "ORG", "defined_acronym"


#: A dotted abbreviation without its last full stop, as the tokenizer leaves it (`U.S`, `U.K`).
DOTTED_ABBREVIATION = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")
#: A personal name ending in a one-letter initial (`Wahyu Putro A`).
TRAILING_INITIAL = re.compile(r"\w \w+ [A-Z]$")


def dotted_abbreviations(s: EntityState) -> None:
    """`U.S.`, `U.N.`, `Wahyu Putro A.`: the last full stop of an abbreviation or of a trailing
    initial belongs to the name (the tokenizer splits it off)."""
    for mention in s.found:
        if s.text[mention.end : mention.end + 1] != ".":
            continue
        text = s.text[mention.start : mention.end]
        trailing_initial = mention.label == "PERSON" and TRAILING_INITIAL.search(text) is not None
        if DOTTED_ABBREVIATION.match(text) or trailing_initial:
            mention.end += 1
