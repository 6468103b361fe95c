"""A validation report per signature, in the manner of ETSI EN 319 102-1 (the EU validation
services' reports), made offline from the verdict's findings: indication (TOTAL_PASSED,
INDETERMINATE, TOTAL_FAILED) with its sub-indication, signature level from the certificate's
QC statements, the signing time as the signer claims it, the signer, the certificate chain,
the revocation data used and what the signature covers.

People read it (`report_lines`: translatable labels and values, context "Core"); programs read
`report_json`. app.letters.verify builds the reports; this module never validates anything
itself, it only words and classifies what the validation found.

Our own rule (a letter is the institution's only when an authorised signer signs it on the
signing date) is a constraint on the signing certificate, so a breach of it is
INDETERMINATE / CHAIN_CONSTRAINTS_FAILURE; something added after signing breaks the
constraint that the signature covers the whole file: INDETERMINATE / SIG_CONSTRAINTS_FAILURE.
Nothing proves when a letter was signed (no time-stamp): a revoked or expired signing
certificate is INDETERMINATE / REVOKED_NO_POE or OUT_OF_BOUNDS_NO_POE, as the standard has it
without a proof of existence."""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from asn1crypto import crl as asn1_crl
from asn1crypto import x509 as asn1_x509

from app.domain.clock import for_people
from app.i18n import QT_TRANSLATE_NOOP, Message, msg
from app.letters.wording import coverage_words, plain_subject

TOTAL_PASSED = "TOTAL_PASSED"
INDETERMINATE = "INDETERMINATE"
TOTAL_FAILED = "TOTAL_FAILED"

# Signature levels, as the signing certificate's QC statements declare them. Whether its
# issuer is a qualified trust service is for a trusted list to say; none is consulted here.
QES = "QES"  # qualified certificate, key on a qualified signature creation device
ADES_QC = "AdES-QC"  # qualified certificate, key not declared on such a device
ADES = "AdES"

# The verdict's problem codes (app.letters.verify.PROBLEMS), most serious first, with the
# indication and sub-indication each gives when the validator says nothing more precise.
_CLASSES: tuple[tuple[str, str, str], ...] = (
    ("unreadable", TOTAL_FAILED, "FORMAT_FAILURE"),
    ("damaged_signature", TOTAL_FAILED, "FORMAT_FAILURE"),
    ("changed", TOTAL_FAILED, "HASH_FAILURE"),
    ("wrong_key", TOTAL_FAILED, "SIG_CRYPTO_FAILURE"),
    ("revoked", INDETERMINATE, "REVOKED_NO_POE"),
    ("not_valid_then", INDETERMINATE, "OUT_OF_BOUNDS_NO_POE"),
    ("untrusted", INDETERMINATE, "NO_CERTIFICATE_CHAIN_FOUND"),
    ("revocation_unknown", INDETERMINATE, "TRY_LATER"),
    ("rules", INDETERMINATE, "SIG_CONSTRAINTS_FAILURE"),
    ("added_after", INDETERMINATE, "SIG_CONSTRAINTS_FAILURE"),
    ("not_authorised", INDETERMINATE, "CHAIN_CONSTRAINTS_FAILURE"),
    ("no_signers", INDETERMINATE, "CHAIN_CONSTRAINTS_FAILURE"),
)
# Where the validator's own sub-indication is finer than ours (a revoked CA rather than the
# signer, a chain that is found but broken), it is kept for these codes.
_VALIDATOR_DECIDES = {"revoked", "untrusted", "revocation_unknown", "rules"}

INDICATION_WORDS: dict[str, str] = {
    TOTAL_PASSED: QT_TRANSLATE_NOOP("Core", "passed (TOTAL_PASSED)"),
    INDETERMINATE: QT_TRANSLATE_NOOP("Core", "cannot be confirmed (INDETERMINATE)"),
    TOTAL_FAILED: QT_TRANSLATE_NOOP("Core", "failed (TOTAL_FAILED)"),
}

