"""Signing keys for letters (PKCS#12 file or PKCS#11 token), checked before anything is signed."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from asn1crypto import cms
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers.pdf_cms import Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash, process_pss_params

from app.i18n import QT_TRANSLATE_NOOP, msg
from app.letters.errors import LetterSigningError

__all__ = ["LetterSigningError"]  # defined apart so that catching it loads no pyHanko


class SigningFileMissingError(LetterSigningError):
    pass


class WrongPasswordError(LetterSigningError):
    pass


class WrongPinError(LetterSigningError):
    pass


class TokenLockedError(LetterSigningError):
    pass


class TokenMissingError(LetterSigningError):
    pass


class KeyNotFoundError(LetterSigningError):
    pass


class CertificateNotValidError(LetterSigningError):
    """Expired or not yet valid at the signing time."""


class CertificateUsageError(LetterSigningError):
    """The certificate's key usage does not allow signing documents."""


class SignaturePinDeclinedError(LetterSigningError):
    """The user declined to give the signature PIN: nothing was signed."""


class WrongSignaturePinError(WrongPinError):
    pass


class UnsupportedKeyError(LetterSigningError):
    pass


class LetterSigner(Protocol):
    """What `sign_letter` needs from a signing key, whatever holds it."""

    @property
    def pyhanko_signer(self) -> Signer: ...

    @property
    def certificate(self) -> asn1_x509.Certificate: ...

    @property
    def chain(self) -> tuple[asn1_x509.Certificate, ...]: ...

    def close(self) -> None: ...


# How a key that asks for its PIN at every signature gets it: `ask()` returns the signature
# PIN, or None when the user declines; on a reader with a PIN pad `waiting(True)` is called
# before the reader waits for the PIN and `waiting(False)` after it.
SignaturePinAsk = Callable[[], "str | None"]
PinPadWaiting = Callable[[bool], None]

QES = "qes"  # qualified certificate, key on a qualified signature creation device
ADES_QC = "ades-qc"  # qualified certificate, key not declared on such a device
ADES = "ades"  # any other certificate: an advanced electronic signature at best

_QC_STATEMENTS = "1.3.6.1.5.5.7.1.3"
_QC_COMPLIANCE = "0.4.0.1862.1.1"
_QC_SSCD = "0.4.0.1862.1.4"


def qc_statement_ids(cert: asn1_x509.Certificate) -> frozenset[str]:
    """The dotted ids of the certificate's QC statements (ETSI EN 319 412-5); empty without
    them or when the extension cannot be parsed (then it is not a qualified certificate)."""
    from pyhanko.sign.ades.qualified_asn1 import QcStatements

    try:  # verify reads any PDF's certificate: a malformed one is simply not qualified
        for ext in cert["tbs_certificate"]["extensions"]:
            if ext["extn_id"].dotted != _QC_STATEMENTS:
                continue
            statements = QcStatements.load(ext["extn_value"].contents)
            return frozenset(st["statement_id"].dotted for st in statements)
    except Exception:
        return frozenset()
    return frozenset()


def signature_level(cert: asn1_x509.Certificate) -> str:
    """QES, ADES_QC or ADES, as the certificate's QC statements declare."""
    ids = qc_statement_ids(cert)
    if _QC_COMPLIANCE not in ids:
        return ADES
    return QES if _QC_SSCD in ids else ADES_QC


def signature_level_words(level: str) -> str:
    """The level in words, for `signer show`, the settings page and the letter's stamp."""
    if level == QES:
        return msg(QT_TRANSLATE_NOOP("Core", "qualified electronic signature"))
    if level == ADES_QC:
        return msg(QT_TRANSLATE_NOOP("Core", "advanced electronic signature with a qualified "
                   "certificate"))
    return msg(QT_TRANSLATE_NOOP("Core", "advanced electronic signature"))


def uses_pin_pad(token_flags: int) -> bool:
    """Whether the reader has its own PIN pad (CKF_PROTECTED_AUTHENTICATION_PATH): then no
    PIN is typed on the computer, the reader asks for it."""
    from pkcs11 import TokenFlag

    return bool(token_flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH)


def token_uses_pin_pad(module_path: str | Path, token_label: str) -> bool:
    """`uses_pin_pad` for a connected token; False when it cannot be read (opening the
    signer then says why)."""
    import pkcs11
    from pkcs11 import exceptions as p11e

    if not Path(module_path).is_file():
        return False
    try:
        token = pkcs11.lib(str(module_path)).get_token(token_label=token_label)
    except Exception:  # opening the signer names the problem; here only the flag matters
        return False
    try:
        return uses_pin_pad(int(token.flags))
    except p11e.PKCS11Error:
        return False


