"""`permit-desk --store FILE --user ADMIN migrate --to postgresql://host/db`: a file store moves
to the institution's server (app.store.pg_migrate), checked, all or nothing."""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.cli import common
from app.cli.server_cmds import SETUP_PASSWORD_ENV

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.desk import Desk
    from app.store.locator import ServerLocator
    from app.store.pg_migrate import Migration, Progress
    from app.store.server import ServerStore


def register(sub: Any) -> None:
    p = sub.add_parser("migrate", help="move this store from its file to the institution's "
                       "PostgreSQL server (an empty database; as an administrator of the file)")
    p.add_argument("--to", required=True, metavar="postgresql://HOST/DATABASE",
                   help="the empty database on the server")
    p.add_argument("--setup-user", default="postgres", metavar="ROLE",
                   help="the server's PostgreSQL superuser (default postgres; its password from "
                        f"{SETUP_PASSWORD_ENV} or asked)")
    p.set_defaults(func=cmd_migrate)


def record_migration(session: Session, store: ServerStore, admin: str,
                     details: Mapping[str, Any]) -> None:
    """The audit entry "store.migrate" on the server, as the migrating admin, in the
    migration's transaction (signed like every entry: the same audit key continues)."""
    from app.services.desk import Desk, load_actor

    desk = Desk(store, load_actor(session, admin))
    desk.record(session, "store.migrate", "store", store.store_id, after=dict(details))


def run_migration(desk: Desk, passphrase: str, target: ServerLocator, *, setup_user: str,
                  setup_password: str, progress: Progress | None = None) -> Migration:
    """The desk's file store (its actor an admin, unlocked with `passphrase`) to `target`."""
    from app.domain.enums import Role
    from app.i18n import QT_TRANSLATE_NOOP
    from app.services import audit
    from app.services.desk import file_store
    from app.store import pg_migrate

    desk.require(QT_TRANSLATE_NOOP("Core", "migrate the store to a server"), Role.ADMIN)
    return pg_migrate.migrate(file_store(desk), desk.actor.username, passphrase, target,
                              setup_user=setup_user, setup_password=setup_password,
                              record_entry=record_migration, verify=audit.verify_session,
                              progress=progress)


def cmd_migrate(args: argparse.Namespace) -> int:
    from app.services import audit_queries
    from app.services.opening import open_desk
    from app.store.locator import LocatorError, ServerLocator, parse

    source = common.store_path(args)
    try:
        target = parse(args.to)
    except LocatorError as exc:
        raise common.CliError(str(exc)) from None
    if not isinstance(target, ServerLocator):
        raise common.CliError("Say which server with --to postgresql://host/database.")
    user = common.username_for(args, source)
    passphrase = common.ask_secret(f"Passphrase for {user}: ")
    desk = open_desk(source, user, passphrase)
    try:
        setup_password = common.ask_secret(
            f"Password of the PostgreSQL role {args.setup_user}: ", env=SETUP_PASSWORD_ENV)
        shown: list[str] = []

        def progress(done: int, total: int, what: str) -> None:
            if not shown or shown[-1] != what:
                shown.append(what)
                print(f"  {what} ...", file=sys.stderr, flush=True)

        done = run_migration(desk, passphrase, target, setup_user=args.setup_user,
                             setup_password=setup_password, progress=progress)
    finally:
        desk.lock()
    print(f"Store {done.store_id} migrated from {source} to {target} in {done.seconds:.1f} s "
          f"({done.rows:,} rows, {done.rows / max(done.seconds, 1e-9):,.0f} rows/s).")
    common.print_table([[t, f"{n:,}", f"{done.server_counts[t]:,}"]
                        for t, n in done.counts.items()],
                       ["TABLE", "FILE", "SERVER"])
    print(f"Audit trail: the file ends at entry {done.source_head[0]} "
          f"({done.source_head[1][:16]}…), the server's copy at entry {done.copied_head[0]} "
          f"({done.copied_head[1][:16]}…); entry {done.head[0]} records the migration; "
          f"{done.chain.entries} entries and {done.chain.checkpoints} checkpoints verified.")
    # The admin's own view of the new store: their login, their audit verify.
    check = open_desk(target, user, passphrase)
    try:
        report = audit_queries.verify(check)
    finally:
        check.lock()
    if not report.ok:
        print(f"permit-desk: the audit trail on {target} does not verify: {report.problem}",
              file=sys.stderr)
        return 1
    print(f"{user} logs in to {target} with the same passphrase; audit verify passes there "
          f"({report.entries} entries).")
    if done.need_password:
        print("These users have a server login with a password nobody knows; set a password "
              "for each:")
        for name in done.need_password:
            print(f"  permit-desk --store {shlex.quote(str(target))} --user {user} "
                  f"user passwd {name}")
    return 0
