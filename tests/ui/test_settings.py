"""Settings: the admin changes the letterhead and publishes a policy version; users and roles;
the head delegates; the inspector sees every page without a write action."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.services.settings import get_settings
from ui.dialogs import prompts
from ui.screens.settings import SettingsScreen


@pytest.fixture(autouse=True)
def _answers() -> Iterator[None]:
    prompts.clear_answers()
    yield
    prompts.clear_answers()


def _screen(qtbot, desk) -> SettingsScreen:
    s = SettingsScreen()
    qtbot.addWidget(s)
    s.desk = desk
    s.show()
    s.refresh()
    return s


def test_admin_changes_the_letterhead_and_publishes_a_policy(qtbot, store, sync_workers) -> None:
    admin = store.as_user("admin")
    s = _screen(qtbot, admin)
    page = s.institution
    assert page.name.text() == "Valstybės saugumo departamentas"
    page.name.setText("Valstybės saugumo departamentas prie KAM")
    page.registration.setText("{yy}-7-{n}")
    page.idle.setValue(10)
    page.save_button.click()
    assert page.message.text() == "Settings saved."
    got = get_settings(admin)
    assert got["institution.name"] == "Valstybės saugumo departamentas prie KAM"
    assert (got["letters.registration_format"], got["ui.idle_lock_minutes"]) == ("{yy}-7-{n}",
                                                                                   "10")
    page.registration.setText("7-{year}")
    page.save_button.click()
    assert "{n}" in page.message.text() and page.registration.text() == "7-{year}"

    pol = s.policy
    assert pol.version.text() == "Version 1 in force"
    pol.add_country.click()
    r = pol.countries.rowCount() - 1
    for c, text in enumerate(("CN", "Kinija", "China", "")):
        pol.countries.item(r, c).setText(text)
    pol.lead.setValue(14)
    pol.note.setText("China added")
    pol.publish_button.click()
    assert pol.message.text().startswith("Policy version 2 published")
    assert pol.version.text() == "Version 2 in force"
    from app.services.policy import current

    p = current(admin).policy
    assert p.country("CN") is not None and p.min_lead_days == 14
    assert p.crossings["BY"] == ("Medininkai", "Šalčininkai")
    pol.publish_button.click()  # unchanged: refused in one sentence
    assert pol.message.text() == "The policy is unchanged; no new version was made."


def test_users_added_reset_and_removed(qtbot, store, sync_workers) -> None:
    s = _screen(qtbot, store.as_user("admin"))
    u = s.users
    assert u.table.rowCount() == 6
    u.username.setText("naujas")
    u.full_name.setText("Naujas Naudotojas")
    u.passphrase.setText("naujas-passphrase-1")
    u.role_boxes[__import__("app.domain.enums").domain.enums.Role.CLERK].setChecked(True)
    u.add_button.click()
    assert u.message.text() == "User naujas added." and u.table.rowCount() == 7
    row = next(i for i, x in enumerate(u.users) if x.username == "naujas")
    u.table.selectRow(row)
    prompts.set_next_answers("another-passphrase-2")
    u.reset_button.click()
    # The fixture keeps other users' desks open on the store, so the keys cannot be rotated
    # now: the page says so instead of keeping quiet (tests/store/test_key_rotation.py
    # covers the rotation itself).
    assert u.message.text().startswith("The passphrase of naujas was reset. The store is "
                                       "open elsewhere, so its keys were not rotated")
    from app.services.opening import open_desk

    open_desk(store.path, "naujas", "another-passphrase-2", clock=store.clock).lock()
    prompts.set_next_answers(False)
    u.remove_button.click()
    assert u.message.text().startswith("The passphrase")  # declined: nothing happened
    prompts.set_next_answers(True)
    u.remove_button.click()
    assert u.message.text().startswith("User naujas removed. The store is open elsewhere")
    assert not next(x for x in u.users if x.username == "naujas").active


def test_head_delegates_and_revokes(qtbot, store, sync_workers) -> None:
    s = _screen(qtbot, store.as_user("vadovas"))
    d = s.delegations
    assert not d.editor.isHidden() and d.to.count() == 1
    d.add_button.click()
    assert d.message.text() == "Approval delegated to Aušra Čepulienė."
    assert d.table.rowCount() == 1 and d.table.item(0, 4).text() == "in force"
    d.table.selectRow(0)
    prompts.set_next_answers(True)
    d.revoke_button.click()
    assert d.table.item(0, 4).text() == "revoked"


def test_inspector_sees_settings_read_only(qtbot, store, sync_workers) -> None:
    s = _screen(qtbot, store.as_user("inspektorius"))
    assert s.institution.name.text() == "Valstybės saugumo departamentas"
    assert s.institution.name.isReadOnly()
    assert s.policy.countries.rowCount() == 2 and not s.policy.lead.isEnabled()
    assert s.users.table.rowCount() == 6
    for b in (s.institution.save_button, s.policy.publish_button, s.policy.add_country,
              s.signing.set_signer_button, s.signing.add_anchor, s.users.editor,
              s.delegations.editor, s.delegations.revoke_button):
        assert b.isHidden(), b
    s.institution.name.setText("Kita")
    s.institution.save()  # reached anyway: the service refuses in one sentence
    text = s.institution.message.text()
    assert text.startswith("inspektorius may not change the settings") and "\n" not in text


def test_inspection_screen_exports_and_hides_backups_from_the_inspector(
        qtbot, store, sync_workers, tmp_path) -> None:
    from ui.screens.inspection import InspectionScreen

    s = InspectionScreen()
    qtbot.addWidget(s)
    s.desk = store.as_user("inspektorius")
    s.show()
    s.refresh()
    assert s.backup_box.isHidden() and s.export_button.isEnabled()
    prompts.set_next_answers(str(tmp_path / "bundle"))
    with qtbot.waitSignal(s.exported, timeout=20_000, raising=False) as got:
        s.export_button.click()
    assert s.message.text().startswith("Exported"), s.message.text()
    assert got.args[0].files > 0
    admin = InspectionScreen()
    qtbot.addWidget(admin)
    admin.desk = store.as_user("admin")
    admin.show()
    admin.refresh()
    assert not admin.backup_box.isHidden()
    prompts.set_next_answers(str(tmp_path / "b.backup.tar"))
    with qtbot.waitSignal(admin.backed_up):
        admin.backup_button.click()
    assert (tmp_path / "b.backup.tar").exists()


def test_the_institution_page_says_a_missing_legal_code_stops_letters(qtbot, store,
                                                                      sync_workers) -> None:
    admin = store.as_user("admin")
    s = _screen(qtbot, admin)
    page = s.institution
    assert page.code.text() and not page.code_missing.isVisible()
    page.code.setText("")
    assert page.code_missing.isVisible()
    assert "legal entity code" in page.code_missing.text()
    page.save_button.click()
    assert get_settings(admin)["institution.code"] == ""
    s2 = _screen(qtbot, admin)  # opened again on a store without the code
    assert s2.institution.code_missing.isVisible()
    s2.institution.code.setText("188600000")
    assert not s2.institution.code_missing.isVisible()
