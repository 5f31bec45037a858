"""`The ministry said ...` after only `the Manpower Authority` was named: in English a definite
organisation speaker whose noun is a TYPE that names carry (`ministry`, `police`, `court`,
`department`: heads and tails of organisation names) points back only at an organisation whose
name holds that noun. When none was named it is a body the text never named, left unresolved,
not the last organisation of another type. A descriptive noun (`the agency`, `the company`, `the
carrier`: ``org_nouns_before_name`` and ``organisation_nouns``) may stand for any earlier name
(`the state disaster agency` → `National Disaster ... Council`), but not a news outlet unless
the role names one (`the firm` after `..., <agency> reported`: :func:`outlet_not_meant`), nor a
trading venue unless the role names one (`The company said` after `... shares on the <X> Stock
Exchange`: :func:`venue_not_meant`). Read by :func:`annotator.nlp.coref.coref_roles.last_organisation`."""

from __future__ import annotations

from functools import cache

from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.entities.bodies.entity_org_nouns import org_nouns
from annotator.nlp.resources import read_list, speech_words


@cache
def _descriptive_nouns(lang: str) -> frozenset[str]:
    return frozenset(word.lower() for word in (*org_nouns(lang), *speech_words()["organisation_nouns"]))


def type_noun_unnamed(lang: str, wanted: set[str]) -> bool:
    """True when every organisation noun of an English speaker is a type that names carry, so
    that only an organisation holding it may be its antecedent (the caller found none)."""
    return lang == "en" and bool(wanted) and not wanted & _descriptive_nouns(lang)


@cache
def _outlets(lang: str) -> frozenset[str]:
    """Wire agencies (``news_agencies_en``) and the language's mastheads (``outlets.txt``), folded."""
    return frozenset(name.casefold() for name in (*coref_words()["news_agencies_en"], *read_list(lang, "outlets.txt")))


def outlet_not_meant(lang: str, role_words: set[str], name: str) -> bool:
    """True when ``name`` is a news outlet and an English organisation role whose (normalised)
    words hold no outlet noun (`the company`, `the firm`, `it`) points back: an agency cited as a
    source or crediting the copy is not the body that speaks (`The firm added ...`)."""
    if lang != "en" or role_words & coref_words()["outlet_role_nouns_en"]:
        return False
    name = name.casefold()
    return name in _outlets(lang) or (name.startswith("the ") and name[4:] in _outlets(lang))


def venue_not_meant(lang: str, role_words: set[str], name: str) -> bool:
    """True when ``name`` is a trading venue (its last word one of ``trading_venue_words_en``) and
    an English organisation role whose (normalised) words name no venue points back: the exchange
    where shares trade is not the company that speaks (`The company said ...`)."""
    venues = coref_words()["trading_venue_words_en"]
    if lang != "en" or role_words & venues:
        return False
    words = name.split()
    return bool(words) and words[-1].casefold() in venues
