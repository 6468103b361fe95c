"""`permit-desk gui` (and no command at all): open the desktop window on a file store or a
store on the institution's server (--store postgresql://host/database)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gui", help="open the desktop window (the default with no command)")
    p.set_defaults(func=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    import os

    from app.cli import common
    from app.store.locator import FileLocator

    # The Qt front end lives in ui/; app/ must not import Qt at module level.
    from ui.app import run  # noqa: PLC0415

    where = common.store_locator(args)  # a file or postgresql://host/database
    # Named on the command line or in the environment: the window opens on it. Otherwise it
    # opens on the store last chosen in the unlock dialog (this workstation's file or a server).
    named = bool(getattr(args, "store", None) or os.environ.get(common.STORE_ENV))
    return run(store=where, username=getattr(args, "user", None) or "", explicit=named,
               workstation_file=None if isinstance(where, FileLocator)
               else common.workstation_file())
