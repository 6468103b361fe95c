"""Several entries and a checkpoint in one transaction read the chain's head once, and the
chain they make is the one entry-by-entry reads would make."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from app.services import audit
from app.services.opening import init_store
from app.store.keyfile import TEST_KDF


def test_one_transaction_reads_the_head_once_and_chains(tmp_path: Path) -> None:
    desk = init_store(tmp_path / "permit-desk.db", institution="Institucija",
                      head_username="vadovas", head_full_name="Jonas Žukauskas",
                      passphrase="head-passphrase-1", kdf=TEST_KDF, bind=False).desk
    heads: list[str] = []

    def seen(_conn: object, _cur: object, statement: str, *_args: object) -> None:
        if statement.lstrip().startswith("SELECT audit_entry.seq"):
            heads.append(statement)

    event.listen(desk.store.engine, "before_cursor_execute", seen)
    try:
        with desk.unit() as s:
            first = audit.append(s, username="vadovas", action="a.one")
            second = audit.append(s, username="vadovas", action="a.two")
            cp = audit.add_checkpoint(s, desk.audit_key(s))
            again = audit.add_checkpoint(s, desk.audit_key(s))
            third = audit.append(s, username="vadovas", action="a.three")
        assert len(heads) == 1
        assert second.seq == first.seq + 1 and second.prev_hash == first.hash
        assert cp is not None and again is cp and (cp.seq, cp.head_hash) == (second.seq,
                                                                             second.hash)
        assert third.prev_hash == second.hash
        with desk.unit() as s:  # a new transaction reads the head again
            fourth = audit.append(s, username="vadovas", action="a.four")
        assert len(heads) == 2 and fourth.prev_hash == third.hash
        with desk.read() as s:
            report = audit.verify_session(s)
        assert report.ok, report.problem
    finally:
        event.remove(desk.store.engine, "before_cursor_execute", seen)
        desk.lock()
