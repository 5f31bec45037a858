"""One document, two annotations: the counts every agreement score is made of.

Counts add up across documents, so a pair's scores are sums over its documents, and a
document's score is the sum over its pairs of annotators.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from annotator.agreement.matching import partial_matching
from annotator.agreement.units import QUOTE_LABELS, Annotation, SpanUnit, normalised_name

MISSING = "MISSING"


@dataclass(slots=True)
class LabelCounts:
    a: int = 0
    b: int = 0
    exact: int = 0
    partial: int = 0

    def add(self, other: LabelCounts) -> None:
        self.a += other.a
        self.b += other.b
        self.exact += other.exact
        self.partial += other.partial


@dataclass(slots=True)
class AttributionCounts:
    """Quote pairs where at least one side linked a speaker (cue), and those where both agree."""

    compared: int = 0
    agreed: int = 0

    def add(self, other: AttributionCounts) -> None:
        self.compared += other.compared
        self.agreed += other.agreed


@dataclass
class Comparison:
    labels: dict[str, LabelCounts] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    speaker: AttributionCounts = field(default_factory=AttributionCounts)
    cue: AttributionCounts = field(default_factory=AttributionCounts)
    relations: LabelCounts = field(default_factory=LabelCounts)
    quotes_matched: int = 0
    units: int = 0  # spans on both sides, all labels (the micro denominator)
    matched: int = 0  # partial matches, all labels

    def add(self, other: Comparison) -> None:
        self.units += other.units
        self.matched += other.matched
        for label, counts in other.labels.items():
            self.labels.setdefault(label, LabelCounts()).add(counts)
        self.confusion.update(other.confusion)
        self.speaker.add(other.speaker)
        self.cue.add(other.cue)
        self.relations.add(other.relations)
        self.quotes_matched += other.quotes_matched

    def micro(self) -> LabelCounts:
        total = LabelCounts()
        for counts in self.labels.values():
            total.add(counts)
        return total


def compare(a: Annotation, b: Annotation, text: str, *, attribution: bool = True, into: Comparison | None = None) -> Comparison:
    """Everything agreement counts between annotations ``a`` and ``b`` of one document, added to
    ``into`` (a new :class:`Comparison` by default), which is returned."""
    result = Comparison() if into is None else into
    labels = result.labels
    quote_pairs: list[tuple[SpanUnit, SpanUnit]] = []
    offsets_a, offsets_b = a.offsets_by_label, b.offsets_by_label
    by_label_a, by_label_b = a.by_label, b.by_label
    for label in offsets_a.keys() | offsets_b.keys():
        spans_a = by_label_a.get(label, ())
        spans_b = by_label_b.get(label, ())
        counts = labels.get(label)
        if counts is None:
            counts = labels[label] = LabelCounts()
        counts.a += len(spans_a)
        counts.b += len(spans_b)
        places_a, places_b = offsets_a.get(label, ()), offsets_b.get(label, ())
        if places_a == places_b:  # the common case: nothing to match
            counts.exact += len(spans_a)
            counts.partial += len(spans_a)
            matched: list[tuple[int, int]] | None = None
        else:
            matched = partial_matching(spans_a, spans_b) if places_a and places_b else []
            counts.exact += len(set(places_a).intersection(places_b))
            counts.partial += len(matched)
        result.units += len(spans_a) + len(spans_b)
        result.matched += len(spans_a) if matched is None else len(matched)
        if attribution and label in QUOTE_LABELS:
            pairs = zip(spans_a, spans_b, strict=True) if matched is None else ((spans_a[i], spans_b[j]) for i, j in matched)
            quote_pairs.extend(pairs)
    add_confusion(result.confusion, a.places, b.places)
    units_a, units_b = a.relation_units, b.relation_units
    result.relations.a += len(units_a)
    result.relations.b += len(units_b)
    result.relations.exact += len(units_a & units_b)
    if attribution and quote_pairs:
        result.quotes_matched += len(quote_pairs)
        for quote_a, quote_b in quote_pairs:
            _attribution(result.speaker, a, quote_a, b, quote_b, "SPEAKER", text)
            _attribution(result.cue, a, quote_a, b, quote_b, "CUE", text)
    return result


def confusion_counts(at_a: dict[tuple[int, int], list[str]], at_b: dict[tuple[int, int], list[str]]) -> Counter[tuple[str, str]]:
    """(label in a, label in b) for spans at the same offsets (``Annotation.places``); MISSING where
    one side has none there."""
    counts: Counter[tuple[str, str]] = Counter()
    add_confusion(counts, at_a, at_b)
    return counts


def add_confusion(
    counts: Counter[tuple[str, str]], at_a: dict[tuple[int, int], list[str]], at_b: dict[tuple[int, int], list[str]]
) -> None:
    for place, left in at_a.items():
        right = at_b.get(place)
        if right is None:
            for label in left:
                counts[label, MISSING] += 1
        elif len(left) == 1 and len(right) == 1:
            counts[left[0], right[0]] += 1
        else:
            _pair_labels(counts, sorted(left), sorted(right))
    for place, right in at_b.items():
        if place not in at_a:
            for label in right:
                counts[MISSING, label] += 1


def _pair_labels(counts: Counter[tuple[str, str]], left: list[str], right: list[str]) -> None:
    """Several spans at one place (e.g. a clitic that is both CUE and SPEAKER): same labels first."""
    for label in set(left) & set(right):
        same = min(left.count(label), right.count(label))  # the same span twice on a side pairs twice at most
        for _ in range(same):
            left.remove(label)
            right.remove(label)
        counts[label, label] += same
    for index in range(max(len(left), len(right))):
        counts[left[index] if index < len(left) else MISSING, right[index] if index < len(right) else MISSING] += 1


def _resolved_names(annotation: Annotation, span: SpanUnit, text: str) -> tuple[set[str], bool]:
    """The names COREF chains lead to from the span (and whether there was any); without a
    chain, the span's own text."""
    names: set[str] = set()
    seen = {span.key}
    frontier = [span]
    while frontier:
        current = frontier.pop()
        for target in annotation.children(current.key, "COREF"):
            if target.key not in seen:
                seen.add(target.key)
                names.add(normalised_name(text[target.start : target.end]))
                frontier.append(target)
    if names:
        return names, True
    return {normalised_name(text[span.start : span.end])}, False


def _attribution(
    counts: AttributionCounts, a: Annotation, quote_a: SpanUnit, b: Annotation, quote_b: SpanUnit, label: str, text: str
) -> None:
    """Both sides linked overlapping spans, or (speakers) both resolve to the same name, at
    least one of them through COREF: two unresolved `dia` far apart are not the same speaker."""
    linked_a = a.children(quote_a.key, label)
    linked_b = b.children(quote_b.key, label)
    if not linked_a and not linked_b:
        return
    counts.compared += 1
    if not linked_a or not linked_b:
        return
    if any(min(x.end, y.end) > max(x.start, y.start) for x in linked_a for y in linked_b):
        counts.agreed += 1
        return
    if label != "SPEAKER":
        return
    resolved_a = [_resolved_names(a, span, text) for span in linked_a]
    resolved_b = [_resolved_names(b, span, text) for span in linked_b]
    for names_a, chained_a in resolved_a:
        for names_b, chained_b in resolved_b:
            if (chained_a or chained_b) and names_a & names_b:
                counts.agreed += 1
                return
