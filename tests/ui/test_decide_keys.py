"""The Decide screen's keys: shortcuts that are the same in every language (no mnemonic in
the outcome buttons' texts, the key shown on each), nothing chosen in advance, Ctrl+Enter
with no outcome only says to choose one; and the README's Decide bullet lists exactly the
keys the live screen defines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.screens.decide import DecideScreen

README = Path(__file__).resolve().parents[2] / "README.md"


def _decide_bullet() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("- **Decide**")
    end = text.index("\n- **", start + 1)
    return " ".join(text[start:end].split())


def readme_keys() -> dict[str, list[str]]:
    """The keys the README gives for each decision action."""
    bullet = _decide_bullet()
    m = re.search(r"(\S+) / (\S+) / (\S+) choose approve, deny or return", bullet)
    assert m, bullet
    decide = re.search(r"((?:Ctrl|Alt|Shift)\+\S+) shows the letter", bullet)
    nxt = re.search(r"((?:Ctrl|Alt|Shift)\+\S+) goes to the next pending", bullet)
    assert decide and nxt, bullet
    return {"approve": [m[1]], "deny": [m[2]], "return": [m[3]], "decide": [decide[1]],
            "next": [nxt[1]]}


def screen_keys(screen: DecideScreen) -> dict[str, list[str]]:
    # Ctrl+Return (the main Enter key) and Ctrl+Enter (the keypad's) are one key to a person.
    return {k: sorted({"Ctrl+Enter" if v == "Ctrl+Return" else v for v in keys})
            for k, keys in screen.shortcut_keys().items()}


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_readme_lists_exactly_the_screens_keys(qtbot, lang: str) -> None:
    from ui import i18n

    i18n.install(lang)
    try:
        screen = DecideScreen()
        qtbot.addWidget(screen)
        assert screen_keys(screen) == readme_keys()
        every = {k for keys in screen.shortcut_keys().values() for k in keys}
        readme_all = set(re.findall(r"(?:Ctrl|Alt|Shift)\+\w+", _decide_bullet()))
        assert readme_all == {"Ctrl+Enter" if k == "Ctrl+Return" else k for k in every}
        for button in (screen.approve, screen.deny, screen.return_):
            assert "&" not in button.text()  # no mnemonic for translation to move
        assert screen.approve.text().endswith("(Alt+1)")
        assert screen.deny.text().endswith("(Alt+2)")
        assert screen.return_.text().endswith("(Alt+3)")
    finally:
        i18n.install("en")


def test_nothing_is_chosen_and_ctrl_enter_only_asks(qtbot, store, sync_workers) -> None:
    from app.services import requests as rq
    from tests.ui.letters_office import submitted_request, window

    rid = submitted_request(store, 61)
    head = window(qtbot, store, "vadovas")
    head.open_for_decision(rid)
    d = head.decide
    assert d.decide_button.isEnabled()
    assert d.outcomes.checkedButton() is None
    qtbot.keyClick(d.reason, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert d.outcomes.checkedButton() is None and d.reason.toPlainText() == ""
    qtbot.keyClick(d.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Choose an outcome" in d.message.text() and "Alt+1" in d.message.text()
    assert rq.get_request(store.head, rid).state.value == "submitted"
    qtbot.keyClick(d.reason, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert d.outcomes.checkedButton() is d.deny
    assert not d.conditions.isEnabled()  # conditions belong to an approval
    head.close()
