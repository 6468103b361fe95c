"""Where a store lives: a file on this workstation, or a PostgreSQL server on the
institution's closed network.

A locator is what the user types (`--store`, the unlock dialog, PERMIT_DESK_STORE): a path,
or a `postgresql://host[:port]/database[?sslrootcert=ca.pem]` address. It carries no user
name and no password; those come from the unlock, never from a command line or a log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit

from app.i18n import QT_TRANSLATE_NOOP, msg

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432


class LocatorError(ValueError):
    pass


@dataclass(frozen=True)
class FileLocator:
    path: Path
    kind: str = field(default="file", init=False)

    def __str__(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class ServerLocator:
    host: str
    port: int
    database: str
    # The institution's CA that signed the server's certificate (sslmode=verify-full); None:
    # the one imported with `permit-desk trust server-ca` or PERMIT_DESK_SERVER_CA.
    ca_file: Path | None = None
    kind: str = field(default="server", init=False)

    def __str__(self) -> str:
        """The address as typed: parse(str(locator)) == locator."""
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        ca = f"?sslrootcert={quote(str(self.ca_file))}" if self.ca_file else ""
        return f"postgresql://{self.host}{port}/{self.database}{ca}"

    def with_ca(self, ca_file: Path) -> ServerLocator:
        return ServerLocator(self.host, self.port, self.database, ca_file)


Locator = FileLocator | ServerLocator


def is_server(text: str | Path) -> bool:
    return isinstance(text, str) and text.split(":", 1)[0].lower() in SCHEMES and "://" in text


def parse(text: str | Path | Locator) -> Locator:
    """A locator from what the user typed; a file path unless it is a postgresql:// address."""
    if isinstance(text, (FileLocator, ServerLocator)):
        return text
    if not is_server(text):
        return FileLocator(Path(text).expanduser())
    assert isinstance(text, str)
    parts = urlsplit(text)
    if parts.username or parts.password:
        raise LocatorError(msg(QT_TRANSLATE_NOOP(
            "Core", "A server address carries no user name or password: %1 asks for them when "
            "you unlock."), "Permit Desk"))
    if not parts.hostname:
        raise LocatorError(msg(QT_TRANSLATE_NOOP("Core", "The server address %1 names no host."),
                               text))
    database = parts.path.lstrip("/")
    if not database or "/" in database:
        raise LocatorError(msg(QT_TRANSLATE_NOOP(
            "Core", "The server address %1 must name one database: postgresql://host/database."),
            text))
    query = dict(parse_qsl(parts.query))
    unknown = sorted(set(query) - {"sslrootcert", "sslmode"})
    if unknown:
        raise LocatorError(msg(QT_TRANSLATE_NOOP(
            "Core", "The server address %1 has settings Permit Desk does not use: %2."),
            text, ", ".join(unknown)))
    if query.get("sslmode", "verify-full") != "verify-full":
        raise LocatorError(msg(QT_TRANSLATE_NOOP(
            "Core", "Permit Desk talks to a server only over TLS with its certificate verified "
            "(sslmode=verify-full), not %1."), query["sslmode"]))
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise LocatorError(msg(QT_TRANSLATE_NOOP("Core", "The server address %1 has a wrong "
                                                 "port."), text)) from None
    ca = Path(query["sslrootcert"]).expanduser() if "sslrootcert" in query else None
    return ServerLocator(parts.hostname, port, database, ca)
