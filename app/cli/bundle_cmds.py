"""Inspection bundles and backups: export, backup, restore (and `verify` of a bundle, which
app.cli.letter_cmds hands over here for a folder or a .zip)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli import common


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write an inspection bundle for a period")
    p.add_argument("--from", dest="period_from", type=common.iso_date,
                   required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="period_to", type=common.iso_date,
                   required=True, metavar="YYYY-MM-DD")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="a new folder (or, with --zip, the zip file)")
    p.add_argument("--zip", action="store_true", help="write one .zip file instead of a folder")
    p.add_argument("--unit", action="append", default=[], metavar="UNIT",
                   help="only these units (repeat)")
    p.add_argument("--only", metavar="KINDS",
                   help="only these record kinds, comma-separated: people, clearances, "
                        "requests, decisions, declarations, debriefs, violations, letters, "
                        "audit")
    p.add_argument("--mask-codes", action="store_true",
                   help="replace personal codes with pseudonyms")
    p.add_argument("--no-xlsx", action="store_true", help="leave the XLSX workbook out")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("backup", help="an encrypted backup of the store, or its schedule")
    p.add_argument("--out", metavar="FILE", help="the archive (default: the backup folder)")
    p.add_argument("--configure", action="store_true", help="set the folder and schedule")
    p.add_argument("--folder", metavar="DIR")
    p.add_argument("--every-days", type=int, metavar="N")
    p.add_argument("--new-recovery-key", action="store_true",
                   help="on a server: seal this backup and later ones to a new recovery key, "
                        "printed once (older backups still need the old key)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the store with a verified backup")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--setup-user", default="postgres", metavar="ROLE",
                   help="on a server: the PostgreSQL superuser that restores (default "
                        "postgres; its password from PERMIT_DESK_SETUP_PASSWORD or asked; the "
                        "recovery key from PERMIT_DESK_RECOVERY_KEY or asked)")
    p.set_defaults(func=cmd_restore)


def _progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} {what:<24}", end="", file=sys.stderr, flush=True)


def cmd_export(args: argparse.Namespace) -> int:
    from app.cli.letter_cmds import open_signer
    from app.exchange.export import ExportSpec
    from app.exchange.tables import KINDS
    from app.services import inspection, letters

    kinds = tuple(k.strip() for k in args.only.split(",") if k.strip()) if args.only \
        else tuple(KINDS)
    spec = ExportSpec(args.period_from, args.period_to, tuple(args.unit), kinds,
                      args.mask_codes, not args.no_xlsx)
    spec.check()
    out = Path(args.out)
    if args.zip and out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    with common.unlocked(args) as desk:
        # The manifest is signed by the institution's signer, unlocked by whoever exports.
        if letters.signer_configured(desk) is None:
            raise common.CliError("No signer is configured to sign the bundle's manifest: an "
                                  "administrator sets it with `permit-desk signer set`.")
        signer = open_signer(desk)  # an ID card's key asks its signature PIN too
        try:
            result = inspection.export(desk, spec, out, as_zip=args.zip, signer=signer,
                                       progress=_progress)
        finally:
            signer.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Bundle written to {result.path}: {result.files} files, "
          f"{result.rows.get('requests', 0)} requests, {result.letters} letters, "
          f"{result.audit_entries} audit entries; manifest signed by {result.signed_by}.")
    return 0


def verify_bundle(args: argparse.Namespace) -> int:
    """`permit-desk verify BUNDLE`: exit 0 only when every check holds."""
    from app.cli.letter_cmds import verification_material
    from app.exchange.bundle_verify import verify_bundle as check
    from app.exchange.export import pem_certificates

    trust: list[bytes] = []
    for t in args.trust:
        trust += pem_certificates(Path(t).read_bytes())
    crls = [Path(c).read_bytes() for c in args.crl]
    signer_certs: list[bytes] = []
    for c in args.signer:
        signer_certs += pem_certificates(Path(c).read_bytes())
    audit_keys = [Path(k).read_bytes() for k in args.audit_key]
    # Who signs for the institution and its audit key: pinned in the store or given here,
    # never the keys the bundle carries about itself.
    trust, crls, register, audit_keys = verification_material(args, trust, crls, signer_certs,
                                                               audit_keys)
    report = check(Path(args.path), trust, crls, signers=register, audit_keys=audit_keys)
    print(f"Bundle:       {report.path}")
    if report.institution:
        print(f"Institution:  {report.institution}")
    if report.period[0]:
        print(f"Period:       {report.period[0]} – {report.period[1]}")
    print(f"Signed by:    {report.signed_by or '-'}")
    print(f"Files:        {report.files_checked} checked")
    print(f"Audit:        {report.audit_entries} entries, {report.audit_checkpoints} "
          "checkpoints")
    print(f"Letters:      {report.letters_checked} checked")
    for name, indication, sub in report.letter_results:  # the same report as `verify LETTER`
        print(f"  {name}: {indication}{'/' + sub if sub else ''}")
    if report.ok:
        print("Verdict:      VALID: manifest signed under a trusted root by an authorised "
              "signer of the institution, every file intact, nothing missing or added, audit "
              "chain continuous under the pinned audit key, letters valid.")
        return 0
    print("Verdict:      NOT VALID")
    for p in report.problems:
        print(f"  - {p}")
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services import backups

    with common.unlocked(args) as desk:
        if args.configure:
            cfg = backups.configure(desk, folder=Path(args.folder) if args.folder else None,
                                    every_days=args.every_days)
            print(f"Backups go to {cfg.folder or '(not set)'}"
                  + (f", every {cfg.every_days} days." if cfg.every_days else "."))
            return 0
        info = backups.backup(desk, Path(args.out) if args.out else None,
                              new_recovery_key=args.new_recovery_key)
    print(f"Backup written to {info.path} ({info.size // 1024} KiB, SHA-256 "
          f"{info.sha256[:16]}…).")
    new_key = getattr(info, "new_recovery_key", "")
    if new_key:
        if args.new_recovery_key:
            print("This backup and every later one open with this new recovery key only, with "
                  "the server's superuser password, to restore. Backups made before still need "
                  "the old key: keep it as long as you keep them.")
        else:
            print("This is the store's first server backup. Its backups open with this "
                  "recovery key only, with the server's superuser password, to restore:")
        print()
        print("RECOVERY KEY (shown once; write it down and keep it in the safe):")
        print()
        print("    " + new_key)
        print(flush=True)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services import backups
    from app.store.locator import ServerLocator

    where = common.store_locator(args)
    if isinstance(where, ServerLocator):
        return _restore_server(args, where)
    db = common.store_path(args)
    user = args.user or os.environ.get(common.USER_ENV)
    if not user:
        raise common.CliError("Say who restores with --user NAME (an administrator of this "
                              "store).")
    passphrase = common.ask_secret(f"Passphrase for {user}: ")
    result = backups.restore(Path(args.file), db, user, passphrase)
    if not result.authorised_in_live_store:
        print(f"The store at {db} could not be opened ({result.live_store_problem.rstrip('.')}), "
              f"so {user} restored it as an administrator of the backup's store.")
    print(f"Store restored from {args.file} (backup of {result.backup_created_at}); "
          f"{result.rolled_back_entries} audit entries made since the backup were rolled back; "
          f"the replaced store was kept as {result.replaced_db or '(there was none)'}.")
    return 0


def _restore_server(args: argparse.Namespace, where: Any) -> int:
    from app.cli.server_cmds import SETUP_PASSWORD_ENV
    from app.services import server_backup

    password = common.ask_secret(f"Password of the PostgreSQL role {args.setup_user}: ",
                                 env=SETUP_PASSWORD_ENV)
    key = common.ask_secret("Recovery key of the server's backups: ",
                            env="PERMIT_DESK_RECOVERY_KEY")
    result = server_backup.restore(Path(args.file), where, args.setup_user, password, key)
    print(f"Store restored on {where} from {args.file} (backup of "
          f"{result.backup_created_at}); its audit trail of {result.audit_entries} entries "
          "verifies.")
    if result.replaced_database:
        print(f"{result.rolled_back_entries} audit entries made since the backup were rolled "
              f"back; the replaced database was kept as {result.replaced_database} (closed to "
              "connections).")
    if result.users_without_login:
        print("Logins belong to the server, not to the backup: these users have none on this "
              f"server yet: {', '.join(result.users_without_login)}. Give each one with "
              f"`permit-desk --store {where} server login USERNAME`.")
    return 0
