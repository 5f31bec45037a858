"""Progress reporting and cancellation for long jobs (import, export, pre-labelling).

The CLI passes a tqdm bar, the GUI a worker's signal; the core only calls these hooks.
"""

from __future__ import annotations

from collections.abc import Callable

#: Called with (items done, items in all or None when unknown).
ProgressHook = Callable[[int, int | None], None]
#: Called between batches; returning True stops the job.
CancelHook = Callable[[], bool]


class Cancelled(Exception):
    """The job was cancelled; a job that writes rolls back, so nothing was written."""


def no_progress(_done: int, _total: int | None) -> None:
    return None


def never_cancel() -> bool:
    return False
