"""The audit screen: filtered pages newest first, more on scrolling; Verify reports an intact
trail, and after an entry is edited with raw SQL names that entry."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy import text as text_sql

from tests.services.workflow_helpers import add_cleared_person
from ui.models.audit_model import COL_ACTION, AuditModel
from ui.screens.audit import AuditScreen


def _people(store, n: int) -> None:
    sec = store.as_user("saugumas")
    for i in range(1, n + 1):
        add_cleared_person(sec, i)


def test_model_passes_the_tester_and_pages(qtmodeltester, store) -> None:
    _people(store, 170)  # two entries each
    model = AuditModel()
    model.set_desk(store.as_user("admin"))
    model.reload()
    assert model.rowCount() == 300 and model.total > 340 and model.canFetchMore()
    qtmodeltester.check(model)
    model.fetchMore()
    assert model.rowCount() == model.total and not model.canFetchMore()
    seqs = [model.row_at(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)


def test_filters_and_verify(qtbot, store, sync_workers) -> None:
    _people(store, 3)
    admin = store.as_user("admin")
    screen = AuditScreen()
    qtbot.addWidget(screen)
    screen.desk = admin
    screen.show()
    screen.refresh()
    total = screen.model.total
    assert screen.model.rowCount() == total > 6
    screen.action.setCurrentIndex(screen.action.findData("clearance"))
    assert screen.model.rowCount() == 3
    assert {screen.model.data(screen.model.index(r, COL_ACTION)) for r in range(3)} == {
        "Clearance set"}
    screen.user.setCurrentIndex(screen.user.findData("vadovas"))
    assert screen.model.rowCount() == 0
    screen.user.setCurrentIndex(0)
    screen.view.selectRow(0)
    assert "Personal code: " in screen.detail.toPlainText()

    with qtbot.waitSignal(screen.verified) as got:
        screen.verify_button.click()
    assert got.args[0].ok and "intact" not in screen.verdict.text()
    assert screen.verdict.text().startswith("The chain links: ")
    assert "Unanchored tail: " in screen.verdict.text()
    with admin.store.session() as s:
        s.execute(text("UPDATE audit_entry SET username = 'someone' WHERE seq = 5"))
        s.commit()
    with qtbot.waitSignal(screen.verified) as got:
        screen.verify_button.click()
    assert not got.args[0].ok
    assert screen.verdict.text().startswith("The audit trail is NOT intact. First bad entry: 5.")
    assert screen.verify_button.isEnabled() and not screen.progress.isVisible()


def test_verify_runs_in_a_worker_and_a_clerk_is_refused(qtbot, store) -> None:
    screen = AuditScreen()
    qtbot.addWidget(screen)
    screen.desk = store.as_user("inspektorius")
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    with qtbot.waitSignal(screen.verified, timeout=20_000):
        screen.verify()
    clerk = AuditScreen()
    qtbot.addWidget(clerk)
    clerk.desk = store.as_user("rastine")
    clerk.refresh()
    qtbot.waitUntil(lambda: "may not read the audit trail" in clerk.count.text())


def test_verify_against_a_letter_the_head_signed(qtbot, store, sync_workers, tmp_path,
                                                 monkeypatch) -> None:
    """The screen checks the chain against a signed letter kept outside the store: entries up
    to the letter's are vouched for, the ones after it are called the unanchored tail."""
    from app.services import letters
    from tests.ui.letters_office import PASSWORD, configure_signer, decided_letter, make_pki
    from ui.dialogs import prompts

    configure_signer(store, make_pki(tmp_path))
    pending = decided_letter(store, 1)
    head = store.head
    signed = letters.sign_letter(head, pending.id, letters.open_signer(head, PASSWORD))
    kept = tmp_path / "7-1.pdf"
    kept.write_bytes(letters.letter_pdf(head, signed.id))
    sec = store.as_user("saugumas")
    for i in (2, 3):  # work after the letter: the tail
        add_cleared_person(sec, i)

    screen = AuditScreen()
    qtbot.addWidget(screen)
    screen.desk = store.as_user("admin")
    screen.show()
    prompts.set_next_answers(str(kept))
    with qtbot.waitSignal(screen.verified) as got:
        screen.anchor_button.click()
    report = got.args[0]
    assert report.ok and len(report.anchors) == 1
    assert report.unanchored == report.last_seq - report.anchors[0].seq >= 4
    text = screen.verdict.text()
    assert "7-1.pdf, signed by Jonas Žukauskas, vouches for entries up to" in text
    assert f"Unanchored tail: {report.unanchored} entries" in text

    with screen.desk.store.session() as s:  # an insider rewrites an anchored entry
        s.execute(text_sql("UPDATE audit_entry SET username = 'someone' WHERE seq = 3"))
        s.commit()
    prompts.set_next_answers(str(kept))
    with qtbot.waitSignal(screen.verified) as got:
        screen.anchor_button.click()
    assert not got.args[0].ok
    assert screen.verdict.text().startswith("The audit trail is NOT intact.")
