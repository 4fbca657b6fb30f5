"""Why a store cannot be used, told apart: only real corruption is "damaged" (and only then
does the GUI offer a backup); a store in use, read-only or on a full disk is healthy and
gets its own plain message."""

from __future__ import annotations

import re
from pathlib import Path

from flashdesk.errors import UserError
from flashdesk.i18n import translate


class StoreError(UserError):
    """A store that cannot be used; the message says what is wrong and what to do."""


class NotAStoreError(StoreError):
    pass


class NewerStoreError(StoreError):
    pass


class CorruptStoreError(StoreError):
    """The file is damaged; the GUI offers to open another store or restore a backup."""

    def __init__(self, message: str, path: Path):
        super().__init__(message)
        self.path = path


class StoreInUseError(StoreError):
    """Another program holds the store's lock: wait or close it; never restore over it."""


class StoreReadOnlyError(StoreError):
    pass


class StoreOfflineError(StoreError):
    """A store on a server that cannot be reached now (the server down, the network gone)."""


class StoreDiskError(StoreError):
    """The disk is full (or a file-size limit or I/O error stopped a write)."""


class ServerUnreachableError(StoreError):
    """A team store's server does not answer (down, wrong host or port, no network)."""


class ServerAccessError(StoreError):
    """The server answered but does not let this user in (password, role, pg_hba)."""


class EmptyDatabaseError(StoreError):
    """A database with no tables where a store was expected: it can be set up as one."""


# SQLite's primary result codes (the low byte of an extended code)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _PERM, _NOTADB = \
    5, 6, 8, 10, 11, 13, 14, 3, 26


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code behind an sqlite3 or SQLAlchemy error, if any."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


_QUOTED = re.compile(r'"([^"]*)"')


def _quoted(message: str, after: str) -> str:
    found = _QUOTED.search(message, message.find(after))
    return found.group(1) if found else "?"


def classify_server(exc: BaseException, store: str | Path) -> StoreError | None:
    """The operator's error for a PostgreSQL (libpq) failure to connect to a team store."""
    orig = getattr(exc, "orig", None) or exc
    if not type(orig).__module__.startswith("psycopg"):
        return None
    message = str(orig)
    lowered = message.lower()
    if "password authentication failed" in lowered:
        return ServerAccessError(translate(
            "Store", "The server of {store} refused the password of {user}. Correct it in "
            "~/.pgpass, or enter it in File → Connect to team store….").format(
                store=store, user=_quoted(message, "for user")))
    if "no password supplied" in lowered:
        return ServerAccessError(translate(
            "Store", "The server of {store} asks for a password: put it in ~/.pgpass (a line "
            "host:port:database:user:password, readable only by you), or enter it in File → "
            "Connect to team store….").format(store=store))
    if "role" in lowered and "does not exist" in lowered:
        return ServerAccessError(translate(
            "Store", "The server of {store} has no user {user}. Ask whoever runs the team server "
            "to create one for you (see Team mode in the README).").format(
                store=store, user=_quoted(message, "role")))
    if "database" in lowered and "does not exist" in lowered:
        return StoreError(translate(
            "Store", "There is no database {database} on the server of {store}. Check the name, "
            "or ask whoever runs the team server to create it.").format(
                store=store, database=_quoted(message, "database")))
    if "pg_hba.conf" in lowered or "permission denied for database" in lowered:
        return ServerAccessError(translate(
            "Store", "The server of {store} does not let you in from this computer. Ask whoever "
            "runs the team server to allow it (pg_hba.conf and GRANT CONNECT).").format(store=store))
    if "could not translate host name" in lowered:
        return ServerUnreachableError(translate(
            "Store", "The server name in {store} is unknown. Check the host, or the network.")
            .format(store=store))
    if ("connection refused" in lowered or "timeout expired" in lowered or "timed out" in lowered
            or "no route to host" in lowered or "network is unreachable" in lowered
            or "no such file or directory" in lowered and "socket" in lowered):
        return ServerUnreachableError(translate(
            "Store", "The server of {store} does not answer: it is not running, or the host or "
            "port is wrong. Start it or check the address, then try again; nothing was changed.")
            .format(store=store))
    return None


def classify(exc: BaseException, store: str | Path) -> StoreError | None:
    """The operator's error for a database failure on `store`; None when it is not one of
    the faults the operator can do something about."""
    server = classify_server(exc, store)
    if server is not None:
        return server
    code = sqlite_code(exc)
    if code in (_BUSY, _LOCKED):
        return StoreInUseError(translate(
            "Store", "{store} is in use by another program right now. Wait a moment and try "
            "again, or close the other program; nothing was changed.").format(store=store))
    if code in (_READONLY, _PERM, _CANTOPEN):
        return StoreReadOnlyError(translate(
            "Store", "{store} cannot be written: the file or its folder is read-only. Make both "
            "writable, or copy the store to a folder you can write to.").format(store=store))
    if code in (_FULL, _IOERR):
        return StoreDiskError(translate(
            "Store", "{store} could not be written: the disk is full or failing. Free some "
            "space and try again; the store keeps what was saved before.").format(store=store))
    if code in (_CORRUPT, _NOTADB):
        return CorruptStoreError(damaged(store, str(getattr(exc, "orig", None) or exc)), Path(store))
    return None


def damaged(store: str | Path, detail: str) -> str:
    return translate("Store", "{path} is damaged ({detail}). It was left untouched; open another "
                     "store or restore the latest backup.").format(path=store, detail=detail)
