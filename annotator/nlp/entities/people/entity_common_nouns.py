"""Common words of the language that newsrooms capitalise at a sentence's or a heading's start
or in title case (`Kinerja Direksi dinilai ...`, `Masa Jabatan`, `Gugus Tugas`, `Non Fisik`). The
page's own small-letter words (``EntityState.lower_words``) catch such a word only when the page
also writes it in small letters; a new newsroom's short page often does not. The words come from
the language's ``common_nouns.txt`` (a lexicon of words that are never a given name), so a run
made of them alone is no PERSON, and one opening a sentence opens no name."""

from __future__ import annotations

from functools import cache

from annotator.nlp.entities.entity_state import EntityState
from annotator.nlp.resources import read_list


@cache
def common_nouns(lang: str) -> frozenset[str]:
    """The lexicon in small letters (`kinerja`, `masa`, `non`)."""
    return frozenset(word.lower() for word in read_list(lang, "common_nouns.txt"))


def is_common_noun(s: EntityState, index: int) -> bool:
    """Word ``index`` is a common word of the lexicon, in whatever case it is written."""
    return s.word(index).lower() in common_nouns(s.analysis.lang)


def only_common_nouns(s: EntityState, first: int, end: int) -> bool:
    """Every word of ``first``..``end`` (one or more) is in the lexicon (`Masa Jabatan`, `Cabai`)."""
    nouns = common_nouns(s.analysis.lang)
    return bool(nouns) and end > first and all(s.word(k).lower() in nouns for k in range(first, end))
