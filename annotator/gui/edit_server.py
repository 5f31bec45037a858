"""The window's database work in a process of its own (no Qt here).

The edit queue's thread hands each save or read to this process and waits on a pipe. A second
process, not just a thread, because of Python's global lock: a worker thread that the operating
system pauses while it holds the lock (a busy machine, a big import beside it) stops the window's
thread too; measured, that was up to 300 ms. Waiting on a pipe holds no lock.

:class:`EditServer` is the window's side: ``server.editor.add_span(...)`` and
``server.session.load(pk)`` call the same methods of an :class:`AnnotationEditor` and a
:class:`Session` in the process, which is started on first use (from the edit queue's thread,
so the window never waits for it) and started again if it died. Where no such process can be
started (or it dies before its first answer), the same calls run in the calling thread instead.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from multiprocessing.connection import Connection
from typing import Any

from annotator.model.names import ANNOTATION
from annotator.storage import EditError

#: Modules the process needs, imported once by multiprocessing's fork server, not per window.
PRELOAD = ["annotator.gui.edit_server", "annotator.gui.session", "annotator.storage"]


def serve(connection: Connection, location: str, annotator: str, layer: str = ANNOTATION) -> None:
    """The process's loop: (target, method, args, kwargs) in, (ok, result or exception) out."""
    from annotator.gui.session import Session
    from annotator.storage import Project

    project = Project.open(location)
    session = Session(project, annotator, layer=layer)
    targets = {"session": session, "editor": session.editor}
    try:
        while True:
            try:
                request = connection.recv()
            except EOFError:  # the window is gone
                return
            if request is None:
                return
            target, name, args, kwargs = request
            try:
                reply: tuple[bool, Any] = (True, getattr(targets[target], name)(*args, **kwargs))
            except Exception as error:  # sent back and raised on the window's side
                reply = (False, error)
            try:
                connection.send(reply)
            except Exception as error:  # an exception or result that does not pickle
                connection.send((False, EditError(f"{type(error).__name__}: {error}")))
    finally:
        project.close()


def _local_targets(location: str, annotator: str, layer: str) -> dict[str, Any]:
    from annotator.gui.session import Session
    from annotator.storage import Project

    session = Session(Project.open(location), annotator, layer=layer)
    return {"session": session, "editor": session.editor}


class _Proxy:
    def __init__(self, server: EditServer, target: str) -> None:
        self._server = server
        self._target = target

    def __getattr__(self, name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            return self._server.call(self._target, name, args, kwargs)

        return call


class EditServer:
    """The window's handle on the process; call it from one thread only (the edit queue's)."""

    def __init__(self, location: str, annotator: str, layer: str = ANNOTATION) -> None:
        self._location = location
        self._annotator = annotator
        self._layer = layer
        self._process: Any = None
        self._connection: Connection | None = None
        self._answered = False  # the process has answered once: it works here
        self._local: dict[str, Any] | None = None  # the fallback: a session in this process
        self.editor = _Proxy(self, "editor")
        self.session = _Proxy(self, "session")

    def _start(self) -> Connection:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        ours, theirs = context.Pipe()
        process = context.Process(
            target=serve, args=(theirs, self._location, self._annotator, self._layer), name="annotator-edits", daemon=True
        )
        process.start()
        theirs.close()
        self._process, self._connection = process, ours
        return ours

    def call(self, target: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if self._local is not None:
            return getattr(self._local[target], name)(*args, **kwargs)
        try:
            connection = self._connection or self._start()
            connection.send((target, name, args, kwargs))
            ok, result = connection.recv()
        except (EOFError, OSError, RuntimeError) as error:
            self._stopped()
            if not self._answered:  # never came up here: do the work in this thread instead
                self._local = _local_targets(self._location, self._annotator, self._layer)
                return self.call(target, name, args, kwargs)
            raise EditError(f"the process that saves edits stopped ({type(error).__name__}); nothing was saved") from error
        self._answered = True
        if not ok:
            raise result
        return result

    def _stopped(self) -> None:
        if self._connection is not None:
            self._connection.close()
        if self._process is not None:
            self._process.join(1.0)
            if self._process.is_alive():
                self._process.kill()
        self._process = self._connection = None

    def close(self, timeout: float = 10.0) -> None:
        """Let the process finish and end (after the edit queue has stopped)."""
        if self._local is not None:
            self._local["session"].project.close()
            self._local = None
        if self._connection is None:
            return
        with contextlib.suppress(OSError):
            self._connection.send(None)
        if self._process is not None:
            self._process.join(timeout)
        self._stopped()
