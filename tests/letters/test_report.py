"""ETSI EN 319 102-1 style reports per signature: the tamper corpus, each with its indication
and sub-indication, the signature level from QC statements, chain, revocation data, JSON and
words."""

from __future__ import annotations

import datetime
import io
import json
import re

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from app.letters.report import (
    ADES,
    ADES_QC,
    INDETERMINATE,
    QES,
    TOTAL_FAILED,
    TOTAL_PASSED,
    report_json,
    report_lines,
    signature_level,
)
from app.letters.sign import sign_letter
from app.letters.signers import LetterSigner, Pkcs12Signer
from app.letters.verify import LetterVerdict, SignerRegister, verify_letter
from tests.letters.conftest import P12_PASSWORD, Pki
from tests.letters.pki import NOW, Issued, make_leaf, write_p12

NAME = "Žydrūnė Šėmaitytė-Ąžuolienė"


def _sign(pdf: bytes, signer: LetterSigner, when: datetime.datetime, **kw: object) -> bytes:
    return sign_letter(pdf, signer, registration_number="7-321", signer_name=NAME,
                       role="Direktorė", when=when, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def signed(approval_pdf: bytes, rsa_signer: Pkcs12Signer,
           signing_time: datetime.datetime) -> bytes:
    return _sign(approval_pdf, rsa_signer, signing_time)


def _only(v: LetterVerdict) -> tuple[str, str]:
    assert len(v.signatures) == 1, v
    r = v.signatures[0]
    return r.indication, r.sub_indication


def test_intact_letter_passes_with_chain_level_and_coverage(signed: bytes, pki: Pki) -> None:
    v = verify_letter(signed, [pki.root.der], pki.crls())
    assert v.ok
    r = v.signatures[0]
    assert (r.indication, r.sub_indication) == (TOTAL_PASSED, "")
    assert r.level == ADES  # the test certificates carry no QC statements
    assert r.signer.startswith(NAME)
    assert [link.subject.split(" (")[0] for link in r.chain] == [
        NAME, "Testinis tarpinis CA", "Testinis šakninis CA"]
    assert [link.trust_anchor for link in r.chain] == [False, False, True]
    # The intermediate's CRL speaks for the signer, the root's for the intermediate.
    assert sorted(rev.issuer.split(" (")[0] for rev in r.revocation) == [
        "Testinis tarpinis CA", "Testinis šakninis CA"]
    assert r.revocation_checked
    assert r.coverage == "ENTIRE_FILE"
    assert r.codes == ()


def test_byte_flipped_in_signed_content_is_hash_failure(signed: bytes, pki: Pki) -> None:
    bad = bytearray(signed)
    bad[signed.index(b"stream\n", 2000) + 40] ^= 0x01
    v = verify_letter(bytes(bad), [pki.root.der])
    assert not v.ok
    assert _only(v) == (TOTAL_FAILED, "HASH_FAILURE")


def _contents_hex(data: bytes) -> tuple[int, int]:
    """Start and end (before the zero padding) of the signature's hex /Contents."""
    m = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", data)
    assert m is not None
    end = m.start(1) + len(m.group(1).rstrip(b"0"))
    return m.start(1), end


def test_byte_flipped_in_signature_value_is_sig_crypto_failure(signed: bytes, pki: Pki) -> None:
    # The signature value is the last thing in the CMS structure, before the zero padding.
    _, end = _contents_hex(signed)
    bad = bytearray(signed)
    pos = end - 20
    bad[pos] = ord("1") if bad[pos] != ord("1") else ord("2")
    v = verify_letter(bytes(bad), [pki.root.der])
    assert not v.ok
    assert _only(v) == (TOTAL_FAILED, "SIG_CRYPTO_FAILURE")


def test_damaged_signature_structure_is_format_failure(signed: bytes, pki: Pki) -> None:
    start, _ = _contents_hex(signed)
    bad = bytearray(signed)
    bad[start:start + 4] = b"ffff"  # no longer a DER sequence
    v = verify_letter(bytes(bad), [pki.root.der])
    assert not v.ok
    assert _only(v) == (TOTAL_FAILED, "FORMAT_FAILURE")


def test_incremental_update_is_sig_constraints_failure(signed: bytes, pki: Pki) -> None:
    w = IncrementalPdfFileWriter(io.BytesIO(signed))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    annot = w.add_object(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/FreeText"),
        generic.pdf_name("/Rect"): generic.ArrayObject(map(generic.FloatObject,
                                                           (100, 100, 300, 130))),
        generic.pdf_name("/Contents"): generic.TextStringObject("Leidimas iki 2030 m."),
        generic.pdf_name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
    }))
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(annot)
    page["/Annots"] = annots
    w.update_container(page)
    out = io.BytesIO()
    w.write(out)
    v = verify_letter(out.getvalue(), [pki.root.der])
    assert not v.ok
    # The signed revision is intact; what follows it is not signed.
    assert _only(v) == (INDETERMINATE, "SIG_CONSTRAINTS_FAILURE")
    assert v.signatures[0].coverage == "ENTIRE_REVISION"


