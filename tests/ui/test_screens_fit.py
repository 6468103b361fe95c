"""Every screen fits a 1280×800 window in Lithuanian and in English: no label, button, field
placeholder or table header is cut, and the window never grows past the screen.

Screenshots of every screen are written as <screen>_<lang>.png, into a temporary folder, or
into the folder PERMIT_DESK_SCREENSHOTS names (the README's pictures are remade with
`PERMIT_DESK_SCREENSHOTS=docs/screenshots pytest tests/ui/test_screens_fit.py`).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from tests.ui.letters_office import PASSWORD, WallClock, configure_signer, decided_letter, make_pki
from ui import i18n
from ui.main_window import MainWindow, StatusLabel
from ui.widths import ElidedTipDelegate

WIDTH, HEIGHT = 1280, 800
SCREEN_FILES = {
    "WorklistScreen": "worklist", "RequestsScreen": "requests", "DecideScreen": "decide",
    "StaffScreen": "staff", "LettersScreen": "letters", "AftercareScreen": "aftercare",
    "DashboardScreen": "dashboard", "AuditScreen": "audit", "InspectionScreen": "inspection",
    "SettingsScreen": "settings",
}
# Tables allowed to scroll sideways at 1280 px: the staff list's level, status and validity
# (the details beside it show them for the selected person).
SIDEWAYS = {"StaffModel"}
SETTINGS_FILES = ("settings", "settings_signing", "settings_policy", "settings_users",
                  "settings_delegations")


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_pki(tmp_path_factory.mktemp("ui-fit-pki"))


@pytest.fixture(autouse=True)
def _app_style(qapp: QApplication) -> Any:
    """The look the application sets (Fusion, its style sheet): sizes depend on it."""
    from ui.app import STYLE

    old_sheet, old_style = qapp.styleSheet(), qapp.style().name()
    qapp.setStyle("Fusion")
    qapp.setStyleSheet(STYLE)
    yield
    qapp.setStyleSheet(old_sheet)
    qapp.setStyle(old_style)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PERMIT_DESK_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _text_width(w: QWidget, text: str) -> int:
    return w.fontMetrics().horizontalAdvance(text)


def _where(w: QWidget) -> str:
    names = []
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def clipped(root: QWidget) -> list[str]:
    """What `root` shows cut: elided or squeezed labels, buttons, placeholders, combo texts,
    tab titles, group titles and table headers narrower than their text."""
    out: list[str] = []

    def shown(w: QWidget) -> bool:
        return w.isVisibleTo(root) and w.width() > 0

    for lab in root.findChildren(QLabel):
        if not shown(lab) or not lab.text().strip() or isinstance(lab, StatusLabel):
            continue
        if lab.pixmap() is not None and not lab.pixmap().isNull():
            continue
        if lab.wordWrap():
            need = lab.heightForWidth(lab.width())
            if need > lab.height() + 1:
                out.append(f"label {_where(lab)} {lab.text()[:60]!r}: {need} px tall text in "
                           f"{lab.height()} px")
        elif lab.sizeHint().width() > lab.width() + 1:
            out.append(f"label {_where(lab)} {lab.text()[:60]!r}: needs "
                       f"{lab.sizeHint().width()} px, has {lab.width()}")
    for b in root.findChildren(QAbstractButton):
        if shown(b) and b.text().strip() and not isinstance(b.parentWidget(), QTabBar) \
                and b.sizeHint().width() > b.width() + 1:
            out.append(f"button {_where(b)} {b.text()!r}: needs {b.sizeHint().width()} px, "
                       f"has {b.width()}")
    for e in root.findChildren(QLineEdit):
        if shown(e) and not e.text() and e.placeholderText() \
                and not isinstance(e.parentWidget(), QComboBox):
            frame = e.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
            room = e.width() - 2 * frame - 6
            if _text_width(e, e.placeholderText()) > room:
                out.append(f"placeholder {_where(e)} {e.placeholderText()!r}: needs "
                           f"{_text_width(e, e.placeholderText())} px, has {room}")
    for c in root.findChildren(QComboBox):
        if shown(c) and c.currentText() and not c.isEditable():
            room = c.width() - 28  # the arrow and the frame (Fusion)
            if _text_width(c, c.currentText()) > room:
                out.append(f"combo {_where(c)} {c.currentText()!r}: needs "
                           f"{_text_width(c, c.currentText())} px, has {room}")
    for bar in root.findChildren(QTabBar):
        if shown(bar):
            for i in range(bar.count()):
                room = bar.tabRect(i).width() - 12
                if _text_width(bar, bar.tabText(i).replace("&", "")) > room:
                    out.append(f"tab {bar.tabText(i)!r}: {bar.tabRect(i).width()} px")
    for g in root.findChildren(QGroupBox):
        if shown(g) and g.title() and _text_width(g, g.title().replace("&", "")) > g.width() - 16:
            out.append(f"group {g.title()!r}: {g.width()} px")
    for s in root.findChildren(QScrollArea):
        if shown(s) and s.horizontalScrollBar().isVisible():
            out.append(f"scroll area {_where(s)}: wider than the window (a horizontal "
                       f"scroll bar)")
    for view in root.findChildren(QTableView):
        if not shown(view) or view.model() is None:
            continue
        out += _header_clipped(view.horizontalHeader(), view)
        out += _cells_clipped(view)
        if view.horizontalScrollBar().isVisible() and type(view.model()).__name__ not in SIDEWAYS:
            out.append(f"table {_where(view)}: wider than its place (a horizontal scroll bar "
                       f"hides the last columns)")
    return out


def _cells_clipped(view: QTableView) -> list[str]:
    """Cells of the rows in sight whose text is elided (or wrapped past the row's height)."""
    out: list[str] = []
    model = view.model()
    fm = view.fontMetrics()
    pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
               + 1)
    first = max(0, view.rowAt(0))
    last = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount(QModelIndex()) - 1 if last < 0 else last
    for row in range(first, min(last, first + 40) + 1):
        for col in range(model.columnCount(QModelIndex())):
            if view.isColumnHidden(col) or view.columnSpan(row, col) > 1 \
                    or isinstance(view.itemDelegateForColumn(col), ElidedTipDelegate):
                continue  # a column that gives way shows the whole text in its tooltip
            index = model.index(row, col)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is None or not str(text).strip():
                continue
            text, width = str(text), view.columnWidth(col) - pad
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                width -= view.iconSize().width() + 4 if view.iconSize().isValid() else 20
            if view.wordWrap():
                box = fm.boundingRect(0, 0, max(width, 1), 10_000,
                                      int(Qt.TextFlag.TextWordWrap), text)
                fits = box.width() <= width and box.height() <= view.rowHeight(row)
            else:
                fits = max(fm.horizontalAdvance(t) for t in text.split("\n")) <= width
            if not fits:
                head = model.headerData(col, Qt.Orientation.Horizontal,
                                        Qt.ItemDataRole.DisplayRole)
                out.append(f"cell {_where(view)} [{head}] {text[:50]!r}: "
                           f"{view.columnWidth(col)} px wide")
                break  # one a row is enough to tell
    return out


