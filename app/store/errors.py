"""Errors the store raises, each carrying one plain sentence for the user.

Four failures look alike to SQLite and the disk but call for opposite actions, so they are
four sentences: another program is using the store (wait), the disk is full (free space), the
folder is read-only (use a writable copy) and the store is damaged (restore a backup). Only
a failed integrity check (a page whose HMAC or structure does not hold) proves damage;
`translate()` turns the other three, from whatever layer they surface, into a StoreError.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, msg


class StoreError(Exception):
    """Base of every expected store failure; str() is a sentence fit to show a user."""


class StoreNotFound(StoreError):
    pass


class StoreExists(StoreError):
    pass


class WrongPassphrase(StoreError):
    pass


class UnknownUser(StoreError):
    pass


class Throttled(StoreError):
    def __init__(self, seconds: int) -> None:
        super().__init__(
            f"Too many failed unlock attempts; try again in {seconds} seconds."
        )
        self.seconds = seconds


class StoreDamaged(StoreError):
    pass


class KeyFileDamaged(StoreError):
    pass


class UnsafeStore(StoreError):
    """The store opened, but a safety setting (temp store, WAL, foreign keys) is not in force."""


class DiskFull(StoreError):
    """No room left where the store (or a file being written) lives; nothing is damaged."""


class StoreBusy(StoreError):
    """Another program holds the store's lock longer than the busy timeout."""


class StoreReadOnly(StoreError):
    """The store's folder (or the file's) cannot be written: a read-only medium or no right."""


class DiskError(StoreError):
    """The disk failed a read or write (EIO, SQLITE_IOERR, a file-size limit): not a verdict
    on the store's content."""


# SQLite's primary result codes (extended codes keep them in the low byte).
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_FULL = {13}  # SQLITE_FULL
_READONLY = {8}  # SQLITE_READONLY
_CANTOPEN = {14}  # SQLITE_CANTOPEN: no right to create the -wal/-shm beside it
_IOERR = {10}  # SQLITE_IOERR
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})
_READONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, what SQLAlchemy wrapped (.orig), and its causes: at most 12."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo and len(seen) < 12:
        e = todo.pop(0)
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        orig = getattr(e, "orig", None)
        todo += [orig if isinstance(orig, BaseException) else None, e.__cause__,
                 None if e.__suppress_context__ else e.__context__]
    return seen


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code anywhere in the chain, or None."""
    for e in _chain(exc):
        code = getattr(e, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
    return None


def kind_of(exc: BaseException) -> str | None:
    """'busy', 'full', 'readonly' or None: what the disk or SQLite said, however wrapped."""
    for e in _chain(exc):
        if isinstance(e, StoreBusy):
            return "busy"
        if isinstance(e, DiskFull):
            return "full"
        if isinstance(e, StoreReadOnly):
            return "readonly"
        if isinstance(e, DiskError):
            return "io"
        if isinstance(e, OSError) and e.errno in _FULL_ERRNOS:
            return "full"
        if isinstance(e, OSError) and e.errno in _READONLY_ERRNOS:
            return "readonly"
        code = getattr(e, "sqlite_errorcode", None)
        text = str(e).lower()
        if isinstance(code, int):
            code &= 0xFF
            if code in _BUSY:
                return "busy"
            if code in _FULL:
                return "full"
            if code in _READONLY or code in _CANTOPEN:
                return "readonly"
            if code in _IOERR:
                return "io"
        elif "database is locked" in text or "database table is locked" in text:
            return "busy"
        elif "database or disk is full" in text:
            return "full"
        elif "readonly database" in text:
            return "readonly"
        elif isinstance(e, OSError) and e.errno == errno.EIO:
            return "io"
    return None


def _filename(exc: BaseException) -> str | None:
    for e in _chain(exc):
        if isinstance(e, OSError) and e.filename:
            return str(e.filename)
    return None


def _nearly_full(folder: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def translate(exc: BaseException, store: Path | None = None) -> StoreError | None:
    """The sentence for a busy store, a full disk or a read-only folder, whatever layer the
    failure comes from (sqlite3, SQLAlchemy, the OS); None for anything else. `store` names
    the place when the error itself does not (SQLite never says which file)."""
    if isinstance(exc, (StoreBusy, DiskFull, StoreReadOnly, DiskError)):
        return exc
    kind = kind_of(exc)
    if kind is None:
        return None
    name = _filename(exc)
    if kind == "busy":
        return StoreBusy(msg(QT_TRANSLATE_NOOP("Core", "Another program is using the store %1; "
                "close it (or wait until it finishes) and try again: nothing was changed."),
                store if store is not None else "(this store)"))
    where = Path(name).parent if name else (store.parent if store is not None else None)
    if kind == "io" and where is not None and _nearly_full(where):
        kind = "full"  # SQLite says "I/O error" when it cannot grow the -shm on a full disk
    if kind == "full":
        return DiskFull(msg(QT_TRANSLATE_NOOP("Core", "The disk is full at %1: free some space "
                "and try again; what was not written was not saved, and nothing is damaged."),
                where if where is not None else "(this folder)"))
    if kind == "io":
        return DiskError(msg(QT_TRANSLATE_NOOP("Core", "The disk could not read or write at %1 "
                "(an input/output error, or a file-size limit): check the disk and try again; "
                "this alone does not show that the store is damaged."),
                where if where is not None else "(this folder)"))
    return StoreReadOnly(msg(QT_TRANSLATE_NOOP("Core", "The folder %1 is read-only (or this "
            "account may not write there): Permit Desk cannot save anything in it; nothing "
            "is damaged."), where if where is not None else "(this folder)"))
