"""PostgreSQL roles and row-level security: the server itself decides who reads and writes what.

A team project on PostgreSQL has:

- an owner role per database (``<database>_owner``, NOLOGIN) that owns every table; migrations
  run as it (``SET ROLE``), so the people who annotate never own what they are checked against;
- two NOLOGIN group roles, ``annotator`` and ``lead``; each person has a LOGIN role of their own,
  member of one of them (``annotator users add``), whose name is their name in the ``users`` table;
- FORCE ROW LEVEL SECURITY on every table, with policies written against ``current_user``, never
  against a session variable that any client could set.

What the policies allow, for a person listed in the project's ``users`` table:

============  ==========================================  ============================================
table         annotator                                   lead
============  ==========================================  ============================================
documents     read                                        read, write
annotations   read own and the pre-labels; write own      read and write all layers (gold included)
              ``annotation`` layer
spans, rel.   as their annotation                         all
events        read and add own                            read all, add own
users, set.   read                                        read, write
other tables  rows whose ``user_id`` is theirs            all
============  ==========================================  ============================================

Members of the owner role (the administrator who created the project) may do everything.
SQLite projects have no server to enforce this; there the application applies the same rules.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

ANNOTATOR_GROUP = "annotator"
LEAD_GROUP = "lead"
GROUPS = {"annotator": ANNOTATOR_GROUP, "lead": LEAD_GROUP}

# Tables whose rows carry no user and follow the "read if listed, write if lead" rule.
_SHARED_TABLES = ("settings", "users")
_NOT_SECURED = ("alembic_version",)


def owner_role(database: str) -> str:
    """The owner role of a project database (PostgreSQL names are at most 63 bytes)."""
    return f"{database[:57]}_owner"


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _create_role_if_missing(connection: Connection, name: str) -> None:
    # Roles belong to the whole server and two projects may be created at once: ignore a race.
    connection.exec_driver_sql(
        "DO $$ BEGIN "
        f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {_quote_literal(name)}) THEN "
        f"CREATE ROLE {quote_identifier(name)} NOLOGIN; END IF; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
    )


def prepare_owner(connection: Connection) -> str:
    """Create the group and owner roles, and switch this session to the owner role.

    Runs before the migrations, as the administrator who creates or upgrades the project (who
    needs CREATEROLE). Returns the owner role's name.
    """
    database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    owner = owner_role(database)
    for name in (ANNOTATOR_GROUP, LEAD_GROUP, owner):
        _create_role_if_missing(connection, name)
    me = connection.exec_driver_sql("SELECT current_user").scalar_one()
    if me != owner:
        connection.exec_driver_sql(f"GRANT {quote_identifier(owner)} TO {quote_identifier(me)}")
    groups = f"{quote_identifier(ANNOTATOR_GROUP)}, {quote_identifier(LEAD_GROUP)}"
    connection.exec_driver_sql(f"GRANT CREATE, USAGE ON SCHEMA public TO {quote_identifier(owner)}")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {groups}")
    # Tables made before this module existed, or by hand, pass to the owner.
    for table in inspect(connection).get_table_names():
        connection.exec_driver_sql(f"ALTER TABLE {quote_identifier(table)} OWNER TO {quote_identifier(owner)}")
    # SET LOCAL: the role falls back when the transaction ends, whatever happens in it.
    connection.exec_driver_sql(f"SET LOCAL ROLE {quote_identifier(owner)}")
    return owner


def _policies(table: str, columns: set[str], owner: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Policy name -> (command, USING, WITH CHECK) for one table."""
    admin = f"pg_has_role(current_user, {_quote_literal(owner)}, 'MEMBER')"
    member = "EXISTS (SELECT 1 FROM users AS u WHERE u.name = current_user)"
    lead = f"({admin} OR (pg_has_role(current_user, {_quote_literal(LEAD_GROUP)}, 'MEMBER') AND {member}))"
    me = "(SELECT u.id FROM users AS u WHERE u.name = current_user)"
    own_annotations = f"(SELECT a.id FROM annotations AS a WHERE a.user_id = {me} AND a.layer = 'annotation')"

    if table == "annotations":
        read = f"{lead} OR user_id = {me} OR (layer = 'prelabel' AND {member})"
        write = f"{lead} OR (user_id = {me} AND layer = 'annotation')"
    elif table in ("spans", "relations"):
        # The sub-select on annotations is itself filtered by that table's policies.
        read = f"{lead} OR annotation_id IN (SELECT a.id FROM annotations AS a)"
        write = f"{lead} OR annotation_id IN {own_annotations}"
    elif table == "events":
        read = f"{lead} OR user_name = current_user"
        return {
            "read": ("SELECT", read, None),
            "add": ("INSERT", None, read),
            "change": ("UPDATE", admin, admin),
            "remove": ("DELETE", admin, None),
        }
    elif table == "claims":
        # Everyone listed sees who claimed what (routing must count the claims of others); each
        # claims for themselves only.
        read = f"{admin} OR {member}"
        write = f"{lead} OR user_id = {me}"
    elif table == "routing_quota":
        # Quotas of new documents are filled in by whoever asks for work first; changing or removing
        # quotas is the lead's. An annotator's UPDATE policy only lets them lock a row
        # (SELECT ... FOR UPDATE) while claiming it, never change it.
        read = f"{admin} OR {member}"
        return {
            "read": ("SELECT", read, None),
            "add": ("INSERT", None, read),
            "change": ("UPDATE", read, lead),
            "remove": ("DELETE", lead, None),
        }
    elif table in _SHARED_TABLES:
        read, write = "true", lead
    elif table == "documents":
        read, write = f"{admin} OR {member}", lead
    elif "user_id" in columns:
        read = write = f"{lead} OR user_id = {me}"
    else:
        read, write = f"{admin} OR {member}", lead
    return {
        "read": ("SELECT", read, None),
        "add": ("INSERT", None, write),
        "change": ("UPDATE", write, write),
        "remove": ("DELETE", write, None),
    }


