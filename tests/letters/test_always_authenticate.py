"""ID-card keys that ask for the signature PIN at every signature (CKA_ALWAYS_AUTHENTICATE),
on a real SoftHSM2 token: RSA and EC keys sign letters that verify, each signature asks once,
a wrong or declined signature PIN signs and records nothing, batches stop cleanly."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import func, select

from app.letters.signers import (
    Pkcs11Signer,
    SignaturePinDeclinedError,
    WrongSignaturePinError,
    asks_pin_per_signature,
    set_signature_pin_source,
    uses_pin_pad,
)
from app.letters.verify import load_certificate, verify_letter
from app.services import decisions, letters
from app.store.models import Decision, Letter
from tests.letters.conftest import Pki, SoftHsmToken, _import_key
from tests.letters.test_decide_and_sign import _nothing_recorded, _submitted, _trail

RSA_ALWAYS = "visada-pin-rsa"


@pytest.fixture(scope="module")
def token(softhsm: SoftHsmToken, pki: Pki) -> SoftHsmToken:
    """The shared token, plus an RSA key that asks for the PIN at every signature (the EC one,
    softhsm.always_auth_key, is there already)."""
    import pkcs11
    from pkcs11 import Attribute, ObjectClass

    tok = pkcs11.lib(str(softhsm.module)).get_token(token_label=softhsm.label)
    with tok.open(rw=True, user_pin=softhsm.pin) as session:
        if not list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                         Attribute.LABEL: RSA_ALWAYS})):
            _import_key(session, pki.rsa_leaf, RSA_ALWAYS, b"\x14", always_authenticate=True)
    return softhsm


class Answers:
    """The signature PINs a user types, one per signature; None declines."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked = 0

    def __call__(self) -> str | None:
        self.asked += 1
        return self.answers.pop(0)


def _open(token: SoftHsmToken, pki: Pki, key: str) -> Pkcs11Signer:
    return Pkcs11Signer.open(token.module, token.label, key, token.pin,
                             extra_chain=[load_certificate(pki.intermediate.der)])


KEYS = [pytest.param(RSA_ALWAYS, "Žydrūnė Šėmaitytė-Ąžuolienė", id="rsa"),
        pytest.param("visada-pin", "Ąžuolas Čiūželis", id="ec")]


@pytest.mark.parametrize(("key", "name"), KEYS)
def test_each_signature_asks_for_the_signature_pin_and_verifies(
        token: SoftHsmToken, pki: Pki, approval_pdf: bytes, signing_time: datetime.datetime,
        key: str, name: str) -> None:
    answers = Answers(token.pin, token.pin)
    with _open(token, pki, key) as signer:
        assert asks_pin_per_signature(signer) and not signer.pin_pad
        set_signature_pin_source(signer, answers)
        signed = [sign_letter_(approval_pdf, signer, f"7-{i}", name, signing_time)
                  for i in range(2)]
    assert answers.asked == 2  # once per letter, not once per session
    for pdf in signed:
        v = verify_letter(pdf, [pki.root.der], pki.crls())
        assert v.ok, v.problems
        assert v.signer_name == name


def sign_letter_(pdf: bytes, signer: Pkcs11Signer, number: str, name: str,
                 when: datetime.datetime) -> bytes:
    from app.letters.sign import sign_letter

    return sign_letter(pdf, signer, registration_number=number, signer_name=name,
                       role="Direktorė", when=when)


@pytest.mark.parametrize(("key", "name"), KEYS)
def test_a_wrong_signature_pin_signs_nothing_and_the_next_try_works(
        token: SoftHsmToken, pki: Pki, approval_pdf: bytes, signing_time: datetime.datetime,
        key: str, name: str) -> None:
    with _open(token, pki, key) as signer:
        set_signature_pin_source(signer, Answers("999999", token.pin))
        with pytest.raises(WrongSignaturePinError, match="signature PIN is wrong"):
            sign_letter_(approval_pdf, signer, "7-1", name, signing_time)
        signed = sign_letter_(approval_pdf, signer, "7-1", name, signing_time)
    assert verify_letter(signed, [pki.root.der], pki.crls()).ok


def test_a_declined_signature_pin_signs_nothing(token: SoftHsmToken, pki: Pki,
                                                approval_pdf: bytes,
                                                signing_time: datetime.datetime) -> None:
    with _open(token, pki, RSA_ALWAYS) as signer:
        set_signature_pin_source(signer, Answers(None))
        with pytest.raises(SignaturePinDeclinedError, match="signature PIN was not given"):
            sign_letter_(approval_pdf, signer, "7-1", "X", signing_time)


def test_without_a_source_of_signature_pins_the_key_refuses_by_name(
        token: SoftHsmToken, pki: Pki, approval_pdf: bytes,
        signing_time: datetime.datetime) -> None:
    with _open(token, pki, RSA_ALWAYS) as signer, \
            pytest.raises(SignaturePinDeclinedError, match="signature PIN"):
        sign_letter_(approval_pdf, signer, "7-1", "X", signing_time)


def test_an_ordinary_token_key_asks_no_signature_pin(token: SoftHsmToken, pki: Pki) -> None:
    with _open(token, pki, token.rsa_key) as signer:
        assert not asks_pin_per_signature(signer)


