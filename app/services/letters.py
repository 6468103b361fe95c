"""Decision and withdrawal letters: build, sign (with the audit checkpoint), keep, verify.

The path of a decision runs one way: decisions.decide_and_sign() records the decision, takes
the registration number, renders and signs the letter (sign_in_session) and writes the audit
entries in one write transaction, so a failure leaves nothing recorded. A decision recorded
to be signed later (the explicit choice) keeps a pending letter; sign_letter() signs it in one
transaction that also signs an audit checkpoint and records the signing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clearance import current_clearance
from app.domain.enums import ClearanceStatus, DecisionOutcome, LetterKind, Role, label
from app.domain.lt_grammar import countries_accusative, countries_english, dative_name
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services import audit
from app.services import policy as policy_svc
from app.services.desk import RETRIES, Desk
from app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.services.register import DEFAULT_REG_FORMAT, queue_letter
from app.store.models import (
    Clearance,
    Decision,
    Delegation,
    Letter,
    Person,
    RevocationList,
    Setting,
    TravelRequest,
    TrustAnchor,
    User,
    UserRole,
    Violation,
)

if TYPE_CHECKING:
    from app.letters.content import Lang, LetterContent
    from app.letters.signers import LetterSigner
    from app.letters.verify import LetterVerdict, Period, SignerRegister

SIGN_ROLES = (Role.HEAD, Role.DEPUTY)


@dataclass(frozen=True)
class SignerInfo:
    kind: str  # pkcs12 | pkcs11
    label: str
    needs: str  # "password" | "PIN"
    pkcs12_path: str = ""
    module: str = ""
    token: str = ""
    key_label: str = ""


@dataclass(frozen=True)
class LetterInfo:
    id: int
    kind: LetterKind
    lang: str
    registration_number: str
    status: str
    request_id: int | None
    decision_id: int | None
    violation_id: int | None
    created_at: datetime
    signed_at: datetime | None
    signer_name: str
    printed_at: datetime | None
    sha256: str | None


def _info(letter: Letter) -> LetterInfo:
    return LetterInfo(letter.id, LetterKind(letter.kind), letter.lang,
                      letter.registration_number or "", letter.status, letter.request_id,
                      letter.decision_id, letter.violation_id, letter.created_at,
                      letter.signed_at, letter.signer_name, letter.printed_at, letter.sha256)


# ---- the signer ----------------------------------------------------------------------------


def _settings(s: Session, prefix: str) -> dict[str, str]:
    rows = s.execute(select(Setting).where(Setting.key.like(prefix + "%"))).scalars()
    return {r.key[len(prefix):]: r.value for r in rows}


def _put(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def signer_configured(desk: Desk) -> SignerInfo | None:
    with desk.read() as s:
        cfg = _settings(s, "signer.")
    kind = cfg.get("kind")
    if kind == "pkcs12":
        path = cfg.get("pkcs12_path", "")
        return SignerInfo("pkcs12", Path(path).name, "password", pkcs12_path=path)
    if kind == "pkcs11":
        return SignerInfo("pkcs11", f"{cfg.get('token', '')} / {cfg.get('key_label', '')}", "PIN",
                          module=cfg.get("module", ""), token=cfg.get("token", ""),
                          key_label=cfg.get("key_label", ""))
    return None


def set_signer(desk: Desk, *, pkcs12: str | None = None, module: str | None = None,
               token: str | None = None, key_label: str | None = None) -> SignerInfo:
    """Where the head's signing key is: a PKCS#12 file, or a key on a PKCS#11 token."""
    if pkcs12:
        if not Path(pkcs12).is_file():
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The certificate file %1 does not "
                    "exist."), pkcs12))
        values = {"kind": "pkcs12", "pkcs12_path": str(Path(pkcs12).resolve())}
    elif module and token and key_label:
        if not Path(module).is_file():
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The token driver %1 does not exist."),
                    module))
        values = {"kind": "pkcs11", "module": str(Path(module).resolve()), "token": token,
                  "key_label": key_label}
    else:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Give a PKCS#12 file, or a PKCS#11 "
                "module with token and key labels.")))
    with desk.unit(QT_TRANSLATE_NOOP("Core", "choose the signer"), Role.ADMIN, Role.HEAD) as s:
        before = _settings(s, "signer.")
        for k in ("pkcs12_path", "module", "token", "key_label"):
            _put(s, "signer." + k, values.get(k, ""))
        _put(s, "signer.kind", values["kind"])
        desk.record(s, "signer.set", "setting", "signer", before=before, after=values)
    desk.announce("setting")
    info = signer_configured(desk)
    assert info is not None
    return info


def open_signer(desk: Desk, secret: str, info: SignerInfo | None = None) -> LetterSigner:
    """Load the configured signer once (the key is parsed and kept for the session)."""
    from app.letters.signers import Pkcs11Signer, Pkcs12Signer

    info = info or signer_configured(desk)
    if info is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "No signer is configured: an "
                "administrator sets the PKCS#12 file or the token in Settings (permit-desk "
                "signer set).")))
    if info.kind == "pkcs12":
        return Pkcs12Signer.load(info.pkcs12_path, secret)
    return Pkcs11Signer.open(info.module, info.token, info.key_label, secret)


# ---- trust anchors and CRLs -----------------------------------------------------------------


