"""Writing a bundle's files into a folder or a zip with each file hashed as it streams, so a
crash or a full disk leaves no half bundle (everything goes to a temporary name first).
Several threads may write files at once: a zip takes one member at a time, the others wait in
the scratch folder; a folder's files are fsynced in the background as they close."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import queue
import shutil
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from app.errors import ServiceError
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store.swap import Scratch, sweep_scratch, test_pause

CHUNK = 1 << 20
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})


class DiskFull(ServiceError):
    """The target ran out of space; nothing was left behind."""


def is_disk_full(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
            return True
        # SQLite says SQLITE_FULL (13) when the online backup's target runs out of space.
        if getattr(exc, "sqlite_errorcode", None) == 13 or "disk is full" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


@dataclass
class FileEntry:
    path: str
    sha256: str
    size: int
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "size": self.size, **self.extra}


class HashingWriter(io.RawIOBase):
    """Bytes hashed (SHA-256) and counted on their way to `target`: no second read."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.h = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.size

    def write(self, b: Any) -> int:
        mv = memoryview(b)
        self.h.update(mv)
        self.target.write(mv)
        self.size += len(mv)
        return len(mv)


def sha256_of(f: IO[bytes]) -> tuple[str, int]:
    """SHA-256 (hex) and size of what is left to read in a binary file."""
    h = hashlib.sha256()
    size = 0
    while chunk := f.read(CHUNK):
        h.update(chunk)
        size += len(chunk)
    return h.hexdigest(), size


def fsync_dir(path: Path) -> None:
    """A file or a folder (its entries) to the disk, quietly: what fails is found again later."""
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


