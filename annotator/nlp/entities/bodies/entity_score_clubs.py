"""Clubs named without a tail word, read from a result line: `Highlanders beat Dynamos 2-1`,
`Rovers 2-1 Dynamos`, `drew with Highlanders 1-1`. The scan leaves a plural club name untagged
or takes a two-word one for a person (`Ngezi Platinum`); a name written right before or after a
score, or before a result verb and a score, is a side of a match, a club (ORG, as the guidelines
have clubs), and so is every other mention of it written alike. A place standing for its team
stays a GPE (the guidelines: `Kedah beat Singapore 3-1`). The verbs are ``club_result_verbs`` of
the language's ``entity_words.toml``; a language without them has no such lines read. An untagged
club before a club role and a person (`Highlanders coach X Y`) is read here too (en_ents15 round)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: A capitalised run of one to three words, the shape of a side's name.
_SIDE = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
#: The dashes that join the two numbers of a score (`2-1`, `1–1`).
_SCORE_DASHES = ("-", "–")
#: A side right after a score (`2-1 Dynamos`).
_SIDE_AFTER = re.compile(rf" ({_SIDE})(?![\w'’-])")
#: A side right before a score (`Rovers 2-1`), searched in the words before it.
_SIDE_BEFORE = re.compile(rf"(?<![\w'’-])({_SIDE}) \Z")
#: A whole line holding a result with no dash (`Zanaco 3 Nkwazi 0`): each side a group.
_BOX_LINE = re.compile(rf"[ \t]*({_SIDE}) \d{{1,2}} ({_SIDE}) \d{{1,2}}[ \t]*\Z")
#: How many characters before a score the sides of a result verb are looked for in.
_WINDOW = 120


@cache
def _verb_before(verbs: frozenset[str]) -> re.Pattern[str] | None:
    """`X beat Y ` or `X drew with Y, ` right before a score, each side a group."""
    if not verbs:
        return None
    alternation = "|".join(re.escape(verb) for verb in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])({_SIDE}) (?:{alternation}) ({_SIDE}),? \Z")


def clubs_in_result_lines(s: EntityState) -> None:
    """Relabel as ORG a PERSON, or tag an untagged run, that is a side of a result line, and the
    club's other mentions written alike (a PERSON or untagged, never a place)."""
    verb_before = _verb_before(s.words.club_result_verbs)
    if verb_before is None:
        return
    clubs: set[str] = set()
    pairs = [_sides_of(s.text, start, end, verb_before) for start, end in _scores(s.text)]
    for pair in [*pairs, *_box_score_lines(s.text)]:
        sides = [side for start, end in pair if (side := _trimmed(s, start, end)) is not None]
        # a side the scan took for a person is a club only beside a club (`Rovers 2-1 Ngezi
        # Platinum`); two people are players (`Okafor beat Mensah 6-3`)
        made = [side for side in sides if _make_club(s, *side, people=False)]
        if made:
            made += [side for side in sides if side not in made and _make_club(s, *side, people=True, lone=True)]
        clubs.update(s.text[start:end] for start, end in made)
    _other_mentions(s, clubs)


def _box_score_lines(text: str) -> Iterator[list[tuple[int, int]]]:
    """The two sides of a line that is a result written with no dash (`Zanaco 3 Nkwazi 0`,
    `NKANA 1 DYNAMOS 0`, as Zambian papers head a match report; en_ents17 round): a side, its goals,
    the other side and its goals, and nothing else on the line. Lines are tried only where a digit
    ends one, which few do."""
    at = text.find("\n")
    while True:
        end = len(text) if at == -1 else at
        if end and text[end - 1].isdigit():
            found = _BOX_LINE.match(text, text.rfind("\n", 0, end) + 1, end)
            if found is not None:
                yield [found.span(1), found.span(2)]
        if at == -1:
            return
        at = text.find("\n", at + 1)


