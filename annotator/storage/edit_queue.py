"""One ordered worker thread for a window's database work, so that the window never waits on it.

The window changes what it shows at once and hands the database work to an :class:`EditQueue`;
the work runs here, one job at a time and in the order given, each job its own transaction (the
editor's methods). A job that finds the database busy (:class:`EditBusy`, e.g. during a long
import on SQLite) is tried again with a growing pause, for a bounded time, before it fails.

Jobs belong to a *chain* (a number the caller chooses). Once a job of a chain fails, the jobs
of that chain still waiting are skipped: they were made against a state that included the
failed edit. The caller then starts a new chain (after reading the document again). A job of
chain None stands alone (recording time spent, say): it neither breaks nor is skipped; a job
with ``breaks`` False (a read) may be skipped but does not break its chain when it fails.

No Qt here: ``notify`` is called on the worker thread with each finished job; the window's
bridge (``annotator.gui.controllers.saving``) passes it to the GUI thread.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from annotator.storage.editing import EditBusy

#: How long a job keeps trying while the database is busy before it is reported as failed.
RETRY_SECONDS = 30.0
FIRST_PAUSE = 0.05
LONGEST_PAUSE = 1.0


@dataclass(eq=False)
class Job:
    """One piece of database work and what became of it."""

    run: Callable[[], Any]
    chain: int | None
    label: str
    #: Called on the GUI side when the job has finished (the bridge calls it).
    on_done: Callable[[Job], None] | None = None
    #: Whether a failure of this job skips the jobs of its chain still waiting (saves: yes; reads: no).
    breaks: bool = True
    result: Any = None
    error: Exception | None = None
    skipped: bool = False
    tries: int = 0
    submitted: float = field(default_factory=time.perf_counter)
    finished: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and not self.skipped


class EditQueue:
    """A single worker thread running jobs in order; see the module docstring."""

    def __init__(
        self,
        notify: Callable[[Job], None],
        *,
        retry_seconds: float = RETRY_SECONDS,
        first_pause: float = FIRST_PAUSE,
        longest_pause: float = LONGEST_PAUSE,
    ) -> None:
        self._notify = notify
        self._retry_seconds = retry_seconds
        self._first_pause = first_pause
        self._longest_pause = longest_pause
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._broken: set[int] = set()
        self._unfinished = 0
        self._idle = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="annotator-edit-queue", daemon=True)
        self._thread.start()

    def submit(self, job: Job) -> Job:
        """Queue a job behind every job submitted before it."""
        if self._closed:
            raise RuntimeError("the edit queue is closed")
        with self._idle:
            self._unfinished += 1
        self._jobs.put(job)
        return job

    def unfinished(self) -> int:
        """Jobs submitted and not finished yet."""
        with self._idle:
            return self._unfinished

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every submitted job has finished; False when ``timeout`` ran out first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._unfinished == 0, timeout)

    def close(self, timeout: float | None = None) -> bool:
        """Finish every queued job, then stop the thread; False when ``timeout`` ran out first."""
        if self._closed:
            return True
        self._closed = True
        self._jobs.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # --- the worker thread ---------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if job.chain is not None and job.chain in self._broken:
                job.skipped = True
            else:
                self._run(job)
                if job.error is not None and job.chain is not None and job.breaks:
                    self._broken.add(job.chain)
            job.finished = time.perf_counter()
            try:
                self._notify(job)
            finally:
                with self._idle:
                    self._unfinished -= 1
                    self._idle.notify_all()

    def _run(self, job: Job) -> None:
        began = time.monotonic()
        pause = self._first_pause
        while True:
            job.tries += 1
            try:
                job.result = job.run()
                return
            except EditBusy as error:
                if time.monotonic() - began + pause > self._retry_seconds:
                    job.error = error
                    return
                time.sleep(pause)
                pause = min(pause * 2, self._longest_pause)
            except Exception as error:  # reported to the window, which says so; never lost in the thread
                job.error = error
                return
