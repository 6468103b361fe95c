"""Putting a verified backup in the store's place so that a kill at any moment leaves a usable
store, and the private scratch folders that restores, backups and exports work in.

The swap is journalled: before the first rename a journal beside the store names the staged
files and where the live ones go; every step is a rename that the next open repeats or skips
(finish_interrupted_restore), so the swap always ends rolled forward. Rolling forward is
always right: the staged backup was checked completely before the journal was written.

Scratch folders are 0700 and hold a lock (flock) for as long as their process lives; the next
start that looks in the same folder removes those whose process is gone (sweep_scratch).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import IO

from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store.errors import StoreError

try:  # POSIX; elsewhere a scratch folder is known dead only by its age
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

JOURNAL_SUFFIX = ".restore-journal"
LOCK_NAME = ".permit-desk-scratch.lock"
# A folder without a lock file (made by an older version, or killed between mkdtemp and the
# lock) is left alone until it is this old: nobody is still writing into it.
UNLOCKED_GRACE_SECONDS = 3600.0
# Tests pause a process at a named point to kill it there (tests/store/test_restore_crash.py):
# "<point>:<marker file>". Inert unless pytest started the process (PYTEST_CURRENT_TEST).
PAUSE_ENV = "PERMIT_DESK_TEST_PAUSE_AT"


def test_pause(point: str) -> None:
    spec = os.environ.get(PAUSE_ENV, "")
    if not spec or "PYTEST_CURRENT_TEST" not in os.environ:
        return
    where, _, marker = spec.partition(":")
    if where != point or not marker:
        return
    Path(marker).write_text(str(os.getpid()))
    time.sleep(120)


# ---- private scratch folders ----------------------------------------------------------------


class Scratch:
    """A 0700 folder beside a target, locked for as long as this process holds it."""

    def __init__(self, parent: Path, prefix: str, suffix: str = "") -> None:
        parent.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix=prefix, suffix=suffix, dir=parent))
        os.chmod(self.path, 0o700)  # mkdtemp's mode already; said here because it matters
        self._lock: IO[bytes] | None = None
        try:
            fh = open(self.path / LOCK_NAME, "wb")  # noqa: SIM115 - held until release()
            self._lock = fh
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BaseException:
            self.remove()
            raise

    def unlink_lock(self) -> None:
        """Before the folder itself becomes the output: the lock file stays held, unnamed."""
        try:
            (self.path / LOCK_NAME).unlink()
        except FileNotFoundError:
            pass

    def release(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        self.release()


def _is_abandoned(folder: Path) -> bool:
    lock = folder / LOCK_NAME
    if not lock.exists() or fcntl is None:
        try:
            age = time.time() - folder.stat().st_mtime
        except OSError:
            return False
        return age > UNLOCKED_GRACE_SECONDS
    try:
        with open(lock, "rb") as fh:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # its process is alive and still writing
            return True
    except OSError:
        return False


# mkdtemp's names: a prefix, 8 random letters, a suffix.
_EXPORT_OR_BACKUP = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.partial$")


def sweep_scratch(folder: Path, pattern: re.Pattern[str] = _EXPORT_OR_BACKUP,
                  keep: frozenset[Path] = frozenset()) -> list[Path]:
    """Remove the scratch folders in `folder` that a killed run left; those still in use
    (their process holds the lock) stay. Quiet: a folder it cannot list is not its business."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for p in entries:
        if not pattern.match(p.name) or p in keep:
            continue
        try:
            if not p.is_dir() or p.is_symlink():
                continue
        except OSError:
            continue
        if _is_abandoned(p):
            shutil.rmtree(p, ignore_errors=True)
            if not p.exists():
                removed.append(p)
    return removed


def restore_scratch_pattern(db: Path) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(db.stem)}-restore-[A-Za-z0-9_]{{8}}$")


# ---- the journalled swap ----------------------------------------------------------------


def journal_path(db: Path) -> Path:
    return db.with_name(db.name + JOURNAL_SUFFIX)


