"""A person's name right after a role's body and its place: `Kepala Kejaksaan Negeri Lamongan
Budi Santoso`, `Direktur RSUD Sinjai Budi Santoso`, `Kepala Kantor Pencarian dan Pertolongan
Cilacap Muhamad Abdullah`. A `named` head takes any capitalised words after it, so without a
comma the name ran into the body and the person was lost. After a role (the body is the role's
unit), a known place inside the body followed by a short capitalised run that is no place, body or
title ends the body at the place (unless a name follows after a comma: `Kepala Unit Pengelola
Jakarta Smart City, Yudhistira`); the role rule then tags the run as the person. Without a role
before the head, or with a comma, nothing changes (`Universitas Sumatera Utara`, `RSUD Sanjiwani
Gianyar`)."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: The longest head before its words (`Rumah Sakit Umum Daerah`), and the longest name after it.
HEAD_WORDS = 4
NAME_WORDS = 4


def _head_start(s: EntityState, after_head: int) -> int | None:
    """Where the organisation head ending at ``after_head`` starts."""
    for j in range(after_head - 1, max(-1, after_head - 1 - HEAD_WORDS), -1):
        head = s.lex.org_heads.match(s.tokens, j)
        if head and head[0] == after_head:
            return j
    return None


#: How many words a role's portfolio may run between the role and a bracketed short form.
PORTFOLIO_WORDS = 5


def _bracket_open(s: EntityState, last: int) -> int | None:
    """The first word inside the brackets that close after word ``last`` (`(Kasi Pidum)`), or None."""
    for j in range(last, max(0, last - 2), -1):
        if s.tokens.gap(j - 1, j).endswith(" ("):
            return j
    return None


def _role_through_bracket(s: EntityState, start: int) -> bool:
    """`Kasi Pidana Khusus (Pidsus) | Kejaksaan Negeri X`: a role, its portfolio and its short form
    in brackets stand before word ``start`` (id_lists3)."""
    inside = _bracket_open(s, start - 1)
    if inside is None:
        return False
    for j in range(inside - 2, max(-1, inside - 2 - PORTFOLIO_WORDS), -1):
        if j + 1 < inside - 1 and not s.joined(j, j + 1):
            return False
        if s.lex.roles.match(s.tokens, j) or s.lex.titles.match(s.tokens, j):
            return True
    return False


def _role_before(s: EntityState, start: int) -> bool:
    """A title or role ends right before word ``start`` (`Kepala`, `Direktur Utama`), or its
    short form in brackets does (`Kasi Pidana Khusus (Pidsus) | Kejaksaan Negeri X`)."""
    if s.tokens.gap(start - 1, start) == ") ":
        return _role_through_bracket(s, start)
    for j in range(max(0, start - 3), start):
        role = s.lex.roles.match(s.tokens, j) or s.lex.titles.match(s.tokens, j)
        if role and role[0] == start and s.joined(start - 1, start):
            return True
    return False


def _dotted_initial(s: EntityState, k: int) -> bool:
    """One capital and its stop at ``k`` with a capitalised word right after (`M. Fachry`)."""
    word = s.word(k)
    return len(word) == 1 and word.isupper() and s.tokens.gap(k, k + 1) == ". " and s.cap_word(k + 1)


def _name_run(s: EntityState, k: int) -> bool:
    """A short run of capitalised words at ``k`` that is no place, body, title or number, and
    ends the phrase (a lower-case word or punctuation after it)."""
    end = k
    while (
        end < s.n
        and end - k < NAME_WORDS + 1
        and s.cap_word(end)
        and (end == k or s.joined(end - 1, end) or _dotted_initial(s, end - 1))
    ):
        if s.gazetteer(end) or s.lex.org_heads.match(s.tokens, end) or s.lex.titles.match(s.tokens, end):
            return False
        if end > k and _dotted_initial(s, end):
            end += 1  # `Andi M. Fachry`: an initial with its stop inside the name (id_entcount1)
            continue
        if s.word(end) in s.res.place_types or s.word(end).isupper() or s.lex.roles.match(s.tokens, end):
            return False
        end += 1
    if not k < end <= k + NAME_WORDS or (s.joined(end - 1, end) and s.cap_word(end)):
        return False
    # `Kepala Unit Pengelola Jakarta Smart City, Yudhistira`: a name after a comma is the person,
    # so the run before it is still the body's
    return not (s.tokens.gap(end - 1, end).strip() == "," and s.cap_word(end))


def person_after_place(s: EntityState, after_head: int, k: int) -> bool:
    """Whether the named body whose head ends at ``after_head`` ends at ``k`` (right after a place
    inside it): a role stands before the head and a person's name follows the place."""
    if not (s.joined(k - 1, k) and _name_run(s, k)):
        return False
    start = _head_start(s, after_head)
    return start is not None and _role_before(s, start)
