"""Dates, templates and letter values."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from app.domain.enums import LetterKind
from app.letters.content import format_date
from app.letters.render import LetterTemplateError, letter_text
from app.letters.samples import sample_letter


@pytest.mark.parametrize(
    ("d", "lang", "long", "expected"),
    [
        (datetime.date(2026, 11, 25), "lt", False, "2026-11-25"),
        (datetime.date(2026, 11, 25), "lt", True, "2026 m. lapkričio 25 d."),
        (datetime.date(2026, 1, 5), "lt", True, "2026 m. sausio 5 d."),
        (datetime.date(2026, 8, 31), "lt", True, "2026 m. rugpjūčio 31 d."),
        (datetime.date(2026, 9, 1), "lt", True, "2026 m. rugsėjo 1 d."),
        (datetime.date(2026, 5, 2), "lt", True, "2026 m. gegužės 2 d."),
        (datetime.date(2026, 11, 25), "en", True, "25 November 2026"),
        (datetime.date(2026, 11, 25), "en", False, "2026-11-25"),
    ],
)
def test_format_date(d: datetime.date, lang: str, long: bool, expected: str) -> None:
    assert format_date(d, lang, long) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(LetterKind))
@pytest.mark.parametrize("lang", ["lt", "en"])
def test_every_template_fills_without_leftover_placeholders(kind: LetterKind, lang: str) -> None:
    text = letter_text(sample_letter(kind, lang))  # type: ignore[arg-type]
    body = "\n".join(text.paragraphs)
    assert "$" not in text.title + body
    assert text.title == text.title.upper()
    assert sample_letter(kind, lang).fields["traveller_name"] in body  # type: ignore[arg-type]


def test_lithuanian_title_names_the_destination() -> None:
    text = letter_text(sample_letter(LetterKind.APPROVAL, "lt"))
    assert text.title == "DĖL LEIDIMO VYKTI Į BALTARUSIJOS RESPUBLIKĄ"


def test_conditions_are_numbered_and_absence_is_said() -> None:
    letter = sample_letter(LetterKind.APPROVAL, "lt")
    body = "\n".join(letter_text(letter).paragraphs)
    assert "1. Prieš išvykstant išklausyti saugumo instruktažą." in body
    assert "3. Per 5 darbo dienas" in body
    none = dataclasses.replace(letter, fields={**letter.fields, "conditions": " \n"})
    assert "Papildomų sąlygų nenustatyta." in "\n".join(letter_text(none).paragraphs)


def test_missing_field_is_named() -> None:
    letter = sample_letter(LetterKind.DENIAL, "lt")
    fields = {k: v for k, v in letter.fields.items() if k != "decision_reason"}
    with pytest.raises(LetterTemplateError, match="decision_reason"):
        letter_text(dataclasses.replace(letter, fields=fields))


def test_letter_content_is_frozen_and_keeps_its_own_fields() -> None:
    fields = dict(sample_letter(LetterKind.APPROVAL, "lt").fields)
    letter = dataclasses.replace(sample_letter(LetterKind.APPROVAL, "lt"), fields=fields)
    fields["traveller_name"] = "Kitas"
    assert letter.fields["traveller_name"] != "Kitas"
    with pytest.raises(dataclasses.FrozenInstanceError):
        letter.signer_name = "x"  # type: ignore[misc]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        dataclasses.replace(sample_letter(LetterKind.APPROVAL, "lt"), lang="ru")  # type: ignore[arg-type]
