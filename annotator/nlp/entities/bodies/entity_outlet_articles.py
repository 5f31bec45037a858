"""Newspapers keep their article (`The Fiji Times`, as `The Jakarta Post` does in the gold
conventions), and a newspaper's name in a byline is its ORG, not a person (`By Korea Herald`)
(b9en round, issue 11). A newspaper is an ORG or credit whose last word is one of
``newspaper_tails``."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml
from annotator.nlp.text.patterns import whole_word_spans


@cache
def _tails(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("newspaper_tails", []))


@cache
def _days(lang: str) -> frozenset[str]:
    return frozenset(read_toml(lang, "entity_words.toml").get("newspaper_days", []))


def weekly_papers(s: EntityState, add_exact: Callable[..., object]) -> None:
    """`The Sunday Times`, `the Sunday Samoan`: a weekly paper named by its day is an ORG, before
    the dates are read (its day is no DATE). After a bare day a nationality starts the sentence
    (`On Sunday Indian troops ...`), so a nationality counts only after `the`."""
    days, tails = _days(s.analysis.lang), _tails(s.analysis.lang)
    if not days:
        return
    for k in s.tokens.indices_of(days):
        if not s.joined(k, k + 1) or not s.free(k) or not s.free(k + 1):
            continue
        after_the = s.word(k - 1).lower() == "the" and s.joined(k - 1, k)
        if not (s.word(k + 1) in tails or (after_the and s.lex.demonyms.match(s.tokens, k + 1))):
            continue
        tokens = s.tokens.tokens
        add_exact(s, tokens[k].start, tokens[k + 1].end, "ORG", "weekly_paper")


def newspapers(s: EntityState) -> None:
    """Give each newspaper its capitalised `The` and relabel a byline's newspaper as ORG."""
    tails = _tails(s.analysis.lang)
    if not tails:
        return
    tokens = s.tokens
    for mention in s.found:
        if mention.label == "PERSON" and mention.rule == "credit" and _tail_then_place(s, mention.start, mention.end, tails):
            mention.label = "ORG"  # `By Post Nigeria`: a paper named by its tail and its country
            continue
        if mention.label not in ("ORG", "PERSON") or s.text[mention.start : mention.end].rsplit(None, 1)[-1] not in tails:
            continue
        first = tokens.first_at_or_after(mention.start)
        article = first > 0 and s.word(first - 1) == "The" and s.joined(first - 1, first) and s.free(first - 1)
        if mention.label == "PERSON":
            if " " not in s.text[mention.start : mention.end] or not (mention.rule == "credit" or article):
                continue
            mention.label = "ORG"  # `By Korea Herald`, `The Daily Planet`: the newspaper, not a person
        if article:
            mention.start = tokens.tokens[first - 1].start
            s.block(first - 1, first - 1)


def _tail_then_place(s: EntityState, start: int, end: int, tails: frozenset[str]) -> bool:
    """Whether the span is a newspaper's tail word then a known place (`Post Nigeria`, `Times Kenya`)."""
    first = s.tokens.first_at_or_after(start)
    if s.word(first) not in tails:
        return False
    match = s.lex.gazetteer.match(s.tokens, first + 1)
    return match is not None and match[1] in ("GPE", "LOC") and s.tokens.tokens[match[0] - 1].end == end


def newspaper_short_forms(s: EntityState) -> None:
    """`an interview with the Star` on a page that names `The Star` as an ORG elsewhere: the paper's
    name after a small `the` is the same ORG, without the article (en_orgs6 round). Runs after
    ``newspapers``, which gives the full form its capitalised `The`."""
    tails = _tails(s.analysis.lang)
    if not tails:
        return
    text = s.text
    shorts = set()
    for mention in s.found:
        name = text[mention.start : mention.end]
        if mention.label == "ORG" and name.startswith("The ") and name.rsplit(None, 1)[-1] in tails:
            shorts.add(name[4:])
    for short in shorts:
        for start, end in whole_word_spans(short, text):
            if text[max(0, start - 4) : start] != "the ":
                continue
            first, last = s.tokens.first_at_or_after(start), s.tokens.last_ending_at_or_before(end)
            if first <= last and all(s.free(k) for k in range(first, last + 1)):
                s.add(first, last, "ORG", rule="newspaper_short_form")
