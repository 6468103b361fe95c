"""What the hostile-input rules left open: a clearance number typed with a hidden character,
and JSON output that would carry C1 controls and bidirectional overrides to a terminal."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.services import clearances, staff
from app.services.errors import InvalidInput
from tests.conftest import StoreFixture
from tests.test_cli_staff import run


@pytest.mark.parametrize("number", ["SL-1\u202e2", "SL\x07-12", "S" * 61])
def test_a_clearance_number_with_hidden_characters_or_too_long_is_refused(
        store: StoreFixture, number: str) -> None:
    sec = store.as_user("saugumas")
    staff.add_person(sec, personal_code="38001020016", last_name="Žukauskas",
                     first_name="Jonas", position="Specialistas", unit="Skyrius",
                     category="civil_servant")
    with pytest.raises(InvalidInput, match="^The clearance number cannot be accepted: "):
        clearances.set_clearance(sec, "38001020016", level="secret", number=number,
                                 issued=date(2026, 1, 5), valid_until=date(2029, 1, 5))
    assert staff.get_person(sec, "38001020016").clearance is None


def test_json_output_escapes_what_a_terminal_would_obey(store: StoreFixture) -> None:
    sec = store.as_user("saugumas")
    staff.add_person(sec, personal_code="38001020016", last_name="Žukauskas",
                     first_name="Jonas", position="Specialistas", unit="Skyrius",
                     category="civil_servant")
    sec.lock()
    from sqlalchemy import text

    with store.head.store.session() as s:  # a value stored before the rules existed
        s.execute(text("UPDATE person SET unit = 'Sky\u0085rius \u202eA' WHERE id = 1"))
        s.commit()
    out = run(store, "saugumas", "staff", "list", "--json")
    assert out.returncode == 0, out.stderr
    assert "\u0085" not in out.stdout and "\u202e" not in out.stdout
    assert "\\u0085" in out.stdout and "\\u202e" in out.stdout
    assert json.loads(out.stdout)[0]["unit"] == "Sky\u0085rius \u202eA"  # exact for a parser
