"""Roles: every user is an annotator or a lead (``admin`` and ``machine`` also exist). Leads see
everyone's work and write gold. In SQLite the application enforces this here; PostgreSQL will
enforce it in the database from the same ``users.role`` column."""

from __future__ import annotations

from sqlalchemy import select

from annotator.storage import tables as t
from annotator.storage.project import ROLES, Project, now

GOLD_WRITERS = ("lead", "admin")


class RoleError(Exception):
    """The user may not do this; the message says why and how a lead can change it."""


def role_of(project: Project, name: str) -> str | None:
    with project.engine.connect() as connection:
        found = connection.execute(select(t.users.c.role).where(t.users.c.name == name)).scalar()
    return None if found is None else str(found)


def require_lead(project: Project, name: str) -> None:
    role = role_of(project, name)
    if role not in GOLD_WRITERS:
        who = f"{name} is an {role}" if role else f"{name} is no user of this project"
        raise RoleError(f"only leads write gold: {who} (a lead is added with `annotator users add PROJECT {name} --role lead`)")


def set_role(project: Project, name: str, role: str) -> bool:
    """Give ``name`` the role, creating the user if needed; returns whether the user is new."""
    if role not in ROLES:
        raise RoleError(f"unknown role {role!r} (one of {', '.join(ROLES)})")
    with project.transaction() as connection:
        updated = connection.execute(t.users.update().where(t.users.c.name == name).values(role=role)).rowcount
        if not updated:
            connection.execute(t.users.insert().values(name=name, role=role, active=True, created_at=now()))
        project.log_event(connection, name, "role", payload={"role": role})
    return not updated
