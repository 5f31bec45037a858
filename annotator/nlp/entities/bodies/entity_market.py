"""Listed companies and stock tickers (stock-exchange news).

- A company's legal form written after its name belongs to the ORG: `PT Semen Maju (Persero) Tbk.`
  (the name rules stop at the parenthesis or leave the stop of `Tbk.` out).
- A ticker in parentheses right after a listed company (`PT Semen Maju Tbk. (SMMJ)`) is then an
  acronym of it (:func:`annotator.nlp.entities.entity_passes.acronyms_in_parentheses` tags it everywhere).
- A bare ticker is an ORG where the market context says so: after a word such as `saham`/`emiten`,
  or before a price move (`SMMJ turun 2,5 persen`, `SMMJ yang naik`). The words come from
  ``market.toml`` of the language; a language without one gets only the first two rules.
"""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_toml

#: A ticker of the Indonesia Stock Exchange and most Asian exchanges: four capital letters.
TICKER = re.compile(r"^[A-Z]{4}$")
#: A company name opening with `PT` (`PT Semen Maju`, `PT. Semen Maju`).
_PT = re.compile(r"PT\.?\s")


@cache
def _market_words(lang: str) -> dict[str, frozenset[str]]:
    data = read_toml(lang, "market.toml")
    keys = ("forms", "ticker_before", "ticker_moves", "move_joiners", "not_tickers")
    return {key: frozenset(data.get(key, [])) for key in keys}


@cache
def _legal_form(forms: frozenset[str]) -> re.Pattern[str]:
    """` (Persero) Tbk.` after a company name: forms in parentheses, then `Tbk` with its stop."""
    joined = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:\s\((?:{joined})\))?(?:\sTbk\b\.?|(?<=Tbk)\.)?")


def listed_companies(s: EntityState) -> None:
    """Stretch a company ORG (`PT ...`, or `... Tbk` without it) over its legal form and the stop of `Tbk.`."""
    words = _market_words(s.analysis.lang)
    pattern = _legal_form(words["forms"])
    for mention in list(s.found):
        if mention.label != "ORG" or not (_PT.match(s.text, mention.start, mention.end) or _listed(s, mention.end)):
            continue
        form = pattern.match(s.text, mention.end)
        if form is None or form.end() == mention.end:
            continue
        end = form.end()
        first, last = s.tokens.first_at_or_after(mention.end), s.tokens.last_ending_at_or_before(end)
        s.found = [m for m in s.found if m is mention or not (mention.end <= m.start < end)]
        if first <= last:
            s.block(first, last)
        mention.end = end
        mention.rule = f"{mention.rule}+listed"


def _listed(s: EntityState, end: int) -> bool:
    """An ORG ending in `Tbk` without `PT` (`Sarana Kencana Mulia Tbk`): its stop belongs to it too."""
    return s.text[max(0, end - 4) : end] == " Tbk"


def tickers(s: EntityState) -> None:
    """Bare four-letter tickers in a market context: after `saham` or before a price move."""
    words = _market_words(s.analysis.lang)
    if not words["ticker_moves"] and not words["ticker_before"]:
        return
    # A ticker is tagged only beside one of these words (`saham`, `turun`): a text with none of
    # them in any case (its distinct words, TokenIndex.by_lower) has no ticker to look for.
    lowered = s.tokens.by_lower.keys()
    if lowered.isdisjoint(words["ticker_before"]) and lowered.isdisjoint(words["ticker_moves"]):
        return
    lex = s.lex
    # The four-capital words of the text, from its distinct words (TokenIndex.by_text), in text order.
    not_tickers = words["not_tickers"]
    by_text = s.tokens.by_text
    shaped = [k for text in by_text if len(text) == 4 and TICKER.match(text) and text not in not_tickers for k in by_text[text]]
    for index in sorted(shaped):
        if not s.free(index):
            continue
        if lex.gazetteer.match(s.tokens, index):
            continue
        before = s.word(index - 1).lower() in words["ticker_before"] and s.joined(index - 1, index)
        after = index + 1
        if s.word(after).lower() in words["move_joiners"] and s.joined(index, after):
            after += 1
        moves = s.word(after).lower() in words["ticker_moves"] and s.joined(after - 1, after)
        if before or moves:
            s.add(index, index, "ORG", rule="ticker")


def run(state: EntityState) -> None:
    """Both rules, in order (before acronyms in parentheses are looked for)."""
    listed_companies(state)
    tickers(state)
