"""Rendered letters read back with pdftotext and pypdf: words, diacritics, layout, PDF/A."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from pypdf import PdfReader

from app.domain.enums import LetterKind
from app.letters.content import format_date
from app.letters.render import letter_text, render_letter
from app.letters.samples import LT_DIACRITICS, sample_letter

KINDS = list(LetterKind)
LANGS = ["lt", "en"]


def pdftotext(pdf: bytes, *layout: str) -> str:
    return subprocess.run(["pdftotext", *layout, "-enc", "UTF-8", "-", "-"], input=pdf,
                          capture_output=True, check=True).stdout.decode("utf-8")


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[LetterKind, str], bytes]:
    return {(k, lang): render_letter(sample_letter(k, lang, deputy=k == LetterKind.DENIAL))  # type: ignore[arg-type]
            for k in KINDS for lang in LANGS}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_lithuanian_letter_comes_back(rendered: dict, kind: LetterKind, lang: str) -> None:
    text = pdftotext(rendered[(kind, lang)])
    for ch in LT_DIACRITICS:
        assert ch in text, f"{ch!r} lost in {kind.value}.{lang}"
    assert "ĄČĘĖĮŠŲŪŽ ąčęėįšųūž" in text
    assert "Žydrūnė Šėmaitytė-Ąžuolienė" in text


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", LANGS)
def test_text_reads_back_word_for_word(rendered: dict, kind: LetterKind, lang: str) -> None:
    letter = sample_letter(kind, lang, deputy=kind == LetterKind.DENIAL)  # type: ignore[arg-type]
    words = pdftotext(rendered[(kind, lang)]).split()
    expected = letter_text(letter)
    body_words = " ".join([expected.title, *expected.paragraphs]).split()
    joined, wanted = " ".join(words), " ".join(body_words)
    assert wanted in joined
    head = " ".join([letter.letterhead.institution_name, letter.letterhead.extra_line])
    assert " ".join(head.split()) in joined
    date = format_date(letter.date, letter.lang, letter.long_date)
    assert f"{date} {'Nr.' if lang == 'lt' else 'No.'} {letter.registration_number}" in joined
    for line in (letter.addressee_name, letter.addressee_position, letter.addressee_unit):
        assert line in joined


def test_signature_block_position_left_name_right_same_line(rendered: dict) -> None:
    layout = pdftotext(rendered[(LetterKind.APPROVAL, "lt")], "-layout")
    line = next(ln for ln in layout.splitlines() if "Žydrūnė Šėmaitytė-Ąžuolienė" in ln)
    assert re.match(r"^\s*Direktorė\s{10,}Žydrūnė Šėmaitytė-Ąžuolienė\s*$", line), line


def test_deputy_signs_for_the_head(rendered: dict) -> None:
    lt = pdftotext(rendered[(LetterKind.DENIAL, "lt")], "-layout")
    assert re.search(r"Direktoriaus pavaduotoja, pavaduojanti direktorių\s+Žydrūnė", lt)
    en = pdftotext(rendered[(LetterKind.DENIAL, "en")], "-layout")
    assert re.search(r"Deputy, for the Head\s+Žydrūnė", en)


def test_foot_says_clock_and_anchors_audit_trail(rendered: dict) -> None:
    text = " ".join(pdftotext(rendered[(LetterKind.WITHDRAWAL, "lt")]).split())
    assert "pagal darbo vietos kompiuterio laikrodį" in text
    assert "Audito žurnalo kontrolinis įrašas Nr. 48213" in text
    assert "9f2c4e7a1b3d5f6e8a0c2e4f" in text.replace(" ", "")


def test_letter_is_small(rendered: dict) -> None:
    for pdf in rendered.values():
        assert len(pdf) <= 100_000


def test_pdfa_markers(rendered: dict) -> None:
    pdf = rendered[(LetterKind.APPROVAL, "lt")]
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    intents = root["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    icc = intent["/DestOutputProfile"].get_object()
    assert icc["/N"] == 3
    profile = icc.get_data()
    assert profile[36:40] == b"acsp" and profile[16:20] == b"RGB "

    xmp = root["/Metadata"].get_object()
    assert "/Filter" not in xmp
    xml = xmp.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xml
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xml
    assert "<permitdesk:RegistrationNumber>7-123</permitdesk:RegistrationNumber>" in xml
    assert "<pdfaSchema:prefix>permitdesk</pdfaSchema:prefix>" in xml
    # PDF-LT: dc:creator (and so the Info author) names the authoring institution.
    assert "<rdf:li>Valstybės įmonė „Šiaurės ūkių žinių centras“</rdf:li>" in xml
    assert "<rdf:li>lt</rdf:li>" in xml
    for tag in ("dc:title", "dc:creator", "dc:description", "dc:language", "dc:date"):
        assert f"<{tag}>" in xml

    meta = reader.metadata
    assert meta is not None
    assert meta.author == "Valstybės įmonė „Šiaurės ūkių žinių centras“"
    assert meta.title is not None and meta.title.startswith("7-123 DĖL LEIDIMO")
    # Info and XMP must agree for PDF/A: the dates and the producer.
    create = re.search(r"<xmp:CreateDate>([^<]+)</xmp:CreateDate>", xml)
    assert create is not None and meta.creation_date is not None
    assert meta.creation_date.isoformat() == create.group(1)
    assert meta.producer and f"<pdf:Producer>{meta.producer}</pdf:Producer>" in xml
    assert root["/Lang"] == "lt"

    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            desc = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in desc, font["/BaseFont"]
            assert "/ToUnicode" in font

    raw = pdf
    assert b"/JavaScript" not in raw and b"/JS" not in raw
    assert b"/URI" not in raw and b"/Launch" not in raw
    assert b"/Encrypt" not in raw
    assert raw[:8] == b"%PDF-1.7"


def test_no_standard_fonts_are_used(rendered: dict) -> None:
    # PDF/A forbids unembedded fonts; check what the page content actually selects.
    for pdf in rendered.values():
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            content = page.get_contents()
            assert content is not None
            used = set(re.findall(rb"/(F\d+(?:\+\d+)?) [\d.]+ Tf", content.get_data()))
            fonts = page["/Resources"]["/Font"]
            for name in used:
                font = fonts["/" + name.decode()].get_object()
                assert "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"]


def test_long_letter_flows_onto_a_second_page() -> None:
    letter = sample_letter(LetterKind.DENIAL, "lt")
    sentence = "Ilgas pagrindimas su įslaptinta informacija susijusiomis aplinkybėmis."
    long_reason = " ".join([sentence] * 60)
    import dataclasses

    pdf = render_letter(dataclasses.replace(letter, fields={**letter.fields,
                                                            "decision_reason": long_reason}))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    assert "Žydrūnė Šėmaitytė-Ąžuolienė" in pdftotext(pdf)


def test_a_long_date_ending_a_sentence_gets_one_full_stop() -> None:
    text = "\n".join(letter_text(sample_letter(LetterKind.WITHDRAWAL, "lt")).paragraphs)
    assert "lapkričio 25 d.." not in text
    assert "lapkričio 25 d. Nuo šios dienos" in " ".join(text.split())
