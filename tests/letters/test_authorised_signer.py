"""A letter is the institution's only when signed by its head, or by a deputy under a
delegation in force on the signing date: another certificate under the same trusted CA (a
clerk's ID card under the national CA) makes it NOT VALID, in the store, on the command line
and on the Letters screen alike."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from app.domain.enums import LetterKind
from app.letters.render import render_letter
from app.letters.samples import sample_letter
from app.letters.sign import sign_letter as pades_sign
from app.letters.signers import Pkcs12Signer
from app.letters.verify import SignerRegister, verify_letter
from app.services import decisions, delegations, letters, requests
from app.services.desk import Desk
from tests.conftest import PASSPHRASES, StoreFixture
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.services.workflow_helpers import add_cleared_person, draft
from tests.store.helpers import run_cli

PASSWORD = "p12-slaptažodis"
VILNIUS = ZoneInfo("Europe/Vilnius")
CERT_FROM = datetime(2026, 1, 1, tzinfo=VILNIUS)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("signer-pki")
    root = make_ca("Nacionalinis sertifikavimo centras")
    head = make_leaf("Jonas Žukauskas", root, not_before=CERT_FROM)
    deputy = make_leaf("Aušra Čepulienė", root, not_before=CERT_FROM)
    clerk = make_leaf("Rūta Šimkutė", root, not_before=CERT_FROM)  # her ID card
    out = {"root_pem": d / "root.pem", "deputy_pem": d / "deputy.pem",
           "head_pem": d / "head.pem"}
    out["root_pem"].write_bytes(root.cert.public_bytes(Encoding.PEM))
    out["deputy_pem"].write_bytes(deputy.cert.public_bytes(Encoding.PEM))
    out["head_pem"].write_bytes(head.cert.public_bytes(Encoding.PEM))
    for name, leaf in (("head", head), ("deputy", deputy), ("clerk", clerk)):
        out[name] = write_p12(d / f"{name}.p12", leaf, [root], PASSWORD)
    return out


@pytest.fixture
def head(store: StoreFixture, certs: dict[str, Path]) -> Desk:
    letters.set_signer(store.head, pkcs12=str(certs["head"]))
    letters.add_trust_anchor(store.head, certs["root_pem"].read_bytes())
    return store.head


def _genuine_letter(store: StoreFixture, head: Desk) -> bytes:
    """Decided and signed in the app by the head, as a real letter is."""
    sec, clerk = store.as_user("saugumas"), store.as_user("rastine")
    try:
        code = add_cleared_person(sec, 1)
        v = requests.new_request(clerk, draft(code))
        requests.submit(clerk, v.id)
        v = decisions.decide(head, v.id, "approve")
        assert v.last_decision is not None
        pending = letters.letter_for_decision(head, v.last_decision.id)
        assert pending is not None
        signer = letters.open_signer(head, PASSWORD)
        try:
            info = letters.sign_letter(head, pending.id, signer)
        finally:
            signer.close()
        return letters.letter_pdf(head, info.id)
    finally:
        sec.lock()
        clerk.lock()


def _signed_by(p12: Path, when: datetime, name: str = "Rūta Šimkutė") -> bytes:
    """A letter signed outside the app with someone's own certificate."""
    with Pkcs12Signer.load(p12, PASSWORD) as signer:
        return pades_sign(render_letter(sample_letter(LetterKind.APPROVAL, "lt")), signer,
                          registration_number="7-1", signer_name=name,
                          role="Direktorius", when=when)


