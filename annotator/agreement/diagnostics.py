"""Plain-word warnings for the lead: when the figures should not be trusted, or what they mean."""

from __future__ import annotations

from collections.abc import Mapping

from annotator.agreement.compare import Comparison
from annotator.wording import plural

FEW_UNITS = 50
FEW_DOCUMENTS = 5
DOMINANT_SHARE = 0.7
BOUNDARY_SHARE = 0.5


def diagnose(
    pairs: Mapping[tuple[str, str], Comparison],
    pair_documents: Mapping[tuple[str, str], int],
    finished: Mapping[str, int],
    spans: Mapping[str, int],
) -> list[str]:
    """``finished``: documents each annotator finished; ``spans``: spans in them."""
    notes: list[str] = []
    if not pairs:
        notes.append(
            "No document has been finished by two annotators yet, so there is nothing to compare. "
            "Set routing with overlap (annotator routing P --per-document 2 --overlap 0.2)."
        )
    for name in sorted(finished):
        if finished[name] and not spans.get(name):
            notes.append(f"{name} finished {plural(finished[name], 'document')} without marking a single span.")
    total = Comparison()
    for (a, b), comparison in sorted(pairs.items()):
        total.add(comparison)
        micro = comparison.micro()
        units = micro.a + micro.b
        documents = pair_documents[a, b]
        if units < FEW_UNITS or documents < FEW_DOCUMENTS:
            notes.append(
                f"{a} and {b} share only {plural(documents, 'document')} with {plural(units, 'span')} between them: "
                "too few items for their figures to be reliable."
            )
    label_units = {label: counts.a + counts.b for label, counts in total.labels.items()}
    all_units = sum(label_units.values())
    if all_units and len(label_units) > 1:
        label, units = max(label_units.items(), key=lambda item: item[1])
        if units / all_units >= DOMINANT_SHARE:
            notes.append(
                f"{label} makes up {units / all_units:.0%} of the spans compared, so the micro scores mostly "
                f"reflect {label}; read the per-label scores."
            )
    micro = total.micro()
    misses = micro.a + micro.b - 2 * micro.exact
    boundary = 2 * max(0, micro.partial - micro.exact)
    if misses and boundary / misses > BOUNDARY_SHARE:
        notes.append(
            f"{boundary / misses:.0%} of the disagreements are boundaries: both marked the same thing with the "
            "same label but started or ended it elsewhere. Agree on what a span includes (titles, determiners, "
            "punctuation) in the guidelines."
        )
    return notes
