"""`permit-desk export|verify|backup|restore` as a user runs them: subprocesses over a real
store. The manifest is signed by the institution's signer; whoever exports supplies its
PIN or password (PERMIT_DESK_PIN, or a prompt)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import PASSPHRASES
from tests.exchange.test_export import PASSWORD, Office, office, pki  # noqa: F401
from tests.test_cli_staff import CLI, REPO


def run(office: Office, user: str, *args: object, pin: str | None = PASSWORD  # noqa: F811
        ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PERMIT_DESK_PASSPHRASE=PASSPHRASES[user],
               PERMIT_DESK_KDF_PROFILE="test")
    env.pop("PERMIT_DESK_PIN", None)
    if pin is not None:
        env["PERMIT_DESK_PIN"] = pin
    out = subprocess.run([CLI, "--store", str(office.store.path), "--user", user,
                          *map(str, args)], capture_output=True, text=True, timeout=300,
                         env=env, cwd=REPO, stdin=subprocess.DEVNULL)
    assert "Traceback" not in out.stderr, out.stderr
    return out


def test_export_verify_through_the_command_line(office: Office, pki: dict[str, object],  # noqa: F811
                                                tmp_path: Path) -> None:
    office.inspector.lock()
    office.head.lock()
    out = run(office, "inspektorius", "export", "--from", "2026-11-01", "--to", "2026-11-30",
              "--out", tmp_path / "rinkinys", "--zip", "--mask-codes")
    assert out.returncode == 0, out.stderr
    bundle = tmp_path / "rinkinys.zip"
    assert f"Bundle written to {bundle}" in out.stdout and "signed by Jonas Žukauskas" in \
        out.stdout
    ok = run(office, "inspektorius", "verify", bundle, "--trust", pki["root_pem"])
    assert ok.returncode == 0, ok.stdout
    assert "Verdict:      VALID" in ok.stdout and "Letters:      2 checked" in ok.stdout
    assert ok.stdout.count(".pdf: TOTAL_PASSED") == 2, ok.stdout  # each letter's ETSI result
    bad = run(office, "inspektorius", "verify", bundle, "--trust", pki["stranger_root_pem"])
    assert bad.returncode == 1
    assert "does not lead to a trusted root" in bad.stdout
    # a folder bundle, one byte changed
    assert run(office, "admin", "export", "--from", "2026-11-01", "--to", "2026-11-30",
               "--out", tmp_path / "aplankas", "--no-xlsx").returncode == 0
    f = tmp_path / "aplankas" / "csv" / "people.csv"
    f.write_bytes(f.read_bytes().replace("Ąžuolaitis".encode(), "Ąžuolaitys".encode()))
    bad = run(office, "inspektorius", "verify", tmp_path / "aplankas", "--trust",
              pki["root_pem"])
    assert bad.returncode == 1
    assert "  - csv/people.csv was changed: its SHA-256 does not match the manifest." in \
        bad.stdout


def test_export_refusals_are_one_sentence(office: Office, tmp_path: Path) -> None:  # noqa: F811
    office.inspector.lock()
    office.head.lock()
    out = run(office, "rastine", "export", "--from", "2026-11-01", "--to", "2026-11-30",
              "--out", tmp_path / "x")
    assert out.returncode == 1 and "rastine may not export inspection bundles" in out.stderr
    out = run(office, "inspektorius", "export", "--from", "2026-11-01", "--to", "2026-11-30",
              "--out", tmp_path / "x", pin="neteisingas")
    assert out.returncode == 1 and out.stderr.startswith("permit-desk: ")
    out = run(office, "inspektorius", "export", "--from", "2026-11-01", "--to", "2026-11-30",
              "--out", tmp_path / "x", pin=None)
    assert out.returncode == 1 and "PERMIT_DESK_PIN" in out.stderr
    out = run(office, "inspektorius", "export", "--from", "2026-12-01", "--to", "2026-11-30",
              "--out", tmp_path / "x")
    assert out.returncode == 1 and "The period ends before it starts." in out.stderr
    assert not (tmp_path / "x").exists()


def test_backup_and_restore_through_the_command_line(office: Office,  # noqa: F811
                                                     tmp_path: Path) -> None:
    office.inspector.lock()
    office.head.lock()
    usb = tmp_path / "usb"
    out = run(office, "admin", "backup", "--configure", "--folder", usb, "--every-days", "7")
    assert out.returncode == 0 and f"Backups go to {usb}, every 7 days." in out.stdout
    out = run(office, "admin", "backup")
    assert out.returncode == 0, out.stderr
    archive = next(usb.iterdir())
    assert f"Backup written to {archive}" in out.stdout
    out = run(office, "inspektorius", "restore", archive)
    assert out.returncode == 1 and "not an administrator" in out.stderr
    out = run(office, "admin", "restore", archive)
    assert out.returncode == 0, out.stderr
    assert "Store restored from" in out.stdout and "permit-desk-replaced-" in out.stdout
    assert run(office, "inspektorius", "audit", "verify").returncode == 0
