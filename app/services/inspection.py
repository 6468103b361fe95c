"""Inspection export as a service: the role check, a fresh audit checkpoint to anchor the
excerpt, the bundle, and the "export" entry in the audit trail (nothing else changes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.enums import Role
from app.exchange.export import ExportResult, ExportSpec, write_bundle
from app.i18n import QT_TRANSLATE_NOOP
from app.services.audit_queries import checkpoint_now
from app.services.desk import Desk

if TYPE_CHECKING:
    from app.letters.signers import LetterSigner

EXPORT_ROLES = (Role.INSPECTOR, Role.ADMIN, Role.HEAD)


def export(desk: Desk, spec: ExportSpec, out: Path, *, as_zip: bool = False,
           signer: LetterSigner | None = None,
           progress: Callable[[int, int, str], None] | None = None) -> ExportResult:
    """Write an inspection bundle; the manifest is signed by `signer` (the institution's
    letter signer, opened with the PIN or password of whoever exports)."""
    spec.check()
    desk.require(QT_TRANSLATE_NOOP("Core", "export inspection bundles"), *EXPORT_ROLES)
    # Three steps, deliberately: the excerpt ends at a signed checkpoint, committed first so
    # that the bundle (read in transactions of its own) sees it; then the bundle is written;
    # then its "export" entry, once there is a bundle to describe.
    checkpoint_now(desk)
    result = write_bundle(desk, spec, out, as_zip=as_zip, signer=signer, progress=progress,
                          clock=desk.clock)
    with desk.unit() as s:
        desk.record(s, "export", "bundle", result.path.name, after={
            "period": [spec.period_from.isoformat(), spec.period_to.isoformat()],
            "filters": {"units": list(spec.units), "kinds": list(spec.kinds)},
            "masked_codes": spec.mask_codes, "files": result.files,
            "manifest_sha256": result.manifest_sha256, "signed_by": result.signed_by,
            "path": str(result.path)})
    return result
