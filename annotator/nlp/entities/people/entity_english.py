"""English passes after the scan for names the scan cuts in two (fifth round, fresh pages of
Malaysian, Philippine, Thai and Cambodian English-language news):

- a place right before a provincial or city unit is part of the unit's name
  (`Agusan del Norte Provincial Police Office`, one ORG: places inside a name belong to it);
- `Police District` goes on from the police (`Riverton City Police District`);
- `X-born` before a name is no part of it (`Saudi-born Ahmad Faris`);
- a small-letter `river` after a name makes a river (`Mekong river`, LOC);
- commissions and committees go on with `on` (`Commission on Audit`, `Committee on Tourism`);
- the seat after `MP for` is a place (`MP for Kuala Nerus`);
- a capitalised word right after a small-letter relative is that person's name (`her husband
  Michael`, `his son Angelito`), where the scan leaves a lone first name untagged;
- bodies named with `People's` are one ORG (`Hanoi People's Committee`, `Mandalay People's
  Defence Force`), where the scan stops at the apostrophe and takes the words for a name.

Sixth round: islands and archipelagos are LOC (`the Tawi-Tawi archipelago`, `the small island of
Pulau Kecil`), numbered units keep their number (`Special Detachment 88`), an untagged name before a
small-letter `river` is a river; who is no person and who is comes from
:mod:`annotator.nlp.entities.people.entity_english_names`. Before the scan, the English credit lines are read by
:mod:`annotator.nlp.entities.credits.entity_english_credits`.

The word sets are ``unit_openers``, ``police_units``, ``born_suffixes``, ``possessive_words``,
``possessive_body_tails``, ``island_nouns``, ``island_group_nouns`` and ``numbered_unit_tails`` of
``en/entity_words.toml``.
"""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.bodies.entity_affiliations import affiliations
from annotator.nlp.entities.bodies.entity_headline_bodies import backed_outside_title_lines
from annotator.nlp.entities.bodies.entity_news_agencies import news_agencies
from annotator.nlp.entities.bodies.entity_newsroom import newsroom_acronyms
from annotator.nlp.entities.entity_passes import absorb
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people import entity_english_names as names
from annotator.nlp.entities.people.entity_patronyms import patronyms
from annotator.nlp.entities.people.entity_spaced_initials import spaced_initials
from annotator.nlp.entities.people.entity_vietnamese import sentence_opening_names
from annotator.nlp.entities.places import entity_ward_numbers as ward_numbers
from annotator.nlp.entities.roles.entity_role_offices import role_offices
from annotator.nlp.text.tokens import words_present


def run(state: EntityState) -> None:
    possessive_bodies(state)
    role_offices(state)  # entity_role_offices.py: `the Prime Minister's Department`
    police_districts(state)
    places_before_units(state)
    affiliations(state)  # entity_affiliations.py: `Islamic State-linked Maute`
    born_prefixes(state)
    rivers(state)
    bodies_on(state)
    names_after_relatives(state)
    spaced_initials(state)  # entity_spaced_initials.py: `Emirati officer A A, 25`
    sentence_opening_names(state)  # entity_vietnamese.py: `To An Xo claimed` after `General To An Xo`
    seats_after_members(state)
    newsroom_acronyms(state)  # entity_newsroom.py: `GMA reporter X`
    news_agencies(state)  # entity_news_agencies.py: `the state news agency WAM`
    names.governments(state)  # entity_english_names.py: `the Philippine Government` is no one
    islands(state)
    names.run(state)  # aliases, places opening names
    numbered_units(state)
    patronyms(state)  # entity_patronyms.py: `Muniandy a/l Ramasamy`
    saint_places(state)
    ward_numbers.places_before_ward_numbers(state)  # entity_ward_numbers.py: `[Rapti Municipality]-9`
    ward_numbers.numbered_provinces(state)  # `Province 2`


def _mention_at(s: EntityState, start: int) -> Mention | None:
    return next((m for m in s.found if m.start == start), None)


