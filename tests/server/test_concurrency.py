"""Many workstations at once on one server store: 8 processes, each its own login, submitting,
deciding, signing and importing together; and a client killed with SIGKILL mid-transaction.

The long test runs PERMIT_DESK_CONCURRENCY_SECONDS, by default the 60 s issue 15 asks for
(CI included: it adds 40 s to a run of about 17 minutes); set it lower to try a change fast.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.enums import RequestState
from app.domain.personal_code import make_personal_code
from app.services import audit, audit_queries, delegations, requests, users
from app.store.models import AuditEntry, Decision, Letter, StateCount, TravelRequest
from tests.conftest import PASSPHRASES, StoreFixture
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.server.concurrency_workers import Job, Outcome, hold_open, run_job
from tests.services.tally_check import assert_tallies_match
from tests.services.workflow_helpers import add_cleared_person, draft

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)

SECONDS = float(os.environ.get("PERMIT_DESK_CONCURRENCY_SECONDS", "60"))
P12_PASSWORD = "p12-slaptažodis"
# Words that only a raw driver error or a traceback would put in front of a user.
RAW_WORDS = ("psycopg", "sqlalchemy", "Traceback", "SQLSTATE", "[SQL:", "DETAIL:", "CONTEXT:")


def _spawn() -> Any:
    return multiprocessing.get_context("spawn")


def _office(store: StoreFixture, tmp_path: Path) -> dict[str, Any]:
    """More logins (one per worker), a delegation to both deputies, people with clearances,
    and a PKCS#12 signer for each decider."""
    head = store.head
    extra = {"rastine2": ["clerk"], "rastine3": ["clerk"], "pavaduotojas2": ["deputy"],
             "saugumas2": ["security_officer"]}
    passphrases = dict(PASSPHRASES)
    for name, roles in extra.items():
        passphrases[name] = f"{name}-passphrase-1"
        users.add_user(head, name, full_name=f"Darbuotojas {name}", roles=roles,
                       passphrase=passphrases[name])
    for deputy in ("pavaduotojas", "pavaduotojas2"):
        delegations.add(head, deputy, valid_from=date(2026, 11, 1), valid_to=date(2026, 12, 31))
    sec = store.as_user("saugumas")
    codes = tuple(add_cleared_person(sec, serial) for serial in range(1, 13))
    root = make_ca("Testinis šakninis CA")
    p12 = {who: str(write_p12(tmp_path / f"{who}.p12", make_leaf(f"Pasirašantysis {who}", root),
                              [root], P12_PASSWORD))
           for who in ("vadovas", "pavaduotojas", "pavaduotojas2")}
    return {"passphrases": passphrases, "codes": codes, "p12": p12}


def _jobs(store: StoreFixture, office: dict[str, Any], seconds: float) -> list[Job]:
    where, pw, codes, p12 = (str(store.path), office["passphrases"], office["codes"],
                             office["p12"])
    # The importers' people are their own (a clerk's request never waits on an import's
    # half-written person), and overlap each other's, so two imports meet on the same rows.
    import_codes = tuple(make_personal_code("F", date(1990, 1, 1 + i), 100 + i)
                         for i in range(8))
    spec = [
        ("clerk-1", "clerk", "rastine", {}),
        ("clerk-2", "clerk", "rastine2", {}),
        ("clerk-3", "clerk", "rastine3", {}),
        ("head", "decider", "vadovas", {"p12": p12["vadovas"]}),
        ("deputy-1", "deputy_sign_later", "pavaduotojas", {"p12": p12["pavaduotojas"]}),
        ("deputy-2", "decider", "pavaduotojas2", {"p12": p12["pavaduotojas2"]}),
        ("security-1", "importer", "saugumas", {}),
        ("security-2", "importer", "saugumas2", {}),
    ]
    return [Job(name, kind, where, user, pw[user], seconds, store.clock.when, codes=codes,
                p12_password=P12_PASSWORD, import_codes=import_codes, seed=i, **extra)
            for i, (name, kind, user, extra) in enumerate(spec)]


def _run_all(jobs: list[Job]) -> list[Outcome]:
    ctx = _spawn()
    out, go = ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=run_job, args=(job, go, out), name=job.name) for job in jobs]
    for p in procs:
        p.start()
    results: list[Outcome] = []
    opened = 0
    deadline = time.monotonic() + 300 + max(j.seconds for j in jobs)
    while len(results) < len(procs) and time.monotonic() < deadline:
        try:
            got = out.get(timeout=1)
        except queue.Empty:
            if not any(p.is_alive() for p in procs):
                break
            continue
        if isinstance(got, Outcome):
            results.append(got)
        else:
            opened += 1
            if opened == len(procs):
                go.set()  # every desk is open: all start at once
    go.set()
    for p in procs:
        p.join(timeout=30)
    assert len(results) == len(procs), [(p.name, p.exitcode) for p in procs]
    return results


