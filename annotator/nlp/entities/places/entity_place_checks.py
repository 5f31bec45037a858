"""Places checked after the scan: a one-word place of the gazetteer packages (not of the curated
lists of countries and provinces) that is also a later word of a person's name in the text is that
person (`Santos` after `Reynaldo Santos`); an organisation's head word alone is a common noun (`ke
Puskesmas`). (A place in a facility's name is held by the scan: entity_facilities.named_facility.)"""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState


def places_that_are_names(s: EntityState) -> None:
    surnames = {
        word
        for m in s.found
        if m.label == "PERSON"
        for word in s.text[m.start : m.end].split()[1:]
        if word[:1].isupper() and word not in s.lex.stopwords
    }
    for mention in s.found:
        name = s.text[mention.start : mention.end]
        # only a place the curated lists do not hold (`Santos`, a world city), never a country
        if mention.label == "GPE" and mention.rule == "known_name" and name in surnames and name not in s.res.gazetteer:
            mention.label = "PERSON"
            mention.rule = "name_found_elsewhere"


def lone_heads(s: EntityState) -> None:
    """A word that starts an organisation's name standing alone with no name after it is the
    common noun (`surat edaran ke Puskesmas`): not a place or a person."""
    heads = s.res.org_heads
    kept: list[Mention] = []
    for mention in s.found:
        text = s.text[mention.start : mention.end]
        if mention.label in ("GPE", "PERSON") and mention.rule == "capitalised_run" and heads.get(text) == "named":
            continue
        kept.append(mention)
    s.found = kept


def run(state: EntityState) -> None:
    places_that_are_names(state)
    lone_heads(state)
