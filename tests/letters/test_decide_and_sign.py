"""Decide and sign are one act: the decision, the registration number, the signed letter and
the audit entries commit together, or nothing is recorded (a signature refused inside the
transaction, a number taken since the preview); the preview shows the letter as signed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import func, select

from app.letters.signers import Pkcs12Signer
from app.services import decisions, letters
from app.services import requests as rq
from app.services.errors import Conflict
from app.store.models import AuditEntry, Decision, Letter, RegisterCounter
from tests.letters.conftest import P12_PASSWORD, Pki
from tests.services.workflow_helpers import add_cleared_person, draft


def _submitted(store, serial: int) -> int:  # type: ignore[no-untyped-def]
    sec, clerk = store.as_user("saugumas"), store.as_user("rastine")
    try:
        code = add_cleared_person(sec, serial, last="Ąžuolaitis", first="Kęstutis")
        return rq.submit(clerk, rq.new_request(clerk, draft(code)).id).id
    finally:
        sec.lock()
        clerk.lock()


def _trail(store) -> list[str]:  # type: ignore[no-untyped-def]
    with store.head.read() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())


def _nothing_recorded(store, rid: int, trail_before: list[str]) -> None:  # type: ignore[no-untyped-def]
    with store.head.read() as s:
        assert s.execute(select(func.count()).select_from(Decision)).scalar() == 0
        assert s.execute(select(func.count()).select_from(Letter)).scalar() == 0
        counter = s.get(RegisterCounter, 2026)
        assert counter is None or counter.next_number == 1  # no registration number used
    assert rq.get_request(store.head, rid).state.value == "submitted"
    assert _trail(store) == trail_before


def _text(pdf: bytes, tmp: Path, name: str) -> str:
    f = tmp / name
    f.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(f), "-"], check=True,
                         capture_output=True, text=True).stdout
    return " ".join(out.split())


def test_preview_then_decide_and_sign_commit_together(store, pki: Pki, tmp_path) -> None:  # type: ignore[no-untyped-def]
    head = store.head
    letters.add_trust_anchor(head, pki.root.cert.public_bytes(Encoding.PEM))
    rid = _submitted(store, 51)
    before = _trail(store)
    preview = decisions.preview_decision(head, rid, "approve",
                                         conditions=["Išklausyti instruktažą"])
    assert preview.registration_number == "7-1" and preview.pdf is not None
    assert preview.addressee == "Kęstutis Ąžuolaitis"
    _nothing_recorded(store, rid, before)  # a preview records nothing

    signer = Pkcs12Signer.load(pki.rsa_p12, P12_PASSWORD)
    view = decisions.decide_and_sign(head, rid, "approve", signer=signer,
                                     conditions=["Išklausyti instruktažą"],
                                     expected_number=preview.registration_number)
    assert view.state.value == "approved" and view.last_decision is not None
    letter = letters.letter_for_decision(head, view.last_decision.id)
    assert letter is not None and letter.status == "signed"
    assert letter.registration_number == "7-1"
    pdf = letters.letter_pdf(head, letter.id)
    assert letters.verify_pdf(head, pdf).ok
    # exactly the letter the head confirmed (same words, number, conditions, checkpoint),
    # plus the visible signature stamp
    signed = _text(pdf, tmp_path, "signed.pdf")
    shown = _text(preview.pdf, tmp_path, "preview.pdf")
    body, foot = shown.split(" Dokumentas pasirašytas")
    assert signed.startswith(body) and signed.endswith("Dokumentas pasirašytas" + foot)
    assert "Reg. Nr. 7-1" in signed.removeprefix(body)  # the stamp
    assert "Išklausyti instruktažą" in body and "Nr. 7-1" in body
    added = _trail(store)[len(before):]
    assert added[0] == "decision.approve" and added[-1] == "letter.sign"


def test_a_signing_refused_mid_transaction_records_nothing(store, pki: Pki) -> None:  # type: ignore[no-untyped-def]
    """The key opens (the password is right) but the signature fails inside the transaction:
    the head's certificate is on an imported revocation list."""
    from app.letters.signers import LetterSigningError

    head = store.head
    letters.add_trust_anchor(head, pki.root.cert.public_bytes(Encoding.PEM))
    for crl in pki.crls(pki.rsa_leaf):
        letters.add_crl(head, crl)
    rid = _submitted(store, 52)
    signer = Pkcs12Signer.load(pki.rsa_p12, P12_PASSWORD)
    before = _trail(store)
    with pytest.raises(LetterSigningError):
        decisions.decide_and_sign(head, rid, "deny", reason="Rizika", signer=signer)
    _nothing_recorded(store, rid, before)


def test_a_number_taken_since_the_preview_records_nothing(store, pki: Pki) -> None:  # type: ignore[no-untyped-def]
    head = store.head
    rid = _submitted(store, 53)
    other = _submitted(store, 54)
    preview = decisions.preview_decision(head, rid, "deny", reason="Rizika")
    assert preview.registration_number == "7-1"
    decisions.decide(head, other, "deny", reason="Kita")  # recorded now, signed later: 7-1
    signer = Pkcs12Signer.load(pki.rsa_p12, P12_PASSWORD)
    with pytest.raises(Conflict, match="7-2, not 7-1"):
        decisions.decide_and_sign(head, rid, "deny", reason="Rizika", signer=signer,
                                  expected_number=preview.registration_number)
    assert rq.get_request(head, rid).state.value == "submitted"
    assert [x.registration_number for x in letters.list_letters(head)] == ["7-1"]


def test_a_return_has_no_letter_to_preview_or_sign(store, pki: Pki) -> None:  # type: ignore[no-untyped-def]
    rid = _submitted(store, 55)
    preview = decisions.preview_decision(store.head, rid, "return", reason="Trūksta datų")
    assert preview.pdf is None and preview.registration_number is None
    signer = Pkcs12Signer.load(pki.rsa_p12, P12_PASSWORD)
    view = decisions.decide_and_sign(store.head, rid, "return", reason="Trūksta datų",
                                     signer=signer)
    assert view.state.value == "returned"
    assert letters.list_letters(store.head) == []
