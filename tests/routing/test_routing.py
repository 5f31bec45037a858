"""Routing: quotas with overlap, claims as leases, concurrency, progress, and the commands."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from annotator.cli.main import main
from annotator.routing import NotInPool, RoutingConfig, next_document, progress, set_routing
from annotator.storage import AnnotationEditor, Project
from annotator.storage import tables as t
from annotator.storage.bulk import text_hash
from annotator.storage.project import now
from tests.routing.claimers import claim_all


def add_documents(project: Project, count: int) -> None:
    with project.transaction() as connection:
        connection.execute(
            t.documents.insert(),
            [
                {"doc_id": f"doc{n}", "text": f"Teks {n}.", "text_hash": text_hash(f"Teks {n}."), "meta": {}, "created_at": now()}
                for n in range(1, count + 1)
            ],
        )


def quotas(project: Project) -> dict[str, int]:
    with project.engine.connect() as connection:
        return dict(
            connection.execute(
                select(t.documents.c.doc_id, t.routing_quota.c.needed).join(
                    t.documents, t.documents.c.id == t.routing_quota.c.document_id
                )
            ).all()
        )


def claim_counts(project: Project) -> Counter[str]:
    with project.engine.connect() as connection:
        rows = connection.execute(
            select(t.documents.c.doc_id, func.count())
            .select_from(t.claims)
            .join(t.documents, t.documents.c.id == t.claims.c.document_id)
            .group_by(t.documents.c.doc_id)
        ).all()
    return Counter(dict(rows))


def test_quota_share_and_doubly_annotated_first(sqlite_project: Project) -> None:
    add_documents(sqlite_project, 10)
    assert set_routing(sqlite_project, RoutingConfig(per_document=2, overlap=0.3)) == (10, 3)
    needed = quotas(sqlite_project)
    doubles = {doc for doc, n in needed.items() if n == 2}
    assert len(doubles) == 3 and sum(needed.values()) == 13
    # alice and bob both get the three doubly-annotated documents before anything else.
    served = [next_document(sqlite_project, name) for name in ("alice", "bob") * 3]
    assert set(served) == doubles and Counter(served) == dict.fromkeys(doubles, 2)
    # A half-claimed double is completed before a new one is started.
    assert next_document(sqlite_project, "carol") not in doubles


def test_never_twice_never_over_quota_and_exit_when_done(sqlite_project: Project) -> None:
    add_documents(sqlite_project, 4)
    set_routing(sqlite_project, RoutingConfig(per_document=2, overlap=0.5))
    alice = [next_document(sqlite_project, "alice") for _ in range(5)]
    assert alice[4] is None and len(set(alice[:4])) == 4  # all four, each once, then nothing
    bob = [next_document(sqlite_project, "bob") for _ in range(3)]
    assert bob[2] is None and set(bob[:2]) == {doc for doc, n in quotas(sqlite_project).items() if n == 2}
    assert next_document(sqlite_project, "carol") is None  # every quota is met
    assert max(claim_counts(sqlite_project).values()) == 2


def test_pool_and_nothing_reserved_for_who_never_connects(sqlite_project: Project) -> None:
    add_documents(sqlite_project, 6)
    set_routing(sqlite_project, RoutingConfig(per_document=2, overlap=1.0, annotators=["alice", "bob", "carol"]))
    with pytest.raises(NotInPool):
        next_document(sqlite_project, "mallory")
    # carol never connects: alice and bob between them still get every document to its quota.
    for name in ("alice", "bob"):
        while next_document(sqlite_project, name) is not None:
            pass
    assert claim_counts(sqlite_project) == dict.fromkeys((f"doc{n}" for n in range(1, 7)), 2)


def test_lease_returns_idle_claims_and_finished_ones_stay(sqlite_project: Project) -> None:
    add_documents(sqlite_project, 2)
    set_routing(sqlite_project, RoutingConfig(per_document=1, overlap=0.0, lease_minutes=60))
    long_ago = now() - timedelta(minutes=90)
    first = next_document(sqlite_project, "alice", at=long_ago)
    second = next_document(sqlite_project, "alice", at=long_ago)
    assert {first, second} == {"doc1", "doc2"}
    editor = AnnotationEditor(sqlite_project, "alice")
    document = sqlite_project.document_by_id(str(first))
    assert document is not None
    editor.set_status(document.pk, "accepted", add_seconds=42)  # finished: keeps its claim
    # The other one was claimed 90 minutes ago and never touched: it goes back to the pool, not to alice.
    assert next_document(sqlite_project, "bob") == second
    assert next_document(sqlite_project, "bob") is None
    assert next_document(sqlite_project, "alice") is None
    report = progress(sqlite_project)
    by_name = {row.annotator: row for row in report.annotators}
    assert (by_name["alice"].claimed, by_name["alice"].done, by_name["alice"].expired) == (2, 1, 1)
    assert by_name["alice"].median_seconds == 42
    assert report.missing == []


def test_skipped_document_goes_to_someone_else(sqlite_project: Project) -> None:
    add_documents(sqlite_project, 1)
    set_routing(sqlite_project, RoutingConfig(per_document=1, overlap=0.0))
    assert next_document(sqlite_project, "alice") == "doc1"
    assert next_document(sqlite_project, "bob") is None
    AnnotationEditor(sqlite_project, "alice").set_status(1, "skipped")
    assert next_document(sqlite_project, "bob") == "doc1"
    assert progress(sqlite_project).annotators[0].skipped == 1


def test_documents_imported_later_get_a_quota(sqlite_project: Project) -> None:
    set_routing(sqlite_project, RoutingConfig(per_document=2, overlap=0.5))
    add_documents(sqlite_project, 40)
    assert next_document(sqlite_project, "alice") is not None
    needed = quotas(sqlite_project)
    assert len(needed) == 40 and 8 <= list(needed.values()).count(2) <= 32


@pytest.mark.parametrize("overlap", [0.5])
def test_three_processes_claiming_at_once(project_location: str, overlap: float) -> None:
    project = Project.create(project_location, lang="id")
    add_documents(project, 30)
    set_routing(project, RoutingConfig(per_document=2, overlap=overlap))
    needed = quotas(project)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(3)
    results = context.Queue()
    names = ("alice", "bob", "carol")
    processes = [context.Process(target=claim_all, args=(project_location, name, barrier, results)) for name in names]
    for process in processes:
        process.start()
    claimed = dict(results.get(timeout=120) for _ in names)
    for process in processes:
        process.join(timeout=30)
        assert process.exitcode == 0
    for name in names:
        assert len(claimed[name]) == len(set(claimed[name])), f"{name} was served a document twice"
    served = Counter(doc for docs in claimed.values() for doc in docs)
    assert served == needed  # no document over-assigned, every document at its quota
    assert claim_counts(project) == needed
    project.close()


def test_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    location = str(tmp_path / "p.annotator")
    main(["init", location])
    project = Project.open(location)
    add_documents(project, 3)
    project.close()
    capsys.readouterr()
    assert main(["next", location, "--annotator", "alice"]) == 0  # no routing: the first unfinished
    assert capsys.readouterr().out == "doc1\n"
    assert main(["routing", location, "--per-document", "2", "--overlap", "1", "--annotators", "alice,bob"]) == 0
    assert "3 of 3 documents need 2 annotators" in capsys.readouterr().out
    assert main(["routing", location, "--overlap", "1.5"]) == 2
    assert "--overlap: Input should be less than or equal to 1" in capsys.readouterr().err
    for _ in range(3):
        assert main(["next", location, "--annotator", "alice"]) == 0
    out = capsys.readouterr().out
    assert sorted(out.split()) == ["doc1", "doc2", "doc3"]
    assert main(["next", location, "--annotator", "alice"]) == 3
    assert capsys.readouterr().out == ""
    assert main(["next", location, "--annotator", "carol"]) == 3
    assert "carol is not among" in capsys.readouterr().err
    assert main(["progress", location]) == 0
    out = capsys.readouterr().out
    assert "alice" in out and "3 documents still missing 3 annotators" in out
    assert main(["routing", location, "--off"]) == 0
    assert main(["routing", location]) == 0
    assert "no routing set" in capsys.readouterr().out