class BundleWriter:
    """Files land under a temporary name beside the target; finish() renames it into place."""

    def __init__(self, out: Path, as_zip: bool) -> None:
        self.out = out
        self.as_zip = as_zip
        self.entries: list[FileEntry] = []
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.exists() and (as_zip or any(out.iterdir())):
            raise ServiceError(msg(QT_TRANSLATE_NOOP("Core", "%1 already exists; choose a new "
                    "name for the bundle."), out))
        # What a killed export left here (plaintext personal data) goes first; this one
        # works in a private (0700) folder that the next run removes if this one is killed.
        sweep_scratch(out.parent)
        self._work = Scratch(out.parent, prefix=f".{out.name}.", suffix=".partial")
        self.scratch = self._work.path
        self._zip: zipfile.ZipFile | None = None
        self._zip_fh: IO[bytes] | None = None
        self._zip_busy = False
        self._spooled: list[tuple[FileEntry, bool]] = []
        self._lock = threading.Lock()
        self._sync_q: queue.SimpleQueue[Path | None] = queue.SimpleQueue()
        self._syncer: threading.Thread | None = None
        if as_zip:
            self._zip_path = self.scratch / "bundle.zip"
            # The archive is readable by this account only, whatever the umask.
            fd = os.open(self._zip_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                         | getattr(os, "O_BINARY", 0), 0o600)
            self._zip_fh = os.fdopen(fd, "wb")
            self._zip = zipfile.ZipFile(self._zip_fh, "w", allowZip64=True)
            self.root = self.scratch / "files"  # only for files built on disk first (XLSX)
            self.root.mkdir()
        else:
            self.root = self.scratch

    @contextmanager
    def binary(self, name: str, compress: bool = True, **extra: Any) -> Iterator[IO[bytes]]:
        # A zip takes one writer at a time: a file written alongside (JSON Lines beside CSV,
        # another thread's table) is spooled to the scratch folder and added when the zip
        # is free.
        with self._lock:
            direct = self._zip is not None and not self._zip_busy
            if direct:
                self._zip_busy = True
        if direct:
            assert self._zip is not None
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            if compress:
                info._compresslevel = 1  # type: ignore[attr-defined]  # speed over size
            try:
                target: IO[bytes] = self._zip.open(info, "w", force_zip64=True)
            except BaseException:
                self._zip_busy = False
                raise
        else:
            p = self.root / name
            p.parent.mkdir(parents=True, exist_ok=True)
            target = open(p, "wb")  # noqa: SIM115
        raw = HashingWriter(target)
        buffered = io.BufferedWriter(raw, CHUNK)
        try:
            yield buffered
            buffered.flush()
        finally:
            target.close()
            if direct:
                with self._lock:
                    self._zip_busy = False
        entry = FileEntry(name, raw.h.hexdigest(), raw.size, dict(extra))
        if self._zip is not None and not direct:
            with self._lock:
                self._spooled.append((entry, compress))
        else:
            self.entries.append(entry)
            if self._zip is None:
                self._sync_later(self.root / name)
        if self._zip is not None:
            self._add_spooled()

    def _sync_later(self, path: Path) -> None:
        """Start the file's way to the disk now, on one background thread, so that finish()
        has little left to wait for (it fsyncs every file again, which costs nothing once
        the file is clean, and reports what fails)."""
        if self._syncer is None:
            self._syncer = threading.Thread(target=self._sync_loop, daemon=True,
                                            name="bundle-fsync")
            self._syncer.start()
        self._sync_q.put(path)

    def _sync_loop(self) -> None:
        while (path := self._sync_q.get()) is not None:
            fsync_dir(path)

    def _stop_syncer(self) -> None:
        if self._syncer is not None:
            self._sync_q.put(None)
            self._syncer.join()
            self._syncer = None

    def _add_spooled(self) -> None:
        assert self._zip is not None
        while True:
            with self._lock:
                if self._zip_busy or not self._spooled:
                    return
                self._zip_busy = True
                entry, compress = self._spooled.pop(0)
            try:
                p = self.root / entry.path
                info = zipfile.ZipInfo(entry.path, date_time=(2000, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
                info.create_system = 3
                info.external_attr = 0o644 << 16
                if compress:
                    info._compresslevel = 1  # type: ignore[attr-defined]
                with open(p, "rb") as src, self._zip.open(info, "w", force_zip64=True) as dst:
                    shutil.copyfileobj(src, dst, CHUNK)
                p.unlink()
            finally:
                with self._lock:
                    self._zip_busy = False
            self.entries.append(entry)

    @contextmanager
    def text(self, name: str, bom: bool = False, newline: str = "", **extra: Any
             ) -> Iterator[io.TextIOWrapper]:
        with self.binary(name, **extra) as b:
            t = io.TextIOWrapper(b, encoding="utf-8", newline=newline, write_through=False)
            if bom:
                t.write("\ufeff")
            yield t
            t.flush()
            t.detach()

    def put(self, name: str, data: bytes, compress: bool = True, **extra: Any) -> None:
        with self.binary(name, compress, **extra) as f:
            f.write(data)

    def local_path(self, name: str) -> Path:
        """A path to build a file on disk (e.g. an XLSX workbook) before add_local()."""
        p = self.root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def add_local(self, name: str, compress: bool = False, **extra: Any) -> None:
        p = self.root / name
        if self._zip is None:
            with open(p, "rb") as fh:
                digest, size = sha256_of(fh)
            self.entries.append(FileEntry(name, digest, size, dict(extra)))
            return
        with open(p, "rb") as src, self.binary(name, compress, **extra) as dst:
            shutil.copyfileobj(src, dst, CHUNK)
        p.unlink()

    def finish(self) -> Path:
        test_pause("bundle.written")
        self._stop_syncer()
        if self._zip is not None:
            assert self._zip_fh is not None
            self._add_spooled()
            self._zip.close()
            self._zip_fh.flush()
            os.fsync(self._zip_fh.fileno())
            self._zip_fh.close()
            self._zip = None
            os.replace(self._zip_path, self.out)
            self._work.remove()
        else:
            for dirpath, _dirs, files in os.walk(self.scratch):
                for f in files:
                    fd = os.open(os.path.join(dirpath, f), os.O_RDONLY)
                    try:
                        os.fsync(fd)
                    finally:
                        os.close(fd)
            if self.out.exists():
                self.out.rmdir()  # an empty folder the user made for the bundle
            self._work.unlink_lock()
            os.replace(self.scratch, self.out)
            self._work.release()
        fsync_dir(self.out.parent)
        return self.out

    def abort(self) -> None:
        self._stop_syncer()
        try:
            if self._zip is not None:
                try:
                    self._zip.close()
                except Exception:
                    pass
            if self._zip_fh is not None:
                try:
                    self._zip_fh.close()  # flushing may fail again on a full disk
                except OSError:
                    pass
        finally:
            self._work.remove()
