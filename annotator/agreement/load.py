"""Agreement of a project: its annotations read into columns (:mod:`annotator.agreement.read_columns`)
and counted (:mod:`annotator.agreement.corpus`)."""

from __future__ import annotations

from annotator.agreement.compute import DEFAULT_STATUSES, report_of
from annotator.agreement.corpus import gather_columns
from annotator.agreement.gathering import Gathering
from annotator.agreement.read_columns import project_columns
from annotator.agreement.report import AgreementReport
from annotator.progress import CancelHook, Cancelled, ProgressHook
from annotator.storage.project import Project


def entity_labels(project: Project) -> frozenset[str]:
    """Labels that give tokens their label: those of the scheme's exclusive groups (entities)."""
    scheme = project.scheme
    return frozenset(label.name for label in scheme.span_labels if label.group in scheme.exclusive_groups)


def gather_project(
    project: Project,
    statuses: tuple[str, ...],
    *,
    after: int = 0,
    up_to: int | None = None,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
) -> Gathering:
    """The counts of the project's documents whose key is in (``after``, ``up_to``]. ``progress``
    hears when the annotations are read and when they are counted; ``cancel`` is asked in between."""
    columns = project_columns(project, after=after, up_to=up_to)
    if progress is not None:
        progress(len(columns.doc_ids) // 2, len(columns.doc_ids))
    if cancel is not None and cancel():
        raise Cancelled()
    state = gather_columns(columns, entity_labels=entity_labels(project), statuses=statuses)
    if progress is not None:
        progress(len(columns.doc_ids), len(columns.doc_ids))
    return state


def project_agreement(
    project: Project,
    statuses: tuple[str, ...] | None = None,
    *,
    progress: ProgressHook | None = None,
    cancel: CancelHook | None = None,
) -> AgreementReport:
    wanted = statuses or DEFAULT_STATUSES
    return report_of(gather_project(project, wanted, progress=progress, cancel=cancel), wanted)
