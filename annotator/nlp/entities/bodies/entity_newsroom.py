"""`apologised to GMA reporter Jun X`: an unknown acronym right before a small-letter newsroom
noun (``newsroom_nouns`` of ``en/entity_words.toml``: `reporter`, `journalist`...) is the outlet the
journalist works for, an ORG."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def newsroom_acronyms(s: EntityState) -> None:
    """Tag free all-capital words of two to six letters that stand right before a newsroom noun."""
    for noun in s.tokens.indices_of(s.words.newsroom_nouns):  # the words before a newsroom noun, not every word
        index = noun - 1
        word = s.word(index) if index >= 0 else ""
        if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()) or not s.free(index):
            continue
        if s.joined(index, noun):
            s.add(index, index, "ORG", rule="newsroom_acronym")
