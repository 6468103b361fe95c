"""Fixtures for the letters tests: a real test PKI, PKCS#12 files and a SoftHSM2 token."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from app.domain.enums import LetterKind
from app.letters.render import render_letter
from app.letters.samples import sample_letter
from app.letters.signers import Pkcs12Signer
from tests.letters.pki import NOW, Issued, make_ca, make_crl, make_leaf, write_p12

# Resolved as set_signer stores it: python-pkcs11 cannot initialise one module under two paths.
SOFTHSM_MODULE = Path("/usr/lib/softhsm/libsofthsm2.so").resolve()
P12_PASSWORD = "Slaptažodis-ąčę"
TOKEN_LABEL = "laiskai"
TOKEN_PIN = "123456"
TOKEN_SO_PIN = "12345678"


@dataclass(frozen=True)
class Pki:
    root: Issued
    intermediate: Issued
    rsa_leaf: Issued
    ec_leaf: Issued
    expired_leaf: Issued
    not_yet_leaf: Issued
    no_usage_leaf: Issued
    stranger_root: Issued
    stranger_leaf: Issued
    rsa_p12: Path
    ec_p12: Path
    expired_p12: Path
    not_yet_p12: Path
    no_usage_p12: Path
    stranger_p12: Path

    def crls(self, *revoked: Issued) -> list[bytes]:
        """CRLs for the whole chain: the root's (for the intermediate) and the intermediate's."""
        return [make_crl(self.root, []),
                make_crl(self.intermediate, [r.cert for r in revoked])]


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    d = tmp_path_factory.mktemp("pki")
    root = make_ca("Testinis šakninis CA")
    inter = make_ca("Testinis tarpinis CA", root)
    rsa_leaf = make_leaf("Žydrūnė Šėmaitytė-Ąžuolienė", inter, key_kind="rsa3072")
    ec_leaf = make_leaf("Ąžuolas Čiūželis", inter, key_kind="p256")
    expired = make_leaf("Pasibaigęs Sertifikatas", inter,
                        not_before=NOW - datetime.timedelta(days=800),
                        not_after=NOW - datetime.timedelta(days=1))
    not_yet = make_leaf("Būsimas Sertifikatas", inter,
                        not_before=NOW + datetime.timedelta(days=5))
    no_usage = make_leaf("Šifravimo Sertifikatas", inter, signing_usage=False)
    stranger_root = make_ca("Svetimas CA")
    stranger = make_leaf("Svetimas Pasirašantysis", stranger_root)
    chain = [inter, root]
    return Pki(
        root=root, intermediate=inter, rsa_leaf=rsa_leaf, ec_leaf=ec_leaf,
        expired_leaf=expired, not_yet_leaf=not_yet, no_usage_leaf=no_usage,
        stranger_root=stranger_root, stranger_leaf=stranger,
        rsa_p12=write_p12(d / "rsa.p12", rsa_leaf, chain, P12_PASSWORD),
        ec_p12=write_p12(d / "ec.p12", ec_leaf, chain, P12_PASSWORD),
        expired_p12=write_p12(d / "expired.p12", expired, chain, P12_PASSWORD),
        not_yet_p12=write_p12(d / "not_yet.p12", not_yet, chain, P12_PASSWORD),
        no_usage_p12=write_p12(d / "no_usage.p12", no_usage, chain, P12_PASSWORD),
        stranger_p12=write_p12(d / "stranger.p12", stranger, [stranger_root], P12_PASSWORD),
    )


@pytest.fixture(scope="session")
def rsa_signer(pki: Pki) -> Pkcs12Signer:
    return Pkcs12Signer.load(pki.rsa_p12, P12_PASSWORD)


@pytest.fixture(scope="session")
def ec_signer(pki: Pki) -> Pkcs12Signer:
    return Pkcs12Signer.load(pki.ec_p12, P12_PASSWORD)


@pytest.fixture(scope="session")
def approval_pdf() -> bytes:
    return render_letter(sample_letter(LetterKind.APPROVAL, "lt"))


@pytest.fixture(scope="session")
def signing_time() -> datetime.datetime:
    return datetime.datetime.now().astimezone().replace(microsecond=0)


@dataclass(frozen=True)
class SoftHsmToken:
    module: Path
    label: str
    pin: str
    rsa_key: str = "rsa-parasas"
    ec_key: str = "ec-parasas"
    always_auth_key: str = "visada-pin"


def _import_key(session: object, issued: Issued, label: str, key_id: bytes,
                always_authenticate: bool = False) -> None:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from pkcs11 import Attribute, CertificateType, ObjectClass
    from pkcs11.util.ec import decode_ec_private_key
    from pkcs11.util.rsa import decode_rsa_private_key

    key = issued.key
    if isinstance(key, rsa.RSAPrivateKey):
        der = key.private_bytes(serialization.Encoding.DER,
                                serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
        attrs = decode_rsa_private_key(der)
    else:
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        der = key.private_bytes(serialization.Encoding.DER,
                                serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())
        attrs = decode_ec_private_key(der)
    attrs.update({
        Attribute.LABEL: label, Attribute.ID: key_id, Attribute.TOKEN: True,
        Attribute.PRIVATE: True, Attribute.SENSITIVE: True, Attribute.SIGN: True,
    })
    attrs.pop(Attribute.DECRYPT, None)
    attrs.pop(Attribute.UNWRAP, None)
    if always_authenticate:
        attrs[Attribute.ALWAYS_AUTHENTICATE] = True
    session.create_object(attrs)  # type: ignore[attr-defined]
    session.create_object({  # type: ignore[attr-defined]
        Attribute.CLASS: ObjectClass.CERTIFICATE,
        Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
        Attribute.TOKEN: True,
        Attribute.LABEL: label,
        Attribute.ID: key_id,
        Attribute.SUBJECT: issued.cert.subject.public_bytes(),
        Attribute.VALUE: issued.der,
    })


@pytest.fixture(scope="session")
def softhsm(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoftHsmToken]:
    """A SoftHSM2 token with RSA-3072 and P-256 keys, in its own config and store."""
    if not SOFTHSM_MODULE.is_file() or shutil.which("softhsm2-util") is None:
        # Never a skip: the smart-card path is the head's usual one (make test installs it).
        pytest.fail("SoftHSM2 is not installed: apt-get install softhsm2 opensc (make test "
                    "does it as root)", pytrace=False)
    d = tmp_path_factory.mktemp("softhsm")
    (d / "tokens").mkdir()
    conf = d / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {d / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    old = os.environ.get("SOFTHSM2_CONF")
    # The module reads SOFTHSM2_CONF when first loaded, so set it before any import.
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL,
                    "--pin", TOKEN_PIN, "--so-pin", TOKEN_SO_PIN],
                   check=True, capture_output=True)
    import pkcs11

    token = pkcs11.lib(str(SOFTHSM_MODULE)).get_token(token_label=TOKEN_LABEL)
    t = SoftHsmToken(SOFTHSM_MODULE, TOKEN_LABEL, TOKEN_PIN)
    with token.open(rw=True, user_pin=TOKEN_PIN) as session:
        _import_key(session, pki.rsa_leaf, t.rsa_key, b"\x01")
        _import_key(session, pki.ec_leaf, t.ec_key, b"\x02")
        _import_key(session, pki.ec_leaf, t.always_auth_key, b"\x03", always_authenticate=True)
    yield t
    if old is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = old
