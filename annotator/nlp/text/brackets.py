"""A bracket view: a bracket written with a space on its inner side (`Negeri ( Kajari ) Sukamaju`,
`Statistik ( BPS )`) reads as a closed one (`(Kajari)`), so the rules that read `(X)` after a name
read `( X )` too. Offsets stay those of the text: the gap between two words is read through
:func:`closed_brackets`, and the patterns that search the text for a bracket write its inner side
with :data:`OPEN` and :data:`CLOSE`, whose optional space lies outside every captured group."""

from __future__ import annotations

#: An opening bracket and the one space a page may write inside it (pattern text for ``re``).
OPEN = r"\( ?"
#: A closing bracket and the one space a page may write inside it (pattern text for ``re``).
CLOSE = r" ?\)"


def closed_brackets(gap: str) -> str:
    """The text between two words as the rules read it: `" ( "` reads `" ("` and `" ) "` reads
    `") "`; other gaps come back as they are."""
    if gap.endswith("( "):
        gap = gap[:-1]
    if gap.startswith(" )"):
        gap = gap[1:]
    return gap
