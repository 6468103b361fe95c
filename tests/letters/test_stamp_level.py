"""The letter's visible stamp says which kind of signature it carries: a certificate with
QcCompliance + QcSSCD signs a qualified electronic signature, any other an advanced one."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID, ObjectIdentifier

from app.domain.enums import LetterKind
from app.letters.render import render_letter
from app.letters.samples import sample_letter
from app.letters.sign import sign_letter
from app.letters.signers import Pkcs12Signer
from app.letters.verify import verify_letter
from tests.letters.conftest import P12_PASSWORD, Pki
from tests.letters.pki import Issued, new_key, write_p12

QC_COMPLIANCE, QC_SSCD = "0.4.0.1862.1.1", "0.4.0.1862.1.4"


def _qc_leaf(issuer: Issued, *statements: str) -> Issued:
    from pyhanko.sign.ades.qualified_asn1 import QcStatement, QcStatements

    key = new_key("p256")
    now = datetime.datetime.now(datetime.UTC)
    der = bytes(QcStatements([QcStatement({"statement_id": o}) for o in statements]).dump())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kvalifikuota Vadovė")]))
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.UnrecognizedExtension(ObjectIdentifier("1.3.6.1.5.5.7.1.3"), der),
                       critical=False)
        .sign(issuer.key, hashes.SHA256())
    )
    return Issued(key, cert)


def _stamp_text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf,
                         capture_output=True, check=True).stdout.decode("utf-8")
    return " ".join(out.split())


def _signed(signer: Pkcs12Signer, lang: str) -> bytes:
    pdf = render_letter(sample_letter(LetterKind.APPROVAL, lang))  # type: ignore[arg-type]
    when = datetime.datetime.now().astimezone().replace(microsecond=0)
    return sign_letter(pdf, signer, registration_number="7-77", signer_name="Vadovė",
                       role="Direktorė", when=when, lang=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "qualified", "advanced"), [
    ("lt", "Kvalifikuotas elektroninis parašas", "Pažangusis elektroninis parašas"),
    ("en", "Qualified electronic signature", "Advanced electronic signature"),
])
def test_the_stamp_names_the_signature_level(pki: Pki, tmp_path: Path, lang: str, qualified: str,
                                             advanced: str) -> None:
    chain = [pki.intermediate, pki.root]
    qes = Pkcs12Signer.load(write_p12(tmp_path / "qes.p12", _qc_leaf(
        pki.intermediate, QC_COMPLIANCE, QC_SSCD), chain, P12_PASSWORD), P12_PASSWORD)
    plain = Pkcs12Signer.load(pki.ec_p12, P12_PASSWORD)

    qes_letter = _signed(qes, lang)
    text = _stamp_text(qes_letter)
    assert qualified in text
    assert advanced not in text
    assert verify_letter(qes_letter, trust_roots=[pki.root.cert]).ok

    text = _stamp_text(_signed(plain, lang))
    assert advanced in text
    assert qualified not in text
    # "with a qualified certificate" is said only when the certificate declares QcCompliance.
    assert "kvalifikuot" not in text.lower().replace(qualified.lower(), "")


def test_a_qualified_certificate_without_sscd_says_so_on_the_stamp(pki: Pki,
                                                                  tmp_path: Path) -> None:
    chain = [pki.intermediate, pki.root]
    qc = Pkcs12Signer.load(write_p12(tmp_path / "qc.p12", _qc_leaf(
        pki.intermediate, QC_COMPLIANCE), chain, P12_PASSWORD), P12_PASSWORD)
    text = _stamp_text(_signed(qc, "lt"))
    assert "Pažangusis elektroninis parašas su kvalifikuotu sertifikatu" in text
