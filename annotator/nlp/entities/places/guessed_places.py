"""Names the capitalised-run rule guessed as people where the words before them say a place
follows (`Residents of X`, `The Police Command in X`). The rules that read such a context share
how a guess is found and relabelled: only a short PERSON of that rule, never one followed by `'s`
(`villagers in Obi's ward` is a person's)."""

from __future__ import annotations

from collections.abc import Iterator

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState


def guessed_people(s: EntityState, max_words: int) -> Iterator[tuple[Mention, int]]:
    """Each PERSON of at most ``max_words`` words that only the capitalised-run rule found, with
    the index of its first word, when two words stand before it, both joined to it."""
    for mention in s.found:
        if mention.label != "PERSON" or mention.rule != "capitalised_run":
            continue
        if len(s.text[mention.start : mention.end].split()) > max_words:
            continue
        k = s.tokens.first_at_or_after(mention.start)
        if k >= 2 and s.joined(k - 2, k - 1) and s.joined(k - 1, k):
            yield mention, k


def relabel_as_place(s: EntityState, mention: Mention, rule: str) -> None:
    """Make the guessed person a GPE, unless a possessive follows it (a person's after all)."""
    if s.text.startswith(("'s", "’s"), mention.end):
        return
    mention.label = "GPE"
    mention.rule = rule
