"""National bodies written with `RI` after their name (`Kejagung RI`, `Kemenkes RI`, `KPK RI`):
national outlets add the country's letters to a body's name, and the gold keeps them inside the
ORG (`DPR RI`, as ``orgs.txt`` lists a few). A known organisation the scan found, right before a
free word `RI` that ends the name, takes it; a photo credit naming such a body
(`(YouTube.com/KPK RI)`) is the body, not a photographer."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

_SUFFIX = "RI"


def known_with_ri(s: EntityState, part: str) -> bool:
    """Whether ``part`` is a listed organisation followed by `RI` (`KPK RI`)."""
    name, _, suffix = part.rpartition(" ")
    return suffix == _SUFFIX and s.res.gazetteer.get(name) == "ORG"


def organisations_with_ri(s: EntityState) -> None:
    """Extend listed ORGs over a following `RI` that no entity holds."""
    if f" {_SUFFIX}" not in s.text:
        return
    tokens = s.tokens
    for mention in s.found:
        if mention.label != "ORG" or mention.rule != "known_name" or s.text[mention.end : mention.end + 3] != f" {_SUFFIX}":
            continue
        index = tokens.first_at_or_after(mention.end + 1)
        if index >= s.n or s.taken[index] or tokens.tokens[index].text != _SUFFIX:
            continue
        if index + 1 < s.n and s.joined(index, index + 1) and s.cap_word(index + 1):
            continue  # `KPK RI Jakarta ...`: the letters open something longer, left as they are
        mention.end = tokens.tokens[index].end
        s.taken[index] = True
