"""Promises against our own users: a removed user's copy of the key file, a leaked passphrase,
format /1 key files, and failed attempts that neither leak what was typed nor lock others out."""

from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from app.services import users
from app.services.errors import Conflict
from app.services.opening import open_desk, open_desk_with_recovery
from app.store import engine as eng
from app.store.errors import StoreDamaged, Throttled, WrongPassphrase
from app.store.keyfile import FORMAT, FORMAT_V1, TEST_KDF, KeyFile, derive_kek
from app.store.models import AuditEntry
from app.store.store import StorePaths, unlock, unlock_with_recovery
from tests.conftest import PASSPHRASES, StoreFixture

HEAD_PW = PASSPHRASES["vadovas"]


def _db_key_through(keys: Path, db: Path, username: str, secret: str) -> bytes:
    """What a slot in `keys` gives its holder: the database key (of that file's time)."""
    kf = KeyFile.load(keys)
    slot = kf.slot_for(username)
    master, _ = kf.master_keys(slot, kf.open_slot(slot, secret, None))
    return kf.unwrap_db_key(master, kf.db_key)


def _opens(db: Path, db_key: bytes) -> bool:
    engine = eng.make_engine(db, db_key)
    try:
        eng.probe(engine)
        return True
    except StoreDamaged:
        return False
    finally:
        engine.dispose()


def _everyone_opens(fx: StoreFixture, names: list[str]) -> None:
    for name in names:
        unlock(fx.path, name, PASSPHRASES[name]).close()
    unlock_with_recovery(fx.path, fx.recovery_key).close()


def test_a_removed_users_copy_of_the_key_file_opens_nothing_after_removal(
        store: StoreFixture, tmp_path: Path) -> None:
    paths = StorePaths(store.path)
    kept = tmp_path / "kept.keys"
    shutil.copy2(paths.keys, kept)  # what rastine copies while still a user
    old_key = _db_key_through(kept, paths.db, "rastine", PASSPHRASES["rastine"])
    assert _opens(paths.db, old_key)

    rotation = users.remove_user(store.head, "rastine")
    assert rotation.generation == 2 and rotation.dropped_users == ()
    store.head.lock()

    # The database key changed: the one the old slot unwraps opens nothing.
    assert not _opens(paths.db, old_key)
    # The old key file copied back in place of the current one does not open the store.
    current = paths.keys.read_bytes()
    shutil.copy2(kept, paths.keys)
    with pytest.raises(StoreDamaged):
        unlock(store.path, "rastine", PASSPHRASES["rastine"])
    paths.keys.write_bytes(current)
    # Nor does the old slot (with its grant) pasted into the current key file.
    doc = json.loads(current)
    old = json.loads(kept.read_text())
    doc["slots"].append(next(s for s in old["slots"] if s["username"] == "rastine"))
    doc["grants"]["user:rastine"] = old["grants"]["user:rastine"]
    paths.keys.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        unlock(store.path, "rastine", PASSPHRASES["rastine"])
    paths.keys.write_bytes(current)

    # Everyone who remains, and the recovery key, still opens it; the audit key still signs.
    _everyone_opens(store, ["vadovas", "pavaduotojas", "saugumas", "inspektorius", "admin"])
    desk = store.as_user("admin")
    try:
        with desk.read() as s:
            rekeys = s.execute(select(AuditEntry.after).where(
                AuditEntry.action == "store.rekey")).scalars().all()
        assert len(rekeys) == 1 and "user.remove" in rekeys[0]
    finally:
        desk.lock()


def test_rekey_rotates_the_master_key_too(store: StoreFixture, tmp_path: Path) -> None:
    paths = StorePaths(store.path)
    kept = tmp_path / "kept.keys"
    shutil.copy2(paths.keys, kept)
    old_key = _db_key_through(kept, paths.db, "vadovas", HEAD_PW)
    generation = store.head.store.rekey()
    assert generation == 2
    store.head.lock()
    assert not _opens(paths.db, old_key)
    new_key = _db_key_through(paths.keys, paths.db, "vadovas", HEAD_PW)
    assert _opens(paths.db, new_key)
    _everyone_opens(store, list(PASSPHRASES))


