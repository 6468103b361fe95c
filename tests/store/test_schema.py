"""Schema versions: HEAD in step with the migration scripts; backups before an upgrade are encrypted."""

from __future__ import annotations

from sqlalchemy import func, select, text

from app.store import engine as eng
from app.store import schema
from app.store.keyfile import KeyFile
from app.store.models import User
from app.store.store import KEY_SUFFIX, backup_before_upgrade, latest_backup
from tests.conftest import StoreFixture


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