def add_trust_anchor(desk: Desk, data: bytes) -> str:
    from app.letters.verify import load_certificate

    try:
        cert = load_certificate(data)
        der = cert.dump()
        subject: str = cert.subject.human_friendly
    except Exception:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The file is not an X.509 certificate "
                "(PEM or DER)."))) from None
    digest = hashlib.sha256(der).hexdigest()
    with desk.unit(QT_TRANSLATE_NOOP("Core", "import trust anchors"), Role.ADMIN) as s:
        if s.execute(select(TrustAnchor.id).where(TrustAnchor.sha256 == digest)).first():
            raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "The certificate %1 is already a trust "
                    "anchor."), subject))
        s.add(TrustAnchor(subject=subject, sha256=digest, der=der, added_at=desk.now()))
        desk.record(s, "trust.add", "trust_anchor", digest[:16], after={"subject": subject})
    desk.announce("setting")
    return subject


def add_crl(desk: Desk, data: bytes) -> str:
    from asn1crypto import crl as asn1_crl
    from asn1crypto import pem

    try:
        der = pem.unarmor(data)[2] if pem.detect(data) else data
        parsed = asn1_crl.CertificateList.load(der)
        issuer: str = parsed.issuer.human_friendly
        tbs = parsed["tbs_cert_list"]
        this_update = tbs["this_update"].native
        next_update = tbs["next_update"].native
    except Exception:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The file is not a certificate "
                "revocation list (PEM or DER)."))) from None
    digest = hashlib.sha256(der).hexdigest()
    with desk.unit(QT_TRANSLATE_NOOP("Core", "import revocation lists"), Role.ADMIN) as s:
        if s.execute(select(RevocationList.id).where(RevocationList.sha256 == digest)).first():
            raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "This revocation list is already "
                    "imported.")))
        s.add(RevocationList(issuer=issuer, sha256=digest, der=der,
                             this_update=_naive(this_update), next_update=_naive(next_update),
                             added_at=desk.now()))
        desk.record(s, "crl.add", "revocation_list", digest[:16], after={"issuer": issuer})
    desk.announce("setting")
    return issuer


def _naive(t: Any) -> datetime | None:
    if isinstance(t, datetime):
        return t.astimezone(UTC).replace(tzinfo=None)
    return None


def trust_material(s: Session) -> tuple[list[bytes], list[bytes]]:
    anchors = list(s.execute(select(TrustAnchor.der)).scalars()) + tsl_anchor_ders(s)
    return anchors, revocation_lists(s)


def revocation_lists(s: Session) -> list[bytes]:
    """The imported CRLs (DER), which a signature embeds for offline validation."""
    return list(s.execute(select(RevocationList.der)).scalars())


def list_trust(desk: Desk) -> list[tuple[str, str]]:
    with desk.read() as s:
        return [(t.subject, t.sha256) for t in s.execute(select(TrustAnchor)).scalars()]


# ---- national trusted lists (ETSI TS 119 612) ------------------------------------------------
# An administrator pins the trusted-list signing certificate first (handed over out of band);
# a list brought on removable media is then imported only if signed by a pinned certificate,
# and its granted qualified CA services become trust anchors. Kept as settings rows.

TSL_SIGNER_PREFIX = "trust.tsl_signer."
TSL_CA_PREFIX = "trust.tsl_ca."


@dataclass(frozen=True)
class TslAnchor:
    sha256: str
    subject: str
    service_name: str
    provider: str
    territory: str
    status: str
    status_since: datetime | None


def pin_tsl_signer(desk: Desk, data: bytes) -> tuple[str, str]:
    """Pin a trusted-list signing certificate; returns (fingerprint, subject)."""
    import base64

    sha, subject, der = _cert_entry(data)
    with desk.unit(QT_TRANSLATE_NOOP("Core", "import trusted lists"), Role.ADMIN) as s:
        if s.get(Setting, TSL_SIGNER_PREFIX + sha) is not None:
            raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "The certificate %1 is already pinned "
                    "as a trusted-list signer."), subject))
        entry = {"subject": subject, "der": base64.b64encode(der).decode("ascii"),
                 "added_at": desk.now().isoformat()}
        _put(s, TSL_SIGNER_PREFIX + sha, json.dumps(entry, ensure_ascii=False))
        desk.record(s, "trust.tsl_signer_pin", "trusted_list_signer", sha[:16],
                    after={"subject": subject})
    desk.announce("setting")
    return sha, subject


def list_tsl_signers(desk: Desk) -> list[tuple[str, str]]:
    """(fingerprint, subject) of every pinned trusted-list signing certificate."""
    with desk.read() as s:
        return sorted((k, str(json.loads(v).get("subject", "")))
                      for k, v in _settings(s, TSL_SIGNER_PREFIX).items())


def _tsl_anchor(sha: str, e: dict[str, Any]) -> TslAnchor:
    since = e.get("status_since")
    return TslAnchor(sha, str(e.get("subject", "")), str(e.get("service_name", "")),
                     str(e.get("provider", "")), str(e.get("territory", "")),
                     str(e.get("status", "")),
                     datetime.fromisoformat(since) if since else None)


def list_tsl_anchors(desk: Desk) -> list[TslAnchor]:
    with desk.read() as s:
        return sorted((_tsl_anchor(k, json.loads(v))
                       for k, v in _settings(s, TSL_CA_PREFIX).items()),
                      key=lambda a: (a.territory, a.subject, a.sha256))


