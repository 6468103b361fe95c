"""Every tamper with a bundle is caught and named: files changed, removed, added, a letter
swapped for another valid one, the manifest edited or signed by an untrusted key, the
audit excerpt with an entry removed or edited."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from app.exchange.bundle_verify import verify_bundle
from app.exchange.manifest_sign import sign_manifest
from app.letters.signers import Pkcs12Signer
from tests.exchange.test_export import PASSWORD, Office, export, office, pki, trust  # noqa: F401


@pytest.fixture
def bundle(office: Office, tmp_path: Path) -> Path:  # noqa: F811
    out = tmp_path / "bundle"
    export(office, out)
    return out


def problems(path: Path, pki: dict[str, object], key: str = "root_pem") -> list[str]:  # noqa: F811
    report = verify_bundle(path, trust(pki, key))
    assert not report.ok
    return report.problems


def test_intact_bundle_and_its_zip_verify(bundle: Path, pki: dict[str, object],  # noqa: F811
                                          tmp_path: Path) -> None:
    assert verify_bundle(bundle, trust(pki)).ok
    z = tmp_path / "copy.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for f in sorted(bundle.rglob("*")):
            if f.is_file():
                zf.write(f, f.relative_to(bundle).as_posix())
    assert verify_bundle(z, trust(pki)).ok
    # without a trust anchor the signature proves nothing: said, and not valid
    report = verify_bundle(bundle, [])
    assert not report.ok and any("no trust anchor was given" in p for p in report.problems)


def test_one_byte_changed_in_a_csv(bundle: Path, pki: dict[str, object]) -> None:  # noqa: F811
    f = bundle / "csv" / "requests.csv"
    data = bytearray(f.read_bytes())
    data[-5] ^= 0x01
    f.write_bytes(bytes(data))
    assert problems(bundle, pki) == ["csv/requests.csv was changed: its SHA-256 does not match "
                                     "the manifest."]


def test_a_file_removed_and_a_file_added(bundle: Path, pki: dict[str, object]) -> None:  # noqa: F811
    (bundle / "jsonl" / "decisions.jsonl").unlink()
    (bundle / "letters" / "pastaba.txt").write_text("pridėta vėliau")
    assert problems(bundle, pki) == [
        "jsonl/decisions.jsonl is listed in the manifest but missing from the bundle.",
        "letters/pastaba.txt is not listed in the manifest: it was added to the bundle."]


def test_a_letter_replaced_by_a_valid_letter_of_another_period(
        bundle: Path, office: Office, pki: dict[str, object]) -> None:  # noqa: F811
    (bundle / "letters" / "7-1.pdf").write_bytes(office.later_letter_pdf)
    found = problems(bundle, pki)
    assert "letters/7-1.pdf was changed: its size does not match the manifest." in found or \
        "letters/7-1.pdf was changed: its SHA-256 does not match the manifest." in found
    assert "letters/7-1.pdf is letter 7-3, not letter 7-1 that the manifest lists." in found
    assert "letters/7-1.pdf was signed on 2026-12-20, outside the bundle's period " \
        "2026-11-01 – 2026-11-30." in found
    assert not any("signature" in p for p in found)  # the letter itself is validly signed


def test_the_manifest_edited(bundle: Path, pki: dict[str, object]) -> None:  # noqa: F811
    m = bundle / "manifest.json"
    manifest = json.loads(m.read_text("utf-8"))
    gone = next(f for f in manifest["files"] if f["path"] == "letters/7-2.pdf")
    manifest["files"].remove(gone)  # hide a letter from the inspector
    m.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", "utf-8")
    found = problems(bundle, pki)
    assert found[0] == "manifest.json was changed after it was signed."
    assert "letters/7-2.pdf is not listed in the manifest: it was added to the bundle." in found


def test_the_manifest_re_signed_by_an_untrusted_key(bundle: Path,
                                                    pki: dict[str, object]) -> None:  # noqa: F811
    m = bundle / "manifest.json"
    with Pkcs12Signer.load(str(pki["stranger"]), PASSWORD) as stranger:
        (bundle / "manifest.json.p7s").write_bytes(sign_manifest(m.read_bytes(), stranger))
    assert problems(bundle, pki) == ["The manifest is signed by Svetimas Asmuo, whose "
                                     "certificate does not lead to a trusted root."]
    # and the signature missing altogether
    (bundle / "manifest.json.p7s").unlink()
    assert problems(bundle, pki) == ["manifest.json.p7s is missing: the manifest is not "
                                     "signed."]


def _audit_lines(bundle: Path) -> list[str]:
    return (bundle / "audit" / "entries.jsonl").read_text("utf-8").splitlines()


def test_audit_excerpt_with_an_entry_removed(bundle: Path, pki: dict[str, object]) -> None:  # noqa: F811
    lines = _audit_lines(bundle)
    seq = json.loads(lines[3])["seq"]
    del lines[3]
    (bundle / "audit" / "entries.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    found = problems(bundle, pki)
    assert found == ["audit/entries.jsonl was changed: its size does not match the manifest.",
                     f"Audit entry {seq} is missing (deleted) in the bundle's excerpt."]


def test_audit_excerpt_with_an_entry_edited(bundle: Path, pki: dict[str, object]) -> None:  # noqa: F811
    lines = _audit_lines(bundle)
    e = json.loads(lines[2])
    e["username"] = "kazkas"
    lines[2] = json.dumps(e, ensure_ascii=False)
    (bundle / "audit" / "entries.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    found = problems(bundle, pki)
    assert f"Audit entry {e['seq']} has been altered (its hash does not match)." in found


def test_audit_excerpt_rewritten_consistently_is_caught_by_the_checkpoint(
        bundle: Path, pki: dict[str, object]) -> None:  # noqa: F811
    """Edit the last entry and recompute its hash: the chain links, the signed checkpoint
    does not match."""
    from app.domain.audit_chain import entry_hash

    lines = _audit_lines(bundle)
    e = json.loads(lines[-1])
    e["after"] = '{"kas":"kita"}'
    e["hash"] = entry_hash(**{k: e[k] for k in ("seq", "at", "username", "acting_for",
                                                 "action", "entity", "entity_id", "before",
                                                 "after", "prev_hash")})
    lines[-1] = json.dumps(e, ensure_ascii=False)
    (bundle / "audit" / "entries.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    found = problems(bundle, pki)
    assert f"The audit chain was rewritten: entry {e['seq']} does not match its signed " \
        "checkpoint." in found


def test_a_damaged_zip_is_named(office: Office, pki: dict[str, object],  # noqa: F811
                                tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    export(office, out)
    assert verify_bundle(out, trust(pki)).ok
    cut = tmp_path / "cut.zip"
    shutil.copy(out, cut)
    with open(cut, "r+b") as f:
        f.truncate(out.stat().st_size // 2)
    assert verify_bundle(cut, trust(pki)).problems == [
        "cut.zip is not a readable zip file: it is damaged or truncated."]


def test_each_letter_carries_its_etsi_result(bundle: Path, pki: dict[str, object]) -> None:  # noqa: F811
    """The bundle's verify uses the same per-signature report as `verify LETTER`."""
    intact = verify_bundle(bundle, trust(pki))
    assert intact.letter_results and {r[1:] for r in intact.letter_results} == {
        ("TOTAL_PASSED", "")}
    f = bundle / "letters" / "7-1.pdf"
    data = bytearray(f.read_bytes())
    at = data.find(b"/Registration")
    data[at if at > 0 else len(data) // 3] ^= 0x01  # inside the signed bytes
    f.write_bytes(bytes(data))
    report = verify_bundle(bundle, trust(pki))
    assert ("letters/7-1.pdf", "TOTAL_FAILED", "HASH_FAILURE") in report.letter_results
