"""Errors the store raises, each carrying one plain sentence for the user."""

from __future__ import annotations


class StoreError(Exception):
    """Base of every expected store failure; str() is a sentence fit to show a user."""


class StoreNotFound(StoreError):
    pass


class StoreExists(StoreError):
    pass


class WrongPassphrase(StoreError):
    pass


class UnknownUser(StoreError):
    pass


class Throttled(StoreError):
    def __init__(self, seconds: int) -> None:
        super().__init__(
            f"Too many failed unlock attempts; try again in {seconds} seconds."
        )
        self.seconds = seconds


class StoreDamaged(StoreError):
    pass


class KeyFileDamaged(StoreError):
    pass


class UnsafeStore(StoreError):
    """The store opened, but a safety setting (temp store, WAL, foreign keys) is not in force."""


class DiskFull(StoreError):
    pass