def import_trusted_list(desk: Desk, data: bytes) -> list[TslAnchor]:
    """Verify a national trusted list against the pinned trusted-list signers and take its
    granted qualified CA services as trust anchors, replacing those of an earlier list of
    the same territory. A list that is not signed by a pinned certificate imports nothing."""
    import base64

    from app.letters import tsl

    with desk.unit(QT_TRANSLATE_NOOP("Core", "import trusted lists"), Role.ADMIN) as s:
        pinned = [base64.b64decode(json.loads(v)["der"])
                  for v in _settings(s, TSL_SIGNER_PREFIX).values()]
        if not pinned:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "No trusted-list signing "
                    "certificate is pinned: pin one first (trust tsl-signer add CERT.pem); "
                    "nothing was imported.")))
        try:
            found = tsl.read_trusted_list(data, pinned)
        except tsl.TslError as e:
            raise InvalidInput(_tsl_refusal(e.reason)) from None
        if not found.services:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The trusted list names no "
                    "qualified CA service with a granted status; nothing was imported.")))
        for k, v in _settings(s, TSL_CA_PREFIX).items():
            if json.loads(v).get("territory") == found.territory:
                s.delete(s.get(Setting, TSL_CA_PREFIX + k))
        s.flush()
        out = []
        for ca in found.services:
            sha = hashlib.sha256(ca.der).hexdigest()
            entry = {"subject": ca.subject, "der": base64.b64encode(ca.der).decode("ascii"),
                     "service_name": ca.service_name, "provider": ca.provider,
                     "territory": found.territory, "status": ca.status,
                     "status_since": ca.status_since.isoformat() if ca.status_since else None,
                     "list_sequence": found.sequence, "list_issued": found.issued,
                     "imported_at": desk.now().isoformat()}
            _put(s, TSL_CA_PREFIX + sha, json.dumps(entry, ensure_ascii=False))
            out.append(_tsl_anchor(sha, entry))
        desk.record(s, "trust.tsl_import", "trusted_list", found.territory or "?",
                    after={"territory": found.territory, "operator": found.operator,
                           "sequence": found.sequence, "issued": found.issued,
                           "next_update": found.next_update,
                           "signer": found.signer_sha256[:16],
                           "qualified_cas": [a.subject for a in out]})
    desk.announce("setting")
    return out


def _tsl_refusal(reason: str) -> str:
    from app.letters import tsl

    if reason == tsl.UNSIGNED:
        return msg(QT_TRANSLATE_NOOP("Core", "The trusted list is not signed; nothing was "
                "imported."))
    if reason == tsl.BAD_SIGNATURE:
        return msg(QT_TRANSLATE_NOOP("Core", "The trusted list's signature does not verify "
                "against a pinned trusted-list signing certificate (the list was changed, or "
                "another certificate signed it); nothing was imported."))
    return msg(QT_TRANSLATE_NOOP("Core", "The file is not an ETSI TS 119 612 trusted list; "
            "nothing was imported."))


def tsl_anchor_ders(s: Session) -> list[bytes]:
    """The imported qualified CAs' DER; each one granted since a date vouches only for
    signatures made from then on (a DatedAnchor, still bytes to every caller)."""
    import base64

    from app.letters.verify import DatedAnchor

    out: list[bytes] = []
    for v in _settings(s, TSL_CA_PREFIX).values():
        e = json.loads(v)
        der = base64.b64decode(e["der"])
        since = e.get("status_since")
        if since:
            when = datetime.fromisoformat(since)
            out.append(DatedAnchor(der, when if when.tzinfo else when.replace(tzinfo=UTC)))
        else:
            out.append(der)
    return out


# ---- who signs for the institution: the register of signers, pinned audit keys ---------------
# A certificate under a trusted CA is anybody's (a clerk's ID card under the national CA): a
# letter or a bundle is the institution's only when signed by its head, or by a deputy under
# a delegation in force on the signing date. Kept as settings rows (one per certificate or
# key, inside the encrypted store), so no schema change is needed.

SIGNER_PREFIX = "trust.signer."
AUDIT_KEY_PREFIX = "trust.audit_key."


@dataclass(frozen=True)
class RegisteredSigner:
    sha256: str
    subject: str
    usernames: tuple[str, ...]  # whose certificate: signs when they do (head, delegation)
    standalone: bool  # pinned for itself: signs for the institution in its window
    valid_from: date | None
    valid_to: date | None


def _signer_entries(s: Session) -> dict[str, dict[str, Any]]:
    return {k: json.loads(v) for k, v in _settings(s, SIGNER_PREFIX).items()}


def _registered(s: Session, sha: str, e: dict[str, Any]) -> RegisteredSigner:
    names = []
    for uid in e.get("users", []):
        u = s.get(User, uid)
        names.append(u.username if u else f"#{uid}")
    return RegisteredSigner(sha, str(e.get("subject", "")), tuple(names),
                            bool(e.get("standalone")), _day(e.get("from")), _day(e.get("to")))


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _cert_entry(data: bytes) -> tuple[str, str, bytes]:
    from app.letters.verify import load_certificate

    try:
        cert = load_certificate(data)
        der = cert.dump()
        subject: str = cert.subject.human_friendly
    except Exception:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The file is not an X.509 certificate "
                "(PEM or DER)."))) from None
    return hashlib.sha256(der).hexdigest(), subject, der


