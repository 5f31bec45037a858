"""A company named once with its form (`Berjaya Land Berhad`, `MBC Group`, `Orchid Realty Sdn Bhd`)
or a party named once with `Party` (`Move Forward Party`) is the same body where the page later
drops the word (`Berjaya Land said`, `MBC chairman`, `a spokesperson for Move Forward`): those
later mentions are ORG too, though no rule knows the words alone, and one read as a person is
relabelled. English only, after the scan and ``company_short_forms``.

A short form of one word is taken only in capitals (`MBC`): `Adani Group`, then `Gautam Adani`,
shows why a mixed-case single word (a surname as often as a company) is left alone."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml

_WORDS = read_toml("en", "entity_words.toml")
#: Company forms written as two words (`Sdn Bhd`, `Pte Ltd`): both go before the short form.
FORM_OPENERS = frozenset(_WORDS["company_form_openers"])
#: A party's word, dropped as a company's form is (`Move Forward Party`, then `Move Forward`).
PARTY_WORDS = frozenset(_WORDS["party_words"])


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


def spread_company_short_forms(s: EntityState) -> None:
    """Each free occurrence of a found company's name without its form becomes an ORG."""
    if not s.words.company_endings:
        return
    endings = s.words.company_endings | PARTY_WORDS
    shorts: set[tuple[str, ...]] = set()
    for mention in s.found:
        if mention.label == "ORG":
            short = _short_form(s.text[mention.start : mention.end].split(), endings)
            if short is not None:
                shorts.add(short)
    if not shorts:
        return
    for mention in s.found:  # `Move Forward` read as a person's name
        if mention.label == "PERSON" and tuple(s.text[mention.start : mention.end].split()) in shorts:
            mention.label, mention.rule = "ORG", "company_short_form_elsewhere"
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