SUB_INDICATION_WORDS: dict[str, str] = {
    "FORMAT_FAILURE": QT_TRANSLATE_NOOP(
        "Core", "the file or its signature is damaged and cannot be checked (FORMAT_FAILURE)"),
    "HASH_FAILURE": QT_TRANSLATE_NOOP(
        "Core", "the signed content does not match the signature: the letter was changed or "
                "cut short (HASH_FAILURE)"),
    "SIG_CRYPTO_FAILURE": QT_TRANSLATE_NOOP(
        "Core", "the signature value does not match the signing certificate's key "
                "(SIG_CRYPTO_FAILURE)"),
    "REVOKED": QT_TRANSLATE_NOOP(
        "Core", "the signing certificate was revoked before the letter was signed (REVOKED)"),
    "NOT_YET_VALID": QT_TRANSLATE_NOOP(
        "Core", "the signing certificate was not yet valid when the letter was signed "
                "(NOT_YET_VALID)"),
    "REVOKED_NO_POE": QT_TRANSLATE_NOOP(
        "Core", "the signing certificate has been revoked and nothing proves the letter was "
                "signed before that (REVOKED_NO_POE)"),
    "REVOKED_CA_NO_POE": QT_TRANSLATE_NOOP(
        "Core", "a certificate authority of the chain has been revoked and nothing proves "
                "the letter was signed before that (REVOKED_CA_NO_POE)"),
    "OUT_OF_BOUNDS_NO_POE": QT_TRANSLATE_NOOP(
        "Core", "the signing certificate is outside its validity period and nothing proves "
                "the letter was signed while it was valid (OUT_OF_BOUNDS_NO_POE)"),
    "NO_CERTIFICATE_CHAIN_FOUND": QT_TRANSLATE_NOOP(
        "Core", "the signing certificate does not lead to a trusted root "
                "(NO_CERTIFICATE_CHAIN_FOUND)"),
    "CERTIFICATE_CHAIN_GENERAL_FAILURE": QT_TRANSLATE_NOOP(
        "Core", "the certificate chain is not valid (CERTIFICATE_CHAIN_GENERAL_FAILURE)"),
    "TRY_LATER": QT_TRANSLATE_NOOP(
        "Core", "the revocation status of the signing certificate cannot be established "
                "offline (TRY_LATER)"),
    "SIG_CONSTRAINTS_FAILURE": QT_TRANSLATE_NOOP(
        "Core", "the signature does not meet the validation rules: it must be sound and "
                "cover the whole file (SIG_CONSTRAINTS_FAILURE)"),
    "CHAIN_CONSTRAINTS_FAILURE": QT_TRANSLATE_NOOP(
        "Core", "the signer is not shown to be an authorised signer of the institution on "
                "the signing date (CHAIN_CONSTRAINTS_FAILURE)"),
}
_OTHER_SUB_INDICATION = QT_TRANSLATE_NOOP("Core", "another reason (%1)")

LEVEL_WORDS: dict[str, str] = {
    QES: QT_TRANSLATE_NOOP("Core", "qualified electronic signature (QES), as the signing "
                                   "certificate declares"),
    ADES_QC: QT_TRANSLATE_NOOP("Core", "advanced electronic signature with a qualified "
                                       "certificate (AdES/QC)"),
    ADES: QT_TRANSLATE_NOOP("Core", "advanced electronic signature (AdES)"),
}

EMBEDDED = "letter"  # revocation data carried in the letter (its DSS)
SUPPLIED = "workstation"  # imported here or given on the command line


@dataclass(frozen=True)
class ChainLink:
    subject: str  # as people read it
    sha256: str
    trust_anchor: bool = False


@dataclass(frozen=True)
class RevocationData:
    kind: str  # "CRL"
    issuer: str
    this_update: datetime.datetime | None
    next_update: datetime.datetime | None
    source: str  # EMBEDDED or SUPPLIED


@dataclass(frozen=True)
class SignatureReport:
    indication: str
    sub_indication: str  # "" when TOTAL_PASSED
    level: str  # QES, ADES_QC, ADES; "" when no signing certificate was found
    signer: str
    signer_sha256: str
    signing_time: datetime.datetime | None  # as claimed by the signer (no time-stamp)
    chain: tuple[ChainLink, ...]  # signer first, the trust anchor (if any) last
    revocation: tuple[RevocationData, ...]
    revocation_checked: bool
    coverage: str
    codes: tuple[str, ...]  # this signature's problem codes (app.letters.verify.PROBLEMS)
    field: str = ""

    @property
    def passed(self) -> bool:
        return self.indication == TOTAL_PASSED


def classify(codes: Sequence[str], validator_indic: Any = None,
             bottom_line: bool = True) -> tuple[str, str]:
    """(indication, sub-indication) for a signature with these problem codes. The
    validator's own AdES sub-indication (pyHanko's trust_problem_indic) refines the trust
    codes; a signature with no problem and a sound bottom line has TOTAL_PASSED."""
    for code, indication, sub in _CLASSES:
        if code not in codes:
            continue
        if code in _VALIDATOR_DECIDES:
            return _validator_says(validator_indic) or (indication, sub)
        return indication, sub
    if codes or not bottom_line:
        return _validator_says(validator_indic) or (INDETERMINATE, "SIG_CONSTRAINTS_FAILURE")
    return TOTAL_PASSED, ""