def apply_policies(connection: Connection, owner: str) -> None:
    """(Re)write grants and policies for every table; idempotent, so it runs after each upgrade."""
    groups = f"{quote_identifier(ANNOTATOR_GROUP)}, {quote_identifier(LEAD_GROUP)}"
    connection.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}")
    inspector = inspect(connection)
    for table in inspector.get_table_names():
        name = quote_identifier(table)
        if table in _NOT_SECURED:
            connection.exec_driver_sql(f"GRANT SELECT ON {name} TO {groups}")
            continue
        connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {groups}")
        connection.exec_driver_sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY")
        columns = {column["name"] for column in inspector.get_columns(table)}
        for policy, (command, using, check) in _policies(table, columns, owner).items():
            policy_name = quote_identifier(f"{table}_{policy}")
            connection.exec_driver_sql(f"DROP POLICY IF EXISTS {policy_name} ON {name}")
            clauses = f" USING ({using})" if using else ""
            clauses += f" WITH CHECK ({check})" if check else ""
            connection.exec_driver_sql(f"CREATE POLICY {policy_name} ON {name} FOR {command}{clauses}")


def install_functions(connection: Connection) -> None:
    """Functions that answer a question across rows a person may not read, with the owner's
    rights (SECURITY DEFINER) and nothing but the answer: how many live claims a document has
    (see :func:`annotator.routing.claims.live_claims`)."""
    if "claims" not in inspect(connection).get_table_names():
        return
    connection.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION annotator_live_claims(document integer, cutoff timestamptz) RETURNS bigint "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
        "SELECT count(*) FROM claims AS c LEFT JOIN annotations AS a "
        "ON a.document_id = c.document_id AND a.user_id = c.user_id AND a.layer = 'annotation' "
        "WHERE c.document_id = document AND (coalesce(a.status, 'todo') IN ('accepted', 'rejected') "
        "OR (coalesce(a.status, 'todo') <> 'skipped' AND coalesce(a.updated_at, c.claimed_at) >= cutoff)) $$"
    )
    connection.exec_driver_sql(
        "REVOKE ALL ON FUNCTION annotator_live_claims(integer, timestamptz) FROM PUBLIC; "
        f"GRANT EXECUTE ON FUNCTION annotator_live_claims(integer, timestamptz) TO "
        f"{quote_identifier(ANNOTATOR_GROUP)}, {quote_identifier(LEAD_GROUP)}"
    )


def is_administrator(connection: Connection) -> bool:
    """Whether this session may run migrations: a member of the project's owner role."""
    database = connection.exec_driver_sql("SELECT current_database()").scalar_one()
    owner = owner_role(database)
    return bool(
        connection.exec_driver_sql(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %(owner)s) "
            "THEN pg_has_role(current_user, %(owner)s, 'MEMBER') ELSE false END",
            {"owner": owner},
        ).scalar_one()
    )
