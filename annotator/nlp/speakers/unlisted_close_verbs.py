"""English speech verbs after a closing quote that no cue table lists (`“...,” he raged.`,
`“...,” seethed Tom Baker.`).

Writers vary the verb after a quote endlessly (`raged`, `gushed`, `seethed`, `scoffed`), and the cue
tables can never hold them all. In the slot right after a quote's closing mark, a past tense in
`-ed` can only attribute the quote when it has one of two shapes:

- the quote's subject and the verb fill the clause (`“...,” he raged.`, `“...,” Tom Baker seethed.`,
  `“...,” the coach scoffed.`): a pronoun, a whole name, or `the` and a few words in small letters;
- the verb comes first and a name or `the` follows it (`“...,” seethed Tom Baker.`).

Anything more after the verb (`“Rebels,” the film released in May`) is not this shape."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.nlp.resources import speech_word_list

if TYPE_CHECKING:
    from annotator.nlp.speakers.attribution import Attributor

#: Words that end the clause of an attribution (`.`, `!`, a line end, or the clause's comma).
_CLAUSE_ENDS = ".!,\n"
#: The most words in small letters after `the` in a role subject (`the visibly angry coach`).
_MAX_ROLE_WORDS = 3
#: Words that make the words before the verb a clause of their own, not a subject (`it was`).
_NOT_SUBJECT_WORDS = frozenset(speech_word_list("short_report_auxiliaries_en"))


def _past_tense(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower()


def unlisted_verb_after_subject(attributor: Attributor, index: int, k: int) -> bool:
    """Whether the word at ``k`` is an unlisted past tense closing `“...,” <subject> <verb>.`, with
    the subject from ``index`` (the first word after the closing mark) to ``k - 1``."""
    tokens = attributor.tokens.tokens
    if not attributor.english or k <= index or not _past_tense(tokens[k].text):
        return False
    rest = attributor.text[tokens[k].end : tokens[k].end + 1]
    if rest and rest not in _CLAUSE_ENDS:
        return False
    return _subject(attributor, index, k - 1)


def unlisted_verb_before_name(attributor: Attributor, index: int) -> bool:
    """Whether the word at ``index``, right after the closing mark, is an unlisted past tense before
    a capitalised name or `the` (`“...,” seethed Tom Baker.`)."""
    tokens = attributor.tokens.tokens
    if not attributor.english or index + 1 >= len(tokens) or not _past_tense(tokens[index].text):
        return False
    following = tokens[index + 1]
    if attributor.text[tokens[index].end : following.start] != " ":
        return False
    return following.text == "the" or index + 1 in attributor.entity_by_first


def _subject(attributor: Attributor, first: int, last: int) -> bool:
    """A pronoun, one whole entity, or `the` and a few words in small letters, from ``first`` to ``last``."""
    tokens = attributor.tokens.tokens
    if first == last and attributor.pronoun(tokens[first].text):
        return True
    entity = attributor.entity_by_first.get(first)
    if entity is not None and attributor.entity_by_last.get(last) is entity:
        return True
    if tokens[first].text.lower() != "the" or not 0 < last - first <= _MAX_ROLE_WORDS:
        return False
    words = [tokens[k].text for k in range(first + 1, last + 1)]
    return all(word.isalpha() and word.islower() and word not in _NOT_SUBJECT_WORDS for word in words)
