"""Audit commands: verify the chain, sign a checkpoint, list entries."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common


def register(sub: Any) -> None:
    audit = sub.add_parser("audit", help="the tamper-evident audit trail")
    au = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = au.add_parser("verify", help="check the whole chain and every checkpoint")
    p.set_defaults(func=cmd_verify)
    p = au.add_parser("checkpoint", help="sign a checkpoint at the current head")
    p.set_defaults(func=cmd_checkpoint)
    p = au.add_parser("list", help="the latest entries")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)


def cmd_verify(args: argparse.Namespace) -> int:
    from app.services import audit

    with common.unlocked(args) as desk:
        report = audit.verify(desk)
    if report.ok:
        print(f"The audit trail is intact: {report.entries} entries, {report.checkpoints} "
              f"signed checkpoints, head {report.head_hash[:16]}.")
        return 0
    print(f"permit-desk: the audit trail FAILED verification: {report.problem}",
          file=__import__("sys").stderr)
    return 1


def cmd_checkpoint(args: argparse.Namespace) -> int:
    from app.domain.enums import Role
    from app.services import audit

    with common.unlocked(args) as desk:
        desk.require("sign audit checkpoints", Role.ADMIN, Role.HEAD, Role.SECURITY_OFFICER)
        seq = audit.checkpoint_now(desk)
    print(f"Checkpoint signed at entry {seq}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from app.services.audit_queries import audit_page

    with common.unlocked(args) as desk:
        # The same readers as the audit screen (head, security officer, inspector, admin);
        # a refusal is itself audited.
        rows = audit_page(desk, limit=args.limit)
        while rows and len(rows) < args.limit:  # a page holds at most MAX_PAGE entries
            more = audit_page(desk, before_seq=rows[-1].seq, limit=args.limit - len(rows))
            if not more:
                break
            rows += more
    data = [{"seq": e.seq, "at": e.at, "user": e.username, "acting_for": e.acting_for,
             "action": e.action, "entity": e.entity, "entity_id": e.entity_id} for e in rows]
    if args.json:
        common.print_json(data)
    else:
        common.print_table([[str(d["seq"]), str(d["at"])[:19], str(d["user"]), str(d["action"]),
                             f"{d['entity']} {d['entity_id']}"] for d in data],
                           ["SEQ", "AT (UTC)", "USER", "ACTION", "RECORD"])
    return 0
