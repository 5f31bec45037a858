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

Before the scan, :func:`credits` reads the English credit lines the shared credit patterns leave
out: `By X` and `BY X` alone on a line, `Photo: Reuters/X`, `Photo by X/The Star`, `Story by X
and Y`.

The word sets are ``unit_openers``, ``police_units``, ``born_suffixes``, ``possessive_words``
and ``possessive_body_tails`` of ``en/entity_words.toml``; the words of the credit lines are its
``byline_words``, ``credit_works``, ``credit_joined_works``, ``credit_work_joiners``, ``credit_by``, ``photo_credit_words`` and
``credit_name_joiners``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entity_credits import is_outlet
from annotator.nlp.entity_newsroom import newsroom_acronyms
from annotator.nlp.entity_passes import absorb
from annotator.nlp.entity_state import EntityState

#: A personal name in a credit: one to four words, capitalised or in capitals, initials allowed
#: (`Nadirah H. Rodzi`, `NURUL AIN HASSAN`, `Lee Wei Lin`).
_NAME = r"[A-Z][\w'’-]*\.?(?:[ ][A-Z][\w'’-]*\.?){0,3}"
#: An outlet after a credit's slash or colon (`The Star`, `BERNAMA`).
_OUTLET = r"([A-Z][\w.&]*(?:[ ][A-Z][\w.&]*){0,3})"


def _alternation(words: frozenset[str]) -> str:
    """The words as one regex alternation, longest first (none: a group that never matches)."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


@dataclass(frozen=True)
class CreditPatterns:
    """The credit line patterns, made from the credit words of ``en/entity_words.toml``."""

    by_line: re.Pattern[str]
    work_by: re.Pattern[str]
    photo_colon: re.Pattern[str]
    photo_dash: re.Pattern[str]
    join: re.Pattern[str]


@cache
def credit_patterns(
    byline: frozenset[str],
    works: frozenset[str],
    joined_works: frozenset[str],
    work_joiners: frozenset[str],
    by: frozenset[str],
    photo: frozenset[str],
    joiners: frozenset[str],
) -> CreditPatterns:
    """The patterns of one language's credit words, made once per word sets."""
    join = rf",[ ]|[ ](?:{_alternation(joiners)})[ ]"
    names = rf"{_NAME}(?:(?:{join}){_NAME})*"
    by_words = _alternation(by)
    return CreditPatterns(
        # `By Nadirah H. Rodzi` alone on its line.
        by_line=re.compile(rf"^[ \t]*(?:{_alternation(byline)})[ \t]+({names})[ \t]*$", re.MULTILINE),
        # `Photo by Azhar Mahfof/The Star`, `Story by Lee Wei Lin and Aida Ahmad`, `Pic by X`.
        work_by=re.compile(
            rf"\b(?:{_alternation(works)})(?: (?:{_alternation(work_joiners)}) (?:{_alternation(joined_works)}))?"
            rf" (?:{by_words})[ \t]+({names})(?:[ \t]*/[ \t]*{_OUTLET})?"
        ),
        # `Photo: Reuters/Lai Seng Sin`, `File photo: AFP/Jane Doe`, `PHOTO: BERNAMA`.
        photo_colon=re.compile(rf"\b(?:{_alternation(photo)})[ \t]*:[ \t]*{_OUTLET}(?:/({_NAME}))?"),
        # `(Mindanao Examiner Photo – Ely Dumaboc)`: the outlet before the photo word, a dash, the name.
        photo_dash=re.compile(rf"\({_OUTLET}[ ](?:{_alternation(photo)})[ ]+[–—-][ ]+({names})\)"),
        join=re.compile(join),
    )


AddExact = Callable[[EntityState, int, int, str, str], object]


