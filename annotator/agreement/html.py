"""The agreement report as one self-contained HTML page: inline SVG charts, no scripts, no links."""

from __future__ import annotations

from html import escape

from annotator.agreement.charts import heat_map_svg, label_bars_svg
from annotator.agreement.report import AgreementReport
from annotator.wording import plural

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.7em; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; align-items: flex-start; }
.charts svg { max-width: 100%; height: auto; }
.note { background: #fff4d6; padding: 0.4em 0.8em; margin: 0.3em 0; border-left: 4px solid #f0a400; }
.bar { display: inline-block; height: 0.8em; background: #3cb44b; vertical-align: middle; }
"""


def number(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _rows(rows: list[list[str]]) -> str:
    return "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(cell)}</th>" for cell in header)
    return f"<table><tr>{head}</tr>{_rows(rows)}</table>"


def render_html(report: AgreementReport, title: str) -> str:
    parts = [
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{plural(len(report.annotators), 'annotator')}; {plural(report.documents, 'document')} finished by two or more "
        f"(status {escape(', '.join(report.statuses))}). Krippendorff's alpha on token labels: "
        f"<b>{number(report.alpha_token)}</b> over {report.tokens} tokens.</p>",
    ]
    parts += [f"<p class='note'>{escape(note)}</p>" for note in report.diagnostics]
    if report.pairs:
        parts.append("<div class='charts'>" + heat_map_svg(report) + label_bars_svg(report) + "</div>")
        parts.append("<h2>Pairs</h2>")
        parts.append(
            _table(
                ["pair", "documents", "F1 exact", "F1 partial", "kappa (tokens)", "speaker", "cue", "relations F1"],
                [
                    [
                        escape(f"{pair.a} – {pair.b}"),
                        str(pair.documents),
                        number(pair.f1_exact),
                        number(pair.f1_partial),
                        number(pair.kappa_token),
                        number(pair.speaker_agreement),
                        number(pair.cue_agreement),
                        number(pair.relations_f1_exact),
                    ]
                    for pair in report.pairs
                ],
            )
        )
        for pair in report.pairs:
            parts.append(f"<h3>Confusion, {escape(pair.a)} (rows) – {escape(pair.b)} (columns), spans at the same offsets</h3>")
            labels = pair.confusion.labels
            parts.append(
                _table(
                    ["", *labels],
                    [
                        [escape(label), *(str(count) for count in row)]
                        for label, row in zip(labels, pair.confusion.matrix, strict=True)
                    ],
                )
            )
    if report.by_document:
        parts.append("<h2>Documents, worst first</h2>")
        parts.append(
            _table(
                ["document", "F1 partial", "", "annotators", "spans"],
                [
                    [
                        escape(doc.id),
                        number(doc.f1_partial),
                        f"<span class='bar' style='width:{round((doc.f1_partial or 0) * 8, 2)}em'></span>",
                        escape(", ".join(doc.annotators)),
                        str(doc.units),
                    ]
                    for doc in report.by_document
                ],
            )
        )
    for heading, references in (("Against gold", report.against_gold), ("Pre-labels against each annotator", report.prelabels)):
        if references:
            parts.append(f"<h2>{heading}</h2>")
            parts.append(
                _table(
                    ["annotator", "documents", "F1 exact", "F1 partial", "relations F1"],
                    [
                        [
                            escape(ref.annotator),
                            str(ref.documents),
                            number(ref.f1_exact),
                            number(ref.f1_partial),
                            number(ref.relations_f1_exact),
                        ]
                        for ref in references
                    ],
                )
            )
    parts.append("</body></html>\n")
    return "\n".join(parts)
