"""The one word after a police or military unit's title (`Kapolsek Kuta`), when nothing follows:
a district or village the area lists know is the unit's place, unless the text has named a
person by that word (`Kapolsek Dally` after `AKP Ricky Dally`) or it heads a headline quote."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.entities.places.entity_gazetteers import local_area_names


def district_after_title(s: EntityState, k: int) -> bool:
    """Whether word ``k``, alone after a unit's title, is the unit's district (`Kapolsek Oebobo.`)."""
    if s.analysis.lang != "id" or s.word(k) not in local_area_names() or s.in_title_line(k):
        return False
    if s.tokens.gap(k, k + 1).lstrip().startswith(":"):
        return False  # `Kapolda Tito: ...`: a headline's speaker
    word = s.word(k)
    for mention in s.latest(len(s.found) + 1):
        if mention.label == "PERSON" and word in s.text[mention.start : mention.end].split():
            return False
    return True
