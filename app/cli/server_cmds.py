"""Commands for a store on the institution's PostgreSQL server (README: Several workstations)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.cli import common

SETUP_PASSWORD_ENV = "PERMIT_DESK_SETUP_PASSWORD"
NEW_PASSPHRASE_ENV = "PERMIT_DESK_NEW_PASSPHRASE"


def register(sub: Any) -> None:
    sv = sub.add_parser("server", help="a store on the institution's PostgreSQL server")
    ss = sv.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = ss.add_parser("setup", help="create the store in an empty database (the IT "
                      "administrator, once, as the server's superuser)")
    p.add_argument("--institution", required=True, help="institution name for the letterhead")
    p.add_argument("--head", required=True, metavar="USERNAME", help="the head's user name "
                   "(also their PostgreSQL login)")
    p.add_argument("--head-name", required=True, metavar="FULL NAME")
    p.add_argument("--institution-code", default="")
    p.add_argument("--address", default="")
    p.add_argument("--setup-user", default="postgres", metavar="ROLE",
                   help="the PostgreSQL superuser that sets the database up (default postgres; "
                        f"its password from {SETUP_PASSWORD_ENV} or asked)")
    p.set_defaults(func=cmd_setup)
    p = ss.add_parser("upgrade", help="bring the store's schema, privileges and guards to this "
                      "version (the IT administrator, as the server's superuser, after "
                      "installing a new Permit Desk)")
    p.add_argument("--setup-user", default="postgres", metavar="ROLE",
                   help="the PostgreSQL superuser (default postgres; its password from "
                        f"{SETUP_PASSWORD_ENV} or asked)")
    p.set_defaults(func=cmd_upgrade)
    p = ss.add_parser("login", help="a new login for a store user who has none on this server "
                      "(after a restore into a new cluster; the IT administrator, as the "
                      "server's superuser)")
    p.add_argument("username", metavar="USERNAME")
    p.add_argument("--setup-user", default="postgres", metavar="ROLE",
                   help="the PostgreSQL superuser (default postgres; its password from "
                        f"{SETUP_PASSWORD_ENV} or asked)")
    p.set_defaults(func=cmd_login)


def register_trust(ts: Any) -> None:
    """`permit-desk trust server-ca FILE`: beside the other trust commands."""
    p = ts.add_parser("server-ca", help="the institution's CA that signed its PostgreSQL "
                      "server's certificate (checked on every connection)")
    p.add_argument("cert", metavar="CA.pem")
    p.set_defaults(func=cmd_trust_server_ca)


def _server(args: argparse.Namespace) -> Any:
    from app.store.locator import ServerLocator

    where = common.store_locator(args)
    if not isinstance(where, ServerLocator):
        raise common.CliError("Say which server with --store postgresql://host/database.")
    return where


def cmd_setup(args: argparse.Namespace) -> int:
    from app.services.opening import init_server_store
    from app.services.users import check_passphrase

    where = _server(args)
    setup_password = common.ask_secret(f"Password of the PostgreSQL role {args.setup_user}: ",
                                       env=SETUP_PASSWORD_ENV)
    passphrase = common.ask_secret(f"New passphrase for {args.head}: ", confirm=True)
    check_passphrase(passphrase)
    new = init_server_store(where, setup_user=args.setup_user, setup_password=setup_password,
                            institution=args.institution, head_username=args.head,
                            head_full_name=args.head_name, passphrase=passphrase,
                            institution_code=args.institution_code,
                            institution_address=args.address)
    new.desk.lock()
    print(f"Store created on {where}.")
    print(f"The head {args.head} logs in with their passphrase; they add the other users "
          "(permit-desk --store ... user add), each becoming a PostgreSQL login of their own.")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from app.store.server import upgrade_server

    where = _server(args)
    setup_password = common.ask_secret(f"Password of the PostgreSQL role {args.setup_user}: ",
                                       env=SETUP_PASSWORD_ENV)
    before, after = upgrade_server(where, args.setup_user, setup_password)
    if before == after:
        print(f"The store on {where} is at schema {after}; privileges and guards renewed.")
    else:
        print(f"The store on {where} was upgraded from schema {before} to {after}; privileges "
              "and guards renewed.")
    return 0


def cmd_login(args: argparse.Namespace) -> int:
    from app.services.server_backup import restore_login
    from app.services.users import check_passphrase

    where = _server(args)
    setup_password = common.ask_secret(f"Password of the PostgreSQL role {args.setup_user}: ",
                                       env=SETUP_PASSWORD_ENV)
    passphrase = common.ask_secret(f"New passphrase for {args.username}: ",
                                   env=NEW_PASSPHRASE_ENV, confirm=True)
    check_passphrase(passphrase)
    roles = restore_login(where, args.setup_user, setup_password, args.username, passphrase)
    print(f"{args.username} can log in to {where} again, with the roles "
          f"{', '.join(roles) or '(none)'}; they change the passphrase they were given with "
          "`permit-desk user passwd`.")
    return 0


def cmd_trust_server_ca(args: argparse.Namespace) -> int:
    from cryptography import x509

    from app.store.keyfile import atomic_write
    from app.store.server import server_ca_file

    data = Path(args.cert).read_bytes()
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError:
        raise common.CliError(f"{args.cert} is not a PEM certificate.") from None
    target = server_ca_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)
    os.chmod(target, 0o644)
    names = ", ".join(c.subject.rfc4514_string() for c in certs)
    print(f"Servers are now checked against: {names} ({target}).")
    return 0
