"""What every open store offers, whichever backend holds it (the seam of issue 15).

Services take a `StoreHandle`; only the few that are about files (key slots, file backups,
rotation) or about servers (login roles) look at `kind` and narrow the type. Opening is in
`open_store` / `create`-style functions per backend, chosen by the locator.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.store.locator import FileLocator, ServerLocator


class StoreHandle(Protocol):
    engine: Engine
    username: str
    upgraded_from: str | None
    via_recovery: bool
    failed_attempts: list[Any]

    @property
    def kind(self) -> str: ...

    @property
    def locator(self) -> FileLocator | ServerLocator: ...

    @property
    def bound(self) -> bool: ...

    @property
    def store_id(self) -> str: ...

    def add_login(self, session: Session, username: str, passphrase: str,
                  roles: Sequence[str], kdf: Any) -> None: ...

    def change_login_password(self, session: Session, username: str, passphrase: str,
                              kdf: Any) -> None: ...

    def set_login_roles(self, session: Session, username: str, roles: Sequence[str]) -> None:
        ...

    def session(self) -> AbstractContextManager[Session]: ...

    def read_session(self) -> AbstractContextManager[Session]: ...

    def require_store_key(self) -> bytes: ...

    def close(self) -> None: ...

    def settle_failed_attempts(self) -> None: ...
