"""Vehicles are no entities: `Honda Jazz`, `Toyota Fortuner VRZ`, `sepeda motor Suzuki Smash AD 2434
HB`. Without this rule a make is a person's first name (`Honda Jazz`), a gazetteer city (`Toyota`)
or a company. A make is held, with its model words and number plate, when a model word follows it
or a vehicle noun comes before it (common/vehicles.toml)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml


@cache
def _vehicles() -> tuple[frozenset[str], frozenset[str]]:
    data = read_toml("common", "vehicles.toml")
    return frozenset(data.get("makes", [])), frozenset(noun.lower() for noun in data.get("nouns", []))


def makes() -> frozenset[str]:
    """The vehicle makes (the rule's first test, and its gate in ``entity_gates``)."""
    return _vehicles()[0]


def _model_word(s: EntityState, k: int) -> bool:
    """A capitalised word, an acronym or a number right after the make (`Jazz`, `VRZ`, `2434`)."""
    word = s.word(k)
    return bool(word) and s.free(k) and s.joined(k - 1, k) and (word[:1].isupper() or word[:1].isdigit())


def vehicle(s: EntityState, index: int) -> int | None:
    """At a vehicle make: hold it and its model words; None when it is not used as a vehicle."""
    known_makes, nouns = _vehicles()
    if s.word(index) not in known_makes:
        return None
    k = index + 1
    while _model_word(s, k) and not s.is_head(k):
        k += 1
    tails = s.res.event_tails | s.lex.org_tails | s.res.facility_tails
    if any(s.word(j) in tails for j in range(index + 1, k)):
        return None  # `Suzuki Cup`, `Honda Foundation`: an event or a body bearing the make's name
    if k == index + 1 and s.word(index - 1).lower() not in nouns:
        return None  # `Toyota` alone: the company or the city
    s.block(index, k - 1)
    return k
