"""Screens that did file-store work say the right thing on a server: a password reset is just
that (no key file to rotate, no "permit-desk rekey" advice)."""

from __future__ import annotations

import pytest

from app.services.opening import open_desk
from tests.conftest import StoreFixture
from ui.dialogs import prompts
from ui.screens.settings import SettingsScreen

on_server = pytest.mark.parametrize("backend", ["server"], indirect=True)


@on_server
def test_a_password_reset_on_the_server_gives_no_key_file_advice(
        qtbot, store: StoreFixture, sync_workers) -> None:
    s = SettingsScreen()
    qtbot.addWidget(s)
    s.desk = store.as_user("admin")
    s.show()
    s.refresh()
    u = s.users
    u.table.selectRow(next(i for i, x in enumerate(u.users) if x.username == "rastine"))
    prompts.set_next_answers("naujas-slaptazodis-7")
    u.reset_button.click()
    assert u.message.text() == "The passphrase of rastine was reset."
    open_desk(store.path, "rastine", "naujas-slaptazodis-7", clock=store.clock).lock()


@on_server
def test_the_first_server_backup_shows_its_recovery_key_once_and_it_opens_the_backup(
        qtbot, store: StoreFixture, sync_workers, tmp_path) -> None:
    from app.exchange import pg_backup
    from ui.screens.inspection import InspectionScreen

    screen = InspectionScreen()
    qtbot.addWidget(screen)
    screen.desk = store.as_user("admin")
    screen.show()
    screen.refresh()
    prompts.shown_secrets.clear()
    first, second = tmp_path / "pirma.pgbackup", tmp_path / "antra.pgbackup"
    prompts.set_next_answers(str(first), None)  # where to save; then OK on the key's window
    screen.backup_button.click()
    assert first.exists() and len(prompts.shown_secrets) == 1
    key = prompts.shown_secrets[0]
    assert pg_backup.verify_archive(first, pg_backup.open_data_key(
        pg_backup.read_header(first), key)) > 0
    # The next backup is encrypted to the same key, which is not shown again.
    prompts.set_next_answers(str(second))
    screen.backup_button.click()
    assert second.exists() and len(prompts.shown_secrets) == 1
    pg_backup.open_data_key(pg_backup.read_header(second), key)
