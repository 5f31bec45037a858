"""Short forms of a place defined after an organisation: `Polres Lampung Tengah (Lamteng)`,
`Polres Tasikmalaya (Tasik)`. The bracketed word shortens the place at the end of the
organisation's name, not the organisation, so it is a GPE wherever it occurs (`Kapolres Lamteng`,
`di Pubian, Lamteng`), where an acronym of the organisation (`Badan Gizi Nasional (BGN)`) is an ORG."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState


def _contracts(short: str, words: list[str]) -> bool:
    """Whether ``short`` is a prefix of each of ``words`` in turn (`lamteng` = `lam` + `teng`)."""
    if not words:
        return not short
    word = words[0]
    return any(short[:n] == word[:n] and _contracts(short[n:], words[1:]) for n in range(min(len(short), len(word)), 0, -1))


def shortens_its_place(s: EntityState, org: Mention, short: str) -> bool:
    """Whether ``short`` (mixed case, three letters or more) contracts the known place that ends ``org``."""
    if len(short) < 3 or short.isupper():
        return False
    tokens = s.tokens
    first = tokens.first_at_or_after(org.start)
    last = tokens.last_ending_at_or_before(org.end)
    for k in range(max(first + 1, last - 2), last + 1):
        match = s.lex.gazetteer.match(tokens, k)
        if match and match[1] == "GPE" and match[0] == last + 1:
            words = [tokens.tokens[j].text.lower() for j in range(k, last + 1)]
            return _contracts(short.lower(), words)
    return False


def shortens_place(s: EntityState, place: Mention, short: str) -> bool:
    """`Tulang Bawang (Tuba)`, `Tanah Merah (Tamer)`: whether ``short`` (mixed case, three letters
    or more) contracts the words of the GPE ``place`` right before it."""
    if place.label != "GPE" or len(short) < 3 or short.isupper():
        return False
    return _contracts(short.lower(), s.text[place.start : place.end].lower().split())


def relabel_short_places(s: EntityState, shorts: set[str]) -> None:
    """A place's short form the name rules took for a person (`Bupati Tuba`) or, after a role, for
    a body (`Provinsi Papua Barat Daya (PBD)`, then `Gubernur PBD`: id_lists3) is the place."""
    for mention in s.found:
        if mention.label in ("PERSON", "ORG") and s.text[mention.start : mention.end] in shorts:
            mention.label = "GPE"
