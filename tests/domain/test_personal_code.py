"""Personal codes: decoding, every refusal reason, and agreement with stdnum."""

from __future__ import annotations

import random
from datetime import date

import pytest
from stdnum.ee.ik import calc_check_digit  # what stdnum.lt.asmens uses
from stdnum.lt import asmens

from app.domain.personal_code import (
    InvalidPersonalCode,
    PersonalCode,
    check_digit,
    is_valid_personal_code,
    make_personal_code,
    parse_personal_code,
)


def domain_check_digit(ten: str) -> str:
    """DOMAIN.md's rule written out independently, to test the code against."""
    d = [int(c) for c in ten]
    s = sum(w * x for w, x in zip((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), d, strict=True)) % 11
    if s == 10:
        s = sum(w * x for w, x in zip((3, 4, 5, 6, 7, 8, 9, 1, 2, 3), d, strict=True)) % 11
    return "0" if s == 10 else str(s)


def test_stdnum_example_decodes() -> None:
    assert parse_personal_code("33309240064") == PersonalCode("33309240064", date(1933, 9, 24), "M")


@pytest.mark.parametrize(
    ("sex", "born", "first"),
    [
        ("M", date(1899, 12, 31), "1"),
        ("F", date(1850, 1, 1), "2"),
        ("M", date(1975, 6, 15), "3"),
        ("F", date(1988, 2, 29), "4"),
        ("M", date(2004, 3, 1), "5"),
        ("F", date(2010, 11, 30), "6"),
    ],
)
def test_make_and_parse_round_trip(sex: str, born: date, first: str) -> None:
    code = make_personal_code(sex, born, 123)  # type: ignore[arg-type]
    assert code[0] == first
    assert code[1:7] == born.strftime("%y%m%d")
    assert code[7:10] == "123"
    parsed = parse_personal_code(code)
    assert (parsed.birth_date, parsed.sex) == (born, sex)
    assert asmens.is_valid(code)


def test_surrounding_whitespace_is_stripped() -> None:
    assert parse_personal_code(" \t33309240064\n").code == "33309240064"


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("", "length"),
        ("3330924006", "length"),
        ("333092400640", "length"),
        ("3330924006X", "digits"),
        ("3330 9240064", "digits"),  # inner spaces are not forgiven
        ("３３３０９２４００６４", "digits"),  # full-width digits
        ("33309240065", "checksum"),
        ("33302300000", "date"),  # 30 February
        ("33313010000", "date"),  # month 13
        ("03309240064", "date"),  # no century 0
        ("73309240064", "date"),  # stdnum reads 7 as the 2100s; not issued
    ],
)
def test_refusals_have_a_stable_reason(code: str, reason: str) -> None:
    with pytest.raises(InvalidPersonalCode) as e:
        parse_personal_code(code)
    assert e.value.reason_code == reason
    assert isinstance(e.value, ValueError)
    assert e.value.reason in str(e.value)
    assert not is_valid_personal_code(code)


def test_exceptional_codes_skip_the_date_but_not_the_check_digit() -> None:
    ten = "9" + "999999" + "001"  # no such date, allowed for 9-codes
    code = ten + domain_check_digit(ten)
    assert parse_personal_code(code) == PersonalCode(code, None, None)
    assert asmens.is_valid(code)
    wrong = ten + str((int(domain_check_digit(ten)) + 1) % 10)
    with pytest.raises(InvalidPersonalCode) as e:
        parse_personal_code(wrong)
    assert e.value.reason_code == "checksum"


def test_check_digit_matches_domain_rule_and_stdnum_including_second_round() -> None:
    rnd = random.Random(20261125)
    second_round = zero_after_second = 0
    for _ in range(20_000):
        ten = "".join(rnd.choice("0123456789") for _ in range(10))
        expected = domain_check_digit(ten)
        assert check_digit(ten) == expected == calc_check_digit(ten + "0")
        first_sum = (
            sum(w * int(c) for w, c in zip((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), ten, strict=True)) % 11
        )
        if first_sum == 10:
            second_round += 1
            zero_after_second += expected == "0"
    assert second_round > 0 and zero_after_second > 0  # both fallbacks were exercised


def test_parse_agrees_with_stdnum_on_random_codes() -> None:
    rnd = random.Random(7)
    for _ in range(20_000):
        code = "".join(rnd.choice("0123456789") for _ in range(11))
        ours = is_valid_personal_code(code)
        if code[0] in "78":
            assert not ours  # the one deliberate difference
        else:
            assert ours == asmens.is_valid(code), code


def test_make_personal_code_refuses_what_it_cannot_encode() -> None:
    with pytest.raises(ValueError):
        make_personal_code("M", date(1990, 1, 1), 1000)
    with pytest.raises(ValueError):
        make_personal_code("F", date(2105, 1, 1), 1)
    with pytest.raises(ValueError):
        check_digit("12345")
