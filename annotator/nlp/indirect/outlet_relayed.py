"""An outlet relaying a whole report after it, with the verb first (`[...], reported The Daily
Courier.`, `[...], police said in a statement, reports Xinhua news agency.`): the part before the
comma is the outlet's report, and a report nested in it keeps its own speaker as well."""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.clauses import INDIRECT_SCORE, reported_clause
from annotator.nlp.indirect.closing_role_name import rest_after_speaker
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attribution, Attributor

#: The verb of a relaying outlet after the report's comma, followed by a capitalised name.
_RELAY = re.compile(r",\s+(reports|reported)\s+(?=[A-Z])")
#: A participle clause cut off the outer report, up to the relaying verb's comma.
_PARTICIPLE_GAP = re.compile(r",\s+(?:while\s+)?[a-z]+ing\b[^.;]*$")
#: Speaker kinds that can stand for an outlet (`The Express Tribune`, `Xinhua news agency`).
_OUTLET_KINDS = frozenset({"org", "name", "role"})
#: The kind of outlet after its name (`news agency`, `newspaper`).
_OUTLET_NOUNS = frozenset(speech_words()["relay_outlet_nouns"])


def outlet_relaying(
    attributor: Attributor, start: int, end: int, taken: list[Mention]
) -> tuple[Mention, Attribution] | None:
    """The outlet's report over the sentence before `, reported X.`; None when a report with the same
    bounds was already made or anything but a time or place follows the outlet's name."""
    if not attributor.english:
        return None
    text, tokens = attributor.text, attributor.tokens
    relays = list(_RELAY.finditer(text, start, end))
    if not relays:
        return None
    relay = relays[-1]
    k = tokens.first_at_or_after(relay.start(1))
    speaker = attributor.speaker_after(k + 1, end)
    if speaker is None or speaker.attrs.get("kind") not in _OUTLET_KINDS:
        return None
    rest = rest_after_speaker(text, speaker.end, end)
    if rest and rest.lower() not in _OUTLET_NOUNS:
        return None
    clause = reported_clause(attributor, start, relay.start(), closed=True)
    if clause is not None and _PARTICIPLE_GAP.match(text, clause.end, relay.start()):
        # `[..., police said, noting that ...], reports X`: the whole nested report is the outlet's
        clause = replace(clause, end=relay.start(), attrs=dict(clause.attrs))
    if clause is None or any((q.start, q.end) == (clause.start, clause.end) for q in taken):
        return None
    return clause, Attribution(attributor.token_mention(k, k, "CUE"), speaker, INDIRECT_SCORE)


def relay_cue_words(attributor: Attributor) -> list[int]:
    """Word indices of `reports` after a comma and before a capitalised name (a present-tense verb
    that the cue lists keep for `that` only), so that their sentences are read."""
    if not attributor.english or "reports " not in attributor.text:
        return []
    tokens = attributor.tokens
    return [tokens.first_at_or_after(m.start(1)) for m in _RELAY.finditer(attributor.text) if m.group(1) == "reports"]
