"""English `According to <outlet>, <speaker> said ...` (issue 11, en_speak12 round): a news outlet or
medium named after `According to` only relays the report of the speaker after the comma, so that
speaker's report stands alone and the outlet gets no report of its own (the real-set gold keeps
`According to news reports, officials said [...]` the same way)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import read_list, speech_words
from annotator.nlp.speakers.attribution import Attributor

#: Last words of a medium that only relays ([relaying_sources], [outlet_tails]).
_RELAYING_TAILS = frozenset(w.casefold() for w in speech_words()["relaying_sources"] | speech_words()["outlet_tails"])
#: Mastheads of English outlets (`en/outlets.txt`), in small letters.
_OUTLETS = frozenset(name.casefold() for name in read_list("en", "outlets.txt"))
#: How many words into the report its own speech verb may stand (`the district commander said`).
MAX_WORDS_BEFORE_INNER_VERB = 12


def relaying_source(name: str) -> bool:
    """Whether the source ``name`` is a news outlet or medium (`Lakeside FM`, `news reports`)."""
    folded = name.casefold().removeprefix("the ").strip()
    return folded in _OUTLETS or any(folded == tail or folded.endswith(" " + tail) for tail in _RELAYING_TAILS)


def relays_inner_report(attributor: Attributor, speaker: Mention, clause: Mention) -> bool:
    """Whether ``speaker`` is an outlet and ``clause`` opens with a report of its own (a speech
    verb within its first words)."""
    if not attributor.english or not relaying_source(attributor.text[speaker.start : speaker.end]):
        return False
    tokens = attributor.tokens
    first = tokens.first_at_or_after(clause.start)
    last = min(tokens.last_ending_at_or_before(clause.end), first + MAX_WORDS_BEFORE_INNER_VERB)
    return any(attributor.lex.cues_before.match(tokens, j) is not None for j in range(first + 1, last + 1))
