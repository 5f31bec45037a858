"""A role and its holder written right after a body's name (English, en_orgs5 round).

`Zambia Congress of Trade Unions President Leonard Hikaumba`, `National Union of Teachers Chairman
Peter Ochieng`: no comma parts the body from the role, so the scan ran the body's name on over the
role (an `of`- or `for`-name takes the capitalised words after it) and sometimes over the first
name too. A role word cannot end a body's name before a person's name, so the body ends before
the role, the role's words are no entity, and the name after it is the PERSON.

The role (``roles``/``titles`` of the English tables, in capitals) must stand after a capitalised
word of a body that has a head or tail word before it, and a name must follow it: a PERSON the scan
found right after the body, or name words left inside it. `Office of the Prime Minister` keeps its
role (a small word before it), and so does a role no name follows (`... Workers Union President`
at a sentence's end).
"""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.entities.bodies.entity_body_person_bounds import name_word
from annotator.nlp.entities.entity_state import EntityState

#: The fewest words the body keeps before the role (a head and one word of its name).
MIN_BODY_WORDS = 2


def _role_at(s: EntityState, k: int) -> int | None:
    """The index after a capitalised role or title starting at word ``k``, or None."""
    if not s.tokens.tokens[k].is_cap:
        return None
    match = s.lex.roles.match(s.tokens, k) or s.lex.titles.match(s.tokens, k)
    return match[0] if match else None


def _has_body_word(s: EntityState, first: int, last: int) -> bool:
    """A head or tail word of a body among words ``first``..``last``."""
    return any(s.word(k) in s.lex.org_tails or s.lex.org_heads.match(s.tokens, k) for k in range(first, last + 1))


def _person_at(s: EntityState, k: int) -> Mention | None:
    """The PERSON found starting at word ``k``, or None."""
    if k >= s.n:
        return None
    start = s.tokens.tokens[k].start
    return next((m for m in s.found if m.label == "PERSON" and m.start == start), None)


def _person_after(s: EntityState, k: int, *, comma: bool) -> Mention | None:
    """The PERSON starting at word ``k`` right after the word before it, or after a comma when
    ``comma`` (`... Studies Director, John Okon, said`)."""
    gap = s.tokens.gap(k - 1, k)
    if s.joined(k - 1, k) or (comma and gap == ", "):
        return _person_at(s, k)
    return None


def roles_after_bodies(s: EntityState) -> None:
    """Cut each English ORG before a role that a person's name follows (see above)."""
    if s.analysis.lang != "en":
        return
    tokens = s.tokens
    for mention in [m for m in s.found if m.label == "ORG"]:
        first, last = tokens.first_at_or_after(mention.start), tokens.last_ending_at_or_before(mention.end)
        for k in range(first + MIN_BODY_WORDS, last + 1):
            role_end = _role_at(s, k)
            if role_end is None:
                continue
            if not s.word(k - 1)[:1].isupper() or not s.joined(k - 1, k) or not _has_body_word(s, first, k - 1):
                break
            if not all(name_word(s, j) and s.joined(j - 1, j) for j in range(role_end, last + 1)):
                break
            inside = last + 1 - role_end  # name words the body took after the role
            after = _person_after(s, max(role_end, last + 1), comma=inside == 0)
            if after is None and inside < 2:
                break  # no name follows the role: it may be the body's own word
            mention.end = tokens.tokens[k - 1].end
            mention.rule = f"{mention.rule}+role_cut"
            s.block(k, max(last, role_end - 1))
            if inside > 0:
                end = after.end if after is not None else tokens.tokens[last].end
                if after is not None:
                    s.found.remove(after)
                s.found.append(Mention(tokens.tokens[role_end].start, end, "PERSON", rule="person_after_body_role"))
            break
