"""The agreement report as plain text, for the terminal."""

from __future__ import annotations

from annotator.agreement.html import number
from annotator.agreement.report import AgreementReport
from annotator.wording import plural

WORST_SHOWN = 10


def table_lines(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = []
    for row in [header, *rows]:
        cells = [str(cell).ljust(widths[0]) if n == 0 else str(cell).rjust(widths[n]) for n, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return lines


def render_table(report: AgreementReport) -> str:
    lines = [
        f"{plural(len(report.annotators), 'annotator')}; {plural(report.documents, 'document')} finished by two or more "
        f"(status {', '.join(report.statuses)})",
        f"Krippendorff's alpha, token labels: {number(report.alpha_token)} over {report.tokens} tokens",
        "",
    ]
    for pair in report.pairs:
        lines.append(
            f"{pair.a} – {pair.b}: {plural(pair.documents, 'document')}; F1 exact {number(pair.f1_exact)}, partial "
            f"{number(pair.f1_partial)}; kappa {number(pair.kappa_token)}; speaker {number(pair.speaker_agreement)}, "
            f"cue {number(pair.cue_agreement)} over {plural(pair.quotes_compared, 'quote')}; "
            f"relations F1 {number(pair.relations_f1_exact)}"
        )
        rows = [
            [label, number(s.f1_exact), number(s.f1_partial), str(s.support_a), str(s.support_b)]
            for label, s in pair.labels.items()
        ]
        lines += ["  " + line for line in table_lines(["label", "F1 exact", "F1 partial", pair.a, pair.b], rows)]
        lines.append("")
    if report.by_document:
        lines.append(f"Documents, worst first ({min(WORST_SHOWN, len(report.by_document))} of {len(report.by_document)}):")
        rows = [
            [doc.id, number(doc.f1_partial), ", ".join(doc.annotators), str(doc.units)]
            for doc in report.by_document[:WORST_SHOWN]
        ]
        lines += ["  " + line for line in table_lines(["document", "F1 partial", "annotators", "spans"], rows)]
        lines.append("")
    for heading, references in (("Against gold", report.against_gold), ("Pre-labels against each annotator", report.prelabels)):
        if references:
            lines.append(f"{heading}:")
            rows = [
                [ref.annotator, str(ref.documents), number(ref.f1_exact), number(ref.f1_partial), number(ref.relations_f1_exact)]
                for ref in references
            ]
            lines += [
                "  " + line for line in table_lines(["annotator", "documents", "F1 exact", "F1 partial", "relations F1"], rows)
            ]
            lines.append("")
    lines += [f"! {note}" for note in report.diagnostics]
    return "\n".join(lines).rstrip() + "\n"
