"""A company's national arm named by the company and the country: `Ecobank Ghana`, `Vodacom
Tanzania`, `Econet Wireless Zimbabwe`, `Stanbic Bank Botswana`. The scan reads a known company
(`companies.txt`) or a bank's name (a last word of ``subsidiary_tails``) and then the country as a
GPE, so the subsidiary came out as two entities, or as a PERSON before the company was known. A
country (pycountry's names) right after such a company, with nothing but a space between them,
makes one ORG, as the annotators tag `Capital Management Botswana`. A country followed by another
capitalised word that opens no role (`Ecobank Ghana Limited`) is left to the rules that read the
whole name; a bank that a table knows as a body (`World Bank`) keeps the country out."""

from __future__ import annotations

from functools import cache

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_gazetteers import country_names
from annotator.nlp.resources import read_list


@cache
def _companies(lang: str) -> frozenset[str]:
    return frozenset(read_list(lang, "companies.txt"))


def _is_company(s: EntityState, mention: Mention) -> bool:
    name = s.text[mention.start : mention.end]
    if name in _companies(s.analysis.lang):
        return True
    # `Stanbic Bank`, not `World Bank` or `African Development Bank`: a bank no table knows as a body
    return name.rsplit(None, 1)[-1] in s.words.subsidiary_tails and name not in s.res.gazetteer


def company_countries(s: EntityState) -> None:
    """`Ecobank` + `Ghana` -> one ORG `Ecobank Ghana`."""
    if not s.words.subsidiary_tails:
        return
    tokens = s.tokens
    countries = country_names()
    places = {m.start: m for m in s.found if m.label == "GPE" and s.text[m.start : m.end] in countries}
    if not places:
        return
    for mention in [m for m in s.found if m.label == "ORG"]:
        place = places.get(mention.end + 1)
        if place is None or s.text[mention.end] != " " or not _is_company(s, mention):
            continue
        last = tokens.last_ending_at_or_before(place.end)
        after = last + 1
        if after < s.n and s.tokens.tokens[after].is_cap and s.joined(last, after) and not s.lex.roles.match(s.tokens, after):
            continue  # `Ecobank Ghana Limited`: a longer name the tail rules read (`Managing Director` is a role)
        first = tokens.first_at_or_after(mention.start)
        s.found = [m for m in s.found if m is not mention and m is not place]
        s.add(first, last, "ORG", rule="company_country")
