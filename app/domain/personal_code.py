"""Lithuanian personal codes (asmens kodas): validation, decoding and generation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from app.i18n import QT_TRANSLATE_NOOP, msg

Sex = Literal["M", "F"]
ReasonCode = Literal["length", "digits", "checksum", "date", "future"]

# ASCII digits only: str.isdigit() would accept Arabic-Indic or superscript digits.
_ELEVEN_DIGITS = re.compile(r"[0-9]{11}")
_ASCII_DIGITS = re.compile(r"[0-9]*")

# The weights of DOMAIN.md, the same as stdnum.lt.asmens (which takes them from
# stdnum.ee.ik). stdnum is the reference and the tests compare against it code by
# code; the table is here because stdnum spends ~15 us per code (clean(), generator
# sums) and a 60,000-person HR import must parse in well under two seconds.
# Weights 1,2,3,4,5,6,7,8,9,1 and then 3,4,5,6,7,8,9,1,2,3 (see _check_digit).

_REASONS: dict[str, str] = {
    "length": QT_TRANSLATE_NOOP("Core", "A personal code has 11 digits."),
    "digits": QT_TRANSLATE_NOOP("Core", "A personal code may contain digits only."),
    "checksum": QT_TRANSLATE_NOOP(
        "Core", "The check digit (the last digit) does not match the other ten."),
    "date": QT_TRANSLATE_NOOP("Core", "The first seven digits do not encode a real birth date."),
    "future": QT_TRANSLATE_NOOP("Core", "The first seven digits encode a birth date in the "
                                "future."),
}

# The first digit gives sex and century; 9 marks exceptional codes without a date.
_CENTURY: dict[str, tuple[int, Sex]] = {
    "1": (1800, "M"),
    "2": (1800, "F"),
    "3": (1900, "M"),
    "4": (1900, "F"),
    "5": (2000, "M"),
    "6": (2000, "F"),
}


class InvalidPersonalCode(ValueError):
    """A personal code that cannot be accepted; `reason_code` is stable for translation."""

    def __init__(self, code: str, reason_code: ReasonCode) -> None:
        self.code = code
        self.reason_code: ReasonCode = reason_code
        self.reason = _REASONS[reason_code]
        # A translatable message (app/i18n.py); str() is the same English sentence as ever.
        super().__init__(msg(QT_TRANSLATE_NOOP("Core", "Personal code %1 is not valid: %2"),
                             repr(code), msg(self.reason)))


@dataclass(frozen=True, slots=True)
class PersonalCode:
    code: str
    birth_date: date | None  # None for exceptional codes starting with 9
    sex: Sex | None

    def __str__(self) -> str:
        return self.code


def parse_personal_code(code: str, today: date | None = None) -> PersonalCode:
    """Validate a personal code and decode its birth date and sex; with `today`, a birth
    date after it is refused too (nobody on the staff is born yet).

    Checks in stdnum's order (digits, length, date, check digit), so a code that is
    wrong in two ways gets the same reason as from `stdnum.lt.asmens.validate`.
    """
    # Only surrounding whitespace is forgiven; stdnum's compact() would also drop
    # inner spaces, which would let "3330 9240064" through as if typed correctly.
    text = code.strip()
    if not _ASCII_DIGITS.fullmatch(text):
        raise InvalidPersonalCode(text, "digits")
    if len(text) != 11:
        raise InvalidPersonalCode(text, "length")
    birth: date | None = None
    sex: Sex | None = None
    if text[0] != "9":  # 9 marks exceptional codes that encode no birth date
        # 0, 7 and 8 are refused: stdnum reads 7/8 as the 2100s, never issued yet.
        century = _CENTURY.get(text[0])
        if century is None:
            raise InvalidPersonalCode(text, "date")
        base, sex = century
        try:
            birth = date(base + int(text[1:3]), int(text[3:5]), int(text[5:7]))
        except ValueError:
            raise InvalidPersonalCode(text, "date") from None
    if text[10] != _check_digit(text):
        raise InvalidPersonalCode(text, "checksum")
    if today is not None and birth is not None and birth > today:
        raise InvalidPersonalCode(text, "future")
    return PersonalCode(text, birth, sex)


def _check_digit(digits: str) -> str:
    # Spelled out rather than summed over zip(): this runs once per imported person.
    b = digits.encode("ascii")
    # Subtract ord("0") times the weights' sum (46 and 48) instead of converting digits.
    t = b[0] + 2 * b[1] + 3 * b[2] + 4 * b[3] + 5 * b[4] + 6 * b[5] + 7 * b[6] + 8 * b[7]
    total = (t + 9 * b[8] + b[9] - 48 * 46) % 11
    if total == 10:
        t = 3 * b[0] + 4 * b[1] + 5 * b[2] + 6 * b[3] + 7 * b[4] + 8 * b[5] + 9 * b[6] + b[7]
        total = (t + 2 * b[8] + 3 * b[9] - 48 * 48) % 11
    return "0123456789"[total % 10]  # a second 10 becomes 0


def is_valid_personal_code(code: str) -> bool:
    try:
        parse_personal_code(code)
    except InvalidPersonalCode:
        return False
    return True


def check_digit(first_ten: str) -> str:
    """The check digit for ten leading digits (weights 1..9,1 then 3..9,1,2,3; mod 11)."""
    if not (len(first_ten) == 10 and _ASCII_DIGITS.fullmatch(first_ten)):
        raise ValueError(f"Expected ten digits, got {first_ten!r}.")
    return _check_digit(first_ten)


def make_personal_code(sex: Sex, birth_date: date, serial: int) -> str:
    """A valid personal code for demo data and tests; serial is 0..999."""
    if not 0 <= serial <= 999:
        raise ValueError(f"Serial must be 0..999, got {serial}.")
    century = birth_date.year // 100 * 100
    for digit, (base, s) in _CENTURY.items():
        if base == century and s == sex:
            first = digit
            break
    else:
        raise ValueError(f"No personal code century digit for year {birth_date.year}.")
    ten = f"{first}{birth_date:%y%m%d}{serial:03d}"
    code = ten + check_digit(ten)
    assert _ELEVEN_DIGITS.fullmatch(code)
    return code
