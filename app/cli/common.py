"""What every command shares: finding the store, asking for the passphrase, plain errors."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.letters.errors import LetterSigningError
from app.services.errors import ServiceError
from app.store.errors import StoreError

if TYPE_CHECKING:
    from app.store.locator import Locator

PASSPHRASE_ENV = "PERMIT_DESK_PASSPHRASE"
USER_ENV = "PERMIT_DESK_USER"
STORE_ENV = "PERMIT_DESK_STORE"


class CliError(Exception):
    pass


# Failures a user can act on. Classifying an error imports nothing heavy: the signing
# errors live apart from pyHanko (app.letters.errors).
EXPECTED: tuple[type[BaseException], ...] = (
    StoreError, ServiceError, CliError, LetterSigningError, FileNotFoundError, PermissionError,
    IsADirectoryError)


def is_expected(exc: BaseException) -> bool:
    """Failures a user can act on: shown as one sentence, never as a traceback."""
    return isinstance(exc, EXPECTED)


def as_expected(exc: BaseException, store: Path | None = None) -> BaseException | None:
    """The failure as one a user can act on, or None (a bug: let its traceback show). A busy
    store, a full disk and a read-only folder, from whatever layer they surface (sqlite3,
    SQLAlchemy, the OS), become their StoreError sentence (app.store.errors.translate)."""
    if is_expected(exc):
        return exc
    from app.store.errors import translate

    return translate(exc, store)


def sentence(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"No such file: {exc.filename}."
    if isinstance(exc, PermissionError):
        return f"Not allowed to open {exc.filename}."
    text = str(exc).strip() or type(exc).__name__
    return text if text.endswith((".", "?", "!")) else text + "."


def default_store() -> Path:
    env = os.environ.get(STORE_ENV)
    if env:
        return Path(env)
    return workstation_file()


def workstation_file() -> Path:
    """Where this workstation keeps its own store file when nothing names another."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("permit-desk", appauthor=False)) / "permit-desk.db"


def store_locator(args: argparse.Namespace) -> Locator:
    """Where the store is: --store, PERMIT_DESK_STORE, or the default file; a
    postgresql://host/database address means a store on the institution's server."""
    from app.store.locator import LocatorError, parse

    text = args.store or os.environ.get(STORE_ENV) or ""
    try:
        return parse(text) if text else parse(default_store())
    except LocatorError as exc:
        raise CliError(str(exc)) from None


def store_path(args: argparse.Namespace) -> Path:
    """The store's file, for commands about files (key slots, rekey, file backups)."""
    from app.store.locator import FileLocator

    where = store_locator(args)
    if not isinstance(where, FileLocator):
        raise CliError(f"This command works on a store kept in a file; {where} is a store on a "
                       "server (README: Several workstations).")
    return where.path


def store_exists(args: argparse.Namespace) -> bool:
    """Whether there is a store to read pinned material from: a server address is taken
    as one (connecting tells); a file must be there."""
    from app.store.locator import FileLocator

    where = store_locator(args)
    return not isinstance(where, FileLocator) or where.path.exists()


def file_or_none(args: argparse.Namespace) -> Path | None:
    """The store's file if it is one (to word a failure), without raising."""
    try:
        return store_path(args)
    except CliError:
        return None


def ask_secret(prompt: str, env: str = PASSPHRASE_ENV, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"No terminal to ask on; set {env} for scripts.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("The two entries differ; nothing was changed.")
    return first


def username_for(args: argparse.Namespace, db: Path | Locator) -> str:
    if args.user:
        return str(args.user)
    if os.environ.get(USER_ENV):
        return os.environ[USER_ENV]
    from app.store.locator import FileLocator

    if not isinstance(db, (Path, FileLocator)):
        raise CliError("Say which user is working with --user NAME (or PERMIT_DESK_USER).")
    db = db.path if isinstance(db, FileLocator) else db
    from app.store.keyfile import KeyFile
    from app.store.store import StorePaths
    from app.store.swap import finish_interrupted_restore

    paths = StorePaths(db)
    finish_interrupted_restore(db)  # a restore killed mid-swap: its key file is on the way
    if not paths.keys.exists():
        raise CliError(f"There is no store at {db}; create one with `permit-desk init`.")
    users = [s.username for s in KeyFile.load(paths.keys).slots if s.kind == "user"]
    if len(users) == 1 and users[0]:
        return users[0]
    raise CliError("Say which user is working with --user NAME (or PERMIT_DESK_USER).")


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date in the form YYYY-MM-DD") from None


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Any]:
    """The store opened as the working user, locked again whatever happens."""
    desk = open_desk(args)
    try:
        yield desk
    finally:
        desk.lock()


def open_desk(args: argparse.Namespace) -> Any:
    from app.services.opening import open_desk as _open

    where = store_locator(args)
    user = username_for(args, where)
    passphrase = ask_secret(f"Passphrase for {user}: ")
    return _open(where, user, passphrase)


# JSON escapes C0 controls itself; these it would print raw (C1 controls, bidirectional and
# zero-width characters), which a terminal obeys. \uXXXX keeps the value exact for a parser.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def print_json(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=1, default=str)
    sys.stdout.write(_RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text) + "\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(str(c))) for w, c in zip(widths, r, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
