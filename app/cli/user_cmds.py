"""User commands: add, list, passwd, remove, roles, link."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli import common
from app.domain.enums import Role

if TYPE_CHECKING:
    from app.store.store import Rotation


def register(sub: Any) -> None:
    user = sub.add_parser("user", help="user accounts and roles")
    us = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = us.add_parser("add", help="add a user with a passphrase and roles")
    p.add_argument("username")
    p.add_argument("--role", action="append", required=True,
                   help="head, deputy, clerk, security_officer, inspector or admin (repeatable)")
    p.add_argument("--full-name", required=True)
    p.add_argument("--position", default="")
    p.add_argument("--person", metavar="CODE", help="link the account to a person record")
    p.set_defaults(func=cmd_add)
    p = us.add_parser("list", help="list users")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = us.add_parser("passwd", help="change a passphrase (your own, or anyone's as admin)")
    p.add_argument("username", nargs="?")
    p.set_defaults(func=cmd_passwd)
    p = us.add_parser("remove", help="deactivate a user and delete their key slot")
    p.add_argument("username")
    p.set_defaults(func=cmd_remove)
    p = us.add_parser("roles", help="replace a user's roles")
    p.add_argument("username")
    p.add_argument("--role", action="append", required=True)
    p.set_defaults(func=cmd_roles)
    p = us.add_parser("link", help="link a user to a person record (or --none)")
    p.add_argument("username")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--person", metavar="CODE")
    g.add_argument("--none", action="store_true")
    p.set_defaults(func=cmd_link)


def cmd_add(args: argparse.Namespace) -> int:
    from app.services import users

    with common.unlocked(args) as desk:
        desk.require("add users", Role.ADMIN)
        pw = common.ask_secret(f"New passphrase for {args.username}: ",
                               env="PERMIT_DESK_NEW_PASSPHRASE", confirm=True)
        v = users.add_user(desk, args.username, full_name=args.full_name, roles=args.role,
                           passphrase=pw, position=args.position, person_code=args.person)
    print(f"User {v.username} added with roles {', '.join(v.roles)}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from app.services import users

    with common.unlocked(args) as desk:
        rows = users.list_users(desk)
    if args.json:
        common.print_json([{"username": u.username, "full_name": u.full_name,
                            "roles": list(u.roles), "person_code": u.person_code,
                            "active": u.active} for u in rows])
    else:
        common.print_table([[u.username, u.full_name, ",".join(u.roles),
                             "active" if u.active else "removed"] for u in rows],
                           ["USER", "NAME", "ROLES", "STATE"])
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.services import users

    with common.unlocked(args) as desk:
        target = args.username or desk.actor.username
        pw = common.ask_secret(f"New passphrase for {target}: ",
                               env="PERMIT_DESK_NEW_PASSPHRASE", confirm=True)
        rotation = users.change_passphrase(desk, target, pw)
        on_server = desk.store.kind == "server"
    print(f"The passphrase of {target} was changed.")
    # A server has no key file to rotate: the login's new password is all there is.
    return 0 if on_server else _rotation_said(rotation)


def cmd_remove(args: argparse.Namespace) -> int:
    from app.services import users

    with common.unlocked(args) as desk:
        rotation = users.remove_user(desk, args.username)
        on_server = desk.store.kind == "server"
    if on_server:
        print(f"User {args.username} removed; their server login is dropped.")
        return 0
    print(f"User {args.username} removed; their key slot is deleted.")
    return _rotation_said(rotation)


def _rotation_said(rotation: Rotation | None) -> int:
    """The keys were rotated (an old copy of the slot opens nothing), or say what to do."""
    if rotation is None:
        print("permit-desk: The store is open elsewhere, so its keys were not rotated: close it "
              "everywhere else and run rekey.", file=sys.stderr)
        return 1
    print(f"The store's keys were rotated (generation {rotation.generation}): an old copy of the "
          "key file opens nothing.")
    if rotation.dropped_users:
        print("These users had not opened the store since the upgrade and were left out; reset "
              f"their passphrases: {', '.join(rotation.dropped_users)}.")
    return 0


def cmd_roles(args: argparse.Namespace) -> int:
    from app.services import users

    with common.unlocked(args) as desk:
        v = users.set_roles(desk, args.username, args.role)
    print(f"User {v.username} now has roles {', '.join(v.roles)}.")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    from app.services import users

    with common.unlocked(args) as desk:
        v = users.link_person(desk, args.username, None if args.none else args.person)
    print(f"User {v.username} is linked to {v.person_code or 'no person record'}.")
    return 0