def _scores(text: str) -> Iterator[tuple[int, int]]:
    """The scores of a text (`2-1`, `1–1`, `2 - 1`): one or two digits on each side of a dash (one
    space on each side of it allowed), with no word character or dash around them (`2024-25`,
    `U-17` are none). Found from the dashes, which are few, not by a search over every character."""
    for dash in _SCORE_DASHES:
        at = text.find(dash)
        while at != -1:
            spaced = _spaced(text, at)
            left, right = at - spaced, at + 1 + spaced
            start, end = _digits_before(text, left), _digits_after(text, right)
            if 1 <= left - start <= 2 and 1 <= end - right <= 2 and _edge(text, start - 1) and _edge(text, end):
                yield start, end
            at = text.find(dash, at + 1)


def _spaced(text: str, at: int) -> int:
    """1 when the dash at ``at`` has one space on each side (`2 - 1`, en_ents16 round), else 0."""
    return int(0 < at < len(text) - 1 and text[at - 1] == " " == text[at + 1])


def _digits_before(text: str, at: int) -> int:
    """Where the run of digits ending right before ``at`` starts."""
    while at > 0 and text[at - 1].isdigit():
        at -= 1
    return at


def _digits_after(text: str, at: int) -> int:
    """Where the run of digits starting at ``at`` ends."""
    while at < len(text) and text[at].isdigit():
        at += 1
    return at


def _edge(text: str, at: int) -> bool:
    """No word character and no dash at ``at`` (outside the text counts as an edge)."""
    return not 0 <= at < len(text) or not (text[at].isalnum() or text[at] in "_-–")


def _sides_of(text: str, start: int, end: int, verb_before: re.Pattern[str]) -> list[tuple[int, int]]:
    """The sides of the score at ``start``..``end``: the runs right before and after it
    (`Rovers 2-1 Dynamos`), or those of a result verb before it (`X beat Y 2-1`)."""
    base = max(0, start - _WINDOW)
    window = text[base:start]
    after = _SIDE_AFTER.match(text, end)
    before = _SIDE_BEFORE.search(window) if after is not None else None
    if after is not None and before is not None:
        return [(base + before.start(1), base + before.end(1)), (after.start(1), after.end(1))]
    verb = verb_before.search(window)
    if verb is None:
        return []
    return [(base + verb.start(1), base + verb.end(1)), (base + verb.start(2), base + verb.end(2))]


@cache
def _side_before_role(roles: frozenset[str]) -> re.Pattern[str] | None:
    """A side, a club role (one small-letter word before it allowed: `head coach`) and a space,
    right before a person's name."""
    if not roles:
        return None
    alternation = "|".join(re.escape(role) for role in sorted(roles, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])({_SIDE}) (?:[a-z][a-z-]+ )?(?:{alternation}) \Z")


def untagged_clubs_before_club_roles(s: EntityState) -> None:
    """`Highlanders coach Brandon Moyo`: untagged capitalised words before a club role and a
    PERSON are the club, as a PERSON there is (entity_club_roles.py), and so are its other
    mentions written alike."""
    pattern = _side_before_role(s.words.club_roles)
    if pattern is None:
        return
    clubs: set[str] = set()
    for person in [m for m in s.found if m.label == "PERSON"]:
        base = max(0, person.start - _WINDOW)
        if s.text[base : person.start].rsplit(" ", 2)[-2:][0] not in s.words.club_roles:
            continue  # most names follow no club role: the pattern is searched for only after one
        side = pattern.search(s.text, base, person.start)
        if side is None:
            continue
        trimmed = _trimmed(s, side.start(1), side.end(1))
        if trimmed is not None and not s.found_within(*trimmed) and _make_club(s, *trimmed):
            clubs.add(s.text[trimmed[0] : trimmed[1]])
    _other_mentions(s, clubs)