def test_a_leaked_passphrase_and_an_old_key_file_open_nothing_after_passwd(
        store: StoreFixture, tmp_path: Path) -> None:
    paths = StorePaths(store.path)
    kept = tmp_path / "kept.keys"
    shutil.copy2(paths.keys, kept)  # the thief has the file and the old passphrase
    old_key = _db_key_through(kept, paths.db, "saugumas", PASSPHRASES["saugumas"])
    old_public = KeyFile.load(kept).slot_for("saugumas").public
    store.head.lock()  # PRAGMA rekey needs the database to itself
    desk = store.as_user("saugumas")
    try:
        rotation = users.change_passphrase(desk, "saugumas", "a-brand-new-passphrase")
        assert rotation is not None and rotation.generation == 2
    finally:
        desk.lock()
    assert KeyFile.load(paths.keys).slot_for("saugumas").public != old_public
    assert not _opens(paths.db, old_key)
    with pytest.raises(WrongPassphrase):
        unlock(store.path, "saugumas", PASSPHRASES["saugumas"])
    unlock(store.path, "saugumas", "a-brand-new-passphrase").close()
    _everyone_opens(store, ["vadovas", "rastine", "admin"])


# ---- format /1 key files ---------------------------------------------------------------


def _write_v1(fx: StoreFixture) -> None:
    """Rewrite the fixture's key file as the /1 code wrote it: every slot wraps one master key,
    which also wraps the audit key (so it is this store's store key)."""
    st = fx.head.store
    master = st.require_store_key()
    kf = KeyFile.load(st.paths.keys)
    db_key = kf.unwrap_db_key(st.require_master_key(), kf.db_key)
    fx.head.lock()

    def slot(slot_id: str, kind: str, username: str | None, secret: str) -> dict[str, object]:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        kek = derive_kek(secret, salt, TEST_KDF, None)
        aad = f"permit-desk/slot/{kf.store_id}/{slot_id}".encode()
        return {"id": slot_id, "kind": kind, "username": username,
                "kdf": {"name": "argon2id", **TEST_KDF.to_json(),
                        "salt": base64.b64encode(salt).decode()},
                "bound": False, "nonce": base64.b64encode(nonce).decode(),
                "wrapped": base64.b64encode(AESGCM(kek).encrypt(nonce, master, aad)).decode()}

    wk = kf.wrap_db_key(master, db_key, kf.db_key.generation)
    doc = {"format": FORMAT_V1, "store_id": kf.store_id, "binding_account": None,
           "slots": [slot(f"user:{u}", "user", u, pw) for u, pw in PASSPHRASES.items()]
           + [slot("recovery", "recovery", None, fx.recovery_key)],
           "db_key": wk.to_json(), "pending_db_key": None,
           "failures": [{"at": 1.0, "username": "my-secret-passphrase"}]}
    st.paths.keys.write_text(json.dumps(doc))