@pytest.mark.parametrize("cut", [100, 1000, 5000])
def test_truncated_letter_is_hash_failure(signed: bytes, pki: Pki, cut: int) -> None:
    v = verify_letter(signed[:-cut], [pki.root.der])
    assert not v.ok
    assert _only(v) == (TOTAL_FAILED, "HASH_FAILURE")


def test_untrusted_root_is_no_certificate_chain_found(approval_pdf: bytes, pki: Pki,
                                                      signing_time: datetime.datetime) -> None:
    stranger = Pkcs12Signer.load(pki.stranger_p12, P12_PASSWORD)
    v = verify_letter(_sign(approval_pdf, stranger, signing_time), [pki.root.der])
    assert not v.ok
    assert _only(v) == (INDETERMINATE, "NO_CERTIFICATE_CHAIN_FOUND")
    # The chain is still shown as far as the letter's certificates lead, with no anchor.
    chain = v.signatures[0].chain
    assert chain and chain[0].subject.startswith("Svetimas Pasirašantysis")
    assert not any(link.trust_anchor for link in chain)


def test_expired_certificate_is_out_of_bounds_no_poe(signed: bytes, pki: Pki) -> None:
    # Checked after the signing certificate expired: the letter's time is only claimed,
    # nothing proves it was signed while the certificate was valid.
    later = NOW + datetime.timedelta(days=800)
    v = verify_letter(signed, [pki.root.der], at=later)
    assert not v.ok
    assert _only(v) == (INDETERMINATE, "OUT_OF_BOUNDS_NO_POE")


def test_revoked_certificate_is_revoked_no_poe(signed: bytes, pki: Pki) -> None:
    v = verify_letter(signed, [pki.root.der], pki.crls(pki.rsa_leaf))
    assert not v.ok
    assert _only(v) == (INDETERMINATE, "REVOKED_NO_POE")
    assert {rev.source for rev in v.signatures[0].revocation} == {"workstation"}


def test_revocation_from_the_letter_is_named(approval_pdf: bytes, rsa_signer: Pkcs12Signer,
                                             pki: Pki,
                                             signing_time: datetime.datetime) -> None:
    v = verify_letter(_sign(approval_pdf, rsa_signer, signing_time, crls=pki.crls()),
                      [pki.root.der])
    assert _only(v) == (TOTAL_PASSED, "")
    assert {rev.source for rev in v.signatures[0].revocation} == {"letter"}


def test_no_crl_says_revocation_not_checked(signed: bytes, pki: Pki) -> None:
    r = verify_letter(signed, [pki.root.der]).signatures[0]
    assert not r.revocation_checked and r.revocation == ()
    words = {str(k): str(v) for k, v in report_lines(r)}
    assert words["Revocation data"].startswith("none: the revocation status was not checked")


def test_signer_not_authorised_is_chain_constraints_failure(signed: bytes, pki: Pki) -> None:
    other = SignerRegister.of_certificates([pki.ec_leaf.der])
    v = verify_letter(signed, [pki.root.der], signers=other)
    assert not v.ok
    assert v.codes == ("not_authorised",)
    assert _only(v) == (INDETERMINATE, "CHAIN_CONSTRAINTS_FAILURE")
    assert _only(verify_letter(signed, [pki.root.der], signers=SignerRegister())) == (
        INDETERMINATE, "CHAIN_CONSTRAINTS_FAILURE")
    mine = SignerRegister.of_certificates([pki.rsa_leaf.der])
    assert _only(verify_letter(signed, [pki.root.der], signers=mine)) == (TOTAL_PASSED, "")


