"""The unlock dialog's server choice: a store on a real PostgreSQL server is unlocked from the
dialog, a malformed address is refused before anything is tried, the choice is remembered
between runs, and the window starts on a server with no first-run wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.services.desk import Desk
from app.services.opening import open_desk
from app.store.locator import Locator, ServerLocator, parse
from tests.conftest import PASSPHRASES, StoreFixture
from ui.app import Launcher
from ui.dialogs.first_run import FirstRunWizard
from ui.dialogs.unlock import UnlockDialog

on_server = pytest.mark.parametrize("backend", ["server"], indirect=True)


class CountingOpener:
    """The real open_desk, counting the calls: proves when nothing was tried."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, where: Locator, user: str, secret: str) -> Desk:
        self.calls.append(str(where))
        return open_desk(where, user, secret)


@on_server
def test_the_head_unlocks_a_store_on_the_server(qtbot, store: StoreFixture) -> None:
    dlg = UnlockDialog(store.path, username="vadovas", passphrase=PASSPHRASES["vadovas"])
    qtbot.addWidget(dlg)
    assert dlg.on_server() and dlg.address.text() == store.path
    assert not dlg.use_recovery.isVisibleTo(dlg)  # no recovery key on a server
    with qtbot.waitSignal(dlg.unlocked, timeout=20_000) as got:
        dlg.try_unlock()  # in a worker, as in the window
    desk = got.args[0]
    try:
        assert desk.store.kind == "server"
        assert desk.actor.username == "vadovas"
        assert dlg.passphrase.text() == ""
    finally:
        desk.lock()


@on_server
def test_a_wrong_password_on_the_server_is_told_and_the_user_kept(
        qtbot, store: StoreFixture, sync_workers) -> None:
    dlg = UnlockDialog(store.path, username="vadovas", passphrase="not-the-password")
    qtbot.addWidget(dlg)
    dlg.try_unlock()
    assert dlg.desk is None
    assert dlg.message.text() == "The user name or the passphrase is wrong."
    assert dlg.user.text() == "vadovas"
    assert dlg.unlock_button.isEnabled()


@pytest.mark.parametrize(("typed", "said"), [
    ("postgresql://db.vsd.lt", "must name one database"),
    ("postgresql://vadovas:slaptas@db.vsd.lt/permit", "carries no user name or password"),
    ("postgresql://db.vsd.lt/permit?sslmode=require", "sslmode=verify-full"),
    ("db.vsd.lt/permit", "in the form postgresql://host/database"),
    ("", "in the form postgresql://host/database"),
])
def test_a_malformed_server_address_is_refused_before_anything_is_tried(
        qtbot, store: StoreFixture, sync_workers, typed: str, said: str) -> None:
    store.head.lock()
    opener = CountingOpener()
    dlg = UnlockDialog(store.path, username="vadovas", passphrase=PASSPHRASES["vadovas"],
                       opener=opener)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.on_server()
    dlg.kind.setCurrentIndex(dlg.kind.findData("server"))
    assert dlg.address.isVisible() and not dlg.use_recovery.isVisible()
    dlg.address.setText(typed)
    qtbot.keyClick(dlg.passphrase, Qt.Key.Key_Return)  # Enter unlocks
    assert said in dlg.message.text()
    assert "Traceback" not in dlg.message.text()
    assert opener.calls == [] and dlg.desk is None
    assert dlg.unlock_button.isEnabled()


@on_server
def test_the_server_chosen_in_the_dialog_is_remembered(
        qtbot, store: StoreFixture, sync_workers, tmp_path: Path) -> None:
    workstation = tmp_path / "permit-desk.db"  # this workstation's file: not there
    first = UnlockDialog(workstation, username="vadovas", passphrase=PASSPHRASES["vadovas"])
    qtbot.addWidget(first)
    assert not first.on_server()
    first.kind.setCurrentIndex(first.kind.findData("server"))
    first.address.setText(f"  {store.path} ")
    with qtbot.waitSignal(first.unlocked) as got:
        first.try_unlock()
    got.args[0].lock()

    second = UnlockDialog(workstation)
    qtbot.addWidget(second)
    assert second.on_server()
    assert second.address.text() == store.path
    # Named on the command line, a file is what the window opens on, whatever was last chosen.
    named = UnlockDialog(workstation, remembered=False)
    qtbot.addWidget(named)
    assert not named.on_server()
    assert named.file_label.text() == str(workstation) and named.file_label.isVisibleTo(named)
    assert named.address.text() == store.path  # one choice away