def subject_common_name(cert: asn1_x509.Certificate) -> str:
    cn = cert.subject.native.get("common_name", "")
    return str(cn[0] if isinstance(cn, list) else cn)


def check_certificate(cert: asn1_x509.Certificate, at: datetime.datetime | None = None) -> None:
    """Refuse a certificate that cannot sign now: outside its validity, or without signing usage."""
    at = at or datetime.datetime.now(datetime.UTC)
    validity = cert["tbs_certificate"]["validity"]
    not_before = validity["not_before"].native
    not_after = validity["not_after"].native
    name = subject_common_name(cert)
    if at < not_before:
        raise CertificateNotValidError(
            msg(QT_TRANSLATE_NOOP("Core", "The certificate of %1 is not valid until %2 UTC."),
                name, format(not_before, "%Y-%m-%d %H:%M"))
        )
    if at > not_after:
        raise CertificateNotValidError(
            msg(QT_TRANSLATE_NOOP("Core", "The certificate of %1 expired on %2 UTC."),
                name, format(not_after, "%Y-%m-%d %H:%M"))
        )
    usage = cert.key_usage_value
    allowed = set(usage.native) if usage is not None else set()
    if not allowed & {"digital_signature", "non_repudiation"}:
        raise CertificateUsageError(
            msg(QT_TRANSLATE_NOOP("Core", "The certificate of %1 is not meant for signing "
                "documents (it lacks the digital signature and non-repudiation key usages)."), name)
        )


_TEMPLATE_ATTRS = frozenset(
    {"content_type", "message_digest", "signing_certificate_v2", "cms_algorithm_protection"}
)


