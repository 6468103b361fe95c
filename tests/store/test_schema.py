"""Schema versions: HEAD in step with the migration scripts; backups before an upgrade are
encrypted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.services.opening import open_desk
from app.store import engine as eng
from app.store import schema
from app.store.keyfile import KeyFile
from app.store.models import AuditEntry, User
from app.store.store import KEY_SUFFIX, _rekey_file, backup_before_upgrade, latest_backup, unlock
from tests.conftest import PASSPHRASES, StoreFixture


def test_head_matches_the_migration_scripts() -> None:
    assert schema.HEAD == schema.scripts_head()
    assert schema.head_revision() == schema.HEAD


def test_new_store_is_stamped_at_head(store: StoreFixture) -> None:
    with store.head.store.engine.connect() as conn:
        assert schema.current_revision(conn) == schema.HEAD
        conn.rollback()
    assert store.head.store.upgraded_from is None


def test_backup_before_upgrade_is_an_encrypted_copy_that_opens_with_the_same_key(
        store: StoreFixture) -> None:
    st = store.head.store
    kf = KeyFile.load(st.paths.keys)
    db_key = kf.unwrap_db_key(st.require_master_key(), kf.db_key)
    target = backup_before_upgrade(st.paths, st.engine, db_key)
    assert target.parent == st.paths.db.with_name(st.paths.db.stem + "-backups")
    assert latest_backup(st.paths) == target
    data = target.read_bytes()
    assert len(data) > 4096
    assert not data.startswith(b"SQLite format 3\x00"), "the backup is plaintext"
    assert b"vadovas" not in data and "Žukauskas".encode() not in data
    assert target.with_name(target.name + KEY_SUFFIX).read_bytes() == st.paths.keys.read_bytes()

    copy = eng.make_engine(target, db_key)
    try:
        eng.probe(copy)
        assert eng.integrity_problems(copy) == []
        with copy.connect() as conn:
            assert conn.execute(select(func.count()).select_from(User)).scalar() == 6
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == schema.HEAD
            conn.rollback()
    finally:
        copy.dispose()


# ---- the upgrade path on open ----------------------------------------------------------------
# Here an "older" store is simulated by reporting an older revision (the store, its backup and
# its keys are real); tests/store/test_migrations.py upgrades a real 0001 store to 0002.


def _pretend_older(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    upgraded: list[str] = []
    monkeypatch.setattr(schema, "current_revision", lambda conn: "0000")
    monkeypatch.setattr(schema, "upgrade",
                        lambda conn: upgraded.append(str(conn.in_transaction())))
    return upgraded


def _backup_opens_with_its_own_key_file(backup: Path, master_key: bytes) -> None:
    kf = KeyFile.load(backup.with_name(backup.name + KEY_SUFFIX))
    copy = eng.make_engine(backup, kf.unwrap_db_key(master_key, kf.db_key))
    try:
        eng.probe(copy)
        assert eng.integrity_problems(copy) == []
    finally:
        copy.dispose()


def test_opening_an_older_store_backs_it_up_then_upgrades_in_a_transaction(
        store: StoreFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    store.head.lock()
    upgraded = _pretend_older(monkeypatch)
    desk = open_desk(store.path, "vadovas", PASSPHRASES["vadovas"], clock=store.clock)
    try:
        assert desk.store.upgraded_from == "0000"
        assert upgraded == ["True"]
        backup = latest_backup(desk.store.paths)
        assert backup is not None
        _backup_opens_with_its_own_key_file(backup, desk.store.require_master_key())
        with desk.read() as s:
            last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)
                             ).scalar_one()
            assert last.action == "unlock" and '"upgraded_from":"0000"' in last.after
    finally:
        desk.lock()


def test_backup_after_finishing_an_interrupted_rekey_uses_the_new_key(
        store: StoreFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed after PRAGMA rekey, before the key file was told; then an upgrade is due."""
    st = store.head.store
    mk = st.require_master_key()
    kf = KeyFile.load(st.paths.keys)
    old_key = kf.unwrap_db_key(mk, kf.db_key)
    new_key = os.urandom(32)
    kf.pending_db_key = kf.wrap_db_key(mk, new_key, kf.db_key.generation + 1)
    kf.save()
    eng.checkpoint_wal(st.engine)
    store.head.lock()
    _rekey_file(st.paths.db, old_key, new_key)

    _pretend_older(monkeypatch)
    opened = unlock(store.path, "vadovas", PASSPHRASES["vadovas"])
    try:
        assert KeyFile.load(st.paths.keys).pending_db_key is None
        backup = latest_backup(opened.paths)
        assert backup is not None
        _backup_opens_with_its_own_key_file(backup, mk)
    finally:
        opened.close()
