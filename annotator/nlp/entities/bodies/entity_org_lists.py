"""Two organisations joined by `and` are two names when each ends with a word that ends an
organisation's name and has two words or more (`the Home Ministry and Royal Malaysian Police`); a
name whose words only continue after `and` stays one (`Ministry of Agriculture and Water
Resources`, `Food and Agriculture Organization`, `University and College Union`)."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

JOINERS = re.compile(r" (?:and|dan|&) ")


def split_joined_organisations(s: EntityState) -> None:
    tails = s.res.org_tails
    result: list[Mention] = []
    for mention in s.found:
        text = s.text[mention.start : mention.end]
        joiner = JOINERS.search(text) if mention.label == "ORG" else None
        if joiner is None or JOINERS.search(text, joiner.end()) is not None:
            result.append(mention)
            continue
        left, right = text[: joiner.start()], text[joiner.end() :]
        ends_left, ends_right = left.rsplit(None, 1)[-1], right.rsplit(None, 1)[-1]
        whole = " " in left and " " in right  # `University and College Union` is one name
        if whole and ends_left in tails and ends_right in tails and right[:1].isupper() and " of " not in left:
            result.append(Mention(mention.start, mention.start + joiner.start(), "ORG", source=mention.source, rule=mention.rule))
            result.append(Mention(mention.start + joiner.end(), mention.end, "ORG", source=mention.source, rule=mention.rule))
        else:
            result.append(mention)
    s.found = result
