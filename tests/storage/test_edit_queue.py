"""The ordered edit queue on its own (no Qt): order, retries while the database is busy, chains."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from annotator.storage import AnnotationEditor, EditBusy, EditError, Project
from annotator.storage.database import write_transaction
from annotator.storage.edit_queue import EditQueue, Job


def collect() -> tuple[list[Job], EditQueue]:
    finished: list[Job] = []
    return finished, EditQueue(finished.append, first_pause=0.01, longest_pause=0.05, retry_seconds=2.0)


def test_jobs_run_in_order_on_one_thread() -> None:
    finished, queue = collect()
    seen: list[tuple[int, str]] = []
    for number in range(20):
        queue.submit(Job(run=lambda n=number: seen.append((n, threading.current_thread().name)), chain=0, label=str(number)))
    assert queue.wait_idle(5)
    assert [n for n, _ in seen] == list(range(20))
    assert {name for _, name in seen} == {"annotator-edit-queue"}
    assert [job.label for job in finished] == [str(n) for n in range(20)] and all(job.ok for job in finished)
    assert queue.close(5)


def test_a_busy_database_is_tried_again_until_it_is_free() -> None:
    finished, queue = collect()
    tries: list[float] = []

    def flaky() -> str:
        tries.append(time.monotonic())
        if len(tries) < 4:
            raise EditBusy("busy")
        return "stored"

    queue.submit(Job(run=flaky, chain=0, label="edit"))
    assert queue.wait_idle(5)
    assert finished[0].ok and finished[0].result == "stored" and finished[0].tries == 4
    assert tries[3] - tries[2] >= tries[1] - tries[0]  # the pause grows
    queue.close(5)


def test_a_database_busy_for_too_long_fails_the_job() -> None:
    done: list[Job] = []
    queue = EditQueue(done.append, first_pause=0.01, longest_pause=0.02, retry_seconds=0.2)

    def always_busy() -> None:
        raise EditBusy("the project database is busy")

    began = time.monotonic()
    queue.submit(Job(run=always_busy, chain=0, label="edit"))
    assert queue.wait_idle(5)
    assert isinstance(done[0].error, EditBusy) and done[0].tries > 3
    assert time.monotonic() - began < 1.0
    queue.close(5)


def test_a_failed_save_skips_the_rest_of_its_chain_only() -> None:
    finished, queue = collect()
    ran: list[str] = []

    def refused() -> None:
        raise EditError("refused")

    queue.submit(Job(run=lambda: ran.append("a"), chain=1, label="a"))
    queue.submit(Job(run=refused, chain=1, label="refused"))
    queue.submit(Job(run=lambda: ran.append("on top"), chain=1, label="on top"))
    queue.submit(Job(run=lambda: ran.append("time"), chain=None, label="time"))
    queue.submit(Job(run=lambda: ran.append("new chain"), chain=2, label="new chain"))
    queue.submit(Job(run=refused, chain=2, label="a read", breaks=False))
    queue.submit(Job(run=lambda: ran.append("after the read"), chain=2, label="after the read"))
    assert queue.wait_idle(5)
    assert ran == ["a", "time", "new chain", "after the read"]
    assert [job.label for job in finished if job.skipped] == ["on top"]
    queue.close(5)


def test_edits_wait_out_a_writer_holding_the_sqlite_lock(tmp_path: Path) -> None:
    """A real SQLite lock held longer than one try (busy timeout shortened) is waited out."""
    from annotator.storage import database

    location = tmp_path / "news.annotator"
    with Project.create(location, lang="id") as project:
        from annotator.storage.bulk import NewDocument, insert_documents, text_hash

        text = "Banjir melanda Medan pada Senin."
        with project.transaction() as connection:
            (pk,) = insert_documents(connection, [NewDocument("d1", text, text_hash(text), {})])
    original = database.SQLITE_BUSY_TIMEOUT_MS
    database.SQLITE_BUSY_TIMEOUT_MS = 50
    try:
        project = Project.open(location)
        editor = AnnotationEditor(project, "ana")
        editor.start(pk)
        finished, queue = collect()
        other = Project.open(location)
        holding = threading.Event()

        def hold_the_lock() -> None:
            with write_transaction(other.engine) as connection:
                connection.exec_driver_sql("UPDATE settings SET value = value WHERE key = 'name'")
                holding.set()
                time.sleep(0.4)

        holder = threading.Thread(target=hold_the_lock)
        holder.start()
        holding.wait(5)
        queue.submit(Job(run=lambda: editor.add_span(pk, 0, 6, "EVENT"), chain=0, label="add"))
        assert queue.wait_idle(10)
        holder.join()
        assert finished[0].ok and finished[0].tries > 1, finished[0].error
        record = editor.record(pk)
        assert record is not None and [(s.start, s.end, s.label) for s in record.spans] == [(0, 6, "EVENT")]
        queue.close(5)
        other.close()
        project.close()
    finally:
        database.SQLITE_BUSY_TIMEOUT_MS = original
