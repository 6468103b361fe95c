"""`signer show` names the configured certificate's signature level when the certificate can be
read without a secret: a token's certificate is public; a PKCS#12 file's needs the password, so
then no level is said."""

from __future__ import annotations

from pathlib import Path

import pkcs11

from tests.conftest import StoreFixture
from tests.letters.conftest import P12_PASSWORD, Pki, SoftHsmToken, _import_key
from tests.letters.test_stamp_level import QC_COMPLIANCE, QC_SSCD, _qc_leaf
from tests.test_cli_staff import run

QES_KEY = "kvalifikuotas-parasas"


def _show(store: StoreFixture, *signer: str | Path) -> str:
    out = run(store, "vadovas", "signer", "set", *signer)
    assert out.returncode == 0, out.stderr
    out = run(store, "vadovas", "signer", "show")
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_signer_show_names_the_token_certificates_level(store: StoreFixture, pki: Pki,
                                                        softhsm: SoftHsmToken) -> None:
    token = pkcs11.lib(str(softhsm.module)).get_token(token_label=softhsm.label)
    with token.open(rw=True, user_pin=softhsm.pin) as session:
        if not list(session.get_objects({pkcs11.Attribute.LABEL: QES_KEY})):
            _import_key(session, _qc_leaf(pki.intermediate, QC_COMPLIANCE, QC_SSCD), QES_KEY,
                        b"\x51")
    token_args = ("--pkcs11-module", softhsm.module, "--token", softhsm.label)

    shown = _show(store, *token_args, "--key-label", QES_KEY)
    assert "Signature level: qualified electronic signature." in shown

    shown = _show(store, *token_args, "--key-label", softhsm.ec_key)
    assert "Signature level: advanced electronic signature." in shown


def test_signer_show_says_no_level_for_a_pkcs12_file(store: StoreFixture, pki: Pki) -> None:
    shown = _show(store, "--pkcs12", pki.ec_p12)
    assert "pkcs12" in shown
    assert "Signature level" not in shown
    assert P12_PASSWORD not in shown