def _header_clipped(h: QHeaderView, view: QTableView) -> list[str]:
    out: list[str] = []
    model = view.model()
    if h.isHidden() or model is None:
        return out
    margin = 2 * h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, h)
    for col in range(model.columnCount(QModelIndex())):
        if h.isSectionHidden(col):
            continue
        text = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = max(_text_width(h, line) for line in str(text).split("\n")) + margin
        if h.isSortIndicatorShown() and h.sortIndicatorSection() == col:
            need += h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, h)
        if h.sectionSize(col) < need:
            out.append(f"header {_where(view)} {text!r}: needs {need} px, has "
                       f"{h.sectionSize(col)}")
    return out


def _settle(w: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()
    from ui import workers

    workers.wait_all()
    QApplication.processEvents()


def _store_with_work(store: Any, pki: dict[str, Any]) -> int:
    """A store that fills every screen: demo staff and requests, letters signed and waiting, a
    pending request for the Decide screen. Returns that request's id."""
    from app.services import demo, letters
    from tests.ui.letters_office import submitted_request

    configure_signer(store, pki)
    signed = [decided_letter(store, 900 + n).id for n in range(2)]
    decided_letter(store, 910, "deny")  # waits for the signature
    signer = letters.open_signer(store.head, PASSWORD)
    try:
        letters.sign_many(store.head, signed, signer)
    finally:
        signer.close()
    demo.generate(store.head, staff=80, requests=400, seed=2026)
    return submitted_request(store, 920, countries=("BY", "RU"), depart=date(2026, 12, 20))


def _window(qtbot: Any, store: Any, user: str) -> MainWindow:
    w = MainWindow(store.as_user(user), store.path, clock=WallClock())
    qtbot.addWidget(w)
    w.resize(WIDTH, HEIGHT)
    w.show()
    qtbot.waitExposed(w)
    _settle(w)
    return w


def _check(w: QWidget, name: str, shots: Path, lang: str, problems: list[str]) -> None:
    _settle(w)
    size = w.size()
    if (size.width(), size.height()) != (WIDTH, HEIGHT):
        problems.append(f"{name}: the window is {size.width()}×{size.height()}, not "
                        f"{WIDTH}×{HEIGHT} (its content asks for more)")
    problems += [f"{name}: {p}" for p in clipped(w)]
    assert w.grab().save(str(shots / f"{name}_{lang}.png"))


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_every_screen_fits_1280_by_800(qtbot, store, pki, sync_workers, shots, lang) -> None:
    rid = _store_with_work(store, pki)
    i18n.install(lang)
    problems: list[str] = []
    try:
        seen = set()
        for user in ("vadovas", "saugumas"):  # head and administrator; security officer
            w = _window(qtbot, store, user)
            for i, screen in enumerate(w.screens):
                name = SCREEN_FILES[type(screen).__name__]
                if name in seen or not screen.visible_for(w.desk.actor):
                    continue
                seen.add(name)
                w.show_screen(i)
                if name == "decide":
                    w.open_for_decision(rid)
                tabs = screen.findChild(QTabWidget) if name == "settings" else None
                if tabs is not None:
                    for t, file_name in zip(range(tabs.count()), SETTINGS_FILES, strict=False):
                        tabs.setCurrentIndex(t)
                        _check(w, file_name, shots, lang, problems)
                else:
                    _check(w, name, shots, lang, problems)
            w.close()
        assert seen == set(SCREEN_FILES.values())
    finally:
        i18n.install("en")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_dialogs_fit_1280_by_800(qtbot, store, pki, sync_workers, shots, lang,
                                 tmp_path) -> None:
    """The request form as the clerk meets it, the unlock dialog and the first-run wizard."""
    from ui.dialogs.unlock import UnlockDialog

    _store_with_work(store, pki)
    i18n.install(lang)
    problems: list[str] = []
    try:
        w = _window(qtbot, store, "rastine")
        form = w.new_request()
        assert form is not None
        qtbot.waitExposed(form)
        _settle(form)
        problems += [f"request_form: {p}" for p in clipped(form)]
        assert form.height() <= HEIGHT and form.width() <= WIDTH
        assert form.grab().save(str(shots / f"request_form_{lang}.png"))
        form.close()
        w.close()
        dlg = UnlockDialog(store.path, username="vadovas")
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        _settle(dlg)
        problems += [f"unlock: {p}" for p in clipped(dlg)]
        assert dlg.grab().save(str(shots / f"unlock_{lang}.png"))
        from ui.dialogs.first_run import FirstRunWizard

        wizard = FirstRunWizard(tmp_path / "new" / "permit-desk.db")
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        _settle(wizard)
        problems += [f"first_run: {p}" for p in clipped(wizard)]
        assert wizard.height() <= HEIGHT and wizard.width() <= WIDTH
        assert wizard.grab().save(str(shots / f"first_run_{lang}.png"))
    finally:
        i18n.install("en")
    assert not problems, "\n".join(problems)
