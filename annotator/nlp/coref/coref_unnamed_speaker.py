"""`The woman said she did not respond. ... After this, she said ...`: an English personal pronoun
whose last speaker before it was an unnamed role (`The woman`, `the source`, `one woman`, `another
resident`), left unresolved because the text never names it, stands for that role, so it is left
unresolved too rather than linked to a person who spoke earlier. A person named in between breaks the chain."""

from __future__ import annotations

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_court_parties import court_party
from annotator.nlp.coref.coref_salience import coref_words
from annotator.nlp.coref.coref_titles import written_document
from annotator.nlp.speakers.speaker_descriptions import INDEFINITE

#: Singular personal pronouns that may stand for the unnamed speaker.
_SINGULAR = coref_words()["unnamed_speaker_pronouns"]
#: First words of a role that no name stands for: definite (`The woman`) or a newcomer (`one
#: woman`, `a resident`, `another neighbour`).
_OPENERS = frozenset({"the"}) | INDEFINITE | coref_words()["newcomer_openers"]


def continues_unnamed_role(
    analysis: Analysis,
    speaker: Mention,
    previous: Mention | None,
    speakers_before: list[tuple[int, Mention]],
    chained: set[int],
) -> bool:
    """Whether the pronoun ``speaker`` continues ``previous``, the last speaker before it, when that
    is a definite role no name was found for, or a pronoun already continuing one (ids in
    ``chained``, to which ``speaker`` is then added)."""
    if analysis.lang != "en" or previous is None:
        return False
    if analysis.text[speaker.start : speaker.end].lower() not in _SINGULAR:
        return False
    if any(m.start >= previous.end and m.end <= speaker.start for m in analysis.entities_of("PERSON")):
        return False  # a person named in between may be whom the pronoun means
    if id(previous) not in chained:
        words = analysis.text[previous.start : previous.end].split()
        if previous.attrs.get("kind") != "role" or len(words) < 2 or words[0].lower() not in _OPENERS:
            return False
        if any(position == previous.start for position, _ in speakers_before):
            return False  # the role was resolved to a name
        if written_document(analysis.text, previous):
            return False  # `The media report said ... . “...,” he said`: no `he` stands for a report
        if court_party(analysis, previous):
            return False  # `The prosecution said ... . “...,” he said`: no `he` stands for the institution
    chained.add(id(speaker))
    return True
