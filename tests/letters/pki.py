"""A small test PKI made with `cryptography`: roots, intermediate, leaves, CRLs, PKCS#12."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
NOW = datetime.datetime.now(datetime.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Issued:
    key: PrivateKey
    cert: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)


def _name(cn: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "LT"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testinė įstaiga"),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])


def new_key(kind: str) -> PrivateKey:
    if kind == "rsa3072":
        return rsa.generate_private_key(public_exponent=65537, key_size=3072)
    if kind == "rsa2048":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return ec.generate_private_key(ec.SECP256R1())


def _crl_points(issuer: Issued) -> x509.CRLDistributionPoints:
    # Real qualified certificates name where their CRL lives; nothing here fetches it.
    cn = issuer.cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    slug = str(cn).encode("ascii", "ignore").decode().replace(" ", "_")
    url = f"http://crl.example.invalid/{slug}.crl"
    return x509.CRLDistributionPoints([x509.DistributionPoint(
        full_name=[x509.UniformResourceIdentifier(url)], relative_name=None, reasons=None,
        crl_issuer=None)])


def make_ca(cn: str, parent: Issued | None = None) -> Issued:
    key = new_key("p256")
    issuer_name = parent.cert.subject if parent else _name(cn)
    signing_key = parent.key if parent else key
    b = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - datetime.timedelta(days=400))
        .not_valid_after(NOW + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=False, content_commitment=False,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=True, crl_sign=True, encipher_only=False,
                          decipher_only=False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
    )
    if parent:
        b = b.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(parent.key.public_key()),
            critical=False).add_extension(_crl_points(parent), critical=False)
    return Issued(key, b.sign(signing_key, hashes.SHA256()))


def make_leaf(cn: str, issuer: Issued, *, key_kind: str = "p256", signing_usage: bool = True,
              not_before: datetime.datetime | None = None,
              not_after: datetime.datetime | None = None,
              key: PrivateKey | None = None) -> Issued:
    key = key or new_key(key_kind)
    usage = x509.KeyUsage(
        digital_signature=signing_usage, content_commitment=signing_usage,
        key_encipherment=not signing_usage, data_encipherment=False, key_agreement=False,
        key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - datetime.timedelta(days=30))
        .not_valid_after(not_after or NOW + datetime.timedelta(days=700))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False)
        .add_extension(_crl_points(issuer), critical=False)
        .sign(issuer.key, hashes.SHA256())
    )
    return Issued(key, cert)


def make_crl(issuer: Issued, revoked: list[x509.Certificate]) -> bytes:
    b = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.cert.subject)
        .last_update(NOW - datetime.timedelta(days=1))
        .next_update(NOW + datetime.timedelta(days=30))
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False)
    )
    for cert in revoked:
        b = b.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(NOW - datetime.timedelta(days=2))
            .build()
        )
    return b.sign(issuer.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def write_p12(path: Path, leaf: Issued, chain: list[Issued], password: str) -> Path:
    data = pkcs12.serialize_key_and_certificates(
        b"letter signer", leaf.key, leaf.cert, [c.cert for c in chain],
        serialization.BestAvailableEncryption(password.encode()),
    )
    path.write_bytes(data)
    return path