def police_districts(s: EntityState) -> None:
    """`Quezon City Police District`: an ORG ending in `Police` goes on over a unit word after it
    (a capitalised run may have taken the unit word as a name)."""
    units = s.words.police_units
    for mention in [m for m in s.found if m.label == "ORG" and s.text[m.start : m.end].endswith("Police")]:
        last = s.tokens.last_ending_at_or_before(mention.end)
        nxt = last + 1
        if nxt < s.n and s.word(nxt) in units and s.joined(last, nxt):
            taken = _mention_at(s, s.tokens.tokens[nxt].start)
            if taken is not None and (taken.label != "PERSON" or taken.end != s.tokens.tokens[nxt].end):
                continue
            s.found = [m for m in s.found if m is not taken]
            s.taken[nxt] = False
            absorb(s, mention, nxt)


def places_before_units(s: EntityState) -> None:
    """`Maguindanao del Sur` + `Provincial Police Office`: a GPE joined to an ORG that opens with a
    unit word (`Provincial`, `City`, `Municipal`) is the start of that ORG's name."""
    openers = s.words.unit_openers
    by_start = {m.start: m for m in s.found}
    dropped: set[int] = set()
    for place in sorted(s.found, key=lambda m: m.start):
        if place.label != "GPE" or id(place) in dropped:
            continue
        last = s.tokens.last_ending_at_or_before(place.end)
        nxt = last + 1
        if nxt >= s.n or not s.joined(last, nxt) or s.word(nxt) not in openers:
            continue
        unit = by_start.get(s.tokens.tokens[nxt].start)
        if unit is None or unit.label != "ORG" or s.text[place.end : unit.start] != " ":
            continue
        unit.start = place.start
        unit.rule = f"{unit.rule}+place"
        dropped.add(id(place))
    if dropped:
        s.found = [m for m in s.found if id(m) not in dropped]


def born_prefixes(s: EntityState) -> None:
    """`Bahrain-born Hussain Ahmad`: the first word of a PERSON ending in `-born` is cut off."""
    suffixes = tuple(s.words.born_suffixes)
    if not suffixes:
        return
    for mention in [m for m in s.found if m.label == "PERSON"]:
        first = s.tokens.first_at_or_after(mention.start)
        if not s.word(first).endswith(suffixes) or s.tokens.tokens[first].end >= mention.end:
            continue
        if not s.joined(first, first + 1):
            continue
        mention.start = s.tokens.tokens[first + 1].start
        mention.rule = f"{mention.rule}-born"


def rivers(s: EntityState) -> None:
    """`the Mekong river`, `the Kok river`: a name (place or unknown run) right before a small-letter
    `river` is a river, LOC with the noun (as the real set annotates `Utikini river`)."""
    for mention in [m for m in s.found if m.label in ("GPE", "LOC", "PERSON")]:
        last = s.tokens.last_ending_at_or_before(mention.end)
        nxt = last + 1
        if nxt < s.n and s.word(nxt) == "river" and s.joined(last, nxt) and s.free(nxt):
            mention.end = s.tokens.tokens[nxt].end
            mention.label = "LOC"
            mention.rule = f"{mention.rule}+river"
            s.block(nxt, nxt)
    for river in s.tokens.by_text.get("river", ()):
        # `the swollen Swat river`: one or two free capitalised words the scan left untagged
        first = river
        while first - 1 >= 0 and river - first < 2 and s.cap_word(first - 1) and s.joined(first - 1, first):
            first -= 1
        if first < river and s.free(river) and not s.tokens.sentence_initial(first):
            s.add(first, river, "LOC", rule="river")


APOSTROPHES = ("'", "\u2019")


