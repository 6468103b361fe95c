"""The main window: navigation between screens, menus and shortcuts, status bar, locking."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from app.domain.enums import Role, label
from app.store.locator import Locator, parse
from ui import i18n
from ui.desk_bridge import DeskBridge
from ui.dialogs.unlock import UnlockDialog
from ui.screens.base import Screen

if TYPE_CHECKING:
    from app.services.desk import Changes, Desk
    from app.services.worklist import WorkItem
    from ui.dialogs.request_form import RequestForm

IDLE_CHECK_MS = 5_000
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel}


class StatusLabel(QLabel):
    """Status bar text that gives way on a narrow screen: shortened in the middle with an
    ellipsis, the whole text in the tooltip (plain labels made the window wider than a
    1280-pixel screen)."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle,
                                              max(self.width(), 20))
        super().setText(shown)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8,
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(40, super().minimumSizeHint().height())


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, desk: Desk, store: Path | str | Locator, *,
                 clock: Callable[[], float] = time.time, keyring_note: str = "") -> None:
        super().__init__()
        self.desk: Desk | None = None
        self.store = parse(store)  # a file's path or a server's address, shown in the status bar
        self.clock = clock
        self.keyring_note = keyring_note
        self.last_activity = clock()
        self.idle_minutes = 5.0
        self.unlock_dialog: UnlockDialog | None = None
        self.username = desk.actor.username
        self.bridge = DeskBridge(self)
        self.bridge.changed.connect(self._changed)
        from ui.dialogs.pin_prompt import SignerSession

        self.signer_session = SignerSession()  # the signer opened once per session
        self.resize(1280, 800)
        self._build()
        self.set_desk(desk)
        self.focus_screen()  # after unlock the keyboard is on the worklist, not the navigation
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self.check_idle)
        self._idle_timer.start()
        _application().installEventFilter(self)

    # ---- building -----------------------------------------------------------------------
    def screen_named(self, class_name: str) -> Screen | None:
        """A screen by its class name, e.g. "LettersScreen", for cross-screen navigation."""
        return next((s for s in self.screens if type(s).__name__ == class_name), None)

    def _build(self) -> None:
        from ui.screens.decide import DecideScreen
        from ui.screens.requests import RequestsScreen
        from ui.screens.worklist import WorklistScreen

        self.setWindowTitle(self.tr("Permit Desk"))
        self.worklist = WorklistScreen()
        self.requests = RequestsScreen()
        self.decide = DecideScreen()
        self.screens: list[Screen] = [self.worklist, self.requests, self.decide,
                                      *_extra_screens()]
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setMaximumWidth(200)
        self.stack = QStackedWidget()
        for s in self.screens:
            self.nav.addItem(s.title())
            self.stack.addWidget(s)
            s.open_request.connect(self.open_request)
            s.signer_session = self.signer_session
            s.status_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        # As wide as the longest title in this language (Lithuanian ones run long), no scrollbar.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMaximumWidth(16777215)
        self.nav.setFixedWidth(min(280, max(160, self.nav.sizeHintForColumn(0)
                                            + 2 * self.nav.frameWidth() + 12)))
        self.locked_page = QLabel(self.tr("Locked. Unlock to continue."))
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.locked_page)
        self.nav.currentRowChanged.connect(self.show_screen)
        self.worklist.open_item.connect(self.open_work_item)
        self.requests.new_request.connect(self.new_request)
        self.decide.decided.connect(lambda _v: self.statusBar().showMessage(
            self.tr("Decision recorded."), 5000))

        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        if not hasattr(self, "user_label"):
            self.user_label = StatusLabel()
            self.store_label = StatusLabel()
            self.binding_label = StatusLabel()
            for w in (self.user_label, self.store_label, self.binding_label):
                self.statusBar().addPermanentWidget(w)
        self._menus()

    def _action(self, menu: QMenu, text: str, shortcut: str | QKeySequence | None,
                slot: Callable[[], object]) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(lambda _checked=False: slot())
        menu.addAction(a)
        return a

    def _menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        f = bar.addMenu(self.tr("&File"))
        self.lock_action = self._action(f, self.tr("&Lock"), "Ctrl+L", self.lock)
        f.addSeparator()
        self._action(f, self.tr("&Quit"), "Ctrl+Q", self.close)
        go = bar.addMenu(self.tr("&Go"))
        self.go_actions = [self._action(go, s.title(), f"Ctrl+{i + 1}" if i < 9 else None,
                                        partial(self.go_to_screen, i))
                           for i, s in enumerate(self.screens)]
        r = bar.addMenu(self.tr("&Requests"))
        self.new_action = self._action(r, self.tr("&New request…"), "Ctrl+Shift+N",
                                       self.new_request)
        self._action(r, self.tr("&Next pending decision"), None, self._next_pending)
        self._action(r, self.tr("&Find…"), "Ctrl+F", self._find)
        v = bar.addMenu(self.tr("&View"))
        self._action(v, self.tr("&Refresh"), "F5", self.refresh_current)
        lang = v.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("lt", "Lietuvių"), ("en", "English")):
            a = QAction(name, self, checkable=True)
            a.setChecked(i18n.current_language() == code)
            a.triggered.connect(lambda _c=False, code=code: self.switch_language(code))
            group.addAction(a)
            lang.addAction(a)

    # ---- desk ---------------------------------------------------------------------------
    def _warm_up(self, desk: Desk) -> None:
        """The process's one-time costs (holidays, letter fonts, pyHanko: 0.5 s) in the
        background now, not in the first decision of the day (app.services.warmup); a failure
        there costs nothing but the time it would have saved."""
        from app.services.warmup import warm_up
        from ui import workers

        workers.run_op(self, lambda _progress: warm_up(desk), lambda _done: None,
                       lambda _exc: None, kind="read")

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.username = desk.actor.username
        self.bridge.attach(desk)
        try:
            self.idle_minutes = float(desk.setting("ui.idle_lock_minutes", "5") or 5)
        except (ValueError, Exception):
            self.idle_minutes = 5.0
        self.last_activity = self.clock()
        a = desk.actor
        lang = i18n.current_language()
        roles = ", ".join(label(r, lang) for r in sorted(a.roles, key=str))
        self.user_label.setText(f"{a.full_name} ({a.username}) · {roles}")
        self.store_label.setText(str(self.store))
        self._warm_up(desk)
        self.binding_label.setVisible(desk.store.kind == "file")  # no keyring on a server
        if desk.store.bound:
            self.binding_label.setText(self.tr("Bound to this workstation"))
        else:
            note = self.keyring_note or self.tr("not bound to this workstation's keyring")
            self.binding_label.setText(self.tr("Unbound: %1").replace("%1", note))
        clerkish = a.has(Role.CLERK, Role.SECURITY_OFFICER, Role.HEAD, Role.DEPUTY)
        self.new_action.setEnabled(clerkish)
        self.requests.new_button.setVisible(clerkish)
        for i, s in enumerate(self.screens):
            allowed = s.visible_for(a)
            self.nav.item(i).setHidden(not allowed)
            self.go_actions[i].setVisible(allowed)
        for s in self.screens:
            s.desk = desk
        self.requests.model.set_desk(desk)
        self.show_screen(max(0, self.stack.currentIndex()
                             if self.stack.currentWidget() in self.screens else 0))
        for s in self.screens:
            if s is not self.stack.currentWidget() and s.visible_for(a):
                s.refresh()

    def show_screen(self, index: int) -> None:
        if self.desk is None or not 0 <= index < len(self.screens):
            return
        screen = self.screens[index]
        if not screen.visible_for(self.desk.actor):
            index, screen = 0, self.screens[0]
        self.stack.setCurrentWidget(screen)
        if self.nav.currentRow() != index:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(index)
            self.nav.blockSignals(False)
        screen.refresh()

    def go_to_screen(self, index: int) -> None:
        """Ctrl+1…: the screen, with the keyboard on its list so that Enter opens."""
        self.show_screen(index)
        self.focus_screen()

    def focus_screen(self) -> None:
        """The keyboard on the current screen's list (the worklist's, so that "press Enter to
        open" works), not on the navigation."""
        screen = self.current_screen()
        if screen is None:
            return
        focus_list = getattr(screen, "focus_list", None)
        if callable(focus_list):
            focus_list()
            return
        from PySide6.QtWidgets import QAbstractItemView

        views = [v for v in screen.findChildren(QAbstractItemView) if v.isVisibleTo(screen)]
        if views:
            views[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def current_screen(self) -> Screen | None:
        w = self.stack.currentWidget()
        return w if isinstance(w, Screen) else None

    def refresh_current(self) -> None:
        s = self.current_screen()
        if s is not None:
            s.refresh()

    def _changed(self, changes: Changes) -> None:
        for s in self.screens:
            s.on_changes(changes)

    # ---- opening things -----------------------------------------------------------------
    def open_work_item(self, item: WorkItem) -> None:
        """Each kind of work opens where it is done: letters, aftercare, staff, decide."""
        if self.desk is None:  # locked: nothing opens
            return
        target: Screen | None = None
        if item.kind in ("sign_letter", "print_letter"):
            target = self.screen_named("LettersScreen")
        elif item.kind in ("overdue_debrief", "review_declaration"):
            target = self.screen_named("AftercareScreen")
        elif item.kind == "expiring_clearance":
            target = self.screen_named("StaffScreen") or self.screen_named("AftercareScreen")
        if target is not None and target.visible_for(self.desk.actor):
            self.show_screen(self.screens.index(target))
            show_item = getattr(target, "show_item", None)
            if callable(show_item):
                show_item(item)
            else:
                show_person = getattr(target, "show_person", None)
                if callable(show_person) and item.person_code:
                    show_person(item.person_code)
            return
        if item.kind == "decide" and item.request_id is not None:
            self.open_for_decision(item.request_id)
        elif item.request_id is not None:
            self.open_request(item.request_id)
        else:
            self.statusBar().showMessage(self.tr("This item opens in a screen not built yet."),
                                         6000)

    def open_for_decision(self, request_id: int) -> None:
        self.decide.show_request(request_id)
        self.show_screen(self.screens.index(self.decide))

    def open_request(self, request_id: int) -> None:
        from app.domain.enums import RequestState

        desk = self.desk
        if desk is None:  # locked: nothing opens
            return
        row = None
        try:
            from app.services.queries import rows_by_ids

            with desk.read() as s:
                found = rows_by_ids(s, [request_id])
            row = found[0] if found else None
        except Exception:
            row = None
        if (row is not None and row.state == RequestState.SUBMITTED
                and desk.actor.has(Role.HEAD, Role.DEPUTY)):
            self.open_for_decision(request_id)
            return
        self.open_form(request_id)

    def open_form(self, request_id: int | None) -> RequestForm | None:
        from ui.dialogs.request_form import RequestForm

        if self.desk is None:  # locked (the shortcut still fires): no form without a desk
            return None
        form = RequestForm(self.desk, request_id, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda v: self.statusBar().showMessage(
            self.tr("Request No. %1 saved (%2).").replace("%1", str(v.id)).replace(
                "%2", label(v.state, i18n.current_language())), 6000))
        self.open_dialog = form
        form.open()
        return form

    def new_request(self) -> RequestForm | None:
        return self.open_form(None)

    def _next_pending(self) -> None:
        self.show_screen(self.screens.index(self.decide))
        self.decide.next_pending()

    def _find(self) -> None:
        self.show_screen(self.screens.index(self.requests))
        self.requests.text.setFocus()
        self.requests.text.selectAll()

    # ---- locking ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = self.clock()
        return False

    def check_idle(self) -> None:
        """Wall-clock idle time, so a suspended laptop counts its sleep too."""
        if self.desk is None:
            return
        if self.clock() - self.last_activity >= self.idle_minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.desk is None:
            return
        self.resume_index = max(0, self.stack.currentIndex())
        for w in QApplication.topLevelWidgets():  # forms and previews hold data too
            if w is not self and isinstance(w, QWidget) and w.isVisible() and \
                    w is not self.unlock_dialog:
                w.close()
        for s in self.screens:
            s.clear()
        self.signer_session.close()  # the key or token session goes with the lock
        self.stack.setCurrentWidget(self.locked_page)
        self.bridge.detach()
        desk, self.desk = self.desk, None
        desk.lock()
        self.locked.emit()
        self.show_unlock()

    def show_unlock(self) -> UnlockDialog:
        dlg = UnlockDialog(self.store, self, username=self.username, choose_store=False)
        dlg.setWindowTitle(self.tr("Permit Desk is locked"))
        dlg.unlocked.connect(self._relocked_open)
        dlg.rejected.connect(self.close)
        self.unlock_dialog = dlg
        dlg.open()
        return dlg

    def _relocked_open(self, desk: Desk) -> None:
        index = getattr(self, "resume_index", 0)
        self.set_desk(desk)
        self.show_screen(index if index < len(self.screens) else 0)
        self.focus_screen()
        self.unlock_dialog = None
        self.unlocked.emit()

    # ---- language -----------------------------------------------------------------------
    def switch_language(self, lang: str) -> None:
        i18n.save_language(lang)
        i18n.install(lang)
        index = max(0, self.stack.currentIndex()) if self.current_screen() else 0
        decide_id = self.decide.request_id
        old = self.centralWidget()
        self._build()  # screens re-made in the new language; the desk stays open
        if old is not None:
            old.deleteLater()
        self.decide.request_id = decide_id
        if self.desk is not None:
            self.set_desk(self.desk)
            self.show_screen(index)

    def closeEvent(self, event: QCloseEvent) -> None:
        _application().removeEventFilter(self)
        self.signer_session.close()
        self.bridge.detach()
        if self.desk is not None:
            self.desk.lock()
            self.desk = None
        super().closeEvent(event)


def _application() -> QApplication:
    """The running application (a main window exists only inside one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _extra_screens() -> list[Screen]:
    import importlib

    from ui.screens.registry import EXTRA_SCREENS

    out: list[Screen] = []
    for entry in EXTRA_SCREENS:
        module_name, _, class_name = entry.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # not built yet
            raise
        out.append(getattr(module, class_name)())
    return out
