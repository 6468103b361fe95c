"""Decision letters through the services: signed with the decision's checkpoint, verified
offline, never signed for a decision that did not commit, never half-written."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from app.domain.enums import RequestState
from app.letters.signers import CertificateNotValidError, WrongPasswordError
from app.services import aftercare, decisions, delegations, letters, requests, worklist
from app.services.errors import InvalidInput, PermissionDenied
from app.store.models import AuditCheckpoint, Letter
from tests.letters.pki import NOW, make_ca, make_leaf, write_p12
from tests.services.workflow_helpers import add_cleared_person, draft

PASSWORD = "p12-slaptažodis"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    import datetime

    d = tmp_path_factory.mktemp("svc-pki")
    root = make_ca("Testinis šakninis CA")
    head = make_leaf("Jonas Žukauskas", root, key_kind="rsa3072")
    deputy = make_leaf("Aušra Čepulienė", root)
    expired = make_leaf("Pasibaigęs", root, not_before=NOW - datetime.timedelta(days=800),
                        not_after=NOW - datetime.timedelta(days=1))
    stranger_root = make_ca("Svetimas CA")
    return {
        "root_pem": root.cert.public_bytes(Encoding.PEM),
        "head": write_p12(d / "head.p12", head, [root], PASSWORD),
        "deputy": write_p12(d / "deputy.p12", deputy, [root], PASSWORD),
        "expired": write_p12(d / "expired.p12", expired, [root], PASSWORD),
        "stranger_root_pem": stranger_root.cert.public_bytes(Encoding.PEM),
    }


@pytest.fixture
def office(store, pki):  # type: ignore[no-untyped-def]
    head = store.head
    letters.set_signer(head, pkcs12=str(pki["head"]))
    letters.add_trust_anchor(head, pki["root_pem"])
    clerk, sec = store.as_user("rastine"), store.as_user("saugumas")
    yield head, clerk, sec
    clerk.lock()
    sec.lock()


def _pdftotext(pdf: bytes, tmp: Path) -> str:
    f = tmp / "l.pdf"
    f.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(f), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_approval_letter_signed_verified_and_anchored(store, office, pki, tmp_path) -> None:  # type: ignore[no-untyped-def]
    head, clerk, sec = office
    code = add_cleared_person(sec, 1, last="Ąžuolaitis", first="Kęstutis")
    v = requests.new_request(clerk, draft(code, countries=("BY", "RU")))
    requests.submit(clerk, v.id)
    v = decisions.decide(head, v.id, "approve", conditions=["Išklausyti instruktažą"])
    assert v.last_decision is not None
    pending = letters.letter_for_decision(head, v.last_decision.id)
    assert pending is not None and pending.status == "pending"
    signer = letters.open_signer(head, PASSWORD)
    info = letters.sign_letter(head, pending.id, signer)
    assert info.status == "signed" and info.registration_number == "7-1"
    pdf = letters.letter_pdf(head, info.id)
    verdict = letters.verify_pdf(head, pdf)
    assert verdict.ok, verdict.problems
    assert verdict.registration_number == "7-1" and "Žukauskas" in verdict.signer_name
    text = _pdftotext(pdf, tmp_path)
    for words in ("Kęstučiui Ąžuolaičiui", "DĖL LEIDIMO VYKTI Į BALTARUSIJOS RESPUBLIKĄ IR "
                  "RUSIJOS FEDERACIJĄ", "Išklausyti instruktažą", "Nr. 7-1",
                  "2026 m. lapkričio 25 d."):
        assert words in " ".join(text.split()), words
    with head.read() as s:
        row = s.get(Letter, info.id)
        assert row is not None and row.audit_seq is not None
        seq, digest = row.audit_seq, row.audit_hash
        cp = s.get(AuditCheckpoint, seq)
        assert cp is not None and cp.head_hash == digest
    assert f"Nr. {seq}, maiša {digest}" in " ".join(text.split())
    # a stranger's root does not make it trusted
    assert not letters.verify_pdf(None, pdf, trust=[pki["stranger_root_pem"]]).ok
    with pytest.raises(InvalidInput, match="already signed"):
        letters.sign_letter(head, info.id, signer)
    assert [i.kind for i in worklist.for_user(clerk) if i.letter_id == info.id] == [
        "print_letter"]
    letters.mark_printed(clerk, info.id)


def test_failed_signing_leaves_the_letter_pending(store, office, pki) -> None:  # type: ignore[no-untyped-def]
    head, clerk, sec = office
    code = add_cleared_person(sec, 2)
    v = requests.new_request(clerk, draft(code))
    requests.submit(clerk, v.id)
    v = decisions.decide(head, v.id, "deny", reason="Rizika per didelė")
    assert v.last_decision is not None
    letter = letters.letter_for_decision(head, v.last_decision.id)
    assert letter is not None
    with pytest.raises(WrongPasswordError):
        letters.open_signer(head, "neteisingas")
    letters.set_signer(head, pkcs12=str(pki["expired"]))
    with pytest.raises(CertificateNotValidError):
        letters.open_signer(head, PASSWORD)
    with head.read() as s:
        row = s.get(Letter, letter.id)
        assert row is not None and row.status == "pending" and row.pdf is None
    # the committed decision without its letter shows in the worklist
    assert any(i.kind == "sign_letter" and i.letter_id == letter.id
               for i in worklist.for_user(head))


def test_only_the_decider_signs_and_clerks_never(store, office, pki, tmp_path) -> None:  # type: ignore[no-untyped-def]
    head, clerk, sec = office
    dep = store.as_user("pavaduotojas")
    try:
        code = add_cleared_person(sec, 3)
        v = requests.new_request(clerk, draft(code))
        requests.submit(clerk, v.id)
        delegations.add(head, "pavaduotojas", valid_from=date(2026, 11, 1),
                        valid_to=date(2026, 12, 31))
        v = decisions.decide(dep, v.id, "approve")
        assert v.last_decision is not None
        letter = letters.letter_for_decision(head, v.last_decision.id)
        assert letter is not None
        signer = letters.open_signer(head, PASSWORD)
        with pytest.raises(PermissionDenied, match="only they sign it"):
            letters.sign_letter(head, letter.id, signer)
        with pytest.raises(PermissionDenied):
            letters.sign_letter(clerk, letter.id, signer)
        from app.letters.signers import Pkcs12Signer

        info = letters.sign_letter(dep, letter.id, Pkcs12Signer.load(pki["deputy"], PASSWORD))
        text = " ".join(_pdftotext(letters.letter_pdf(dep, info.id), tmp_path)
                        .split())
        assert "pavaduojantis(-i)" in text and "Aušra Čepulienė" in text
    finally:
        dep.lock()


def test_withdrawal_letter_after_a_violation(store, office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    head, clerk, sec = office
    code = add_cleared_person(sec, 4, last="Šaltenis", first="Gediminas")
    v = aftercare.record_violation(sec, person_code=code, kind="travel_without_permission",
                                   occurred_on=date(2026, 10, 3),
                                   evidence="2026 m. spalio 3 d. vyko į Baltarusiją be leidimo.")
    assert v.letter_id is not None
    info = letters.sign_letter(head, v.letter_id, letters.open_signer(head, PASSWORD))
    assert info.kind.value == "withdrawal"
    pdf = letters.letter_pdf(head, info.id)
    assert letters.verify_pdf(head, pdf).ok
    text = " ".join(_pdftotext(pdf, tmp_path).split())
    assert "Gediminui Šalteniui" in text and "vyko į Baltarusiją be leidimo" in text


def test_english_letter_is_its_own_letter(store, office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    head, clerk, sec = office
    code = add_cleared_person(sec, 5)
    v = requests.new_request(clerk, draft(code))
    requests.submit(clerk, v.id)
    v = decisions.decide(head, v.id, "approve", lang="en")
    assert v.state is RequestState.APPROVED
    signer = letters.open_signer(head, PASSWORD)
    (first,) = letters.letters_for_request(head, v.id)
    letters.sign_letter(head, first.id, signer)
    copy = letters.english_copy(head, first.id)
    assert copy.lang == "lt" and copy.registration_number != first.registration_number
    info = letters.sign_letter(head, copy.id, signer)
    text = " ".join(_pdftotext(letters.letter_pdf(head, first.id), tmp_path).split())
    assert "Belarus" in text
    with head.read() as s:
        assert len(s.execute(select(Letter).where(Letter.request_id == v.id)).all()) == 2
    assert info.status == "signed"


def test_the_register_restarts_each_year(store, office) -> None:  # type: ignore[no-untyped-def]
    head, clerk, sec = office
    signer = letters.open_signer(head, PASSWORD)
    numbers = []
    for serial in (6, 7):
        code = add_cleared_person(sec, serial)
        v = requests.new_request(clerk, draft(code, depart=date(2027, 2, 20),
                                              return_=date(2027, 2, 27)))
        requests.submit(clerk, v.id)
        v = decisions.decide(head, v.id, "approve")
        (letter,) = letters.letters_for_request(head, v.id)
        info = letters.sign_letter(head, letter.id, signer)
        numbers.append(info.registration_number)
        store.clock.advance(days=40)  # into 2027: the register starts again at 1
    assert numbers == ["7-1", "7-1"]
    with head.read() as s:
        years = sorted(s.execute(select(Letter.register_year)).scalars())
    assert years == [2026, 2027]