def pin_signer(desk: Desk, data: bytes, *, username: str | None = None,
               valid_from: date | None = None, valid_to: date | None = None
               ) -> RegisteredSigner:
    """Pin a certificate as one of the institution's signers: the certificate of a user of
    this store (then it signs when they do: always for the head, under a delegation for a
    deputy), or, with no user, a certificate that signs for the institution on any date in
    [valid_from, valid_to] (an inspector pins the institution's head this way)."""
    import base64

    if valid_from and valid_to and valid_to < valid_from:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The period ends before it starts.")))
    sha, subject, der = _cert_entry(data)
    with desk.unit(QT_TRANSLATE_NOOP("Core", "pin the institution's signers"),
                     Role.ADMIN) as s:
        if s.get(Setting, SIGNER_PREFIX + sha) is not None:
            raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "The certificate %1 is already pinned "
                    "as a signer; remove it first to pin it again."), subject))
        users: list[int] = []
        if username:
            u = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if u is None:
                raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no user named %1."),
                        repr(username)))
            roles = set(s.execute(select(UserRole.role).where(UserRole.user_id == u.id))
                        .scalars())
            if not roles & {Role.HEAD.value, Role.DEPUTY.value}:
                raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is neither the head nor a "
                        "deputy, so they never sign for the institution."), username))
            users.append(u.id)
        entry = {"subject": subject, "der": base64.b64encode(der).decode("ascii"),
                 "users": users, "standalone": not users,
                 "from": valid_from.isoformat() if valid_from else None,
                 "to": valid_to.isoformat() if valid_to else None,
                 "added_at": desk.now().isoformat()}
        _put(s, SIGNER_PREFIX + sha, json.dumps(entry, ensure_ascii=False))
        desk.record(s, "signer.pin", "signer_certificate", sha[:16],
                    after={k: v for k, v in entry.items() if k != "der"})
        info = _registered(s, sha, entry)
    desk.announce("setting")
    return info


def remember_signing_certificate(desk: Desk, s: Session, cert: Any) -> None:
    """The store signed a letter with this certificate for the actor (head or deputy, the
    decider): keep it in the register as theirs, inside the signing transaction."""
    import base64

    der = cert.dump()
    sha = hashlib.sha256(der).hexdigest()
    row = s.get(Setting, SIGNER_PREFIX + sha)
    entry: dict[str, Any] = json.loads(row.value) if row is not None else {
        "subject": cert.subject.human_friendly, "der": base64.b64encode(der).decode("ascii"),
        "users": [], "standalone": False, "from": None, "to": None,
        "added_at": desk.now().isoformat()}
    if desk.actor.user_id in entry["users"]:
        return
    entry["users"].append(desk.actor.user_id)
    _put(s, SIGNER_PREFIX + sha, json.dumps(entry, ensure_ascii=False))
    desk.record(s, "signer.remember", "signer_certificate", sha[:16],
                after={"subject": entry["subject"], "user": desk.actor.username})


def list_signers(desk: Desk) -> list[RegisteredSigner]:
    with desk.read() as s:
        return sorted((_registered(s, k, e) for k, e in _signer_entries(s).items()),
                      key=lambda r: (r.subject, r.sha256))


def _match(keys: Sequence[str], prefix: str, what: str) -> str:
    p = prefix.strip().lower()
    found = [k for k in keys if p and k.startswith(p)]
    if len(found) != 1:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "No single %1 has a fingerprint starting "
                "with %2."), what, repr(prefix)))
    return found[0]


def unpin_signer(desk: Desk, fingerprint_prefix: str) -> RegisteredSigner:
    with desk.unit(QT_TRANSLATE_NOOP("Core", "pin the institution's signers"),
                     Role.ADMIN) as s:
        entries = _signer_entries(s)
        sha = _match(list(entries), fingerprint_prefix,
                     msg(QT_TRANSLATE_NOOP("Core", "pinned signer certificate")))
        info = _registered(s, sha, entries[sha])
        row = s.get(Setting, SIGNER_PREFIX + sha)
        s.delete(row)
        desk.record(s, "signer.unpin", "signer_certificate", sha[:16],
                    before={"subject": info.subject, "users": list(info.usernames)})
    desk.announce("setting")
    return info


def signer_register(s: Session) -> SignerRegister:
    """The register as verification reads it: each certificate with the periods in which it
    signs for the institution (the head's: always; a deputy's: while a delegation to them was
    in force, up to its revocation; a standalone pin: its window)."""
    from app.letters.verify import ALWAYS, AuthorisedSigner, SignerRegister

    out = []
    for sha, e in _signer_entries(s).items():
        periods: list[Period] = [ALWAYS] if e.get("standalone") else []
        for uid in e.get("users", []):
            periods += _user_periods(s, int(uid))
        window = (_local_midnight(_day(e.get("from"))),
                  _local_midnight(_day(e.get("to")), next_day=True))
        clipped = [p for p in (_intersect(p, window) for p in periods) if p is not None]
        out.append(AuthorisedSigner(sha, str(e.get("subject", "")), tuple(clipped)))
    return SignerRegister(tuple(out))


def _user_periods(s: Session, user_id: int) -> list[Period]:
    roles = set(s.execute(select(UserRole.role).where(UserRole.user_id == user_id)).scalars())
    if Role.HEAD.value in roles:
        return [(None, None)]
    # A delegation is history: one in force on the signing date counts even if the deputy
    # role or the delegation was taken away later (its revocation ends it from then on).
    out: list[Period] = []
    for d in s.execute(select(Delegation).where(Delegation.to_user_id == user_id)).scalars():
        start = _local_midnight(d.valid_from)
        end = _local_midnight(d.valid_to, next_day=True)
        if d.revoked_at is not None:
            revoked = d.revoked_at.replace(tzinfo=UTC)
            end = revoked if end is None else min(end, revoked)
        if start is None or end is None or start < end:
            out.append((start, end))
    return out


