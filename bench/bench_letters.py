"""Benchmarks letter signing as the product runs it, on a national-scale store.

The CLI's `sign-pending` (app/cli/letter_cmds.py) and the Letters screen's batch (ui/screens/
letters.py, through ui/workers.run_op) both list the pending letters with
`app.services.letters.list_letters`, open the configured signer with `open_signer` and hand
the ids to `sign_many`, which signs letter by letter, each in its own transaction with its
audit checkpoint. This script makes those calls, in that order, with the arguments each caller
passes, on a store the demo generator filled (bench_store.py's build), after queueing the
letters for the head's decisions with the product's queue_letter.

Also times the letter library's steps one letter at a time (render, sign, verify) for the
breakdown. Prints the figures and writes bench/out/letters.json.

Run: .venv/bin/python bench/bench_letters.py [--letters 1000] [--people 60000]
     [--requests 500000] [--dir DIR] [--key p256|rsa3072] [--n 40]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import maxrss_mb, measure, reset_peak_rss, vm_hwm_mb  # noqa: E402
from bench_store import HEAD, PASSPHRASE, STORE, ensure_store  # noqa: E402

PASSWORD = "bench"
# ms per letter (render, sign, verify), s per 1,000 letters signed, bytes per signed letter
TARGETS = {"render": 12.0, "sign": 20.0, "verify": 12.0, "verify_report": 20.0, "batch": 30.0,
           "size": 100_000}


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "OVER"


def softhsm_signer(tmp: Path, leaf: Any, chain: list[Any]) -> Any:
    module = Path("/usr/lib/softhsm/libsofthsm2.so")
    if not module.is_file():
        return None
    import pkcs11

    from app.letters.signers import Pkcs11Signer
    from app.letters.verify import load_certificate
    from tests.letters.conftest import _import_key

    (tmp / "tokens").mkdir()
    conf = tmp / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tmp / 'tokens'}\nobjectstore.backend = file\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "bench", "--pin",
                    "1234", "--so-pin", "12345678"], check=True, capture_output=True)
    token = pkcs11.lib(str(module)).get_token(token_label="bench")
    with token.open(rw=True, user_pin="1234") as session:
        _import_key(session, leaf, "bench-key", b"\x01")
    return Pkcs11Signer.open(module, "bench", "bench-key", "1234",
                             extra_chain=[load_certificate(c.der) for c in chain])


# ---- one letter at a time: the library's steps ---------------------------------------------


def library_steps(tmp: Path, root: Any, inter: Any, leaves: dict[str, Any], n: int
                  ) -> dict[str, Any]:
    from app.domain.enums import LetterKind
    from app.letters.render import register_fonts, render_letter
    from app.letters.report import report_json, report_lines
    from app.letters.samples import sample_letter
    from app.letters.sign import sign_letter
    from app.letters.signers import LetterSigner, Pkcs12Signer
    from app.letters.verify import verify_letter
    from tests.letters.pki import make_crl, write_p12

    out: dict[str, Any] = {}
    t = time.perf_counter()
    register_fonts()
    out["fonts_ms"] = round((time.perf_counter() - t) * 1000, 1)
    print(f"font registration (once per process): {out['fonts_ms']:.0f} ms")
    letter = sample_letter(LetterKind.APPROVAL, "lt")
    r = measure(lambda: render_letter(letter), n, warmup=1)
    out["render"] = r.as_dict()
    print(f"render p50: {r.p50:.1f} ms, CPU {r.cpu50:.1f} ms (target ≤ "
          f"{TARGETS['render']:.0f}) {verdict(r.p50, TARGETS['render'])}")
    pdf = render_letter(letter)
    when = datetime.datetime.now().astimezone()
    signers: dict[str, LetterSigner] = {
        f"{kind} PKCS#12": Pkcs12Signer.load(write_p12(tmp / f"{kind}.p12", leaf,
                                                       [inter, root], PASSWORD), PASSWORD)
        for kind, leaf in leaves.items()}
    hsm = softhsm_signer(tmp, leaves["rsa3072"], [inter])
    if hsm is not None:
        signers["rsa3072 SoftHSM2"] = hsm
    signed = b""
    out["sign"] = {}
    for name, signer in signers.items():
        def one(s: LetterSigner = signer) -> bytes:
            return sign_letter(pdf, s, registration_number="7-123",
                               signer_name=letter.signer_name, role="Direktorė", when=when)
        r = measure(one, n, warmup=1)
        signed = one()
        out["sign"][name] = r.as_dict()
        print(f"sign p50 {name}: {r.p50:.1f} ms, CPU {r.cpu50:.1f} ms (target ≤ "
              f"{TARGETS['sign']:.0f}) {verdict(r.p50, TARGETS['sign'])}")
        signer.close()
    r = measure(lambda: verify_letter(signed, [root.der]), n, warmup=1)
    ok = verify_letter(signed, [root.der]).ok
    out["verify"] = {**r.as_dict(), "ok": ok}
    print(f"verify p50: {r.p50:.1f} ms, CPU {r.cpu50:.1f} ms (target ≤ "
          f"{TARGETS['verify']:.0f}) {verdict(r.p50, TARGETS['verify'])}; verdict ok={ok}")

    def full_report() -> object:
        # verify with the whole validation report (issue 14): words and JSON, with CRLs.
        v = verify_letter(signed, [root.der], crls)
        return report_json(v), [report_lines(x) for x in v.signatures]

    crls = [make_crl(root, []), make_crl(inter, [])]
    r = measure(full_report, n, warmup=1)
    out["verify_report"] = r.as_dict()
    print(f"verify with the full report p50: {r.p50:.1f} ms, CPU {r.cpu50:.1f} ms (target ≤ "
          f"{TARGETS['verify_report']:.0f}) {verdict(r.p50, TARGETS['verify_report'])}")
    out["size"] = {"unsigned": len(pdf), "signed": len(signed)}
    print(f"letter size: unsigned {len(pdf) / 1000:.1f} KB, signed {len(signed) / 1000:.1f} KB "
          f"(target ≤ {TARGETS['size'] / 1000:.0f} KB) {verdict(len(signed), TARGETS['size'])}")
    return out


# ---- the product's path: pending letters signed through the service --------------------------


def queue_letters(desk: Any, n: int, first: int) -> dict[str, Any]:
    """n pending letters for the store's decisions, newest first after skipping `first`,
    queued with the product's own queue_letter and audited like any queueing (the demo
    generator records the head's decisions but queues no letters; the store holds too few
    submitted requests to decide n of them). Every third letter is in English."""
    from sqlalchemy import select

    from app.domain.enums import DecisionOutcome, LetterKind
    from app.services.register import queue_letter
    from app.store.models import Decision

    t = time.perf_counter()
    with desk.unit() as s:
        rows = s.execute(select(Decision.id, Decision.request_id, Decision.outcome)
                         .where(Decision.outcome.in_([DecisionOutcome.APPROVE.value,
                                                      DecisionOutcome.DENY.value]),
                                Decision.decided_by == desk.actor.user_id)
                         .order_by(Decision.id.desc()).offset(first).limit(n)).all()
        if len(rows) < n:
            raise SystemExit(f"the store has only {first + len(rows)} decisions to write "
                             "letters for; ask for fewer --letters or a bigger --requests")
        for i, (decision_id, request_id, outcome) in enumerate(rows):
            kind = (LetterKind.APPROVAL if outcome == DecisionOutcome.APPROVE.value
                    else LetterKind.DENIAL)
            letter = queue_letter(desk, s, kind, request_id=request_id,
                                  decision_id=decision_id, lang="en" if i % 3 == 0 else "lt")
            desk.record(s, "letter.queue", "letter", letter.id,
                        after={"registration_number": letter.registration_number})
    return {"letters": n, "wall_s": round(time.perf_counter() - t, 2)}


def sign_round(label: str, pending: list[int], sign: Any) -> dict[str, Any]:
    """Time `sign(ids, progress)` with per-letter latencies from its progress reports."""
    stamps: list[float] = []

    def progress(done: int, total: int, number: str) -> None:
        stamps.append(time.perf_counter())
        if done == total or done % 250 == 0:
            print(f"  {label}: {done}/{total} ({number})", file=sys.stderr, flush=True)

    reset = reset_peak_rss()
    t, c = time.perf_counter(), time.process_time()
    done = sign(pending, progress)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    gaps = sorted(b - a for a, b in zip([t, *stamps], stamps, strict=False))
    hwm = vm_hwm_mb() if reset else None
    n = len(done)
    return {
        "signed": n, "asked": len(pending), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
        "letters_per_s": round(n / wall, 2) if wall else None,
        "per_1000_s": round(wall * 1000 / n, 1) if n else None,
        "letter_p50_ms": round(gaps[len(gaps) // 2] * 1000, 1) if gaps else None,
        "letter_p95_ms": round(gaps[min(len(gaps) - 1, int(len(gaps) * 0.95))] * 1000, 1)
        if gaps else None,
        "peak_rss_mb": round(hwm, 1) if hwm is not None else round(maxrss_mb(), 1),
        "peak_rss_scope": "this round" if hwm is not None else "process so far",
    }


def product_path(work: Path, tmp: Path, root: Any, inter: Any, leaf: Any, letters_n: int
                 ) -> dict[str, Any]:
    from sqlalchemy import func, select

    from app.services import letters
    from app.services.opening import open_desk
    from app.store.models import Letter
    from tests.letters.pki import write_p12

    desk = open_desk(work / STORE, HEAD, PASSPHRASE)
    out: dict[str, Any] = {}
    try:
        p12 = write_p12(tmp / "head.p12", leaf, [inter, root], PASSWORD)
        letters.set_signer(desk, pkcs12=str(p12))
        letters.add_trust_anchor(desk, root.der)
        from app.services.settings import get_settings, set_setting

        if not get_settings(desk)["institution.code"]:  # PDF-LT letters need it (issue 14)
            set_setting(desk, "institution.code", "188600000")

        # -- the CLI: cmd_sign_pending
        print(f"queueing {letters_n} letters ...", file=sys.stderr, flush=True)
        out["queue_cli"] = queue_letters(desk, letters_n, 0)

        def cli(_ids: list[int], progress: Any) -> list[Any]:
            pending = letters.pending_letter_ids(desk)  # what cmd_sign_pending signs
            signer = letters.open_signer(desk, PASSWORD)
            try:
                # the CLI passes no progress; the bench's callable only takes timestamps
                return letters.sign_many(desk, pending, signer, progress)
            finally:
                signer.close()

        out["cli"] = sign_round("sign-pending", [], cli)
        left = pending_count(desk)
        out["cli"]["pending_after"] = left
        if left:
            print(f"  NOTE sign-pending signed {out['cli']['signed']} of {letters_n} pending "
                  f"letters and left {left}: list_letters(desk, 'pending') stops at its "
                  "default limit", file=sys.stderr)

        # -- the Letters screen: sign_selected -> _sign_batch's op (Qt loaded, as in the UI)
        from ui.screens.letters import LIST_LIMIT

        print(f"queueing {letters_n} more letters ...", file=sys.stderr, flush=True)
        out["queue_ui"] = queue_letters(desk, letters_n, letters_n)
        info = letters.signer_configured(desk)
        shown = [x.id for x in letters.list_letters(desk, status="pending", limit=LIST_LIMIT)]
        signer = letters.open_signer(desk, PASSWORD, info)  # the SignerSession's one open
        try:
            out["ui"] = sign_round("Letters screen batch", shown,
                                   lambda ids, progress: letters.sign_many(
                                       desk, ids, signer, progress=progress,
                                       cancelled=lambda: False))
        finally:
            signer.close()
        out["ui"]["pending_after"] = pending_count(desk)

        with desk.read() as s:
            signed = s.execute(select(func.count()).select_from(Letter)
                               .where(Letter.status == "signed")).scalar_one()
            last = s.execute(select(Letter.id).where(Letter.status == "signed")
                             .order_by(Letter.id.desc())).scalars().first()
        assert signed == out["cli"]["signed"] + out["ui"]["signed"], signed
        if last is not None:  # the bench signed real letters: the newest one verifies
            out["last_letter_verifies"] = letters.verify_pdf(
                desk, letters.letter_pdf(desk, last)).ok
    finally:
        desk.lock()
    return out


def pending_count(desk: Any) -> int:
    from sqlalchemy import func, select

    from app.store.models import Letter

    with desk.read() as s:
        return int(s.execute(select(func.count()).select_from(Letter)
                             .where(Letter.status == "pending")).scalar_one())


def report(label: str, r: dict[str, Any]) -> None:
    scaled = r["per_1000_s"]
    print(f"{label}: {r['signed']} letters in {r['wall_s']:.1f} s (CPU {r['cpu_s']:.1f} s), "
          f"{r['letters_per_s']:.1f} letters/s, per letter p50 {r['letter_p50_ms']} ms, "
          f"p95 {r['letter_p95_ms']} ms; 1,000 would take {scaled:.1f} s (target ≤ "
          f"{TARGETS['batch']:.0f}) {verdict(scaled, TARGETS['batch'])}; peak RSS "
          f"{r['peak_rss_mb']:.0f} MB ({r['peak_rss_scope']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--letters", type=int, default=1000,
                    help="letters queued and signed in each of the two rounds")
    ap.add_argument("--people", type=int, default=60_000)
    ap.add_argument("--requests", type=int, default=500_000)
    ap.add_argument("--dir", type=Path, help="build or reuse bench_store.py's store here "
                    "(the bench signs in a copy; the store itself is left as built)")
    ap.add_argument("--key", choices=("p256", "rsa3072"), default="p256",
                    help="the head's key for the batch rounds")
    ap.add_argument("--n", type=int, default=40, help="repetitions for the one-letter p50s")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "letters.json")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.quiet import quiet_third_parties

    quiet_third_parties()  # as the CLI and the app do: no library warning among the figures
    from tests.letters.pki import make_ca, make_leaf

    tmp = Path(tempfile.mkdtemp(prefix="bench-letters-"))
    try:
        root = make_ca("Bench Root")
        inter = make_ca("Bench Intermediate", root)
        leaves = {kind: make_leaf("Žydrūnė Šėmaitytė-Ąžuolienė", inter, key_kind=kind)
                  for kind in ("rsa3072", "p256")}
        steps = library_steps(tmp, root, inter, leaves, args.n)

        built = ensure_store(args.dir or tmp / "store", args.people, args.requests)
        work = tmp / "work"
        work.mkdir()
        for f in (args.dir or tmp / "store").glob(STORE + "*"):
            shutil.copy2(f, work / f.name)
        t = time.perf_counter()
        product = product_path(work, tmp, root, inter, leaves[args.key], args.letters)
        total = time.perf_counter() - t
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"store: {args.people:,} people, {args.requests:,} requests "
          f"({built['store_mb']} MB); key {args.key}")
    report("CLI sign-pending", product["cli"])
    report("Letters screen batch", product["ui"])
    print(f"the newest signed letter verifies: {product.get('last_letter_verifies')}")
    print(f"product path in all (unlock, signer set-up, queueing, two rounds): {total:.1f} s; "
          f"process peak RSS {maxrss_mb():.0f} MB")
    print(f"cores: {os.cpu_count()}; load average: {os.getloadavg()[0]:.2f} "
          "(other work on the machine inflates the wall-clock figures)")
    result = {"host": {"cpus": os.cpu_count(), "load_avg": os.getloadavg()},
              "store": built, "key": args.key, "letters": args.letters, "library": steps,
              "product": product, "product_total_s": round(total, 1),
              "process_peak_rss_mb": round(maxrss_mb(), 1)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str))


if __name__ == "__main__":
    main()
