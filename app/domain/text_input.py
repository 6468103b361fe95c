"""Free text a person types or a file brings: refused when it hides characters (controls,
bidirectional overrides, zero-width), kept NFC, within the store's lengths; and shown
escaped where a terminal would act on it."""

from __future__ import annotations

import re
import unicodedata

from app.i18n import QT_TRANSLATE_NOOP, Message, msg

# Characters no name, unit, position or register number holds, and which change what a
# reader sees: C0/C1 controls and DEL (a terminal acts on ESC, BEL...), bidirectional
# embeddings, overrides, isolates and marks (text that reads differently from its bytes),
# zero-width characters and the byte order mark (two values that look alike but differ).
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069"
                     "\ufeff]")
# The same, but line breaks and tabs are allowed (multi-line notes, statements).
_HIDDEN_IN_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f"
                              "\u202a-\u202e\u2060\u2066-\u2069\ufeff]")

# The store's column lengths (app/store/models.py; PostgreSQL enforces them).
MAX_LENGTH: dict[str, int] = {
    "last_name": 100,
    "first_name": 100,
    "position": 200,
    "unit": 200,
    "clearance_number": 60,
}
# Any other single-line field of a form or a file (places, crossings, names of contacts).
DEFAULT_MAX_LENGTH = 200

_REASONS = {
    "hidden": QT_TRANSLATE_NOOP("Core", "it holds the invisible or control character %1; type "
                                "the text again without it."),
    "too_long": QT_TRANSLATE_NOOP("Core", "it is %1 characters long; at most %2 are allowed."),
}


def hidden_character(s: str, *, lines: bool = False) -> str | None:
    """The first character of s that text may not hold, or None."""
    m = (_HIDDEN_IN_LINES if lines else _HIDDEN).search(s)
    return m.group(0) if m else None


def code_point(ch: str) -> str:
    """How a message names a character: U+202E."""
    return f"U+{ord(ch):04X}"


def text_problem(s: str, field: str = "", *, lines: bool = False,
                 max_length: int | None = None) -> tuple[str, Message] | None:
    """What is wrong with an (already NFC, trimmed) value, as (stable code, reason clause
    that follows a field's name: "it holds ..."), or None when it is fine."""
    ch = hidden_character(s, lines=lines)
    if ch is not None:
        return "hidden_character", msg(_REASONS["hidden"], code_point(ch))
    limit = max_length or MAX_LENGTH.get(field, DEFAULT_MAX_LENGTH)
    if len(s) > limit:
        return "too_long", msg(_REASONS["too_long"], len(s), limit)
    return None


def clean(s: str) -> str:
    """Trimmed and NFC (what the keyboard types; macOS tools may write NFD)."""
    s = s.strip()
    return s if s.isascii() else unicodedata.normalize("NFC", s)


# How a message names a field, translatable (the window words it in its language).
FIELD_WORDS: dict[str, str] = {
    "last_name": QT_TRANSLATE_NOOP("Core", "last name"),
    "first_name": QT_TRANSLATE_NOOP("Core", "first name"),
    "position": QT_TRANSLATE_NOOP("Core", "position"),
    "unit": QT_TRANSLATE_NOOP("Core", "unit"),
    "clearance_number": QT_TRANSLATE_NOOP("Core", "clearance number"),
}


def field_word(field: str) -> Message | str:
    word = FIELD_WORDS.get(field)
    return msg(word) if word else field.replace("_", " ")


class InvalidText(ValueError):
    """A field's value that cannot be accepted; str() is one English sentence."""

    def __init__(self, field: str, code: str, reason: Message) -> None:
        self.field, self.code, self.reason = field, code, reason
        super().__init__(msg(QT_TRANSLATE_NOOP("Core", "The %1 cannot be accepted: %2"),
                             field_word(field), reason))


def checked(value: str, field: str, *, lines: bool = False,
            max_length: int | None = None) -> str:
    """The value trimmed and NFC, or InvalidText naming the field."""
    s = clean(value)
    problem = text_problem(s, field, lines=lines, max_length=max_length)
    if problem is not None:
        raise InvalidText(field, *problem)
    return s


_SHOWN_ESCAPED = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060"
                            "\u2066-\u2069\ufeff]")


def printable(s: str) -> str:
    """s for a terminal: every control, bidirectional and zero-width character written as
    an escape (\\x1b, \\u202e), so stored text never drives the terminal or reorders a line."""
    if s.isprintable() and not _SHOWN_ESCAPED.search(s):
        return s
    return _SHOWN_ESCAPED.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), s)