def _local_midnight(day: date | None, next_day: bool = False) -> datetime | None:
    from datetime import time, timedelta
    from zoneinfo import ZoneInfo

    if day is None:
        return None
    if next_day:
        day += timedelta(days=1)
    return datetime.combine(day, time(), tzinfo=ZoneInfo("Europe/Vilnius"))


def _intersect(a: Period, b: Period) -> Period | None:
    starts = [x for x in (a[0], b[0]) if x is not None]
    ends = [x for x in (a[1], b[1]) if x is not None]
    start, end = (max(starts) if starts else None), (min(ends) if ends else None)
    if start is not None and end is not None and start >= end:
        return None
    return start, end


def _key_entry(data: bytes) -> tuple[str, bytes]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_pem_public_key(data)
    except Exception:
        key = None
    if not isinstance(key, Ed25519PublicKey):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The file is not an audit public key "
                "(an Ed25519 public key in PEM).")))
    pem_bytes = key.public_bytes(serialization.Encoding.PEM,
                                 serialization.PublicFormat.SubjectPublicKeyInfo)
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest(), pem_bytes


def pin_audit_key(desk: Desk, data: bytes) -> str:
    """Pin an institution's audit public key (handed over out of band, never taken from a
    bundle): bundles' checkpoints must be signed by a pinned key. Returns its fingerprint."""
    sha, pem_bytes = _key_entry(data)
    with desk.unit(QT_TRANSLATE_NOOP("Core", "pin audit keys"), Role.ADMIN) as s:
        if s.get(Setting, AUDIT_KEY_PREFIX + sha) is not None or sha == _own_key_sha(s):
            raise Conflict(msg(QT_TRANSLATE_NOOP("Core", "This audit key is already pinned.")))
        _put(s, AUDIT_KEY_PREFIX + sha, pem_bytes.decode("ascii"))
        desk.record(s, "audit_key.pin", "audit_key", sha[:16])
    desk.announce("setting")
    return sha


def unpin_audit_key(desk: Desk, fingerprint_prefix: str) -> str:
    with desk.unit(QT_TRANSLATE_NOOP("Core", "pin audit keys"), Role.ADMIN) as s:
        sha = _match(list(_settings(s, AUDIT_KEY_PREFIX)), fingerprint_prefix,
                     msg(QT_TRANSLATE_NOOP("Core", "pinned audit key")))
        s.delete(s.get(Setting, AUDIT_KEY_PREFIX + sha))
        desk.record(s, "audit_key.unpin", "audit_key", sha[:16])
    desk.announce("setting")
    return sha


def _own_key_sha(s: Session) -> str:
    return _key_entry(audit.public_key_pem(s))[0]


def own_audit_key_pem(desk: Desk) -> bytes:
    """This store's own audit public key, to hand to inspectors out of band."""
    with desk.read() as s:
        return audit.public_key_pem(s)


def list_audit_keys(desk: Desk) -> list[tuple[str, bool]]:
    """(fingerprint, is this store's own key) for every key a checkpoint may be signed by."""
    with desk.read() as s:
        return [(_own_key_sha(s), True)] + [(k, False) for k in
                                            sorted(_settings(s, AUDIT_KEY_PREFIX))]


def audit_keys(s: Session) -> list[bytes]:
    """PEM of this store's own audit public key and of every pinned one."""
    return [audit.public_key_pem(s)] + [v.encode("ascii") for v in
                                        _settings(s, AUDIT_KEY_PREFIX).values()]


def verification_material(desk: Desk) -> tuple[list[bytes], list[bytes], SignerRegister,
                                                list[bytes]]:
    """Trust anchors, CRLs, the register of signers and the audit keys, as pinned here."""
    with desk.read() as s:
        anchors, crls = trust_material(s)
        return anchors, crls, signer_register(s), audit_keys(s)


# ---- building a letter ------------------------------------------------------------------------


def _letter_settings(s: Session) -> dict[str, str]:
    """The institution's and the letters' settings in one query (a letter needs four of
    them; one query each was four round trips)."""
    rows = s.execute(select(Setting.key, Setting.value).where(
        Setting.key.like("institution.%") | Setting.key.like("letters.%")))
    return {k: v for k, v in rows}


def _letterhead(conf: dict[str, str]) -> Any:
    from app.letters.content import Letterhead

    return Letterhead(conf.get("institution.name", ""), conf.get("institution.code", ""),
                      conf.get("institution.address", ""),
                      conf.get("institution.extra_line", ""))


def _flag(conf: dict[str, str], key: str) -> bool:
    """An on/off letters setting, its default from app.services.settings.DEFAULTS."""
    from app.services.settings import DEFAULTS

    return conf.get(key, DEFAULTS[key]) in ("1", "true", "yes")


def _person(s: Session, person_id: int) -> Person:
    p = s.get(Person, person_id)
    assert p is not None
    return p


