"""The command line: `permit-desk [--store PATH] [--user NAME] COMMAND`, thin over services."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app.cli import common
from app.hardening import no_core_dumps
from app.quiet import quiet_third_parties

# Each module adds its commands to the parser; new command families go here.
COMMAND_MODULES = (
    "app.cli.store_cmds",
    "app.cli.user_cmds",
    "app.cli.audit_cmds",
    "app.cli.workflow_cmds",
    "app.cli.staff_cmds",
    "app.cli.letter_cmds",
    "app.cli.bundle_cmds",
    "app.cli.gui_cmd",
    "app.cli.server_cmds",
    "app.cli.migrate_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="permit-desk",
        description="Travel permissions for staff cleared for classified information.",
    )
    parser.add_argument("--store", help="the store file, or postgresql://host/database for a "
                        "store on the institution's server (default: PERMIT_DESK_STORE, or a "
                        "file in the user data directory)")
    parser.add_argument("--user", help="who is working (default: PERMIT_DESK_USER, or the "
                        "store's only user)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    no_core_dumps()  # the keys in memory never reach a core file
    quiet_third_parties()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        from app.cli.gui_cmd import run_gui

        args.func = run_gui
    try:
        result = args.func(args)
        return int(result or 0)
    except KeyboardInterrupt:
        print("permit-desk: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os._exit(0)
    except Exception as exc:
        told = common.as_expected(exc, common.file_or_none(args))
        if told is None:
            raise
        print(f"permit-desk: {common.sentence(told)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
