"""Commands about the store itself: init, unlock-test, rekey, recover, doctor, demo."""

from __future__ import annotations

import argparse
import shutil
import socket
import time
from pathlib import Path
from typing import Any

from app.cli import common


def register(sub: Any) -> None:
    p = sub.add_parser("init", help="create a new store and print its recovery key")
    p.add_argument("--institution", required=True, help="institution name for the letterhead")
    p.add_argument("--head", required=True, metavar="USERNAME", help="the head's user name")
    p.add_argument("--head-name", required=True, metavar="FULL NAME")
    p.add_argument("--institution-code", default="")
    p.add_argument("--address", default="")
    p.add_argument("--no-keyring", action="store_true",
                   help="do not bind the store to this workstation's keyring")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("unlock-test", help="check a passphrase and the store's integrity")
    p.set_defaults(func=cmd_unlock_test)

    p = sub.add_parser("rekey", help="rotate the database key (PRAGMA rekey)")
    p.add_argument("--new-recovery-key", action="store_true",
                   help="also replace the recovery key: print a new one; the old one opens "
                        "nothing afterwards")
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("recover", help="set a new passphrase for a user with the recovery key")
    p.add_argument("username", nargs="?", help="whose passphrase to reset (default --user)")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("doctor", help="check the store, keyring, disk and network isolation")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("demo", help="fill a store with realistic synthetic data")
    p.add_argument("--staff", type=int, default=500)
    p.add_argument("--requests", type=int, default=3000)
    p.add_argument("--seed", type=int, default=7)
    p.set_defaults(func=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services.opening import init_store
    from app.services.users import check_passphrase

    db = common.store_path(args)
    if db.exists():
        raise common.CliError(f"A store already exists at {db}.")
    passphrase = common.ask_secret(f"New passphrase for {args.head}: ", confirm=True)
    check_passphrase(passphrase)
    new = init_store(db, institution=args.institution, head_username=args.head,
                     head_full_name=args.head_name, passphrase=passphrase,
                     bind=not args.no_keyring, institution_code=args.institution_code,
                     institution_address=args.address)
    new.desk.lock()
    print(f"Store created: {db}")
    print(f"Key file:      {db}.keys  (keep both together; back them up together)")
    print("Workstation binding: " + ("on (OS keyring)" if new.bound else
                                     "off (--no-keyring)" if args.no_keyring else
                                     "off: " + new.keyring_message))
    print()
    print("RECOVERY KEY (shown once; write it down and keep it in the safe):")
    print()
    print("    " + new.recovery_key)
    print()
    return 0


def cmd_unlock_test(args: argparse.Namespace) -> int:
    from app.services.desk import utc_now
    from app.services.opening import finish_open
    from app.store.engine import integrity_problems
    from app.store.store import unlock

    db = common.store_path(args)
    user = common.username_for(args, db)
    passphrase = common.ask_secret(f"Passphrase for {user}: ")
    t0 = time.perf_counter()
    st = unlock(db, user, passphrase)
    elapsed = time.perf_counter() - t0
    # Check before the unlock is audited: writing into a damaged store could spread the damage.
    try:
        problems = integrity_problems(st.engine)
    except BaseException:
        st.close()
        raise
    if problems:
        from app.store.store import latest_backup

        st.close()
        backup = latest_backup(st.paths)
        hint = f" The latest backup is {backup}." if backup else ""
        raise common.CliError(f"The passphrase is right but the store is damaged "
                              f"({problems[0]}).{hint}")
    desk = finish_open(st, user, utc_now)
    desk.lock()
    print(f"Unlocked as {desk.actor.username} in {elapsed:.2f} s; the store is intact.")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from app.domain.enums import Role
    from app.store.keyfile import new_recovery_key
    from app.store.store import StoreBusy

    with common.unlocked(args) as desk:
        desk.require("rotate the database key", Role.ADMIN)
        new_recovery = None
        if args.new_recovery_key:
            new_recovery = new_recovery_key()
            # Shown before the rotation writes it: from the key file's first write on, this
            # key is the recovery key, so a kill mid-rotation must not leave it unseen.
            _print_recovery_key(new_recovery)
        try:
            rotation = desk.store.rotate(new_recovery=new_recovery)
        except StoreBusy:
            if new_recovery is None:
                raise
            raise common.CliError(
                "The store is open elsewhere, so its keys were not rotated and the recovery key "
                "above is not in force (the old one still is): close it everywhere else and run "
                "rekey --new-recovery-key again.") from None
        with desk.unit() as s:  # the key file is rotated; its audit entry follows
            desk.record(s, "store.rekey", "store", desk.store.store_id,
                        after={"generation": rotation.generation,
                               "new_recovery_key": new_recovery is not None})
    print(f"The database key was rotated (generation {rotation.generation}).")
    if new_recovery is not None:
        print("The recovery key above replaces the old one, which opens nothing any more.")
    if rotation.dropped_users:
        print("These users had not opened the store since the upgrade and were left out; reset "
              f"their passphrases: {', '.join(rotation.dropped_users)}.")
    return 0


def _print_recovery_key(key: str) -> None:
    """The recovery key as init shows it: a heading, then the key alone on its line."""
    print("RECOVERY KEY (shown once; write it down and keep it in the safe):")
    print()
    print("    " + key)
    print(flush=True)


def cmd_recover(args: argparse.Namespace) -> int:
    from app.services.opening import open_desk_with_recovery
    from app.services.users import change_passphrase, check_passphrase

    db = common.store_path(args)
    username = args.username or args.user or common.username_for(args, db)
    key = common.ask_secret("Recovery key: ", env="PERMIT_DESK_RECOVERY_KEY")
    desk = open_desk_with_recovery(db, key)
    try:
        new = common.ask_secret(f"New passphrase for {username}: ",
                                env="PERMIT_DESK_NEW_PASSPHRASE", confirm=True)
        check_passphrase(new)
        change_passphrase(desk, username, new)
    finally:
        desk.lock()
    print(f"A new passphrase is set for {username}.")
    return 0


def _line(ok: bool, name: str, detail: str) -> bool:
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    return ok


class _NoNetwork(socket.socket):
    def __init__(self, *a: Any, **k: Any) -> None:
        family = a[0] if a else k.get("family", socket.AF_INET)
        if family in (socket.AF_INET, socket.AF_INET6):
            raise OSError("network use attempted")
        super().__init__(*a, **k)


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.store import keyring_guard, schema
    from app.store.locator import ServerLocator

    if isinstance(common.store_locator(args), ServerLocator):
        return _doctor_server(args)
    from app.store.engine import REQUIRED, integrity_problems
    from app.store.keyfile import KeyFile
    from app.store.store import StorePaths

    original = socket.socket
    socket.socket = _NoNetwork  # type: ignore[misc]
    results: list[bool] = []
    try:
        db = common.store_path(args)
        paths = StorePaths(db)
        results.append(_line(paths.exists(), "store", str(db) if paths.exists()
                             else f"no store or key file at {db}"))
        ks = keyring_guard.status()
        env_backend = keyring_guard.environment_requests_backend()
        detail = ks.reason + (" The environment variable PYTHON_KEYRING_BACKEND chooses the "
                              "keyring; only a secure one is used." if env_backend else "")
        # An unavailable keyring is a warning, not a failure: the store runs unbound.
        print(f"{'ok  ' if ks.available else 'warn'} keyring: {detail}")
        if paths.exists():
            kf = KeyFile.load(paths.keys)
            print(f"{'ok  ' if kf.binding_account else 'warn'} binding: "
                  + ("bound to this workstation's keyring" if kf.binding_account
                     else "not bound: a copy of the store opens anywhere with a passphrase"))
            weak = [s.id for s in kf.slots if not s.kdf.meets_minimum()]
            results.append(_line(not weak, "key slots",
                                 f"{len(kf.slots)} slots, Argon2id parameters at the floor"
                                 if not weak else "weak KDF parameters in " + ", ".join(weak)))
            with common.unlocked(args) as desk:
                engine = desk.store.engine
                with engine.connect() as conn:
                    rev = schema.current_revision(conn)
                    pr = {k: conn.exec_driver_sql(f"PRAGMA {k}").scalar() for k in REQUIRED}
                    conn.rollback()
                results.append(_line(rev == schema.head_revision(), "schema",
                                     f"revision {rev} (newest {schema.head_revision()})"))
                results.append(_line(pr["temp_store"] == 2, "temp store",
                                     "memory" if pr["temp_store"] == 2 else f"{pr['temp_store']}"))
                results.append(_line(str(pr["journal_mode"]).lower() == "wal", "journal",
                                     str(pr["journal_mode"])))
                results.append(_line(pr["foreign_keys"] == 1, "foreign keys",
                                     "on" if pr["foreign_keys"] == 1 else "off"))
                problems = integrity_problems(engine)
                results.append(_line(not problems, "integrity",
                                     "cipher_integrity_check and quick_check clean" if not problems
                                     else problems[0]))
                from app.services import audit_queries

                report = audit_queries.verify(desk)
                results.append(_line(report.ok, "audit trail",
                                     f"{report.entries} entries, {report.checkpoints} checkpoints"
                                     if report.ok else str(report.problem)))
        from app.store.malloc import memstatus_off

        state = memstatus_off()  # done when the engine was imported; this reads the outcome
        # A warning only: with the statistics on, everything works, on one core at a time.
        print(f"{'ok  ' if state == 'off' else 'warn'} sqlite: memory statistics {state}"
              + ("" if state == "off" else " (connections in threads share one core)"))
        free = shutil.disk_usage(_existing_parent(db)).free
        results.append(_line(free > 200 * 1024 * 1024, "disk",
                             f"{free / 1024 / 1024 / 1024:.1f} GiB free"))
        results.append(_line(True, "network", "not needed; no connection was attempted"))
    except OSError as exc:
        if "network use attempted" in str(exc):
            results.append(_line(False, "network", "something tried to use the network"))
        else:
            raise
    finally:
        socket.socket = original  # type: ignore[misc]
    return 0 if all(results) else 1


def _warn(ok: bool, name: str, detail: str) -> None:
    print(f"{'ok  ' if ok else 'warn'} {name}: {detail}")


def _doctor_server(args: argparse.Namespace) -> int:
    """One line per thing a workstation can know about the store's server, as the user."""
    from app.services import audit_queries
    from app.store import schema
    from app.store.pg_doctor import MIN_SERVER_VERSION, server_facts

    results: list[bool] = []
    with common.unlocked(args) as desk:
        f = server_facts(desk.store.engine)
        results.append(_line(True, "store", f"{desk.store.locator} as {desk.actor.username}"))
        results.append(_line(f.ssl and f.tls_version in ("TLSv1.2", "TLSv1.3"), "TLS",
                             f"{f.tls_version}, {f.cipher} ({f.bits} bits)" if f.ssl
                             else "this connection is not encrypted"))
        results.append(_line(f.sslmode == "verify-full" and bool(f.ca_file), "certificate",
                             f"verified (sslmode {f.sslmode}) against {f.ca_file}, host name "
                             "included"))
        # channel_binding=require: libpq refuses any authentication but SCRAM-SHA-256-PLUS, so
        # this login's own verifier is SCRAM whatever the server's files say.
        scram = f.channel_binding == "require" and f.password_encryption == "scram-sha-256"
        own = (f"this login's verifier is {f.own_verifier}" if f.own_verifier else
               "this login authenticated with SCRAM-SHA-256 and channel binding (the client "
               "accepts nothing else); other logins' verifiers and pg_hba.conf are readable "
               "by the superuser only")
        results.append(_line(scram and f.own_verifier in ("", "SCRAM-SHA-256"), "SCRAM",
                             f"password_encryption {f.password_encryption}; {own}"))
        results.append(_line(f.data_checksums, "data checksums",
                             "on" if f.data_checksums else "off: the server cannot detect a "
                             "damaged page (initdb --data-checksums, or pg_checksums --enable "
                             "while it is stopped)"))
        results.append(_line(f.version_supported, "server version",
                             f"PostgreSQL {f.server_version}" + ("" if f.version_supported
                             else f" (Permit Desk needs {MIN_SERVER_VERSION // 10000} or "
                             "newer)")))
        _warn(f.collation_is_c, "collation",
              f"{f.collation} ({f.locale_provider})" + ("" if f.collation_is_c else
              ": prefix searches of names and codes cannot use the indexes; create the "
              "database with LC_COLLATE 'C.UTF-8' (or C)"))
        with desk.store.engine.connect() as conn:
            rev = schema.current_revision(conn)
            conn.rollback()
        results.append(_line(rev == schema.head_revision(), "schema",
                             f"revision {rev} (newest {schema.head_revision()})"))
        report = audit_queries.verify(desk)
        results.append(_line(report.ok, "audit trail",
                             f"{report.entries} entries, {report.checkpoints} checkpoints"
                             if report.ok else str(report.problem)))
    print("note encryption at rest: on a server it is the disk's job (LUKS or BitLocker on "
          "the server's volumes); Permit Desk cannot see it from here.")
    return 0 if all(results) else 1


def _existing_parent(p: Path) -> Path:
    p = p.resolve()
    while not p.exists():
        p = p.parent
    return p


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo

    with common.unlocked(args) as desk:
        t0 = time.perf_counter()
        stats = demo.generate(desk, staff=args.staff, requests=args.requests, seed=args.seed,
                              progress=_print_progress)
        print(f"\nDemo data: {stats.people} people, {stats.requests} requests in "
              f"{time.perf_counter() - t0:.1f} s.")
    return 0


def _print_progress(done: int, total: int, message: str) -> None:
    import sys

    if sys.stderr.isatty():
        print(f"\r{message}: {done}/{total}", end="", file=sys.stderr, flush=True)