def build_content(desk: Desk, s: Session, letter: Letter, checkpoint: tuple[int, str] | None,
                  conf: dict[str, str] | None = None) -> LetterContent:
    """Everything printed on the letter, from the records it reports; `conf`: the letter
    settings (_letter_settings), if the caller has read them."""
    from app.letters.content import LetterContent, format_date

    lang: Lang = "en" if letter.lang == "en" else "lt"
    kind = LetterKind(letter.kind)
    pol = policy_svc.in_force(s).policy
    names = {c.code: (c.name_lt if lang == "lt" else c.name_en) for c in pol.countries}
    req = s.get(TravelRequest, letter.request_id) if letter.request_id else None
    decision = s.get(Decision, letter.decision_id) if letter.decision_id else None
    violation = s.get(Violation, letter.violation_id) if letter.violation_id else None
    person_id = req.person_id if req else (violation.person_id if violation else None)
    if person_id is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Letter %1 reports no request or "
                "violation."), letter.registration_number))
    person = _person(s, person_id)
    clearance = (s.get(Clearance, violation.clearance_id) if violation and violation.clearance_id
                 else current_clearance(s.execute(select(Clearance).where(
                     Clearance.person_id == person.id)).scalars()))
    full = f"{person.first_name} {person.last_name}"
    number = clearance.number if clearance else "—"
    if clearance is not None and violation is None and \
            clearance.status != ClearanceStatus.ACTIVE.value:
        # A decision letter never shows a withdrawn (suspended, expired) clearance as if held.
        number = f"{number} ({label(ClearanceStatus(clearance.status), lang)})"
    fields: dict[str, str] = {
        "traveller_name": full,
        "clearance_level": label(_level(clearance.level), lang) if clearance else "—",
        "clearance_number": number,
    }
    if req is not None:
        codes = tuple(c for c in req.countries.split(",") if c)
        fields.update({
            "countries": (countries_accusative(codes, names) if lang == "lt"
                          else countries_english(codes, names)),
            # Both languages' phrases, for the metadata's title in the other language.
            "countries@lt": countries_accusative(codes, names),
            "countries@en": countries_english(codes, names),
            "depart": format_date(req.depart, lang, False),
            "return_": format_date(req.return_, lang, False),
            "purpose": req.purpose,
            "reason_category": label(_reason(req.reason_category), lang),
        })
    if decision is not None:
        conditions = json.loads(decision.conditions)
        if decision.debrief_due and decision.outcome == DecisionOutcome.APPROVE.value:
            conditions.append(
                f"Ne vėliau kaip per {pol.debrief_working_days} darbo dienas po grįžimo "
                "pateikti informaciją apie kelionę saugumo pareigūnui."
                if lang == "lt" else
                f"Report on the trip to the security officer within "
                f"{pol.debrief_working_days} working days of return.")
        fields["conditions"] = "\n".join(conditions)
        fields["decision_reason"] = decision.reason
    if violation is not None:
        fields["violation_summary"] = violation.evidence
        fields["violation_date"] = format_date(violation.occurred_on, lang, False)
        fields.setdefault("countries", "")
        fields.setdefault("depart", "")
        fields.setdefault("return_", "")
        fields.setdefault("purpose", "")
        fields.setdefault("reason_category", "")
    fields.setdefault("conditions", "")
    fields.setdefault("decision_reason", "")
    signer_name, signer_position, on_behalf = _signer_block(desk, s, decision, lang)
    conf = _letter_settings(s) if conf is None else conf
    return LetterContent(
        kind=kind, lang=lang, letterhead=_letterhead(conf),
        registration_number=letter.registration_number or "",
        date=desk.today(), long_date=_flag(conf, "letters.long_date"),
        addressee_name=dative_name(full) if lang == "lt" else full,
        addressee_position=person.position, addressee_unit=person.unit, fields=fields,
        signer_position=signer_position, signer_name=signer_name, on_behalf_of=on_behalf,
        audit_checkpoint=checkpoint, recipient_name=full,
        recipient_code=person.personal_code if _flag(conf, "letters.recipient_code") else None)


def _level(value: str) -> Any:
    from app.domain.enums import ClearanceLevel

    return ClearanceLevel(value)


def _reason(value: str) -> Any:
    from app.domain.enums import ReasonCategory

    return ReasonCategory(value)


def _signer_block(desk: Desk, s: Session, decision: Decision | None, lang: str
                  ) -> tuple[str, str, str | None]:
    actor = desk.actor
    position = actor.position or ("Įstaigos vadovas" if lang == "lt" else "Head of institution")
    if decision is not None and decision.acting_for is not None:
        head = s.get(User, decision.acting_for)
        head_pos = head.position if head and head.position else (
            "įstaigos vadovą" if lang == "lt" else "the Head")
        on_behalf = (f"pavaduojantis(-i) {head_pos.lower()}" if lang == "lt"
                     else f"for {head_pos}")
        return actor.full_name, position, on_behalf
    return actor.full_name, position, None


# ---- signing ----------------------------------------------------------------------------------


def _may_sign(desk: Desk, s: Session, letter: Letter) -> None:
    """Only the decider signs a decision's letter (the role check comes before the session:
    desk.require writes its refusal in a transaction of its own)."""
    if letter.decision_id is not None:
        decision = s.get(Decision, letter.decision_id)
        if decision is not None and decision.decided_by != desk.actor.user_id:
            decider = s.get(User, decision.decided_by)
            raise PermissionDenied(
                msg(QT_TRANSLATE_NOOP("Core", "Letter %1 reports a decision by %2; only they "
                    "sign it."),
                    letter.registration_number, decider.full_name if decider else
                    msg(QT_TRANSLATE_NOOP("Core", "another user"))))


