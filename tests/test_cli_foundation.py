"""The command line over a real store: init, users, recover, rekey, doctor, plain errors."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from app.store.keyfile import KeyFile
from app.store.store import StorePaths
from tests.store.helpers import CLI, REPO, app_env, run_cli

HEAD_PW = "head-passphrase-1"
RECOVERY_RE = re.compile(r"^\s*([0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){7})\s*$", re.M)


def _init(db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, "--store", str(db), "init", "--institution", "Institucija",
                           "--head", "vadovas", "--head-name", "Jonas Žukauskas", *extra],
                          capture_output=True, text=True, timeout=60,
                          env=app_env(PERMIT_DESK_PASSPHRASE=HEAD_PW), cwd=REPO)


def _plain_failure(out: subprocess.CompletedProcess[str], *words: str) -> None:
    assert out.returncode != 0, out.stdout
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("permit-desk: ") and lines[0].endswith(".")
    for w in words:
        assert w in lines[0], lines[0]


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "store" / "permit-desk.db"
    out = _init(path, "--no-keyring")
    assert out.returncode == 0, out.stderr
    keys = RECOVERY_RE.findall(out.stdout)
    assert len(keys) == 1, out.stdout
    assert "Workstation binding: off" in out.stdout
    return path, keys[0]


def test_init_prints_a_recovery_key_in_eight_groups_of_four(db: tuple[Path, str]) -> None:
    path, key = db
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert StorePaths(path).exists()
    assert key not in StorePaths(path).keys.read_text()
    again = _init(path, "--no-keyring")
    _plain_failure(again, "already exists")


def test_users_recover_and_rekey(db: tuple[Path, str]) -> None:
    path, recovery = db
    add = run_cli(path, "vadovas", "user", "add", "rastine", "--role", "clerk", "--role",
                  "inspector", "--full-name", "Rūta Šimkutė", passphrase=HEAD_PW,
                  PERMIT_DESK_NEW_PASSPHRASE="clerk-passphrase-1")
    assert add.returncode == 0, add.stderr
    assert "rastine" in add.stdout

    listed = run_cli(path, "vadovas", "user", "list", "--json", passphrase=HEAD_PW)
    assert listed.returncode == 0, listed.stderr
    rows = {u["username"]: u for u in json.loads(listed.stdout)}
    assert rows["rastine"]["roles"] == ["clerk", "inspector"]
    assert rows["rastine"]["full_name"] == "Rūta Šimkutė"
    assert rows["vadovas"]["roles"] == ["admin", "head"]
    table = run_cli(path, "vadovas", "user", "list", passphrase=HEAD_PW)
    assert "Rūta Šimkutė" in table.stdout and "USER" in table.stdout

    ok = run_cli(path, "rastine", "unlock-test", passphrase="clerk-passphrase-1")
    assert ok.returncode == 0, ok.stderr
    assert "the store is intact" in ok.stdout

    # A clerk may not add users: one sentence, exit 1.
    refused = run_cli(path, "rastine", "user", "add", "kitas", "--role", "clerk",
                      "--full-name", "Kitas", passphrase="clerk-passphrase-1",
                      PERMIT_DESK_NEW_PASSPHRASE="other-passphrase-1")
    _plain_failure(refused, "rastine may not add users")

    pw = run_cli(path, "vadovas", "user", "passwd", "rastine", passphrase=HEAD_PW,
                 PERMIT_DESK_NEW_PASSPHRASE="clerk-passphrase-2")
    assert pw.returncode == 0, pw.stderr
    _plain_failure(run_cli(path, "rastine", "unlock-test", passphrase="clerk-passphrase-1"),
                   "passphrase is wrong")
    assert run_cli(path, "rastine", "unlock-test",
                   passphrase="clerk-passphrase-2").returncode == 0

    removed = run_cli(path, "vadovas", "user", "remove", "rastine", passphrase=HEAD_PW)
    assert removed.returncode == 0, removed.stderr
    assert "keys were rotated" in removed.stdout and "opens nothing" in removed.stdout
    _plain_failure(run_cli(path, "rastine", "unlock-test", passphrase="clerk-passphrase-2"),
                   "passphrase is wrong")
    assert "user:rastine" not in [s.id for s in KeyFile.load(StorePaths(path).keys).slots]

    # recover: the recovery key sets a new passphrase for the head
    _plain_failure(run_cli(path, None, "recover", "vadovas",
                           PERMIT_DESK_RECOVERY_KEY="0000-0000-0000-0000-0000-0000-0000-0000",
                           PERMIT_DESK_NEW_PASSPHRASE="head-passphrase-2"),
                   "recovery key is wrong")
    rec = run_cli(path, None, "recover", "vadovas", PERMIT_DESK_RECOVERY_KEY=recovery.lower(),
                  PERMIT_DESK_NEW_PASSPHRASE="head-passphrase-2")
    assert rec.returncode == 0, rec.stderr
    _plain_failure(run_cli(path, "vadovas", "unlock-test", passphrase=HEAD_PW),
                   "passphrase is wrong")

    before = KeyFile.load(StorePaths(path).keys).db_key.generation
    rk = run_cli(path, "vadovas", "rekey", passphrase="head-passphrase-2")
    assert rk.returncode == 0, rk.stderr
    assert f"generation {before + 1}" in rk.stdout
    assert KeyFile.load(StorePaths(path).keys).db_key.generation == before + 1
    after = run_cli(path, "vadovas", "unlock-test", passphrase="head-passphrase-2")
    assert after.returncode == 0, after.stderr

    verify = run_cli(path, "vadovas", "audit", "verify", passphrase="head-passphrase-2")
    assert verify.returncode == 0, verify.stderr


def test_doctor_flags_test_kdf_slots_and_reports_each_check(db: tuple[Path, str]) -> None:
    path, _ = db
    out = run_cli(path, "vadovas", "doctor", passphrase=HEAD_PW)
    assert out.returncode == 1, out.stdout
    lines = {ln[5:].split(":")[0]: ln for ln in out.stdout.splitlines()}
    slots = lines["key slots"]
    assert slots.startswith("FAIL") and "weak KDF parameters in" in slots
    assert "user:vadovas" in slots and "recovery" in slots
    assert lines["temp store"] == "ok   temp store: memory"
    assert lines["journal"] == "ok   journal: wal"
    assert lines["foreign keys"] == "ok   foreign keys: on"
    assert lines["integrity"].startswith("ok   integrity: cipher_integrity_check")
    assert lines["network"].startswith("ok   network: not needed")
    assert lines["schema"].startswith("ok   schema: revision")
    assert lines["audit trail"].startswith("ok   audit trail:")
    assert "keyring" in lines and "binding" in lines and "disk" in lines


def test_expected_failures_are_one_sentence(tmp_path: Path, db: tuple[Path, str]) -> None:
    path, _ = db
    _plain_failure(run_cli(path, "vadovas", "unlock-test", passphrase="wrong-passphrase-x"),
                   "The user name or the passphrase is wrong")
    _plain_failure(run_cli(tmp_path / "nowhere.db", "vadovas", "unlock-test",
                           passphrase=HEAD_PW), "There is no store")
    _plain_failure(run_cli(path, "vadovas", "user", "add", "x", "--role", "clerk",
                           "--full-name", "X", passphrase=HEAD_PW,
                           PERMIT_DESK_NEW_PASSPHRASE="short"), "at least 10 characters")
    _plain_failure(run_cli(path, "vadovas", "user", "add", "x", "--role", "emperor",
                           "--full-name", "X", passphrase=HEAD_PW,
                           PERMIT_DESK_NEW_PASSPHRASE="long-enough-passphrase"), "Unknown role")
    _plain_failure(run_cli(path, "vadovas", "user", "remove", "vadovas", passphrase=HEAD_PW),
                   "your own account")


def test_removing_a_user_while_the_store_is_open_elsewhere_says_rotate_later(
        db: tuple[Path, str]) -> None:
    from app.services.opening import open_desk

    path, _ = db
    add = run_cli(path, "vadovas", "user", "add", "rastine", "--role", "clerk",
                  "--full-name", "Rūta Šimkutė", passphrase=HEAD_PW,
                  PERMIT_DESK_NEW_PASSPHRASE="clerk-passphrase-1")
    assert add.returncode == 0, add.stderr
    other = open_desk(path, "vadovas", HEAD_PW)  # another program holds the store open
    try:
        with other.read():  # a reader on another connection, as a window would be
            removed = run_cli(path, "vadovas", "user", "remove", "rastine",
                              passphrase=HEAD_PW)
    finally:
        other.lock()
    _plain_failure(removed, "not rotated", "run rekey")
    assert "rastine removed" in removed.stdout


def test_rekey_with_a_new_recovery_key_retires_the_old_one(db: tuple[Path, str]) -> None:
    path, old_recovery = db
    before = KeyFile.load(StorePaths(path).keys).db_key.generation
    rk = run_cli(path, "vadovas", "rekey", "--new-recovery-key", passphrase=HEAD_PW)
    assert rk.returncode == 0, rk.stderr
    # Shown once, as init shows it: the heading, then the key alone on its line.
    assert "RECOVERY KEY (shown once; write it down and keep it in the safe):" in rk.stdout
    keys = RECOVERY_RE.findall(rk.stdout)
    assert len(keys) == 1, rk.stdout
    new_recovery = keys[0]
    assert new_recovery != old_recovery
    assert f"generation {before + 1}" in rk.stdout
    assert KeyFile.load(StorePaths(path).keys).db_key.generation == before + 1
    assert new_recovery not in StorePaths(path).keys.read_text()

    # The old recovery key opens nothing any more...
    _plain_failure(run_cli(path, None, "recover", "vadovas",
                           PERMIT_DESK_RECOVERY_KEY=old_recovery,
                           PERMIT_DESK_NEW_PASSPHRASE="head-passphrase-2"),
                   "recovery key is wrong")
    assert run_cli(path, "vadovas", "unlock-test", passphrase=HEAD_PW).returncode == 0
    # ...the new one does.
    rec = run_cli(path, None, "recover", "vadovas", PERMIT_DESK_RECOVERY_KEY=new_recovery,
                  PERMIT_DESK_NEW_PASSPHRASE="head-passphrase-2")
    assert rec.returncode == 0, rec.stderr
    after = run_cli(path, "vadovas", "unlock-test", passphrase="head-passphrase-2")
    assert after.returncode == 0, after.stderr
    verify = run_cli(path, "vadovas", "audit", "verify", passphrase="head-passphrase-2")
    assert verify.returncode == 0, verify.stderr


def test_a_new_recovery_key_that_could_not_be_put_in_force_says_so(
        db: tuple[Path, str]) -> None:
    from app.services.opening import open_desk

    path, old_recovery = db
    other = open_desk(path, "vadovas", HEAD_PW)  # another program holds the store open
    try:
        with other.read():
            rk = run_cli(path, "vadovas", "rekey", "--new-recovery-key", passphrase=HEAD_PW)
    finally:
        other.lock()
    _plain_failure(rk, "not rotated", "recovery key above is not in force")
    printed = RECOVERY_RE.findall(rk.stdout)
    assert len(printed) == 1, rk.stdout
    # The printed key opens nothing; the old one still opens the store.
    _plain_failure(run_cli(path, None, "recover", "vadovas", PERMIT_DESK_RECOVERY_KEY=printed[0],
                           PERMIT_DESK_NEW_PASSPHRASE="head-passphrase-2"),
                   "recovery key is wrong")
    rec = run_cli(path, None, "recover", "vadovas", PERMIT_DESK_RECOVERY_KEY=old_recovery,
                  PERMIT_DESK_NEW_PASSPHRASE="head-passphrase-2")
    assert rec.returncode == 0, rec.stderr