def test_a_letter_signed_by_a_clerks_card_under_the_trusted_ca_is_not_valid(
        store: StoreFixture, head: Desk, certs: dict[str, Path], tmp_path: Path) -> None:
    genuine = _genuine_letter(store, head)
    assert letters.verify_pdf(head, genuine).ok, letters.verify_pdf(head, genuine).problems
    forged = _signed_by(certs["clerk"], datetime(2026, 11, 25, 11, 0, tzinfo=VILNIUS))
    # The signature itself is sound and chains to the trusted CA ...
    assert verify_letter(forged, [certs["root_pem"].read_bytes()]).ok
    # ... but the clerk does not sign for the institution.
    verdict = letters.verify_pdf(head, forged)
    assert not verdict.ok and verdict.codes == ("not_authorised",)
    assert verdict.problems == ("Signed by Rūta Šimkutė, who is not an authorised signer of "
                                "the institution on 2026-11-25.",)

    head.lock()
    (tmp_path / "forged.pdf").write_bytes(forged)
    (tmp_path / "genuine.pdf").write_bytes(genuine)
    for trust in ((), ("--trust", str(certs["root_pem"]))):
        bad = run_cli(store.path, "inspektorius", "verify", str(tmp_path / "forged.pdf"),
                      *trust, passphrase=PASSPHRASES["inspektorius"])
        assert bad.returncode == 1, bad.stdout + bad.stderr
        assert "Verdict:      NOT VALID" in bad.stdout
        assert ("  - Signed by Rūta Šimkutė, who is not an authorised signer of the "
                "institution on 2026-11-25.") in bad.stdout
        ok = run_cli(store.path, "inspektorius", "verify", str(tmp_path / "genuine.pdf"),
                     *trust, passphrase=PASSPHRASES["inspektorius"])
        assert ok.returncode == 0 and "Verdict:      VALID" in ok.stdout, ok.stdout


def test_a_deputys_letter_is_valid_only_while_a_delegation_is_in_force(
        store: StoreFixture, head: Desk, certs: dict[str, Path]) -> None:
    pinned = letters.pin_signer(head, certs["deputy_pem"].read_bytes(),
                                username="pavaduotojas")
    assert pinned.usernames == ("pavaduotojas",) and not pinned.standalone
    nov20 = _signed_by(certs["deputy"], datetime(2026, 11, 20, 10, 0, tzinfo=VILNIUS))
    dec10 = _signed_by(certs["deputy"], datetime(2026, 12, 10, 10, 0, tzinfo=VILNIUS))
    # Her certificate is hers, but without a delegation she does not sign for the head.
    assert letters.verify_pdf(head, nov20).codes == ("not_authorised",)
    d = delegations.add(head, "pavaduotojas", valid_from=date(2026, 11, 15),
                        valid_to=date(2026, 11, 30))
    assert letters.verify_pdf(head, nov20).ok
    late = letters.verify_pdf(head, dec10)
    assert late.codes == ("not_authorised",)
    assert late.problems == ("Signed by Aušra Čepulienė, who is not an authorised signer of "
                             "the institution on 2026-12-10.",)
    # Revoked on 2026-11-26: what she signed before stays valid, nothing after.
    store.clock.advance(days=1)
    delegations.revoke(head, d.id)
    assert letters.verify_pdf(head, nov20).ok
    nov28 = _signed_by(certs["deputy"], datetime(2026, 11, 28, 10, 0, tzinfo=VILNIUS))
    assert letters.verify_pdf(head, nov28).codes == ("not_authorised",)


def test_a_deputy_who_signs_in_the_app_is_remembered_as_herself(
        store: StoreFixture, head: Desk, certs: dict[str, Path]) -> None:
    """The store keeps the certificate the decider signed with as theirs: the deputy's
    letter is valid because of her delegation, not because of her certificate."""
    sec, clerk = store.as_user("saugumas"), store.as_user("rastine")
    dep = store.as_user("pavaduotojas")
    try:
        code = add_cleared_person(sec, 2)
        v = requests.new_request(clerk, draft(code))
        requests.submit(clerk, v.id)
        delegations.add(head, "pavaduotojas", valid_from=date(2026, 11, 1),
                        valid_to=date(2026, 11, 30))
        v = decisions.decide(dep, v.id, "approve")
        assert v.last_decision is not None
        pending = letters.letter_for_decision(dep, v.last_decision.id)
        assert pending is not None
        with Pkcs12Signer.load(certs["deputy"], PASSWORD) as signer:
            info = letters.sign_letter(dep, pending.id, signer)
        assert letters.verify_pdf(head, letters.letter_pdf(dep, info.id)).ok
        [entry] = letters.list_signers(head)
        assert entry.usernames == ("pavaduotojas",) and "Čepulienė" in entry.subject
        # The same certificate on a day outside her delegation signs nothing.
        dec3 = _signed_by(certs["deputy"], datetime(2026, 12, 3, 10, 0, tzinfo=VILNIUS))
        assert letters.verify_pdf(head, dec3).codes == ("not_authorised",)
    finally:
        for d in (sec, clerk, dep):
            d.lock()


