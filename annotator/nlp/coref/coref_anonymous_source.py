"""`A police officer who spoke on condition of anonymity confirmed the attack. “...,” he said.`:
an English `he`/`she` speaking right after an indefinite person who withheld their name stands for
that unnamed source, so it is left unresolved rather than linked to a person quoted earlier
(issue 11). A person named between the source and the pronoun breaks the rule."""

from __future__ import annotations

import re

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.speakers.anonymous_subjects import anonymity_clause

#: Singular personal pronouns that may stand for the unnamed speaker.
_SINGULAR = coref_words()["unnamed_speaker_pronouns"]
#: How far before the quote (or the pronoun) the source may be introduced, in characters.
_WINDOW = 400
#: `an official who declined to be named`, `a resident, who asked not to be identified`: an
#: indefinite subject of at most six words, then the clause withholding the name.
_SOURCE = re.compile(r"\b[Aa]n?\s+(?:[^\s,.;:“”\"]+,?\s+){0,6}?who\s+" + anonymity_clause(r"[^.;:“”\"]"))


def speaks_for_anonymous_source(analysis: Analysis, speaker: Mention, quote: Mention) -> bool:
    """Whether the pronoun ``speaker`` of ``quote`` follows, with no person named in between, an
    indefinite source who withheld their name."""
    if analysis.lang != "en" or analysis.text[speaker.start : speaker.end].lower() not in _SINGULAR:
        return False
    end = min(speaker.start, quote.start)
    start = max(0, end - _WINDOW)
    for person in analysis.entities_of("PERSON"):
        if person.end <= speaker.start and person.end > start:
            start = person.end  # a name after the source may be whom the pronoun means
    return _SOURCE.search(analysis.text, start, end) is not None
