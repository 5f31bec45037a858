"""People in a project: ``annotator users add``. On PostgreSQL each person is a LOGIN role of the
server, member of the ``annotator`` or ``lead`` group role; on SQLite a row in ``users``.

The password never travels in clear: it is turned into a SCRAM verifier by libpq on this machine
before ``CREATE ROLE``, so the server's statement log cannot hold it either.
"""

from __future__ import annotations

import re
import secrets

from sqlalchemy import Connection, select

from annotator.storage import security
from annotator.storage import tables as t
from annotator.storage.project import Project, ProjectError, now

TEAM_ROLES = ("annotator", "lead")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


def generate_password() -> str:
    return secrets.token_urlsafe(18)


def _set_user_row(connection: Connection, name: str, role: str) -> None:
    found = connection.execute(select(t.users.c.id).where(t.users.c.name == name)).scalar()
    if found is None:
        connection.execute(t.users.insert().values(name=name, role=role, active=True, created_at=now()))
    else:
        connection.execute(t.users.update().where(t.users.c.id == found).values(role=role, active=True))


def _create_login_role(connection: Connection, name: str, role: str, password: str) -> None:
    exists = connection.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(name)s", {"name": name}).scalar()
    if exists:
        raise ProjectError(f"the database server has a role named {name!r} already; choose another name")
    driver = connection.connection.driver_connection
    verifier = driver.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode("ascii")
    group = security.GROUPS[role]
    connection.exec_driver_sql(
        f"CREATE ROLE {security.quote_identifier(name)} LOGIN PASSWORD '{verifier}' "
        f"IN ROLE {security.quote_identifier(group)}"
    )


def add_user(project: Project, name: str, role: str, password: str | None = None) -> str | None:
    """Add ``name`` with ``role``; on PostgreSQL also their login role, with ``password`` or a
    generated one, which is returned (to be shown once). SQLite needs no password: returns None."""
    if role not in TEAM_ROLES:
        raise ProjectError(f"unknown role {role!r} (annotator or lead)")
    if not _NAME.match(name):
        raise ProjectError(
            f"{name!r} cannot be a user name: use up to 63 letters, digits, '_', '.', '@' or '-', starting with a letter"
        )
    postgres = project.engine.dialect.name == "postgresql"
    if postgres and password is None:
        password = generate_password()
    try:
        with project.transaction() as connection:
            if postgres:
                assert password is not None
                _create_login_role(connection, name, role, password)
            _set_user_row(connection, name, role)
    except ProjectError:
        raise
    except Exception as error:  # the server refuses: no CREATEROLE, or no right to write users
        message = str(getattr(error, "orig", error)).strip().splitlines()[0]
        raise ProjectError(f"cannot add {name!r}: {message}") from error
    return password if postgres else None


def list_users(project: Project) -> list[tuple[str, str]]:
    return project.users()
