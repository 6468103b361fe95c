"""A certificate's QC statements (ETSI EN 319 412-5) tell a qualified electronic signature from an
advanced one: QcCompliance with QcSSCD is qualified; QcCompliance alone is advanced with a
qualified certificate; none is advanced."""

from __future__ import annotations

import datetime

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID, ObjectIdentifier

from app.letters.signers import ADES, ADES_QC, QES, signature_level, signature_level_words


def _der_oid_seq(*oids: str) -> bytes:
    from pyhanko.sign.ades.qualified_asn1 import QcStatement, QcStatements

    return bytes(QcStatements([QcStatement({"statement_id": o}) for o in oids]).dump())


def _cert(*statements: str) -> asn1_x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Jonas Žukauskas")])
    now = datetime.datetime.now(datetime.UTC)
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
         .public_key(key.public_key()).serial_number(1)
         .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1)))
    if statements:
        b = b.add_extension(x509.UnrecognizedExtension(
            ObjectIdentifier("1.3.6.1.5.5.7.1.3"), _der_oid_seq(*statements)), critical=False)
    cert = b.sign(key, hashes.SHA256())
    from cryptography.hazmat.primitives.serialization import Encoding

    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


@pytest.mark.parametrize(("statements", "level", "words"), [
    (("0.4.0.1862.1.1", "0.4.0.1862.1.4"), QES, "qualified electronic signature"),
    (("0.4.0.1862.1.1",), ADES_QC, "advanced electronic signature with a qualified certificate"),
    (("0.4.0.1862.1.4",), ADES, "advanced electronic signature"),
    ((), ADES, "advanced electronic signature"),
])
def test_the_signature_level_follows_the_qc_statements(statements: tuple[str, ...], level: str,
                                                       words: str) -> None:
    assert signature_level(_cert(*statements)) == level
    assert signature_level_words(level) == words
