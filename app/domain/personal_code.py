"""Lithuanian personal codes (asmens kodas): validation, decoding and generation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.lt import asmens

Sex = Literal["M", "F"]
ReasonCode = Literal["length", "digits", "checksum", "date"]

# ASCII digits only: str.isdigit() would accept Arabic-Indic or superscript digits.
_ELEVEN_DIGITS = re.compile(r"[0-9]{11}")
_ASCII_DIGITS = re.compile(r"[0-9]*")

_REASONS: dict[str, str] = {
    "length": "A personal code has 11 digits.",
    "digits": "A personal code may contain digits only.",
    "checksum": "The check digit (the last digit) does not match the other ten.",
    "date": "The first seven digits do not encode a real birth date.",
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
        super().__init__(f"Personal code {code!r} is not valid: {self.reason}")


@dataclass(frozen=True, slots=True)
class PersonalCode:
    code: str
    birth_date: date | None  # None for exceptional codes starting with 9
    sex: Sex | None

    def __str__(self) -> str:
        return self.code


def parse_personal_code(code: str) -> PersonalCode:
    """Validate a personal code and decode its birth date and sex."""
    # Only surrounding whitespace is forgiven; stdnum's compact() would also drop
    # inner spaces, which would let "3330 9240064" through as if typed correctly.
    text = code.strip()
    if not _ASCII_DIGITS.fullmatch(text):
        raise InvalidPersonalCode(text, "digits")
    if len(text) != 11:
        raise InvalidPersonalCode(text, "length")
    try:
        asmens.validate(text)
    except InvalidChecksum:
        raise InvalidPersonalCode(text, "checksum") from None
    except InvalidComponent:
        raise InvalidPersonalCode(text, "date") from None
    except (InvalidFormat, InvalidLength):  # pragma: no cover - screened above
        raise InvalidPersonalCode(text, "digits") from None
    except ValidationError:  # pragma: no cover - any future stdnum reason
        raise InvalidPersonalCode(text, "checksum") from None
    if text[0] == "9":
        return PersonalCode(text, None, None)
    # stdnum also accepts 7/8 (a 2100s century) which Lithuania does not issue yet.
    century = _CENTURY.get(text[0])
    if century is None:
        raise InvalidPersonalCode(text, "date")
    base, sex = century
    birth = date(base + int(text[1:3]), int(text[3:5]), int(text[5:7]))
    return PersonalCode(text, birth, sex)


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
    # stdnum's calculator ignores the last character, so pad with a placeholder.
    return str(asmens.calc_check_digit(first_ten + "0"))


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