def possessive_bodies(s: EntityState) -> None:
    """`the Ha Noi People's Committee`, `People's Council`, `Mandalay People's Defence Force`: a word
    of ``possessive_words`` with `'s`, then capitalised words ending in an organisation's tail word,
    is an ORG with up to three capitalised words before it (a place: `Ha Noi`). What the scan
    found inside is dropped; a name it ran on into after the body keeps its own words."""
    words = s.words.possessive_words
    if not words:
        return
    tails = s.lex.org_tails | s.words.possessive_body_tails
    toks = s.tokens.tokens
    by_text = s.tokens.by_text  # the text's distinct words, not every word (the same words, in text order)
    saints = words_present(by_text, s.words.saint_words)
    after_saints = (_after_saint(s, i) for text in saints for i in by_text[text])
    openers = {i for text in words_present(by_text, words) for i in by_text[text]} | {i for i in after_saints if i is not None}
    for p in sorted(i for i in openers if i < s.n - 2):
        # the word list leaves the apostrophe out: `People` and `s` with `'` between them
        if toks[p + 1].text != "s" or toks[p + 1].start != toks[p].end + 1 or s.text[toks[p].end] not in APOSTROPHES:
            continue
        if not s.joined(p + 1, p + 2):
            continue
        last = None
        k = p + 2
        while k < s.n and k - p <= 5 and toks[k].is_cap and (k == p + 2 or s.joined(k - 1, k)):
            if toks[k].text in tails:
                last = k
            k += 1
        if last is None:
            continue
        last = _of_place(s, last)  # `People's Committee of Quang Nam Province`
        first = p
        while (
            first - 1 >= 0
            and p - first < 3
            and toks[first - 1].is_cap
            and s.joined(first - 1, first)
            and toks[first - 1].text not in s.lex.stopwords
            and not s.lex.titles.match(s.tokens, first - 1)
            and not s.lex.roles.match(s.tokens, first - 1)
        ):
            first -= 1
        if first == p and p > 0 and _after_saint(s, p - 1) == p:
            first = p - 1  # `St. Mary's Hospital`: the saint's word, after its stop, opens the name
        _replace_with_body(s, first, last)


def _known_place(s: EntityState, first: int, end: int) -> bool:
    """The words from ``first`` to the character ``end`` are a place the gazetteer knows (`King's
    College London`): the body's seat, no name of its head."""
    known = s.lex.gazetteer.match(s.tokens, first)
    return bool(known) and known[1] in ("GPE", "LOC") and s.tokens.tokens[known[0] - 1].end == end


def _after_saint(s: EntityState, saint: int) -> int | None:
    """The capitalised word right after a saint's word ``saint`` (`St Mary`, `St. Luke`), which
    opens a body's name with `'s` as ``possessive_words`` do (`St Mary's Hospital`)."""
    k = saint + 1
    if k >= s.n or s.word(saint) not in s.words.saint_words or not s.tokens.tokens[k].is_cap:
        return None
    return k if s.joined(saint, k) or s.tokens.gap(saint, k) == ". " else None


def _of_place(s: EntityState, last: int) -> int:
    """The last word of the body ending at ``last``, with `of` and up to four capitalised words
    after it (`... Committee of Quang Nam Province`); a title or role there opens a name instead."""

    def capital(k: int) -> bool:  # taken or not: the scan may have found the place already
        return k < s.n and s.tokens.tokens[k].is_cap and s.word(k) not in s.lex.stopwords

    def opens_name(k: int) -> bool:
        return bool(s.lex.titles.match(s.tokens, k) or s.lex.roles.match(s.tokens, k))

    if s.word(last + 1) != "of" or not (s.joined(last, last + 1) and capital(last + 2) and s.joined(last + 1, last + 2)):
        return last
    k = last + 2
    while k - last <= 5 and capital(k) and s.joined(k - 1, k) and not opens_name(k):
        k += 1
    return k - 1


def _head_name_backed(s: EntityState, first: int, end: int) -> bool:
    """Whether the words from ``first`` to the character ``end`` after a body name its head: in a
    title-case headline they are as often the headline's verb and object (`... People's Council
    Mulls Antisocial Activities`), so there the body of the text must write them so too."""
    return not s.in_title_line(first) or backed_outside_title_lines(s, first, s.tokens.last_ending_at_or_before(end) + 1)


