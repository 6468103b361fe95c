"""Audit commands: verify the chain, sign a checkpoint, list entries."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import common


def register(sub: Any) -> None:
    audit = sub.add_parser("audit", help="the tamper-evident audit trail")
    au = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = au.add_parser("verify", help="check the whole chain, every checkpoint and every anchor")
    p.add_argument("--anchor", action="append", default=[], metavar="LETTER.pdf|BUNDLE",
                   help="a signed letter or inspection bundle kept outside the store: the "
                        "chain must still hold the entry it names (repeatable)")
    p.add_argument("--trust", action="append", default=[], metavar="CERT.pem",
                   help="the certificates an anchor's signature must lead to (default: the "
                        "store's trust list)")
    p.add_argument("--crl", action="append", default=[], metavar="FILE")
    p.set_defaults(func=cmd_verify)
    p = au.add_parser("checkpoint", help="sign a checkpoint at the current head")
    p.set_defaults(func=cmd_checkpoint)
    p = au.add_parser("list", help="the latest entries")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)


def cmd_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the chain is consistent and matches every anchor; the output says how much
    of it nothing outside the store protects (the unanchored tail)."""
    from pathlib import Path

    from app.services import audit_anchors, audit_queries

    trust = [_read(t) for t in args.trust]
    crls = [_read(c) for c in args.crl]
    with common.unlocked(args) as desk:
        anchors = [audit_anchors.anchor_from(desk, Path(a), trust, crls) for a in args.anchor]
        report = audit_queries.verify(desk, anchors)
    if not report.ok:
        print(f"permit-desk: the audit trail FAILED verification: {report.problem}",
              file=sys.stderr)
        return 1
    for a in report.anchors:
        print(f"Anchor: {a.source}, signed by {a.signer}: entry {a.seq} ({a.hash[:16]}) "
              "matches.")
    # The checkpoints are signed with the store's audit key, which every user who can unlock
    # the store can unwrap: they catch damage and outsiders, not an insider.
    cps = report.checkpoints
    print(f"Chain: {report.entries} entries link and hash correctly; {cps} "
          f"checkpoint{'' if cps == 1 else 's'} signed with this store's audit key (every user "
          "of the store holds it).")
    if report.anchored_seq:
        print(f"Intact up to entry {report.anchored_seq}: anchored by a signature made outside "
              "the store.")
    if report.unanchored:
        print(f"Unanchored tail: {report.unanchored} entries ({report.anchored_seq + 1}-"
              f"{report.last_seq}): nothing outside the store protects them; pass --anchor "
              "with a letter or bundle signed later to check them.")
    else:
        print("Unanchored tail: 0 entries.")
    return 0


def _read(name: str) -> bytes:
    try:
        with open(name, "rb") as f:
            return f.read()
    except OSError:
        raise common.CliError(f"{name} cannot be read.") from None


def cmd_checkpoint(args: argparse.Namespace) -> int:
    from app.domain.enums import Role
    from app.services import audit_queries

    with common.unlocked(args) as desk:
        desk.require("sign audit checkpoints", Role.ADMIN, Role.HEAD, Role.SECURITY_OFFICER)
        seq = audit_queries.checkpoint_now(desk)
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
