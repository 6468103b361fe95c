"""A bundle is the institution's only when its manifest is signed by an authorised signer of
the institution and its audit checkpoints by the institution's pinned audit key: a CSV edited
and the manifest re-signed with a clerk's card under the same trusted CA, or the audit excerpt
rewritten under a new key, is NOT VALID (exit 1), in the store and on an inspector's
workstation that pinned the head's certificate and the audit key."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding

from app.domain.audit_chain import checkpoint_message, entry_hash
from app.exchange.bundle_verify import verify_bundle
from app.exchange.export import ExportSpec
from app.exchange.manifest_sign import sign_manifest
from app.letters.signers import Pkcs12Signer
from app.services import inspection, letters
from tests.conftest import PASSPHRASES, StoreFixture
from tests.exchange.test_export import PASSWORD, PERIOD, _decide_and_sign
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.services.workflow_helpers import add_cleared_person
from tests.store.helpers import run_cli

CLERK_SIGNED = ("The manifest is signed by Rūta Šimkutė, who is not an authorised signer of "
                "the institution on 2026-11-25.")


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bundle-signer-pki")
    root = make_ca("Nacionalinis sertifikavimo centras")
    head = make_leaf("Jonas Žukauskas", root)
    clerk = make_leaf("Rūta Šimkutė", root)  # her ID card, under the same national CA
    out = {"root_pem": d / "root.pem", "head_pem": d / "head.pem"}
    out["root_pem"].write_bytes(root.cert.public_bytes(Encoding.PEM))
    out["head_pem"].write_bytes(head.cert.public_bytes(Encoding.PEM))
    out["head"] = write_p12(d / "head.p12", head, [root], PASSWORD)
    out["clerk"] = write_p12(d / "clerk.p12", clerk, [root], PASSWORD)
    return out


@pytest.fixture
def bundle(store: StoreFixture, certs: dict[str, Path], tmp_path: Path) -> Path:
    head = store.head
    letters.set_signer(head, pkcs12=str(certs["head"]))
    letters.add_trust_anchor(head, certs["root_pem"].read_bytes())
    clerk, sec, inspector = (store.as_user("rastine"), store.as_user("saugumas"),
                             store.as_user("inspektorius"))
    try:
        _decide_and_sign(head, clerk, add_cleared_person(sec, 1), "approve")
        out = tmp_path / "bundle"
        signer = letters.open_signer(inspector, PASSWORD)
        try:
            inspection.export(inspector, ExportSpec(*PERIOD), out, signer=signer)
        finally:
            signer.close()
    finally:
        for d in (clerk, sec, inspector):
            d.lock()
    (tmp_path / "audit-key.pem").write_bytes(letters.own_audit_key_pem(head))
    head.lock()
    return out


def _pinned(store: StoreFixture) -> tuple[object, list[bytes]]:
    desk = store.as_user("inspektorius")
    try:
        _, _, register, keys = letters.verification_material(desk)
    finally:
        desk.lock()
    return register, keys


def _relist(bundle: Path, *names: str) -> bytes:
    """The manifest with these files' hashes and sizes made to match again."""
    m = json.loads((bundle / "manifest.json").read_text("utf-8"))
    for f in m["files"]:
        if f["path"] in names:
            data = (bundle / f["path"]).read_bytes()
            f["sha256"], f["size"] = hashlib.sha256(data).hexdigest(), len(data)
    data = (json.dumps(m, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    (bundle / "manifest.json").write_bytes(data)
    return data


def _re_sign(bundle: Path, data: bytes, p12: Path) -> None:
    with Pkcs12Signer.load(p12, PASSWORD) as someone:
        (bundle / "manifest.json.p7s").write_bytes(sign_manifest(data, someone))


def _cli(store: Path, *args: object) -> tuple[int, str]:
    out = run_cli(store, "inspektorius", "verify", *map(str, args),
                  passphrase=PASSPHRASES["inspektorius"])
    assert "Traceback" not in out.stderr, out.stderr
    return out.returncode, out.stdout


def test_a_csv_edited_and_the_manifest_re_signed_by_a_clerks_card(
        store: StoreFixture, bundle: Path, certs: dict[str, Path], tmp_path: Path) -> None:
    genuine = tmp_path / "genuine"
    shutil.copytree(bundle, genuine)
    people = bundle / "csv" / "people.csv"
    before = people.read_bytes()
    people.write_bytes(before.replace("Žukauskas".encode(), "Žukauskis".encode()))
    assert people.read_bytes() != before
    _re_sign(bundle, _relist(bundle, "csv/people.csv"), certs["clerk"])
    root = [certs["root_pem"].read_bytes()]
    # Any certificate under the trusted CA used to pass: the edit was invisible.
    assert verify_bundle(bundle, root).ok
    register, keys = _pinned(store)
    report = verify_bundle(bundle, root, signers=register, audit_keys=keys)  # type: ignore[arg-type]
    assert report.problems == [CLERK_SIGNED]
    assert verify_bundle(genuine, root, signers=register, audit_keys=keys).ok  # type: ignore[arg-type]

    # In the institution's store (its register knows the head's certificate) ...
    rc, out = _cli(store.path, bundle, "--trust", certs["root_pem"])
    assert rc == 1 and f"  - {CLERK_SIGNED}" in out, out
    rc, out = _cli(store.path, genuine, "--trust", certs["root_pem"])
    assert rc == 0 and "Verdict:      VALID" in out, out
    # ... and on an inspector's workstation with no store, the head and the audit key pinned.
    nowhere = tmp_path / "none" / "permit-desk.db"
    pins = ("--trust", certs["root_pem"], "--signer", certs["head_pem"], "--audit-key",
            tmp_path / "audit-key.pem")
    rc, out = _cli(nowhere, bundle, *pins)
    assert rc == 1 and f"  - {CLERK_SIGNED}" in out, out
    rc, out = _cli(nowhere, genuine, *pins)
    assert rc == 0 and "Verdict:      VALID" in out, out
    # Pinning nobody proves nothing.
    rc, out = _cli(nowhere, genuine, "--trust", certs["root_pem"])
    assert rc == 1 and "no authorised signer of the institution is pinned" in out
    assert "No audit key of the institution is pinned here" in out


def test_an_audit_excerpt_rewritten_under_a_new_audit_key(
        store: StoreFixture, bundle: Path, certs: dict[str, Path], tmp_path: Path) -> None:
    """Rewrite an entry, recompute the chain, sign new checkpoints with a new key and ship
    that key in the bundle: only a pinned audit key tells."""
    entries = bundle / "audit" / "entries.jsonl"
    lines = entries.read_text("utf-8").splitlines()
    e = json.loads(lines[-1])
    e["after"] = '{"kas":"kita"}'
    e["hash"] = entry_hash(**{k: e[k] for k in ("seq", "at", "username", "acting_for",
                                                 "action", "entity", "entity_id", "before",
                                                 "after", "prev_hash")})
    lines[-1] = json.dumps(e, ensure_ascii=False)
    entries.write_text("\n".join(lines) + "\n", "utf-8")
    forger = Ed25519PrivateKey.generate()
    cps = [json.loads(x) for x in
           (bundle / "audit" / "checkpoints.jsonl").read_text("utf-8").splitlines() if x]
    for cp in cps:
        if cp["seq"] == e["seq"]:
            cp["head_hash"] = e["hash"]
        cp["signature"] = base64.b64encode(forger.sign(
            checkpoint_message(cp["seq"], cp["head_hash"], cp["at"]))).decode()
    (bundle / "audit" / "checkpoints.jsonl").write_text(
        "".join(json.dumps(cp) + "\n" for cp in cps), "utf-8")
    (bundle / "audit" / "audit-public-key.pem").write_bytes(forger.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    data = _relist(bundle, "audit/entries.jsonl", "audit/checkpoints.jsonl",
                   "audit/audit-public-key.pem")
    _re_sign(bundle, data, certs["clerk"])
    register, keys = _pinned(store)
    root = [certs["root_pem"].read_bytes()]
    # The bundle's own key vouches for the rewrite; the manifest's signer is the only tell.
    assert verify_bundle(bundle, root, signers=register).problems == [CLERK_SIGNED]
    found = verify_bundle(bundle, root, signers=register, audit_keys=keys).problems  # type: ignore[arg-type]
    assert CLERK_SIGNED in found
    assert any(p.startswith("The audit checkpoint at entry ") and
               p.endswith("is not signed by the institution's pinned audit key.")
               for p in found), found
    rc, out = _cli(tmp_path / "none" / "permit-desk.db", bundle, "--trust", certs["root_pem"],
                   "--signer", certs["head_pem"], "--audit-key", tmp_path / "audit-key.pem")
    assert rc == 1 and "not signed by the institution's pinned audit key" in out


def test_trust_audit_key_commands(store: StoreFixture, bundle: Path, tmp_path: Path) -> None:
    pw = PASSPHRASES["vadovas"]
    mine = tmp_path / "mine.pem"
    out = run_cli(store.path, "vadovas", "trust", "audit-key", "export", str(mine),
                  passphrase=pw)
    assert out.returncode == 0 and mine.read_bytes() == (tmp_path / "audit-key.pem").read_bytes()
    other = tmp_path / "other.pem"
    other.write_bytes(Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    out = run_cli(store.path, "vadovas", "trust", "audit-key", "add", str(other), passphrase=pw)
    assert out.returncode == 0 and "Audit key pinned: " in out.stdout, out.stderr
    fp = out.stdout.split(": ")[1].rstrip(".\n")
    out = run_cli(store.path, "vadovas", "trust", "audit-key", "add", str(mine), passphrase=pw)
    assert out.returncode == 1 and "already pinned" in out.stderr
    out = run_cli(store.path, "vadovas", "trust", "audit-key", "add",
                  str(bundle / "manifest.json"), passphrase=pw)
    assert out.returncode == 1 and "not an audit public key" in out.stderr
    assert out.stderr.count("\n") == 1
    listed = run_cli(store.path, "vadovas", "trust", "audit-key", "list", passphrase=pw).stdout
    assert f"{fp}  pinned" in listed and "this store" in listed
    out = run_cli(store.path, "vadovas", "trust", "audit-key", "remove", fp, passphrase=pw)
    assert out.returncode == 0 and fp in out.stdout
    assert "pinned" not in run_cli(store.path, "vadovas", "trust", "audit-key", "list",
                                   passphrase=pw).stdout
