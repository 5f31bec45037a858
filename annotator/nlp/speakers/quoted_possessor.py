"""`The post had quoted President X's statement: “...”`: a quote introduced as someone's words that
another quoted. The verb `quoted` is the cue; the one whose statement it was (the possessor) is the
speaker, not the subject who quoted it (en_indirect26). Nouns in ``quoted_statement_nouns_en``
(``common/speech_words.toml``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotator.nlp.resources import speech_word_list

if TYPE_CHECKING:
    from annotator.nlp.analysis import Mention
    from annotator.nlp.speakers.attribution import Attributor

#: `quoted <owner>'s <statement>` and at most a colon or a comma before the opening mark.
_QUOTED_POSSESSION = re.compile(
    r"\bquoted\s+(?P<owner>[^,.;:“”\"\n]{1,80}?)['’]s?\s+(?:(?:earlier|recent|latest|own)\s+)?(?:"
    + "|".join(speech_word_list("quoted_statement_nouns_en"))
    + r")[\s\x00]*[:,]?[\s\x00]*$"
)
#: The most words of an owner with no name in it (`the governor`, `the late prime minister`).
MAX_OWNER_WORDS = 4


def quoted_possessor(
    attributor: Attributor, first: int, last: int, open_mark: int
) -> tuple[Mention, Mention | None] | None:
    """The cue `quoted` and the owner of the statement right before ``open_mark``; else None."""
    if not attributor.english or first > last:
        return None
    tokens = attributor.tokens
    found = _QUOTED_POSSESSION.search(attributor.text, tokens.tokens[first].start, open_mark)
    if found is None:
        return None
    owner_start, owner_end = found.span("owner")
    cue = attributor.token_mention(tokens.first_at_or_after(found.start()), tokens.first_at_or_after(found.start()), "CUE")
    people = [
        m for m in attributor.analysis.entities if m.label == "PERSON" and owner_start <= m.start and m.end == owner_end
    ]
    if people:
        return cue, attributor.name_speaker(people[-1])
    if len(found.group("owner").split()) > MAX_OWNER_WORDS:
        return cue, None
    owner = attributor.token_mention(
        tokens.first_at_or_after(owner_start), tokens.last_ending_at_or_before(owner_end), "SPEAKER", kind="role"
    )
    return cue, owner
