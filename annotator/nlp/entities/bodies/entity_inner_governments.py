"""A regional government named inside a longer organisation (`Sat Pol PP Pemkot Ambon`): the
real pages' gold tags the body before it as an ORG and the government's place as a GPE, the
government word (`Pemkot`, `Pemkab`, `Pemprov`) outside both, as it does for `Pemkot Mataram`
alone. A government word that opens the organisation (`Pemkot Ambon`) is left to the rules'
convention. The words are the ``inner_governments`` of ``entity_words.toml``."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState


def split_inner_governments(s: EntityState) -> None:
    """`Sat Pol PP Pemkot Ambon` -> ORG `Sat Pol PP`, GPE `Ambon`."""
    words = s.words.inner_governments
    if not words or s.tokens.by_text.keys().isdisjoint(words):
        return  # the usual case: one set intersection per text
    result: list[Mention] = []
    for mention in s.found:
        result.extend(_split(s, mention, words) if mention.label == "ORG" else [mention])
    s.found = result


def _split(s: EntityState, mention: Mention, words: frozenset[str]) -> list[Mention]:
    first = s.tokens.first_at_or_after(mention.start)
    last = s.tokens.last_ending_at_or_before(mention.end)
    for k in range(first + 1, last):  # the government word neither opens nor ends the name
        if s.word(k) in words and s.tokens.tokens[k + 1].is_cap:  # the words are taken: no cap_word
            rule = f"{mention.rule}+government"
            body = Mention(mention.start, s.tokens.tokens[k - 1].end, "ORG", source=mention.source, rule=rule)
            place = Mention(s.tokens.tokens[k + 1].start, mention.end, "GPE", source=mention.source, rule=rule)
            return [body, place]
    return [mention]
