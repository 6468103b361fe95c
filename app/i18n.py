"""Translatable messages without Qt: an English template with Qt-style %1, %2 ... placeholders
and the values that fill them.

The core raises `InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The return (%1) is before ..."), d))`:
`str(exc)` is the filled-in English sentence (the command line prints it), and the window
(ui/errors.py) translates the template with QCoreApplication.translate("Core", template) and
fills in the same values, worded in the user's language. QT_TRANSLATE_NOOP is the one call form
pyside6-lupdate extracts from Python with a fixed context; it takes exactly two string literals
(a third argument makes lupdate skip the call silently), so the values go to msg(), not to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

CONTEXT = "Core"

_PLACEHOLDER = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for pyside6-lupdate (context "Core"); returns it unchanged."""
    return text


def fill(template: str, values: Iterable[Any], word: Callable[[Any], str] = str) -> str:
    """Replace %1, %2 ... in one pass (a value holding "%2" is not filled in again)."""
    vals = list(values)

    def one(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return word(vals[i]) if 0 <= i < len(vals) else m.group(0)

    return _PLACEHOLDER.sub(one, template)


class Message(str):
    """The filled-in English sentence (a str, so it prints, compares and joins as before),
    carrying its template and values for the window to translate."""

    template: str
    values: tuple[Any, ...]

    def __new__(cls, template: str, values: tuple[Any, ...] = ()) -> Message:
        self = super().__new__(cls, fill(template, values))
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[type[Message], tuple[str, tuple[Any, ...]]]:
        # Pickles (worker processes) keep the template.
        return (Message, (self.template, self.values))


class Words:
    """A list of values joined in a sentence ("Head of institution or Deputy head"): enum values
    by their English label here; the window words each item in its language and translates the
    joining word (itself marked with QT_TRANSLATE_NOOP when it is a word)."""

    __slots__ = ("items", "joiner")

    def __init__(self, items: Iterable[Any], joiner: str = ", ") -> None:
        self.items = tuple(items)
        self.joiner = joiner

    def __str__(self) -> str:
        return self.joiner.join(english(i) for i in self.items)


def english(value: Any) -> str:
    """An enum value by its English label (a role reads "Deputy head"), anything else as is."""
    from app.domain.enums import LABELS_EN

    try:
        return LABELS_EN.get(value, str(value))
    except TypeError:  # unhashable
        return str(value)


def msg(template: str, *values: Any) -> Message:
    """`template` must come straight from QT_TRANSLATE_NOOP("Core", "...") so lupdate sees it."""
    return Message(template, values)


def message_of(exc: BaseException) -> Message | None:
    """The translatable message an exception was raised with, if any."""
    m = getattr(exc, "message", None)
    if isinstance(m, Message):
        return m
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else None
