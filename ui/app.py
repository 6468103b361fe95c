"""The Qt application: translations, style, first run or unlock, then the main window.

Heavy modules (pyhanko, reportlab, QtCharts, QtPdf) are imported only where first used, so
that the unlock window shows within a second of starting.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ui import i18n

if TYPE_CHECKING:
    from app.services.desk import Desk
    from ui.dialogs.first_run import FirstRunWizard
    from ui.dialogs.unlock import UnlockDialog
    from ui.main_window import MainWindow

STYLE = """
QLabel#message { padding: 2px; }
QListWidget { font-size: 11pt; }
QListWidget::item { padding: 6px 4px; }
"""


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Permit Desk")
    app.setOrganizationName("permit-desk")
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    i18n.install(i18n.saved_language())
    return app


def keyring_note() -> str:
    """A status-bar note when the keyring is missing or refused ("" when it is fine)."""
    from PySide6.QtCore import QCoreApplication

    from app.store import keyring_guard

    st = keyring_guard.status()
    if st.available:
        return ""
    # Plain words: the keyring's class name is for `doctor`'s readers, not the status bar.
    return QCoreApplication.translate("App", "no secure keyring on this workstation")


class Launcher:
    """Holds the top-level windows of one run: first run or unlock, then the main window."""

    def __init__(self, store: Path, demo_passphrase: str | None = None,
                 username: str = "") -> None:
        self.store = store
        self.demo_passphrase = demo_passphrase
        self.username = username or ("vadovas" if demo_passphrase else
                                     str(i18n.settings().value("ui/last_user", "")))
        self.window: MainWindow | None = None
        self.dialog: FirstRunWizard | UnlockDialog | None = None

    def start(self) -> None:
        from app.store.store import StorePaths

        if StorePaths(self.store).exists():
            self.show_unlock()
        else:
            from ui.dialogs.first_run import FirstRunWizard

            self.dialog = wizard = FirstRunWizard(self.store)
            wizard.created.connect(self.open_main)
            wizard.show()

    def show_unlock(self) -> None:
        from ui.dialogs.unlock import UnlockDialog

        self.dialog = dialog = UnlockDialog(self.store, username=self.username,
                                            passphrase=self.demo_passphrase or "")
        dialog.unlocked.connect(self.open_main)
        dialog.show()

    def open_main(self, desk: Desk) -> None:
        from ui.main_window import MainWindow

        i18n.settings().setValue("ui/last_user", desk.actor.username)
        self.window = window = MainWindow(desk, self.store, keyring_note=keyring_note()
                                          if not desk.store.bound else "")
        window.show()
        self.dialog = None


def run(store: Path, demo_passphrase: str | None = None, username: str = "") -> int:
    from app.hardening import no_core_dumps
    from app.quiet import quiet_third_parties

    no_core_dumps()  # the keys in memory never reach a core file
    quiet_third_parties()  # no library's warning or log line on the user's terminal
    app = make_application()
    launcher = Launcher(Path(store), demo_passphrase, username)
    launcher.start()
    app.setQuitOnLastWindowClosed(True)
    return int(app.exec())
