"""A detached CMS signature over a bundle's manifest, made and checked offline with pyHanko.

Signing goes through the letter signer's pyHanko Signer, so a key on a smart card (PKCS#11,
never exported) signs a manifest exactly as it signs a letter.
"""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from asn1crypto import cms

if TYPE_CHECKING:
    from app.letters.signers import LetterSigner
    from app.letters.verify import SignerRegister


def sign_manifest(data: bytes, signer: LetterSigner) -> bytes:
    """DER of a detached CMS SignedData over `data` (SHA-256), with the signer's chain."""
    ci = asyncio.run(signer.pyhanko_signer.async_sign_general_data(data, "sha256",
                                                                    detached=True))
    return bytes(ci.dump())


@dataclass(frozen=True)
class ManifestVerdict:
    ok: bool
    signer_name: str
    signing_time: datetime.datetime | None
    problems: tuple[str, ...]
    signer_sha256: str = ""


def verify_manifest_signature(data: bytes, p7s: bytes, trust_roots: Sequence[object],
                              crls: Sequence[bytes] = (),
                              signers: SignerRegister | None = None) -> ManifestVerdict:
    """Whether `p7s` signs exactly `data` under a trusted root; never fetches anything.

    With `signers`, also whether the signer is an authorised signer of the institution on
    the signing date: a certificate that merely chains to a trusted CA (a clerk's ID card
    under the national CA) does not make a manifest the institution's."""
    import hashlib

    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
    from pyhanko_certvalidator import ValidationContext

    from app.letters.verify import crl_der, load_certificate, signing_day

    try:
        roots = [load_certificate(r) for r in trust_roots]
    except Exception:
        return ManifestVerdict(False, "", None, ("One of the trust anchors is not a "
                                                 "certificate.",))
    try:
        ci = cms.ContentInfo.load(p7s)
        signed_data = ci["content"]
        if ci["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        signed_data.native  # noqa: B018 - parse it all now, so damage shows here
    except Exception:
        return ManifestVerdict(False, "", None, ("manifest.json.p7s is damaged: it is not a "
                                                 "CMS signature.",))
    all_crls = [crl_der(c) for c in crls]
    vc = ValidationContext(trust_roots=roots, crls=all_crls, allow_fetching=False,
                           revocation_mode="hard-fail" if all_crls else "soft-fail")
    try:
        status = asyncio.run(async_validate_detached_cms(data, signed_data,
                                                         signer_validation_context=vc))
    except Exception:
        return ManifestVerdict(False, "", None, ("The manifest signature is damaged and cannot "
                                                 "be checked.",))
    name = ""
    sha = ""
    cert = status.signing_cert
    if cert is not None:
        cn = cert.subject.native.get("common_name", "")
        name = str(cn[0] if isinstance(cn, list) else cn)
        sha = hashlib.sha256(cert.dump()).hexdigest()
    problems: list[str] = []
    if not status.intact:
        problems.append("manifest.json was changed after it was signed.")
    elif not status.valid:
        problems.append("The manifest signature does not match its signing certificate.")
    if status.revoked:
        problems.append(f"The manifest signer's certificate ({name}) has been revoked.")
    elif not status.trusted:
        if not roots:
            problems.append(f"The manifest is signed by {name}, but no trust anchor was given "
                            "to check that certificate (pass --trust ROOT.pem).")
        else:
            problems.append(f"The manifest is signed by {name}, whose certificate does not "
                            "lead to a trusted root.")
    ok = not problems and status.bottom_line
    if not ok and not problems:
        problems.append("The manifest signature does not meet the validation rules.")
    # The manifest's CMS carries no signing-time attribute; its signed content says when it
    # was exported (as the exporting workstation's clock read it, like a letter's /M).
    when = status.signer_reported_dt or _exported_at(data)
    if signers is not None and status.intact and status.valid:
        code = signers.problem(sha, when)
        if code == "no_signers":
            problems.append(f"The manifest is signed by {name}, but no authorised signer of "
                            "the institution is pinned here to hold it against (permit-desk "
                            "trust signer add CERT.pem, or verify --signer CERT.pem).")
        elif code is not None:
            problems.append(f"The manifest is signed by {name}, who is not an authorised "
                            f"signer of the institution on {signing_day(when)}.")
        ok = ok and code is None
    return ManifestVerdict(ok, name, when, tuple(problems), sha)


def _exported_at(data: bytes) -> datetime.datetime | None:
    import json

    try:
        value = json.loads(data.decode("utf-8"))["exported_at"]
        return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except (ValueError, KeyError, TypeError):
        return None
