"""Companies' names in English, after the scan. An abbreviated ending keeps its full stop
(`Ayala Land Inc.`, like `Reynaldo Cruz Jr.`). A company (an ORG ending in one of
``company_endings`` of ``en/entity_words.toml``) or a party (ending in ``party_words``) found once
names the same body where the page writes less of it, and one pass settles both readings:

- a PERSON guess whose words open the company's name is that company (`Eco World` after `Eco World
  Development Group Bhd`, `Kenanga` after `Kenanga Research`, `Vale Indonesia` after `PT Vale
  Indonesia Tbk`);
- the name without its form (`Berjaya Land` after `Berjaya Land Berhad`, `MBC` after `MBC Group`,
  `Move Forward` after `Move Forward Party`) is an ORG wherever it stands free, and a PERSON guess
  of exactly those words is relabelled.

A short form of one word spreads only in capitals (`MBC`): `Adani Group`, then `Gautam Adani`,
shows why a mixed-case single word (a surname as often as a company) is left alone. The one
exception (``company_first_words``, en_ents11 round) is a company's or a broadcaster's own first word
in a frame that names a body's belongings or members, a possessive or `of` before it (`Bursa's CEO`,
`Geo's channels`, `the chief executive of Kotani`): a word that no table knows, that no person's name
of the page holds and that the page never writes in small letters."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.bodies.entity_company_names import stands_alone
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml

_WORDS = read_toml("en", "entity_words.toml")
#: Company forms written as two words (`Sdn Bhd`, `Pte Ltd`): both go before the short form.
FORM_OPENERS = frozenset(_WORDS["company_form_openers"])
#: A party's word, dropped as a company's form is (`Move Forward Party`, then `Move Forward`).
PARTY_WORDS = frozenset(_WORDS["party_words"])
#: Last words of a body named by its own first word elsewhere on the page, besides the company
#: forms (`Geo News`, then `Geo's channels`; `Kotani Realty Limited`, then `of Kotani`).
FIRST_WORD_TAILS = frozenset(_WORDS["first_word_tails"])
#: A possessive right after a word (`Geo's`, `Bursa’s`).
_POSSESSIVE = re.compile(r"['’]s\b")


def company_stops(s: EntityState) -> None:
    """`Ayala Land Inc.`: a dotted ending (`Inc.` of ``company_endings``) keeps its stop."""
    dotted = {word[:-1] for word in s.words.company_endings if word.endswith(".")}
    for mention in s.found:
        if (
            mention.label == "ORG"
            and s.text[mention.end : mention.end + 1] == "."
            and s.text[mention.start : mention.end].rsplit(None, 1)[-1] in dotted
        ):
            mention.end += 1


def _openings(words: list[str], s: EntityState) -> set[tuple[str, ...]]:
    """Every run of words opening a company's name (after `PT`, the name without its form)."""
    endings = s.words.company_endings
    openings: set[tuple[str, ...]] = set()
    if len(words) >= 2 and words[-1] in endings:
        openings.update(tuple(words[:n]) for n in range(1, len(words)))
    if len(words) >= 3 and words[0] in s.words.short_form_openers:
        # `PT Vale Indonesia Tbk`, then `Vale Indonesia`: the name without its form
        last = len(words) - 1 if words[-1] in endings else len(words)
        openings.update(tuple(words[1:n]) for n in range(3, last + 1))
    return openings


def _short_form(words: list[str], endings: frozenset[str]) -> tuple[str, ...] | None:
    """The name without its trailing company forms, when it can stand alone."""
    end = len(words)
    while end > 0 and (words[end - 1] in endings or words[end - 1] in FORM_OPENERS or words[end - 1] == ","):
        end -= 1
    if end == len(words) or end == 0:
        return None
    short = tuple(word.rstrip(",") for word in words[:end])
    if not all(word[:1].isupper() or word[:1].isdigit() for word in short):
        return None  # `Bank of X`: a small word inside, no name used alone
    if len(short) == 1 and not (2 <= len(short[0]) <= 6 and short[0].isalpha() and short[0].isupper()):
        return None
    return short