def _replace_with_body(s: EntityState, first: int, last: int) -> None:
    toks = s.tokens.tokens
    start, end = toks[first].start, toks[last].end
    if any(m.label == "ORG" and m.start <= start and m.end >= end for m in s.found):
        return  # a known body holds it already (`New People's Army`)
    kept: list[Mention] = []
    rests: list[Mention] = []
    for mention in s.found:
        if mention.end <= start or mention.start >= end:
            kept.append(mention)
        elif mention.end > end and mention.label in ("PERSON", "ORG"):
            # `People's Council Tran Van Binh`: what ran on after the body is the name of its head
            after = s.tokens.first_at_or_after(end)
            while after < s.n and (role := s.lex.titles.match(s.tokens, after) or s.lex.roles.match(s.tokens, after)):
                after = role[0]  # `... of Hue Chairman Loc`: the role is no part of the name
            head_name = after < s.n and toks[after].is_cap and toks[after].start < mention.end
            head_name = head_name and not _known_place(s, after, mention.end)  # `King's College London`
            if head_name and _head_name_backed(s, after, mention.end):
                rests.append(Mention(toks[after].start, mention.end, "PERSON", rule=f"{mention.rule}-body"))
    s.found = kept
    s.block(first, last)
    s.found.append(Mention(start, end, "ORG", rule="possessive_body"))
    s.found.extend(rests)


def bodies_on(s: EntityState) -> None:
    """`Commission on Audit`, `Committee on Human Rights`: an ORG ending in a word of ``on_bodies``
    goes on through `on` and the capitalised words after it (`and` between them)."""
    heads = s.words.on_bodies
    for mention in [m for m in s.found if m.label == "ORG"]:
        last = s.tokens.last_ending_at_or_before(mention.end)
        if s.word(last) not in heads or s.word(last + 1) != "on" or not s.joined(last, last + 1):
            continue
        k = last + 2
        end = None
        while k < s.n and s.joined(k - 1, k) and (_body_word(s, k) or (s.word(k) == "and" and _body_word(s, k + 1))):
            if _body_word(s, k):
                end = k
            k += 1
        if end is not None:
            absorb(s, mention, end)


def _body_word(s: EntityState, k: int) -> bool:
    """A capitalised word that may go on a body's name, whatever the scan made of it (a portfolio
    it held, a name it guessed: `Committee on Public Order and Dangerous Drugs`)."""
    if k >= s.n:
        return False
    token = s.tokens.tokens[k]
    return (
        token.is_cap
        and token.text not in s.lex.stopwords
        and not any(m.start <= token.start < m.end and m.label in ("GPE", "ORG", "DATE") for m in s.found)
    )


def names_after_relatives(s: EntityState) -> None:
    """`her husband Michael`, `their son Angelito`: one to three free capitalised words right after a
    word of ``relatives`` (small letters) are a PERSON."""
    relatives = s.words.relatives
    for index in [i for text, ids in s.tokens.by_text.items() if text in relatives for i in ids]:
        k = index + 1
        while k < s.n and k - index <= 3 and s.joined(k - 1, k) and s.cap_word(k) and not s.lex.gazetteer.match(s.tokens, k):
            k += 1
        if k > index + 1 and not s.in_title_line(index + 1):
            first, last = s.tokens.tokens[index + 1], s.tokens.tokens[k - 1]
            s.found.append(Mention(first.start, last.end, "PERSON", rule="name_after_relative"))
            s.block(index + 1, k - 1)


def seats_after_members(s: EntityState) -> None:
    """`an independent MP for Kuala Nerus`: the capitalised words right after a member's role
    (``seat_roles``) and `for` are the seat, a GPE (also where the scan took them for a PERSON)."""
    roles = s.words.seat_roles
    for index in s.tokens.by_text.get("for", ()):
        k = index + 1
        if index < 1 or s.word(index - 1) not in roles or not (s.joined(index - 1, index) and s.joined(index, k)):
            continue
        taken = _mention_at(s, s.tokens.tokens[k].start) if k < s.n else None
        if taken is not None and taken.label == "PERSON" and taken.rule == "capitalised_run":
            taken.label, taken.rule = "GPE", "seat_after_member"
            continue
        end = k
        while end < s.n and end - k < 3 and s.cap_word(end) and (end == k or s.joined(end - 1, end)):
            end += 1
        if end > k:
            first, last = s.tokens.tokens[k], s.tokens.tokens[end - 1]
            s.found.append(Mention(first.start, last.end, "GPE", rule="seat_after_member"))
            s.block(k, end - 1)


