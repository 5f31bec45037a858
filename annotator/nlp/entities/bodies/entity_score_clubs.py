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
from functools import cache

from annotator.nlp.entities.bodies.entity_club_roles import after_club
from annotator.nlp.entities.entity_state import EntityState

#: A capitalised run of one to three words, the shape of a side's name.
_SIDE = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
#: A score of a match (`2-1`, `1–1`).
_SCORE = r"\d{1,2}[-–]\d{1,2}"


@cache
def _result_lines(verbs: frozenset[str]) -> re.Pattern[str] | None:
    """`X beat Y 2-1`, `X drew with Y 1-1` and `X 2-1 Y`, each side a named group."""
    if not verbs:
        return None
    alternation = "|".join(re.escape(verb) for verb in sorted(verbs, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?P<a>{_SIDE}) (?:(?:{alternation}) (?P<b>{_SIDE}),? {_SCORE}(?![\w-])"
        rf"|{_SCORE} (?P<c>{_SIDE})(?![\w'’-]))"
    )


def clubs_in_result_lines(s: EntityState) -> None:
    """Relabel as ORG a PERSON, or tag an untagged run, that is a side of a result line, and the
    club's other mentions written alike (a PERSON or untagged, never a place)."""
    pattern = _result_lines(s.words.club_result_verbs)
    if pattern is None:
        return
    clubs: set[str] = set()
    for line in pattern.finditer(s.text):
        sides = [
            side
            for group in ("a", "b", "c")
            if line.group(group) is not None and (side := _trimmed(s, line.start(group), line.end(group))) is not None
        ]
        # a side the scan took for a person is a club only beside a club (`Rovers 2-1 Ngezi
        # Platinum`); two people are players (`Okafor beat Mensah 6-3`)
        made = [side for side in sides if _make_club(s, *side, people=False)]
        if made:
            made += [side for side in sides if side not in made and _make_club(s, *side, people=True)]
        clubs.update(s.text[start:end] for start, end in made)
    _other_mentions(s, clubs)


def untagged_clubs_before_club_roles(s: EntityState) -> None:
    """`Highlanders coach Brandon Moyo`: untagged capitalised words before a club role and a
    PERSON are the club, as a PERSON there is (entity_club_roles.py), and so are its other
    mentions written alike."""
    role = after_club(s.words.club_roles)
    if role is None:
        return
    starts = {m.start for m in s.found if m.label == "PERSON"}
    clubs: set[str] = set()
    for side in re.finditer(rf"(?<![\w'’-]){_SIDE}(?= )", s.text):
        after = role.match(s.text, side.end())
        if after is None or after.end() not in starts:
            continue
        trimmed = _trimmed(s, side.start(), side.end())
        if trimmed is not None and not s.found_within(*trimmed) and _make_club(s, *trimmed):
            clubs.add(s.text[trimmed[0] : trimmed[1]])
    _other_mentions(s, clubs)


def _other_mentions(s: EntityState, clubs: set[str]) -> None:
    """Every other mention of the ``clubs`` written alike is the club too."""
    for club in clubs:
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(club)}(?![\w'’-])", s.text):
            _make_club(s, found.start(), found.end())


def _trimmed(s: EntityState, start: int, end: int) -> tuple[int, int] | None:
    """The side's characters without an opening stop word (`The Highlanders`)."""
    first = s.tokens.first_at_or_after(start)
    last = s.tokens.last_ending_at_or_before(end)
    while first <= last and s.word(first) in s.lex.stopwords:
        first += 1
    if first > last:
        return None
    return s.tokens.tokens[first].start, s.tokens.tokens[last].end


def _make_club(s: EntityState, start: int, end: int, *, people: bool = True) -> bool:
    """Make ``start``..``end`` one ORG when it is one PERSON (with ``people``), or untagged
    capitalised words that are no known place; True when it is the club now (or was one)."""
    inside = [m for m in s.found if m.start < end and start < m.end]
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
    if first == last and not s.word(first).endswith("s"):
        return False  # one word is a club's plural name (`Dynamos`); `Okafor beat Mensah 6-3` are players
    s.add(first, last, "ORG", rule="score_club")
    return True
