"""The Qt side of the edit queue: jobs go to :class:`EditQueue`'s thread, results come back to the
GUI thread as a queued signal, and the number of edits not yet saved is kept for the status bar.
Reads (opening a document, reading it again) and bookkeeping (the time spent on a document) take
the same queue but are not counted as edits: an opening is not an edit waiting to be stored."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal

from annotator.storage.edit_queue import EditQueue, Job

#: Longest wait for pending edits when a project closes (busy retries included).
FLUSH_SECONDS = 60.0


class SaveQueue(QObject):
    """Runs database work off the GUI thread, in order; see :mod:`annotator.storage.edit_queue`."""

    #: Saves and reads handed to the worker and not yet finished, as the window knows it.
    pendingChanged = Signal(int, int)
    _finished = Signal(object)  # a Job, emitted on the worker thread, received on the GUI thread

    def __init__(self, parent: QObject | None = None, **queue_options: Any) -> None:
        super().__init__(parent)
        self._outstanding = 0
        self._kinds: dict[Job, str] = {}  # until the job is delivered
        self._counts: Counter[str] = Counter()
        self._closed = False
        #: Seconds from submission to commit of recent jobs (the benchmark reads them).
        self.latencies: list[float] = []
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._queue = EditQueue(self._finished.emit, **queue_options)

    def submit(
        self,
        run: Callable[[], Any],
        on_done: Callable[[Job], None] | None,
        *,
        chain: int | None,
        label: str,
        breaks: bool = True,
        kind: str = "edit",
    ) -> Job:
        """Queue ``run`` (called on the worker thread); ``on_done(job)`` runs on the GUI thread.
        ``kind``: ``edit`` (counted as a pending save), ``read`` (counted as an opening; its
        failure does not skip the jobs queued behind it, as with ``breaks`` False) or
        ``background`` (neither, such as the time spent on a document)."""
        job = Job(run=run, chain=chain, label=label, on_done=on_done, breaks=breaks and kind != "read")
        self._kinds[job] = kind
        self._counts[kind] += 1
        self._outstanding += 1
        self._emit_pending()
        return self._queue.submit(job)

    def pending(self) -> int:
        """Edits shown and not yet stored (reads and bookkeeping left out)."""
        return self._counts["edit"]

    def reads(self) -> int:
        """Reads (openings) not yet finished."""
        return self._counts["read"]

    def _emit_pending(self) -> None:
        self.pendingChanged.emit(self.pending(), self.reads())

    def idle(self) -> bool:
        """True when every job has finished and the window has been told."""
        return self._outstanding == 0

    def _deliver(self, job: Job) -> None:
        self._outstanding -= 1
        self._counts[self._kinds.pop(job, "edit")] -= 1
        if job.ok:
            self.latencies.append(job.finished - job.submitted)
            del self.latencies[:-1000]
        if job.on_done is not None and not self._closed:
            job.on_done(job)
        self._emit_pending()

    def flush(self, timeout: float = FLUSH_SECONDS) -> bool:
        """Wait (blocking) until every queued job is committed and its result handled; used when
        the project closes, so that nothing shown as done is lost. False when ``timeout`` ran out."""
        deadline = time.monotonic() + timeout
        done = self._queue.wait_idle(timeout)
        while self._outstanding and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
        return done and not self._outstanding

    def close(self, timeout: float = FLUSH_SECONDS) -> bool:
        """Flush, then stop the worker thread; results arriving later are ignored."""
        flushed = self.flush(timeout)
        self._closed = True
        return self._queue.close(5.0) and flushed
