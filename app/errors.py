"""Errors the core raises (services, exchange): one plain sentence each, fit to show a user.

Raise them with a translatable message, `InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "...%1..."),
value))` (see app/i18n.py): str(exc) is the English sentence, and the window shows it translated.
"""

from __future__ import annotations

from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, Message, message_of, msg

__all__ = ["QT_TRANSLATE_NOOP", "Conflict", "InvalidInput", "Message", "NotFound",
           "PermissionDenied", "ServiceError", "msg"]


class ServiceError(Exception):
    """Base of every expected failure of a service call."""

    @property
    def template(self) -> str | None:
        """The English template with %1, %2 ... (None for a plain, untranslatable sentence)."""
        m = message_of(self)
        return m.template if m is not None else None

    @property
    def args_values(self) -> tuple[Any, ...]:
        m = message_of(self)
        return m.values if m is not None else ()


class PermissionDenied(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class Conflict(ServiceError):
    pass
