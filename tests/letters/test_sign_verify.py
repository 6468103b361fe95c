"""Real PAdES signatures made with test certificates, verified offline, and a tamper corpus."""

from __future__ import annotations

import datetime
import io
import subprocess
import sys
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pypdf import PdfReader

from app.letters.sign import sign_letter
from app.letters.signers import (
    CertificateNotValidError,
    CertificateUsageError,
    LetterSigner,
    LetterSigningError,
    Pkcs12Signer,
    SigningFileMissingError,
    WrongPasswordError,
)
from app.letters.verify import verify_letter
from tests.letters.conftest import P12_PASSWORD, Pki

ROOT = Path(__file__).resolve().parents[2]
REG = "7-123"
NAME = "Žydrūnė Šėmaitytė-Ąžuolienė"


def _sign(pdf: bytes, signer: LetterSigner, when: datetime.datetime, **kw: object) -> bytes:
    return sign_letter(pdf, signer, registration_number=REG, signer_name=NAME,
                       role="Direktorė", when=when, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def signed_rsa(approval_pdf: bytes, rsa_signer: Pkcs12Signer,
               signing_time: datetime.datetime) -> bytes:
    return _sign(approval_pdf, rsa_signer, signing_time)


def test_rsa_signature_verifies(signed_rsa: bytes, pki: Pki,
                                signing_time: datetime.datetime) -> None:
    v = verify_letter(signed_rsa, [pki.root.der], [])
    assert v.ok, v.problems
    assert v.problems == ()
    assert v.coverage == "ENTIRE_FILE"
    assert v.signer_name == NAME
    assert v.registration_number == REG
    assert v.signing_time == signing_time


def test_ec_signature_verifies_with_pem_root(approval_pdf: bytes, ec_signer: Pkcs12Signer,
                                             pki: Pki, signing_time: datetime.datetime) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    signed = _sign(approval_pdf, ec_signer, signing_time)
    v = verify_letter(signed, [pki.root.cert.public_bytes(Encoding.PEM)], [])
    assert v.ok, v.problems
    assert v.signer_name == "Ąžuolas Čiūželis"


def test_pss_signature_verifies(approval_pdf: bytes, pki: Pki,
                                signing_time: datetime.datetime) -> None:
    signer = Pkcs12Signer.load(pki.rsa_p12, P12_PASSWORD, prefer_pss=True)
    signed = _sign(approval_pdf, signer, signing_time)
    assert verify_letter(signed, [pki.root.der]).ok


def test_signed_letter_keeps_pdfa_metadata_and_stamp(signed_rsa: bytes) -> None:
    reader = PdfReader(io.BytesIO(signed_rsa))
    root = reader.trailer["/Root"]
    xml = root["/Metadata"].get_object().get_data().decode("utf-8")
    # The signing revision leaves the packet as rendered (pyHanko would rename the PDF-LT
    # prefixes and turn http text into rdf:resource); the facts must survive.
    assert "<pdfaid:part>2</pdfaid:part>" in xml
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xml
    assert "<permitdesk:RegistrationNumber>7-123</permitdesk:RegistrationNumber>" in xml
    assert "<pdfaSchema:prefix>permitdesk</pdfaSchema:prefix>" in xml
    assert "<pdfaSchema:prefix>LTUd</pdfaSchema:prefix>" in xml
    assert "rdf:resource" not in xml, "every extension schema value must stay Text"
    info = reader.metadata
    assert info is not None
    assert f"<pdf:Producer>{info.producer}</pdf:Producer>" in xml
    assert "/OutputIntents" in root
    annots = [a.get_object() for a in reader.pages[-1]["/Annots"]]
    widget = next(a for a in annots if a.get("/FT") == "/Sig")
    assert int(widget["/F"]) & 4, "the stamp must print (PDF/A)"
    assert "/AP" in widget
    assert len(signed_rsa) <= 100_000
    assert b"/JavaScript" not in signed_rsa and b"/URI" not in signed_rsa


def _fonts_in(xobj: object, seen: set[int]) -> list[object]:
    obj = xobj.get_object()  # type: ignore[attr-defined]
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    res = obj.get("/Resources")
    if res is None:
        return []
    res = res.get_object()
    fonts = [f.get_object() for f in res.get("/Font", {}).values()]
    for sub in res.get("/XObject", {}).values():
        fonts += _fonts_in(sub, seen)
    return fonts


def test_stamp_uses_only_embedded_fonts(signed_rsa: bytes) -> None:
    reader = PdfReader(io.BytesIO(signed_rsa))
    widget = next(a.get_object() for a in reader.pages[-1]["/Annots"]
                  if a.get_object().get("/FT") == "/Sig")
    fonts = _fonts_in(widget["/AP"]["/N"], set())
    assert fonts, "the stamp draws text, so it must carry a font"
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


def test_stamp_text_renders_with_diacritics(signed_rsa: bytes) -> None:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=signed_rsa,
                          capture_output=True, check=True).stdout.decode()
    # pdftotext does not read widget appearances; render the stamp's own PDF instead.
    from app.letters.sign import stamp_pdf

    stamp = stamp_pdf([f"Pasirašė: {NAME}", "Reg. Nr. 7-123"], 210, 50)
    stamp_text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=stamp,
                                capture_output=True, check=True).stdout.decode()
    assert f"Pasirašė: {NAME}" in stamp_text
    assert NAME in text


