"""verify_chain against external anchors, pure: what an anchor proves and what it cannot."""

from __future__ import annotations

from app.domain.audit_chain import GENESIS, ChainAnchor, ChainEntry, entry_hash, verify_chain


def _chain(n: int, edit: int | None = None) -> list[ChainEntry]:
    out, prev = [], GENESIS
    for seq in range(1, n + 1):
        after = '"forged"' if seq == edit else f'"{seq}"'
        h = entry_hash(seq=seq, at="2026-11-25T09:00:00.000000Z", username="u", acting_for="",
                       action="x", entity="", entity_id="", before="null", after=after,
                       prev_hash=prev)
        out.append(ChainEntry(seq, "2026-11-25T09:00:00.000000Z", "u", "", "x", "", "", "null",
                              after, prev, h))
        prev = h
    return out


def _ok(_sig: bytes, _msg: bytes) -> bool:
    return True


def test_without_anchors_the_whole_chain_is_the_unanchored_tail() -> None:
    r = verify_chain(_chain(10), [], _ok)
    assert r.ok and r.anchored_seq == 0 and r.unanchored == 10


def test_an_anchor_vouches_up_to_its_entry() -> None:
    good = _chain(10)
    a = ChainAnchor(6, good[5].hash, "7-1.pdf", "Jonas Žukauskas")
    r = verify_chain(good, [], _ok, [a])
    assert r.ok and r.anchored_seq == 6 and r.unanchored == 4 and r.anchors == (a,)


def test_a_consistent_rewrite_below_an_anchor_is_caught() -> None:
    a = ChainAnchor(6, _chain(10)[5].hash, "7-1.pdf", "Jonas Žukauskas")
    r = verify_chain(_chain(10, edit=3), [], _ok, [a])  # re-chained: links and hashes agree
    assert not r.ok and r.first_bad_seq == 6
    assert r.problem == ("The audit chain was rewritten: entry 6 is not the entry that 7-1.pdf, "
                         "signed by Jonas Žukauskas, anchors.")


def test_a_cut_below_an_anchor_is_caught_and_above_it_is_the_tail() -> None:
    a = ChainAnchor(6, _chain(10)[5].hash, "7-1.pdf", "Jonas Žukauskas")
    r = verify_chain(_chain(5), [], _ok, [a])
    assert not r.ok and r.problem is not None and "truncated" in r.problem
    # A rewrite after the last anchor: nothing outside the store can tell, and the report
    # says how many entries that is.
    r = verify_chain(_chain(8, edit=7), [], _ok, [a])
    assert r.ok and r.unanchored == 2