def company_short_forms(s: EntityState) -> None:
    """PERSON guesses that are a found company's shorter name become ORG, and each free occurrence
    of its name without the form becomes an ORG."""
    if not s.words.company_endings:
        return
    endings = s.words.company_endings | PARTY_WORDS
    openings: set[tuple[str, ...]] = set()
    shorts: set[tuple[str, ...]] = set()
    for mention in s.found:
        if mention.label == "ORG":
            words = s.text[mention.start : mention.end].split()
            openings |= _openings(words, s)
            short = _short_form(words, endings)
            if short is not None:
                shorts.add(short)
    if not openings and not shorts:
        return
    for mention in s.found:
        if mention.label == "PERSON":
            words = tuple(s.text[mention.start : mention.end].split())
            if words in openings:  # `Eco World`: the opening words of the name
                mention.label, mention.rule = "ORG", "company_short_form"
            elif words in shorts:  # `Move Forward`: the name without its party word
                mention.label, mention.rule = "ORG", "company_short_form_elsewhere"
    if shorts:
        _spread_short_forms(s, shorts)


def _spread_short_forms(s: EntityState, shorts: set[tuple[str, ...]]) -> None:
    """`MBC chairman` after `MBC Group`: a short form standing free, not inside a longer name."""
    for index in s.tokens.indices_of({short[0] for short in shorts}):
        for short in shorts:
            last = index + len(short) - 1
            if short[0] != s.word(index) or any(s.word(index + i) != word for i, word in enumerate(short)):
                continue
            if not all(s.free(k) for k in range(index, last + 1)) or any(
                not s.joined(k - 1, k) for k in range(index + 1, last + 1)
            ):
                continue
            if (index > 0 and s.joined(index - 1, index) and s.cap_word(index - 1)) or (
                s.joined(last, last + 1) and s.cap_word(last + 1)
            ):
                continue  # part of a longer capitalised run: another name
            s.add(index, last, "ORG", rule="company_short_form_elsewhere")
            break


def company_first_words(s: EntityState) -> None:
    """`Kotani` after `Kotani Realty Limited`: a company's own first word, standing free before a
    possessive or after `of`, is that company (see the module's note for its guards)."""
    tails = _first_word_tails(s.words.company_endings)
    text = s.text
    openers: set[str] = set()  # the first words of the ORGs of two words or more ending in a tail
    for mention in s.found:
        if mention.label == "ORG":
            name = text[mention.start : mention.end]
            parts = name.rsplit(None, 1)
            if len(parts) == 2 and parts[1] in tails:
                openers.add(name.split(None, 1)[0])
    if not openers:
        return
    people = {w for m in s.found if m.label == "PERSON" for w in text[m.start : m.end].split()}
    firsts = {word for word in openers if _own_word(s, word, people)}
    if not firsts:
        return
    for index in s.tokens.indices_of(firsts):
        if not s.free(index) or (s.joined(index, index + 1) and s.cap_word(index + 1)):
            continue  # inside another entity, or opening a longer capitalised name
        if _POSSESSIVE.match(text, s.tokens.ends[index]) or (s.word(index - 1) == "of" and s.joined(index - 1, index)):
            s.add(index, index, "ORG", rule="company_first_word")


@cache
def _first_word_tails(endings: frozenset[str]) -> frozenset[str]:
    """The company forms and ``first_word_tails``, made once per set of forms."""
    return endings | FIRST_WORD_TAILS


def _own_word(s: EntityState, word: str, people: set[str]) -> bool:
    """A word only a name holds: mixed case, letters, no table's word, no person's, never in small letters."""
    return (
        stands_alone(word, s)  # three letters or more, capitalised, no stop word, common noun or head
        and word.isalpha()
        and not word.isupper()
        and word not in people
        and word.lower() not in s.lower_words
        and word not in s.res.org_tails
        and word not in s.res.gazetteer
    )
