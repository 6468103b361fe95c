"""The insider attack on the audit trail, reproduced: a clerk unlocks the store with their own
passphrase, unwraps the audit key the way the product does, rewrites or cuts the trail, re-chains
it and re-signs every checkpoint. The store alone cannot tell; a letter the head signed earlier,
kept outside the store, can."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from app.domain.audit_chain import GENESIS, checkpoint_message, entry_hash
from app.services import audit, audit_anchors, audit_queries, decisions, letters, requests
from app.services.desk import Desk
from app.services.errors import InvalidInput, PermissionDenied
from app.store.models import Letter
from tests.conftest import PASSPHRASES, StoreFixture
from tests.exchange.test_export import Office, office  # noqa: F401 - the office fixture
from tests.exchange.test_export import export as export_bundle
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.services.workflow_helpers import add_cleared_person, draft
from tests.store.helpers import run_cli

PASSWORD = "p12-slaptažodis"
COLS = "seq, at, username, acting_for, action, entity, entity_id, before, after"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    from cryptography.hazmat.primitives.serialization import Encoding

    d = tmp_path_factory.mktemp("anchor-pki")
    root = make_ca("Testinis šakninis CA")
    head = make_leaf("Jonas Žukauskas", root, key_kind="rsa3072")
    rogue_root = make_ca("Raštinės CA")
    rogue = make_leaf("Rūta Šimkutė", rogue_root)
    root_pem = d / "root.pem"
    root_pem.write_bytes(root.cert.public_bytes(Encoding.PEM))
    return {"root_pem": root_pem, "head": write_p12(d / "head.p12", head, [root], PASSWORD),
            "rogue": write_p12(d / "rogue.p12", rogue, [rogue_root], PASSWORD),
            "rogue_root": rogue_root.cert.public_bytes(Encoding.PEM)}


@pytest.fixture
def history(store: StoreFixture, pki: dict[str, object], tmp_path: Path
            ) -> tuple[Path, int, int]:
    """A trail with refusals and a decision, a letter the head signed (saved outside the
    store, as the archive keeps it), then more work after it: (letter, anchored seq, last)."""
    head = store.head
    letters.set_signer(head, pkcs12=str(pki["head"]))
    letters.add_trust_anchor(head, Path(str(pki["root_pem"])).read_bytes())
    clerk, sec = store.as_user("rastine"), store.as_user("saugumas")
    try:
        for _ in range(2):  # refusals the clerk would rather nobody saw
            with pytest.raises(PermissionDenied):
                audit_queries.audit_page(clerk)
        code = add_cleared_person(sec, 1)
        v = requests.new_request(clerk, draft(code))
        requests.submit(clerk, v.id)
        v = decisions.decide(head, v.id, "approve")
        assert v.last_decision is not None
        pending = letters.letter_for_decision(head, v.last_decision.id)
        assert pending is not None
        info = letters.sign_letter(head, pending.id, letters.open_signer(head, PASSWORD))
        out = tmp_path / "7-1.pdf"
        out.write_bytes(letters.letter_pdf(head, info.id))
        anchored = _anchored_seq(head, info.id)
        other = add_cleared_person(sec, 2, last="Čiurlionis")
        w = requests.new_request(clerk, draft(other))
        requests.submit(clerk, w.id)
        with pytest.raises(PermissionDenied):
            audit_queries.audit_page(clerk)
    finally:
        clerk.lock()
        sec.lock()
    with head.read() as s:
        last = audit.head(s)[0]
    head.lock()
    return out, anchored, last


def _anchored_seq(desk: Desk, letter_id: int) -> int:
    with desk.read() as s:
        letter = s.get(Letter, letter_id)
        assert letter is not None and letter.audit_seq is not None
        return letter.audit_seq


def _as_clerk(store: StoreFixture, change: Callable[[Connection], None]) -> None:
    """The attack with nothing but the clerk's passphrase and the product's own unlock: the
    unwrapped database key (an open engine) and the unwrapped audit key."""
    clerk = store.as_user("rastine")
    try:
        with clerk.store.session() as s:
            key = clerk.audit_key(s)
        if store.on_server:
            # On a server the database itself refuses the clerk (grants, row triggers); the
            # one who can still rewrite is the DBA, with triggers off: that is the attack
            # the anchors must catch there.
            with pytest.raises(DBAPIError) as refused:
                with clerk.store.engine.begin() as conn:
                    change(conn)
            assert getattr(refused.value.orig, "sqlstate", "") in ("42501", "P0001")
            with store.raw_write() as conn:
                change(conn)
                _rechain_and_resign(conn, key)
            return
        with clerk.store.engine.begin() as conn:
            change(conn)
            _rechain_and_resign(conn, key)
    finally:
        clerk.lock()


def _rechain_and_resign(conn: Connection, key: Ed25519PrivateKey) -> None:
    """Renumber from 1, recompute every hash, and sign a checkpoint wherever there was one."""
    rows = conn.execute(text(f"SELECT {COLS} FROM audit_entry ORDER BY seq")).all()
    cps = conn.execute(text("SELECT seq, at FROM audit_checkpoint ORDER BY seq")).all()
    conn.execute(text("DELETE FROM audit_entry"))
    conn.execute(text("DELETE FROM audit_checkpoint"))
    prev, hashes = GENESIS, {}
    for n, r in enumerate(rows, 1):
        h = entry_hash(seq=n, at=r.at, username=r.username, acting_for=r.acting_for,
                       action=r.action, entity=r.entity, entity_id=r.entity_id,
                       before=r.before, after=r.after, prev_hash=prev)
        conn.execute(text("INSERT INTO audit_entry (seq, at, username, acting_for, action, "
                          "entity, entity_id, before, after, prev_hash, hash) VALUES (:seq, "
                          ":at, :u, :af, :ac, :e, :ei, :b, :a, :p, :h)"),
                     {"seq": n, "at": r.at, "u": r.username, "af": r.acting_for,
                      "ac": r.action, "e": r.entity, "ei": r.entity_id, "b": r.before,
                      "a": r.after, "p": prev, "h": h})
        hashes[n] = h
        prev = h
    for cp in cps:
        if cp.seq in hashes:
            sig = key.sign(checkpoint_message(cp.seq, hashes[cp.seq], cp.at))
            conn.execute(text("INSERT INTO audit_checkpoint (seq, head_hash, at, signature) "
                              "VALUES (:s, :h, :a, :g)"),
                         {"s": cp.seq, "h": hashes[cp.seq], "a": cp.at,
                          "g": base64.b64encode(sig).decode()})


def _rewrite_decision(conn: Connection) -> None:
    conn.execute(text("UPDATE audit_entry SET username = 'pavaduotojas' "
                      "WHERE action = 'decision.approve'"))


def _drop_refusals(conn: Connection) -> None:
    conn.execute(text("DELETE FROM audit_entry WHERE action = 'refused'"))


def _cut_at(seq: int) -> Callable[[Connection], None]:
    return lambda conn: conn.execute(text("DELETE FROM audit_entry WHERE seq > :s"), {"s": seq})


def _verify(store: StoreFixture, *extra: str) -> tuple[int, str, str]:
    res = run_cli(store.path, "vadovas", "audit", "verify", *extra,
                  passphrase=PASSPHRASES["vadovas"])
    assert "Traceback" not in res.stderr
    return res.returncode, res.stdout, res.stderr


@pytest.mark.parametrize("attack", ["rewrite", "drop_refusals", "truncate"])
def test_an_insider_rewrite_passes_the_store_but_not_a_signed_letter(
        store: StoreFixture, history: tuple[Path, int, int], pki: dict[str, object],
        attack: str) -> None:
    letter, anchored, last = history
    root = str(pki["root_pem"])
    # Before the attack the letter's anchor matches, and the tail after it is named.
    rc, out, err = _verify(store, "--anchor", str(letter), "--trust", root)
    assert rc == 0, err
    assert f"entry {anchored} " in out and "Jonas Žukauskas" in out
    assert f"Intact up to entry {anchored}" in out
    # (each verify above and below is one more unlock entry in the trail)
    assert "Unanchored tail: " in out and "Unanchored tail: 0 " not in out

    change = {"rewrite": _rewrite_decision, "drop_refusals": _drop_refusals,
              "truncate": _cut_at(anchored - 3)}[attack]
    _as_clerk(store, change)

    # The store alone: consistent, re-signed checkpoints and all, but never called intact;
    # every entry is in the unanchored tail.
    rc, out, err = _verify(store)
    assert rc == 0, err
    assert "intact" not in out.lower()
    n = int(out.split("Unanchored tail: ")[1].split()[0])
    assert n >= (anchored - 3 if attack == "truncate" else last - 3)
    assert f"Unanchored tail: {n} entries (1-{n})" in out

    # The head's letter, kept outside the store, is not fooled.
    rc, out, err = _verify(store, "--anchor", str(letter), "--trust", root)
    assert rc == 1
    assert "FAILED" in err and "7-1.pdf" in err and "Jonas Žukauskas" in err
    assert ("rewritten" in err) if attack != "truncate" else ("truncated" in err)
    assert "intact" not in out.lower()


def test_a_letter_signed_under_a_root_that_is_not_pinned_is_no_anchor(
        store: StoreFixture, pki: dict[str, object], tmp_path: Path) -> None:
    """The clerk signs a letter of their own (their CA added to the store's trust list, which
    they can do with the master key); pinned certificates refuse it."""
    head = store.head
    letters.set_signer(head, pkcs12=str(pki["rogue"]))
    letters.add_trust_anchor(head, pki["rogue_root"])  # type: ignore[arg-type]
    letters.add_trust_anchor(head, Path(str(pki["root_pem"])).read_bytes())
    sec, clerk = store.as_user("saugumas"), store.as_user("rastine")
    try:
        code = add_cleared_person(sec, 3)
        v = requests.new_request(clerk, draft(code))
        requests.submit(clerk, v.id)
        v = decisions.decide(head, v.id, "approve")
        assert v.last_decision is not None
        pending = letters.letter_for_decision(head, v.last_decision.id)
        assert pending is not None
        info = letters.sign_letter(head, pending.id, letters.open_signer(head, PASSWORD))
        forged = tmp_path / "forged.pdf"
        forged.write_bytes(letters.letter_pdf(head, info.id))
    finally:
        sec.lock()
        clerk.lock()
    # The store's own trust list accepts it, and says whose signature it is.
    a = audit_anchors.anchor_from(head, forged)
    assert a.signer == "Rūta Šimkutė" and a.seq == _anchored_seq(head, info.id)
    with pytest.raises(InvalidInput, match="forged.pdf cannot anchor the audit trail"):
        audit_anchors.anchor_from(head, forged,
                                  trust=[Path(str(pki["root_pem"])).read_bytes()])


def test_a_file_that_is_no_signed_letter_cannot_anchor(store: StoreFixture,
                                                       tmp_path: Path) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\nnot really\n")
    store.head.lock()
    before = audit_count(store)
    rc, out, err = _verify(store, "--anchor", str(junk))
    assert rc != 0 and out == ""
    assert err.strip().count("\n") == 0
    assert "junk.pdf cannot anchor the audit trail" in err
    assert audit_count(store) == before + 2  # the two unlocks, nothing else
    rc, out, err = _verify(store, "--anchor", str(tmp_path / "missing.pdf"))
    assert rc != 0 and "missing.pdf" in err and err.strip().count("\n") == 0


def audit_count(store: StoreFixture) -> int:
    desk: Desk = store.as_user("admin")
    try:
        with desk.read() as s:
            return audit.head(s)[0]
    finally:
        desk.lock()


def test_a_signed_bundle_anchors_the_chain(office: Office, pki: dict[str, object],  # noqa: F811
                                           tmp_path: Path) -> None:
    """The inspection bundle's signed manifest covers its audit excerpt, whose last entry is
    the anchor (the office fixture signs with this module's head certificate)."""
    bundle = tmp_path / "rinkinys.zip"
    export_bundle(office, bundle)
    head = office.head
    root = Path(str(pki["root_pem"])).read_bytes()
    a = audit_anchors.anchor_from(head, bundle, trust=[root])
    assert a.signer == "Jonas Žukauskas" and a.source == "rinkinys.zip"
    report = audit_queries.verify(head, [a])
    assert report.ok, report.problem
    assert report.anchored_seq == a.seq and report.unanchored == report.last_seq - a.seq
    office.inspector.lock()
    head.lock()
    _as_clerk(office.store, _drop_refusals if _has_refusals(office.store)
              else _rewrite_decision)
    desk = office.store.as_user("vadovas")
    try:
        report = audit_queries.verify(desk, [audit_anchors.anchor_from(desk, bundle, trust=[root])])
        assert not report.ok
        assert report.problem is not None and "rinkinys.zip, signed by Jonas Žukauskas" in \
            report.problem
    finally:
        desk.lock()


def _has_refusals(store: StoreFixture) -> bool:
    desk = store.as_user("admin")
    try:
        with desk.read() as s:
            return bool(s.execute(text("SELECT count(*) FROM audit_entry "
                                       "WHERE action = 'refused'")).scalar())
    finally:
        desk.lock()
