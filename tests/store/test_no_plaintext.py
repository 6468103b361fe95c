"""No plaintext leaves SQLCipher: not in the store, its WAL/SHM/journal, the key file or temp
files."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import insert

from app.domain.text import fold
from app.store import engine as eng
from app.store.keyfile import KeyFile
from app.store.models import Person
from tests.conftest import PASSPHRASES, StoreFixture
from tests.store.helpers import (
    MARKER_CODE,
    MARKER_FIRST,
    MARKER_SURNAME,
    PYTHON,
    REPO,
    app_env,
    marker_needles,
    person,
)

BULK_ROWS = 20_000


def _hits(data: bytes) -> list[bytes]:
    return [n for n in marker_needles() if n in data]


def _store_files(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.is_file()]


def _write_people(fx: StoreFixture, rows: int) -> None:
    desk = fx.head
    now = desk.now()
    with desk.store.session() as s:
        s.add(person(0, now, code=MARKER_CODE))
        s.flush()
        s.execute(insert(Person), [
            {"personal_code": f"3{i:010d}", "last_name": f"{MARKER_SURNAME}{i}",
             "first_name": MARKER_FIRST, "search_name": fold(f"{MARKER_SURNAME}{i} {MARKER_FIRST}"),
             "position": f"Vyresnysis specialistas {MARKER_SURNAME}", "unit": "Skyrius",
             "category": "civil_servant", "created_at": now, "updated_at": now}
            for i in range(1, rows + 1)])
        s.commit()


def test_marker_never_reaches_the_store_files(store: StoreFixture) -> None:
    _write_people(store, 200)
    # The data is really there (so a zero-hit grep means encryption, not absence).
    with store.head.read() as s:
        assert s.query(Person).filter(Person.personal_code == MARKER_CODE).one().last_name \
            == MARKER_SURNAME
    wal = store.path.with_name(store.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the commit should sit in the WAL while open"
    files = _store_files(store.path)
    for f in files:
        assert _hits(f.read_bytes()) == [], f"plaintext marker in {f.name} while the store is open"
    store.head.lock()
    for f in _store_files(store.path):
        assert _hits(f.read_bytes()) == [], f"plaintext marker in {f.name} after closing"


def test_key_file_holds_no_passphrase_and_no_raw_key(store: StoreFixture) -> None:
    st = store.head.store
    master = st.require_master_key()
    kf = KeyFile.load(st.paths.keys)
    db_key = kf.unwrap_db_key(master, kf.db_key)
    text = st.paths.keys.read_bytes()
    json.loads(text)  # it is the JSON we think it is
    secrets = [p.encode() for p in PASSPHRASES.values()] + [
        store.recovery_key.encode(), store.recovery_key.replace("-", "").encode()]
    for key in (master, db_key):
        secrets += [key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key),
                    base64.urlsafe_b64encode(key)]
    for secret in secrets:
        assert secret not in text


SORT_SCRIPT = r"""
import sys
from app.services.opening import open_desk
from app.store.engine import raw_connection
desk = open_desk(__import__("pathlib").Path(sys.argv[1]), "vadovas", sys.argv[2])
with raw_connection(desk.store.engine) as conn:
    if sys.argv[3] == "file":
        conn.execute("PRAGMA temp_store = FILE")  # the negative control only
    # A tiny cache forces the sorter to spill, which is where a file temp store leaks.
    conn.execute("PRAGMA cache_size = 20")
    print("temp_store", conn.execute("PRAGMA temp_store").fetchone()[0], flush=True)
    for _ in range(int(sys.argv[4])):
        rows = conn.execute(
            "SELECT last_name, first_name, personal_code, position FROM person "
            "ORDER BY substr(position, 3) || last_name || personal_code DESC").fetchall()
    print("sorted", len(rows), flush=True)
desk.lock()
"""


def _sort_and_watch(fx: StoreFixture, tmp: Path, mode: str, rounds: int) -> tuple[list[str], int]:
    """Run a big sort in a subprocess; read every file it has open outside the store meanwhile."""
    env = app_env(TMPDIR=str(tmp), SQLITE_TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
    proc = subprocess.Popen([PYTHON, "-c", SORT_SCRIPT, str(fx.path), PASSPHRASES["vadovas"],
                             mode, str(rounds)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, cwd=REPO, text=True)
    leaks: list[str] = []
    seen_files = 0
    fd_dir = Path(f"/proc/{proc.pid}/fd")
    try:
        while proc.poll() is None:
            watched: list[Path] = []
            try:
                for fd in fd_dir.iterdir():
                    try:
                        target = os.readlink(fd)
                    except OSError:
                        continue
                    if target.startswith("/") and not target.startswith(("/dev", "/proc")) \
                            and not target.endswith((".py", ".so", ".pyc")) \
                            and (str(tmp) in target or str(fx.path.parent) in target):
                        watched.append(fd)
            except OSError:
                break
            watched += [p for p in tmp.rglob("*") if p.is_file()]
            watched += _store_files(fx.path)
            for f in watched:
                try:
                    data = f.read_bytes()
                except OSError:
                    continue
                if str(tmp) in os.path.realpath(f) or "/fd/" in str(f):
                    seen_files += 1
                if _hits(data):
                    leaks.append(os.path.realpath(f))
            time.sleep(0.005)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert f"sorted {BULK_ROWS + 1}" in out, out
    for f in tmp.rglob("*"):
        if f.is_file() and _hits(f.read_bytes()):
            leaks.append(str(f))
    return leaks, seen_files


@pytest.mark.slow
def test_no_plaintext_while_a_big_sort_runs(store: StoreFixture, tmp_path: Path) -> None:
    _write_people(store, BULK_ROWS)
    eng.checkpoint_wal(store.head.store.engine)
    store.head.lock()
    tmp = tmp_path / "sort-tmp"
    tmp.mkdir()
    leaks, _ = _sort_and_watch(store, tmp, "memory", rounds=3)
    assert leaks == [], f"plaintext marker found in {sorted(set(leaks))}"
    for f in _store_files(store.path):
        assert _hits(f.read_bytes()) == [], f.name


@pytest.mark.slow
def test_the_temp_file_watch_would_see_a_file_temp_store(store: StoreFixture,
                                                         tmp_path: Path) -> None:
    """Negative control: with temp_store = FILE the same watch finds the marker in a spill."""
    _write_people(store, BULK_ROWS)
    store.head.lock()
    tmp = tmp_path / "sort-tmp"
    tmp.mkdir()
    leaks, seen = _sort_and_watch(store, tmp, "file", rounds=6)
    assert seen > 0, "the sort never opened a temp file: the control does not exercise the watch"
    assert leaks, "a file temp store spilled no plaintext the watch could see"
