"""PDF-LT-V1.0 level A letters, read back with pypdf and lxml (never with our writer's code)."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from lxml import etree
from pypdf import PdfReader

from app.domain.enums import LetterKind
from app.letters.pdflt import LEVEL_SCHEME, LTUD, LTUD_ENT, LTUD_REG, check_pdf_lt
from app.letters.render import render_letter
from app.letters.samples import sample_letter
from app.letters.sign import sign_letter
from app.letters.signers import Pkcs12Signer
from app.services import letters
from app.store.models import Setting
from tests.conftest import StoreFixture
from tests.letters.pki import make_ca, make_leaf, write_p12
from tests.test_cli_staff import failed, run
from tests.test_cli_workflow import _new, code  # noqa: F401 - the fixture

NS = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "dc": "http://purl.org/dc/elements/1.1/",
      "xmp": "http://ns.adobe.com/xap/1.0/", "xmpidq": "http://ns.adobe.com/xmp/Identifier/qual/1.0/",
      "LTUd": LTUD, "LTUdEnt": LTUD_ENT, "LTUdReg": LTUD_REG,
      "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#", "pdfaid": "http://www.aiim.org/pdfa/ns/id/"}


def _xmp(pdf: bytes) -> etree._Element:
    data = PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Metadata"].get_object().get_data()
    start, end = data.find(b"<x:xmpmeta"), data.rfind(b"</x:xmpmeta>") + len(b"</x:xmpmeta>")
    return etree.fromstring(data[start:end])


def _one(xml: etree._Element, path: str) -> str:
    found = xml.xpath(path, namespaces=NS)
    assert len(found) == 1, (path, found)
    return str(found[0]).strip()


def assert_level_a(pdf: bytes, *, institution: str, legal_code: str, number: str, recipient: str,
                   role: str) -> None:
    """Every requirement of issue 14 section 1, read with pypdf and lxml."""
    assert pdf.startswith(b"%PDF-1.7")
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    ext = root["/Extensions"]["/LTUd"]
    assert ext["/BaseVersion"] == "/1.7" and ext["/ExtensionLevel"] == 1
    assert "/EmbeddedFiles" not in (root.get("/Names") or {})
    assert root["/Pages"]["/Type"] == "/Pages" and len(reader.pages) >= 1
    assert "/Perms" not in root  # no DocMDP certification, no usage rights
    xml = _xmp(pdf)
    d = "//rdf:Description"
    assert int(_one(xml, f"{d}/pdfaid:part/text()")) >= 2
    assert _one(xml, f"{d}/LTUd:standardVersion/text()") == "PDF-LT-V1.0"
    ident = f"{d}/xmp:Identifier/rdf:Bag/rdf:li"
    assert _one(xml, f"{ident}/rdf:value/text()") == "A"
    assert _one(xml, f"{ident}/xmpidq:Scheme/text()") == LEVEL_SCHEME
    author = f"{d}/LTUd:authors/rdf:Seq/rdf:li"
    assert _one(xml, f"{author}/LTUdEnt:individual/text()") == "False"
    assert _one(xml, f"{author}/LTUdEnt:name/text()") == institution
    assert _one(xml, f"{author}/LTUdEnt:code/text()") == legal_code
    assert _one(xml, f"{author}/LTUdEnt:address/text()")
    assert _one(xml, f"{d}/dc:creator/rdf:Seq/rdf:li/text()") == institution
    rec = f"{d}/LTUd:recipients/rdf:Seq/rdf:li"
    assert _one(xml, f"{rec}/LTUdEnt:individual/text()") == "True"
    assert _one(xml, f"{rec}/LTUdEnt:name/text()") == recipient
    assert not xml.xpath(f"{rec}/LTUdEnt:code", namespaces=NS), "no personal code by default"
    reg = f"{d}/LTUd:registration"
    assert _one(xml, f"{reg}/LTUdReg:number/text()") == number
    assert _one(xml, f"{reg}/LTUdReg:code/text()") == legal_code
    datetime.date.fromisoformat(_one(xml, f"{reg}/LTUdReg:date/text()"))
    langs = xml.xpath(f"{d}/dc:title/rdf:Alt/rdf:li/@xml:lang", namespaces=NS)
    assert {"x-default", "lt-LT", "en"} <= set(langs)
    assert _one(xml, f"{d}/dc:language/rdf:Bag/rdf:li/text()") in ("lt", "en")
    described = {str(u).strip() for u in xml.xpath("//pdfaSchema:namespaceURI/text()",
                                                    namespaces=NS)}
    assert {LTUD, LTUD_ENT, LTUD_REG} <= described
    prefixes = {str(p) for p in xml.xpath("//pdfaSchema:prefix/text()", namespaces=NS)}
    assert {"LTUd", "LTUdEnt", "LTUdReg"} <= prefixes
    sigs = [a.get_object()["/V"].get_object() for a in reader.pages[-1]["/Annots"]
            if a.get_object().get("/FT") == "/Sig"]
    assert sigs
    for sig in sigs:
        for key in ("/Name", "/Reason", "/M", "/Contents", "/LTUd_SignerNotes"):
            assert key in sig, key
        assert sig["/SubFilter"] == "/ETSI.CAdES.detached"
        assert sig["/LTUd_Role"] == role
    assert check_pdf_lt(pdf).level == "A"


def test_a_signed_sample_letter_is_level_a_and_keeps_it_after_signing(
        rsa_signer: Pkcs12Signer, signing_time: datetime.datetime) -> None:
    content = sample_letter(LetterKind.APPROVAL, "lt")
    unsigned = render_letter(content)
    report = check_pdf_lt(unsigned)
    # Unsigned, it already carries every metadata requirement.
    assert report.level == "A", report
    signed = sign_letter(unsigned, rsa_signer, registration_number=content.registration_number,
                         signer_name="Jonas", role="Direktorius", when=signing_time,
                         ltud_role="Direktoriaus pavaduotojas, pavaduojantis vadovą")
    assert_level_a(signed, institution=content.letterhead.institution_name,
                   legal_code=content.letterhead.institution_code,
                   number=content.registration_number,
                   recipient=content.addressee_name,
                   role="Direktoriaus pavaduotojas, pavaduojantis vadovą")


def test_any_pdf_gets_a_level_with_each_missing_requirement_named() -> None:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pdfVersion=(1, 4))
    c.drawString(100, 100, "plain")
    c.showPage()
    c.save()
    report = check_pdf_lt(buf.getvalue())
    assert report.level == "none"
    assert "file header %PDF-1.7" in report.missing_for_b
    assert any("Extensions /LTUd" in m for m in report.missing_for_b)
    assert "XMP metadata" in report.missing_for_a
    assert check_pdf_lt(b"not a pdf").level == "none"


def _signer_set(store: StoreFixture, tmp_path: Path) -> tuple[Path, Path]:
    root = make_ca("Testinis CA")
    leaf = make_leaf("Jonas Žukauskas", root)
    p12 = write_p12(tmp_path / "vadovas.p12", leaf, [root], "slaptas-1")
    (tmp_path / "root.pem").write_bytes(root.cert.public_bytes(Encoding.PEM))
    (tmp_path / "leaf.pem").write_bytes(leaf.cert.public_bytes(Encoding.PEM))
    assert run(store, "vadovas", "signer", "set", "--pkcs12", p12).returncode == 0
    return tmp_path / "root.pem", tmp_path / "leaf.pem"


def _titles(pdf: bytes) -> dict[str, str]:
    xml = etree.fromstring(PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Metadata"]
                           .get_object().get_data())
    return {str(li.get("{http://www.w3.org/XML/1998/namespace}lang")): li.text or ""
            for li in xml.iterfind(".//{http://purl.org/dc/elements/1.1/}title//"
                                   "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li")}


def test_a_letter_signed_by_the_command_line_is_level_a_and_verify_says_so(
        store: StoreFixture, code: str, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    root_pem, leaf_pem = _signer_set(store, tmp_path)
    rid = _new(store, code)
    run(store, "rastine", "request", "submit", str(rid))
    monkeypatch.setenv("PERMIT_DESK_PIN", "slaptas-1")
    done = run(store, "vadovas", "request", "decide", str(rid), "--approve")
    assert done.returncode == 0, done.stderr
    head = store.as_user("vadovas")
    try:
        info = letters.list_letters(head)[0]
        pdf = letters.letter_pdf(head, info.id)
    finally:
        head.lock()
    assert_level_a(pdf, institution="Valstybės saugumo departamentas", legal_code="188692688",
                   number="7-1", recipient="Jonas Žukauskas", role="Įstaigos vadovas")
    titles = _titles(pdf)  # the English title names the countries in English
    assert titles["lt-LT"].startswith("7-1 DĖL LEIDIMO VYKTI Į BALTARUSIJOS"), titles
    assert titles["en"].startswith("7-1 PERMISSION TO TRAVEL TO BELARUS"), titles
    path = tmp_path / "7-1.pdf"
    path.write_bytes(pdf)
    out = run(store, "inspektorius", "verify", str(path), "--trust", str(root_pem),
              "--signer", str(leaf_pem))
    assert "PDF-LT:       level A (PDF-LT-V1.0)" in out.stdout, out.stdout + out.stderr
    assert "Signature 1 (ETSI TOTAL_PASSED):" in out.stdout  # the per-signature report
    assert "  Signature level: advanced electronic signature (AdES)" in out.stdout
    js = run(store, "inspektorius", "verify", str(path), "--trust", str(root_pem),
             "--signer", str(leaf_pem), "--json")
    report = json.loads(js.stdout)
    assert report["pdf_lt"] == {"level": "A", "missing_for_b": [], "missing_for_a": []}
    assert report["valid"] is True and js.returncode == 0
    [sig] = report["signatures"]
    assert (sig["indication"], sig["sub_indication"]) == ("TOTAL_PASSED", None)
    assert sig["certificate_chain"][-1]["trust_anchor"] is True


def test_signing_without_the_legal_entity_code_is_refused_and_records_nothing(
        store: StoreFixture, code: str, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    _signer_set(store, tmp_path)
    with store.head.store.session() as s:
        row = s.get(Setting, "institution.code")
        assert row is not None
        row.value = ""
        s.commit()
    rid = _new(store, code)
    run(store, "rastine", "request", "submit", str(rid))
    monkeypatch.setenv("PERMIT_DESK_PIN", "slaptas-1")
    failed(run(store, "vadovas", "request", "decide", str(rid), "--approve"),
           "legal entity code (Settings, Institution)")
    head = store.as_user("vadovas")
    try:
        assert letters.list_letters(head) == []
    finally:
        head.lock()



def test_the_addressees_personal_code_goes_into_the_metadata_only_when_asked(
        store: StoreFixture, code: str, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.settings import set_setting

    _signer_set(store, tmp_path)
    monkeypatch.setenv("PERMIT_DESK_PIN", "slaptas-1")
    found: list[list[str]] = []
    for flag in ("0", "1"):
        set_setting(store.as_user("admin"), "letters.recipient_code", flag)
        rid = _new(store, code)
        run(store, "rastine", "request", "submit", str(rid))
        assert run(store, "vadovas", "request", "decide", str(rid), "--approve").returncode == 0
        head = store.as_user("vadovas")
        info = next(x for x in letters.letters_for_request(head, rid))
        xml = _xmp(letters.letter_pdf(head, info.id))
        found.append([str(c) for c in xml.xpath(
            "//LTUd:recipients/rdf:Seq/rdf:li/LTUdEnt:code/text()", namespaces=NS)])
    assert found == [[], [code]]  # off by default (data minimisation), on when asked