def _der(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        return bytes((tag, n)) + body
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((tag, 0x80 | len(size))) + size + body


@dataclass(frozen=True)
class _CmsTemplate:
    """The constant DER pieces of one signer's PAdES container."""

    content_type: bytes
    signed_data_prefix: bytes
    signer_info_prefix: bytes
    signed_attrs: bytes
    digest_offset: int
    digest_len: int
    signature_algorithm: bytes

    @classmethod
    def of(cls, ci: cms.ContentInfo) -> _CmsTemplate | None:
        ci = cms.ContentInfo.load(ci.dump())
        sd = ci["content"]
        infos = sd["signer_infos"]
        if len(infos) != 1:
            return None
        si = infos[0]
        attrs = si["signed_attrs"]
        if {a["type"].native for a in attrs} - _TEMPLATE_ATTRS or si["unsigned_attrs"].native:
            return None
        digest = next(a["values"][0].native for a in attrs if a["type"].native == "message_digest")
        encoded = attrs.dump()
        needle = _der(0x04, digest)
        at = encoded.find(needle)
        if at < 0 or encoded.find(needle, at + 1) >= 0:
            return None
        body = sd.contents
        tail = infos.dump()
        if not body.endswith(tail):
            return None
        return cls(
            content_type=ci["content_type"].dump(),
            signed_data_prefix=body[: len(body) - len(tail)],
            signer_info_prefix=si["version"].dump() + si["sid"].dump()
            + si["digest_algorithm"].dump(),
            signed_attrs=encoded,
            digest_offset=at + len(needle) - len(digest),
            digest_len=len(digest),
            signature_algorithm=si["signature_algorithm"].dump(),
        )

    def attrs_with(self, digest: bytes) -> bytes:
        o = self.digest_offset
        return self.signed_attrs[:o] + digest + self.signed_attrs[o + self.digest_len:]

    def container(self, attrs: bytes, signature: bytes) -> cms.ContentInfo:
        signer_info = _der(0x30, self.signer_info_prefix + attrs + self.signature_algorithm
                           + _der(0x04, signature))
        signed_data = _der(0x30, self.signed_data_prefix + _der(0x31, signer_info))
        return cms.ContentInfo.load(_der(0x30, self.content_type + _der(0xA0, signed_data)))


class _CmsTemplateMixin:
    """Reuses the first PAdES CMS container as a template for the next ones.

    pyHanko builds every SignedData from Python values and re-encodes the whole
    certificate chain with asn1crypto: ~30 ms a signature, more than the RSA
    operation itself. For PAdES (no signing-time attribute) the only signed
    attribute that changes between letters is the message digest, whose length is
    fixed, so later containers are spliced from the first one's DER pieces. The
    tests verify letters signed both ways with pyHanko's validator.
    """

    async def async_sign(
        self, data_digest: bytes, digest_algorithm: str, dry_run: bool = False,
        use_pades: bool = False, timestamper: Any = None,
        signed_attr_settings: Any = None, is_pdf_sig: bool = True,
        encap_content_info: Any = None,
    ) -> cms.ContentInfo:
        plain = (
            use_pades and is_pdf_sig and not dry_run and timestamper is None
            and encap_content_info is None
            and (signed_attr_settings is None
                 or getattr(signed_attr_settings, "cades_signed_attrs", None) is None)
        )
        templates: dict[str, _CmsTemplate | None] = self.__dict__.setdefault("_cms_templates", {})
        algo = digest_algorithm.lower()
        template = templates.get(algo) if plain else None
        if template is not None and len(data_digest) == template.digest_len:
            attrs = template.attrs_with(data_digest)
            # Signed attributes are signed as a SET (tag 0x31), not as the [0] field.
            signature = await self.async_sign_raw(  # type: ignore[attr-defined]
                b"\x31" + attrs[1:], algo, False)
            return template.container(attrs, signature)
        result: cms.ContentInfo = await super().async_sign(  # type: ignore[misc]
            data_digest, digest_algorithm, dry_run=dry_run, use_pades=use_pades,
            timestamper=timestamper, signed_attr_settings=signed_attr_settings,
            is_pdf_sig=is_pdf_sig, encap_content_info=encap_content_info)
        if plain and algo not in templates:
            templates[algo] = _CmsTemplate.of(result)
        return result


class _KeptKeySigner(_CmsTemplateMixin, Signer):
    """A pyHanko signer that keeps the parsed private key.

    pyHanko's SimpleSigner re-parses the key from DER on every signature, which
    costs ~230 ms for RSA-3072; keeping the cryptography key object costs nothing.
    """

    def __init__(
        self,
        private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
        signing_cert: asn1_x509.Certificate,
        cert_registry: SimpleCertificateStore,
        prefer_pss: bool,
    ) -> None:
        self._private_key = private_key
        super().__init__(
            prefer_pss=prefer_pss,
            signing_cert=signing_cert,
            cert_registry=cert_registry,
            # The verifier brings its own trust anchors; an embedded root only adds
            # bytes and a certificate for the validator to compare names against.
            embed_roots=False,
        )

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        algo = mechanism.signature_algo
        key = self._private_key
        if algo == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
        if algo == "rsassa_pss" and isinstance(key, rsa.RSAPrivateKey):
            pss, hash_algo = process_pss_params(mechanism["parameters"])
            return key.sign(data, pss, hash_algo)
        if algo == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(get_pyca_cryptography_hash(digest_algorithm)))
        raise UnsupportedKeyError(msg(QT_TRANSLATE_NOOP("Core", "The signature mechanism %1 does "
                "not fit this key."), algo))


