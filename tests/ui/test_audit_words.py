"""The Audit screen in people's words (issue 13, points 6 and 7): labelled actions and entities,
before/after as a list of changed fields, times in Vilnius; every action code the core writes
has a label."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.domain.enums import DecisionOutcome
from app.domain.workflow import Action
from app.services import decisions, staff
from app.services import requests as rq
from tests.services.workflow_helpers import add_cleared_person, draft
from ui.models.audit_model import COL_ACTION, COL_AT, COL_ENTITY
from ui.models.audit_words import ACTIONS, ENTITIES, FAMILIES, action_label, changes
from ui.screens.audit import AuditScreen

APP = Path(__file__).resolve().parents[2] / "app"


def _written_codes() -> tuple[set[str], set[str], list[str]]:
    """Action and entity codes passed as literals to Desk.record anywhere in app/, and the
    calls whose action is computed (each must be covered by the enumerations below)."""
    actions: set[str] = set()
    entities: set[str] = set()
    computed: list[str] = []
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 3:
                continue
            f = node.func
            if (f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")) != "record":
                continue
            for arg, into in ((node.args[1], actions), (node.args[2], entities)):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    into.add(arg.value)
                else:
                    computed.append(f"{path.name}:{node.lineno}: {ast.unparse(arg)}")
    # Action codes built at run time: clearance transitions pass action="clearance.xxx".
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg in ("action", "audit_action") \
                    and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str) \
                    and re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", node.value.value):
                actions.add(node.value.value)
    return actions, entities, computed


def test_every_action_and_entity_the_core_writes_has_a_label() -> None:
    actions, entities, computed = _written_codes()
    actions |= {f"request.{a.value}" for a in Action}
    actions |= {f"decision.{o.value}" for o in DecisionOutcome}
    actions |= {f"decision.reconsider.{o.value}" for o in DecisionOutcome}
    actions |= {"unlock", "unlock.recovery"}
    assert sorted(actions - ACTIONS.keys()) == []
    assert sorted(entities - ENTITIES.keys() - {""}) == []
    # The family entries of the filter list.
    assert sorted({a.split(".")[0] for a in actions} - FAMILIES.keys() - ACTIONS.keys()) == []
    # Computed codes are the ones enumerated above; a new kind shows up here.
    known = ("action.value", "outcome.value", "'unlock'", "action", "entity")
    assert [c for c in computed if not any(k in c.split(": ", 1)[1] for k in known)] == []


def test_changes_read_as_fields() -> None:
    lines = changes('{"last_name": "Žukauskas", "unit": "A", "state": "submitted"}',
                    '{"last_name": "Žukauskienė", "unit": "A", "state": "approved", '
                    '"reason": "ok", "countries": ["BY", "RU"]}', "en")
    assert lines == ["Last name: Žukauskas → Žukauskienė", "State: submitted → approved",
                     "Reason: ok", "Countries: BY, RU"]
    assert changes("", '{"personal_code": "39001010000"}', "en") == [
        "Personal code: 39001010000"]
    assert changes('{"note": "x"}', "", "en") == ["Note: x → —"]
    assert action_label("decision") == "Decisions (all)"


def test_the_audit_screen_shows_words_not_codes(qtbot, store, sync_workers) -> None:
    security = store.as_user("saugumas")
    code = add_cleared_person(security, 7)
    staff.update_person(security, code, last_name="Žukauskienė")
    clerk = store.as_user("rastine")
    rid = rq.submit(clerk, rq.new_request(clerk, draft(code)).id).id
    decisions.decide(store.as_user("vadovas"), rid, "return", reason="Nurodykite adresą.")

    screen = AuditScreen()
    qtbot.addWidget(screen)
    screen.desk = store.as_user("admin")
    screen.show()
    screen.refresh()
    m = screen.model
    shown = [(m.data(m.index(r, COL_AT)), m.data(m.index(r, COL_ACTION)),
              m.data(m.index(r, COL_ENTITY))) for r in range(m.rowCount())]
    # The store's clock is 2026-11-25 09:00 UTC: 11:00 in Vilnius (EET, +02:00).
    assert all(at.startswith("2026-11-25 11:00") for at, _, _ in shown), shown
    actions = [a for _, a, _ in shown]
    assert "Person changed" in actions and "Decision: returned for changes" in actions
    assert "Travel request" in [e for _, _, e in shown]
    assert not [a for a in actions if "." in a or "_" in a]
    texts = [screen.action.itemText(i) for i in range(screen.action.count())]
    assert "Decisions (all)" in texts and not [t for t in texts if "." in t or "_" in t]
    entity_texts = [screen.entity.itemText(i) for i in range(screen.entity.count())]
    assert not [t for t in entity_texts if "_" in t]

    row = actions.index("Person changed")
    screen.view.selectRow(row)
    detail = screen.detail.toPlainText()
    assert "Person changed: Person " in detail
    assert "Last name: Žukauskas → Žukauskienė" in detail
    assert "2026-11-25 11:00:00" in detail
    assert "{" not in detail and "last_name" not in detail and "Z " not in detail

