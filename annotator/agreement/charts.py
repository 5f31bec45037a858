"""The agreement charts, drawn with matplotlib (Agg, no display) and returned as SVG text."""

from __future__ import annotations

import io

import numpy as np

from annotator.agreement.report import AgreementReport


def _figure(width: float, height: float):  # type: ignore[no-untyped-def]
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _svg(figure) -> str:  # type: ignore[no-untyped-def]
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "annotator"}):
        figure.savefig(buffer, format="svg")
    text = buffer.getvalue()
    return text[text.index("<svg") :]  # inline: no XML declaration or doctype


def pair_matrix(report: AgreementReport) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Annotator x annotator micro partial F1 (NaN where there is none) and the units behind each cell."""
    names = report.annotators
    index = {name: n for n, name in enumerate(names)}
    scores = np.full((len(names), len(names)), np.nan)
    units = np.zeros((len(names), len(names)), dtype=int)
    for pair in report.pairs:
        i, j = index[pair.a], index[pair.b]
        value = np.nan if pair.f1_partial is None else pair.f1_partial
        scores[i, j] = scores[j, i] = value
        units[i, j] = units[j, i] = pair.support_a + pair.support_b
    return names, scores, units


def heat_map_svg(report: AgreementReport) -> str:
    return _svg(heat_map_figure(report))


def heat_map_figure(report: AgreementReport):  # type: ignore[no-untyped-def]
    """Annotator x annotator F1 partial, each cell with the number of spans it rests on."""
    names, scores, units = pair_matrix(report)
    size = max(3.0, 0.8 * len(names) + 1.4)
    figure = _figure(size + 0.8, size)
    axes = figure.subplots()
    image = axes.imshow(np.ma.masked_invalid(scores), vmin=0.0, vmax=1.0, cmap="RdYlGn")
    axes.set_xticks(range(len(names)), names, rotation=30, ha="right")
    axes.set_yticks(range(len(names)), names)
    for i in range(len(names)):
        for j in range(len(names)):
            if i == j or np.isnan(scores[i, j]):
                continue
            axes.text(j, i, f"{scores[i, j]:.2f}\nn={units[i, j]}", ha="center", va="center", fontsize=8)
    axes.set_title("F1 partial per pair\n(n = spans compared)", fontsize=10)
    figure.colorbar(image, ax=axes, shrink=0.8)
    return figure


def label_scores(report: AgreementReport) -> dict[str, tuple[float, float, int]]:
    """Per label, pooled over all pairs: (F1 exact, F1 partial, spans compared)."""
    pooled: dict[str, list[float]] = {}
    for pair in report.pairs:
        for label, scores in pair.labels.items():
            units = scores.support_a + scores.support_b
            entry = pooled.setdefault(label, [0.0, 0.0, 0])
            entry[0] += (scores.f1_exact or 0.0) * units
            entry[1] += (scores.f1_partial or 0.0) * units
            entry[2] += units
    return {label: (exact / units, partial / units, int(units)) for label, (exact, partial, units) in pooled.items() if units}


def label_bars_svg(report: AgreementReport) -> str:
    return _svg(label_bars_figure(report))


def label_bars_figure(report: AgreementReport):  # type: ignore[no-untyped-def]
    """F1 exact and partial per label, all pairs pooled."""
    scores = label_scores(report)
    labels = sorted(scores)
    figure = _figure(max(4.5, 0.65 * len(labels) + 1.5), 3.6)
    axes = figure.subplots()
    positions = np.arange(len(labels))
    exact = [scores[label][0] for label in labels]
    partial = [scores[label][1] for label in labels]
    axes.bar(positions - 0.2, exact, width=0.4, label="F1 exact", color="#4363d8")
    axes.bar(positions + 0.2, partial, width=0.4, label="F1 partial", color="#3cb44b")
    ticks = [f"{label}\nn={scores[label][2]}" for label in labels]
    if len(labels) > 7:  # many labels: slanted, so that long names (QUOTE:indirect) do not collide
        axes.set_xticks(positions, ticks, fontsize=8, rotation=35, ha="right", rotation_mode="anchor")
    else:
        axes.set_xticks(positions, ticks, fontsize=8)
    axes.set_ylim(0, 1.25)
    axes.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    axes.set_ylabel("F1, all pairs pooled")
    axes.legend(loc="upper right", ncols=2, fontsize=8)
    axes.set_title("Agreement per label")
    return figure
