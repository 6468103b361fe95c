"""Checks a signed letter offline against imported trust roots and revocation lists, and
whether its signer is an authorised signer of the institution on the signing date."""

from __future__ import annotations

import datetime
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator import ValidationContext

import app.letters._pyhanko_speed  # noqa: F401 - faster hex strings
from app.letters import report as _report
from app.letters.render import PD_PREFIX
from app.letters.report import SignatureReport

# DER or PEM bytes, or a parsed certificate (asn1crypto or cryptography).
CertLike: TypeAlias = Any


# What can be wrong with a letter: a stable code (a window words it in its own language)
# and the English sentence the command line and the bundle report print.
PROBLEMS = {
    "bad_anchor": "One of the trust anchors is not a certificate.",
    "unreadable": "The file is not a readable PDF letter; it may be truncated or damaged.",
    "unsigned": "The letter carries no signature.",
    "damaged_signature": "A signature in the letter is damaged and cannot be checked.",
    "changed": "The letter was changed after it was signed.",
    "wrong_key": "The signature does not match the signing certificate.",
    "added_after": "Something was added to the letter after it was signed.",
    "revoked": "The signing certificate has been revoked.",
    "not_valid_then": "The signing certificate was not valid at the signing time.",
    "revocation_unknown": "The revocation status of the signing certificate cannot be "
                          "established.",
    "untrusted": "The signing certificate does not lead to a trusted root.",
    "rules": "The signature does not meet the validation rules.",
    # A certificate under a trusted CA is anybody's ID card: a letter is the institution's
    # only when signed by its head, or a deputy under a delegation, on the signing date.
    "not_authorised": "Signed by {signer}, who is not an authorised signer of the institution "
                      "on {date}.",
    "no_signers": "No authorised signer of the institution is known here, so the signer "
                  "cannot be shown to sign for it: pin the institution's signer certificates "
                  "(permit-desk trust signer add CERT.pem, or verify --signer CERT.pem).",
}

VILNIUS = "Europe/Vilnius"

# A period in which a certificate signs for the institution: [start, end), None = open.
Period: TypeAlias = tuple[datetime.datetime | None, datetime.datetime | None]
ALWAYS: Period = (None, None)


def fingerprint(cert: CertLike) -> str:
    """SHA-256 (hex) of a certificate's DER: how the register names a certificate."""
    return hashlib.sha256(load_certificate(cert).dump()).hexdigest()


def signing_day(when: datetime.datetime | None) -> str:
    """The signing date as people read it (Europe/Vilnius), or a placeholder."""
    if when is None:
        return "an unknown date"
    from zoneinfo import ZoneInfo

    return when.astimezone(ZoneInfo(VILNIUS)).date().isoformat()


@dataclass(frozen=True)
class AuthorisedSigner:
    """A certificate of the institution's head or deputy, and when it signs for it."""

    sha256: str
    subject: str
    periods: tuple[Period, ...] = (ALWAYS,)

    def authorises(self, when: datetime.datetime) -> bool:
        return any((start is None or start <= when) and (end is None or when < end)
                   for start, end in self.periods)


@dataclass(frozen=True)
class SignerRegister:
    """Who signs for the institution: from the store (the head's certificate, deputies with
    their delegations) or pinned by an inspector. Never taken from the document checked."""

    signers: tuple[AuthorisedSigner, ...] = ()

    @classmethod
    def of_certificates(cls, certs: Iterable[CertLike]) -> SignerRegister:
        """Certificates pinned with no period: each signs for the institution at any time."""
        out = []
        for c in certs:
            cert = load_certificate(c)
            out.append(AuthorisedSigner(hashlib.sha256(cert.dump()).hexdigest(),
                                        str(cert.subject.human_friendly)))
        return cls(tuple(out))

    def __add__(self, other: SignerRegister) -> SignerRegister:
        return SignerRegister(self.signers + other.signers)

    @property
    def empty(self) -> bool:
        return not self.signers

    def authorises(self, sha256: str, when: datetime.datetime | None) -> bool:
        """Whether the certificate with this fingerprint signs for the institution then."""
        if when is None:
            return False
        return any(s.sha256 == sha256 and s.authorises(when) for s in self.signers)

    def problem(self, sha256: str, when: datetime.datetime | None) -> str | None:
        """The problem code for a signature by this certificate at this time, if any."""
        if self.empty:
            return "no_signers"
        return None if self.authorises(sha256, when) else "not_authorised"


@dataclass(frozen=True)
class LetterVerdict:
    ok: bool
    signer_name: str
    signing_time: datetime.datetime | None
    registration_number: str
    coverage: str
    codes: tuple[str, ...]  # keys of PROBLEMS, in the order found
    signer_sha256: str = ""  # fingerprint of the (last) signing certificate
    authority_checked: bool = False  # whether the signer was held against a register
    # One ETSI EN 319 102-1 style report per signature (app.letters.report), in file order.
    signatures: tuple[SignatureReport, ...] = ()

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(PROBLEMS[c].format(signer=self.signer_name or "an unknown signer",
                                        date=signing_day(self.signing_time))
                     for c in self.codes)


