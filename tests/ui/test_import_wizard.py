"""The import wizard: a dry run shows bad rows by line and keeps Import disabled; a good file
shows what would change, then imports; a 20,000-row file never stalls the GUI thread."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from app.services.staff import list_people
from tests.ui.test_staff_files import rows, write_csv
from ui.dialogs.import_wizard import ImportWizard


def _wizard(qtbot, desk) -> ImportWizard:
    w = ImportWizard(desk)
    qtbot.addWidget(w)
    w.show()
    return w


def test_bad_rows_are_listed_by_line_and_nothing_can_be_imported(qtbot, store, tmp_path,
                                                                 sync_workers) -> None:
    table = rows(5)
    table[1] = ("12345678901", *table[1][1:])
    table[3] = (*table[3][:6], "Labai slaptai", *table[3][7:])
    f = write_csv(tmp_path / "bad.csv", table)
    w = _wizard(qtbot, store.as_user("saugumas"))
    w.path.setText(str(f))
    w.check_button.click()
    errors = w.items("errors")
    assert [e.split(":")[0] for e in errors] == ["Line 3", "Line 5"]
    assert "birth date" in errors[0] and "clearance_level" in errors[1]
    assert not w.import_button.isEnabled()
    assert w.summary.text().startswith("2 row") and "of the file are wrong" in w.summary.text()
    assert w.tabs.tabText(0) == "Bad rows (2)"
    w.run_import()  # refused without a clean dry run
    assert list_people(store.head) == []


def test_a_good_file_shows_the_changes_then_imports(qtbot, store, tmp_path, sync_workers) -> None:
    sec = store.as_user("saugumas")
    from app.services.staff import import_staff

    import_staff(sec, write_csv(tmp_path / "first.csv", rows(3)), dry_run=False)
    table = rows(5)
    table[0] = (table[0][0], table[0][1], table[0][2], "Patarėjas", "Ryšių skyrius",
                *table[0][5:])
    f = write_csv(tmp_path / "hr.csv", table)
    w = _wizard(qtbot, sec)
    w.path.setText(str(f))
    w.check_button.click()
    assert w.summary.text().startswith("Dry run: 2 to add, 1 to change, 2 unchanged.")
    assert w.items("changed") == [f"Vardas0 Žukauskas ({table[0][0]}): position, unit"]
    assert len(w.items("unchanged")) == 2 and w.items("errors") == []
    assert len(list_people(sec)) == 3
    assert w.import_button.isEnabled()
    with qtbot.waitSignal(w.imported):
        w.import_button.click()
    assert w.summary.text() == "Imported: 2 added, 1 changed, 2 unchanged."
    assert not w.import_button.isEnabled()
    assert len(list_people(sec)) == 5
    w.path.setText(str(f))  # another file (or the same again) needs a new dry run
    assert not w.import_button.isEnabled()


def test_twenty_thousand_rows_never_stall_the_window(qtbot, store, tmp_path) -> None:
    f = write_csv(tmp_path / "big.csv", rows(20_000))
    w = _wizard(qtbot, store.as_user("saugumas"))
    w.path.setText(str(f))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    w.check_button.click()
    assert w.busy and w.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not w.busy, timeout=60_000)
    assert len(w.items("added")) == 20_000 and w.import_button.isEnabled()
    w.import_button.click()
    qtbot.waitUntil(lambda: not w.busy, timeout=120_000)
    timer.stop()
    assert w.final_report is not None and len(w.final_report.added) == 20_000, w.summary.text()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 20
    assert max(gaps) < 0.1, f"longest GUI-thread gap {max(gaps) * 1000:.0f} ms"


def test_cancel_stops_the_import_and_writes_nothing(qtbot, store, tmp_path) -> None:
    f = write_csv(tmp_path / "big.csv", rows(12_000))
    sec = store.as_user("saugumas")
    w = _wizard(qtbot, sec)
    w.path.setText(str(f))
    w.check_button.click()
    qtbot.waitUntil(lambda: not w.busy, timeout=60_000)
    w.import_button.click()
    w.cancel_button.click()
    qtbot.waitUntil(lambda: not w.busy, timeout=60_000)
    assert w.summary.text() == "Cancelled: nothing was written."
    assert list_people(sec) == [] and w.import_button.isEnabled()