def _check_store(store: StoreFixture) -> dict[str, Any]:
    """The invariants every run must keep, checked on the server as the head sees it."""
    with store.head.read() as s:
        numbers = list(s.execute(select(Letter.register_year, Letter.registration_number)))
        dupes = [k for k, n in Counter(numbers).items() if n > 1]
        assert not dupes, f"registration numbers taken twice: {dupes}"
        real = dict(s.execute(select(TravelRequest.state, func.count())
                              .group_by(TravelRequest.state)).all())
        kept = {state: n for state, n in s.execute(select(StateCount.state, StateCount.n))
                if n}
        assert kept == real, f"state counters {kept} but the requests say {real}"
        # The tallies kept beside state_count lose no writer's update either.
        assert_tallies_match(s, store.clock().date())
        per_request = Counter(s.execute(select(Decision.request_id)).scalars())
        twice = {r: n for r, n in per_request.items() if n > 1}
        assert not twice, f"requests decided more than once: {twice}"
        decided_states = {RequestState.APPROVED.value, RequestState.DENIED.value,
                          RequestState.RETURNED.value}
        states = dict(s.execute(select(TravelRequest.id, TravelRequest.state)).all())
        assert {r for r, st in states.items() if st in decided_states} == set(per_request)
        letters_per_decision = Counter(s.execute(
            select(Letter.decision_id).where(Letter.decision_id.is_not(None))).scalars())
        assert max(letters_per_decision.values(), default=1) == 1
        writers = set(s.execute(select(AuditEntry.username).distinct()).scalars())
    report = audit_queries.verify(store.head)
    assert report.ok, report.problem
    return {"writers": writers, "states": real, "decisions": len(per_request),
            "letters": len(numbers), "entries": report.entries}


def _assert_sentences(results: list[Outcome]) -> None:
    raw = [(r.name, t) for r in results for t in r.raw]
    assert not raw, "a worker met an error that is not a sentence:\n" + "\n".join(
        f"{name}: {tb}" for name, tb in raw)
    for r in results:
        for kind, text in r.refusals:
            assert text.strip() and text.rstrip().endswith((".", ")", "?")), (r.name, kind, text)
            assert not any(w in text for w in RAW_WORDS), (r.name, kind, text)


@pytest.mark.slow
def test_eight_workstations_at_once_keep_every_invariant(store: StoreFixture,
                                                         tmp_path: Path) -> None:
    office = _office(store, tmp_path)
    results = _run_all(_jobs(store, office, SECONDS))
    _assert_sentences(results)
    facts = _check_store(store)
    done = Counter[str]()
    for r in results:
        done.update(r.done)
    # Every worker did its work, not only met refusals, and left entries in the one chain.
    for r in results:
        assert sum(r.done.values()) > 0, [(o.name, o.done, o.refusals[:3]) for o in results]
    assert {r.username for r in results} <= facts["writers"]
    assert done["submit"] >= 5 and done["import"] >= 2
    assert done["decide+sign"] + done["decide"] > 0 and done["sign"] >= 0
    submitted = {i for r in results for i in r.submitted}
    with store.head.read() as s:
        kept = set(s.execute(select(TravelRequest.id).where(TravelRequest.id.in_(submitted)))
                   .scalars())
        signed = s.execute(select(func.count()).select_from(Letter)
                           .where(Letter.status == "signed")).scalar()
    assert kept == submitted  # nothing a worker saw committed is missing
    assert signed and signed >= done["decide+sign"] // 2
    print(f"\n{SECONDS:.0f} s, 8 workers: {dict(done)}; letters {facts['letters']}, "
          f"signed {signed}, entries {facts['entries']}; refusals "
          f"{Counter(k for r in results for k, _ in r.refusals)}")


def test_a_client_killed_mid_transaction_loses_nothing_committed(store: StoreFixture) -> None:
    """A workstation dies (kill -9) holding a transaction open with rows inserted and the
    audit chain's lock taken: the server drops its backend and locks, nothing of it appears,
    what was committed before stays, and the other workstations go on."""
    clerk = store.as_user("rastine")
    sec = store.as_user("saugumas")
    code = add_cleared_person(sec, 1)
    before = requests.new_request(clerk, draft(code))
    requests.submit(clerk, before.id)  # committed before the crash
    victim = requests.new_request(clerk, draft(code))
    with store.head.read() as s:
        head_before = audit.head(s)
    ctx = _spawn()
    orders, ready = ctx.Queue(), ctx.Queue()
    proc = ctx.Process(target=hold_open, args=(str(store.path), "rastine", PASSPHRASES["rastine"],
                                               store.clock.when, orders, ready))
    proc.start()
    try:
        orders.put(victim.id)
        assert ready.get(timeout=120)[0] == "flushed"
        # The dying transaction holds the audit chain: another workstation's write waits.
        os.kill(proc.pid or 0, signal.SIGKILL)
        proc.join(timeout=30)
        assert proc.exitcode == -signal.SIGKILL
    finally:
        if proc.is_alive():
            proc.kill()
    t = time.perf_counter()
    after = requests.new_request(clerk, draft(code))  # waits for the server to drop the lock
    requests.submit(clerk, after.id)
    waited = time.perf_counter() - t
    assert waited < 30
    assert requests.get_request(clerk, victim.id).state == RequestState.DRAFT
    assert requests.get_request(clerk, before.id).state == RequestState.SUBMITTED
    assert requests.get_request(clerk, after.id).state == RequestState.SUBMITTED
    with store.head.read() as s:
        victim_entries = s.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity_id == str(victim.id), AuditEntry.action == "request.submit")
        ).scalar()
        assert victim_entries == 0
        assert audit.head(s)[0] > head_before[0]
    _check_store(store)
