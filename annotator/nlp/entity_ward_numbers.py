"""English (Nepal): a municipality glued to its ward number (`Ramnagar Rural Municipality-4`,
`Rapti Municipality-9`). The tokenizer keeps `Municipality-4` one word, so the scan cut the name
before it (`Ramnagar Rural` as a person) or missed it; the real set's decision keeps the ward
number out of the GPE (`[Prasauni Rural Municipality]-5`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entity_state import EntityState

#: One to three capitalised words, then the municipality's kind, then a hyphen and a ward number.
WARD_NUMBER = re.compile(
    r"\b((?:[A-Z][\w’'-]*[ ]){1,3}(?:Rural Municipality|Municipality|Sub-Metropolitan City|Metropolitan City))-\d{1,2}\b"
)
#: Mentions a municipality's words may have been taken for by the scan: they give way.
GUESSES = ("PERSON", "GPE", "LOC")


def places_before_ward_numbers(s: EntityState) -> None:
    text = s.text
    if "-" not in text:
        return
    for match in WARD_NUMBER.finditer(text):
        start, end = match.span(1)
        while text[start:end].split(" ", 1)[0] in s.lex.stopwords or text[start:end].startswith("The "):
            start += len(text[start:end].split(" ", 1)[0]) + 1  # `The Rapti Municipality-9`: no article
        if text[start:end].split(" ", 1)[0] in ("Rural", "Municipality", "Sub-Metropolitan", "Metropolitan"):
            continue  # the kind alone, no name before it
        inside = [m for m in s.found if m.start < match.end() and m.end > start]
        if any(m.label not in GUESSES or m.start < start for m in inside):
            continue
        for mention in inside:
            s.found.remove(mention)
        s.found.append(Mention(start, end, "GPE", rule="place_before_ward_number"))
        s.block(s.tokens.first_at_or_after(start), s.tokens.last_ending_at_or_before(match.end()))  # no later rule there
    s.found.sort(key=lambda m: m.start)
