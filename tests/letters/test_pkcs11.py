"""Signing on a real PKCS#11 token (SoftHSM2): RSA and EC keys, and every way opening fails."""

from __future__ import annotations

import datetime

import pytest

from app.letters.sign import sign_letter
from app.letters.signers import (
    KeyNotFoundError,
    Pkcs11Signer,
    TokenMissingError,
    WrongPinError,
)
from app.letters.verify import load_certificate, verify_letter
from tests.letters.conftest import Pki, SoftHsmToken


@pytest.mark.parametrize(("key", "name"), [("rsa_key", "Žydrūnė Šėmaitytė-Ąžuolienė"),
                                           ("ec_key", "Ąžuolas Čiūželis")])
def test_token_signature_verifies(softhsm: SoftHsmToken, pki: Pki, approval_pdf: bytes,
                                  signing_time: datetime.datetime, key: str,
                                  name: str) -> None:
    with Pkcs11Signer.open(softhsm.module, softhsm.label, getattr(softhsm, key),
                           softhsm.pin, extra_chain=[load_certificate(pki.intermediate.der)]
                           ) as signer:
        assert signer.certificate.subject.native["common_name"] == name
        signed = sign_letter(approval_pdf, signer, registration_number="7-123",
                             signer_name=name, role="Direktorė", when=signing_time)
    v = verify_letter(signed, [pki.root.der], pki.crls())
    assert v.ok, v.problems
    assert v.signer_name == name


def test_token_signature_without_the_intermediate_is_not_trusted(
        softhsm: SoftHsmToken, pki: Pki, approval_pdf: bytes,
        signing_time: datetime.datetime) -> None:
    with Pkcs11Signer.open(softhsm.module, softhsm.label, softhsm.ec_key, softhsm.pin) as signer:
        signed = sign_letter(approval_pdf, signer, registration_number="7-123",
                             signer_name="Ąžuolas Čiūželis", role="Direktorė", when=signing_time)
    v = verify_letter(signed, [pki.root.der])
    assert not v.ok
    assert "The signing certificate does not lead to a trusted root." in v.problems


def test_wrong_pin(softhsm: SoftHsmToken) -> None:
    with pytest.raises(WrongPinError, match="PIN"):
        Pkcs11Signer.open(softhsm.module, softhsm.label, softhsm.rsa_key, "000000")


def test_missing_token(softhsm: SoftHsmToken) -> None:
    with pytest.raises(TokenMissingError, match="not connected"):
        Pkcs11Signer.open(softhsm.module, "nera-tokio", softhsm.rsa_key, softhsm.pin)


def test_missing_module(tmp_path: object) -> None:
    with pytest.raises(TokenMissingError, match="not installed"):
        Pkcs11Signer.open(f"{tmp_path}/libnera.so", "x", "y", "1234")


def test_missing_key(softhsm: SoftHsmToken) -> None:
    with pytest.raises(KeyNotFoundError, match="no signing key labelled"):
        Pkcs11Signer.open(softhsm.module, softhsm.label, "nera-rakto", softhsm.pin)


def test_repeated_token_signatures_verify(softhsm: SoftHsmToken, pki: Pki, approval_pdf: bytes,
                                          signing_time: datetime.datetime) -> None:
    chain = [load_certificate(pki.intermediate.der)]
    with Pkcs11Signer.open(softhsm.module, softhsm.label, softhsm.ec_key, softhsm.pin,
                           extra_chain=chain) as signer:
        letters = [sign_letter(approval_pdf, signer, registration_number=f"7-{i}",
                               signer_name="Ąžuolas Čiūželis", role="Direktorė",
                               when=signing_time) for i in range(3)]
    for signed in letters:
        v = verify_letter(signed, [pki.root.der])
        assert v.ok, v.problems