def islands(s: EntityState) -> None:
    """`the Tawi-Tawi archipelago`, `the small island of Pulau Kecil`: a place (GPE) right before a
    small-letter ``island_nouns`` word, or right after one and `of`, is an island, LOC. A known
    place (a province of the same name) changes only before ``island_group_nouns``."""
    nouns = s.words.island_nouns
    if not nouns or s.tokens.by_text.keys().isdisjoint(nouns):
        return
    groups = s.words.island_group_nouns
    for mention in s.found:
        if mention.label != "GPE":
            continue
        first = s.tokens.first_at_or_after(mention.start)
        last = s.tokens.last_ending_at_or_before(mention.end)
        known = s.lex.gazetteer.match(s.tokens, first)
        if known and known[0] == last + 1 and not (last + 1 < s.n and s.word(last + 1) in groups):
            continue  # `the island of Bali`: a known province keeps its GPE but for `the X archipelago`
        before = (
            first >= 2
            and s.word(first - 1) == "of"
            and s.word(first - 2) in nouns
            and s.joined(first - 2, first - 1)
            and s.joined(first - 1, first)
        )
        after = last + 1 < s.n and s.word(last + 1) in nouns and s.joined(last, last + 1)
        if before or after:
            mention.label = "LOC"
            mention.rule = f"{mention.rule}+island"


def numbered_units(s: EntityState) -> None:
    """`Special Detachment 88`, `Task Force 21`: an ORG ending in a ``numbered_unit_tails`` word goes
    on over a number of up to four digits right after it; any ORG goes on over a ``branch_words``
    word and its number (`Quezon City Regional Trial Court Branch 89`)."""
    tails = s.words.numbered_unit_tails
    for mention in [m for m in s.found if m.label == "ORG"]:
        last = s.tokens.last_ending_at_or_before(mention.end)
        nxt = last + 1
        if s.word(nxt) in s.words.branch_words and s.joined(last, nxt) and s.free(nxt):
            last, nxt = nxt, nxt + 1  # `... Court Branch 89`
            if not (_unit_number(s, nxt) and s.joined(last, nxt) and s.free(nxt)):
                continue
            absorb(s, mention, nxt)
        elif s.word(last) in tails and _unit_number(s, nxt) and s.joined(last, nxt) and s.free(nxt):
            absorb(s, mention, nxt)
        elif s.word(last) in tails and s.tokens.gap(last, nxt) in DASHES and _unit_number(s, nxt):
            absorb(s, mention, nxt)  # `Police Regional Office–13`


#: `13`, `4-A`: a unit's number (Philippine regional offices carry a letter).
UNIT_NUMBER = re.compile(r"\d{1,4}(?:-[A-Z])?")
DASHES = ("-", "\u2013")


def _unit_number(s: EntityState, k: int) -> bool:
    return k < s.n and s.free(k) and UNIT_NUMBER.fullmatch(s.word(k)) is not None


def saint_places(s: EntityState) -> None:
    """`San Ildefonso`, `Santa Cruz`: a PERSON of two or more words opened by a ``saint_place_words``
    word is a town (Philippine towns are named after saints), a GPE."""
    words = s.words.saint_place_words
    if not words or s.tokens.by_text.keys().isdisjoint(words):
        return
    for mention in s.found:
        if mention.label != "PERSON":
            continue
        first = s.tokens.first_at_or_after(mention.start)
        if s.word(first) in words and s.tokens.last_ending_at_or_before(mention.end) > first:
            mention.label = "GPE"
            mention.rule = f"{mention.rule}+saint_place"