class DatedAnchor(bytes):
    """A trust anchor's DER that vouches only for signatures made from `since` on: a CA that a
    national trusted list lists as granted since then. Still bytes, so it travels with the
    other anchors through every caller unchanged; verify_letter reads `since`."""

    since: datetime.datetime

    def __new__(cls, der: bytes, since: datetime.datetime) -> DatedAnchor:
        anchor = super().__new__(cls, der)
        anchor.since = since
        return anchor


def load_certificate(item: Any) -> asn1_x509.Certificate:
    """An asn1crypto certificate from DER or PEM bytes, or from one already parsed."""
    if isinstance(item, asn1_x509.Certificate):
        return item
    if hasattr(item, "public_bytes"):  # a cryptography certificate
        from cryptography.hazmat.primitives.serialization import Encoding

        return asn1_x509.Certificate.load(item.public_bytes(Encoding.DER))
    data = bytes(item)
    if pem.detect(data):
        _, _, data = pem.unarmor(data)
    return asn1_x509.Certificate.load(data)


def crl_der(item: bytes) -> bytes:
    if pem.detect(item):
        _, _, item = pem.unarmor(item)
    return item


_REG_RE = re.compile(
    rb"<" + PD_PREFIX.encode() + rb":RegistrationNumber>([^<]*)</"
)


def _registration_number(reader: PdfFileReader) -> str:
    try:
        meta = reader.root.get("/Metadata")
        if meta is not None:
            m = _REG_RE.search(meta.get_object().data)
            if m:
                import html

                return html.unescape(m.group(1).decode("utf-8"))
        info = reader.trailer_view.get("/Info")
        if info is not None:
            return str(info.get_object().get("/Keywords", ""))
    except Exception:
        pass
    return ""


def _dss_crls(reader: PdfFileReader) -> list[bytes]:
    try:
        dss = reader.root.get("/DSS")
        if dss is None:
            return []
        return [ref.get_object().data for ref in dss.get_object().get("/CRLs", [])]
    except Exception:
        return []


def _failed(code: str, registration_number: str = "",
            signatures: tuple[SignatureReport, ...] = ()) -> LetterVerdict:
    return LetterVerdict(False, "", None, registration_number, "NONE", (code,),
                         signatures=signatures)


def _unreadable_report(pdf_bytes: bytes) -> tuple[SignatureReport, ...]:
    """A file no reader opens: one report when a trace of a signature is left (cut short
    after signing, or damaged), none otherwise."""
    found = _report.unreadable_signature(pdf_bytes)
    if found is None:
        return ()
    return (SignatureReport(found[0], found[1], "", "", "", None, (), (), False, "NONE",
                            ("unreadable",)),)