def test_untrusted_root_is_rejected(approval_pdf: bytes, pki: Pki,
                                    signing_time: datetime.datetime) -> None:
    stranger = Pkcs12Signer.load(pki.stranger_p12, P12_PASSWORD)
    signed = _sign(approval_pdf, stranger, signing_time)
    v = verify_letter(signed, [pki.root.der])
    assert not v.ok
    assert "The signing certificate does not lead to a trusted root." in v.problems


def test_one_flipped_byte_in_signed_content_is_rejected(signed_rsa: bytes, pki: Pki) -> None:
    i = signed_rsa.index(b"Asmuo") if b"Asmuo" in signed_rsa else len(signed_rsa) // 3
    # Flip a byte inside the first (compressed) content stream region.
    pos = signed_rsa.index(b"stream\n", 2000) + 40
    for target in (pos, i):
        bad = bytearray(signed_rsa)
        bad[target] ^= 0x01
        v = verify_letter(bytes(bad), [pki.root.der])
        assert not v.ok
        assert v.problems


def test_incremental_update_after_signing_is_rejected(signed_rsa: bytes, pki: Pki) -> None:
    w = IncrementalPdfFileWriter(io.BytesIO(signed_rsa))
    page_ref = w.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    annot = w.add_object(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/FreeText"),
        generic.pdf_name("/Rect"): generic.ArrayObject(map(generic.FloatObject,
                                                           (100, 100, 300, 130))),
        generic.pdf_name("/Contents"): generic.TextStringObject("Leidimas suteiktas iki 2030 m."),
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
    assert v.coverage != "ENTIRE_FILE"
    assert "Something was added to the letter after it was signed." in v.problems


def test_appended_bytes_are_rejected(signed_rsa: bytes, pki: Pki) -> None:
    v = verify_letter(signed_rsa + b"\n% appended\n", [pki.root.der])
    assert not v.ok


@pytest.mark.parametrize("cut", [100, 5000, 40_000])
def test_truncated_file_is_rejected_without_traceback(signed_rsa: bytes, pki: Pki,
                                                      cut: int) -> None:
    v = verify_letter(signed_rsa[:-cut], [pki.root.der])
    assert not v.ok
    assert v.problems and all(p.endswith(".") for p in v.problems)


@pytest.mark.parametrize("data", [b"", b"garbage", b"%PDF-1.7\n%%EOF\n", bytes(range(256)) * 40])
def test_garbage_is_rejected(data: bytes, pki: Pki) -> None:
    v = verify_letter(data, [pki.root.der])
    assert not v.ok
    assert v.problems


def test_unsigned_letter_is_reported(approval_pdf: bytes, pki: Pki) -> None:
    v = verify_letter(approval_pdf, [pki.root.der])
    assert not v.ok
    assert v.problems == ("The letter carries no signature.",)
    assert v.registration_number == REG


def test_revoked_leaf_fails_verification(signed_rsa: bytes, pki: Pki) -> None:
    v = verify_letter(signed_rsa, [pki.root.der], pki.crls(pki.rsa_leaf))
    assert not v.ok
    assert "The signing certificate has been revoked." in v.problems
    # The same letter with CRLs that do not list it passes.
    assert verify_letter(signed_rsa, [pki.root.der], pki.crls()).ok


def test_b_lt_embeds_the_crls(approval_pdf: bytes, rsa_signer: Pkcs12Signer, pki: Pki,
                              signing_time: datetime.datetime) -> None:
    crls = pki.crls()
    signed = _sign(approval_pdf, rsa_signer, signing_time, crls=crls)
    reader = PdfReader(io.BytesIO(signed))
    dss = reader.trailer["/Root"]["/DSS"]
    embedded = {c.get_object().get_data() for c in dss["/CRLs"]}
    assert set(crls) <= embedded
    v = verify_letter(signed, [pki.root.der])  # revocation from the embedded CRLs only
    assert v.ok, v.problems
    assert v.coverage == "ENTIRE_FILE"


def test_signing_with_revoked_certificate_and_crls_is_refused(
        approval_pdf: bytes, rsa_signer: Pkcs12Signer, pki: Pki,
        signing_time: datetime.datetime) -> None:
    with pytest.raises(LetterSigningError):
        _sign(approval_pdf, rsa_signer, signing_time, crls=pki.crls(pki.rsa_leaf))


def test_expired_certificate_is_refused_at_load(pki: Pki) -> None:
    with pytest.raises(CertificateNotValidError, match="expired"):
        Pkcs12Signer.load(pki.expired_p12, P12_PASSWORD)


def test_not_yet_valid_certificate_is_refused_at_load(pki: Pki) -> None:
    with pytest.raises(CertificateNotValidError, match="not valid until"):
        Pkcs12Signer.load(pki.not_yet_p12, P12_PASSWORD)


def test_certificate_without_signing_usage_is_refused(pki: Pki) -> None:
    with pytest.raises(CertificateUsageError, match="not meant for signing"):
        Pkcs12Signer.load(pki.no_usage_p12, P12_PASSWORD)


def test_wrong_password_is_named(pki: Pki) -> None:
    with pytest.raises(WrongPasswordError, match="password"):
        Pkcs12Signer.load(pki.rsa_p12, "neteisingas")


def test_missing_and_non_pkcs12_files(pki: Pki, tmp_path: object) -> None:
    from pathlib import Path

    d = Path(str(tmp_path))
    with pytest.raises(SigningFileMissingError, match="does not exist"):
        Pkcs12Signer.load(d / "nera.p12", P12_PASSWORD)
    (d / "bad.p12").write_bytes(b"not a certificate")
    with pytest.raises(SigningFileMissingError, match="not a PKCS#12"):
        Pkcs12Signer.load(d / "bad.p12", P12_PASSWORD)


def test_garbage_input_to_sign_raises_and_returns_nothing(rsa_signer: Pkcs12Signer,
                                                          signing_time: datetime.datetime
                                                          ) -> None:
    with pytest.raises(LetterSigningError, match="not a readable PDF"):
        _sign(b"%PDF-1.7 broken", rsa_signer, signing_time)


def test_naive_signing_time_is_refused(approval_pdf: bytes, rsa_signer: Pkcs12Signer) -> None:
    with pytest.raises(ValueError, match="time zone"):
        _sign(approval_pdf, rsa_signer, datetime.datetime(2026, 11, 25, 12, 0))


def test_verification_at_a_time_after_expiry_fails(signed_rsa: bytes, pki: Pki) -> None:
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=4000)
    v = verify_letter(signed_rsa, [pki.root.der], at=later)
    assert not v.ok


