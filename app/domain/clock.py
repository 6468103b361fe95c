"""Times as people read them: Europe/Vilnius local time with its daylight-saving offset.

Storage stays UTC (naive datetimes in the store are UTC, audit entries say "...Z"); every time a
person reads (screens, letters, the signature stamp, readable exports, the audit detail) goes
through `for_people`, so the window, the paper and the command line show one clock.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

VILNIUS = ZoneInfo("Europe/Vilnius")


def in_vilnius(when: datetime | str) -> datetime:
    """A stored or aware time in Vilnius. Naive datetimes and offset-less ISO text are UTC (that
    is how the store keeps them); "Z" marks UTC too."""
    if isinstance(when, str):
        text = when.strip()
        when = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(VILNIUS)


def for_people(when: datetime | str | None, *, seconds: bool = False, offset: bool = False
               ) -> str:
    """"2026-03-29 04:00" in Vilnius time; with `seconds` "...:00", with `offset` " +03:00"
    (EEST) or " +02:00" (EET), for paper that must say which clock it read. None reads "";
    text that is not a time is returned as it is rather than hidden."""
    if when is None:
        return ""
    try:
        local = in_vilnius(when)
    except ValueError:
        return str(when)
    text = local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    if offset:
        z = local.strftime("%z")  # "+0300"
        text += f" {z[:3]}:{z[3:]}"
    return text