def test_without_any_pinned_signer_nothing_is_valid(certs: dict[str, Path]) -> None:
    genuine_cert = _signed_by(certs["head"], datetime(2026, 11, 25, 10, 0, tzinfo=VILNIUS),
                              name="Jonas Žukauskas")
    root = [certs["root_pem"].read_bytes()]
    v = letters.verify_pdf(None, genuine_cert, trust=root)
    assert not v.ok and v.codes == ("no_signers",)
    assert "trust signer add" in v.problems[0]
    assert letters.verify_pdf(None, genuine_cert, trust=root,
                              signers=[certs["head_pem"].read_bytes()]).ok
    # A register that names someone else
    other = SignerRegister.of_certificates([certs["deputy_pem"].read_bytes()])
    assert verify_letter(genuine_cert, root, signers=other).codes == ("not_authorised",)


def test_an_inspector_without_a_store_pins_the_head_on_the_command_line(
        certs: dict[str, Path], tmp_path: Path) -> None:
    letter = tmp_path / "leidimas.pdf"
    letter.write_bytes(_signed_by(certs["head"], datetime(2026, 11, 25, 10, 0, tzinfo=VILNIUS),
                                  name="Jonas Žukauskas"))
    forged = tmp_path / "klastote.pdf"
    forged.write_bytes(_signed_by(certs["clerk"], datetime(2026, 11, 25, 10, 0,
                                                            tzinfo=VILNIUS)))
    nowhere = tmp_path / "no-store" / "permit-desk.db"
    root = ("--trust", str(certs["root_pem"]))
    head = ("--signer", str(certs["head_pem"]))
    ok = run_cli(nowhere, None, "verify", str(letter), *root, *head)
    assert ok.returncode == 0 and "Verdict:      VALID" in ok.stdout, ok.stdout + ok.stderr
    # Plain words (issue 13, points 6 and 7): what the signature covers, Vilnius time.
    assert "Signature:    covers the whole file" in ok.stdout
    assert "ENTIRE_FILE" not in ok.stdout and "Coverage: ENTIRE" not in ok.stdout
    assert "  Coverage: covers the whole file" in ok.stdout  # the ETSI-style report's line
    assert "Signing time: 2026-11-25 10:00:00 +02:00 (Vilnius time" in ok.stdout, ok.stdout
    bad = run_cli(nowhere, None, "verify", str(forged), *root, *head)
    assert bad.returncode == 1 and "Rūta Šimkutė, who is not an authorised signer" in bad.stdout
    unpinned = run_cli(nowhere, None, "verify", str(letter), *root)
    assert unpinned.returncode == 1 and "No authorised signer of the institution is known" \
        in unpinned.stdout
    assert not nowhere.parent.exists()


def test_trust_signer_commands(store: StoreFixture, head: Desk, certs: dict[str, Path]) -> None:
    head.lock()
    pw = PASSPHRASES["vadovas"]
    out = run_cli(store.path, "vadovas", "trust", "signer", "add", str(certs["head_pem"]),
                  "--user", "vadovas", passphrase=pw)
    assert out.returncode == 0 and "Signer pinned: " in out.stdout, out.stderr
    again = run_cli(store.path, "vadovas", "trust", "signer", "add", str(certs["head_pem"]),
                    passphrase=pw)
    assert again.returncode == 1 and "already pinned" in again.stderr
    assert again.stderr.count("\n") == 1
    clerk = run_cli(store.path, "vadovas", "trust", "signer", "add", str(certs["deputy_pem"]),
                    "--user", "rastine", passphrase=pw)
    assert clerk.returncode == 1 and "neither the head nor a deputy" in clerk.stderr
    listed = run_cli(store.path, "vadovas", "trust", "signer", "list", passphrase=pw)
    assert "Jonas Žukauskas" in listed.stdout and "vadovas" in listed.stdout
    assert "Common Name" not in out.stdout + listed.stdout
    assert "Čepulienė" not in listed.stdout
    refused = run_cli(store.path, "rastine", "trust", "signer", "add", str(certs["deputy_pem"]),
                      passphrase=PASSPHRASES["rastine"])
    assert refused.returncode == 1 and "rastine may not" in refused.stderr
    fp = listed.stdout.split()[0]
    gone = run_cli(store.path, "vadovas", "trust", "signer", "remove", fp, passphrase=pw)
    assert gone.returncode == 0 and "Signer removed" in gone.stdout
    assert "No signer certificate is pinned." in run_cli(
        store.path, "vadovas", "trust", "signer", "list", passphrase=pw).stdout
