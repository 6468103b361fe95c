"""What a decision letter says: frozen values the renderer turns into a PDF."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from app.domain.enums import LetterKind

Lang = Literal["lt", "en"]
LANGS: tuple[Lang, ...] = ("lt", "en")

# Lithuanian dates name the month in the genitive: "2026 m. lapkričio 25 d.".
_LT_MONTHS_GENITIVE = (
    "sausio",
    "vasario",
    "kovo",
    "balandžio",
    "gegužės",
    "birželio",
    "liepos",
    "rugpjūčio",
    "rugsėjo",
    "spalio",
    "lapkričio",
    "gruodžio",
)
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(d: datetime.date, lang: Lang, long: bool) -> str:
    """`2026-11-25`, or the long form `2026 m. lapkričio 25 d.` / `25 November 2026`."""
    if not long:
        return d.isoformat()
    if lang == "lt":
        return f"{d.year} m. {_LT_MONTHS_GENITIVE[d.month - 1]} {d.day} d."
    if lang == "en":
        return f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"
    raise ValueError(f"Unsupported letter language: {lang!r}.")


@dataclass(frozen=True)
class Letterhead:
    institution_name: str
    institution_code: str
    address: str
    extra_line: str = ""
    email: str = ""


@dataclass(frozen=True)
class LetterContent:
    """Everything printed on one letter.

    `fields` fills the template's `$placeholders` (traveller_name, countries,
    depart, return_, reason_category, purpose, decision_reason, conditions,
    clearance_level, clearance_number, violation_summary, ...). In Lithuanian
    `countries` follows the preposition "į", so it is given in the accusative
    ("Baltarusijos Respubliką"). `conditions` is list text: one condition a line.

    `signing_time_note` None prints the standard note that the signing time comes
    from the workstation's clock; an empty string prints no note.
    """

    kind: LetterKind
    lang: Lang
    letterhead: Letterhead
    registration_number: str
    date: datetime.date
    long_date: bool
    addressee_name: str
    addressee_position: str
    addressee_unit: str
    fields: Mapping[str, str]
    signer_position: str
    signer_name: str
    on_behalf_of: str | None = None
    audit_checkpoint: tuple[int, str] | None = None
    signing_time_note: str | None = None
    # PDF-LT metadata: the addressee as named (nominative; addressee_name may be dative) and
    # their personal code, given only where the institution asks for it (default: never).
    recipient_name: str = ""
    recipient_code: str | None = None

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise ValueError(f"Unsupported letter language: {self.lang!r}.")
        # A private copy so the caller's dict cannot change a frozen letter; a plain
        # dict (not MappingProxyType) so letters pickle for the two-process batch.
        object.__setattr__(self, "fields", dict(self.fields))
