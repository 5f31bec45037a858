"""English (Nepal): units named with a number. A province named by its number is a GPE (`Province
2`, `Province No. 1`, as Nepal's were until they took names). A municipality glued to its ward
number (`Ramnagar Rural Municipality-4`, `Rapti Municipality-9`): the tokenizer keeps
`Municipality-4` one word, so the scan cut the name before it (`Ramnagar Rural` as a person) or
missed it. The real set's decision keeps the ward number out of the GPE (`[Prasauni Rural
Municipality]-5`), which the tokenizer's word edges cannot give: the GPE takes the whole word."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.text.pattern_needs import finditer

#: One to three capitalised words, then the municipality's kind, then a hyphen and a ward number.
WARD_NUMBER = re.compile(
    r"\b((?:[A-Z][\w’'-]*[ ]){1,3}(?:Rural Municipality|Municipality|Sub-Metropolitan City|Metropolitan City))-\d{1,2}\b"
)
#: `Province 2`, `Province No. 1`, `Province No 7`.
NUMBERED_PROVINCE = re.compile(r"\bProvince(?: No\.?)? [1-7]\b")
#: Mentions a municipality's words may have been taken for by the scan: they give way.
GUESSES = ("PERSON", "GPE", "LOC")


def places_before_ward_numbers(s: EntityState) -> None:
    text = s.text
    if "-" not in text:
        return
    for match in finditer(WARD_NUMBER, text):  # none at once in a text without `Municipality` or `Metropolitan City`
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


def numbered_provinces(s: EntityState) -> None:
    if "Province" not in s.text:
        return
    for match in NUMBERED_PROVINCE.finditer(s.text):
        first = s.tokens.first_at_or_after(match.start())
        last = s.tokens.last_ending_at_or_before(match.end())
        if first <= last and all(s.free(k) for k in range(first, last + 1)):
            s.add(first, last, "GPE", rule="numbered_province")
