"""An Indonesian speaker phrase after the cue ends at a verb in small letters: `kata Budi Santoso
menanggapi pernyataan Bupati X` (an active verb: Budi speaks, not the person in the verb's
object), `kata Kapolda ditemui wartawan usai rapat` (a passive verb of the occasion: the speaker is
`Kapolda`). The speaker rules end a phrase at punctuation and stop words only, so a later PERSON
of the clause won, or the role phrase ran on through the verb."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.resources import speech_words
from annotator.nlp.speakers.attribution import Attributor
from annotator.nlp.speakers.speaker_swap import drop_unlinked_speakers

#: An active verb (`menanggapi`, `menilai`, `mengatakan`) or a passive one ending in `-i`/`-kan`
#: (`ditemui`, `dikonfirmasi`, `dihubungi`, `disampaikan`).
VERB = re.compile(r"(?:mem|meng|meny|men|me)[a-z]{3,}|di[a-z]{3,}(?:i|kan)")


def stop_speakers_at_verbs(analysis: Analysis, attributor: Attributor) -> None:
    """Repoint or trim every SPEAKER link whose phrase after the cue runs past a verb."""
    if analysis.lang != "id":
        return
    text = analysis.text
    cue_of = {id(link.head): link.child for link in analysis.links if link.label == "CUE"}
    people = sorted((m for m in analysis.entities if m.label == "PERSON"), key=lambda m: m.start)
    replaced: dict[int, Mention] = {}
    for link in analysis.links:
        speaker, cue = link.child, cue_of.get(id(link.head))
        if link.label != "SPEAKER" or cue is None or cue.end > speaker.start:
            continue
        if id(speaker) in replaced:
            link.child = replaced[id(speaker)]
            continue
        verb = _first_verb(attributor, cue.end, speaker.end)
        if verb is None or "\n" in text[cue.end : verb]:
            continue
        new = None
        kind = speaker.attrs.get("kind")
        if kind == "name" and verb < speaker.start:
            before = [m for m in people if cue.end <= m.start and m.end <= verb]
            if before and before[-1].end < speaker.start:
                new = attributor.mention(before[-1].start, before[-1].end, "SPEAKER", kind="name")
        elif kind == "role" and speaker.start < verb < speaker.end and not _described(attributor, speaker, verb):
            end = len(text[speaker.start : verb].rstrip()) + speaker.start
            if end > speaker.start:
                new = attributor.mention(speaker.start, end, "SPEAKER", kind="role")
        if new is not None:
            replaced[id(speaker)] = new
            link.child = new
    drop_unlinked_speakers(analysis, replaced)


def _first_verb(attributor: Attributor, start: int, end: int) -> int | None:
    """Where the first verb in small letters after the first word from ``start`` begins, before ``end``."""
    tokens, lex = attributor.tokens, attributor.lex
    exceptions, credits = speech_words()["not_passive_verbs"], speech_words()["credit_passives"]
    k = tokens.first_at_or_after(start) + 1
    while k < len(tokens) and tokens.tokens[k].end <= end:
        word = tokens.tokens[k].text
        if word in credits or (VERB.fullmatch(word) and word not in exceptions and not lex.roles_any_case.match(tokens, k)):
            return tokens.tokens[k].start
        k += 1
    return None


def _described(attributor: Attributor, speaker: Mention, verb: int) -> bool:
    """The verb describes the role, which goes on (`ibu menyusui tersebut`, `pria yang ditemui itu`)."""
    text, determiners = attributor.text, attributor.lex.res.determiners
    words = text[speaker.start : speaker.end].split()
    rest = text[verb : speaker.end].split()
    return "yang" in words or any(w.lower().strip(".,") in determiners for w in rest)
