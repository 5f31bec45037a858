"""A pronoun or clitic speaker with no one named before it: a page that starts in the middle of an
article (page 2 of a split story) or opens with its quote. The shared decisions resolve it forward
to the first person this page names after it (`“...,” jelasnya.` / `Menurut Suhari, ...`)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import load_resources
from annotator.nlp.speakers.cue_words import according_lower

#: How many paragraphs after the speaker's own the first name may stand in.
MAX_PARAGRAPHS_AHEAD = 1


def first_person_after(text: str, lang: str, people: list[Mention], speaker: Mention) -> Mention | None:
    """The first PERSON (outside direct quotes: ``people``) named after ``speaker`` in its paragraph
    or the next one, named bare as someone the reader already knows (`Iwan menegaskan`, `Menurut
    Suhari`); one introduced with a role (`Kepala BPBD X, Reza ...`) is someone new, and None."""
    after = next((m for m in people if m.start >= speaker.end and m.label == "PERSON"), None)
    if after is None:
        return None
    lines = text[speaker.end : after.start].split("\n")
    if len([line for line in lines[1:-1] if line.strip()]) >= MAX_PARAGRAPHS_AHEAD:
        return None  # a whole paragraph stands between them
    return after if _named_bare(text, lang, after) else None


def _named_bare(text: str, lang: str, person: Mention) -> bool:
    """Whether no role or title stands before the name: it opens its line or sentence, or follows
    an `according` cue of the language (`Menurut`) or a word in small letters."""
    line = text[text.rfind("\n", 0, person.start) + 1 : person.start].split()
    if not line or line[-1].endswith((".", "!", "?", "”", '"')):
        return True
    return line[-1].lower() in according_lower(load_resources(lang)) or line[-1].islower()
