"""The window with an ID card's key that asks for the signature PIN at every signature (SoftHSM2,
CKA_ALWAYS_AUTHENTICATE): the user PIN once, the signature PIN per letter, under its own name;
declining it stops the Letters screen's batch with the rest unsigned.

Here, not in tests/ui: the SoftHSM2 token and its PKI are session fixtures of tests/letters,
and a copy of them imported into another folder's module would be a second token and PKI (the
letter then chained to CAs the store did not trust: it failed in the full run only). The
window's settings isolation comes from tests/ui, a function fixture safe to import."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from app.services import letters
from tests.letters.conftest import Pki, SoftHsmToken
from tests.letters.test_always_authenticate import RSA_ALWAYS, token  # noqa: F401 - fixture
from tests.ui.conftest import _isolated_settings  # noqa: F401 - autouse fixture
from tests.ui.letters_office import decided_letter, window
from ui.screens.letters import LettersScreen


def test_a_batch_asks_the_signature_pin_per_letter_and_stops_when_declined(  # type: ignore[no-untyped-def]
        qtbot, store, token: SoftHsmToken, pki: Pki,  # noqa: F811 - token: the fixture above
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from ui.dialogs.pin_prompt import SignerSession

    head = store.head
    letters.set_signer(head, module=str(token.module), token=token.label, key_label=RSA_ALWAYS)
    for ca in (pki.root, pki.intermediate):
        letters.add_trust_anchor(head, ca.cert.public_bytes(Encoding.PEM))
    ids = [decided_letter(store, 90 + n).id for n in range(3)]
    answers: list[str | None] = [token.pin, "000000", token.pin, None]
    prompts: list[str] = []

    def ask(parent: Any, prompt: str) -> str | None:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(SignerSession, "ask_secret", staticmethod(ask))
    w = window(qtbot, store, "vadovas")
    screen = w.screen_named("LettersScreen")
    assert isinstance(screen, LettersScreen)
    w.show_screen(w.screens.index(screen))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    sel = screen.view.selectionModel()
    for row in range(screen.model.rowCount()):
        sel.select(screen.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    # first batch: the user PIN, then a wrong signature PIN: nothing signed, said in one line
    screen.sign_button.click()
    qtbot.waitUntil(lambda: "signature PIN is wrong" in screen.message.text(), timeout=20_000)
    assert sorted(letters.get_letter(head, i).status for i in ids) == ["pending"] * 3
    # second batch, same session: one letter signed, then the user declines
    for row in range(screen.model.rowCount()):
        sel.select(screen.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    with qtbot.waitSignal(screen.batch_done, timeout=20_000) as done:
        screen.sign_button.click()
    assert len(done.args[0]) == 1
    assert sorted(letters.get_letter(head, i).status for i in ids) == [
        "pending", "pending", "signed"]
    signed = done.args[0][0]
    assert letters.verify_pdf(head, letters.letter_pdf(head, signed.id)).ok
    assert len(prompts) == 4 and answers == []
    assert "PIN of the token" in prompts[0]
    assert all(p.startswith("Signature PIN of") for p in prompts[1:]), prompts
