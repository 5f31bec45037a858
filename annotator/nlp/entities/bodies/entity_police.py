"""Police units after the scan: a short unit name (`Polres X`, `Polsek X`) is an organisation of
its own, not the tail of the word before it (`Kepolisian Polres X` gives `Polres X`, `Polri Polsek
X` gives `Polri` and `Polsek X`, `Kantor Polsek X` gives `Polsek X`: the office is a
building); and in a headline a fused title is followed by the headline's
verb, not a place (`Kapolres Minta Maaf`: no GPE `Minta`). Words in ``police_units.toml``
(entity_headlines.py reads its ``headline_verbs`` too)."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml


@cache
def _words(lang: str) -> dict[str, frozenset[str]]:
    data = read_toml(lang, "police_units.toml")
    keys = ("unit_heads", "common_nouns", "buildings", "own_names", "headline_verbs", "spelled_unit_openers")
    return {key: frozenset(data.get(key, [])) for key in keys}


def unit_heads(lang: str) -> frozenset[str]:
    """Short unit names that start an organisation of their own (`Polda`, `Polres`, `Polsek`)."""
    return _words(lang)["unit_heads"]


def headline_verbs(lang: str) -> frozenset[str]:
    """Verbs that open a headline's predicate (`Minta`, `Musnahkan`), which no name holds."""
    return _words(lang)["headline_verbs"]


#: At most this many capitalised words spell a unit's kind out (`Reserse Narkoba`, `Lalu Lintas`).
SPELLED_UNIT_WORDS = 4


def spelled_unit_start(s: EntityState, first: int) -> int:
    """`Satuan Reserse Narkoba Polresta X`: the token index where a unit spelt out before a police
    body (``spelled_unit_openers`` and a few capitalised, untagged words) starts, or ``first``."""
    words = _words(s.analysis.lang)
    if s.word(first) not in words["unit_heads"]:
        return first
    k = first
    while first - k < SPELLED_UNIT_WORDS and k > 0 and s.free(k - 1) and s.joined(k - 1, k):
        word = s.word(k - 1)
        if word in words["spelled_unit_openers"]:
            return k - 1 if k < first else first
        if not word[:1].isupper() or not word.isalpha():
            return first
        k -= 1
    return first


def split_units(s: EntityState) -> None:
    """`Kepolisian Polres X` -> `Polres X`; `Polri Polsek X` -> `Polri`, `Polsek X`."""
    words = _words(s.analysis.lang)
    if not words["unit_heads"]:
        return
    result: list[Mention] = []
    for mention in s.found:
        parts = s.text[mention.start : mention.end].split(" ", 2)
        if mention.label != "ORG" or len(parts) < 3 or parts[1] not in words["unit_heads"]:
            result.append(mention)
            continue
        unit_start = mention.start + len(parts[0]) + 1
        if parts[0] in words["common_nouns"] or parts[0] in words["buildings"]:
            result.append(Mention(unit_start, mention.end, "ORG", source=mention.source, rule=f"{mention.rule}+unit"))
        elif parts[0] in words["own_names"]:
            result.append(Mention(mention.start, unit_start - 1, "ORG", source=mention.source, rule=f"{mention.rule}+unit"))
            result.append(Mention(unit_start, mention.end, "ORG", source=mention.source, rule=f"{mention.rule}+unit"))
        else:
            result.append(mention)
    s.found = result


def headline_places(s: EntityState) -> None:
    """In a headline-like line, a place guessed after a fused title (`Kapolres Minta Maaf`) that no
    gazetteer knows and that is a headline verb (``headline_verbs``) is dropped (its word stays free
    of other rules)."""
    unit_titles = s.words.unit_titles
    verbs = _words(s.analysis.lang)["headline_verbs"]
    kept: list[Mention] = []
    for mention in s.found:
        if mention.label == "GPE" and mention.rule == "title_or_role":
            first = s.tokens.first_at_or_after(mention.start)
            after_title = first > 0 and s.word(first - 1) in unit_titles and s.joined(first - 1, first)
            known = s.lex.gazetteer.match(s.tokens, first)
            if after_title and not known and s.in_title_line(first) and s.word(first) in verbs:
                continue
        kept.append(mention)
    s.found = kept


def run(state: EntityState) -> None:
    split_units(state)
    headline_places(state)
