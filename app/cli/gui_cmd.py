"""`permit-desk gui` (and no command at all): open the desktop window."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gui", help="open the desktop window (the default with no command)")
    p.set_defaults(func=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from app.cli import common

    # The Qt front end lives in ui/; app/ must not import Qt at module level.
    from ui.app import run  # noqa: PLC0415

    return run(store=common.store_path(args), username=getattr(args, "user", None) or "")
