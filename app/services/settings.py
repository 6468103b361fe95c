"""Institution settings kept in the store (letterhead, registration numbers, idle lock): read
by the roles that see Settings, changed by an administrator only, each change audited."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.domain.enums import Role
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.desk import Desk
from app.services.errors import InvalidInput
from app.store.models import Setting

READERS = (Role.ADMIN, Role.HEAD, Role.INSPECTOR)
WRITERS = (Role.ADMIN,)

DEFAULTS: dict[str, str] = {
    "institution.name": "",
    "institution.code": "",
    "institution.address": "",
    "letters.registration_format": "7-{n}",
    "letters.long_date": "1",
    # PDF-LT: the addressee's personal code in the letter's metadata (LTUd:recipients) only
    # when the institution asks for it; off by default (data minimisation).
    "letters.recipient_code": "0",
    "ui.idle_lock_minutes": "5",
}
KNOWN = tuple(DEFAULTS)
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
REGISTRATION_PLACEHOLDERS = ("n", "year", "yy")


def _name(value: str) -> str:
    v = " ".join(value.split())
    if not v:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The institution needs a name: it heads "
                "every letter.")))
    if len(v) > 200:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The institution name is longer than 200 "
                "characters.")))
    return v


def _code(value: str) -> str:
    v = value.strip()
    if v and not (v.isdigit() and 7 <= len(v) <= 12):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The institution code is 7-12 digits "
                "(the legal entity code).")))
    return v


def _address(value: str) -> str:
    v = " ".join(value.split())
    if len(v) > 300:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The address is longer than 300 "
                "characters.")))
    return v


def _registration(value: str) -> str:
    v = value.strip()
    names = _PLACEHOLDER.findall(v)
    if "n" not in names:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The registration number format needs "
                "the {n} placeholder (the running number).")))
    unknown = sorted({n for n in names if n not in REGISTRATION_PLACEHOLDERS})
    if unknown:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Unknown placeholder {%1} in the "
                "registration number format; use {n}, {year} and {yy}."), unknown[0]))
    try:
        v.format(n=1, year=2026, yy=26)
    except (ValueError, IndexError, KeyError):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The registration number format has an "
                "unmatched brace."))) from None
    if len(v) > 40:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The registration number format is "
                "longer than 40 characters.")))
    return v


def _flag(value: str) -> str:
    v = value.strip().lower()
    if v in ("1", "true", "yes"):
        return "1"
    if v in ("0", "false", "no"):
        return "0"
    raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Say 1 (on) or 0 (off).")))


def _minutes(value: str) -> str:
    try:
        m = int(value.strip())
    except ValueError:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The idle lock time is a whole number of "
                "minutes."))) from None
    if not 1 <= m <= 120:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The idle lock time is between 1 and 120 "
                "minutes.")))
    return str(m)


VALIDATORS: dict[str, Callable[[str], str]] = {
    "institution.name": _name,
    "institution.code": _code,
    "institution.address": _address,
    "letters.registration_format": _registration,
    "letters.long_date": _flag,
    "letters.recipient_code": _flag,
    "ui.idle_lock_minutes": _minutes,
}


def get_settings(desk: Desk) -> dict[str, str]:
    """Every known setting, with its default where the store has none."""
    desk.require(QT_TRANSLATE_NOOP("Core", "read the settings"), *READERS)
    out = dict(DEFAULTS)
    with desk.read() as s:
        for row in s.query(Setting).filter(Setting.key.in_(KNOWN)):
            out[row.key] = row.value
    return out


def set_setting(desk: Desk, key: str, value: str) -> str:
    """Validate and store one setting; returns the value as stored (normalised)."""
    check = VALIDATORS.get(key)
    if check is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Unknown setting %1; the settings are "
                "%2."),
                repr(key), ', '.join(KNOWN)))
    clean = check(str(value))
    with desk.unit(QT_TRANSLATE_NOOP("Core", "change the settings"), *WRITERS) as s:
        row = s.get(Setting, key)
        before = row.value if row is not None else None
        if before == clean:
            return clean
        if row is None:
            s.add(Setting(key=key, value=clean))
        else:
            row.value = clean
        desk.record(s, "setting.set", "setting", key, before={"value": before},
                    after={"value": clean})
    desk.announce("setting")
    return clean
