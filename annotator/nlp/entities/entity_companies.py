"""Companies' names in English, after the scan: an abbreviated ending keeps its full stop
(`Ayala Land Inc.`, like `Reynaldo Cruz Jr.`), and a short form is the company (`Eco World` after
`Eco World Development Group Bhd`, `Kenanga` after `Kenanga Research`, `Vale Indonesia` after
`PT Vale Indonesia Tbk`): a PERSON guess whose words
open the name of a company found in the same text (an ORG ending in one of ``company_endings`` of
``en/entity_words.toml``) is that company, wherever it stands."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState


def company_stops(s: EntityState) -> None:
    """`Ayala Land Inc.`: a dotted ending (`Inc.` of ``company_endings``) keeps its stop."""
    dotted = {word[:-1] for word in s.words.company_endings if word.endswith(".")}
    for mention in s.found:
        if (
            mention.label == "ORG"
            and s.text[mention.end : mention.end + 1] == "."
            and s.text[mention.start : mention.end].rsplit(None, 1)[-1] in dotted
        ):
            mention.end += 1


def company_short_forms(s: EntityState) -> None:
    endings = s.words.company_endings
    if not endings:
        return
    openings: set[tuple[str, ...]] = set()
    for mention in s.found:
        if mention.label == "ORG":
            words = s.text[mention.start : mention.end].split()
            if len(words) >= 2 and words[-1] in endings:
                openings.update(tuple(words[:n]) for n in range(1, len(words)))
            if len(words) >= 3 and words[0] in s.words.short_form_openers:
                # `PT Vale Indonesia Tbk`, then `Vale Indonesia`: the name without its form
                last = len(words) - 1 if words[-1] in endings else len(words)
                openings.update(tuple(words[1:n]) for n in range(3, last + 1))
    if not openings:
        return
    for number, mention in enumerate(s.found):
        if mention.label == "PERSON" and tuple(s.text[mention.start : mention.end].split()) in openings:
            s.found[number] = Mention(mention.start, mention.end, "ORG", source=mention.source, rule="company_short_form")
