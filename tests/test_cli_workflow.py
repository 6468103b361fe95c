"""The request workflow as institutions script it: `permit-desk request|debrief|violation|
declaration|delegation|letter|verify` in subprocesses over a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from tests.conftest import StoreFixture
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.services.workflow_helpers import add_cleared_person
from tests.test_cli_staff import failed, run


@pytest.fixture
def code(store: StoreFixture) -> str:
    sec = store.as_user("saugumas")
    try:
        return add_cleared_person(sec, 31, last="Žukauskas", first="Jonas")
    finally:
        sec.lock()


def _new(store: StoreFixture, code: str, *extra: str) -> int:
    out = run(store, "rastine", "request", "new", "--person", code, "--countries", "BY,RU",
              "--depart", "2030-12-20", "--return", "2030-12-27", "--purpose",
              "Aplankyti tėvus Gardine", "--reason-category", "family", "--crossing",
              "Medininkai", "--companion", "Ona Žukauskienė:LT:sutuoktinė", "--contact",
              "Ivan Petrov:pusbrolis", *extra)
    assert out.returncode == 0, out.stderr
    return int(out.stdout.strip())


def test_lifecycle_through_the_command_line(store: StoreFixture, code: str,
                                            tmp_path: Path) -> None:
    rid = _new(store, code)
    assert run(store, "rastine", "request", "submit", str(rid)).stdout.strip() == \
        f"Request {rid} is now submitted."
    failed(run(store, "rastine", "request", "decide", str(rid), "--approve"),
           "rastine may not decide travel requests")
    failed(run(store, "vadovas", "request", "decide", str(rid), "--deny"),
           "needs a written reason")
    out = run(store, "vadovas", "request", "decide", str(rid), "--approve", "--condition",
              "Išklausyti saugumo instruktažą")
    assert out.returncode == 0 and "approved" in out.stdout
    shown = json.loads(run(store, "inspektorius", "request", "show", str(rid), "--json").stdout)
    assert shown["state"] == "approved" and shown["countries"] == ["BY", "RU"]
    assert shown["companions"][0]["relationship"] == "sutuoktinė"
    assert shown["decisions"][0]["conditions"] == ["Išklausyti saugumo instruktažą"]
    listed = json.loads(run(store, "inspektorius", "request", "list", "--status", "approved",
                            "--json").stdout)
    assert [r["id"] for r in listed] == [rid]
    assert run(store, "rastine", "request", "depart", str(rid)).returncode == 0
    back = run(store, "rastine", "request", "back", str(rid), "--on", "2030-12-27")
    assert "the debrief is due by 2031-01-" in back.stdout
    deb = run(store, "saugumas", "debrief", str(rid), "--deviations", "Nebuvo",
              "--device-searches", "Telefonas patikrintas")
    assert deb.returncode == 0 and "debriefed" in deb.stdout
    assert "closed" in run(store, "saugumas", "request", "close", str(rid)).stdout
    failed(run(store, "rastine", "request", "submit", str(rid)),
           "A request that is closed cannot be submitted")


def test_refusals_and_bad_input_are_one_sentence(store: StoreFixture, code: str) -> None:
    failed(run(store, "rastine", "request", "new", "--person", code, "--countries", "LV",
               "--depart", "2030-12-20", "--return", "2030-12-27", "--purpose", "x",
               "--reason-category", "family"), "No permission is needed: LV")
    failed(run(store, "rastine", "request", "new", "--person", "39001010000", "--countries",
               "BY", "--depart", "2030-12-20", "--return", "2030-12-27", "--purpose", "x",
               "--reason-category", "family"), "No person with personal code")
    bad = run(store, "rastine", "request", "new", "--person", code, "--countries", "BY",
              "--depart", "2026-13-40", "--return", "2026-12-27", "--purpose", "x",
              "--reason-category", "family")
    assert bad.returncode == 2 and "not a date in the form YYYY-MM-DD" in bad.stderr
    failed(run(store, "inspektorius", "request", "new", "--person", code, "--countries", "BY",
               "--depart", "2030-12-20", "--return", "2030-12-27", "--purpose", "x",
               "--reason-category", "family"), "inspektorius may not enter travel requests")
    failed(run(store, "rastine", "request", "show", "999"), "There is no request 999")


def test_declaration_violation_delegation_and_worklist(store: StoreFixture, code: str) -> None:
    out = run(store, "rastine", "declaration", "new", "--person", code, "--countries", "BY",
              "--depart", "2026-11-20", "--return", "2026-11-24", "--purpose", "Laidotuvės",
              "--reason-category", "bereavement", "--statement", "Mirė tėvas")
    assert out.returncode == 0, out.stderr
    did = int(out.stdout)
    work = json.loads(run(store, "saugumas", "worklist", "--json").stdout)
    assert any(w["kind"] == "review_declaration" and w["request_id"] == did for w in work)
    rev = run(store, "saugumas", "declaration", "review", str(did), "--violation", "--note",
              "Mirties faktas nepatvirtintas")
    assert rev.returncode == 0 and "violation" in rev.stdout
    shown = json.loads(run(store, "saugumas", "staff", "show", code, "--json").stdout)
    assert shown["clearance"]["status"] == "withdrawn"
    vio = json.loads(run(store, "saugumas", "violation", "list", "--json").stdout)
    assert vio[0]["request_id"] == did and vio[0]["letter_id"] is not None
    dl = run(store, "vadovas", "delegation", "add", "pavaduotojas", "--from", "2026-11-01",
             "--to", "2026-12-31", "--unit", "Analizės skyrius")
    assert dl.returncode == 0 and "pavaduotojas decides for vadovas" in dl.stdout
    failed(run(store, "rastine", "delegation", "add", "pavaduotojas", "--from", "2026-11-01",
               "--to", "2026-12-31"), "may not delegate approval")


def test_letter_signed_written_and_verified(store: StoreFixture, code: str,
                                            tmp_path: Path) -> None:
    root = make_ca("Testinis CA")
    p12 = write_p12(tmp_path / "vadovas.p12", make_leaf("Jonas Žukauskas", root), [root],
                    "slaptas-1")
    (tmp_path / "root.pem").write_bytes(root.cert.public_bytes(Encoding.PEM))
    assert run(store, "vadovas", "signer", "set", "--pkcs12", p12).returncode == 0
    assert run(store, "admin", "trust", "add", tmp_path / "root.pem").returncode == 0
    rid = _new(store, code)
    run(store, "rastine", "request", "submit", str(rid))
    run(store, "vadovas", "request", "decide", str(rid), "--approve", "--sign-later")
    out = tmp_path / "leidimas.pdf"
    import os

    os.environ["PERMIT_DESK_PIN"] = "neteisingas"
    try:
        failed(run(store, "vadovas", "letter", str(rid), "--out", out), "password")
        assert not out.exists()
        os.environ["PERMIT_DESK_PIN"] = "slaptas-1"
        done = run(store, "vadovas", "letter", str(rid), "--out", out)
    finally:
        del os.environ["PERMIT_DESK_PIN"]
    assert done.returncode == 0 and "Letter 7-1 (approval, lt)" in done.stdout, done.stderr
    ok = run(store, "inspektorius", "verify", out, "--trust", tmp_path / "root.pem")
    assert ok.returncode == 0 and "VALID" in ok.stdout and "Number:       7-1" in ok.stdout
    tampered = tmp_path / "pakeistas.pdf"
    data = bytearray(out.read_bytes())
    i = data.find(b"/Contents", 2000)
    data[i - 20] ^= 0x01
    tampered.write_bytes(bytes(data))
    bad = run(store, "inspektorius", "verify", tampered, "--trust", tmp_path / "root.pem")
    assert bad.returncode == 1 and "NOT VALID" in bad.stdout
    stranger = make_ca("Svetimas CA")
    (tmp_path / "s.pem").write_bytes(stranger.cert.public_bytes(Encoding.PEM))
    assert run(store, "inspektorius", "verify", out, "--trust", tmp_path / "s.pem"
               ).returncode == 1


@pytest.mark.parametrize(("countries", "words"), [
    ("BY,XX", ("XX is not an ISO 3166-1 country code",)),
    ("\u0412Y", ("\u0412Y is not an ISO 3166-1 country code", "U+0412 is not a Latin letter")),
])
def test_unknown_and_look_alike_country_codes_are_refused(store: StoreFixture, code: str,
                                                          countries: str,
                                                          words: tuple[str, ...]) -> None:
    failed(run(store, "rastine", "request", "new", "--person", code, "--countries", countries,
               "--depart", "2030-12-20", "--return", "2030-12-27", "--purpose", "x",
               "--reason-category", "family"), *words)
    listed = json.loads(run(store, "inspektorius", "request", "list", "--json").stdout)
    assert listed == []


def test_a_permission_for_a_past_departure_is_refused(store: StoreFixture, code: str) -> None:
    failed(run(store, "rastine", "request", "new", "--person", code, "--countries", "BY",
               "--depart", "2020-01-10", "--return", "2020-01-12", "--purpose", "x",
               "--reason-category", "family"), "The departure (2020-01-10) is before today",
           "declared")


def test_request_show_escapes_control_characters(store: StoreFixture, code: str) -> None:
    rid = _new(store, code, "--purpose", "Aplankyti\x1b[2J tėvus\u202e")
    for args in (("request", "show", str(rid)), ("request", "list")):
        out = run(store, "inspektorius", *args)
        assert out.returncode == 0, out.stderr
        assert "\x1b" not in out.stdout and "\u202e" not in out.stdout
    shown = run(store, "inspektorius", "request", "show", str(rid)).stdout
    assert "Aplankyti\\x1b[2J tėvus\\u202e" in shown
