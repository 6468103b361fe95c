"""One "current clearance" everywhere: when the latest record is a withdrawal, the review
context, the person's view, the staff import and the decision letter all say "withdrawn"
(an older record that still reads active or expired never stands in for it)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from app.domain.enums import ClearanceLevel, ClearanceStatus
from app.services import clearances, decisions, letters, queries, requests, staff
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.services.workflow_helpers import add_cleared_person, draft

PASSWORD = "p12-slaptažodis"


@pytest.fixture(scope="module")
def p12(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    d = tmp_path_factory.mktemp("cc-pki")
    root = make_ca("Testinis šakninis CA")
    head = make_leaf("Jonas Žukauskas", root)
    return write_p12(d / "head.p12", head, [root], PASSWORD), root.cert.public_bytes(Encoding.PEM)


def _withdrawn_after_an_older_record(store) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """An old clearance (2020, now expired), a newer one (2024) under which a request is
    submitted, then the newer one withdrawn: the latest record is the withdrawal."""
    sec, clerk = store.as_user("saugumas"), store.as_user("rastine")
    code = add_cleared_person(sec, 41)
    clearances.set_clearance(sec, code, level=ClearanceLevel.SECRET, number="SL-00041",
                             issued=date(2020, 1, 1), valid_until=date(2023, 1, 1),
                             reason="old one, expired")
    clearances.set_clearance(sec, code, level=ClearanceLevel.SECRET, number="SL-NEW-41",
                             issued=date(2024, 3, 1), valid_until=date(2029, 12, 31),
                             reason="renewed under a new number")
    rid = requests.submit(clerk, requests.new_request(clerk, draft(code)).id).id
    clearances.withdraw(sec, code, "Pažeidimas")
    sec.lock()
    clerk.lock()
    return code, rid


def test_review_context_and_person_view_say_withdrawn(store) -> None:  # type: ignore[no-untyped-def]
    code, rid = _withdrawn_after_an_older_record(store)
    ctx = queries.review_context(store.head, rid)
    assert ctx.clearance is not None
    assert (ctx.clearance.number, ctx.clearance.status) == ("SL-NEW-41",
                                                             ClearanceStatus.WITHDRAWN)
    person = staff.get_person(store.head, code)
    assert person.clearance is not None
    assert (person.clearance.number, person.clearance.status) == ("SL-NEW-41",
                                                                   ClearanceStatus.WITHDRAWN)


def test_the_decision_letter_says_withdrawn(store, p12, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, rid = _withdrawn_after_an_older_record(store)
    letters.set_signer(store.head, pkcs12=str(p12[0]))
    v = decisions.decide(store.head, rid, "deny", reason="Leidimas panaikintas")
    assert v.last_decision is not None
    pending = letters.letter_for_decision(store.head, v.last_decision.id)
    assert pending is not None
    signer = letters.open_signer(store.head, PASSWORD)
    info = letters.sign_letter(store.head, pending.id, signer)
    f = tmp_path / "l.pdf"
    f.write_bytes(letters.letter_pdf(store.head, info.id))
    text = " ".join(subprocess.run(["pdftotext", str(f), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "Nr. SL-NEW-41 (panaikintas)" in text
    assert "SL-00041" not in text
