"""PostgreSQL passwords: taken from libpq's environment, its password file or the keyring; asked
for on a terminal; never printed. The test server asks every role but the administrator for one."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from annotator.cli.main import main
from annotator.storage import Project
from annotator.storage.credentials import account, remember_password, without_password
from annotator.storage.database import database_url
from annotator.storage.project import PasswordRequired


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_a_remembered_location_has_no_password() -> None:
    assert without_password("postgresql://ann:s3cret@db.example:5432/news") == "postgresql://ann@db.example:5432/news"
    assert without_password("news.annotator") == "news.annotator"
    assert account(make_url("postgresql+psycopg://ann@db:5433/news")) == "ann@db:5433/news"


@pytest.fixture
def person(postgres_person: dict[str, str]) -> dict[str, str]:
    return postgres_person


def test_no_password_is_refused_with_a_hint_and_no_secret_in_the_output(person: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PasswordRequired):
        Project.open(person["url"])
    assert main(["stats", person["url"]]) == 2
    captured = capsys.readouterr()
    assert "wants a password" in captured.err and "PGPASSWORD" in captured.err
    assert "Traceback" not in captured.err
    wrong = person["url"].replace(f"{person['name']}@", f"{person['name']}:not-it@")
    assert main(["stats", wrong]) == 2
    captured = capsys.readouterr()
    assert "not-it" not in captured.err + captured.out and "***" in captured.err


def test_libpq_environment_and_password_file_are_honoured(
    person: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PGPASSWORD", person["password"])
    Project.open(person["url"]).close()
    monkeypatch.delenv("PGPASSWORD")
    url = make_url(database_url(person["url"]))
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{url.host}:{url.port}:{url.database}:{person['name']}:{person['password']}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    Project.open(person["url"]).close()


def test_the_keyring_supplies_a_remembered_password(person: dict[str, str]) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        url = make_url(database_url(person["url"]))
        with pytest.raises(PasswordRequired):
            Project.open(person["url"])
        assert remember_password(url, person["password"])
        project = Project.open(person["url"])
        assert project.document_count() == 0
        project.close()
    finally:
        keyring.set_keyring(previous)
