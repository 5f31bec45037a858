"""Which span a link goes to when the click lands on several (no Qt).

Spans are often stacked on the same words: a SPEAKER and a PERSON on ``Vladimir Putin``, a CUE and
a SPEAKER on ``ujarnya``. In link mode the click offers all of them; the relation's scheme rule
decides: only spans whose label the rule accepts as a child fit, and among them the rule prefers
the label named like the relation (a SPEAKER link goes to the SPEAKER span, a CUE link to the
CUE). When no such preference settles it and two or more spans fit, the window asks.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.model.records import Span
from annotator.model.scheme import RelationLabel


@dataclass(frozen=True)
class LinkChoice:
    """The span to link to (``chosen``), or the spans to ask about (``ask``, best first); both empty
    when nothing under the click may be linked."""

    chosen: Span | None
    ask: list[Span]


def choose_link_target(rule: RelationLabel, head: Span, clicked: list[Span]) -> LinkChoice:
    """Pick the child of a ``rule`` link from ``head`` among the spans under a click (best first)."""
    fitting = [span for span in clicked if span.id != head.id and span.label in rule.children]
    unique: list[Span] = []
    for span in fitting:
        if all(span.id != other.id for other in unique):
            unique.append(span)
    if not unique:
        return LinkChoice(None, [])
    preferred = [span for span in unique if span.label == rule.name]
    if len(preferred) == 1:
        return LinkChoice(preferred[0], [])
    if len(unique) == 1:
        return LinkChoice(unique[0], [])
    candidates = preferred or unique
    ordered = sorted(candidates, key=lambda span: (rule.children.index(span.label), span.end - span.start))
    return LinkChoice(None, ordered)
