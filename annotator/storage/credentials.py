"""Passwords for PostgreSQL projects: never printed, logged or stored in clear by us.

Where a password comes from, first match wins:

1. the URL itself (discouraged: shells keep a history);
2. the platform keyring (Secret Service, macOS Keychain, Windows Credential Locker), under the
   service ``annotator`` and the account ``user@host:port/database``;
3. libpq's own sources, which psycopg consults when we pass none: ``PGPASSWORD``,
   ``PGPASSFILE`` / ``~/.pgpass``, and the other ``PG*`` environment variables;
4. on a terminal, a prompt (the command line asks, and offers to remember it in the keyring).
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url

SERVICE = "annotator"


def account(url: URL) -> str:
    """The keyring account of a database URL: ``user@host:port/database``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring
    except ImportError:
        return None
    backend = keyring.get_keyring()
    return None if isinstance(backend, NoKeyring) else keyring


def stored_password(url: URL) -> str | None:
    """The keyring's password for this database, or None (no keyring, or nothing stored)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, account(url))
    except Exception:  # a locked or broken keyring must not stop a project from opening
        return None


def remember_password(url: URL, password: str) -> bool:
    """Store the password in the keyring; False where there is no usable keyring."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, account(url), password)
    except Exception:
        return False
    return True


def with_keyring_password(url: URL) -> URL:
    """``url`` with the keyring's password filled in when it names none."""
    if url.password is not None or not url.drivername.startswith("postgresql"):
        return url
    password = stored_password(url)
    return url if password is None else url.set(password=password)


def without_password(location: str) -> str:
    """A location fit to be remembered (recent projects, settings): the URL without its password."""
    if "://" not in location:
        return location
    url = make_url(location)
    if url.password is None:
        return location
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)
