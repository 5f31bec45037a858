"""`Pemerintah, lanjutnya, akan tetap bersiaga memastikan kebutuhan warga terpenuhi`: an Indonesian
cue set off by commas inside the opening of the sentence (`, lanjutnya,`, `, kata dia,`) governs
the whole sentence, so a speech verb later in the same clause (`memastikan`, `mengatakan`) is part
of what was reported, not a second report whose speaker would be the words before it (`akan tetap
bersiaga`). The sentence is read from the inside cue first; the later verb only when that fails."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.indirect.report_last import closing_cue, trailing_cue
from annotator.nlp.speakers.attribution import Attribution, Attributor


def inside_cue_before(attributor: Attributor, k: int, start: int, end: int) -> tuple[Mention, Attribution] | None:
    """The whole-sentence report of a cue set off by commas before the verb at token ``k``, when
    that report takes the verb in; else None (the verb is read on its own)."""
    if attributor.analysis.lang != "id":
        return None
    text, tokens = attributor.text, attributor.tokens
    verb_start = tokens.tokens[k].start
    comma = text.find(",", start, verb_start)
    while comma >= 0:
        following = tokens.first_at_or_after(comma + 1)
        if following < k and closing_cue(attributor, following):
            break
        comma = text.find(",", comma + 1, verb_start)
    else:
        return None
    found = trailing_cue(attributor, start, end)
    if found is None or not found[0].start <= verb_start < found[0].end or found[1].cue.start >= verb_start:
        return None
    return found
