"""Football clubs the scan took for a person or a place, found by the two shapes of a regional
club's name that the club lists cannot hold in full: a prefix and a short form in small letters
before the place (`Persatu Tuban`, `Perserang Serang`, after a role: `Pelatih Persipa Pati`) and a
place before a suffix word (`Babel United`). Clubs are ORG (the shared guidelines' decisions). The
shapes are ``club_prefixes`` and ``club_suffixes`` of the language's ``entity_words.toml``."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.text.patterns import word_alternation


@cache
def _club_shape(prefixes: frozenset[str]) -> re.Pattern[str] | None:
    """`Persib`, `Persatu`, `Perserang`: a prefix and a short form of two or more small letters."""
    if not prefixes:
        return None
    alternation = "|".join(re.escape(prefix) for prefix in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})[a-z]{{2,}}")


def clubs(s: EntityState) -> None:
    """Relabel as ORG a PERSON or GPE that is a club's shape followed by a known place; a club's
    word taken for a name with its place after it is one ORG (`Pelatih Persipa | Pati`)."""
    shape = _club_shape(s.words.club_prefixes)
    suffixes = s.words.club_suffixes
    if shape is None and not suffixes:
        return
    s.found.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    for mention in s.found:
        previous = kept[-1] if kept else None
        joined = previous is not None and s.text[previous.end : mention.start] == " "
        if joined and previous is not None and mention.label == "GPE" and _club_word(s, shape, previous):
            previous.end, previous.label, previous.rule = mention.end, "ORG", "club"
            continue
        kept.append(mention)
    s.found = kept
    for mention in s.found:
        if mention.label not in ("PERSON", "GPE"):
            continue
        first = s.tokens.first_at_or_after(mention.start)
        last = s.tokens.last_ending_at_or_before(mention.end)
        if last <= first:
            continue
        word = s.word(first)
        if shape is not None and shape.fullmatch(word) and word not in s.words.not_clubs:
            place = s.lex.gazetteer.match(s.tokens, first + 1)
        elif s.word(last) in suffixes:
            place = s.lex.gazetteer.match(s.tokens, first)
            last -= 1  # the place ends before the suffix word
        else:
            continue
        if place and place[1] == "GPE" and place[0] == last + 1:
            mention.label, mention.rule = "ORG", "club"


def _club_word(s: EntityState, shape: re.Pattern[str] | None, mention: Mention) -> bool:
    """A one-word PERSON of a club's shape (`Persipa`)."""
    if shape is None or mention.label != "PERSON":
        return False
    word = s.text[mention.start : mention.end]
    return shape.fullmatch(word) is not None and word not in s.words.not_clubs


def clubs_before_places(s: EntityState) -> None:
    """`melawan Persipa Pati`: a club's word the scan left untagged (a run holding a known place is
    no name) right before a GPE is one ORG with it. Runs after the places found elsewhere (the
    dateline's `Pati` makes the later `Pati` a GPE only then)."""
    shape = _club_shape(s.words.club_prefixes)
    if shape is None:
        return
    s.found.sort(key=lambda m: m.start)
    previous_end = 0
    for mention in s.found:
        free_from, previous_end = previous_end, mention.end
        if mention.label != "GPE":
            continue
        first = s.tokens.first_at_or_after(mention.start)
        if _untagged_club_before(s, shape, first, free_from):
            mention.start, mention.label, mention.rule = s.tokens.tokens[first - 1].start, "ORG", "club"
            s.block(first - 1, first - 1)  # the club word is the mention's now


def _untagged_club_before(s: EntityState, shape: re.Pattern[str] | None, first: int, free_from: int) -> bool:
    """An untagged word of a club's shape right before word ``first`` (`Persipa` before `Pati`);
    no mention ends after ``free_from`` before it."""
    if shape is None or first < 1 or s.tokens.tokens[first - 1].start < free_from or s.tokens.gap(first - 1, first) != " ":
        return False
    word = s.word(first - 1)
    return shape.fullmatch(word) is not None and word not in s.words.not_clubs and word not in s.lex.stopwords