def _validator_says(indic: Any) -> tuple[str, str] | None:
    """pyHanko's AdES sub-indication as (indication, sub-indication); its EXPIRED and
    NOT_YET_VALID are left to our own codes (without a proof of existence they are
    OUT_OF_BOUNDS_NO_POE)."""
    name = str(getattr(indic, "name", "") or "")
    kind = type(indic).__name__
    if name and kind == "AdESFailure":
        return TOTAL_FAILED, name
    if name and kind == "AdESIndeterminate" and name not in {"EXPIRED", "NOT_YET_VALID"}:
        return INDETERMINATE, name
    return None


def signature_level(cert: asn1_x509.Certificate | None) -> str:
    """QES, ADES_QC or ADES for the report, from the QC statements as app.letters.signers
    reads them for the stamp and `signer show` (one reader for both)."""
    if cert is None:
        return ""
    from app.letters import signers

    return {signers.QES: QES, signers.ADES_QC: ADES_QC}.get(signers.signature_level(cert), ADES)


def _link(cert: asn1_x509.Certificate, anchor: bool = False) -> ChainLink:
    return ChainLink(plain_subject(str(cert.subject.human_friendly)),
                     hashlib.sha256(cert.dump()).hexdigest(), anchor)


def chain_of(signing_cert: asn1_x509.Certificate | None, path: Any,
             carried: Iterable[asn1_x509.Certificate],
             roots: Sequence[asn1_x509.Certificate]) -> tuple[ChainLink, ...]:
    """The chain from the signer up: the validator's path when it found one, otherwise as far
    as the certificates the signature carries (and the trust anchors) lead by issuer name."""
    if signing_cert is None:
        return ()
    if path is not None:
        certs = list(path.iter_certs(include_root=True)) if hasattr(path, "iter_certs") \
            else list(path)
        certs.reverse()  # the validator lists root first
        anchor = path.trust_anchor if hasattr(path, "trust_anchor") else None
        if certs:
            return tuple(_link(c, i == len(certs) - 1 and anchor is not None)
                         for i, c in enumerate(certs))
    root_keys = {r.dump() for r in roots}
    by_subject: dict[bytes, asn1_x509.Certificate] = {}
    for c in [*carried, *roots]:
        by_subject.setdefault(c.subject.dump(), c)
    out = [_link(signing_cert, signing_cert.dump() in root_keys)]
    cert, seen = signing_cert, {signing_cert.dump()}
    while cert.issuer.dump() != cert.subject.dump():
        issuer = by_subject.get(cert.issuer.dump())
        if issuer is None or issuer.dump() in seen:
            break
        seen.add(issuer.dump())
        out.append(_link(issuer, issuer.dump() in root_keys))
        cert = issuer
    return tuple(out)


@dataclass(frozen=True)
class _Crl:
    issuer_der: bytes
    data: RevocationData


def parse_crls(items: Iterable[tuple[bytes, str]]) -> list[_Crl]:
    """The CRLs given (DER, source), each once; one that cannot be read is left out."""
    out: list[_Crl] = []
    seen: set[bytes] = set()
    for der, source in items:
        if der in seen:
            continue
        seen.add(der)
        try:
            c = asn1_crl.CertificateList.load(der)
            tbs = c["tbs_cert_list"]
            issuer = tbs["issuer"]
            nxt = tbs["next_update"]
            out.append(_Crl(issuer.dump(), RevocationData(
                "CRL", plain_subject(str(issuer.human_friendly)), tbs["this_update"].native,
                nxt.native if nxt else None, source)))
        except Exception:
            continue
    return out


def revocation_used(chain: Sequence[asn1_x509.Certificate], crls: Sequence[_Crl]
                    ) -> tuple[RevocationData, ...]:
    """The CRLs that speak for a certificate of the chain (issued by its issuer)."""
    issuers = {c.issuer.dump() for c in chain if c.issuer.dump() != c.subject.dump()}
    return tuple(c.data for c in crls if c.issuer_der in issuers)


def chain_certs(signing_cert: asn1_x509.Certificate | None, path: Any,
                carried: Iterable[asn1_x509.Certificate]) -> list[asn1_x509.Certificate]:
    """The chain's certificates (for matching CRLs), signer first."""
    if signing_cert is None:
        return []
    if path is not None and hasattr(path, "iter_certs"):
        return list(path.iter_certs(include_root=True))
    return [signing_cert, *carried]


_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")
_CONTENTS_CUT = re.compile(rb"/Contents\s*<[0-9a-fA-F\s]*\Z")
_SIGNATURE_MARK = re.compile(rb"/ByteRange\s*\[|/Contents\s*<3082")