def test_every_field_is_reached_with_tab_in_order(qtbot, tmp_path: Path) -> None:
    dlg = UnlockDialog(tmp_path / "permit-desk.db")
    qtbot.addWidget(dlg)
    dlg.kind.setCurrentIndex(dlg.kind.findData("server"))
    dlg.show()
    chain: list[QWidget] = []
    w = dlg.kind
    while w not in chain:
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(w)
        w = w.nextInFocusChain()
    fields = [x for x in chain if x in (dlg.kind, dlg.address, dlg.user, dlg.passphrase,
                                        dlg.unlock_button)]
    assert fields == [dlg.kind, dlg.address, dlg.user, dlg.passphrase, dlg.unlock_button]
    for field_, text in ((dlg.kind, "&Store:"), (dlg.address, "Server &address:")):
        label = dlg.form.labelForField(field_)
        assert label.buddy() is field_ and label.text() == text


def test_the_launcher_goes_straight_to_unlock_on_a_server(qtbot) -> None:
    launcher = Launcher("postgresql://db.vsd.lt/permit")
    launcher.start()  # nothing is contacted before the user unlocks
    dlg = launcher.dialog
    assert isinstance(dlg, UnlockDialog)
    qtbot.addWidget(dlg)
    assert dlg.store == ServerLocator("db.vsd.lt", 5432, "permit")
    assert dlg.on_server() and dlg.address.text() == "postgresql://db.vsd.lt/permit"
    assert not dlg.use_recovery.isVisibleTo(dlg)


def test_a_missing_file_starts_the_wizard_unless_the_server_was_last_chosen(
        qtbot, tmp_path: Path) -> None:
    from ui import i18n
    from ui.dialogs.unlock import SERVER_ADDRESS_KEY, STORE_KIND_KEY

    missing = tmp_path / "permit-desk.db"
    fresh = Launcher(missing, explicit=False)
    fresh.start()
    qtbot.addWidget(fresh.dialog)
    assert isinstance(fresh.dialog, FirstRunWizard)

    i18n.settings().setValue(STORE_KIND_KEY, "server")
    i18n.settings().setValue(SERVER_ADDRESS_KEY, "postgresql://db.vsd.lt/permit")
    institution = Launcher(missing, explicit=False)
    institution.start()
    qtbot.addWidget(institution.dialog)
    assert isinstance(institution.dialog, UnlockDialog)
    assert institution.dialog.on_server()
    named = Launcher(missing, explicit=True)  # --store FILE: that file is made
    named.start()
    qtbot.addWidget(named.dialog)
    assert isinstance(named.dialog, FirstRunWizard)


@on_server
def test_the_window_opened_on_a_server_shows_its_address(
        qtbot, store: StoreFixture, sync_workers) -> None:
    launcher = Launcher(store.path, username="vadovas")
    launcher.start()
    dlg = launcher.dialog
    assert isinstance(dlg, UnlockDialog)
    qtbot.addWidget(dlg)
    dlg.passphrase.setText(PASSPHRASES["vadovas"])
    dlg.try_unlock()
    w = launcher.window
    assert w is not None
    qtbot.addWidget(w)
    assert w.store == parse(store.path)
    assert w.store_label.full_text() == store.path
    assert not w.binding_label.isVisibleTo(w)  # no workstation keyring on a server
    relock = w.show_unlock()  # the same server again, no choice, no recovery key
    assert not relock.kind.isVisibleTo(relock) and not relock.use_recovery.isVisibleTo(relock)
    assert relock.intro.text() == f"Store: {store.path}"
    relock.close()
    w.close()