def _other_mentions(s: EntityState, clubs: set[str]) -> None:
    """Every other mention of the ``clubs`` written alike is the club too; a club written in
    capitals in a result line (`NKANA 1 DYNAMOS 0`) is written in the report as its title case
    (`Nkana`; en_ents17 round). A possessive is the club too (`Nkana’s run`), but not a mention
    that names a venue (`Nkana Stadium`)."""
    for club in clubs | {club.title() for club in clubs if club.isupper()}:
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(club)}(?:(?![\w'’-])|(?=['’]s(?!\w)))", s.text):
            if not _before_a_venue(s, found.end()):
                _make_club(s, found.start(), found.end(), lone=True)


def _before_a_venue(s: EntityState, end: int) -> bool:
    """A space and a venue's word (``facility_tails``: `Stadium`, `Arena`) right after ``end``."""
    return s.text[end : end + 1] == " " and s.word_starting_at(end + 1) in s.res.facility_tails


def _trimmed(s: EntityState, start: int, end: int) -> tuple[int, int] | None:
    """The side's characters without an opening stop word (`The Highlanders`)."""
    first = s.tokens.first_at_or_after(start)
    last = s.tokens.last_ending_at_or_before(end)
    while first <= last and s.word(first) in s.lex.stopwords:
        first += 1
    if first > last:
        return None
    return s.tokens.tokens[first].start, s.tokens.tokens[last].end


def _make_club(s: EntityState, start: int, end: int, *, people: bool = True, lone: bool = False) -> bool:
    """Make ``start``..``end`` one ORG when it is one PERSON (with ``people``), or untagged
    capitalised words that are no known place, one word only a plural unless ``lone`` (the other
    side of the line is a club: `Mbeza 1 - 0 Harriers`, en_ents16 round); True when it is the club
    now (or was one)."""
    inside = [m for m in s.found if m.start < end and start < m.end]
    if len(inside) == 1 and _opened_by_town(s, inside[0], start, end):
        return True
    if inside:
        labels = ("PERSON", "ORG") if people else ("ORG",)
        if len(inside) != 1 or inside[0].label not in labels or (inside[0].start, inside[0].end) != (start, end):
            return False
        if inside[0].label == "PERSON":
            inside[0].label, inside[0].rule = "ORG", "score_club"
        return True
    first = s.tokens.first_at_or_after(start)
    last = s.tokens.last_ending_at_or_before(end)
    if last < first or not all(s.cap_word(k) for k in range(first, last + 1)):
        return False
    if any(s.lex.gazetteer.match(s.tokens, k) for k in range(first, last + 1)):
        return False
    if first == last and not lone and not _plural(s.word(first)):
        return False  # one word is a club's plural name (`Dynamos`); `Okafor beat Mensah 6-3` are players
    s.add(first, last, "ORG", rule="score_club")
    return True


def _plural(word: str) -> bool:
    """A plural's ending, in any case (`Dynamos`, `DYNAMOS`), not a singular's `-ss` or `-us`
    (`Class`, `Campus`; en_ents17 round)."""
    word = word.lower()
    return word.endswith("s") and not word.endswith(("ss", "us"))


def _opened_by_town(s: EntityState, place: Mention, start: int, end: int) -> bool:
    """`Lusaka Dynamos 2 - 1`: a side the scan read as its town alone (a GPE) and untagged
    capitalised words ending in a plural is one club, an ORG; True when it is made one (en_ents16
    round). A side it took for a person is left to the other side, as before (`Florence Williams
    beat Jane Adams 6-3` are players)."""
    if place.label != "GPE" or place.start != start or place.end >= end:
        return False
    first = s.tokens.first_at_or_after(place.end)
    last = s.tokens.last_ending_at_or_before(end)
    if last < first or not all(s.cap_word(k) for k in range(first, last + 1)) or not _plural(s.word(last)):
        return False
    s.found.remove(place)
    s.add(s.tokens.first_at_or_after(start), last, "ORG", rule="score_club")
    return True