def sign_letter(desk: Desk, letter_id: int, signer: LetterSigner) -> LetterInfo:
    """Render and sign a pending letter; the PDF, the checkpoint it prints and the audit entry
    commit together or not at all."""
    from app.letters.signers import asks_pin_per_signature

    def work(s: Session) -> LetterInfo:
        letter = s.get(Letter, letter_id, with_for_update=True)
        if letter is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no letter %1."), letter_id))
        if letter.status != "pending":
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Letter %1 is already signed."),
                    letter.registration_number))
        _may_sign(desk, s, letter)
        sign_in_session(desk, s, letter, signer)
        return _info(letter)

    # Signed again from the start after a serialization failure or deadlock (nothing outside
    # the database changed), except with a signer that asks its PIN for every signature.

    info = desk.run(work, QT_TRANSLATE_NOOP("Core", "sign letters"), *SIGN_ROLES,
                    attempts=1 if asks_pin_per_signature(signer) else RETRIES)
    desk.announce("letter", ids=(("letter", letter_id),))
    return info


def _rendered(desk: Desk, s: Session, letter: Letter) -> tuple[LetterContent, bytes, datetime,
                                                                  tuple[int, str] | None]:
    """The letter as it is signed now: an audit checkpoint (in the caller's transaction) that
    the letter prints, the content from the records, the unsigned PDF."""
    from app.letters.render import render_letter

    cp = audit.add_checkpoint(s, desk.audit_key(s), now=desk.clock())
    s.flush()
    checkpoint = (cp.seq, cp.head_hash) if cp else None
    content = build_content(desk, s, letter, checkpoint)
    when = desk.clock().astimezone()
    return content, render_letter(content, created=when), when, checkpoint


def render_unsigned(desk: Desk, s: Session, letter: Letter) -> bytes:
    """The PDF exactly as sign_in_session would sign it, unsigned; the caller rolls back
    (the checkpoint it adds belongs to the signing, not to a preview)."""
    return _rendered(desk, s, letter)[1]


@dataclass(frozen=True)
class PreparedLetter:
    """What a letter's signing reads from the records, read before the transaction takes the
    register and audit-chain locks: every writer of the institution waits on the chain lock,
    so under it the signing does only what needs the number and the chain's head (the
    checkpoint, the rendering that prints both, the signature, the letter's row)."""

    content: LetterContent  # the registration number and the checkpoint are filled in later
    crls: tuple[bytes, ...]
    # The signer's register entry, if there is one: kept referenced so that the session finds
    # it again without asking the server (remember_signing_certificate).
    signer_row: Setting | None
    registration_format: str  # the register's, for the number taken under the lock


def prepare_letter(desk: Desk, s: Session, letter: Letter, signer: LetterSigner
                   ) -> PreparedLetter:
    """The content of `letter` (which may not have its registration number yet), the CRLs
    the signature embeds and the signer's register entry, in the caller's transaction."""
    conf = _letter_settings(s)
    content = build_content(desk, s, letter, None, conf)
    if not content.letterhead.institution_code.strip():
        # PDF-LT level A names the institution by its legal entity code; without it the letter
        # would print an empty "Juridinio asmens kodas" and no registry would accept it.
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Set the institution's legal entity "
                "code (Settings, Institution) before signing letters.")))
    crls = revocation_lists(s)  # the anchors are the verifier's, not the signer's
    sha = hashlib.sha256(signer.certificate.dump()).hexdigest()
    return PreparedLetter(content, tuple(crls), s.get(Setting, SIGNER_PREFIX + sha),
                          conf.get("letters.registration_format") or DEFAULT_REG_FORMAT)


def sign_in_session(desk: Desk, s: Session, letter: Letter, signer: LetterSigner,
                    prepared: PreparedLetter | None = None) -> None:
    """Render and sign a pending letter in the caller's transaction (which commits or rolls
    back the PDF, the checkpoint it prints and the audit entry together). `prepared`: its
    content read earlier in the same transaction (prepare_letter), for the same letter."""
    from dataclasses import replace

    from app.letters.render import render_letter
    from app.letters.sign import sign_letter as pades_sign

    if prepared is None:
        prepared = prepare_letter(desk, s, letter, signer)
    cp = audit.add_checkpoint(s, desk.audit_key(s), now=desk.clock())
    checkpoint = (cp.seq, cp.head_hash) if cp else None
    content = replace(prepared.content, registration_number=letter.registration_number or "",
                      audit_checkpoint=checkpoint)
    when = desk.clock().astimezone()
    unsigned = render_letter(content, created=when)
    crls = list(prepared.crls)
    pdf = pades_sign(unsigned, signer,
                     registration_number=content.registration_number,
                     signer_name=content.signer_name, role=content.signer_position,
                     when=when, lang=content.lang, crls=crls,
                     ltud_role=(f"{content.signer_position}, {content.on_behalf_of}"
                                if content.on_behalf_of else content.signer_position))
    letter.pdf = pdf
    letter.status = "signed"
    letter.signed_at = desk.now()
    letter.signer_name = content.signer_name
    letter.sha256 = hashlib.sha256(pdf).hexdigest()
    letter.audit_seq, letter.audit_hash = checkpoint if checkpoint else (None, None)
    remember_signing_certificate(desk, s, signer.certificate)
    desk.record(s, "letter.sign", "letter", letter.id,
                after={"registration_number": letter.registration_number,
                       "kind": letter.kind, "sha256": letter.sha256,
                       "checkpoint": checkpoint[0] if checkpoint else None})


def pending_letter_ids(desk: Desk) -> list[int]:
    """Every letter waiting for a signature, oldest first: what `sign-pending` signs (a list
    for people to read is paged; this one is not, or letters past the page would wait)."""
    with desk.read() as s:
        return list(s.execute(select(Letter.id).where(Letter.status == "pending")
                              .order_by(Letter.id)).scalars())


