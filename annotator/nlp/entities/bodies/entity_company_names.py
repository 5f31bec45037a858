"""Indonesian companies named by their legal form once and by their own name afterwards.

A page names a company in full once (`PT Prodia Widyahusada Tbk`, `PT Timah Tbk`, `PT Bukit Asam
(Persero) Tbk`) and then by what follows `PT` (`Prodia`, `Timah`, `Bukit Asam`). Alone, such a word
reads as a person's name (`Direktur Utama Prodia`), so the company found first decides:

- a PERSON guess (or a place guessed after a preposition, `diserahkan ke Timah`) whose words open
  the company's name after its form is that company (`Prodia`, `Prodia Widyahusada`);
- the name without its legal forms (``company_form_words``: `Tbk`, `(Persero)`), and its first word
  alone unless in capitals (`PT MRT Jakarta`, then `jalur MRT`: the railway), are an ORG wherever
  they stand free (`IUP Timah`, `saham Bukit Asam`, `insan Prodia`). One word spreads only after
  a sentence's first word, never after a capitalised word other than a free acronym, so a
  sentence's first word, a longer name or the tail of another entity (`Satgas PT` + `Timah`) is
  left alone.

The openers (`PT`) are ``short_form_openers`` and the forms ``company_form_words`` of
``id/entity_words.toml``; a language without them skips the pass (English has its own,
``entity_companies.py``).
"""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.people.entity_common_nouns import common_nouns

#: The rule of a place guessed from a capitalised word after a preposition (`ke Timbel`), not a known place.
GUESSED_PLACE = "capitalised_run"
#: Marks after which a word opens a sentence, a line or a quote.
SENTENCE_MARKS = (".", "!", "?", "\n", "\u201c", '"', ":")


def _own_name(words: list[str], s: EntityState) -> tuple[str, ...]:
    """The words after the opener, without the legal forms at the end (`Prodia Widyahusada`)."""
    forms = s.words.company_form_words
    end = len(words)
    while end > 1 and words[end - 1].rstrip(",") in forms:
        end -= 1
    return tuple(word.rstrip(",") for word in words[1:end])


def stands_alone(word: str, s: EntityState) -> bool:
    """A one-word name that can stand for the company: capitalised letters, no stop word or head."""
    return (
        len(word) >= 3
        and word[:1].isupper()
        and word.replace("-", "").isalpha()
        and word not in s.lex.stopwords
        and word.lower() not in common_nouns(s.analysis.lang)
        and word not in s.res.org_heads
    )


def company_names(s: EntityState) -> None:
    """PERSON guesses that open a found company's name become ORG; its own name spreads (see above)."""
    openers = s.words.short_form_openers
    if not openers or not s.words.company_form_words:
        return
    openings: set[tuple[str, ...]] = set()
    names: set[tuple[str, ...]] = set()
    for mention in s.found:
        if mention.label != "ORG":
            continue
        words = s.text[mention.start : mention.end].split()
        if len(words) < 2 or words[0] not in openers:
            continue
        name = _own_name(words, s)
        if not name or not all(word[:1].isupper() or word[:1].isdigit() for word in name):
            continue
        if len(name) > 1:
            names.add(name)
        if stands_alone(name[0], s) and (len(name) == 1 or not name[0].isupper()):
            # `Prodia` after `PT Prodia Widyahusada Tbk`; not `MRT` of `PT MRT Jakarta` (`jalur MRT`: the system)
            names.add(name[:1])
        openings.update(name[:n] for n in range(1, len(name) + 1) if n > 1 or stands_alone(name[0], s))
    if not openings:
        return
    for mention in s.found:
        guessed = mention.label == "PERSON" or (mention.label == "GPE" and mention.rule == GUESSED_PLACE)
        if guessed and tuple(s.text[mention.start : mention.end].split()) in openings:
            mention.label, mention.rule = "ORG", "company_own_name"
    _spread(s, names)


def _opens_sentence(s: EntityState, index: int) -> bool:
    """Word ``index`` opens the text, a line, a sentence or a quote."""
    if index == 0:
        return True
    return any(mark in s.tokens.gap(index - 1, index) for mark in SENTENCE_MARKS) or s.word(index - 1) in SENTENCE_MARKS


def _spread(s: EntityState, names: set[tuple[str, ...]]) -> None:
    """`IUP Timah` after `PT Timah`: the company's own name standing free."""
    for index in s.tokens.indices_of({name[0] for name in names}):
        for name in sorted(names, key=len, reverse=True):
            last = index + len(name) - 1
            if any(s.word(index + i) != word for i, word in enumerate(name)):
                continue
            if not all(s.free(k) for k in range(index, last + 1)) or any(
                not s.joined(k - 1, k) for k in range(index + 1, last + 1)
            ):
                continue
            if len(name) == 1 and _opens_sentence(s, index):
                continue  # a sentence's first word: not enough to go on
            before = s.word(index - 1) if s.joined(index - 1, index) else ""
            if (before[:1].isupper() and (not before.isupper() or not s.free(index - 1))) or (
                s.joined(last, last + 1) and s.cap_word(last + 1)
            ):
                continue  # part of a longer capitalised run: another name
            s.add(index, last, "ORG", rule="company_own_name_elsewhere")
            break
