"""A three-word English report that reads as a whole clause (`A spokesperson said [investigations are
ongoing].`, `She said [he was fine].`): a subject, an auxiliary and one more word. English reports
otherwise need four words, so that an object or an occasion after the verb (`said this on Monday`)
is not taken for one. The words live in `common/speech_words.toml`."""

from __future__ import annotations

from annotator.nlp.resources import speech_words

_WORDS = speech_words()
_SUBJECTS = _WORDS["short_report_subjects_en"]
_AUXILIARIES = _WORDS["short_report_auxiliaries_en"]


def _subject(word: str) -> bool:
    """A subject pronoun, a name (`Smith`) or a bare plural noun (`talks`, `inquiries`), not `business`."""
    if word.lower() in _SUBJECTS:
        return True
    if not word.isalpha() or len(word) < 4:
        return False
    return word[:1].isupper() or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def short_clause_en(words: list[str]) -> bool:
    """Whether three words read as an English clause: subject, auxiliary, complement."""
    if len(words) != 3 or words[1].lower() not in _AUXILIARIES:
        return False
    return _subject(words[0]) and words[2].strip(".,;:!?").isalpha()
