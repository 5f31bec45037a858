"""English credit lines the shared credit patterns leave out (:mod:`annotator.nlp.entities.credits.entity_credits`):
`By X` and `BY X` alone on a line (also `By X in Port Moresby`, where the reporter files from),
`BY JANE PHIRI The council ...` (a byline in capitals run into the first paragraph),
`Photo: Reuters/X`, `Photo by X/The Star`, `Story by X and Y`,
`Image by X/Outlet`, `(Outlet Photo – X)`, `(Edited by X)`. The words are tables of
``en/entity_words.toml`` (``byline_words``, ``byline_place_words``, ``credit_works``, ``credit_joined_works``,
``credit_work_joiners``, ``credit_by``, ``photo_credit_words``, ``credit_name_joiners``); the
patterns are made from them once per word sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from annotator.nlp.entities.credits.entity_credits import credited_caps_person, is_outlet
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml
from annotator.nlp.text.patterns import bounded_words

#: A personal name in a credit: one to four words, capitalised or in capitals, initials allowed
#: (`Nadirah H. Rodzi`, `NURUL AIN HASSAN`, `Lee Wei Lin`).
_NAME = r"[A-Z][\w'’-]*\.?(?:[ ][A-Z][\w'’-]*\.?){0,3}"
#: A name in capitals in a byline run into the text (`JANE PHIRI` in `BY JANE PHIRI The council`).
_CAPS_NAME = r"[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){1,3}"
#: An outlet after a credit's slash or colon (`The Star`, `BERNAMA`).
_OUTLET = r"([A-Z][\w.&]*(?:[ ][A-Z][\w.&]*){0,3})"


#: `in` before the place a byline's reporter files from (`By X in Port Moresby`).
BYLINE_PLACE_WORDS = frozenset(read_toml("en", "entity_words.toml").get("byline_place_words", []))


def _alternation(words: frozenset[str]) -> str:
    """The words as one regex alternation, longest first (none: a group that never matches)."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w))) or "(?!)"


def _bounded(words: frozenset[str]) -> str:
    r"""``\b(?:<the words' alternation>)``, written so that ``re`` scans for the words' first letters
    (:func:`annotator.nlp.text.patterns.bounded_words`: the same matches)."""
    return bounded_words(sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class CreditPatterns:
    """The credit line patterns, made from the credit words of ``en/entity_words.toml``."""

    by_line: re.Pattern[str]
    caps_by_glued: re.Pattern[str]
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
        # `By Nadirah H. Rodzi` alone on its line, or with where it was filed (`in Port Moresby`).
        by_line=re.compile(
            rf"^[ \t]*(?:{_alternation(byline)})[ \t]+({names})"
            rf"(?:[ \t]+(?:{_alternation(BYLINE_PLACE_WORDS)})[ \t]+({_NAME}))?[ \t]*$",
            re.MULTILINE,
        ),
        # `BY JANE PHIRI The council met ...`: a byline in capitals at a line's start, the paragraph
        # after it on the same line (a flattened page); the name ends where a title-case word begins.
        # Searched from the byline word (so that ``re`` scans for its first letter); `credits` checks
        # that only blanks stand before it on its line.
        caps_by_glued=re.compile(rf"{_bounded(byline)}[ ]+({_CAPS_NAME})[ ](?=[A-Z][a-z])"),
        # `Photo by Azhar Mahfof/The Star`, `Story by Lee Wei Lin and Aida Ahmad`, `Pic by X`.
        work_by=re.compile(
            rf"{_bounded(works)}(?: (?:{_alternation(work_joiners)}) (?:{_alternation(joined_works)}))?"
            rf" (?:{by_words})[ \t]+({names})(?:[ \t]*/[ \t]*{_OUTLET})?"
        ),
        # `Photo: Reuters/Lai Seng Sin`, `File photo: AFP/Jane Doe`, `PHOTO: BERNAMA`.
        photo_colon=re.compile(rf"{_bounded(photo)}[ \t]*:[ \t]*{_OUTLET}(?:/({_NAME}))?"),
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
        if match.group(2):  # `By X in Port Moresby`: where the story was filed
            place = match.group(2).rstrip(".")
            label = s.res.gazetteer.get(place) or "GPE"
            if label in ("GPE", "LOC"):
                add_exact(s, match.start(2), match.start(2) + len(place), label, "credit_place")
    for match in patterns.caps_by_glued.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not text[line_start : match.start()].strip(" \t") and credited_caps_person(s, match.group(1)):
            _add_names(s, add_exact, patterns.join, match.start(1), match.group(1))
    for match in patterns.work_by.finditer(text):
        outlet = match.group(2)
        if outlet and is_outlet(s, match.group(1)) and not is_outlet(s, outlet):
            add_exact(s, match.start(1), match.end(1), "ORG", "credit")  # `Photo by VnExpress/Hoang Phuong`
            _add_names(s, add_exact, patterns.join, match.start(2), outlet.rstrip("."))
            continue
        _add_names(s, add_exact, patterns.join, match.start(1), match.group(1))
        if outlet:  # `Photo by X/The Star`, `Image by X/Forest Daily Indonesia.`: after the slash, the outlet
            end = match.end(2) if is_outlet(s, outlet) else match.start(2) + len(outlet.rstrip("."))
            add_exact(s, match.start(2), end, "ORG", "credit")
    for match in patterns.photo_colon.finditer(text):
        if credited_caps_person(s, match.group(1)):
            add_exact(s, match.start(1), match.end(1), "PERSON", "credit")  # `PHOTOS: ROKIAH MAHMUD`
            continue
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
        if not part or part.rsplit(" ", 1)[-1].title() in s.words.desk_tails:
            continue  # `By Sports Reporter`, `BY STAFF REPORTER`: a desk, no one's name
        if credited_caps_person(s, part) or not is_outlet(s, part):  # `By JANE PHIRI`, not `By BERNAMA`
            add_exact(s, offset + at, offset + at + len(part), "PERSON", "credit")
