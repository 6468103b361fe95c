"""The dashboard: numbers a head reads at a glance, and the per-month chart's data from SQL."""

from __future__ import annotations

from datetime import date

from tests.ui.letters_office import submitted_request, window
from ui.screens.dashboard import DashboardScreen


def test_head_reads_the_numbers_and_the_chart(qtbot, store, sync_workers) -> None:
    from app.services import dashboard, decisions

    # Asked and approved before the 20th (a permission is never asked afterwards).
    now = store.clock.when
    store.clock.when = now.replace(day=10)
    try:
        abroad = submitted_request(store, 70, depart=date(2026, 11, 20),
                                   return_=date(2026, 11, 30))
        decisions.decide(store.head, abroad, "approve")
    finally:
        store.clock.when = now
    denied = submitted_request(store, 71, depart=date(2026, 11, 28), return_=date(2026, 12, 2))
    decisions.decide(store.head, denied, "deny", reason="Nepagrįsta")
    submitted_request(store, 72, countries=("RU",), depart=date(2026, 11, 29),
                      return_=date(2026, 12, 3))
    submitted_request(store, 73, depart=date(2027, 1, 5), return_=date(2027, 1, 9))  # not yet

    head = window(qtbot, store, "vadovas")
    screen = head.screen_named("DashboardScreen")
    assert isinstance(screen, DashboardScreen)
    with qtbot.waitSignal(screen.loaded) as loaded:
        head.show_screen(head.screens.index(screen))
    n = loaded.args[0]
    assert n.months[-1] == "2026-11" and len(n.months) == 12
    assert screen.abroad_tile.number.text() == "1"
    assert screen.pending_tile.number.text() == "2"
    assert screen.overdue_tile.number.text() == "0"
    assert screen.abroad_list.count() == 1
    assert "back 2026-11-30" in screen.abroad_list.item(0).text()
    series = screen.chart_series(n)
    assert series["approved"][-1] == 1 and series["denied"][-1] == 1
    assert series["pending"][-1] == 1  # January's request is outside the last 12 months
    assert screen.chart_view is not None and screen.chart_view.chart().series()

    with qtbot.waitSignal(screen.loaded) as loaded:
        screen.country.setCurrentIndex(screen.country.findData("RU"))
    ru = screen.chart_series(loaded.args[0])
    assert ru == {"pending": [0] * 11 + [1]}
    assert dashboard.outcome_of("travelling") == "approved"
    head.close()


def test_clerk_has_no_dashboard(qtbot, store, sync_workers) -> None:
    clerk = window(qtbot, store, "rastine")
    i = clerk.screens.index(clerk.screen_named("DashboardScreen"))
    assert clerk.nav.item(i).isHidden()
    clerk.close()
