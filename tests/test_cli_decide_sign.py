"""`request decide` follows the window's rule: with a signer set, the decision and its signed
letter are one act (PIN from PERMIT_DESK_PIN or the prompt; a wrong or missing one records
nothing); `--sign-later` is the explicit choice to record now; without a signer the decision
is recorded and the output says the letter waits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from tests.conftest import StoreFixture
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.test_cli_staff import failed, run
from tests.test_cli_workflow import _new, code  # noqa: F401 - the fixture


def _letters(store: StoreFixture) -> list[dict[str, object]]:
    out = run(store, "vadovas", "letters", "--json")
    assert out.returncode == 0, out.stderr
    rows: list[dict[str, object]] = json.loads(out.stdout)
    return rows


def _state(store: StoreFixture, rid: int) -> str:
    return str(json.loads(run(store, "inspektorius", "request", "show", str(rid),
                              "--json").stdout)["state"])


def test_decide_signs_in_the_same_act_or_records_nothing(
        store: StoreFixture, code: str, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_ca("Testinis CA")
    p12 = write_p12(tmp_path / "vadovas.p12", make_leaf("Jonas Žukauskas", root), [root],
                    "slaptas-1")
    (tmp_path / "root.pem").write_bytes(root.cert.public_bytes(Encoding.PEM))
    assert run(store, "vadovas", "signer", "set", "--pkcs12", p12).returncode == 0
    rid = _new(store, code)
    run(store, "rastine", "request", "submit", str(rid))

    monkeypatch.delenv("PERMIT_DESK_PIN", raising=False)
    failed(run(store, "vadovas", "request", "decide", str(rid), "--approve"), "PERMIT_DESK_PIN")
    monkeypatch.setenv("PERMIT_DESK_PIN", "neteisingas")
    failed(run(store, "vadovas", "request", "decide", str(rid), "--approve"), "password")
    assert _state(store, rid) == "submitted" and _letters(store) == []  # nothing recorded
    failed(run(store, "vadovas", "request", "decide", str(rid), "--deny"), "reason")

    monkeypatch.setenv("PERMIT_DESK_PIN", "slaptas-1")
    done = run(store, "vadovas", "request", "decide", str(rid), "--approve")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"Request {rid} is now approved.",
                                        "Letter 7-1 is signed."]
    assert [(x["registration_number"], x["status"]) for x in _letters(store)] == [
        ("7-1", "signed")]

    later = _new(store, code)
    run(store, "rastine", "request", "submit", str(later))
    out = run(store, "vadovas", "request", "decide", str(later), "--deny", "--reason",
              "Rizika", "--sign-later")
    assert out.returncode == 0, out.stderr
    assert "Letter 7-2 is not signed: recorded now, to sign later" in out.stdout


def test_without_a_signer_the_decision_is_recorded_and_the_letter_waits(
        store: StoreFixture, code: str) -> None:  # noqa: F811
    rid = _new(store, code)
    run(store, "rastine", "request", "submit", str(rid))
    out = run(store, "vadovas", "request", "decide", str(rid), "--approve")
    assert out.returncode == 0, out.stderr
    assert "Letter 7-1 is not signed: no signer is set" in out.stdout
    assert [x["status"] for x in _letters(store)] == ["pending"]
