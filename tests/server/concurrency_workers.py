"""Worker processes for tests/server/test_concurrency.py: each opens its own desk on the same
server store with its own login and does one role's work until its deadline.

Run in spawned processes (multiprocessing's spawn start method), so nothing is shared with
the parent but the arguments: a worker imports the app afresh, as a workstation would.
"""

from __future__ import annotations

import os
import random
import time
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

os.environ.setdefault("PERMIT_DESK_KDF_PROFILE", "test")


@dataclass
class Job:
    """What one worker does: who logs in where, its role's work and for how long."""

    name: str
    kind: str  # "clerk", "decider", "deputy_sign_later", "importer", "hold_open"
    where: str
    username: str
    passphrase: str
    seconds: float  # how long to work once the parent says go
    clock: datetime
    codes: tuple[str, ...] = ()
    p12: str = ""
    p12_password: str = ""
    import_codes: tuple[str, ...] = ()
    seed: int = 0


@dataclass
class Outcome:
    """What a worker did and every refusal it met, for the parent's checks."""

    name: str
    username: str
    done: dict[str, int] = field(default_factory=dict)
    submitted: list[int] = field(default_factory=list)
    decided: list[int] = field(default_factory=list)
    # (class name, str(exc)) of each ServiceError / StoreError met
    refusals: list[tuple[str, str]] = field(default_factory=list)
    # tracebacks of anything else: a raw driver error reaching the caller is a defect
    raw: list[str] = field(default_factory=list)


def _draft(code: str, rng: random.Random) -> Any:
    from datetime import date, timedelta

    from tests.services.workflow_helpers import draft

    depart = date(2026, 12, 10) + timedelta(days=rng.randrange(0, 20))
    return draft(code, depart=depart, return_=depart + timedelta(days=rng.randrange(1, 8)))


def _staff_csv(codes: tuple[str, ...], rng: random.Random) -> bytes:
    """A small HR export: a few of this run's people, some with a changed position or a new
    clearance number, so an import both adds and changes rows."""
    header = ("personal_code;last_name;first_name;position;unit;category;clearance_level;"
              "clearance_number;clearance_issued;clearance_valid_until")
    lines = [header]
    for code in rng.sample(list(codes), k=min(5, len(codes))):
        position = rng.choice(("Vyriausiasis specialistas", "Patarėjas", "Referentas"))
        lines.append(f"{code};Importuotas;Asmuo;{position};Ryšių skyrius;"
                     f"valstybės tarnautojas;Slaptai;SL-I{code[-4:]}-{rng.randrange(3)};"
                     "2024-01-15;2029-01-14")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def run_job(job: Job, go: Any, out: Any) -> None:
    """The worker's body: open a desk, say so on `out` and wait for `go` (spawning and
    importing eight processes takes seconds on two cores: they start working together),
    work for the job's seconds, put an Outcome on `out`."""
    from app.errors import ServiceError
    from app.store.errors import StoreError

    result = Outcome(job.name, job.username)
    rng = random.Random(job.seed)
    desk = None
    try:
        from app.quiet import quiet_third_parties
        from app.services.opening import open_desk

        quiet_third_parties()  # as the product's entry points do (pyHanko's DSA warning)

        when = job.clock
        desk = open_desk(job.where, job.username, job.passphrase, clock=lambda: when)
        signer = None
        if job.p12:
            from app.letters.signers import Pkcs12Signer

            signer = Pkcs12Signer.load(job.p12, job.p12_password)
        step = {"clerk": _clerk, "decider": _decider, "deputy_sign_later": _decider,
                "importer": _importer}[job.kind]
        out.put(job.name)
        go.wait(300)
        until = time.monotonic() + job.seconds
        while time.monotonic() < until:
            try:
                step(job, desk, signer, rng, result)
            except (ServiceError, StoreError) as exc:
                result.refusals.append((type(exc).__name__, str(exc)))
    except BaseException:  # noqa: BLE001 (everything else is reported to the parent)
        result.raw.append(traceback.format_exc())
    finally:
        if desk is not None:
            try:
                desk.lock()
            except BaseException:  # noqa: BLE001
                result.raw.append(traceback.format_exc())
        out.put(result)


def _count(result: Outcome, what: str) -> None:
    result.done[what] = result.done.get(what, 0) + 1


def _clerk(job: Job, desk: Any, _signer: Any, rng: random.Random, result: Outcome) -> None:
    from app.services import requests

    view = requests.new_request(desk, _draft(rng.choice(job.codes), rng))
    _count(result, "create")
    requests.submit(desk, view.id)
    result.submitted.append(view.id)
    _count(result, "submit")


def _decider(job: Job, desk: Any, signer: Any, rng: random.Random, result: Outcome) -> None:
    """Decide one of the oldest waiting requests: the deciders pick from the same few, so
    they meet on the same request as people at three workstations would."""
    from app.services import decisions, letters, queries

    with desk.read() as s:
        waiting = [r.id for r in queries.pending_decisions(s, limit=4)]
    if not waiting:
        time.sleep(0.02)
        return
    request_id = rng.choice(waiting)
    outcome = rng.choice(("approve", "approve", "deny", "return"))
    reason = "" if outcome == "approve" else "Nepakanka duomenų"
    if job.kind == "deputy_sign_later":
        view = decisions.decide(desk, request_id, outcome, reason=reason)
        result.decided.append(request_id)
        _count(result, "decide")
        if view.last_decision is not None:
            letter = letters.letter_for_decision(desk, view.last_decision.id)
            if letter is not None:
                letters.sign_letter(desk, letter.id, signer)
                _count(result, "sign")
        return
    decisions.decide_and_sign(desk, request_id, outcome, reason=reason, signer=signer)
    result.decided.append(request_id)
    _count(result, "decide+sign")


def _importer(job: Job, desk: Any, _signer: Any, rng: random.Random, result: Outcome) -> None:
    from app.services import staff

    report = staff.import_staff(desk, _staff_csv(job.import_codes, rng), dry_run=False,
                                filename="darbuotojai.csv")
    assert report.ok
    _count(result, "import")


def hold_open(where: str, username: str, passphrase: str, clock: datetime, orders: Any,
              ready: Any) -> None:
    """Begin a submit and a new request in one transaction, flush them to the server (rows
    inserted, the audit chain's lock held), tell the parent and wait, never committing: the
    parent kills this process with SIGKILL while the transaction is open."""
    from app.services import requests
    from app.services.opening import open_desk
    from app.services.transitions import set_state
    from app.store.models import TravelRequest

    desk = open_desk(where, username, passphrase, clock=lambda: clock)
    request_id = int(orders.get())  # the parent names a draft request to submit
    with desk.store.session() as s:
        from app.domain.workflow import Action

        req = requests.get_request_row(s, request_id)
        set_state(desk, s, req, Action.SUBMIT)
        req.submitted_at = desk.now()
        desk.record(s, "request.submit", "travel_request", req.id,
                    before={"state": "draft"}, after={"state": req.state, "note": ""})
        s.flush()
        assert isinstance(req, TravelRequest)
        ready.put(("flushed", datetime.now(UTC).isoformat()))
        time.sleep(600)  # killed long before
