"""A regional government by its short word and its place (`Pemkot Mataram`, `Pemprov DKI Jakarta`,
`Pemkab Tuba`): the real decisions give the place alone, as for `Pemerintah Kabupaten (Pemkab)
Kudus` and `Pemprov Kepri`; the government word is no entity (the real dev gold has GPE `Mataram`,
`Tuba`, `Denpasar` at every one). The organisation rule read the word as a `named` head and
tagged the whole as an ORG; an ORG that is exactly a government word (the ``inner_governments``
of ``entity_words.toml``) and a place the gazetteer knows, or one or two capitalised words no list
knows (`Pemkab Tuba`), becomes that place. A longer body (`Pemkot Ambon Dinas ...`) is left as it
is."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState


def governments_as_places(s: EntityState) -> None:
    """`ORG Pemkot Mataram` -> `GPE Mataram`."""
    words = s.words.inner_governments
    if not words or s.tokens.by_text.keys().isdisjoint(words):
        return
    result: list[Mention] = []
    for mention in s.found:
        place = _place_after_government(s, mention, words) if mention.label == "ORG" else None
        result.append(place or mention)
    s.found = result


def _place_after_government(s: EntityState, mention: Mention, words: frozenset[str]) -> Mention | None:
    first = s.tokens.first_at_or_after(mention.start)
    last = s.tokens.last_ending_at_or_before(mention.end)
    if last <= first or s.word(first) not in words:
        return None
    known = s.lex.gazetteer.match(s.tokens, first + 1)  # the words are taken: no s.gazetteer
    listed = known is not None and known[1] == "GPE" and known[0] == last + 1
    if not listed and (known is not None or not _short_place_name(s, first + 1, last)):
        return None
    start = s.tokens.tokens[first + 1].start
    return Mention(start, mention.end, "GPE", source=mention.source, rule=f"{mention.rule}+government")


def _short_place_name(s: EntityState, first: int, last: int) -> bool:
    """One or two capitalised words no list knows, none a body's head or a stop word (`Tuba`)."""
    if last - first > 1:
        return False
    return all(
        s.tokens.tokens[k].is_cap and s.word(k) not in s.lex.stopwords and not s.lex.org_heads.match(s.tokens, k)
        for k in range(first, last + 1)
    )
