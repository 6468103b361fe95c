"""Screens that did file-store work say the right thing on a server: a password reset is just
that (no key file to rotate, no "permit-desk rekey" advice)."""

from __future__ import annotations

import pytest

from app.services.desk import open_desk
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
