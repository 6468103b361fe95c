"""`permit-desk staff|clearance|policy` as a user runs them: a subprocess over a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASES, StoreFixture
from tests.services.test_staff import C1, C2, C3, csv_bytes, dump, rows, xlsx_bytes

CLI = str(Path(sys.executable).with_name("permit-desk"))
REPO = Path(__file__).resolve().parents[1]


def run(store: StoreFixture, user: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PERMIT_DESK_PASSPHRASE=PASSPHRASES[user],
               PERMIT_DESK_KDF_PROFILE="test")
    out = subprocess.run([CLI, "--store", str(store.path), "--user", user, *map(str, args)],
                         capture_output=True, text=True, timeout=120, env=env, cwd=REPO)
    assert "Traceback" not in out.stderr, out.stderr
    return out


def failed(out: subprocess.CompletedProcess[str], *words: str) -> None:
    assert out.returncode == 1, (out.stdout, out.stderr)
    last = out.stderr.strip().splitlines()[-1]
    assert last.startswith("permit-desk: ") and last.endswith("."), out.stderr
    for w in words:
        assert w in out.stderr, out.stderr


def test_import_dry_run_then_real_then_again(store: StoreFixture, tmp_path: Path) -> None:
    f = tmp_path / "darbuotojai.csv"
    f.write_bytes(csv_bytes(rows()))
    before = dump(store.head)
    dry = run(store, "saugumas", "staff", "import", f, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"+ {C1} Aušra Žukauskienė" in dry.stdout
    assert "Dry run: 3 to add, 0 to change, 0 unchanged. Nothing was written." in dry.stdout
    assert dump(store.head) == before
    real = run(store, "saugumas", "staff", "import", f)
    assert real.returncode == 0 and "Imported: 3 added, 0 changed, 0 unchanged." in real.stdout
    table = rows()
    table[1] = (C2, "Čepulis", "Šarūnas", "Skyriaus vedėjas", *table[1][4:])
    x = tmp_path / "darbuotojai.xlsx"
    x.write_bytes(xlsx_bytes(table))
    again = run(store, "saugumas", "staff", "import", x, "--verbose")
    assert again.returncode == 0, again.stderr
    assert f"~ {C2} Šarūnas Čepulis: position" in again.stdout
    assert f"= {C1}" in again.stdout and f"= {C3}" in again.stdout
    assert "Imported: 0 added, 1 changed, 2 unchanged." in again.stdout


def test_a_bad_file_names_every_row_and_imports_nothing(store: StoreFixture,
                                                        tmp_path: Path) -> None:
    table = rows()
    table[0] = ("33309240065", *table[0][1:])
    table[2] = (*table[2][:6], "Labai slaptai", "X-1", "2024-01-01", "2024-13-01")
    f = tmp_path / "blogas.csv"
    f.write_bytes(csv_bytes(table))
    before = dump(store.head)
    out = run(store, "saugumas", "staff", "import", f)
    failed(out, "Nothing was imported.")
    assert "line 2: personal_code" in out.stderr
    assert "line 4: clearance_level" in out.stderr and "line 4: clearance_valid_until" in \
        out.stderr
    assert out.stdout == "" and dump(store.head) == before
    failed(run(store, "saugumas", "staff", "import", tmp_path / "nera.csv"), "No such file")


def test_list_show_and_clearance_commands(store: StoreFixture, tmp_path: Path) -> None:
    f = tmp_path / "f.csv"
    f.write_bytes(csv_bytes(rows()))
    assert run(store, "saugumas", "staff", "import", f).returncode == 0
    listed = run(store, "inspektorius", "staff", "list", "--search", "ŽUK", "--json")
    assert [p["personal_code"] for p in json.loads(listed.stdout)] == [C1]
    table = run(store, "rastine", "staff", "list", "--unit", "Analizės skyrius")
    assert "Žukauskienė Aušra" in table.stdout and "Ąžuolaitė Ėglė" in table.stdout
    assert "Čepulis" not in table.stdout

    sec = ("saugumas", "clearance")
    assert run(store, *sec, "suspend", C1, "--reason", "Patikrinimas").returncode == 0
    failed(run(store, *sec, "suspend", C1, "--reason", "Vėl"), "is suspended")
    assert run(store, *sec, "reinstate", C1, "--reason", "Baigta").returncode == 0
    out = run(store, *sec, "withdraw", C1, "--reason", "Kelionė be leidimo", "--on",
              "2026-11-20")
    assert out.returncode == 0 and "is now withdrawn" in out.stdout
    failed(run(store, *sec, "withdraw", C1, "--reason", "Dar kartą"), "is withdrawn")
    out = run(store, *sec, "set", C3, "--level", "konfidencialiai", "--number", "K-3",
              "--issued", "2025-01-01", "--valid-until", "2030-01-01", "--reason", "Išduotas")
    assert out.returncode == 0 and "Konfidencialiai" in out.stdout
    failed(run(store, *sec, "set", C3, "--level", "labai", "--number", "K-4", "--issued",
               "2025-01-01", "--valid-until", "2030-01-01"), "not one of")

    shown = json.loads(run(store, "inspektorius", "staff", "show", C1, "--json").stdout)
    assert shown["clearance"]["status"] == "withdrawn"
    assert [h["status"] for h in shown["clearance"]["history"]] == [
        "active", "suspended", "active", "withdrawn"]
    assert "2026-11-20" in shown["clearance"]["history"][-1]["reason"]
    text = run(store, "inspektorius", "staff", "show", C1).stdout
    assert "Žukauskienė Aušra" in text and "Kelionė be leidimo" in text
    failed(run(store, "inspektorius", "staff", "show", "49001010005"), "No person")

    soon = json.loads(run(store, "saugumas", "clearance", "expiring", "--days", "2000",
                          "--json").stdout)
    assert [p["personal_code"] for p in soon] == [C2, C3]


def test_add_and_refusals(store: StoreFixture) -> None:
    args = ("staff", "add", "--code", "50106300078", "--last-name", "Ąžuolaitė",
            "--first-name", "Ėglė", "--position", "Referentė", "--unit", "Ryšiai",
            "--category", "employee")
    failed(run(store, "rastine", *args), "rastine may not")
    out = run(store, "saugumas", *args)
    assert out.returncode == 0 and "Added 50106300078 Ėglė Ąžuolaitė." in out.stdout
    failed(run(store, "saugumas", *args), "already in the registry")
    bad = list(args)
    bad[3] = "50106300079"
    failed(run(store, "saugumas", *bad), "check digit")
    failed(run(store, "inspektorius", "clearance", "set", "50106300078", "--level",
               "Slaptai", "--number", "1", "--issued", "2025-01-01", "--valid-until",
               "2030-01-01"), "inspektorius may not")


def test_policy_show_and_set(store: StoreFixture) -> None:
    user = "admin"
    shown = json.loads(run(store, "inspektorius", "policy", "show", "--json").stdout)
    assert shown["version"] == 1 and [c["code"] for c in shown["countries"]] == ["RU", "BY"]
    out = run(store, user, "policy", "set", "--add-country", "CN:Kinija:China",
              "--crossings", "CN=Pekinas", "--levels", "Visiškai slaptai,secret",
              "--categories", "karys,statutory officer", "--declaration-reasons",
              "bereavement,custody", "--min-lead-days", "14", "--expiring-days", "30",
              "--note", "Kinija")
    assert out.returncode == 0 and "Policy version 2 is now in force." in out.stdout
    v2 = json.loads(run(store, "inspektorius", "policy", "show", "--json").stdout)
    assert [c["code"] for c in v2["countries"]] == ["RU", "BY", "CN"]
    assert v2["crossings"]["CN"] == ["Pekinas"]
    assert v2["levels_needing_permission"] == ["top_secret", "secret"]
    assert v2["categories_needing_permission"] == ["statutory_officer", "soldier"]
    assert v2["declaration_reasons"] == ["bereavement", "custody"]
    assert (v2["min_lead_days"], v2["expiring_within_days"], v2["note"]) == (14, 30, "Kinija")
    v1 = json.loads(run(store, "inspektorius", "policy", "show", "--version", "1",
                        "--json").stdout)
    assert v1["version"] == 1 and len(v1["countries"]) == 2
    removed = run(store, user, "policy", "set", "--remove-country", "BY")
    assert removed.returncode == 0 and "version 3" in removed.stdout
    text = run(store, "inspektorius", "policy", "show").stdout
    assert "Policy version 3" in text and "Baltarusija" not in text
    failed(run(store, user, "policy", "set", "--add-country", "XXX:Niekur:Nowhere"),
           "ISO 3166")
    failed(run(store, user, "policy", "set", "--min-lead-days", "14"), "unchanged")
    failed(run(store, user, "policy", "set"), "Say what to change")
    failed(run(store, "saugumas", "policy", "set", "--min-lead-days", "3"), "may not")


def test_stored_control_characters_never_reach_the_terminal(store: StoreFixture) -> None:
    # Text stored before names were checked (or restored from an old backup) may hold them.
    out = run(store, "saugumas", "staff", "add", "--code", "50106300078", "--last-name",
              "Ąžuolaitė", "--first-name", "Ėglė", "--position", "Referentė", "--unit",
              "Ryšiai", "--category", "employee")
    assert out.returncode == 0, out.stderr
    from sqlalchemy import text

    with store.head.unit() as s:
        s.execute(text("UPDATE person SET last_name = :n, unit = :u, position = :p"),
                  {"n": "Ąžuolaitė\x1b[2J\x07", "u": "Ryši\u202eai", "p": "\x9b31mReferentė"})
    for args in (("staff", "list"), ("staff", "show", "50106300078")):
        shown = run(store, "saugumas", *args)
        assert shown.returncode == 0, shown.stderr
        assert not any(ch in shown.stdout for ch in "\x1b\x07\u202e\x9b"), shown.stdout
        assert "Ąžuolaitė\\x1b[2J\\x07" in shown.stdout and "Ryši\\u202eai" in shown.stdout
    failed(run(store, "saugumas", "staff", "add", "--code", "50106300089", "--last-name",
               "Jonaitis\x07", "--first-name", "Jonas", "--position", "", "--unit", "",
               "--category", "employee"), "The last name cannot be accepted", "U+0007")
