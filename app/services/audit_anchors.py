"""External anchors of the audit trail: the chain head a signed letter or a signed bundle
carries, read back only after its signature verifies offline.

Every user who can unlock the store can unwrap its audit key and re-sign checkpoints, so an
insider can rewrite the trail and its checkpoints alike. What they cannot make is the head's
signature on a letter (or a bundle manifest): each signed letter names the chain head at the
moment it was signed (entry number and hash, in its signed XMP metadata), so a letter kept
outside the store proves that the store's chain still holds exactly that entry.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from app.domain.audit_chain import ChainAnchor
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.letters.render import AUDIT_HASH_PROPERTY, AUDIT_SEQ_PROPERTY, PD_PREFIX
from app.services.desk import Desk
from app.services.errors import InvalidInput

_HEX64 = re.compile(r"[0-9a-f]{64}")


def _xmp_value(xmp: str, name: str) -> str | None:
    """One of our properties, written as an element or (after re-serialising) an attribute."""
    tag = f"{PD_PREFIX}:{name}"
    m = (re.search(rf"<{tag}>\s*([^<]*?)\s*</{tag}>", xmp)
         or re.search(rf'\b{tag}="([^"]*)"', xmp))
    return m.group(1) if m else None


def _letter_head(pdf: bytes) -> tuple[int, str] | None:
    """The chain head in the letter's XMP metadata (the document's current revision)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        meta = reader.root.get("/Metadata")
        if meta is None:
            return None
        xmp = meta.get_object().data.decode("utf-8", "replace")
    except Exception:
        return None
    seq, digest = _xmp_value(xmp, AUDIT_SEQ_PROPERTY), _xmp_value(xmp, AUDIT_HASH_PROPERTY)
    if seq is None or digest is None or not seq.isdigit() or not _HEX64.fullmatch(digest):
        return None
    return int(seq), digest


def _trust(desk: Desk, trust: Sequence[bytes], crls: Sequence[bytes]
           ) -> tuple[list[bytes], list[bytes]]:
    """Pinned certificates when given; otherwise the store's own trust list (which an insider
    could extend: the report names every signer so the reader can see whose letter it is)."""
    from app.services.letters import trust_material

    if trust:
        return list(trust), list(crls)
    with desk.read() as s:
        anchors, lists = trust_material(s)
    return anchors, lists + list(crls)


def letter_anchor(desk: Desk, path: Path, trust: Sequence[bytes] = (),
                  crls: Sequence[bytes] = ()) -> ChainAnchor:
    """The chain head a signed letter vouches for; InvalidInput unless its signature verifies
    (intact, trusted, covering the whole file) and it names a chain head."""
    from app.letters.verify import verify_letter

    data = _read(path)
    roots, lists = _trust(desk, trust, crls)
    verdict = verify_letter(data, roots, lists)
    if not verdict.ok:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 cannot anchor the audit trail: "
                               "%2"), path.name, " ".join(verdict.problems)))
    found = _letter_head(data)
    if found is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is a signed letter, but it names "
                               "no audit trail entry in its metadata; it cannot anchor the "
                               "audit trail."), path.name))
    seq, digest = found
    return ChainAnchor(seq, digest, path.name, verdict.signer_name or "?")


def bundle_anchor(desk: Desk, path: Path, trust: Sequence[bytes] = (),
                  crls: Sequence[bytes] = ()) -> ChainAnchor:
    """The last audit entry of a signed inspection bundle's excerpt: the manifest's signature
    covers the excerpt's SHA-256, so the excerpt's last hash is as signed."""
    from app.exchange.bundle_verify import verify_bundle

    if not path.exists():
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "There is no file or folder %1."),
                               str(path)))
    roots, lists = _trust(desk, trust, crls)
    report = verify_bundle(path, roots, lists, check_letters=False)
    if not report.ok:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 cannot anchor the audit trail: "
                               "%2"), path.name, report.problems[0]))
    manifest = json.loads(_bundle_file(path, "manifest.json"))
    excerpt = manifest.get("audit") or {}
    last_seq = excerpt.get("last_seq")
    head: tuple[int, str] | None = None
    if last_seq:
        lines = _bundle_file(path, "audit/entries.jsonl").decode("utf-8").splitlines()
        for line in reversed(lines):
            if line.strip():
                e = json.loads(line)
                if int(e["seq"]) == int(last_seq):
                    head = (int(e["seq"]), str(e["hash"]))
                break
    if head is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 is a signed bundle, but it holds "
                               "no audit trail excerpt; it cannot anchor the audit trail."),
                               path.name))
    return ChainAnchor(head[0], head[1], path.name, report.signed_by or "?")


def anchor_from(desk: Desk, path: Path, trust: Sequence[bytes] = (),
                crls: Sequence[bytes] = ()) -> ChainAnchor:
    """A letter (PDF) or an inspection bundle (folder or zip), told apart by what it is."""
    if path.is_dir() or path.suffix.lower() == ".zip":
        return bundle_anchor(desk, path, trust, crls)
    return letter_anchor(desk, path, trust, crls)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "%1 cannot be read."),
                               str(path))) from None


def _bundle_file(path: Path, name: str) -> bytes:
    if path.is_dir():
        return (path / name).read_bytes()
    with zipfile.ZipFile(path) as z:
        return z.read(name)