def unreadable_signature(pdf_bytes: bytes) -> tuple[str, str] | None:
    """For a file no reader opens but that holds a signature: TOTAL_FAILED / HASH_FAILURE
    when it was cut short after signing (a signature claims bytes past the end, or its value
    runs into the end of the file), TOTAL_FAILED / FORMAT_FAILURE when it is otherwise
    damaged. None when there is no trace of a signature."""
    if (any(int(m.group(3)) + int(m.group(4)) > len(pdf_bytes)
            for m in _BYTE_RANGE.finditer(pdf_bytes))
            or _CONTENTS_CUT.search(pdf_bytes) is not None):
        return TOTAL_FAILED, "HASH_FAILURE"
    if _SIGNATURE_MARK.search(pdf_bytes) is not None:
        return TOTAL_FAILED, "FORMAT_FAILURE"
    return None


# ---- in words ------------------------------------------------------------------------------

Line = tuple[Message, "str | Message"]


def sub_indication_words(sub: str) -> Message:
    template = SUB_INDICATION_WORDS.get(sub)
    return msg(template) if template else msg(_OTHER_SUB_INDICATION, sub)


def report_lines(r: SignatureReport) -> list[Line]:
    """The report as (label, value) lines people read; each label and worded value is a
    translatable core message (names and times are shown as they are). Every template is
    spelled out in QT_TRANSLATE_NOOP, which is what lupdate collects."""
    lines: list[Line] = [(msg(QT_TRANSLATE_NOOP("Core", "Result")),
                          msg(INDICATION_WORDS[r.indication]))]
    if r.sub_indication:
        lines.append((msg(QT_TRANSLATE_NOOP("Core", "Reason")),
                      sub_indication_words(r.sub_indication)))
    if r.level:
        lines.append((msg(QT_TRANSLATE_NOOP("Core", "Signature level")),
                      msg(LEVEL_WORDS[r.level])))
    lines.append((msg(QT_TRANSLATE_NOOP("Core", "Signer")), r.signer or "—"))
    when = for_people(r.signing_time, seconds=True, offset=True)
    lines.append((msg(QT_TRANSLATE_NOOP("Core", "Signing time")),
                  msg(QT_TRANSLATE_NOOP("Core", "%1 (Vilnius time, as the signer's "
                                        "workstation claims it)"), when) if when else "—"))
    lines.append((msg(QT_TRANSLATE_NOOP("Core", "Certificate chain")),
                  " → ".join(link.subject for link in r.chain) or "—"))
    if r.chain and r.chain[-1].trust_anchor:
        lines.append((msg(QT_TRANSLATE_NOOP("Core", "Trust anchor")), r.chain[-1].subject))
    label = msg(QT_TRANSLATE_NOOP("Core", "Revocation data"))
    if not r.revocation:
        lines.append((label, msg(QT_TRANSLATE_NOOP("Core", "none: the revocation status was "
                                                   "not checked (no revocation list for this "
                                                   "chain is available offline)"))
                      if not r.revocation_checked else
                      msg(QT_TRANSLATE_NOOP("Core", "no revocation list for this chain was "
                                            "available"))))
    for rev in r.revocation:
        issued = for_people(rev.this_update) or "—"
        template = (QT_TRANSLATE_NOOP("Core", "revocation list of %1, issued %2, carried in "
                                      "the letter")
                    if rev.source == EMBEDDED else
                    QT_TRANSLATE_NOOP("Core", "revocation list of %1, issued %2, imported on "
                                      "this workstation"))
        lines.append((label, msg(template, rev.issuer, issued)))
    lines.append((msg(QT_TRANSLATE_NOOP("Core", "Coverage")),
                  coverage_words(r.coverage or "NONE")))
    return lines


def _time(when: datetime.datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def signature_json(r: SignatureReport) -> dict[str, Any]:
    return {
        "field": r.field,
        "indication": r.indication,
        "sub_indication": r.sub_indication or None,
        "signature_level": r.level or None,
        "signer": {"name": r.signer, "sha256": r.signer_sha256},
        "signing_time": _time(r.signing_time),
        "signing_time_source": "claimed by the signer",
        "certificate_chain": [{"subject": link.subject, "sha256": link.sha256,
                               "trust_anchor": link.trust_anchor} for link in r.chain],
        "revocation": {
            "checked": r.revocation_checked,
            "data": [{"type": rev.kind, "issuer": rev.issuer,
                      "this_update": _time(rev.this_update),
                      "next_update": _time(rev.next_update), "source": rev.source}
                     for rev in r.revocation],
        },
        "coverage": r.coverage,
        "problems": list(r.codes),
    }


def report_json(verdict: Any) -> dict[str, Any]:
    """A LetterVerdict as JSON: the verdict's findings and, under "signatures", one ETSI-style
    report per signature."""
    return {
        "valid": bool(verdict.ok),
        "registration_number": verdict.registration_number,
        "problems": [{"code": c, "text": str(t)}
                     for c, t in zip(verdict.codes, verdict.problems, strict=True)],
        "signatures": [signature_json(r) for r in verdict.signatures],
    }
