"""Agreement of a large project in several processes: each reads and counts a range of
documents, the counts add up (:meth:`Gathering.add`) and the report is made once.

Worker processes are forked, so they start with the modules already loaded.
Forking is only safe from a process without other threads: the command line uses this, the
window computes in one worker thread instead.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Collection

from sqlalchemy import select

from annotator.agreement.compute import DEFAULT_STATUSES, Gathering, report_of
from annotator.agreement.load import gather_project
from annotator.agreement.report import AgreementReport
from annotator.progress import ProgressHook
from annotator.storage import tables as t
from annotator.storage.project import Project

#: Below this many annotated documents one process is quicker than starting others.
PARALLEL_FROM = 2000


def _ranges(project: Project, parts: int) -> list[tuple[int, int]]:
    """(after, up_to] ranges of document keys holding about equal numbers of annotated documents."""
    with project.engine.connect() as connection:
        keys = list(
            connection.execute(select(t.annotations.c.document_id).distinct().order_by(t.annotations.c.document_id)).scalars()
        )
    if not keys:
        return []
    size = -(-len(keys) // parts)
    bounds = [keys[min(index + size, len(keys)) - 1] for index in range(0, len(keys), size)]
    return list(zip([0, *bounds[:-1]], bounds, strict=True))


def _gather_range(location: str, statuses: tuple[str, ...], after: int, up_to: int) -> Gathering:
    project = Project.open(location)
    try:
        return gather_project(project, statuses, after=after, up_to=up_to)
    finally:
        project.close()


def parallel_agreement(
    project: Project,
    statuses: Collection[str] | None = None,
    *,
    workers: int = 2,
    progress: ProgressHook | None = None,
) -> AgreementReport:
    """The same report as :func:`annotator.agreement.load.project_agreement`, counted by
    ``workers`` forked processes when the project is large enough (one process otherwise)."""
    wanted = tuple(statuses or DEFAULT_STATUSES)
    ranges = _ranges(project, max(workers, 1))
    if (
        workers <= 1
        or len(ranges) <= 1
        or project.document_count() < PARALLEL_FROM
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return report_of(gather_project(project, wanted, progress=progress), wanted)
    project.engine.dispose()  # no connection may cross a fork
    context = multiprocessing.get_context("fork")
    with context.Pool(len(ranges)) as pool:
        parts = pool.starmap(_gather_range, [(project.location, wanted, after, up_to) for after, up_to in ranges])
    state = Gathering()
    for part in parts:
        state.add(part)
    return report_of(state, wanted)