def test_the_pin_pad_decision_follows_the_token_flags() -> None:
    """SoftHSM2 has no PIN pad: the flag decision is checked on the flag values themselves
    (CKF_PROTECTED_AUTHENTICATION_PATH = 0x100), beside other flags a card reports."""
    from pkcs11 import TokenFlag

    card = TokenFlag.LOGIN_REQUIRED | TokenFlag.USER_PIN_INITIALIZED | TokenFlag.TOKEN_INITIALIZED
    assert not uses_pin_pad(int(card))
    assert uses_pin_pad(int(card | TokenFlag.PROTECTED_AUTHENTICATION_PATH))
    assert uses_pin_pad(0x100)


# ---- the services: one decision, one transaction; a batch stops cleanly ----------------------


@pytest.fixture
def head_with_token(store, token: SoftHsmToken, pki: Pki) -> Iterator[object]:  # type: ignore[no-untyped-def]
    head = store.head
    letters.set_signer(head, module=str(token.module), token=token.label, key_label=RSA_ALWAYS)
    letters.add_trust_anchor(head, pki.root.cert.public_bytes(Encoding.PEM))
    letters.add_trust_anchor(head, pki.intermediate.cert.public_bytes(Encoding.PEM))
    yield head


def test_a_wrong_signature_pin_records_no_decision(store, head_with_token, token: SoftHsmToken,  # type: ignore[no-untyped-def]
                                                   pki: Pki) -> None:
    head = store.head
    rid = _submitted(store, 61)
    before = _trail(store)
    signer = letters.open_signer(head, token.pin)
    try:
        set_signature_pin_source(signer, Answers("000000"))
        with pytest.raises(WrongSignaturePinError):
            decisions.decide_and_sign(head, rid, "approve", signer=signer)
        _nothing_recorded(store, rid, before)
        set_signature_pin_source(signer, Answers(token.pin))
        view = decisions.decide_and_sign(head, rid, "approve", signer=signer)
    finally:
        signer.close()
    assert view.last_decision is not None
    letter = letters.letter_for_decision(head, view.last_decision.id)
    assert letter is not None and letter.status == "signed"
    assert letters.verify_pdf(head, letters.letter_pdf(head, letter.id)).ok


def test_a_batch_asks_per_letter_and_stops_cleanly_when_declined(  # type: ignore[no-untyped-def]
        store, head_with_token, token: SoftHsmToken) -> None:
    head = store.head
    for serial in (71, 72, 73):
        decisions.decide(head, _submitted(store, serial), "approve")
    pending = letters.pending_letter_ids(head)
    assert len(pending) == 3
    answers = Answers(token.pin, None)
    signer = letters.open_signer(head, token.pin)
    try:
        set_signature_pin_source(signer, answers)
        done = letters.sign_many(head, pending, signer)
    finally:
        signer.close()
    assert answers.asked == 2
    assert [x.id for x in done] == pending[:1]
    with head.read() as s:
        statuses = dict(s.execute(select(Letter.id, Letter.status)).all())
        assert s.execute(select(func.count()).select_from(Decision)).scalar() == 3
    assert statuses == {pending[0]: "signed", pending[1]: "pending", pending[2]: "pending"}
    assert letters.pending_letter_ids(head) == pending[1:]


# ---- the command line: PERMIT_DESK_PIN (user PIN) and PERMIT_DESK_SIGNATURE_PIN ------------


def test_the_command_line_asks_both_pins_and_a_wrong_signature_pin_signs_nothing(  # type: ignore[no-untyped-def]
        store, head_with_token, token: SoftHsmToken, monkeypatch: pytest.MonkeyPatch,
        tmp_path) -> None:
    from tests.test_cli_staff import failed, run

    head = store.head
    rid = _submitted(store, 81)
    decisions.decide(head, rid, "approve")
    other = _submitted(store, 82)
    decisions.decide(head, other, "approve")
    out = tmp_path / "laiskas.pdf"
    monkeypatch.setenv("PERMIT_DESK_PIN", token.pin)
    monkeypatch.setenv("PERMIT_DESK_SIGNATURE_PIN", "999999")
    failed(run(store, "vadovas", "letter", str(rid), "--out", out),
           "The signature PIN is wrong; nothing was signed.")
    assert not out.exists()
    assert len(letters.pending_letter_ids(head)) == 2
    monkeypatch.setenv("PERMIT_DESK_SIGNATURE_PIN", token.pin)
    done = run(store, "vadovas", "letter", str(rid), "--out", out)
    assert done.returncode == 0, done.stderr
    assert letters.verify_pdf(head, out.read_bytes()).ok
    # no signature PIN and no terminal: sign-pending stops, the letter waits unsigned
    monkeypatch.delenv("PERMIT_DESK_SIGNATURE_PIN")
    stopped = run(store, "vadovas", "sign-pending")
    assert stopped.returncode == 1
    assert "Stopped: 0 of 1 letters signed; the rest wait." in stopped.stdout
    assert "PERMIT_DESK_SIGNATURE_PIN" in stopped.stderr
    assert len(letters.pending_letter_ids(head)) == 1