def sign_many(desk: Desk, letter_ids: Sequence[int], signer: LetterSigner,
              progress: Callable[[int, int, str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> list[LetterInfo]:
    """Sign letters one by one (each its own transaction), stopping cleanly on cancel, or when
    the user declines to give the signature PIN that an ID card's key asks for every letter."""
    from app.letters.signers import SignaturePinDeclinedError

    done: list[LetterInfo] = []
    for i, lid in enumerate(letter_ids, 1):
        if cancelled is not None and cancelled():
            break
        try:
            done.append(sign_letter(desk, lid, signer))
        except SignaturePinDeclinedError:
            break  # that letter's transaction rolled back: it waits, unsigned, with the rest
        if progress is not None:
            progress(i, len(letter_ids), done[-1].registration_number)
    return done


# ---- reading ----------------------------------------------------------------------------------


def get_letter(desk: Desk, letter_id: int) -> LetterInfo:
    with desk.read() as s:
        letter = s.get(Letter, letter_id)
        if letter is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no letter %1."), letter_id))
        return _info(letter)


def letter_for_decision(desk: Desk, decision_id: int) -> LetterInfo | None:
    with desk.read() as s:
        letter = s.execute(select(Letter).where(Letter.decision_id == decision_id)
                           .order_by(Letter.id.desc())).scalars().first()
        return _info(letter) if letter else None


def letters_for_request(desk: Desk, request_id: int) -> list[LetterInfo]:
    with desk.read() as s:
        return [_info(x) for x in s.execute(select(Letter).where(Letter.request_id == request_id)
                                            .order_by(Letter.id)).scalars()]


def list_letters(desk: Desk, status: str | None = None, limit: int = 500) -> list[LetterInfo]:
    with desk.read() as s:
        q = select(Letter).order_by(Letter.id.desc()).limit(limit)
        if status:
            q = q.where(Letter.status == status)
        return [_info(x) for x in s.execute(q).scalars()]


def letter_pdf(desk: Desk, letter_id: int) -> bytes:
    with desk.read() as s:
        letter = s.get(Letter, letter_id)
        if letter is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no letter %1."), letter_id))
        if letter.pdf is None:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Letter %1 is not signed yet."),
                    letter.registration_number))
        return bytes(letter.pdf)


def english_copy(desk: Desk, letter_id: int) -> LetterInfo:
    """A letter in the other language is a letter of its own, with its own number."""
    def work(s: Session) -> LetterInfo:
        letter = s.get(Letter, letter_id)
        if letter is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no letter %1."), letter_id))
        lang = "en" if letter.lang == "lt" else "lt"
        new = queue_letter(desk, s, LetterKind(letter.kind), request_id=letter.request_id,
                           decision_id=letter.decision_id, violation_id=letter.violation_id,
                           lang=lang)
        desk.record(s, "letter.queue", "letter", new.id,
                    after={"copy_of": letter.registration_number, "lang": lang,
                           "registration_number": new.registration_number})
        return _info(new)

    info = desk.run(work, QT_TRANSLATE_NOOP("Core", "queue letters"), *SIGN_ROLES, Role.CLERK)
    desk.announce("letter")
    return info


def set_language(desk: Desk, letter_id: int, lang: str) -> LetterInfo:
    if lang not in ("lt", "en"):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A letter is in Lithuanian (lt) or "
                "English (en).")))
    with desk.unit(QT_TRANSLATE_NOOP("Core", "change a letter's language"), *SIGN_ROLES,
                     Role.CLERK) as s:
        letter = s.get(Letter, letter_id)
        if letter is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no letter %1."), letter_id))
        if letter.status != "pending":
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Letter %1 is signed; its language "
                    "cannot change."), letter.registration_number))
        before = letter.lang
        letter.lang = lang
        desk.record(s, "letter.language", "letter", letter.id, before={"lang": before},
                    after={"lang": lang})
        info = _info(letter)
    return info


def mark_printed(desk: Desk, letter_id: int) -> LetterInfo:
    with desk.unit(QT_TRANSLATE_NOOP("Core", "print letters"), Role.CLERK, *SIGN_ROLES) as s:
        letter = s.get(Letter, letter_id)
        if letter is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "There is no letter %1."), letter_id))
        letter.printed_at = desk.now()
        desk.record(s, "letter.print", "letter", letter.id,
                    after={"registration_number": letter.registration_number})
        info = _info(letter)
    desk.announce("letter", ids=(("letter", letter_id),))
    return info


def verify_pdf(desk: Desk | None, data: bytes, trust: Sequence[bytes] = (),
               crls: Sequence[bytes] = (), at: datetime | None = None,
               signers: Sequence[bytes] = ()) -> LetterVerdict:
    """The offline verdict on a letter, against the store's trust anchors and CRLs plus any
    given here, and whether its signer is an authorised signer of the institution on the
    signing date: by the store's register (the head's certificate, deputies' certificates
    with their delegations, certificates pinned with `trust signer add`) plus the
    certificates given in `signers` (pinned for any date). Without a store and without
    `signers` nobody is known to sign for the institution, and the letter is not valid."""
    from app.letters.verify import SignerRegister, verify_letter

    anchors, lists = list(trust), list(crls)
    register = SignerRegister.of_certificates(signers)
    if desk is not None:
        with desk.read() as s:
            a, c = trust_material(s)
            register = signer_register(s) + register
        anchors += a
        lists += c
    return verify_letter(data, anchors, lists, at, signers=register)