@pytest.mark.parametrize("p12", ["rsa_p12", "ec_p12"])
def test_later_signatures_from_the_cms_template_verify(approval_pdf: bytes, pki: Pki,
                                                       signing_time: datetime.datetime,
                                                       p12: str) -> None:
    # The first signature is pyHanko's own container; later ones are spliced from it.
    signer = Pkcs12Signer.load(getattr(pki, p12), P12_PASSWORD)
    letters = [_sign(approval_pdf, signer, signing_time + datetime.timedelta(seconds=i))
               for i in range(3)]
    assert len(set(letters)) == 3
    for i, signed in enumerate(letters):
        v = verify_letter(signed, [pki.root.der], pki.crls())
        assert v.ok, (i, v.problems)
        assert v.signing_time == signing_time + datetime.timedelta(seconds=i)


def test_signed_letter_info_and_xmp_dates_agree(signed_rsa: bytes) -> None:
    import re

    reader = PdfReader(io.BytesIO(signed_rsa))
    info = reader.metadata
    assert info is not None and info.modification_date is not None
    xml = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    m = re.search(r"<xmp:ModifyDate>([^<]+)</xmp:ModifyDate>", xml)
    assert m is not None
    assert datetime.datetime.fromisoformat(m.group(1)) == info.modification_date


