"""The command line: `permit-desk [--store PATH] [--user NAME] COMMAND`, thin over services."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app.cli import common

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
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="permit-desk",
        description="Travel permissions for staff cleared for classified information.",
    )
    parser.add_argument("--store", help="the store file (default: the user data directory, "
                        "or PERMIT_DESK_STORE)")
    parser.add_argument("--user", help="who is working (default: PERMIT_DESK_USER, or the "
                        "store's only user)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # a command family not built yet
            raise
        module.register(sub)
    return parser


def quiet_libraries() -> None:
    """pyHanko logs every failed validation with a traceback; the verdict already says it."""
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def main(argv: Sequence[str] | None = None) -> int:
    quiet_libraries()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        if "app.cli.gui_cmd" in sys.modules:
            args.func = sys.modules["app.cli.gui_cmd"].run_gui
        else:
            parser.print_help()
            return 2
    try:
        result = args.func(args)
        return int(result or 0)
    except KeyboardInterrupt:
        print("permit-desk: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os._exit(0)
    except Exception as exc:
        if not common.is_expected(exc):
            raise
        print(f"permit-desk: {common.sentence(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
