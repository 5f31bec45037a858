"""A given name that is also a common word opening a person's name (`gol Hari Nur Yulianto`): the
scan leaves such a word out of a run it opens (`Hari Raya`, `Hari Jadi`), so the PERSON started at
the next word. When a name of two or more words follows it, space-joined, and the word before it is
not capitalised (no longer title runs into it), the word belongs to the name.

The words are ``opening_name_words`` of ``entity_words.toml``; a cheap pass over the people found."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def names_opened_by_common_words(s: EntityState) -> None:
    words = s.words.opening_name_words
    if not words:
        return
    tokens = s.tokens
    for mention in s.found:
        if mention.label != "PERSON":
            continue
        first = tokens.first_at_or_after(mention.start)
        last = tokens.last_ending_at_or_before(mention.end)
        opener = first - 1
        if last <= first or opener < 0 or s.word(opener) not in words or s.taken[opener]:
            continue
        if tokens.tokens[first].start != mention.start or not s.joined(opener, first):
            continue
        before = s.word(opener - 1)
        if before[:1].isupper() and s.joined(opener - 1, opener):
            continue  # `Peringatan Hari Ibu Kartini`: a longer title runs into the word
        mention.start = tokens.tokens[opener].start
        mention.rule = f"{mention.rule}+opening_name"
        s.block(opener, opener)
