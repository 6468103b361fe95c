"""A demonstration signing certificate for the demo store (never for real letters).

Real institutions sign with the head's qualified certificate on a card or a PKCS#12 file
issued by a trust service; the demo makes a local CA and a certificate for the head so
that `make run` can show the whole flow offline.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.services.desk import Desk


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "LT"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_demo_pkcs12(folder: Path, holder: str, org: str, password: str) -> tuple[Path, bytes]:
    """A CA and a signing certificate for `holder`; returns the .p12 path and the CA (PEM)."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Demonstracinis sertifikavimo centras", org)
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                       False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (x509.CertificateBuilder().subject_name(_name(holder, org)).issuer_name(ca_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=3 * 365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False,
                                         False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), False)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    p12 = folder / "demo-head-signing.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"demo-head", key, leaf, [ca],
        serialization.BestAvailableEncryption(password.encode())))
    p12.chmod(0o600)
    return p12, ca.public_bytes(serialization.Encoding.PEM)


def install_demo_signer(desk: Desk, folder: Path, password: str = "demo-passphrase-2026") -> Path:
    from app.services import letters

    org = desk.setting("institution.name") or "Demo"
    p12, ca_pem = make_demo_pkcs12(folder, desk.actor.full_name, org, password)
    letters.set_signer(desk, pkcs12=str(p12))
    letters.add_trust_anchor(desk, ca_pem)
    return p12
