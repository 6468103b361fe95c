"""sign-pending signs every letter that waits, not the first page of a list meant for people."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from app.domain.enums import DecisionOutcome, LetterKind
from app.services import demo, letters
from app.services.register import queue_letter
from app.store.models import Decision
from tests.conftest import StoreFixture
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.test_cli_staff import run


def _queue(store: StoreFixture, n: int) -> None:
    """n pending letters for the head's decisions, queued by the product's queue_letter."""
    head = store.head
    with head.unit() as s:
        rows = s.execute(select(Decision.id, Decision.request_id, Decision.outcome)
                         .where(Decision.outcome.in_([DecisionOutcome.APPROVE.value,
                                                      DecisionOutcome.DENY.value]))
                         .order_by(Decision.id).limit(n)).all()
        assert len(rows) == n
        for decision_id, request_id, outcome in rows:
            kind = (LetterKind.APPROVAL if outcome == DecisionOutcome.APPROVE.value
                    else LetterKind.DENIAL)
            queue_letter(head, s, kind, request_id=request_id, decision_id=decision_id,
                         lang="lt")


@pytest.mark.file_only  # made with the demo loader, which writes files only (migrate moves them)
def test_every_pending_letter_is_listed_for_signing_past_the_page(store: StoreFixture) -> None:
    demo.generate(store.as_user("admin"), staff=150, requests=1500, seed=3)
    _queue(store, 520)
    assert len(letters.list_letters(store.head, "pending")) == 500  # a page, for people
    ids = letters.pending_letter_ids(store.head)
    assert len(ids) == 520 and ids == sorted(ids)


def test_sign_pending_signs_them_all_and_says_how_many(store: StoreFixture,
                                                       tmp_path: Path) -> None:
    from tests.ui.letters_office import decided_letter

    for serial in (1, 2, 3):  # the head decides: their letters wait for their signature
        decided_letter(store, serial, "approve" if serial != 2 else "deny")
    root = make_ca("Testinis CA")
    p12 = write_p12(tmp_path / "vadovas.p12", make_leaf("Jonas Žukauskas", root), [root],
                    "slaptas-1")
    (tmp_path / "root.pem").write_bytes(root.cert.public_bytes(Encoding.PEM))
    assert run(store, "vadovas", "signer", "set", "--pkcs12", p12).returncode == 0
    os.environ["PERMIT_DESK_PIN"] = "slaptas-1"
    try:
        done = run(store, "vadovas", "sign-pending")
        again = run(store, "vadovas", "sign-pending")
    finally:
        del os.environ["PERMIT_DESK_PIN"]
    assert done.returncode == 0 and done.stdout.strip() == "3 letters signed.", done.stderr
    assert again.stdout.strip() == "No letter waits for a signature."
    assert letters.pending_letter_ids(store.head) == []