def club_short_forms(s: EntityState) -> None:
    """A club found with its place (`PSCS Cilacap`, `Persipa Pati`) is named by its short form alone
    elsewhere in the article (`Gol PSCS`, a headline's `PSCS 2-1 Persipa`): that word is the club
    too, and written in small letters before its place (`persipa Pati`) it is the club with it."""
    heads = _clubs_by_first_word(state=s)
    if not heads:
        return
    places = {m.start: m for m in s.found if m.label == "GPE"}
    tokens = s.tokens.tokens
    for lowered in s.tokens.by_lower.keys() & heads.keys():
        for index in s.tokens.by_lower[lowered]:
            if not s.free(index):
                continue
            if s.word(index) == heads[lowered]:
                s.add(index, index, "ORG", rule="club_short_form")
                continue
            place = places.get(tokens[index + 1].start) if index + 1 < s.n else None
            if place is not None and s.tokens.gap(index, index + 1) == " ":
                place.start, place.label, place.rule = tokens[index].start, "ORG", "club_short_form"
                s.block(index, index)


def _clubs_by_first_word(state: EntityState) -> dict[str, str]:
    """The first words of the clubs found before their place, by their lower case."""
    s = state
    shape = _club_shape(s.words.club_prefixes)
    acronym = _club_acronym_shape(s.words.club_acronym_prefixes)
    openings = tuple(s.words.club_prefixes | s.words.club_acronym_prefixes)
    heads: dict[str, str] = {}
    if not openings:
        return heads
    for mention in s.found:
        if mention.label != "ORG" or not s.text.startswith(openings, mention.start):
            continue  # most mentions are out at once
        word = s.text[mention.start : mention.end].split(" ", 1)[0]
        clubbish = (shape is not None and shape.fullmatch(word) and word not in s.words.not_clubs) or (
            acronym is not None and acronym.fullmatch(word) and word not in s.words.not_body_acronyms
        )
        if not clubbish:
            continue
        first = s.tokens.first_at_or_after(mention.start)
        last = s.tokens.last_ending_at_or_before(mention.end)
        if last <= first or s.word(first) != word:
            continue
        place = s.lex.gazetteer.match(s.tokens, first + 1)
        if place and place[1] == "GPE" and place[0] == last + 1:
            heads[word.lower()] = word
    return heads


@cache
def _club_acronym_shape(prefixes: frozenset[str]) -> re.Pattern[str] | None:
    """`PSCS`, `PSIS`: an acronym's opening letters and one to three more capitals."""
    if not prefixes:
        return None
    alternation = "|".join(re.escape(prefix) for prefix in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})[A-Z]{{1,3}}")


@cache
def _acronym_place_club(tails: frozenset[str]) -> re.Pattern[str] | None:
    """A club's name found whole: an acronym, its place and the club's tail (`SS Riau FC`)."""
    if not tails:
        return None
    return re.compile(rf"([A-Z]{{2,5}}) ([A-Z][a-z]+(?: [A-Z][a-z]+)?) ({word_alternation(tails)})")


def clubs_before_their_places(s: EntityState) -> None:
    """A club found as an acronym, its place and `FC` (`SS Riau FC`, often defined in brackets)
    is the same club where a role leaves its acronym and gives its place as a GPE (`Pelatih SS
    Riau`, `Ketua SS Riau FC`): that GPE and the acronym before it (and `FC` after) are the ORG."""
    shape = _acronym_place_club(s.words.club_acronym_tails)
    if shape is None:
        return
    clubs_found: dict[tuple[str, str], str] = {}
    for mention in s.found:
        if mention.label == "ORG" and (club := shape.fullmatch(s.text, mention.start, mention.end)):
            clubs_found[(club.group(1), club.group(2))] = club.group(3)
    if not clubs_found:
        return
    text = s.text
    for mention in s.found:
        if mention.label != "GPE":
            continue
        index = s.tokens.first_at_or_after(mention.start)
        if index == 0 or s.tokens.gap(index - 1, index) != " ":
            continue
        club_tail = clubs_found.get((s.word(index - 1), text[mention.start : mention.end]))
        if club_tail is None:
            continue
        acronym = s.tokens.tokens[index - 1].start
        if any(other.start <= acronym < other.end for other in s.found):
            continue  # the acronym is an entity of its own already
        tail = " " + club_tail
        if text.startswith(tail, mention.end):
            mention.end += len(tail)
        mention.start, mention.label, mention.rule = acronym, "ORG", "club_before_place"
