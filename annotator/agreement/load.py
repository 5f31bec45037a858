"""Reading a project's annotations for agreement: every layer of every document, streaming."""

from __future__ import annotations

from collections.abc import Iterator

from annotator.agreement.compute import DEFAULT_STATUSES, compute_agreement
from annotator.agreement.report import AgreementReport
from annotator.agreement.units import DocumentAnnotations, annotation_from_record
from annotator.storage.project import Project
from annotator.storage.reading import CorpusFilter, iter_record_dicts


def iter_documents(project: Project) -> Iterator[DocumentAnnotations]:
    """Documents someone annotated, with each annotator's layer, the pre-labels and gold."""
    current: DocumentAnnotations | None = None
    current_pk = None
    for pk, record in iter_record_dicts(project, CorpusFilter(only_annotated=True)):
        if pk != current_pk:
            if current is not None:
                yield current
            current = DocumentAnnotations(doc_id=record["id"], text=record["text"])
            current_pk = pk
        assert current is not None
        annotation = annotation_from_record(record)
        layer = record["layer"]
        if layer == "annotation":
            current.annotators[record["annotator"]] = annotation
        elif layer == "prelabel":
            current.prelabel = annotation  # the newest pre-labeller's comes last
        elif layer == "gold":
            current.gold = annotation
    if current is not None:
        yield current


def entity_labels(project: Project) -> frozenset[str]:
    """Labels that give tokens their label: those of the scheme's exclusive groups (entities)."""
    scheme = project.scheme
    return frozenset(label.name for label in scheme.span_labels if label.group in scheme.exclusive_groups)


def project_agreement(project: Project, statuses: tuple[str, ...] | None = None) -> AgreementReport:
    return compute_agreement(
        iter_documents(project), lang=project.lang, entity_labels=entity_labels(project), statuses=statuses or DEFAULT_STATUSES
    )
