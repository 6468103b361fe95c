"""Audit trail tamper corpus: the untouched log verifies; every tampering is named."""

from __future__ import annotations

import base64
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from app.domain.audit_chain import CHECKPOINT_EVERY, entry_hash
from app.services import audit, audit_queries
from app.services.desk import Desk
from app.services.opening import init_store, open_desk
from app.store import engine as eng
from app.store.keyfile import TEST_KDF
from app.store.store import StorePaths
from tests.store.helpers import run_cli

HEAD_PW = "head-passphrase-1"
GENERATED = 2_150
EDIT_AT = 1_500


@pytest.fixture(scope="module")
def big_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed store with > 2,000 audit entries, automatic checkpoints and a final one."""
    db = tmp_path_factory.mktemp("audit") / "base" / "permit-desk.db"
    new = init_store(db, institution="Institucija", head_username="vadovas",
                     head_full_name="Jonas Žukauskas", passphrase=HEAD_PW, kdf=TEST_KDF,
                     bind=False)
    desk = new.desk
    t0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    with desk.store.session() as s:
        key = desk.audit_key(s)
        for i in range(GENERATED):
            audit.append(s, username="vadovas", action="person.update", entity="person",
                         entity_id=i, before={"unit": "A"}, after={"unit": f"B{i}"},
                         signing_key=key, now=t0 + timedelta(seconds=i))
        s.flush()
        audit.add_checkpoint(s, key, now=t0 + timedelta(days=1))
        s.commit()
    eng.checkpoint_wal(desk.store.engine)
    desk.lock()
    return db


@pytest.fixture
def log_copy(big_log: Path, tmp_path: Path) -> Iterator[Desk]:
    db = tmp_path / "permit-desk.db"
    shutil.copy2(big_log, db)
    shutil.copy2(StorePaths(big_log).keys, StorePaths(db).keys)
    desk = open_desk(db, "vadovas", HEAD_PW)
    yield desk
    desk.lock()


def _tamper(desk: Desk, change: Callable[[Connection], None]) -> None:
    with desk.store.engine.begin() as conn:
        change(conn)


def test_untouched_log_verifies(log_copy: Desk) -> None:
    report = audit_queries.verify(log_copy)
    assert report.ok, report.problem
    assert report.entries > GENERATED
    # automatic checkpoints at 1000 and 2000, plus the one on demand
    assert report.checkpoints == GENERATED // CHECKPOINT_EVERY + 1
    assert report.problem is None and report.first_bad_seq is None


def test_edited_entry_is_named(log_copy: Desk) -> None:
    _tamper(log_copy, lambda c: c.execute(
        text("UPDATE audit_entry SET after = :a WHERE seq = :s"),
        {"a": '{"unit":"FORGED"}', "s": EDIT_AT}))
    report = audit_queries.verify(log_copy)
    assert not report.ok
    assert report.first_bad_seq == EDIT_AT
    assert report.problem == f"Audit entry {EDIT_AT} has been altered (its hash does not match)."


def test_deleted_entry_is_named(log_copy: Desk) -> None:
    _tamper(log_copy, lambda c: c.execute(text("DELETE FROM audit_entry WHERE seq = :s"),
                                          {"s": EDIT_AT}))
    report = audit_queries.verify(log_copy)
    assert not report.ok
    assert report.first_bad_seq == EDIT_AT
    assert report.problem == f"Audit entry {EDIT_AT} is missing (deleted)."


def test_reordered_entries_are_named(log_copy: Desk) -> None:
    cols = "at, username, acting_for, action, entity, entity_id, before, after, prev_hash, hash"

    def swap(c: Connection) -> None:
        a = c.execute(text(f"SELECT {cols} FROM audit_entry WHERE seq = :s"),
                      {"s": EDIT_AT}).one()
        b = c.execute(text(f"SELECT {cols} FROM audit_entry WHERE seq = :s"),
                      {"s": EDIT_AT + 1}).one()
        sets = ", ".join(f"{n} = :{n}" for n in cols.split(", "))
        c.execute(text(f"UPDATE audit_entry SET {sets} WHERE seq = :seq"),
                  {**b._asdict(), "seq": EDIT_AT})
        c.execute(text(f"UPDATE audit_entry SET {sets} WHERE seq = :seq"),
                  {**a._asdict(), "seq": EDIT_AT + 1})

    _tamper(log_copy, swap)
    report = audit_queries.verify(log_copy)
    assert not report.ok
    assert report.first_bad_seq == EDIT_AT
    assert str(EDIT_AT) in (report.problem or "")


def test_recomputed_chain_after_an_edit_fails_at_the_signed_checkpoint(log_copy: Desk) -> None:
    def rewrite(c: Connection) -> None:
        c.execute(text("UPDATE audit_entry SET after = :a WHERE seq = :s"),
                  {"a": '{"unit":"FORGED"}', "s": EDIT_AT})
        prev = c.execute(text("SELECT hash FROM audit_entry WHERE seq = :s"),
                         {"s": EDIT_AT - 1}).scalar()
        rows = c.execute(text(
            "SELECT seq, at, username, acting_for, action, entity, entity_id, before, after "
            "FROM audit_entry WHERE seq >= :s ORDER BY seq"), {"s": EDIT_AT}).all()
        for r in rows:
            h = entry_hash(seq=r.seq, at=r.at, username=r.username, acting_for=r.acting_for,
                           action=r.action, entity=r.entity, entity_id=r.entity_id,
                           before=r.before, after=r.after, prev_hash=prev)
            c.execute(text("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE seq = :s"),
                      {"p": prev, "h": h, "s": r.seq})
            prev = h

    _tamper(log_copy, rewrite)
    report = audit_queries.verify(log_copy)
    assert not report.ok
    # Links and hashes are all consistent now; only the checkpoint at 2000 can tell.
    assert report.first_bad_seq == 2 * CHECKPOINT_EVERY
    assert report.problem == ("The audit chain was rewritten: entry 2000 does not match its "
                              "signed checkpoint.")


def test_truncation_below_the_last_checkpoint_is_named(log_copy: Desk) -> None:
    _tamper(log_copy, lambda c: c.execute(text("DELETE FROM audit_entry WHERE seq > :s"),
                                          {"s": EDIT_AT}))
    report = audit_queries.verify(log_copy)
    assert not report.ok
    assert report.first_bad_seq == EDIT_AT + 1
    assert report.problem is not None and "truncated" in report.problem
    assert f"ends at entry {EDIT_AT}" in report.problem


def test_forged_checkpoint_signature_is_named(log_copy: Desk) -> None:
    forged = base64.b64encode(os.urandom(64)).decode()
    _tamper(log_copy, lambda c: c.execute(
        text("UPDATE audit_checkpoint SET signature = :g WHERE seq = :s"),
        {"g": forged, "s": CHECKPOINT_EVERY}))
    report = audit_queries.verify(log_copy)
    assert not report.ok
    assert report.first_bad_seq == CHECKPOINT_EVERY
    assert report.problem == "The signature of the checkpoint at entry 1000 is not valid."


def test_moved_checkpoint_fails_its_signature(log_copy: Desk) -> None:
    """A checkpoint re-pointed at a rewritten head hash without the key does not verify."""
    _tamper(log_copy, lambda c: c.execute(
        text("UPDATE audit_checkpoint SET head_hash = :h WHERE seq = :s"),
        {"h": "ab" * 32, "s": 2 * CHECKPOINT_EVERY}))
    report = audit_queries.verify(log_copy)
    assert not report.ok
    assert report.first_bad_seq == 2 * CHECKPOINT_EVERY


def test_secrets_never_enter_the_trail(log_copy: Desk) -> None:
    with log_copy.store.session() as s:
        e = audit.append(s, username="vadovas", action="user.passwd",
                         after={"username": "x", "passphrase": "hunter2-secret",
                                "nested": {"recovery_key": "ABCD-EFGH"}})
        s.commit()
        assert "hunter2-secret" not in e.after and "ABCD-EFGH" not in e.after
    assert audit_queries.verify(log_copy).ok


def test_cli_audit_verify_exits_1_and_names_the_problem(log_copy: Desk) -> None:
    path = log_copy.store.paths.db
    ok = run_cli(path, "vadovas", "audit", "verify", passphrase=HEAD_PW)
    _tamper(log_copy, lambda c: c.execute(
        text("UPDATE audit_entry SET username = 'kitas' WHERE seq = :s"), {"s": EDIT_AT}))
    log_copy.lock()
    assert ok.returncode == 0, ok.stderr
    # Without an anchor nothing outside the store vouches for any entry: never "intact".
    assert ok.stdout.startswith(f"Chain: {GENERATED + 4} entries link and hash correctly;")
    assert "intact" not in ok.stdout
    assert f"Unanchored tail: {GENERATED + 4} entries (1-{GENERATED + 4})" in ok.stdout
    bad = run_cli(path, "vadovas", "audit", "verify", passphrase=HEAD_PW)
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert f"Audit entry {EDIT_AT} has been altered" in bad.stderr