def credits(s: EntityState, add_exact: AddExact) -> None:
    """Names (PERSON) and outlets (ORG) of English credit lines."""
    text = s.text
    w = s.words
    patterns = credit_patterns(
        w.byline_words,
        w.credit_works,
        w.credit_joined_works,
        w.credit_work_joiners,
        w.credit_by,
        w.photo_credit_words,
        w.credit_name_joiners,
    )
    for match in patterns.by_line.finditer(text):
        _add_names(s, add_exact, patterns.join, match.start(1), match.group(1))
    for match in patterns.work_by.finditer(text):
        _add_names(s, add_exact, patterns.join, match.start(1), match.group(1))
        outlet = match.group(2)
        if outlet:  # `Photo by X/The Star`, `Image by X/Mongabay Indonesia.`: after the slash, the outlet
            end = match.end(2) if is_outlet(s, outlet) else match.start(2) + len(outlet.rstrip("."))
            add_exact(s, match.start(2), end, "ORG", "credit")
    for match in patterns.photo_colon.finditer(text):
        if is_outlet(s, match.group(1)):
            add_exact(s, match.start(1), match.end(1), "ORG", "credit")
            if match.group(2):
                _add_names(s, add_exact, patterns.join, match.start(2), match.group(2))
    for match in patterns.photo_dash.finditer(text):
        outlet = match.group(1)
        if is_outlet(s, outlet) or outlet.rsplit(" ", 1)[-1] in s.lex.org_tails:
            add_exact(s, match.start(1), match.end(1), "ORG", "credit")
            _add_names(s, add_exact, patterns.join, match.start(2), match.group(2))


def _add_names(s: EntityState, add_exact: AddExact, join: re.Pattern[str], offset: int, names: str) -> None:
    position = 0
    for part in join.split(names):
        at = names.index(part, position)
        position = at + len(part)
        part = part.rstrip(" .")
        if part and not is_outlet(s, part):
            add_exact(s, offset + at, offset + at + len(part), "PERSON", "credit")


