"""A body's acronym between a role written in small letters and a name: `juru bicara KNPB Ones
Suhuniap mengatakan`, `anggota KNPI Yanto Wenda`. The scan starts at the acronym, and a run of
capitalised words holding an acronym is no name, so both the body and the person were lost. After
a role (any case) an unknown acronym of three to six capitals opens the run: it is the ORG the
role belongs to, and the words after it the PERSON (the caller checks they make a valid name)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState


def acronym_before_name(s: EntityState, first: int, end: int) -> int | None:
    """Where the name starts when the run ``first``..``end`` is a body's acronym and a name of two
    or more words after a role; None otherwise."""
    word = s.word(first)
    if end - first < 3 or s.analysis.lang != "id" or not (word.isalpha() and word.isupper() and 3 <= len(word) <= 6):
        return None
    if word in s.lex.known_names or word in s.words.not_body_acronyms or word in s.res.stopwords:
        return None
    if any(s.word(k).isupper() for k in range(first + 1, end)):
        return None  # `KNPB JAYAPURA KOTA`: capitals all through, no name
    return first + 1 if _role_before(s, first) else None


def _role_before(s: EntityState, index: int) -> bool:
    """A role in any case (`juru bicara`, `anggota`) ends right before word ``index``."""
    for start in (index - 1, index - 2, index - 3):
        role = s.lex.roles_any_case.match(s.tokens, start) if start >= 0 else None
        if role and role[0] == index and s.joined(index - 1, index):
            return True
    return False
