"""Counts of a project: documents, annotations per status and annotator, spans per label."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select

from annotator.storage import tables as t
from annotator.storage.project import Project
from annotator.storage.visibility import visible_documents


@dataclass
class ProjectStatistics:
    name: str
    lang: str
    documents: int
    unannotated: int
    annotations_by_status: dict[str, int] = field(default_factory=dict)
    annotations_by_annotator: dict[str, dict[str, int]] = field(default_factory=dict)  # "name (layer)" -> status -> n
    spans_by_label: dict[str, int] = field(default_factory=dict)  # over the layers, per label
    relations_by_label: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def format_text(self) -> str:
        lines = [
            f"project {self.name} (language {self.lang})",
            f"documents: {self.documents} ({self.unannotated} not annotated yet)",
        ]
        lines.append("annotations per status:")
        lines += [f"  {status:<12} {count:>8}" for status, count in self.annotations_by_status.items()] or ["  (none)"]
        lines.append("annotations per annotator (layer):")
        for who, statuses in self.annotations_by_annotator.items():
            detail = ", ".join(f"{status} {count}" for status, count in statuses.items())
            lines.append(f"  {who:<28} {sum(statuses.values()):>8}  ({detail})")
        if not self.annotations_by_annotator:
            lines.append("  (none)")
        lines.append("spans per label:")
        lines += [f"  {label:<12} {count:>8}" for label, count in self.spans_by_label.items()] or ["  (none)"]
        lines.append("relations per label:")
        lines += [f"  {label:<12} {count:>8}" for label, count in self.relations_by_label.items()] or ["  (none)"]
        return "\n".join(lines)


def project_statistics(project: Project) -> ProjectStatistics:
    with project.snapshot() as connection:  # every figure from the same state of the project
        documents = connection.execute(select(func.count()).select_from(t.documents).where(visible_documents())).scalar_one()
        annotated = connection.execute(select(func.count(func.distinct(t.annotations.c.document_id)))).scalar_one()
        by_status = dict(
            connection.execute(
                select(t.annotations.c.status, func.count()).group_by(t.annotations.c.status).order_by(t.annotations.c.status)
            ).all()
        )
        by_annotator: dict[str, dict[str, int]] = {}
        for name, layer, status, count in connection.execute(
            select(t.users.c.name, t.annotations.c.layer, t.annotations.c.status, func.count())
            .join(t.users, t.users.c.id == t.annotations.c.user_id)
            .group_by(t.users.c.name, t.annotations.c.layer, t.annotations.c.status)
            .order_by(t.users.c.name, t.annotations.c.layer, t.annotations.c.status)
        ):
            by_annotator.setdefault(f"{name} ({layer})", {})[status] = int(count)
        spans = dict(
            connection.execute(select(t.spans.c.label, func.count()).group_by(t.spans.c.label).order_by(t.spans.c.label)).all()
        )
        relations = dict(
            connection.execute(
                select(t.relations.c.label, func.count()).group_by(t.relations.c.label).order_by(t.relations.c.label)
            ).all()
        )
    return ProjectStatistics(
        name=project.name,
        lang=project.lang,
        documents=int(documents),
        unannotated=int(documents) - int(annotated),
        annotations_by_status={key: int(value) for key, value in by_status.items()},
        annotations_by_annotator=by_annotator,
        spans_by_label={key: int(value) for key, value in spans.items()},
        relations_by_label={key: int(value) for key, value in relations.items()},
    )
