"""Opening, leaving and marking documents for a :class:`DocumentController`.

A document is found and loaded on the edit queue (behind the edits still being saved, in the
edit process) and shown when it arrives; until then the document before stays on screen. The
time spent on a document is recorded when another one is shown. Marking shows the new status at
once, saves it, then opens the next document behind it: when the save is refused, the document
stays open, read again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.model.records import Record
from annotator.storage import Document
from annotator.storage.edit_queue import Job
from annotator.wording import plural, snippet

if TYPE_CHECKING:
    from annotator.gui.controllers.document import DocumentController



class Opening:
    """Which document a controller shows, and moving to another one."""

    def __init__(self, controller: DocumentController) -> None:
        self._c = controller
        self._opening: object | None = None  # the document being loaded, until it is shown
        #: The document the last opening on the edit queue loaded: read and written only on the
        #: queue's thread, so that a step queued behind an opening not yet shown (N pressed
        #: several times quickly) goes on from the document that opening loaded.
        self._loaded: int | None = None

    def open_document(self, pk: int, *, offset: int = 0) -> bool:
        """Open a document (the one shown already: nothing happens). It is read on the edit queue's
        thread, behind the edits still being saved, and shown when it arrives (``documentOpened``);
        a document that cannot be opened is reported with ``error``."""
        if self._c.session.doc_pk == pk and self._opening is None:
            return True
        self._c.history.chain += 1  # opening starts afresh even when an earlier save failed meanwhile
        self._open(lambda: pk, offset=offset)
        return True

    def open_now(self, pk: int) -> None:
        """Read a document in this thread and show it at once: for the lead's gold review, whose
        opening only reads (gold is made by its first edit)."""
        self._loaded = None
        self._show(*self._c.session.load(pk), offset=0, opened_message=None)

    def open_first(self) -> bool:
        """The next document to do, else the first one; says so when the project has none."""
        self._c.history.chain += 1
        self._open(
            self._c.server.session.first_to_open,
            none_message="This project has no documents yet: File > Import documents…",
        )
        return True

    def _open(
        self,
        find: Callable[[], int | None],
        *,
        offset: int = 0,
        none_message: str | None = None,
        opened_message: str | None = None,
    ) -> None:
        """Find a document and load it on the edit queue's thread, then show it (see :meth:`_show`)."""
        ticket = self._opening = object()

        def load() -> tuple[Document, Record] | None:
            target = find()
            if target is None:
                self._loaded = None  # nothing comes after the document shown
                return None
            loaded = self._c.server.session.load(target)
            self._loaded = target
            return loaded  # type: ignore[no-any-return]

        def loaded(job: Job) -> None:
            if self._opening is not ticket:
                return  # another document was asked for meanwhile
            self._opening = None
            if job.skipped or job.error is not None:
                return  # an earlier save failed (handled by the history) or this one did (below)
            if job.result is None:
                if none_message:
                    self._c.message.emit(none_message)
                return
            self._show(*job.result, offset=offset, opened_message=opened_message)

        chain = self._c.history.chain
        self._c.saver.submit(load, self._open_failed_or(loaded), chain=chain, label="open the document", kind="read")

    def _open_failed_or(self, then: Callable[[Job], None]) -> Callable[[Job], None]:
        def finished(job: Job) -> None:
            if job.error is not None:
                self._c.error.emit(str(job.error))
            then(job)

        return finished

    def _show(self, document: Document, record: Record, *, offset: int, opened_message: str | None) -> None:
        self.leave()
        self._c.session.show(document, record)
        pk = document.pk
        self._c.undo_stack.clear()
        self._c.documentOpened.emit(pk, offset)
        self._c.annotationChanged.emit()
        self._c.entryChanged.emit(pk, record.status, len(record.spans))
        self._c.linkModeChanged.emit("")
        self._c.stateChanged.emit()
        if opened_message is not None:
            self._c.message.emit(opened_message)
            return
        # A title taken from the first sentence may be long and end in a full stop.
        title = snippet(document.title or document.doc_id, 80).rstrip(".:;")
        count = len(self._c.session.suggestions())
        self._c.message.emit(f"{title}: {plural(count, 'suggestion')} to review" if count else title)

    def leave(self) -> None:
        """Record the time spent on the document being left (saved on the edit queue)."""
        pk = self._c.session.doc_pk
        if pk is None:
            return
        self._c.leaving.emit(pk)
        seconds = self._c.session.take_seconds()
        if seconds > 0:
            server_session = self._c.server.session
            self._c.saver.submit(
                lambda: server_session.record_time(pk, seconds),
                self._open_failed_or(lambda _job: None),
                chain=None,
                label="record time",
                kind="background",
            )

    def step(self, step: int) -> None:
        shown = self._c.session.doc_pk

        def find() -> int | None:
            # From the document the openings queued before this one loaded (shown or about to be).
            current = self._loaded if self._loaded is not None else shown
            return self._c.server.session.next_document(step=step, current=current)  # type: ignore[no-any-return]

        self._c.history.chain += 1
        self._open(find, none_message="No other document to do: every document is accepted, rejected or skipped.")

    def mark(self, status: str, comment: str | None = None) -> bool:
        """Mark the current document, record the time spent and open the next one.

        The mark is shown at once and saved on the edit queue; the next document is found and
        opened behind it. When the save is refused, the document stays open, read again."""
        session = self._c.session
        pk, record = session.doc_pk, session.record
        if pk is None or record is None:
            return False
        left = len(session.suggestions())
        seconds = session.take_seconds()
        editor = self._c.server.editor
        self._c.history.save(
            lambda: editor.set_status(pk, status, comment=comment, add_seconds=seconds),  # type: ignore[arg-type]
            f"mark {status}",
        )
        record.status = status  # type: ignore[assignment]
        self._c.changed()
        note = f" ({plural(left, 'suggestion')} left unconfirmed)" if left and status == "accepted" else ""
        self._open(
            lambda: self._c.server.session.next_document(current=pk),
            none_message=f"Marked {status}{note}. That was the last document to do.",
            opened_message=f"Marked {status}{note}; opened the next document.",
        )
        return True

    def reload(self, message: str | None = None) -> None:
        """Read the document again on the edit queue (the database is the truth) and show it;
        then ``message`` (what went wrong) is shown as an error."""
        pk = self._c.session.doc_pk
        if pk is None:
            if message:
                self._c.error.emit(message)
            return

        def read_again(job: Job) -> None:
            if job.error is not None:
                self._c.error.emit(f"{message or 'reading the document'}; reading the document again failed too: {job.error}")
                return
            if self._c.session.doc_pk == pk and not job.skipped:
                self._c.session.replace_record(job.result)
                self._c.changed()
            if message:
                self._c.error.emit(message)

        read = self._c.server.session.read
        chain = self._c.history.chain
        self._c.saver.submit(lambda: read(pk), read_again, chain=chain, label="read the document again", kind="read")
