"""Checks an inspection bundle (folder or zip) from the bundle alone, offline: the manifest's
signature, every file's hash and size, nothing missing or added, the audit excerpt's chain
and checkpoints, and every letter's signature. Each problem is named in one sentence.

Given a register of the institution's signers and its pinned audit keys (as the command
line always gives), the manifest and every letter must be signed by an authorised signer on
their signing dates, and the checkpoints by a pinned audit key: never by the keys the
bundle carries about itself."""

from __future__ import annotations

import base64
import datetime
import json
import os
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app.domain.audit_chain import checkpoint_message, entry_hash
from app.exchange.bundle_io import sha256_of

if TYPE_CHECKING:
    from app.letters.verify import SignerRegister

MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.p7s"


@dataclass
class BundleReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    signed_by: str = ""
    files_checked: int = 0
    audit_entries: int = 0
    audit_checkpoints: int = 0
    letters_checked: int = 0
    # Each letter's ETSI-style result: (file, indication, sub-indication), in bundle order.
    letter_results: list[tuple[str, str, str]] = field(default_factory=list)
    period: tuple[str, str] = ("", "")
    institution: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


class _Source:
    """Read access to a bundle's files, whether a folder or a zip."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        if path.is_dir():
            self._names = {
                os.path.relpath(os.path.join(d, f), path).replace(os.sep, "/")
                for d, _dirs, files in os.walk(path) for f in files
            }
        else:
            self.zip = zipfile.ZipFile(path)
            self._names = {i.filename for i in self.zip.infolist() if not i.is_dir()}

    def names(self) -> set[str]:
        return set(self._names)

    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        if self.zip is not None:
            with self.zip.open(name) as f:
                yield f
        else:
            with open(self.path / name, "rb") as f:
                yield f

    def read(self, name: str) -> bytes:
        with self.open(name) as f:
            return f.read()

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def verify_bundle(path: Path, trust: Sequence[bytes] = (), crls: Sequence[bytes] = (),
                  check_letters: bool = True, *, signers: SignerRegister | None = None,
                  audit_keys: Sequence[bytes] | None = None) -> BundleReport:
    """Every check on a bundle. `signers`: who signs for the institution (None: not asked,
    any certificate under a trusted root passes). `audit_keys`: the institution's pinned audit
    public keys, PEM (None: the bundle's own key, which proves only that the excerpt is
    consistent with itself)."""
    report = BundleReport(path)
    if not path.exists():
        report.problems.append(f"There is no bundle at {path}.")
        return report
    try:
        src = _Source(path)
    except (zipfile.BadZipFile, OSError):
        report.problems.append(f"{path.name} is not a readable zip file: it is damaged or "
                               "truncated.")
        return report
    try:
        _verify(src, report, trust, crls, check_letters, signers, audit_keys)
    finally:
        src.close()
    return report


def _verify(src: _Source, report: BundleReport, trust: Sequence[bytes], crls: Sequence[bytes],
            check_letters: bool, signers: SignerRegister | None,
            audit_keys: Sequence[bytes] | None) -> None:
    from app.exchange.manifest_sign import verify_manifest_signature

    names = src.names()
    if MANIFEST not in names:
        report.problems.append("manifest.json is missing: nothing in the bundle can be "
                               "checked.")
        return
    data = src.read(MANIFEST)
    # The signature first: a manifest that is not signed proves nothing about the files.
    if SIGNATURE not in names:
        report.problems.append("manifest.json.p7s is missing: the manifest is not signed.")
    else:
        verdict = verify_manifest_signature(data, src.read(SIGNATURE), trust, crls, signers)
        report.signed_by = verdict.signer_name
        report.problems.extend(verdict.problems)
    try:
        manifest = json.loads(data.decode("utf-8"))
        files = {f["path"]: f for f in manifest["files"]}
    except (ValueError, KeyError, TypeError):
        report.problems.append("manifest.json is damaged: it is not a bundle manifest.")
        return
    report.period = (manifest.get("period", {}).get("from", ""),
                     manifest.get("period", {}).get("to", ""))
    report.institution = str(manifest.get("institution", {}).get("name", ""))

    changed: set[str] = set()
    for name, entry in sorted(files.items()):
        if name not in names:
            report.problems.append(f"{name} is listed in the manifest but missing from the "
                                   "bundle.")
            changed.add(name)
            continue
        with src.open(name) as f:
            digest, size = sha256_of(f)
        report.files_checked += 1
        if size != entry.get("size") or digest != entry.get("sha256"):
            changed.add(name)
            report.problems.append(f"{name} was changed: its "
                                   f"{'size' if size != entry.get('size') else 'SHA-256'} "
                                   "does not match the manifest.")
    for extra in sorted(names - set(files) - {MANIFEST, SIGNATURE}):
        report.problems.append(f"{extra} is not listed in the manifest: it was added to the "
                               "bundle.")

    audit = manifest.get("audit") or {}
    if audit and "audit/entries.jsonl" in names:
        _verify_audit(src, audit, report, audit_keys)
    if check_letters:
        for name, entry in sorted(files.items()):
            if "letter" in entry and name in names:
                _verify_letter(src, name, entry["letter"], manifest, report, trust, crls,
                               signers)


def _checkpoint_keys(src: _Source, report: BundleReport,
                     audit_keys: Sequence[bytes] | None) -> list[Any] | None:
    """The public keys a checkpoint may be signed by, or None (said) when there are none."""
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    if audit_keys is None:
        try:
            return [load_pem_public_key(src.read("audit/audit-public-key.pem"))]
        except Exception:
            report.problems.append("The audit public key in the bundle is missing or damaged; "
                                   "the checkpoints cannot be checked.")
            return None
    keys = []
    for pem_bytes in audit_keys:
        try:
            keys.append(load_pem_public_key(pem_bytes))
        except Exception:
            report.problems.append("One of the pinned audit keys is not a public key.")
            return None
    if not keys:
        report.problems.append("No audit key of the institution is pinned here, so the audit "
                               "checkpoints cannot be checked (permit-desk trust audit-key add "
                               "FILE, or verify --audit-key FILE).")
        return None
    return keys


def _signed_by_one_of(keys: list[Any], signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    for pub in keys:
        try:
            pub.verify(signature, message)
            return True
        except (InvalidSignature, ValueError, TypeError):
            continue
    return False


def _verify_audit(src: _Source, audit: dict[str, Any], report: BundleReport,
                  audit_keys: Sequence[bytes] | None = None) -> None:
    keys = _checkpoint_keys(src, report, audit_keys)
    if keys is None:
        return
    whose = "the bundle's audit key" if audit_keys is None else \
        "the institution's pinned audit key"
    cps: dict[int, dict[str, Any]] = {}
    try:
        for line in src.read("audit/checkpoints.jsonl").decode("utf-8").splitlines():
            if line.strip():
                cp = json.loads(line)
                cps[int(cp["seq"])] = cp
    except Exception:
        report.problems.append("audit/checkpoints.jsonl is damaged.")
        return
    for seq, cp in sorted(cps.items()):
        try:
            good = _signed_by_one_of(keys, base64.b64decode(cp["signature"]),
                                     checkpoint_message(seq, cp["head_hash"], cp["at"]))
        except (ValueError, TypeError, KeyError):
            good = False
        if not good:
            report.problems.append(f"The audit checkpoint at entry {seq} is not signed by "
                                   f"{whose}.")
    report.audit_checkpoints = len(cps)
    expected = int(audit.get("anchor_seq", 0)) + 1
    prev = str(audit.get("anchor_hash", ""))
    count = 0
    problem = None
    with src.open("audit/entries.jsonl") as f:
        for raw in f:
            if not raw.strip():
                continue
            try:
                e = json.loads(raw)
                seq = int(e["seq"])
            except (ValueError, KeyError, TypeError):
                problem = f"audit/entries.jsonl is damaged after entry {expected - 1}."
                break
            count += 1
            if seq != expected:
                what = "missing (deleted)" if seq > expected else "out of order"
                problem = f"Audit entry {expected} is {what} in the bundle's excerpt."
                break
            if e.get("prev_hash") != prev:
                problem = f"Audit entry {seq} does not link to the entry before it."
                break
            h = entry_hash(seq=seq, at=e["at"], username=e["username"],
                           acting_for=e["acting_for"], action=e["action"], entity=e["entity"],
                           entity_id=e["entity_id"], before=e["before"], after=e["after"],
                           prev_hash=e["prev_hash"])
            if h != e.get("hash"):
                problem = f"Audit entry {seq} has been altered (its hash does not match)."
                break
            cp = cps.get(seq)
            if cp is not None and cp["head_hash"] != h:
                problem = (f"The audit chain was rewritten: entry {seq} does not match its "
                           "signed checkpoint.")
                break
            prev = h
            expected += 1
    report.audit_entries = count
    if problem:
        report.problems.append(problem)
        return
    last = expected - 1
    if audit.get("last_seq") is not None and last != int(audit["last_seq"]):
        report.problems.append(f"The audit excerpt ends at entry {last}, but the manifest says "
                               f"it ends at {audit['last_seq']}: entries were removed.")
    elif audit.get("covering_checkpoint") is not None and last not in cps:
        report.problems.append(f"No signed checkpoint covers the audit excerpt's last entry "
                               f"({last}).")


def _verify_letter(src: _Source, name: str, listed: dict[str, Any], manifest: dict[str, Any],
                   report: BundleReport, trust: Sequence[bytes], crls: Sequence[bytes],
                   signers: SignerRegister | None = None) -> None:
    from zoneinfo import ZoneInfo

    from app.letters.verify import verify_letter

    verdict = verify_letter(src.read(name), list(trust), list(crls), signers=signers)
    report.letters_checked += 1
    for sig in verdict.signatures or ():
        report.letter_results.append((name, sig.indication, sig.sub_indication))
    if not verdict.signatures:
        report.letter_results.append((name, "TOTAL_FAILED", "FORMAT_FAILURE"))
    for p in verdict.problems:
        report.problems.append(f"{name}: {p}")
    want = listed.get("registration_number", "")
    if verdict.registration_number and verdict.registration_number != want:
        report.problems.append(f"{name} is letter {verdict.registration_number}, not letter "
                               f"{want} that the manifest lists.")
    period = manifest.get("period", {})
    if verdict.signing_time is not None and period:
        day = verdict.signing_time.astimezone(ZoneInfo("Europe/Vilnius")).date()
        start = datetime.date.fromisoformat(period["from"])
        end = datetime.date.fromisoformat(period["to"])
        if not start - datetime.timedelta(days=1) <= day <= end + datetime.timedelta(days=1):
            report.problems.append(f"{name} was signed on {day.isoformat()}, outside the "
                                   f"bundle's period {start.isoformat()} – {end.isoformat()}.")
