"""Restoring from the Export and backups screen: the live store's administrator allows it with
their present passphrase, and the screen says what was rolled back and where the old store is."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from app.services import backups
from app.services.opening import open_desk
from app.store.models import Person
from tests.conftest import PASSPHRASES
from tests.services.workflow_helpers import add_cleared_person
from ui.dialogs import prompts
from ui.screens.inspection import InspectionScreen


def test_a_live_administrator_restores_and_the_screen_says_what_was_rolled_back(
        qtbot, store, sync_workers, tmp_path: Path) -> None:
    admin = store.as_user("admin")
    archive = tmp_path / "kopija.backup.tar"
    backups.backup(admin, archive)
    sec = store.as_user("saugumas")
    code = add_cleared_person(sec, 1)  # recorded after the backup: rolled back by the restore
    sec.lock()

    screen = InspectionScreen()
    qtbot.addWidget(screen)
    screen.desk = admin
    screen.show()
    prompts.set_next_answers(str(archive), True, PASSPHRASES["admin"])
    screen.restore()
    qtbot.waitUntil(lambda: bool(screen.message.text()), timeout=60_000)
    said = screen.message.text()
    assert said.startswith("Restored the backup of "), said
    rolled = re.search(r"; (\d+) audit entries made since it were rolled back", said)
    assert rolled is not None and int(rolled.group(1)) >= 2, said  # the person, its clearance
    assert "The replaced store is kept as " in said
    assert prompts.asked[-1] == "Restore from a backup"

    again = open_desk(store.path, "admin", PASSPHRASES["admin"])
    try:
        with again.read() as s:
            assert s.execute(select(Person.id).where(Person.personal_code == code)).first() \
                is None  # the person added after the backup is gone
    finally:
        again.lock()