def _sidecars(db: Path) -> list[Path]:
    return [db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")]


def _write_journal(path: Path, data: dict[str, str]) -> None:
    from app.store.keyfile import atomic_write

    atomic_write(path, (json.dumps(data, indent=1) + "\n").encode("utf-8"))


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def swap_in(db: Path, keys: Path, staged_db: Path, staged_keys: Path, aside_db: Path,
            aside_keys: Path, scratch: Path) -> None:
    """Move the live store (if any) to the aside names and the staged one into its place."""
    journal = journal_path(db)
    _write_journal(journal, {
        "db": str(db), "keys": str(keys), "staged_db": str(staged_db),
        "staged_keys": str(staged_keys), "aside_db": str(aside_db),
        "aside_keys": str(aside_keys), "scratch": str(scratch)})
    _roll_forward(db, keys, staged_db, staged_keys, aside_db, aside_keys)
    _fsync_dir(db.parent)
    journal.unlink()
    _fsync_dir(db.parent)


def _roll_forward(db: Path, keys: Path, staged_db: Path, staged_keys: Path, aside_db: Path,
                  aside_keys: Path) -> None:
    """Each step is done only if it is not done yet: run again after a kill, it finishes."""
    if staged_db.exists():
        # The database at the live name (if any) is still the old one: aside, with its sidecars.
        if db.exists():
            if aside_db.exists():
                raise StoreError(msg(QT_TRANSLATE_NOOP("Core", "An interrupted restore cannot "
                        "be finished: %1 and %2 both exist; move one away and open the store "
                        "again."), db, aside_db))
            os.replace(db, aside_db)
        test_pause("restore.db-aside")
        for side, aside in zip(_sidecars(db), _sidecars(aside_db), strict=True):
            if side.exists():
                if aside.exists():
                    side.unlink()
                else:
                    os.replace(side, aside)
    if staged_keys.exists():
        if keys.exists():
            if aside_keys.exists():
                raise StoreError(msg(QT_TRANSLATE_NOOP("Core", "An interrupted restore cannot "
                        "be finished: %1 and %2 both exist; move one away and open the store "
                        "again."), keys, aside_keys))
            os.replace(keys, aside_keys)
        os.replace(staged_keys, keys)
        test_pause("restore.keys-in")
    if staged_db.exists():
        os.replace(staged_db, db)


def finish_interrupted_restore(db: Path) -> bool:
    """Finish a restore that was killed during its swap (True), and remove the scratch folders
    that killed restores left beside the store. Cheap when there is nothing to do."""
    journal = journal_path(db)
    finished = False
    if journal.exists():
        try:
            j = json.loads(journal.read_text("utf-8"))
            paths = [Path(j[k]) for k in ("db", "keys", "staged_db", "staged_keys", "aside_db",
                                          "aside_keys")]
            scratch = Path(j["scratch"])
        except (OSError, ValueError, KeyError, TypeError):
            raise StoreError(msg(QT_TRANSLATE_NOOP("Core", "The journal of an interrupted "
                    "restore, %1, cannot be read; the previous store and the backup are in the "
                    "same folder: ask the administrator."), journal)) from None
        if scratch.exists() and not _is_abandoned(scratch):
            from app.store.errors import StoreBusy

            raise StoreBusy(msg(QT_TRANSLATE_NOOP("Core", "A restore of the store %1 is "
                    "under way in another program; try again when it has finished."), db))
        if paths[0] != db:
            raise StoreError(msg(QT_TRANSLATE_NOOP("Core", "The journal of an interrupted "
                    "restore, %1, is about another store; ask the administrator."), journal))
        _roll_forward(*paths)
        _fsync_dir(db.parent)
        journal.unlink()
        _fsync_dir(db.parent)
        shutil.rmtree(scratch, ignore_errors=True)
        finished = True
    if db.parent.is_dir():
        sweep_scratch(db.parent, restore_scratch_pattern(db))
    return finished
