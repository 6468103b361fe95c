"""The unlock dialog tells wrong passphrase, damaged store and throttling apart, keeping the
input."""

from __future__ import annotations

from app.store.errors import StoreDamaged, Throttled
from tests.conftest import PASSPHRASES
from ui.dialogs.unlock import UnlockDialog


def _closed(store) -> None:
    store.head.lock()


def test_wrong_passphrase_is_told_plainly(qtbot, store, sync_workers) -> None:
    _closed(store)
    dlg = UnlockDialog(store.path, username="vadovas", passphrase="wrong-passphrase")
    qtbot.addWidget(dlg)
    dlg.try_unlock()
    assert dlg.message.text() == "The user name or the passphrase is wrong."
    assert dlg.desk is None
    assert dlg.user.text() == "vadovas"


def test_right_passphrase_unlocks(qtbot, store, sync_workers) -> None:
    _closed(store)
    dlg = UnlockDialog(store.path, username="rastine", passphrase=PASSPHRASES["rastine"])
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.unlocked) as got:
        dlg.try_unlock()
    desk = got.args[0]
    assert desk.actor.username == "rastine"
    assert dlg.passphrase.text() == ""
    desk.lock()


def test_unlocking_runs_in_a_worker(qtbot, store) -> None:
    _closed(store)
    dlg = UnlockDialog(store.path, username="vadovas", passphrase=PASSPHRASES["vadovas"])
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.unlocked, timeout=20_000) as got:
        dlg.try_unlock()
    got.args[0].lock()


def test_recovery_key_path(qtbot, store, sync_workers) -> None:
    _closed(store)
    dlg = UnlockDialog(store.path)
    qtbot.addWidget(dlg)
    dlg.use_recovery.setChecked(True)
    dlg.recovery.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dlg.try_unlock()
    assert dlg.message.text() == "The recovery key is wrong."
    dlg.recovery.setText(store.recovery_key.lower())
    with qtbot.waitSignal(dlg.unlocked) as got:
        dlg.try_unlock()
    got.args[0].lock()


def test_damaged_store_names_the_latest_backup(qtbot, store, sync_workers, tmp_path) -> None:
    _closed(store)
    from app.store.store import StorePaths

    backups = StorePaths(store.path).backups
    backups.mkdir(parents=True, exist_ok=True)
    (backups / "permit-desk-2026-11-24.db").write_bytes(b"x")

    def damaged(path, user, secret):
        raise StoreDamaged("The store file is damaged: the database cannot be decrypted.")

    dlg = UnlockDialog(store.path, username="vadovas", passphrase="x", opener=damaged)
    qtbot.addWidget(dlg)
    dlg.try_unlock()
    text = dlg.message.text()
    assert "damaged" in text
    assert "permit-desk-2026-11-24.db" in text


def test_real_damage_is_reported_not_raised(qtbot, store, sync_workers) -> None:
    _closed(store)
    with store.path.open("r+b") as fh:  # scramble pages past the header
        fh.seek(4096 * 2)
        fh.write(b"\x00" * 8192)
    dlg = UnlockDialog(store.path, username="vadovas", passphrase=PASSPHRASES["vadovas"])
    qtbot.addWidget(dlg)
    dlg.try_unlock()
    assert dlg.desk is None
    assert dlg.message.text()
    assert "Traceback" not in dlg.message.text()


def test_throttling_counts_down(qtbot, store, sync_workers) -> None:
    _closed(store)

    def throttled(path, user, secret):
        raise Throttled(3)

    dlg = UnlockDialog(store.path, username="vadovas", passphrase="x", opener=throttled)
    qtbot.addWidget(dlg)
    dlg._timer.setInterval(20)
    dlg.try_unlock()
    assert "3 seconds" in dlg.message.text()
    assert not dlg.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: "2 seconds" in dlg.message.text())
    qtbot.waitUntil(lambda: dlg.unlock_button.isEnabled())
    assert dlg.message.text() == "You may try again now."


def test_real_throttling_after_failures(qtbot, store, sync_workers) -> None:
    _closed(store)
    dlg = UnlockDialog(store.path, username="vadovas", passphrase="wrong")
    qtbot.addWidget(dlg)
    texts = []
    for _ in range(8):
        if not dlg.unlock_button.isEnabled():
            break
        dlg.try_unlock()
        texts.append(dlg.message.text())
    assert any("Try again in" in t for t in texts), texts


def test_a_long_message_grows_the_dialog_instead_of_squeezing_the_fields(qtbot, store) -> None:
    dlg = UnlockDialog(store.path, username="vadovas")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    field_height = dlg.passphrase.height()
    dlg.show_message("The store on postgresql://db.example.lt/permit_desk is at schema 0002 and "
                     "this Permit Desk needs 0003: the IT administrator upgrades it with "
                     "\"permit-desk server upgrade\".")
    qtbot.wait(50)
    assert dlg.passphrase.height() >= field_height
    assert dlg.message.height() >= dlg.message.heightForWidth(dlg.message.width())
