"""Wrong secrets and damaged files: each told apart in a plain sentence, nothing changed on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from app.domain.text import fold
from app.services.opening import open_desk, open_desk_with_recovery
from app.store import engine as eng
from app.store.errors import StoreDamaged, Throttled, WrongPassphrase
from app.store.keyfile import KeyFile
from app.store.models import AuditEntry, Person
from app.store.store import StorePaths, unlock, unlock_with_recovery
from tests.conftest import PASSPHRASES, StoreFixture
from tests.store.helpers import run_cli, sha256

PAGE = 4096
HEAD_PW = PASSPHRASES["vadovas"]


def _fill_and_close(fx: StoreFixture, rows: int = 0) -> None:
    desk = fx.head
    if rows:
        now = desk.now()
        with desk.store.session() as s:
            s.execute(insert(Person), [
                {"personal_code": f"3{i:010d}", "last_name": f"Petraitis{i}", "first_name": "Jonas",
                 "search_name": fold(f"Petraitis{i} Jonas"), "position": "Specialistas " * 8,
                 "unit": "Skyrius", "category": "civil_servant", "created_at": now,
                 "updated_at": now} for i in range(rows)])
            s.commit()
    eng.checkpoint_wal(desk.store.engine)
    desk.lock()
    for side in StorePaths(fx.path).sidecars():
        assert not side.exists() or side.stat().st_size == 0, side


def _snapshot(path: Path) -> dict[str, object]:
    paths = StorePaths(path)
    keys = json.loads(paths.keys.read_text())
    keys.pop("failures")
    return {"db": sha256(paths.db), "keys_without_failures": keys,
            "sidecars": sorted(p.name for p in paths.sidecars()
                               if p.exists() and p.stat().st_size > 0)}


def _damage(path: Path, page: int, offset_in_page: int = 1500, length: int = 64) -> None:
    with path.open("r+b") as fh:
        fh.seek(page * PAGE + offset_in_page)
        data = fh.read(length)
        fh.seek(page * PAGE + offset_in_page)
        fh.write(bytes(b ^ 0x5A for b in data))


def test_wrong_passphrase_is_told_and_changes_only_the_failure_counter(
        store: StoreFixture) -> None:
    _fill_and_close(store)
    before = _snapshot(store.path)
    with pytest.raises(WrongPassphrase) as err:
        unlock(store.path, "vadovas", "not-the-passphrase")
    assert str(err.value) == "The user name or the passphrase is wrong."
    assert _snapshot(store.path) == before
    assert [f.username for f in KeyFile.load(StorePaths(store.path).keys).failures] == ["vadovas"]


def test_unknown_user_is_refused_like_a_wrong_passphrase(store: StoreFixture) -> None:
    _fill_and_close(store)
    before = _snapshot(store.path)
    with pytest.raises(WrongPassphrase) as err:
        unlock(store.path, "nobody", HEAD_PW)
    # Same sentence as a wrong passphrase on purpose: it does not reveal which names exist.
    assert str(err.value) == "The user name or the passphrase is wrong."
    assert _snapshot(store.path) == before


def test_wrong_recovery_key_is_told(store: StoreFixture) -> None:
    _fill_and_close(store)
    before = _snapshot(store.path)
    wrong = "0000-1111-2222-3333-4444-5555-6666-7777"
    with pytest.raises(WrongPassphrase) as err:
        unlock_with_recovery(store.path, wrong)
    assert str(err.value) == "The recovery key is wrong."
    assert _snapshot(store.path) == before
    # and the right one, typed in lower case without dashes, opens it
    st = unlock_with_recovery(store.path, store.recovery_key.replace("-", "").lower())
    st.close()


def test_damaged_first_page_is_told_apart_from_a_wrong_passphrase(store: StoreFixture) -> None:
    _fill_and_close(store, rows=500)
    db = StorePaths(store.path).db
    _damage(db, page=0, offset_in_page=1000)
    before = _snapshot(store.path)
    keys_hash = sha256(StorePaths(store.path).keys)
    with pytest.raises(StoreDamaged) as err:
        unlock(store.path, "vadovas", HEAD_PW)
    msg = str(err.value)
    assert "passphrase is right" in msg and "damaged" in msg and "backup" in msg
    assert not isinstance(err.value, WrongPassphrase)
    assert _snapshot(store.path) == before
    # a damaged store with the right passphrase is not a failed attempt: key file untouched
    assert sha256(StorePaths(store.path).keys) == keys_hash
    # and the wrong passphrase on the same damaged file is still "wrong passphrase"
    with pytest.raises(WrongPassphrase):
        unlock(store.path, "vadovas", "not-the-passphrase")


def test_damaged_later_page_is_found_by_the_integrity_check(store: StoreFixture) -> None:
    _fill_and_close(store, rows=3000)
    db = StorePaths(store.path).db
    pages = db.stat().st_size // PAGE
    assert pages > 20
    _damage(db, page=pages // 2)
    before = _snapshot(store.path)
    keys_hash = sha256(StorePaths(store.path).keys)
    st = unlock(store.path, "vadovas", HEAD_PW)
    try:
        problems = eng.integrity_problems(st.engine)
    finally:
        st.close()
    assert problems, "a flipped page in the middle went unnoticed"
    assert any(str(pages // 2 + 1) in p for p in problems), problems
    assert _snapshot(store.path) == before
    assert sha256(StorePaths(store.path).keys) == keys_hash

    cli = run_cli(store.path, "vadovas", "unlock-test", passphrase=HEAD_PW)
    assert cli.returncode == 1
    assert "Traceback" not in cli.stderr
    assert cli.stderr.startswith("permit-desk: The passphrase is right but the store is damaged")
    assert len(cli.stderr.strip().splitlines()) == 1
    assert _snapshot(store.path) == before, "unlock-test wrote into a damaged store"


def test_healthy_store_has_no_integrity_problems(store: StoreFixture) -> None:
    _fill_and_close(store, rows=3000)
    st = unlock(store.path, "vadovas", HEAD_PW)
    try:
        assert eng.integrity_problems(st.engine) == []
    finally:
        st.close()


# ---- throttling -------------------------------------------------------------------------


class Ticker:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_throttle_after_five_failures_then_doubling_and_audit_of_failures(
        store: StoreFixture) -> None:
    store.head.lock()
    now = Ticker(1_800_000_000.0)
    for i in range(5):
        now.t += 1 if i else 0
        with pytest.raises(WrongPassphrase):
            unlock(store.path, "vadovas", "wrong-passphrase", clock=now)
    # 6th try, even with the right passphrase, must wait 30 s from the last failure
    with pytest.raises(Throttled) as err:
        unlock(store.path, "vadovas", HEAD_PW, clock=now)
    assert err.value.seconds == 30
    assert "try again in" in str(err.value)
    now.t += 29
    with pytest.raises(Throttled):
        unlock(store.path, "vadovas", HEAD_PW, clock=now)
    now.t += 1.5
    with pytest.raises(WrongPassphrase):
        unlock(store.path, "vadovas", "wrong-passphrase", clock=now)
    # after the 6th failure the wait doubles: 60 s
    with pytest.raises(Throttled) as err:
        open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock, monotonic=now)
    assert err.value.seconds == 60
    now.t += 59
    with pytest.raises(Throttled):
        open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock, monotonic=now)
    now.t += 2
    desk = open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock, monotonic=now)
    try:
        with desk.read() as s:
            entries = [(e.action, e.entity_id) for e in
                       s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()]
        failed = [e for e in entries if e[0] == "unlock.failed"]
        assert failed == [("unlock.failed", "vadovas")] * 6
        assert entries[-1] == ("unlock", "vadovas")
        assert KeyFile.load(StorePaths(store.path).keys).failures == []
    finally:
        desk.lock()
    # the counter reset: a new failure does not throttle
    with pytest.raises(WrongPassphrase):
        unlock(store.path, "vadovas", "wrong-passphrase", clock=now)
    unlock(store.path, "vadovas", HEAD_PW, clock=now).close()


def test_failed_recovery_attempts_are_audited_at_the_next_unlock(store: StoreFixture) -> None:
    store.head.lock()
    with pytest.raises(WrongPassphrase):
        open_desk_with_recovery(store.path, "0000-0000-0000-0000-0000-0000-0000-0000")
    with pytest.raises(WrongPassphrase):
        open_desk(store.path, "ghost", "whatever-passphrase")
    desk = store.as_user("rastine")
    try:
        with desk.read() as s:
            failed = s.execute(select(AuditEntry.entity_id).where(
                AuditEntry.action == "unlock.failed").order_by(AuditEntry.seq)).scalars().all()
            unlocks = s.execute(select(func.count()).where(AuditEntry.action == "unlock")).scalar()
        assert failed == ["(recovery key)", "(unknown user)"]
        assert unlocks == 1
    finally:
        desk.lock()
