"""The area of a role in apposition, written after the role and before the verb: `“...,” Devesh
Mahla, Deputy Commissioner of Police (DCP), Outer North Delhi said`; `Tage Rinya, Superintendent
of Police, Lower Siang told ...`. In English a name, then a role (opened by a word of the role
table, its acronym in brackets allowed), then one more capitalised run after a comma describes
one person: the last run is the area the role covers (a district, a range, a state), never a
second person. The scan took an unknown area for a name, and the speaker became that area; as a
GPE it leaves the speaker to the name. Only a run of at most three words that the
capitalised-run rule guessed as a PERSON, followed by a small-letter word (the verb), is
relabelled; before a comma a list of names and roles may go on."""

from __future__ import annotations

from annotator.nlp.entities.entity_state import EntityState

#: How many words the guessed area may have (`Outer North Delhi`).
MAX_AREA_WORDS = 3
#: How many tokens the role between the commas may have (`Deputy Commissioner of Police (DCP)`).
MAX_ROLE_TOKENS = 9
#: What stands between the role and the area: a comma, after the role's bracketed acronym or not.
AREA_GAPS = frozenset({", ", "), "})


def areas_after_apposed_roles(s: EntityState) -> None:
    """Relabel a guessed PERSON after `<PERSON>, <role>, ` as a GPE (English only)."""
    if s.analysis.lang != "en":
        return
    people_ending = {m.end for m in s.found if m.label == "PERSON"}
    if len(people_ending) < 2:
        return
    for mention in s.found:
        if mention.label != "PERSON" or mention.rule != "capitalised_run":
            continue
        if len(s.text[mention.start : mention.end].split()) > MAX_AREA_WORDS:
            continue
        k = s.tokens.first_at_or_after(mention.start)
        if k < 4 or s.tokens.gap(k - 1, k) not in AREA_GAPS or not _ends_before_verb(s, mention.end):
            continue
        role_start = _apposed_role_start(s, k - 1)
        if role_start is not None and s.tokens.tokens[role_start - 1].end in people_ending:
            mention.label = "GPE"
            mention.rule = "area_of_apposed_role"


def _apposed_role_start(s: EntityState, last: int) -> int | None:
    """The first word of the role between commas that ends with word ``last`` (the word before
    the area), when a role of the table opens it."""
    for start in range(last, max(1, last - MAX_ROLE_TOKENS) - 1, -1):
        gap = s.tokens.gap(start - 1, start)
        if gap == ", ":
            return start if s.lex.roles.match(s.tokens, start) else None
        if "," in gap or "\n" in gap:
            return None
    return None


def _ends_before_verb(s: EntityState, end: int) -> bool:
    """A small-letter word (`said`, `told`) right after the run: no list of names and roles goes on."""
    k = s.tokens.first_at_or_after(end)
    return k < s.n and s.word(k)[:1].islower() and s.joined(k - 1, k)