def _to_asn1(cert: Any) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class Pkcs12Signer:
    """A software certificate: the key is decrypted once at load and kept in memory."""

    def __init__(self, signer: _KeptKeySigner, cert: asn1_x509.Certificate,
                 chain: tuple[asn1_x509.Certificate, ...]) -> None:
        self._signer = signer
        self._cert = cert
        self._chain = chain

    @classmethod
    def load(
        cls,
        path: str | Path,
        password: str | bytes | None,
        *,
        extra_chain: Iterable[asn1_x509.Certificate] = (),
        prefer_pss: bool = False,
        at: datetime.datetime | None = None,
    ) -> Pkcs12Signer:
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise SigningFileMissingError(msg(QT_TRANSLATE_NOOP("Core", "The certificate file %1 "
                    "does not exist."), path)) from None
        except OSError as e:
            raise SigningFileMissingError(
                msg(QT_TRANSLATE_NOOP("Core", "The certificate file %1 cannot be read (%2)."),
                        path, e.strerror)
            ) from None
        pw = password.encode("utf-8") if isinstance(password, str) else password
        try:
            key, cert, extra = pkcs12.load_key_and_certificates(data, pw)
        except ValueError:
            raise _pkcs12_failure(data, path) from None
        if key is None or cert is None:
            raise KeyNotFoundError(msg(QT_TRANSLATE_NOOP("Core", "The certificate file %1 holds "
                    "no signing key."), path))
        if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
            raise UnsupportedKeyError(msg(QT_TRANSLATE_NOOP("Core", "Only RSA and ECDSA keys can "
                    "sign letters.")))
        if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name != "secp256r1":
            raise UnsupportedKeyError(msg(QT_TRANSLATE_NOOP("Core", "Only P-256 elliptic-curve "
                    "keys can sign letters.")))
        spki = serialization.PublicFormat.SubjectPublicKeyInfo
        der = serialization.Encoding.DER
        if key.public_key().public_bytes(der, spki) != cert.public_key().public_bytes(der, spki):
            raise KeyNotFoundError(msg(QT_TRANSLATE_NOOP("Core", "The key in %1 does not belong "
                    "to its certificate."), path))
        leaf = _to_asn1(cert)
        check_certificate(leaf, at)
        chain = tuple(_to_asn1(c) for c in extra or ()) + tuple(extra_chain)
        registry = SimpleCertificateStore.from_certs([leaf, *chain])  # type: ignore[no-untyped-call]
        return cls(_KeptKeySigner(key, leaf, registry, prefer_pss), leaf, chain)

    @property
    def pyhanko_signer(self) -> Signer:
        return self._signer

    @property
    def certificate(self) -> asn1_x509.Certificate:
        return self._cert

    @property
    def chain(self) -> tuple[asn1_x509.Certificate, ...]:
        return self._chain

    def close(self) -> None:
        """Nothing to release; present so callers treat every signer alike."""

    def __enter__(self) -> Pkcs12Signer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _pkcs12_failure(data: bytes, path: str | Path) -> LetterSigningError:
    # cryptography says "invalid password or PKCS12 data"; tell the two apart so the
    # user is not asked to retype a password for a file that is simply not PKCS#12.
    try:
        asn1_pkcs12.Pfx.load(data).native  # noqa: B018 - forces a full parse
    except Exception:
        return SigningFileMissingError(f"The file {path} is not a PKCS#12 certificate file.")
    return WrongPasswordError("The password of the certificate file is wrong.")


def _template_pkcs11_signer_class() -> type:
    from pyhanko.sign.pkcs11 import PKCS11Signer

    class TemplatePkcs11Signer(_CmsTemplateMixin, PKCS11Signer):
        """pyHanko's PKCS#11 signer, plus the context-specific login of a key that asks for
        its PIN at every signature (CKA_ALWAYS_AUTHENTICATE).

        python-pkcs11 logs in with CKU_CONTEXT_SPECIFIC between C_SignInit and C_Sign when
        `sign` gets a `pin`; pyHanko passes `sign_kwargs()` through, so the PIN of this one
        signature is handed over there (an empty PIN lets a PIN-pad reader ask for it).
        """

        always_authenticate = False
        pin_pad = False
        ask_signature_pin: SignaturePinAsk | None = None
        login_session: Any = None
        pin_pad_waiting: PinPadWaiting | None = None
        _signature_pin: str | None = None

        def sign_kwargs(self, data_to_sign: bytes) -> dict[str, Any]:
            kwargs = dict(super().sign_kwargs(data_to_sign))
            if self._signature_pin is not None:
                kwargs["pin"] = self._signature_pin
            return kwargs

        async def async_sign_raw(self, data: bytes, digest_algorithm: str,
                                 dry_run: bool = False) -> bytes:
            if dry_run or not self.always_authenticate:
                result: bytes = await super().async_sign_raw(data, digest_algorithm, dry_run)
                return result
            return await self._sign_with_signature_pin(data, digest_algorithm)

        async def _sign_with_signature_pin(self, data: bytes, digest_algorithm: str) -> bytes:
            from pkcs11 import exceptions as p11e

            waiting = self.pin_pad_waiting if self.pin_pad else None
            pin: str | None
            if self.pin_pad:
                pin = ""
            else:
                ask = self.ask_signature_pin
                pin = ask() if ask is not None else None
                if pin is None:
                    raise SignaturePinDeclinedError(msg(QT_TRANSLATE_NOOP("Core", "Not signed: "
                            "the signature PIN was not given.")))
            self._signature_pin = pin
            if waiting is not None:
                waiting(True)
            try:
                result: bytes = await super().async_sign_raw(data, digest_algorithm, False)
                return result
            except (p11e.PinIncorrect, p11e.PinLenRange):
                self._renew_session()
                raise WrongSignaturePinError(msg(QT_TRANSLATE_NOOP("Core", "The signature PIN "
                        "is wrong; nothing was signed."))) from None
            except p11e.PinLocked:
                self._renew_session()
                raise TokenLockedError(msg(QT_TRANSLATE_NOOP("Core", "The signature PIN is "
                        "locked after too many wrong entries."))) from None
            except p11e.FunctionCancelled:
                self._renew_session()
                raise SignaturePinDeclinedError(msg(QT_TRANSLATE_NOOP("Core", "Not signed: "
                        "the PIN entry on the reader was cancelled."))) from None
            finally:
                self._signature_pin = None
                if waiting is not None:
                    waiting(False)

        def _renew_session(self) -> None:
            """A refused context-specific login can leave the signing operation open on the
            token (SoftHSM2 keeps a single-part CKM_ECDSA one, which PKCS#11 2.x cannot
            cancel), and every later C_SignInit fails with CKR_OPERATION_ACTIVE. A new
            session of the same token starts clean and shares its login. The session that
            logged in stays open until the signer closes (closing it would log out); a
            renewed one that failed in turn is closed (it never logged in)."""
            old = self.pkcs11_session
            self.pkcs11_session = old.token.open()
            if old is not self.login_session:
                try:
                    old.close()
                except Exception:  # the old session's state is what is being discarded
                    pass
            # Object handles found through a closed session die with it (SoftHSM2).
            self._key_handle = self._pull_signing_key_handle()  # type: ignore[no-untyped-call]

    return TemplatePkcs11Signer