def run(state: EntityState) -> None:
    possessive_bodies(state)
    police_districts(state)
    places_before_units(state)
    born_prefixes(state)
    rivers(state)
    bodies_on(state)
    names_after_relatives(state)
    seats_after_members(state)
    newsroom_acronyms(state)  # entity_newsroom.py: `GMA reporter X`
    governments(state)
    islands(state)
    aliases(state)
    places_opening_patronymics(state)
    places_opening_names_after_roles(state)


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
    for p in [i for i in range(s.n - 2) if toks[i].text in words]:
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
        _replace_with_body(s, first, last)


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
            if after < s.n and toks[after].is_cap and toks[after].start < mention.end:
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
    return token.is_cap and token.text not in s.lex.stopwords and not any(
        m.start <= token.start < m.end and m.label in ("GPE", "ORG", "DATE") for m in s.found
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


def governments(s: EntityState) -> None:
    """`the Philippine Government`, `Royal Government`, `Government` opening a headline, `the
    Philippine Constitution`: a name the scan guessed (PERSON) whose last word is a
    ``government_nouns`` or ``law_nouns`` word is no one's; it is dropped (the place of `Royal
    Government of Cambodia` is a GPE of its own; laws are not tagged)."""
    nouns = s.words.government_nouns | s.words.law_nouns
    if not nouns or not (s.tokens.by_text.keys() & nouns):
        return
    s.found = [
        m
        for m in s.found
        if not (m.label == "PERSON" and s.word(s.tokens.last_ending_at_or_before(m.end)) in nouns)
    ]


def islands(s: EntityState) -> None:
    """`the Tawi-Tawi archipelago`, `the resort island of Mabul`: a place (GPE) right before a
    small-letter ``island_nouns`` word, or right after one and `of`, is an island, LOC. A known
    place (a province of the same name) changes only before ``island_group_nouns``."""
    nouns = s.words.island_nouns
    if not nouns or not (s.tokens.by_text.keys() & nouns):
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


def aliases(s: EntityState) -> None:
    """`Hailil, also known as Kahumbo`, `the aliases Samson Jose Konde and Atchong`: free capitalised
    runs (up to four words) right after an ``alias_words`` phrase, and after a comma or an
    ``alias_joiners`` word between them, are PERSON."""
    phrases = [phrase.split() for phrase in s.words.alias_words]
    if not phrases:
        return
    for words in phrases:
        for last in s.tokens.indices_of({words[-1]}):
            first = last - len(words) + 1
            if first < 0 or any(s.word(first + i) != word for i, word in enumerate(words)):
                continue
            if not all(s.joined(k, k + 1) for k in range(first, last)):
                continue
            _names_after(s, last + 1)


def _names_after(s: EntityState, k: int) -> None:
    """Tag the list of free capitalised runs from word ``k`` on as PERSON (a name the scan found
    already stays as it is and the list goes on after it)."""
    while k < s.n and s.joined(k - 1, k):
        taken = _mention_at(s, s.tokens.tokens[k].start)
        if taken is not None and taken.label == "PERSON":
            end = s.tokens.last_ending_at_or_before(taken.end)
        elif s.cap_word(k):
            end = k
            while end + 1 < s.n and end - k < 3 and s.cap_word(end + 1) and s.joined(end, end + 1):
                end += 1
            s.add(k, end, "PERSON", rule="alias")
        else:
            return
        nxt = end + 1
        if s.tokens.gap(end, nxt) == ", ":
            k = nxt
        elif s.word(nxt) in s.words.alias_joiners and s.joined(end, nxt):
            k = nxt + 1
        else:
            return


def places_opening_patronymics(s: EntityState) -> None:
    """`Oman bin Sultan Al Olama`: a one-word place (GPE) right before a ``patronymic_particles`` word
    and a PERSON is the first name of that person; the two become one PERSON."""
    particles = s.words.patronymic_particles
    if not particles or not (s.tokens.by_text.keys() & particles):
        return
    people = {m.start: m for m in s.found if m.label == "PERSON"}
    dropped = []
    for place in s.found:
        if place.label != "GPE":
            continue
        last = s.tokens.last_ending_at_or_before(place.end)
        if s.tokens.first_at_or_after(place.start) != last or s.word(last + 1) not in particles:
            continue
        if not (s.joined(last, last + 1) and s.joined(last + 1, last + 2)) or last + 2 >= s.n:
            continue
        person = people.get(s.tokens.tokens[last + 2].start)
        if person is not None:
            person.start = place.start
            person.rule = f"{person.rule}+patronymic"
            dropped.append(place)
    if dropped:
        s.found = [m for m in s.found if all(m is not d for d in dropped)]


def places_opening_names_after_roles(s: EntityState) -> None:
    """`Cabinet Secretary Aden Duale`: English names the place before a role, never between the role
    and the name, so a one-word known place (GPE) between a role's words (held, in no entity) and a
    PERSON right after it is that person's first name."""
    people = {m.start: m for m in s.found if m.label == "PERSON"}
    if not people:
        return
    covered = {s.tokens.first_at_or_after(m.start) for m in s.found}
    dropped = []
    for place in s.found:
        if place.label != "GPE":
            continue
        first = s.tokens.first_at_or_after(place.start)
        if s.tokens.last_ending_at_or_before(place.end) != first or first < 1 or first + 1 >= s.n:
            continue
        role_word = first - 1
        if s.free(role_word) or role_word in covered or not s.tokens.tokens[role_word].is_cap:
            continue
        if not (s.lex.roles.match(s.tokens, role_word) or _role_ends_at(s, role_word)):
            continue
        if s.word(role_word) in s.words.regional_roles:
            continue  # `Governor Lagos ...`: a regional role may name its place
        person = people.get(s.tokens.tokens[first + 1].start)
        if person is not None and s.joined(role_word, first) and s.joined(first, first + 1):
            person.start = place.start
            person.rule = f"{person.rule}+first_name"
            dropped.append(place)
    if dropped:
        s.found = [m for m in s.found if all(m is not d for d in dropped)]


def _role_ends_at(s: EntityState, last: int) -> bool:
    """A role of up to three words ends at word ``last`` (`Cabinet Secretary`)."""
    return any(
        (match := s.lex.roles.match(s.tokens, start)) is not None and match[0] == last + 1
        for start in range(max(0, last - 2), last + 1)
    )
