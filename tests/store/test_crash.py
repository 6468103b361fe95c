"""Kill -9 at random moments during bulk writes and during rekey: the store always reopens whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time

import pytest
from sqlalchemy import func, insert, select

from app.domain.text import fold
from app.services import audit_queries
from app.services.opening import open_desk
from app.store import engine as eng
from app.store.keyfile import KeyFile
from app.store.models import AuditEntry, Person
from app.store.store import StorePaths
from tests.conftest import PASSPHRASES, StoreFixture
from tests.store.helpers import PYTHON, REPO, app_env

HEAD_PW = PASSPHRASES["vadovas"]
BATCH = 40
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
ROUNDS = 15

WRITER = r"""
import sys
from pathlib import Path
from sqlalchemy import func, insert, select
from app.domain.text import fold
from app.services.opening import open_desk
from app.store.models import Person

BATCH = int(sys.argv[3])
desk = open_desk(Path(sys.argv[1]), "vadovas", sys.argv[2])
now = desk.now()
with desk.read() as s:
    n = s.execute(select(func.count()).select_from(Person)).scalar()
print("ready", flush=True)
while True:
    with desk.store.session() as s:
        s.execute(insert(Person), [
            {"personal_code": f"3{i:010d}", "last_name": f"Kazlauskas{i}", "first_name": "Ona",
             "search_name": fold(f"Kazlauskas{i} Ona"), "position": "Specialistė " * 20,
             "unit": "Skyrius", "category": "civil_servant", "created_at": now,
             "updated_at": now} for i in range(n, n + BATCH)])
        desk.record(s, "test.batch", "person", n, after={"rows": BATCH})
        s.commit()
    n += BATCH
"""

REKEYER = r"""
import sys
from pathlib import Path
from app.services.opening import open_desk

desk = open_desk(Path(sys.argv[1]), "vadovas", sys.argv[2])
print("ready", flush=True)
while True:
    desk.store.rekey()
"""


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([PYTHON, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=app_env(), cwd=REPO)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        _, err = proc.communicate()
        pytest.fail(f"the child did not start: {err}")
    return proc


def _kill_at_random(proc: subprocess.Popen[str], rng: random.Random, most: float) -> None:
    time.sleep(rng.uniform(0.0, most))
    assert proc.poll() is None, proc.communicate()[1]
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_kill_during_bulk_writes_leaves_whole_transactions(store: StoreFixture) -> None:
    store.head.lock()
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    previous = 0
    grew = 0
    for _ in range(ROUNDS):
        proc = _start(WRITER, str(store.path), HEAD_PW, str(BATCH))
        _kill_at_random(proc, rng, 0.6)
        desk = open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock)
        try:
            assert eng.integrity_problems(desk.store.engine) == []
            with desk.read() as s:
                people = s.execute(select(func.count()).select_from(Person)).scalar() or 0
                batches = s.execute(select(func.count()).where(
                    AuditEntry.action == "test.batch")).scalar()
            assert people % BATCH == 0, f"{people} rows is not a whole number of transactions"
            assert people == batches * BATCH, "rows and their audit entries disagree"
            assert people >= previous, "committed rows were lost"
            report = audit_queries.verify(desk)
            assert report.ok, report.problem
        finally:
            desk.lock()
        grew += people > previous
        previous = people
    assert grew >= 5, "the writer hardly ever committed: the kills did not land mid-stream"


def _seed(store: StoreFixture, rows: int) -> None:
    now = store.head.now()
    with store.head.store.session() as s:
        s.execute(insert(Person), [
            {"personal_code": f"4{i:010d}", "last_name": f"Jankauskas{i}", "first_name": "Rūta",
             "search_name": fold(f"Jankauskas{i} Rūta"), "position": "Patarėja " * 20,
             "unit": "Skyrius", "category": "civil_servant", "created_at": now,
             "updated_at": now} for i in range(rows)])
        s.commit()


@pytest.mark.slow
def test_kill_during_rekey_leaves_the_old_or_the_new_key(store: StoreFixture) -> None:
    rows = 4000
    _seed(store, rows)
    store.head.lock()
    paths = StorePaths(store.path)
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    generation = KeyFile.load(paths.keys).db_key.generation
    rotated = 0
    for _ in range(ROUNDS):
        proc = _start(REKEYER, str(store.path), HEAD_PW)
        _kill_at_random(proc, rng, 0.5)
        desk = open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock)
        try:
            assert eng.integrity_problems(desk.store.engine) == []
            with desk.read() as s:
                assert s.execute(select(func.count()).select_from(Person)).scalar() == rows
            kf = KeyFile.load(paths.keys)
            assert kf.pending_db_key is None, "the open did not settle a half-finished rotation"
            assert kf.db_key.generation >= generation
        finally:
            desk.lock()
        # A journal left with a zeroed header is inert; one with SQLite's magic would be hot,
        # i.e. a rollback still owed to the file.
        journal = paths.db.with_name(paths.db.name + "-journal")
        if journal.exists():
            assert journal.read_bytes()[:8] != JOURNAL_MAGIC, "a hot journal was left behind"
        rotated += kf.db_key.generation > generation
        generation = kf.db_key.generation
    assert rotated >= 5, "the key was hardly ever rotated: the kills did not land mid-stream"
