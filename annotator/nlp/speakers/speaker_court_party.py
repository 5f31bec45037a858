"""A party of a hearing led by someone named (en_open1 round): in `The court, presided over by
magistrate X, declared that ...` and `The State, led by Mr Y, told the court that ...` the speaker is
the party itself (`The court`, `The State`), as the real pages have it, not the person who leads it;
coreference then leaves it unresolved (coref/coref_court_parties.py). The nouns are
``court_party_nouns`` (`common/coref_words.toml`), the links ``party_leader_links_en``
(`common/speech_words.toml`)."""

from __future__ import annotations

import re
from functools import cache

from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.resources import speech_words


@cache
def _party_led_by() -> re.Pattern[str]:
    """`The court, presided over by ...`, `the trial court, led by ...`: the party and its link."""
    nouns = "|".join(sorted(coref_words()["court_party_nouns"], key=len, reverse=True))
    links = "|".join(re.escape(link) for link in sorted(speech_words()["party_leader_links_en"], key=len, reverse=True))
    return re.compile(rf"\s*([Tt]he (?:[a-z]+ )?(?i:{nouns})),\s+(?:{links})\s")


def party_led_by_someone(text: str, region_start: int, verb_start: int) -> tuple[int, int] | None:
    """Where the party opening the clause before a speech verb at ``verb_start`` is, when a link to
    the one who leads it follows (`The court, presided over by ...`); None otherwise."""
    found = _party_led_by().match(text, region_start, verb_start)
    return None if found is None else (found.start(1), found.end(1))
