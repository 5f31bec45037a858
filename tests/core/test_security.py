"""Roles enforced by PostgreSQL itself: each test connects as a person and tries what their role
must not do, and what it must still allow."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from annotator.cli.main import main
from annotator.storage import AnnotationEditor, EditError, Project, ProjectError
from annotator.storage import tables as t
from annotator.storage.accounts import add_user
from annotator.storage.database import make_engine
from annotator.storage.project import now
from tests.conftest import POSTGRES_URL, _postgres_database
from tests.core.helpers import write_jsonl

pytestmark = pytest.mark.postgres


PASSWORDS: dict[str, str] = {}


def as_user(url: str, name: str) -> str:
    """The project URL, logged in as ``name`` with their password."""
    scheme, rest = url.split("://", 1)
    password = PASSWORDS.get(name)
    login = f"{name}:{password}" if password else name
    return f"{scheme}://{login}@{rest.split('@', 1)[1]}"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[dict[str, str]]:
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (set ANNOTATOR_TEST_POSTGRES_URL)")
    for url in _postgres_database():
        project = Project.create(url, lang="id")
        suffix = uuid.uuid4().hex[:8]
        names = {"alice": f"alice_{suffix}", "bob": f"bob_{suffix}", "lead": f"lena_{suffix}"}
        for key, role in (("alice", "annotator"), ("bob", "annotator"), ("lead", "lead")):
            PASSWORDS[names[key]] = add_user(project, names[key], role, f"{key}-secret-{suffix}") or ""
        source = write_jsonl(
            tmp_path / "in.jsonl",
            [
                {
                    "id": "d1",
                    "text": "Budi Santoso datang ke Jakarta.",
                    "layer": "prelabel",
                    "annotator": "prelabel",
                    "spans": [{"id": "s1", "start": 0, "end": 12, "label": "PERSON", "source": "rule"}],
                }
            ],
        )
        from annotator.importers.importer import import_paths

        import_paths(project, [source])
        project.close()
        yield {"url": url, **names}
        engine = make_engine(url)
        with engine.begin() as connection:
            for name in names.values():
                connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
        engine.dispose()


def first_document(project: Project) -> int:
    return project.document_keys()[0]


def test_an_annotator_reads_documents_and_prelabels_and_writes_only_their_own_layer(team: dict[str, str]) -> None:
    project = Project.open(as_user(team["url"], team["alice"]))
    doc = first_document(project)
    assert project.document(doc).text.startswith("Budi")
    mine = AnnotationEditor(project, team["alice"])
    assert mine.prelabel(doc) is not None
    record = mine.start(doc)
    assert [span.label for span in record.spans] == ["PERSON"]
    mine.add_span(doc, 22, 29, "GPE")
    assert len(mine.record(doc).spans) == 2
    project.close()


def test_an_annotator_cannot_see_or_touch_another_annotators_work(team: dict[str, str]) -> None:
    bob = Project.open(as_user(team["url"], team["bob"]))
    doc = first_document(bob)
    AnnotationEditor(bob, team["bob"]).start(doc)
    AnnotationEditor(bob, team["bob"]).add_span(doc, 22, 29, "GPE")
    bob.close()

    alice = Project.open(as_user(team["url"], team["alice"]))
    with alice.engine.connect() as connection:
        visible = connection.execute(
            select(t.users.c.name).select_from(t.annotations.join(t.users, t.users.c.id == t.annotations.c.user_id))
        ).scalars().all()
        assert team["bob"] not in visible
        bob_spans = connection.execute(
            text("SELECT count(*) FROM spans s JOIN annotations a ON a.id = s.annotation_id JOIN users u ON u.id = a.user_id "
                 "WHERE u.name = :name"),
            {"name": team["bob"]},
        ).scalar_one()
        assert bob_spans == 0
    # Writing in Bob's name, or into the gold layer, is refused by the server.
    with pytest.raises((DBAPIError, EditError), match="row-level security"):
        AnnotationEditor(alice, team["bob"]).add_span(doc, 0, 4, "PERSON")
    with pytest.raises(EditError, match="only leads write gold"):  # the application says so first
        AnnotationEditor(alice, team["alice"], layer="gold").start(doc)
    with pytest.raises(DBAPIError, match="row-level security"), alice.engine.begin() as connection:  # and the server
        me = connection.execute(select(t.users.c.id).where(t.users.c.name == team["alice"])).scalar_one()
        connection.execute(
            t.annotations.insert().values(document_id=doc, user_id=me, layer="gold", status="todo", seconds=0, updated_at=now())
        )
    with alice.engine.begin() as connection:  # an UPDATE of rows it cannot see changes nothing
        changed = connection.execute(t.spans.update().values(label="ORG")).rowcount
    assert changed == 0
    alice.close()
    lead = Project.open(as_user(team["url"], team["lead"]))
    record = AnnotationEditor(lead, team["bob"]).record(doc)
    assert record is not None and {span.label for span in record.spans} == {"PERSON", "GPE"}
    lead.close()


def test_an_annotator_cannot_change_documents_settings_users_or_history(team: dict[str, str]) -> None:
    alice = Project.open(as_user(team["url"], team["alice"]))
    for statement in (
        t.documents.update().values(text="forged"),
        t.documents.delete(),
        t.settings.update().values(value="x"),
        t.users.update().values(role="lead"),
        t.events.delete(),
    ):
        with alice.engine.begin() as connection:
            assert connection.execute(statement).rowcount == 0
    with pytest.raises(DBAPIError, match="row-level security"), alice.engine.begin() as connection:
        connection.execute(t.users.insert().values(name="mallory", role="lead", active=True, created_at=now()))
    with pytest.raises(DBAPIError, match="row-level security"), alice.engine.begin() as connection:
        connection.execute(
            t.documents.insert().values(doc_id="x", text="x", text_hash="x", meta={}, created_at=now())
        )
    with pytest.raises(DBAPIError, match="must be owner"), alice.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE documents DISABLE ROW LEVEL SECURITY")
    alice.close()


def test_a_lead_writes_gold_and_reads_everyone(team: dict[str, str]) -> None:
    lead = Project.open(as_user(team["url"], team["lead"]))
    doc = first_document(lead)
    gold = AnnotationEditor(lead, team["lead"], layer="gold")
    gold.start(doc)
    gold.add_span(doc, 22, 29, "GPE")
    assert "GPE" in {span.label for span in gold.record(doc).spans}
    lead.close()
    alice = Project.open(as_user(team["url"], team["alice"]))
    with alice.engine.connect() as connection:
        layers = connection.execute(select(t.annotations.c.layer)).scalars().all()
    assert "gold" not in layers
    alice.close()


def test_a_person_not_in_the_project_sees_no_documents(team: dict[str, str]) -> None:
    stranger = f"eve_{uuid.uuid4().hex[:8]}"
    with Project.open(team["url"]).engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD 'eve' IN ROLE annotator")
    PASSWORDS[stranger] = "eve"
    try:
        project = Project.open(as_user(team["url"], stranger))
        assert project.document_keys() == []
        project.close()
    finally:
        with Project.open(team["url"]).engine.begin() as connection:
            connection.exec_driver_sql(f'DROP ROLE "{stranger}"')


def test_users_add_on_the_command_line_shows_a_generated_password_once(team: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    name = f"carl_{uuid.uuid4().hex[:8]}"
    try:
        assert main(["users", "add", team["url"], name, "--role", "lead"]) == 0
        out = capsys.readouterr().out
        assert f"added {name} as lead" in out and "shown once" in out
        assert main(["users", "list", team["url"]]) == 0
        assert f"{name}\tlead" in capsys.readouterr().out
        assert main(["users", "add", team["url"], name]) == 2
        assert "has a role named" in capsys.readouterr().err
        with Project.open(team["url"]).engine.connect() as connection:
            stored = connection.exec_driver_sql(
                "SELECT rolpassword FROM pg_authid WHERE rolname = %(n)s", {"n": name}
            ).scalar_one()
        assert stored.startswith("SCRAM-SHA-256$")
    finally:
        with Project.open(team["url"]).engine.begin() as connection:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')


def test_the_tables_belong_to_the_owner_role_and_force_row_security(team: dict[str, str]) -> None:
    with Project.open(team["url"]).engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT c.relname, pg_get_userbyid(c.relowner), c.relrowsecurity, c.relforcerowsecurity "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r'"
        ).all()
        database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    owners = {row[1] for row in rows}
    assert owners == {f"{database}_owner"}
    secured = {row[0] for row in rows if row[2] and row[3]}
    assert secured == {row[0] for row in rows} - {"alembic_version"}


def test_an_annotator_cannot_upgrade_an_old_database_and_nobody_opens_a_newer_one(team: dict[str, str]) -> None:
    from annotator.storage.database import head_revision

    engine = make_engine(team["url"])
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(ProjectError, match="newer version of annotator"):
        Project.open(team["url"])
    if head_revision() != "0001":
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
        with pytest.raises(ProjectError, match="administrator"):
            Project.open(as_user(team["url"], team["alice"]))
    engine.dispose()


def test_routing_under_row_security_counts_the_claims_an_annotator_cannot_read(team: dict[str, str], tmp_path: Path) -> None:
    """Bob may not read Alice's annotation, yet her recent activity keeps her claim alive: the
    database counts it for him (annotator_live_claims) and he is given the other document."""
    from datetime import timedelta

    from annotator.routing.claims import next_document
    from annotator.routing.config import RoutingConfig
    from annotator.routing.quota import set_routing

    lead = Project.open(as_user(team["url"], team["lead"]))
    from annotator.importers.importer import import_paths

    import_paths(lead, [write_jsonl(tmp_path / "more.jsonl", [{"id": "d2", "text": "Rina pergi ke Medan."}])])
    set_routing(lead, RoutingConfig(per_document=1, overlap=0.0, lease_minutes=60))
    lead.close()

    alice = Project.open(as_user(team["url"], team["alice"]))
    claimed = next_document(alice, team["alice"], at=now() - timedelta(hours=2))  # claimed long ago...
    assert claimed is not None
    doc = alice.document_by_id(claimed)
    assert doc is not None
    AnnotationEditor(alice, team["alice"]).start(doc.pk)  # ...but she is working on it now
    alice.close()

    bob = Project.open(as_user(team["url"], team["bob"]))
    with bob.engine.connect() as connection:  # he cannot see her annotation
        theirs = select(t.annotations.c.id).where(t.annotations.c.document_id == doc.pk, t.annotations.c.layer == "annotation")
        assert connection.execute(theirs).all() == []
    other = next_document(bob, team["bob"])
    assert other is not None and other != claimed
    assert next_document(bob, team["bob"]) is None  # both documents have their one annotator
    bob.close()