def test_letters_core_does_not_import_qt() -> None:
    code = ("import sys, app.letters.render, app.letters.sign, app.letters.verify, "
            "app.letters.signers; sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def _stamp_streams(signed: bytes) -> bytes:
    reader = PdfReader(io.BytesIO(signed))
    widget = next(a.get_object() for a in reader.pages[-1]["/Annots"]
                  if a.get_object().get("/FT") == "/Sig")
    out, todo = [], [widget["/AP"]["/N"].get_object()]
    while todo:
        x = todo.pop()
        out.append(x.get_data())
        todo += [v.get_object() for v in x.get("/Resources", {}).get("/XObject", {}).values()]
    return b"\n".join(out)


@pytest.mark.parametrize("number", ["7-123", "S-2026/45.A", "7-ą"])
def test_stamp_carries_this_letters_time_and_number(approval_pdf: bytes,
                                                    ec_signer: Pkcs12Signer,
                                                    number: str) -> None:
    # Two letters with the same signer: the second stamp comes from the cached template
    # (unless the number has characters the template cannot hold, like "ą").
    # The stamp reads Vilnius time with its offset, whatever zone the clock gave.
    for when, seen in ((datetime.datetime(2026, 11, 25, 9, 1, 2, tzinfo=datetime.UTC),
                        "2026-11-25 11:01:02 +02:00"),
                       (datetime.datetime(2026, 12, 31, 23, 59, 58, tzinfo=datetime.UTC),
                        "2027-01-01 01:59:58 +02:00")):
        signed = sign_letter(approval_pdf, ec_signer, registration_number=number,
                             signer_name=NAME, role="Direktorė", when=when)
        streams = _stamp_streams(signed)
        assert f"Data ir laikas: {seen}".encode() in streams
        if number.isascii():
            assert f"Reg. Nr. {number}".encode() in streams
        assert b"~" not in streams and b"^" not in streams
        assert len(signed) <= 100_000


@pytest.mark.parametrize(("when", "seen"), [
    (datetime.datetime(2026, 3, 29, 0, 59, 59, tzinfo=datetime.UTC), "2026-03-29 02:59:59 +02:00"),
    (datetime.datetime(2026, 3, 29, 1, 0, 0, tzinfo=datetime.UTC), "2026-03-29 04:00:00 +03:00"),
    (datetime.datetime(2026, 10, 25, 0, 59, 59, tzinfo=datetime.UTC),
     "2026-10-25 03:59:59 +03:00"),
    (datetime.datetime(2026, 10, 25, 1, 0, 0, tzinfo=datetime.UTC), "2026-10-25 03:00:00 +02:00"),
])
def test_stamp_time_is_vilnius_across_daylight_saving_changes(approval_pdf: bytes,
                                                               ec_signer: Pkcs12Signer,
                                                               when: datetime.datetime,
                                                               seen: str) -> None:
    """One clock for people (issue 13, point 6): the stamp said "+0000" (the workstation's
    zone) while the screens said Vilnius time."""
    signed = sign_letter(approval_pdf, ec_signer, registration_number="7-1", signer_name=NAME,
                         role="Direktorė", when=when)
    assert f"Data ir laikas: {seen}".encode() in _stamp_streams(signed)