def _TemplatePkcs11Signer(*args: Any, **kwargs: Any) -> Signer:  # noqa: N802 - a class factory
    signer: Signer = _template_pkcs11_signer_class()(*args, **kwargs)
    return signer


class Pkcs11Signer:
    """A key on a smart card or token, used through its PKCS#11 module."""

    def __init__(self, session: Any, signer: Signer, cert: asn1_x509.Certificate,
                 chain: tuple[asn1_x509.Certificate, ...]) -> None:
        self._session = session
        self._signer = signer
        self._cert = cert
        self._chain = chain

    @classmethod
    def open(
        cls,
        module_path: str | Path,
        token_label: str,
        key_label: str,
        pin: str | None,
        *,
        cert_label: str | None = None,
        extra_chain: Sequence[asn1_x509.Certificate] = (),
        at: datetime.datetime | None = None,
    ) -> Pkcs11Signer:
        import pkcs11
        from pkcs11 import Attribute, ObjectClass, TokenFlag
        from pkcs11 import exceptions as p11e

        if not Path(module_path).is_file():
            raise TokenMissingError(msg(QT_TRANSLATE_NOOP("Core", "The token driver %1 is not "
                    "installed."), module_path))
        try:
            lib = pkcs11.lib(str(module_path))
        except Exception:
            raise TokenMissingError(msg(QT_TRANSLATE_NOOP("Core", "The token driver %1 cannot be "
                    "loaded."), module_path)) from None
        try:
            token = lib.get_token(token_label=token_label)
        except (p11e.NoSuchToken, p11e.MultipleTokensReturned):
            raise TokenMissingError(msg(QT_TRANSLATE_NOOP("Core", "The token %1 is not connected."),
                    token_label)) from None
        except p11e.PKCS11Error:
            raise TokenMissingError(msg(QT_TRANSLATE_NOOP("Core", "The token %1 cannot be read."),
                    token_label)) from None
        # Some tokens report the lock only in their flags and answer a login attempt
        # with a generic error, so look before trying the PIN.
        if token.flags & TokenFlag.USER_PIN_LOCKED:
            raise TokenLockedError(
                msg(QT_TRANSLATE_NOOP("Core", "The token %1 is locked after too many wrong "
                    "PINs."), token_label)
            )
        # On a reader with a PIN pad the reader asks; an empty PIN means "use the pad".
        pin_pad = uses_pin_pad(int(token.flags))
        user_pin: object = pkcs11.PROTECTED_AUTH if pin_pad and not pin else pin
        try:
            session = token.open(user_pin=user_pin)
        except p11e.PinIncorrect:
            raise WrongPinError(msg(QT_TRANSLATE_NOOP("Core", "The PIN of the token is "
                    "wrong."))) from None
        except p11e.PinLocked:
            raise TokenLockedError(
                msg(QT_TRANSLATE_NOOP("Core", "The token %1 is locked after too many wrong "
                    "PINs."), token_label)
            ) from None
        except (p11e.PinLenRange, p11e.ArgumentsBad):
            raise WrongPinError(msg(QT_TRANSLATE_NOOP("Core", "The PIN of the token is "
                    "wrong."))) from None
        except p11e.PKCS11Error as e:
            raise TokenMissingError(
                msg(QT_TRANSLATE_NOOP("Core", "The token %1 cannot be opened (%2)."),
                        token_label, type(e).__name__)
            ) from None
        try:
            keys_found = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                                   Attribute.LABEL: key_label}))
            if len(keys_found) != 1:
                raise KeyNotFoundError(msg(QT_TRANSLATE_NOOP("Core", "The token has no signing "
                        "key labelled %1."), key_label))
            key = keys_found[0]
            try:
                always_auth = bool(key[Attribute.ALWAYS_AUTHENTICATE])
            except p11e.PKCS11Error:
                always_auth = False
            certs = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                              Attribute.LABEL: cert_label or key_label}))
            if not certs:
                key_id = key[Attribute.ID]
                certs = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                                  Attribute.ID: key_id}))
            if len(certs) != 1:
                raise KeyNotFoundError(msg(QT_TRANSLATE_NOOP("Core", "The token has no "
                        "certificate for the key %1."), key_label))
            cert = asn1_x509.Certificate.load(certs[0][Attribute.VALUE])
            check_certificate(cert, at)
            algo = cert.public_key.algorithm
            if algo not in ("rsa", "ec"):
                raise UnsupportedKeyError(msg(QT_TRANSLATE_NOOP("Core", "Only RSA and ECDSA keys "
                        "can sign letters.")))
            signer = _TemplatePkcs11Signer(
                session,
                key_label=key_label,
                signing_cert=cert,
                ca_chain=list(extra_chain),
                other_certs_to_pull=(),
                embed_roots=False,
                # Tokens implement CKM_ECDSA but rarely CKM_ECDSA_SHA256: hash in Python.
                use_raw_mechanism=algo == "ec",
            )
            # An ID card's signing key: the signature PIN at every signature (a context-
            # specific login after C_SignInit), asked through set_signature_pin().
            signer.always_authenticate = always_auth  # type: ignore[attr-defined]
            signer.pin_pad = pin_pad  # type: ignore[attr-defined]
            signer.login_session = session  # type: ignore[attr-defined]
        except BaseException:
            session.close()
            raise
        return cls(session, signer, cert, tuple(extra_chain))

    @property
    def pyhanko_signer(self) -> Signer:
        return self._signer

    @property
    def certificate(self) -> asn1_x509.Certificate:
        return self._cert

    @property
    def chain(self) -> tuple[asn1_x509.Certificate, ...]:
        return self._chain

    @property
    def asks_pin_per_signature(self) -> bool:
        """The key has CKA_ALWAYS_AUTHENTICATE: every signature needs the signature PIN."""
        return bool(getattr(self._signer, "always_authenticate", False))

    @property
    def pin_pad(self) -> bool:
        """The reader has a PIN pad: PINs are entered there, never typed here."""
        return bool(getattr(self._signer, "pin_pad", False))

    def set_signature_pin(self, ask: SignaturePinAsk | None,
                          waiting: PinPadWaiting | None = None) -> None:
        """How each signature gets its PIN (see SignaturePinAsk); without `ask`, a key that
        asks for the PIN at every signature refuses to sign, naming why."""
        self._signer.ask_signature_pin = ask  # type: ignore[attr-defined]
        self._signer.pin_pad_waiting = waiting  # type: ignore[attr-defined]

    def close(self) -> None:
        # The signer may have renewed its session after a refused signature PIN; the session
        # that logged in closes last, logging out.
        renewed = getattr(self._signer, "pkcs11_session", self._session)
        if renewed is not self._session:
            renewed.close()
        self._session.close()

    def __enter__(self) -> Pkcs11Signer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()



def set_signature_pin_source(signer: LetterSigner, ask: SignaturePinAsk | None,
                             waiting: PinPadWaiting | None = None) -> None:
    """Give a signer whose key asks for the PIN at every signature its source of PINs; other
    signers need none, so the call does nothing for them."""
    if isinstance(signer, Pkcs11Signer):
        signer.set_signature_pin(ask, waiting)


def asks_pin_per_signature(signer: LetterSigner) -> bool:
    return isinstance(signer, Pkcs11Signer) and signer.asks_pin_per_signature
