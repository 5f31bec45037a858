"""`The ministry said ...` after only `the Manpower Authority` was named: in English a definite
organisation speaker whose noun is a TYPE that names carry (`ministry`, `police`, `court`,
`department`: heads and tails of organisation names) points back only at an organisation whose
name holds that noun. When none was named it is a body the text never named, left unresolved,
not the last organisation of another type. A descriptive noun (`the agency`, `the company`, `the
carrier`: ``org_nouns_before_name`` and ``organisation_nouns``) may stand for any earlier name
(`the state disaster agency` → `National Disaster ... Council`). Read by
:func:`annotator.nlp.coref.coref_roles.last_organisation`."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.bodies.entity_org_nouns import org_nouns
from annotator.nlp.resources import speech_words


@cache
def _descriptive_nouns(lang: str) -> frozenset[str]:
    return frozenset(word.lower() for word in (*org_nouns(lang), *speech_words()["organisation_nouns"]))


def type_noun_unnamed(lang: str, wanted: set[str]) -> bool:
    """True when every organisation noun of an English speaker is a type that names carry, so
    that only an organisation holding it may be its antecedent (the caller found none)."""
    return lang == "en" and bool(wanted) and not wanted & _descriptive_nouns(lang)
