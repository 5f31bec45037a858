"""English bodies written as an acronym, a hyphen and a unit or region (en_ents3 round, fresh
Philippine pages): `PNP-CIDG`, `NBI-NCR`, `PRO-CAR`, `DTI-Calabarzon`, `PNP-ACG` are one ORG. The
tokenizer keeps such a word whole, and a word in capitals alone is no entity, so it was left out.
Two known bodies (`AFP-PNP`, `ASEAN-GCC`) stay apart, and a place or a country before or after the
hyphen (`US-ASEAN`, `ASEAN-Japan`) makes no body. Runs after the scan, before acronyms spread."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_gazetteers import country_names

#: `PNP-CIDG`, `NBI-NCR`, `DTI-Calabarzon`: capitals, a hyphen or dash, capitals or a capitalised word.
HYPHENED = re.compile(r"([A-Z]{2,6})[-\u2013]([A-Z]{2,6}|[A-Z][a-z]{3,})")


def hyphen_bodies(s: EntityState) -> None:
    """Each free word of the :data:`HYPHENED` shape whose parts are a body and its unit is an ORG."""
    if s.analysis.lang != "en":
        return
    known = s.lex.known_names
    for text, indices in s.tokens.by_text.items():
        if "-" not in text and "\u2013" not in text:
            continue  # HYPHENED holds one of them (a test cheaper than the pattern's call, for most words)
        match = HYPHENED.fullmatch(text)
        if match is None:
            continue
        body, unit = match.groups()
        body_label, unit_label = known.get(body), known.get(unit)
        if body_label not in (None, "ORG") or body in s.words.not_org_acronyms:
            continue  # `US-ASEAN`: a place first
        if unit.isupper() and unit_label == "ORG" and body_label == "ORG":
            continue  # `AFP-PNP`: two bodies
        if not unit.isupper() and (body_label != "ORG" or unit_label != "GPE" or unit in country_names()):
            continue  # `DTI-Calabarzon` only: a known body and a region, no country (`ASEAN-Japan`)
        for index in indices:
            _make_body(s, index)


def _make_body(s: EntityState, index: int) -> None:
    """Word ``index`` becomes an ORG unless another entity holds it; a PERSON guess that is the word
    alone gives way (`DOH-Calabarzon` is no one), and so does a block of two names in one word
    (`entity_people.paired_names`, which keeps `Gerindra-PKB` apart)."""
    token = s.tokens.tokens[index]
    held = [m for m in s.found if m.start < token.end and m.end > token.start]
    if any(not (m.label == "PERSON" and m.start == token.start and m.end == token.end) for m in held):
        return
    s.found = [m for m in s.found if m not in held]
    s.taken[index] = False
    s.add(index, index, "ORG", rule="hyphen_body")