def verify_letter(
    pdf_bytes: bytes,
    trust_roots: Sequence[CertLike],
    crls: Sequence[bytes] = (),
    at: datetime.datetime | None = None,
    signers: SignerRegister | None = None,
) -> LetterVerdict:
    """Whether the letter is intact, signed under a trusted root, and nothing follows the signature.

    With `signers`, also whether every signature is by an authorised signer of the
    institution on its signing date ("not_authorised", or "no_signers" for an empty
    register). A verdict on a decision letter always passes a register: without one, this
    says only that somebody under a trusted CA signed it.

    Never raises for a bad file: every failure is a code in `codes` (and a plain English
    sentence in `problems`).
    Revocation is checked strictly ("hard-fail") when any CRL is available, given
    here or embedded in the letter; otherwise it is not checked (offline, nothing
    to fetch).
    """
    try:
        roots = [load_certificate(r) for r in trust_roots]
    except Exception:
        return _failed("bad_anchor")
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception:
        return _failed("unreadable", signatures=_unreadable_report(pdf_bytes))
    reg = _registration_number(reader)
    if not signatures:
        return _failed("unsigned", reg)

    given_crls = [crl_der(c) for c in crls]
    embedded_crls = _dss_crls(reader)
    all_crls = given_crls + embedded_crls
    problems: list[str] = []
    statuses: list[PdfSignatureStatus] = []
    reports: list[SignatureReport] = []
    parsed_crls = _report.parse_crls([(c, _report.EMBEDDED) for c in embedded_crls]
                                     + [(c, _report.SUPPLIED) for c in given_crls])
    for sig in signatures:
        try:
            vc = ValidationContext(
                trust_roots=roots,
                crls=all_crls,
                allow_fetching=False,
                revocation_mode="hard-fail" if all_crls else "soft-fail",
                moment=at,
            )
            statuses.append(validate_pdf_signature(sig, signer_validation_context=vc))
        except Exception:
            problems.append("damaged_signature")
            reports.append(_damaged_report(sig))
    if problems or not statuses:
        return LetterVerdict(False, "", None, reg, "NONE", tuple(problems),
                             signatures=tuple(reports))

    last = statuses[-1]
    for st in statuses:
        problems.extend(_status_problems(st))
    coverage = last.coverage.name if last.coverage is not None else "NONE"
    if coverage != "ENTIRE_FILE" and not {"changed", "added_after"} & set(problems):
        problems.append("added_after")
    cert = last.signing_cert
    name = ""
    sha = ""
    if cert is not None:
        name = _common_name(cert)
        sha = hashlib.sha256(cert.dump()).hexdigest()
    signing_time = last.signer_reported_dt
    ok = not problems and all(st.bottom_line for st in statuses)
    if not ok and not problems:
        problems.append("rules")
    authority: dict[int, str] = {}
    if signers is not None:
        for i, st in enumerate(statuses):
            code = signers.problem(
                hashlib.sha256(st.signing_cert.dump()).hexdigest() if st.signing_cert else "",
                st.signer_reported_dt)
            if code is not None:
                authority[i] = code
        for i, st in enumerate(statuses):
            if i in authority:
                problems.append(authority[i])
                ok = False
                if st is not last:  # the problem names the signer it is about
                    name, signing_time = _common_name(st.signing_cert), st.signer_reported_dt
                break
    reports = [_signature_report(sig, st, authority.get(i), roots, parsed_crls, bool(all_crls))
               for i, (sig, st) in enumerate(zip(signatures, statuses, strict=True))]
    # A trusted-list CA vouches only from the date the list grants it: a signature claimed
    # before that does not lead to a root trusted at the time.
    since = {hashlib.sha256(root.dump()).hexdigest(): r.since
             for r, root in zip(trust_roots, roots, strict=True) if isinstance(r, DatedAnchor)}
    for i, rep in enumerate(reports):
        anchor = rep.chain[-1] if rep.chain and rep.chain[-1].trust_anchor else None
        start = since.get(anchor.sha256) if anchor is not None else None
        if start is None or (rep.signing_time is not None and rep.signing_time >= start):
            continue
        reports[i] = replace(rep, indication=_report.INDETERMINATE,
                             sub_indication="NO_CERTIFICATE_CHAIN_FOUND",
                             codes=(*rep.codes, "untrusted"))
        problems.append("untrusted")
        ok = False
    return LetterVerdict(ok, name, signing_time, reg, coverage, tuple(dict.fromkeys(problems)),
                         sha, signers is not None, tuple(reports))


def _damaged_report(sig: Any) -> SignatureReport:
    return SignatureReport(_report.TOTAL_FAILED, "FORMAT_FAILURE", "", "", "", None, (), (),
                           False, "NONE", ("damaged_signature",), _field_name(sig))


def _field_name(sig: Any) -> str:
    try:
        return str(sig.field_name or "")
    except Exception:
        return ""


def _signature_report(sig: Any, st: PdfSignatureStatus, authority_code: str | None,
                      roots: Sequence[asn1_x509.Certificate],
                      crls: Sequence[Any], revocation_checked: bool) -> SignatureReport:
    """One signature's report: its own findings, classified as ETSI EN 319 102-1 does."""
    codes = list(dict.fromkeys(_status_problems(st)))
    if authority_code is not None:
        codes.append(authority_code)
    indication, sub = _report.classify(codes, st.trust_problem_indic, bool(st.bottom_line))
    cert = st.signing_cert
    try:
        carried = [c for c in sig.other_embedded_certs]
    except Exception:
        carried = []
    path = st.validation_path
    chain_certs = _report.chain_certs(cert, path, carried)
    return SignatureReport(
        indication, sub, _report.signature_level(cert),
        _plain_signer(cert), hashlib.sha256(cert.dump()).hexdigest() if cert else "",
        st.signer_reported_dt, _report.chain_of(cert, path, carried, roots),
        _report.revocation_used(chain_certs, crls), revocation_checked,
        st.coverage.name if st.coverage is not None else "NONE", tuple(codes),
        _field_name(sig))


def _plain_signer(cert: asn1_x509.Certificate | None) -> str:
    from app.letters.wording import plain_subject

    return plain_subject(str(cert.subject.human_friendly)) if cert is not None else ""


def _common_name(cert: asn1_x509.Certificate | None) -> str:
    if cert is None:
        return ""
    cn = cert.subject.native.get("common_name", "")
    return str(cn[0] if isinstance(cn, list) else cn)


def _status_problems(st: PdfSignatureStatus) -> list[str]:
    out: list[str] = []
    if not st.intact:
        out.append("changed")
    elif not st.valid:
        out.append("wrong_key")
    if st.coverage is not None and st.coverage.name != "ENTIRE_FILE":
        out.append("added_after")
    if st.revoked:
        out.append("revoked")
    elif not st.trusted:
        indic = st.trust_problem_indic
        summary = str(getattr(indic, "name", indic or ""))
        if "EXPIRED" in summary or "NOT_YET_VALID" in summary:
            out.append("not_valid_then")
        elif "REVOC" in summary:
            out.append("revocation_unknown")
        else:
            out.append("untrusted")
    return out
