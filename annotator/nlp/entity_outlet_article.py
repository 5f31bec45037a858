"""`The Fiji Times reports`, `told The Star` (issue 11, edges round): a newspaper's masthead
spells its `The`, so a capitalised `The` right before an ORG ending in a newspaper word
(``en/outlet_heads.txt``) joins it; a lower-case `the` stays outside (`the Bangkok Post`)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from annotator.nlp.entity_state import EntityState
from annotator.nlp.resources import read_list


@cache
def _heads() -> frozenset[str]:
    return frozenset(read_list("en", "outlet_heads.txt"))


def outlet_articles(s: EntityState) -> None:
    """Each ORG whose last word is a newspaper word takes a capitalised `The` right before it."""
    articles = s.tokens.by_text.get("The")
    if s.analysis.lang != "en" or not articles:
        return  # gate: no capitalised `The` in the text
    heads = _heads()
    before = {s.tokens.tokens[k].end + 1: k for k in articles if s.free(k)}
    for number, mention in enumerate(s.found):
        if mention.label != "ORG" or mention.start not in before:
            continue
        k = before[mention.start]
        if s.text[mention.start - 1] != " " or s.text[mention.start : mention.end].rsplit(None, 1)[-1] not in heads:
            continue
        s.found[number] = replace(mention, start=s.tokens.tokens[k].start, rule="outlet_article")
        s.block(k, k)
