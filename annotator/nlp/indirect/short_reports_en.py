"""A three-word English report that reads as a whole clause (`A spokesperson said [investigations are
ongoing].`, `She said [he was fine].`, `said [inflation would ease]`, `said [profits fell sharply]`):
a subject, a finite verb (an auxiliary or a past tense) and one more word. English reports
otherwise need four words, so that an object or an occasion after the verb (`said this on Monday`)
is not taken for one. The words live in `common/speech_words.toml`."""

from __future__ import annotations

from annotator.nlp.resources import speech_words

_WORDS = speech_words()
_SUBJECTS = _WORDS["short_report_subjects_en"]
_AUXILIARIES = _WORDS["short_report_auxiliaries_en"]
#: Lower-case words that open no subject (`on`, `the`, `yesterday`): an occasion, an object, an adverb.
_NOT_SUBJECTS = frozenset(_WORDS["short_report_not_subjects_en"])
#: Irregular past tenses, finite verbs as much as `-ed` ones (`prices rose sharply`).
_IRREGULAR_PASTS = frozenset(_WORDS["irregular_pasts"])


def _subject(word: str) -> bool:
    """A subject pronoun, a name (`Smith`), a bare plural noun (`talks`, `inquiries`) or a bare mass
    noun (`inflation`, `crime`), not a preposition, article or adverb, nor a word that may be an
    object as readily (`business`, `status`, `crisis`)."""
    if word.lower() in _SUBJECTS:
        return True
    if not word.isalpha() or len(word) < 4:
        return False
    if word[:1].isupper():
        return True
    return not word.endswith(("ss", "us", "is")) and word.lower() not in _NOT_SUBJECTS  # not `business`


def finite_en(word: str) -> bool:
    """An auxiliary or a past tense (`would`, `fell`, `increased`)."""
    lower = word.lower()
    return lower in _AUXILIARIES or lower in _IRREGULAR_PASTS or (lower.endswith("ed") and len(lower) > 4)


def short_clause_en(words: list[str]) -> bool:
    """Whether three words read as an English clause: subject, finite verb, complement."""
    if len(words) != 3 or not finite_en(words[1]):
        return False
    return _subject(words[0]) and words[2].strip(".,;:!?").isalpha()


#: How many words after a clause's first word may hold its finite verb (`that [the old bridge on the river would ...]`).
_CLAUSE_VERB_REACH = 10


def clause_at_en(text: str, begin: int, end: int) -> bool:
    """Whether an English clause starts at ``begin``: a finite verb (an auxiliary or a past tense)
    after its first word, within the next few words (`adding that [the roads needed repair]`, not
    `adding that [fee to every bill]`; en_indcount2)."""
    words = text[begin:end].split()[: 1 + _CLAUSE_VERB_REACH]
    return any(finite_en(word.strip(",.;:")) for word in words[1:])
