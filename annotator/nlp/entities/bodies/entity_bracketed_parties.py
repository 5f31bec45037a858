"""A party in brackets after a politician's name (English, en_ents23 round): `Prime Minister X Y
(Reform)`, `Councillor X Y (Labour)`. The bracketed word was read as the person's call name
(`Joko Widodo (Jokowi)`) and so tagged PERSON wherever it stood; a word of ``party_short_names``
(``en/entity_words.toml``) there is the party, an ORG, as the shared guidelines tag parties."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.entity_state import EntityState

#: One word in title case in parentheses right after a name (`(Reform)`).
BRACKETED_WORD = re.compile(r" \(([A-Z][a-z]{2,})\)")


def bracketed_party(s: EntityState, person: Mention) -> bool:
    """Tag the party in brackets right after ``person`` as an ORG; whether there is one."""
    match = BRACKETED_WORD.match(s.text, person.end)
    if s.analysis.lang != "en" or match is None or match.group(1) not in s.words.party_short_names:
        return False
    index = s.tokens.first_at_or_after(match.start(1))
    if s.free(index):
        s.add(index, index, "ORG", rule="bracketed_party")
    return True
