"""UI test helpers for letters: a real test PKI (PKCS#12), the signer configured, a decided
request whose letter is pending, and the window opened as a given user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.serialization import Encoding

from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.services.workflow_helpers import add_cleared_person, draft

PASSWORD = "p12-slaptažodis"


class WallClock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def make_pki(directory: Path) -> dict[str, Any]:
    root = make_ca("Testinis šakninis CA")
    head = make_leaf("Jonas Žukauskas", root)
    return {"root_pem": root.cert.public_bytes(Encoding.PEM),
            "head": write_p12(directory / "head.p12", head, [root], PASSWORD)}


def configure_signer(store: Any, pki: dict[str, Any]) -> None:
    from app.services import letters

    letters.set_signer(store.head, pkcs12=str(pki["head"]))
    letters.add_trust_anchor(store.head, pki["root_pem"])


def submitted_request(store: Any, serial: int, **kw: Any) -> int:
    from app.services import requests as rq

    code = add_cleared_person(store.as_user("saugumas"), serial)
    clerk = store.as_user("rastine")
    try:
        return rq.submit(clerk, rq.new_request(clerk, draft(code, **kw)).id).id
    finally:
        clerk.lock()


def decided_letter(store: Any, serial: int, outcome: str = "approve") -> Any:
    """A decision by the head whose letter waits, pending."""
    from app.services import decisions, letters

    rid = submitted_request(store, serial)
    v = decisions.decide(store.head, rid, outcome, reason="" if outcome == "approve"
                         else "Nepagrįsta")
    assert v.last_decision is not None
    letter = letters.letter_for_decision(store.head, v.last_decision.id)
    assert letter is not None and letter.status == "pending"
    return letter


def window(qtbot: Any, store: Any, user: str) -> Any:
    from ui.main_window import MainWindow

    w = MainWindow(store.as_user(user), store.path, clock=WallClock())
    qtbot.addWidget(w)
    w.show()
    return w


def answer_pin(monkeypatch: Any, answer: str | None) -> list[str]:
    """Answer the PIN prompt's seam; the returned list collects the prompts shown."""
    from ui.dialogs.pin_prompt import SignerSession

    prompts: list[str] = []

    def ask(parent: Any, prompt: str) -> str | None:
        prompts.append(prompt)
        return answer

    monkeypatch.setattr(SignerSession, "ask_secret", staticmethod(ask))
    return prompts
