"""A workstation's one-time costs, paid in the background after unlock rather than by the
first request or decision of the day.

The first decision in a fresh process took 835 ms (259 ms of CPU) against 60 ms for the
next: 531 ms of it built the year's Lithuanian holidays for the debriefing deadline (the
`holidays` package), the rest loaded the letter fonts and templates and pyHanko.
"""

from __future__ import annotations

from app.domain.enums import LetterKind, Role
from app.services.desk import Desk


def warm_up(desk: Desk) -> None:
    """Fill the process's caches that the actor's work will need; changes nothing stored.
    Safe on any thread: it touches no session and no widget."""
    from app.domain.workdays import lithuanian_holidays

    today = desk.today()
    for year in (today.year, today.year + 1):  # a debriefing may fall due next year
        lithuanian_holidays(year)
    if desk.actor.has(Role.HEAD, Role.DEPUTY):
        import app.letters.sign  # noqa: F401 (pyHanko's modules, imported once)
        from app.letters.render import render_letter
        from app.letters.samples import sample_letter

        render_letter(sample_letter(LetterKind.APPROVAL, "lt"))