def test_unsigned_letter_has_no_signature_report(approval_pdf: bytes, pki: Pki) -> None:
    v = verify_letter(approval_pdf, [pki.root.der])
    assert v.codes == ("unsigned",) and v.signatures == ()
    assert report_json(v)["signatures"] == []


def _qc_statements(*ids: str) -> x509.UnrecognizedExtension:
    from pyhanko.sign.ades.qualified_asn1 import QcStatement, QcStatements

    der = QcStatements([QcStatement({"statement_id": i}) for i in ids]).dump()
    return x509.UnrecognizedExtension(x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3"), der)


def _with_qc(leaf: Issued, issuer: Issued, *ids: str) -> Issued:
    """The leaf re-issued with QC statements (ETSI EN 319 412-5)."""
    b = (x509.CertificateBuilder().subject_name(leaf.cert.subject)
         .issuer_name(leaf.cert.issuer).public_key(leaf.key.public_key())
         .serial_number(x509.random_serial_number())
         .not_valid_before(leaf.cert.not_valid_before_utc)
         .not_valid_after(leaf.cert.not_valid_after_utc))
    for ext in leaf.cert.extensions:
        b = b.add_extension(ext.value, ext.critical)
    b = b.add_extension(_qc_statements(*ids), critical=False)
    return Issued(leaf.key, b.sign(issuer.key, hashes.SHA256()))


def test_signature_level_from_qc_statements(pki: Pki) -> None:
    def level(issued: Issued) -> str:
        return signature_level(asn1_x509.Certificate.load(issued.der))

    assert level(pki.ec_leaf) == ADES
    assert level(_with_qc(pki.ec_leaf, pki.intermediate, "0.4.0.1862.1.1")) == ADES_QC
    assert level(_with_qc(pki.ec_leaf, pki.intermediate, "0.4.0.1862.1.1",
                          "0.4.0.1862.1.4", "0.4.0.1862.1.6")) == QES
    # Declaring a signature creation device without being qualified is not QES.
    assert level(_with_qc(pki.ec_leaf, pki.intermediate, "0.4.0.1862.1.4")) == ADES


def test_qualified_letter_reports_qes_in_json_and_words(
        approval_pdf: bytes, pki: Pki, signing_time: datetime.datetime,
        tmp_path: object) -> None:
    from pathlib import Path

    leaf = _with_qc(make_leaf("Kvalifikuota Vadovė", pki.intermediate), pki.intermediate,
                    "0.4.0.1862.1.1", "0.4.0.1862.1.4")
    p12 = write_p12(Path(str(tmp_path)) / "qes.p12", leaf, [pki.intermediate, pki.root],
                    P12_PASSWORD)
    signed = _sign(approval_pdf, Pkcs12Signer.load(p12, P12_PASSWORD), signing_time)
    v = verify_letter(signed, [pki.root.der], pki.crls())
    assert v.ok
    data = json.loads(json.dumps(report_json(v)))
    sig = data["signatures"][0]
    assert sig["indication"] == "TOTAL_PASSED" and sig["sub_indication"] is None
    assert sig["signature_level"] == "QES"
    assert sig["signing_time"] == signing_time.isoformat()
    assert [c["trust_anchor"] for c in sig["certificate_chain"]] == [False, False, True]
    assert len(sig["revocation"]["data"]) == 2 and sig["coverage"] == "ENTIRE_FILE"
    words = {str(k): str(val) for k, val in report_lines(v.signatures[0])}
    assert words["Result"] == "passed (TOTAL_PASSED)"
    assert words["Signature level"].startswith("qualified electronic signature (QES)")
    assert "Reason" not in words
    assert words["Coverage"] == "covers the whole file"


def test_failed_report_in_words_names_the_reason(signed: bytes, pki: Pki) -> None:
    v = verify_letter(signed, [pki.root.der], pki.crls(pki.rsa_leaf))
    words = {str(k): str(val) for k, val in report_lines(v.signatures[0])}
    assert words["Result"] == "cannot be confirmed (INDETERMINATE)"
    assert words["Reason"].endswith("(REVOKED_NO_POE)")
    data = report_json(v)
    assert data["valid"] is False
    assert data["problems"] == [{"code": "revoked",
                                 "text": "The signing certificate has been revoked."}]