def test_a_format_1_key_file_is_migrated_slot_by_slot(store: StoreFixture,
                                                      tmp_path: Path) -> None:
    _write_v1(store)
    paths = StorePaths(store.path)
    kept = tmp_path / "kept-v1.keys"
    shutil.copy2(paths.keys, kept)
    old_key = _db_key_through(kept, paths.db, "inspektorius", PASSPHRASES["inspektorius"])

    head = open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock)
    try:
        text = paths.keys.read_text()
        assert json.loads(text)["format"] == FORMAT
        assert "my-secret-passphrase" not in text
        kf = KeyFile.load(paths.keys)
        assert not kf.slot_for("vadovas").legacy
        assert kf.slot_for("rastine").legacy and kf.recovery_slot().legacy
        # The audit key still opens (it is wrapped under the /1 master key).
        with head.read() as s:
            failed = s.execute(select(AuditEntry.entity_id).where(
                AuditEntry.action == "unlock.failed")).scalars().all()
        assert failed == ["(unknown user)"]
        # Removing someone now would leave their /1 copy working: refused, nothing changed.
        with pytest.raises(Conflict) as err:
            users.remove_user(head, "inspektorius")
        assert "recovery key" in str(err.value)
        assert users.get_user(head, "inspektorius").active
    finally:
        head.lock()
    # Users who open the store get their slot converted; so does the recovery key.
    unlock(store.path, "rastine", PASSPHRASES["rastine"]).close()
    open_desk_with_recovery(store.path, store.recovery_key, clock=store.clock).lock()
    kf = KeyFile.load(paths.keys)
    assert not kf.slot_for("rastine").legacy and not kf.recovery_slot().legacy

    head = open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock)
    try:
        rotation = users.remove_user(head, "inspektorius")
    finally:
        head.lock()
    # Users who never opened it since the upgrade could not receive the new key: named.
    assert sorted(rotation.dropped_users) == ["admin", "pavaduotojas", "saugumas"]
    assert not _opens(paths.db, old_key)
    _everyone_opens(store, ["vadovas", "rastine"])
    with pytest.raises(WrongPassphrase):
        unlock(store.path, "saugumas", PASSPHRASES["saugumas"])
    # An admin gives the dropped users a new passphrase.
    head = open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock)
    try:
        users.change_passphrase(head, "saugumas", "security-passphrase-2")
    finally:
        head.lock()
    unlock(store.path, "saugumas", "security-passphrase-2").close()


# ---- failed attempts ---------------------------------------------------------------------


class Ticker:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_a_passphrase_typed_as_the_user_name_is_kept_nowhere(store: StoreFixture) -> None:
    store.head.lock()
    with pytest.raises(WrongPassphrase):
        unlock(store.path, HEAD_PW, HEAD_PW)
    keys = StorePaths(store.path).keys
    assert HEAD_PW not in keys.read_text()
    desk = open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock)
    try:
        with desk.read() as s:
            rows = [(r.action, f"{r.entity_id} {r.before} {r.after}")
                    for r in s.execute(select(AuditEntry)).scalars()]
        assert [t.split()[0] for a, t in rows if a == "unlock.failed"] == ["(unknown"]
        assert not any(HEAD_PW in t for _, t in rows)
    finally:
        desk.lock()
    assert HEAD_PW not in keys.read_text()


def test_failures_throttle_only_their_own_user(store: StoreFixture) -> None:
    store.head.lock()
    now = Ticker(1_800_000_000.0)
    for i in range(5):
        with pytest.raises(WrongPassphrase):
            unlock(store.path, f"made-up-{i}", "whatever", clock=now)
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            unlock(store.path, "rastine", "wrong-passphrase", clock=now)
    with pytest.raises(Throttled):
        unlock(store.path, "rastine", PASSPHRASES["rastine"], clock=now)
    # Made-up names and another user's failures lock out neither the head nor the recovery key.
    unlock(store.path, "vadovas", HEAD_PW, clock=now).close()
    unlock_with_recovery(store.path, store.recovery_key, clock=now).close()
    # The head's success (and its audit of the failures) does not lift rastine's wait.
    open_desk(store.path, "vadovas", HEAD_PW, clock=store.clock, monotonic=now).lock()
    with pytest.raises(Throttled):
        unlock(store.path, "rastine", PASSPHRASES["rastine"], clock=now)
    now.t += 31
    unlock(store.path, "rastine", PASSPHRASES["rastine"], clock=now).close()
    # Recovery-key failures have their own count.
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            unlock_with_recovery(store.path, "0000-0000-0000-0000-0000-0000-0000-0000", clock=now)
    with pytest.raises(Throttled):
        unlock_with_recovery(store.path, store.recovery_key, clock=now)
    unlock(store.path, "saugumas", PASSPHRASES["saugumas"], clock=now).close()
