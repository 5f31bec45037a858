"""`According to the minister, the rise came on the back of rice, sugar and oil prices.` (issue 11):
after a role or a document (no name), a stretch opening with an article is the report's subject,
not an apposition to the speaker, so the report starts at the first comma and the list's commas stay
inside it. An apposition is kept for a name (`According to X, a scientist at Y, ...`)."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.resources import speech_words

#: Articles that open the report's subject right after the speaker's comma.
_ARTICLES = speech_words()["aside_subject_determiners"] & frozenset({"the", "a", "an"})


def subject_after_role(text: str, speaker: Mention | None, comma: int, lang: str) -> bool:
    """Whether the words after ``comma`` open the report itself: an English role or document
    speaker (no name, no organisation) and an article right after the comma."""
    if lang != "en" or speaker is None or speaker.attrs.get("kind") in ("name", "org", "pronoun"):
        return False
    first = text[comma + 1 : comma + 20].split(" ", 2)
    words = [word for word in first if word]
    return bool(words) and words[0] in _ARTICLES
