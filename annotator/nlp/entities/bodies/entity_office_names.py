"""Government offices named by class and by the airport they serve. An office's class is part of
its name (`Kantor Imigrasi Kelas I Khusus TPI Makassar`, `KSOP Kelas III Sukamaju`), and so is the
name of the airport it serves (`Kantor Imigrasi Ngurah Rai`): the airport's namesake there is no
person and no speaker. A `domain` body (entity_bodies.body_tail) asks both here, so the words go
into the office's ORG or, inside a role, into the role (`Kepala Seksi Keimigrasian Ngurah Rai`)."""

from __future__ import annotations

import re

from annotator.nlp.entities.entity_state import EntityState

#: The number of an office's class: Roman numerals with a grade letter (`I`, `II`, `IIA`, `IIB`).
CLASS_NUMBER = re.compile(r"^[IV]{1,3}[AB]?$")


def office_class_end(s: EntityState, k: int) -> int | None:
    """`Kelas I Khusus` at ``k``: the index after the class, its number and marks, or None."""
    if s.word(k) not in s.words.office_class_words or not CLASS_NUMBER.match(s.word(k + 1)):
        return None
    if not (s.free(k + 1) and s.joined(k, k + 1)):
        return None
    k += 2
    while s.word(k) in s.words.office_class_marks and s.free(k) and s.joined(k - 1, k):
        k += 1
    return k


def airport_name_end(s: EntityState, k: int) -> int | None:
    """An airport's name at ``k`` right after an office word or its class (`TPI Ngurah Rai`, `Kelas I
    Khusus Bandara Soekarno-Hatta`): the index after it, `Bandara` and `Internasional` included."""
    before = s.word(k - 1)
    if before not in s.words.airport_office_words and before not in s.words.office_class_marks:
        return None
    j = k
    while s.word(j) in s.words.airport_words and s.joined(j - 1, j):
        j += 1
    if not s.joined(j - 1, j):
        return None
    match = s.lex.airports.match(s.tokens, j)
    if not match or not all(s.free(i) for i in range(k, match[0])):
        return None
    return match[0]


def office_name_end(s: EntityState, k: int) -> int | None:
    """The class or the airport's name of an office at ``k``, if one stands there."""
    return office_class_end(s, k) or airport_name_end(s, k)
