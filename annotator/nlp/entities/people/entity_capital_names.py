"""A name written in capitals after a police or military rank, as police press releases print
it (`Kapolsek Ponggok AKP SUJARWO, S.H.`, `Kapolsek IPTU SUYOTO bersama anggota`): the words are
the PERSON, the rank is held. A run of capitals is otherwise no name (it is an acronym or a
shouted headline), so without this rule the officer was lost. Initials of two to four letters are
``rank_initials``'s (entity_person_initials.py); here one word at least has five letters."""

from __future__ import annotations

from annotator.nlp.entities.bodies.entity_police import unit_heads
from annotator.nlp.entities.entity_state import EntityState

#: A capitals name has at most this many words (`JEFRI A PURBA`).
MAX_WORDS = 4


def capital_name_end(s: EntityState, index: int) -> int | None:
    """Where a name in capitals starting at word ``index`` (right after a rank) ends, or None."""
    k = index
    while k < s.n and k - index < MAX_WORDS and (k == index or s.joined(k - 1, k)) and _capital_word(s, k):
        k += 1
    if k == index or not any(len(s.word(j)) >= 5 for j in range(index, k)):
        return None
    if len(s.word(k - 1)) == 1 or (k < s.n and s.joined(k - 1, k) and s.tokens.tokens[k].is_cap):
        return None  # `AKP BUDI S.`, `IPTU BUDI Santoso`: a mixed name, left to the other rules
    return k


def _capital_word(s: EntityState, k: int) -> bool:
    """A word in capitals that is no acronym, title or place the lists know."""
    word = s.word(k)
    if not (word.isalpha() and word.isupper() and s.free(k)):
        return False
    if len(word) == 1:
        return True  # an initial inside the name (`JEFRI A PURBA`)
    return capital_name_word(s, k)


def capital_name_word(s: EntityState, k: int) -> bool:
    """Word ``k`` in capitals is no acronym, stop word, title, place or common word the lists or
    the text know (whether another rule holds it is not asked)."""
    word = s.word(k)
    titled = word.title()
    lex = s.lex
    return not (
        len(word) < 3
        or word in lex.known_names
        or titled in lex.known_names
        or word in s.lex.stopwords
        or titled in s.lex.stopwords
        or word in s.words.not_body_acronyms
        or word in s.res.titles
        or titled in s.res.titles
        or titled in s.res.place_types
        or titled in s.res.org_heads  # `AKBP POLRES`: a unit, no name
        or titled in unit_heads(s.analysis.lang)
        or word.lower() in s.lower_words  # a common word the text also writes in small letters
        or s.gazetteer(k)
    )
