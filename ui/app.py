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
    from app.store.locator import Locator
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
    """Holds the top-level windows of one run: first run or unlock, then the main window.

    `store` is a file or a server; `explicit`: it was named (--store, PERMIT_DESK_STORE, the
    demo), so the unlock dialog starts on it rather than on the store last chosen here;
    `workstation_file`: this workstation's file, offered beside a server named on the command
    line."""

    def __init__(self, store: Path | str | Locator, demo_passphrase: str | None = None,
                 username: str = "", *, explicit: bool = True,
                 workstation_file: Path | None = None) -> None:
        from app.store.locator import parse

        self.store = parse(store)
        self.explicit = explicit
        self.workstation_file = workstation_file
        self.demo_passphrase = demo_passphrase
        self.username = username or ("vadovas" if demo_passphrase else
                                     str(i18n.settings().value("ui/last_user", "")))
        self.window: MainWindow | None = None
        self.dialog: FirstRunWizard | UnlockDialog | None = None

    def start(self) -> None:
        from app.store.locator import FileLocator
        from app.store.store import StorePaths
        from ui.dialogs.unlock import remembered_server

        # A server is made by its administrator (README: Several workstations), never here: the
        # first-run wizard is for a file store that is not there yet.
        if not isinstance(self.store, FileLocator) or StorePaths(self.store.path).exists() or \
                (not self.explicit and remembered_server() is not None):
            self.show_unlock()
        else:
            from ui.dialogs.first_run import FirstRunWizard

            self.dialog = wizard = FirstRunWizard(self.store.path)
            wizard.created.connect(self.open_main)
            wizard.show()

    def show_unlock(self) -> None:
        from ui.dialogs.unlock import UnlockDialog

        self.dialog = dialog = UnlockDialog(self.store, username=self.username,
                                            passphrase=self.demo_passphrase or "",
                                            remembered=not self.explicit,
                                            workstation_file=self.workstation_file)
        dialog.unlocked.connect(self.open_main)
        dialog.show()

    def open_main(self, desk: Desk) -> None:
        from ui.main_window import MainWindow

        i18n.settings().setValue("ui/last_user", desk.actor.username)
        # The store actually opened: the user may have chosen the server in the dialog.
        self.window = window = MainWindow(desk, desk.store.locator, keyring_note=keyring_note()
                                          if desk.store.kind == "file" and
                                          not desk.store.bound else "")
        window.show()
        self.dialog = None


def run(store: Path | str | Locator, demo_passphrase: str | None = None, username: str = "",
        *, explicit: bool = True, workstation_file: Path | None = None) -> int:
    from app.hardening import no_core_dumps
    from app.quiet import quiet_third_parties

    no_core_dumps()  # the keys in memory never reach a core file
    quiet_third_parties()  # no library's warning or log line on the user's terminal
    app = make_application()
    launcher = Launcher(store, demo_passphrase, username, explicit=explicit,
                        workstation_file=workstation_file)
    launcher.start()
    app.setQuitOnLastWindowClosed(True)
    return int(app.exec())
