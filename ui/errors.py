"""Service and store failures as one plain, translated sentence for the window; never a
traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _expected_types() -> tuple[type[BaseException], ...]:
    from app.services.errors import ServiceError
    from app.store.errors import StoreError

    types: list[type[BaseException]] = [ServiceError, StoreError]
    try:
        from app.letters.signers import LetterSigningError

        types.append(LetterSigningError)
    except ImportError:
        pass
    from ui.workers import Cancelled

    types.append(Cancelled)
    return tuple(types)


def is_expected(exc: BaseException) -> bool:
    return isinstance(exc, _expected_types())


def _value(v: object, lang: str) -> str:
    from enum import StrEnum

    from app.domain.enums import label
    from app.i18n import Message, Words

    if isinstance(v, Message):
        return word(v)
    if isinstance(v, Words):
        joiner = QCoreApplication.translate("Core", v.joiner) if v.joiner.strip() else v.joiner
        return joiner.join(_value(i, lang) for i in v.items)
    if isinstance(v, StrEnum):
        return label(v, lang)
    return str(v)


def word(message: str) -> str:
    """A core message in the window's language: its template translated (context "Core") and
    filled with its values, enum codes worded by their labels. A plain str is returned as is."""
    from app.i18n import CONTEXT, Message, fill
    from ui import i18n

    if not isinstance(message, Message):
        return str(message)
    lang = i18n.current_language()
    return fill(QCoreApplication.translate(CONTEXT, message.template), message.values,
                lambda v: _value(v, lang))


def describe(exc: BaseException) -> str:
    """The sentence to show. Common failures are translated by class, core errors raised with a
    translatable message (app/i18n.py) by their template; others keep the core's English
    sentence; anything unexpected is named, and its traceback went to the log."""
    from app.i18n import message_of
    from app.store import errors as se

    if isinstance(exc, se.Throttled):
        return QCoreApplication.translate(
            "Errors", "Too many failed attempts. Try again in %1 seconds.").replace(
            "%1", str(exc.seconds))
    if isinstance(exc, se.StoreNotFound):
        return QCoreApplication.translate("Errors", "The store was not found.") + " " + str(exc)
    from ui.workers import Cancelled

    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled.")
    if is_expected(exc):
        m = message_of(exc)
        text = (word(m) if m is not None else str(exc)).strip() or type(exc).__name__
        return text if text.endswith((".", "?", "!")) else text + "."
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong (%1). The details are in the log.").replace(
        "%1", type(exc).__name__)
