"""Renders a decision letter as a one-page (or longer) PDF/A-2b document with reportlab."""

from __future__ import annotations

import datetime
import io
import re
import threading
import zlib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from string import Template
from typing import Any
from xml.sax.saxutils import escape

from pyhanko.pdf_utils.metadata.model import VENDOR as PYHANKO_VENDOR
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.i18n import QT_TRANSLATE_NOOP, msg
from app.letters.content import Lang, LetterContent, format_date
from app.letters.resources import fonts_dir, letters_dir

FONT_REGULAR = "PermitDeskSans"
FONT_BOLD = "PermitDeskSans-Bold"
FONT_FILES = {FONT_REGULAR: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

# PDF/A wants Info /Producer equal to XMP pdf:Producer. pyHanko, when it signs, sets
# the XMP producer to its own name and appends that name to the Info producer unless
# already there; starting with exactly its name keeps the two equal after signing.
PRODUCER = PYHANKO_VENDOR
CREATOR_TOOL = "Permit Desk"
# The XMP namespace of the one custom property: the registration number, so an
# archive can index letters without reading their text. A URN, not http(s): pyHanko
# turns any http text value into an rdf:resource when it re-serialises the XMP, which
# would change the type of pdfaSchema:namespaceURI (Text) in the extension schema.
PD_NS = "urn:x-permit-desk:letter:1.0/"
PD_PREFIX = "permitdesk"
# The audit chain head a signed letter anchors (see _audit_xmp).
AUDIT_SEQ_PROPERTY = "AuditSequence"
AUDIT_HASH_PROPERTY = "AuditHash"
# PDF-LT-V1.0 (the Chief Archivist's e-document specification): its XMP namespaces, its
# conformance-level scheme and the developer extension the catalog declares.
LTUD_NS = "http://archyvai.lt/pdf-ltud/2013/metadata/"
LTUD_ENT_NS = "http://archyvai.lt/pdf-ltud/2013/metadata/Entity/"
LTUD_REG_NS = "http://archyvai.lt/pdf-ltud/2013/metadata/Registration/"
LTUD_LEVEL_SCHEME = "http://archyvai.lt/pdf-ltud/2013/level/"
LTUD_VERSION = "PDF-LT-V1.0"
XMPIDQ_NS = "http://ns.adobe.com/xmp/Identifier/qual/1.0/"

PAGE_W, PAGE_H = A4
# Lithuanian document rules: left margin at least 30 mm, the others at least 10 mm.
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 18 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
BODY_SIZE = 10.5
BODY_LEADING = 14.5
FOOT_SIZE = 7.5
FOOT_HEIGHT = 34.0
# Where sign.py puts the visible signature stamp: bottom right, above the foot. The
# body never flows into this band, so the stamp cannot cover text.
STAMP_W, STAMP_H = 210.0, 50.0
STAMP_BOX = (
    PAGE_W - MARGIN_RIGHT - STAMP_W,
    MARGIN_BOTTOM + FOOT_HEIGHT,
    PAGE_W - MARGIN_RIGHT,
    MARGIN_BOTTOM + FOOT_HEIGHT + STAMP_H,
)

_fonts_lock = threading.Lock()


class LetterTemplateError(ValueError):
    """A template is missing or names a field the letter does not give."""


def register_fonts() -> None:
    """Register the embedded fonts once per process; parsing the TTFs is the slow part."""
    with _fonts_lock:
        # ASCII85 around page streams is a relic of 7-bit mail: it costs ~3 ms per letter
        # and 25% of the stream size. Process-wide, but any reader handles binary streams.
        rl_config.useA85 = 0
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))


@cache
def _icc_profile_deflated() -> bytes:
    # Compressed once per process: deflating it per letter cost ~1 ms.
    return zlib.compress((letters_dir() / "sRGB.icc").read_bytes(), 9)


@cache
def _template_text(name: str) -> str:
    path: Path = letters_dir() / name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LetterTemplateError(msg(QT_TRANSLATE_NOOP("Core", "The letter template %1 is "
                "missing."), name)) from None


@cache
def common_texts(lang: Lang) -> dict[str, str]:
    """The short `key=value` texts of `common.<lang>` (stamp words, notes, code line)."""
    texts: dict[str, str] = {}
    for line in _template_text(f"common.{lang}").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, value = line.partition("=")
        texts[key.strip()] = value.strip()
    return texts


def fill(template: str, values: dict[str, str], where: str) -> str:
    # A value that ends a sentence with its own full stop ("2026 m. lapkričio 25 d.") takes
    # the template's full stop: never "d..".
    for name, value in values.items():
        if value.endswith("."):
            template = re.sub(r"\$(\{" + re.escape(name) + r"\}|" + re.escape(name)
                              + r"(?![A-Za-z0-9_]))\.", lambda m: "$" + m.group(1), template)
    try:
        return Template(template).substitute(values)
    except KeyError as missing:
        raise LetterTemplateError(
            msg(QT_TRANSLATE_NOOP("Core", "The letter field %1 is needed by %2 but was not "
                "given."), missing.args[0], where)
        ) from None
    except ValueError as bad:
        raise LetterTemplateError(msg(QT_TRANSLATE_NOOP("Core", "The template %1 has a bad "
                "placeholder: %2."), where, bad)) from None


def _template_values(content: LetterContent) -> dict[str, str]:
    values = {k: str(v) for k, v in content.fields.items()}
    # Conditions arrive as list text; the letter numbers them, or says there are none.
    raw = [c.strip(" -–•\t") for c in values.get("conditions", "").splitlines()]
    conditions = [c for c in raw if c]
    if conditions:
        values["conditions"] = "\n".join(f"{i}. {c}" for i, c in enumerate(conditions, 1))
    else:
        values["conditions"] = common_texts(content.lang)["conditions_none"]
    values.setdefault("withdrawal_date", format_date(content.date, content.lang, content.long_date))
    return values


@dataclass(frozen=True)
class LetterText:
    """The letter's words after the template is filled, before layout."""

    title: str
    paragraphs: tuple[str, ...]


def letter_text(content: LetterContent) -> LetterText:
    """Fill the kind's template for the letter's language."""
    name = f"{content.kind.value}.{content.lang}"
    text = fill(_template_text(name), _template_values(content), name)
    blocks = [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n")]
    blocks = [b for b in blocks if b.strip()]
    if not blocks:
        raise LetterTemplateError(msg(QT_TRANSLATE_NOOP("Core", "The letter template %1 is empty."),
                name))
    return LetterText(title=blocks[0].upper(), paragraphs=tuple(blocks[1:]))


def _pdf_date(t: datetime.datetime) -> str:
    off = t.utcoffset() or datetime.timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mm_ = divmod(abs(minutes), 60)
    return t.strftime("D:%Y%m%d%H%M%S") + f"{sign}{hh:02d}'{mm_:02d}'"


def _xmp(content: LetterContent, titles: dict[str, str], subject: str,
         created: datetime.datetime) -> bytes:
    e = escape
    stamp = created.isoformat(timespec="seconds")
    lang = content.lang
    # The extension schema block is what PDF/A requires before a custom property may
    # appear; without it validators reject permitdesk:RegistrationNumber.
    audit_props, audit_schema = _audit_xmp(content)
    ltud_props, ltud_schemas = _ltud_xmp(content)
    title_items = "".join(f'<rdf:li xml:lang="{k}">{e(v)}</rdf:li>' for k, v in titles.items())
    xml = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:xmpidq="{XMPIDQ_NS}"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
  xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
  xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
  xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"
  xmlns:pdfaType="http://www.aiim.org/pdfa/ns/type#"
  xmlns:pdfaField="http://www.aiim.org/pdfa/ns/field#"
  xmlns:LTUd="{LTUD_NS}"
  xmlns:LTUdEnt="{LTUD_ENT_NS}"
  xmlns:LTUdReg="{LTUD_REG_NS}"
  xmlns:{PD_PREFIX}="{PD_NS}">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt>{title_items}</rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{e(content.letterhead.institution_name)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li></rdf:Alt>
</dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<dc:date><rdf:Seq><rdf:li>{content.date.isoformat()}</rdf:li></rdf:Seq></dc:date>
<xmp:CreateDate>{stamp}</xmp:CreateDate>
<xmp:ModifyDate>{stamp}</xmp:ModifyDate>
<xmp:MetadataDate>{stamp}</xmp:MetadataDate>
<xmp:CreatorTool>{CREATOR_TOOL}</xmp:CreatorTool>
<xmp:Identifier><rdf:Bag><rdf:li rdf:parseType="Resource"><rdf:value>A</rdf:value>
<xmpidq:Scheme>{LTUD_LEVEL_SCHEME}</xmpidq:Scheme></rdf:li></rdf:Bag></xmp:Identifier>
<pdf:Producer>{PRODUCER}</pdf:Producer>
<pdf:Keywords>{e(content.registration_number)}</pdf:Keywords>
<pdf:Trapped>False</pdf:Trapped>
<{PD_PREFIX}:RegistrationNumber>{e(content.registration_number)}</{PD_PREFIX}:RegistrationNumber>
{audit_props}{ltud_props}<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Permit Desk letter</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{PD_NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>{PD_PREFIX}</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>RegistrationNumber</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>Registration number of the letter</pdfaProperty:description>
</rdf:li>{audit_schema}</rdf:Seq></pdfaSchema:property>
</rdf:li>{ltud_schemas}</rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return xml.encode("utf-8")


def _entity(individual: bool, name: str, code: str = "", address: str = "",
            email: str = "") -> str:
    """One LTUdEnt structure (an author or a recipient); empty fields are left out."""
    parts = [f"<LTUdEnt:individual>{'True' if individual else 'False'}</LTUdEnt:individual>",
             f"<LTUdEnt:name>{escape(name)}</LTUdEnt:name>"]
    for tag, value in (("code", code), ("address", address), ("eMail", email)):
        if value:
            parts.append(f"<LTUdEnt:{tag}>{escape(value)}</LTUdEnt:{tag}>")
    return '<rdf:li rdf:parseType="Resource">' + "".join(parts) + "</rdf:li>"


def _schema_fields(fields: tuple[tuple[str, str, str], ...]) -> str:
    return "".join(
        f"""<rdf:li rdf:parseType="Resource"><pdfaField:name>{name}</pdfaField:name>
<pdfaField:valueType>{kind}</pdfaField:valueType>
<pdfaField:description>{what}</pdfaField:description></rdf:li>"""
        for name, kind, what in fields)


def _ltud_xmp(content: LetterContent) -> tuple[str, str]:
    """The PDF-LT-V1.0 level A properties (specification, authors, recipients, registration)
    and the extension schemas for its three namespaces, so the file stays valid PDF/A."""
    head = content.letterhead
    author = _entity(False, head.institution_name, head.institution_code, head.address,
                     head.email)
    # The addressee's personal code only when the institution asks for it (data minimisation).
    recipient = _entity(True, content.recipient_name or content.addressee_name,
                        content.recipient_code or "")
    props = (f"<LTUd:standardVersion>{LTUD_VERSION}</LTUd:standardVersion>\n"
             f"<LTUd:authors><rdf:Seq>{author}</rdf:Seq></LTUd:authors>\n"
             f"<LTUd:recipients><rdf:Seq>{recipient}</rdf:Seq></LTUd:recipients>\n"
             '<LTUd:registration rdf:parseType="Resource">'
             f"<LTUdReg:date>{content.date.isoformat()}</LTUdReg:date>"
             f"<LTUdReg:number>{escape(content.registration_number)}</LTUdReg:number>"
             f"<LTUdReg:code>{escape(head.institution_code)}</LTUdReg:code>"
             "</LTUd:registration>\n")
    ltud_properties = "".join(
        f"""<rdf:li rdf:parseType="Resource"><pdfaProperty:name>{name}</pdfaProperty:name>
<pdfaProperty:valueType>{kind}</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>{what}</pdfaProperty:description></rdf:li>"""
        for name, kind, what in (
            ("standardVersion", "Text", "Electronic document specification"),
            ("authors", "Seq Entity", "Authors of the document"),
            ("recipients", "Seq Entity", "Addressees of the document"),
            ("registration", "Registration", "Registration of the document")))
    entity_fields = _schema_fields((
        ("individual", "Boolean", "A natural person (True) or a legal entity (False)"),
        ("name", "Text", "Name of the legal entity or of the person"),
        ("code", "Text", "Legal entity code or personal code"),
        ("address", "Text", "Address"),
        ("eMail", "Text", "E-mail address")))
    registration_fields = _schema_fields((
        ("date", "Date", "Registration date"),
        ("number", "Text", "Registration number"),
        ("code", "Text", "Code of the registering entity")))
    schemas = f"""<rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF-LT-V1.0 metadata</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{LTUD_NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>LTUd</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>{ltud_properties}</rdf:Seq></pdfaSchema:property>
</rdf:li><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF-LT-V1.0 entity</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{LTUD_ENT_NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>LTUdEnt</pdfaSchema:prefix>
<pdfaSchema:valueType><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaType:type>Entity</pdfaType:type>
<pdfaType:namespaceURI>{LTUD_ENT_NS}</pdfaType:namespaceURI>
<pdfaType:prefix>LTUdEnt</pdfaType:prefix>
<pdfaType:description>A legal entity or a natural person</pdfaType:description>
<pdfaType:field><rdf:Seq>{entity_fields}</rdf:Seq></pdfaType:field>
</rdf:li></rdf:Seq></pdfaSchema:valueType>
</rdf:li><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF-LT-V1.0 registration</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{LTUD_REG_NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>LTUdReg</pdfaSchema:prefix>
<pdfaSchema:valueType><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaType:type>Registration</pdfaType:type>
<pdfaType:namespaceURI>{LTUD_REG_NS}</pdfaType:namespaceURI>
<pdfaType:prefix>LTUdReg</pdfaType:prefix>
<pdfaType:description>Registration data of the document</pdfaType:description>
<pdfaType:field><rdf:Seq>{registration_fields}</rdf:Seq></pdfaType:field>
</rdf:li></rdf:Seq></pdfaSchema:valueType>
</rdf:li>"""
    return props, schemas


def _titles(content: LetterContent, title: str) -> dict[str, str]:
    """dc:title in the letter's language (x-default) and in Lithuanian and English."""
    titles = {"x-default": title}
    # The other language's title comes from its template with the letter's own fields.
    langs: tuple[tuple[Lang, str], ...] = (("lt", "lt-LT"), ("en", "en"))
    for lang, tag in langs:
        if lang == content.lang:
            titles[tag] = title
        else:
            # Language-bound fields (the countries' phrase) in that language, where known.
            fields = {**content.fields, **{k.removesuffix(f"@{lang}"): v
                                           for k, v in content.fields.items()
                                           if k.endswith(f"@{lang}")}}
            other = letter_text(replace(content, lang=lang, fields=fields))
            titles[tag] = f"{content.registration_number} {other.title}"
    return titles


def _audit_xmp(content: LetterContent) -> tuple[str, str]:
    """The audit chain head the letter anchors (entry number and hash), as XMP properties
    and their extension schema: signed content an `audit verify --anchor` reads back."""
    if content.audit_checkpoint is None:
        return "", ""
    seq, digest = content.audit_checkpoint
    props = (f"<{PD_PREFIX}:{AUDIT_SEQ_PROPERTY}>{int(seq)}</{PD_PREFIX}:{AUDIT_SEQ_PROPERTY}>\n"
             f"<{PD_PREFIX}:{AUDIT_HASH_PROPERTY}>{escape(digest)}"
             f"</{PD_PREFIX}:{AUDIT_HASH_PROPERTY}>\n")
    schema = "".join(
        f"""<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>{name}</pdfaProperty:name>
<pdfaProperty:valueType>{kind}</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>{what}</pdfaProperty:description>
</rdf:li>"""
        for name, kind, what in (
            (AUDIT_SEQ_PROPERTY, "Integer", "Audit trail entry the letter anchors"),
            (AUDIT_HASH_PROPERTY, "Text", "SHA-256 hash of that audit trail entry")))
    return props, schema


def _add_pdfa_catalog_entries(canvas: Canvas, xmp: bytes) -> None:
    # No public handle on the document; the stubs leave out reportlab's private _doc.
    doc: Any = canvas._doc  # type: ignore[attr-defined]
    # Metadata streams stay unfiltered so archive tools can find the XMP packet by scanning.
    meta = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary(
            {"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}
        ),
        xmp,
        # None, not []: an empty list makes reportlab write an empty /Filter array.
        filters=None,
    )
    doc.Catalog.Metadata = meta
    icc = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"N": 3, "Filter": pdfdoc.PDFName("FlateDecode")}),
        _icc_profile_deflated(),
        filters=[],
    )
    intent = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("OutputIntent"),
            "S": pdfdoc.PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "RegistryName": pdfdoc.PDFString("http://www.color.org"),
            "Info": pdfdoc.PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": doc.Reference(icc),
        }
    )
    # reportlab's catalog writes only the keys it knows; extend the list for this one.
    doc.Catalog.OutputIntents = pdfdoc.PDFArray([intent])
    # PDF-LT-V1.0 declares itself as a developer extension of PDF 1.7.
    doc.Catalog.Extensions = pdfdoc.PDFDictionary({"LTUd": pdfdoc.PDFDictionary(
        {"BaseVersion": pdfdoc.PDFName("1.7"), "ExtensionLevel": 1})})
    doc.Catalog.__NoDefault__ = [*doc.Catalog.__NoDefault__, "OutputIntents", "Extensions"]


class _Page:
    """A cursor over the page that starts a new page when the text reaches the foot."""

    def __init__(self, canvas: Canvas, foot_reserve: float) -> None:
        self.c = canvas
        self.y = PAGE_H - MARGIN_TOP
        self.bottom = MARGIN_BOTTOM + foot_reserve

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.c.showPage()
            self.y = PAGE_H - MARGIN_TOP

    def line(self, text: str, font: str, size: float, leading: float, *, x: float = MARGIN_LEFT,
             align: str = "left", word_space: float = 0.0) -> None:
        self.need(leading)
        self.y -= leading
        c = self.c
        if align == "centre":
            c.setFont(font, size)
            c.drawCentredString(PAGE_W / 2, self.y, text)
        elif align == "right":
            c.setFont(font, size)
            c.drawRightString(PAGE_W - MARGIN_RIGHT, self.y, text)
        elif word_space:
            t = c.beginText(x, self.y)
            t.setFont(font, size)
            t.setWordSpace(word_space)
            t.textOut(text)
            # Tw is text state and outlives ET: reset it or every later line stretches.
            t.setWordSpace(0)
            c.drawText(t)
        else:
            c.setFont(font, size)
            c.drawString(x, self.y, text)

    def wrapped(self, text: str, font: str, size: float, leading: float, *, width: float = TEXT_W,
                align: str = "left", indent: float = 0.0, justify: bool = False) -> None:
        """Wrap `text`; the first line is indented by `indent`, others hang at 0."""
        first_w = width - indent
        lines = simpleSplit(text, font, size, first_w) or [""]
        if len(lines) > 1 and indent:
            rest = simpleSplit(" ".join(lines[1:]), font, size, width)
            lines = [lines[0], *rest]
        for i, ln in enumerate(lines):
            x = MARGIN_LEFT + (indent if i == 0 else 0.0)
            w = first_w if i == 0 else width
            ws = 0.0
            if justify and i < len(lines) - 1 and ln.count(" "):
                gap = w - pdfmetrics.stringWidth(ln, font, size)
                ws = gap / ln.count(" ")
            self.line(ln, font, size, leading, x=x, align=align, word_space=ws)

    def list_item(self, text: str, font: str, size: float, leading: float) -> None:
        """A numbered or labelled line whose continuation hangs under its text."""
        marker, sep, rest = text.partition(" ")
        hang = 0.0
        if sep and marker.rstrip(".").isdigit():
            hang = pdfmetrics.stringWidth(marker + " ", font, size)
        lines = simpleSplit(text, font, size, TEXT_W) or [""]
        if hang and len(lines) > 1:
            lines = [lines[0], *simpleSplit(" ".join(lines[1:]), font, size, TEXT_W - hang)]
        for i, ln in enumerate(lines):
            self.line(ln, font, size, leading, x=MARGIN_LEFT + (hang if i else 0.0))


def _signature_block(page: _Page, content: LetterContent) -> None:
    position = content.signer_position
    if content.on_behalf_of:
        position = f"{position}, {content.on_behalf_of}" if position else content.on_behalf_of
    # Position on the left, name on the right of the same (last) line of the position.
    col = TEXT_W * 0.58
    lines = simpleSplit(position, FONT_REGULAR, BODY_SIZE, col) or [""]
    page.need(BODY_LEADING * (len(lines) + 3))
    page.y -= BODY_LEADING * 2
    for i, ln in enumerate(lines):
        page.line(ln, FONT_REGULAR, BODY_SIZE, BODY_LEADING)
        if i == len(lines) - 1:
            page.c.setFont(FONT_REGULAR, BODY_SIZE)
            page.c.drawRightString(PAGE_W - MARGIN_RIGHT, page.y, content.signer_name)


def _foot_lines(content: LetterContent) -> list[str]:
    common = common_texts(content.lang)
    lines: list[str] = []
    note = content.signing_time_note
    if note is None:
        note = common["signing_time_note"]
    if note:
        lines.append(note)
    if content.audit_checkpoint is not None:
        seq, digest = content.audit_checkpoint
        lines.append(fill(common["audit_line"], {"sequence": str(seq), "digest": digest},
                          f"common.{content.lang}"))
    return lines


def render_letter(content: LetterContent, *, created: datetime.datetime | None = None) -> bytes:
    """The letter as PDF/A-2b bytes. `created` (default: now, UTC) goes into the metadata."""
    register_fonts()
    text = letter_text(content)
    common = common_texts(content.lang)
    created = (created or datetime.datetime.now(datetime.UTC)).replace(microsecond=0)
    if created.tzinfo is None:
        created = created.replace(tzinfo=datetime.UTC)
    subject = text.title
    title = f"{content.registration_number} {text.title}"

    buf = io.BytesIO()
    # The initial font matters: reportlab selects it at the top of every page, and the
    # default Helvetica is not embedded, which PDF/A forbids.
    c = Canvas(buf, pagesize=A4, pdfVersion=(1, 7), lang=content.lang, invariant=False,
               # types-reportlab declares initialFontName a float; reportlab takes a font name.
               initialFontName=FONT_REGULAR,  # type: ignore[arg-type]
               initialFontSize=BODY_SIZE,
               initialLeading=BODY_LEADING)
    c.setTitle(title)
    # PDF/A: the Info author equals dc:creator, which PDF-LT makes the authoring institution.
    c.setAuthor(content.letterhead.institution_name)
    c.setSubject(subject)
    c.setCreator(CREATOR_TOOL)
    c.setProducer(PRODUCER)
    c.setKeywords(content.registration_number)
    pdf_date = _pdf_date(created)
    # Info dates must equal the XMP dates for PDF/A; reportlab would use its own clock.
    c.setDateFormatter(lambda *_parts: pdf_date)
    _add_pdfa_catalog_entries(c, _xmp(content, _titles(content, title), subject, created))
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)

    foot = _foot_lines(content)
    page = _Page(c, foot_reserve=FOOT_HEIGHT + STAMP_H + 8)

    head = content.letterhead
    page.wrapped(head.institution_name, FONT_BOLD, 12.5, 16, align="centre")
    if head.extra_line:
        page.wrapped(head.extra_line, FONT_REGULAR, 9, 12, align="centre")
    page.y -= 5
    c.setLineWidth(0.6)
    c.line(MARGIN_LEFT, page.y, PAGE_W - MARGIN_RIGHT, page.y)
    page.wrapped(head.address, FONT_REGULAR, 8.5, 11, align="centre")
    page.wrapped(fill(common["code_line"], {"code": head.institution_code}, "code_line"),
                 FONT_REGULAR, 8.5, 11, align="centre")

    page.y -= 22
    date_text = format_date(content.date, content.lang, content.long_date)
    page.line(fill(common["registration"], {"date": date_text,
                                             "number": content.registration_number},
                   "registration"), FONT_REGULAR, BODY_SIZE, BODY_LEADING)

    page.y -= 14
    for ln in (content.addressee_name, content.addressee_position, content.addressee_unit):
        if ln:
            page.wrapped(ln, FONT_REGULAR, BODY_SIZE, BODY_LEADING, width=TEXT_W * 0.6)

    page.y -= 18
    page.wrapped(text.title, FONT_BOLD, BODY_SIZE, BODY_LEADING, width=TEXT_W * 0.8)
    page.y -= 8

    for para in text.paragraphs:
        page.y -= 5
        if "\n" in para:
            for ln in para.split("\n"):
                page.list_item(ln.strip(), FONT_REGULAR, BODY_SIZE, BODY_LEADING)
        else:
            page.wrapped(para, FONT_REGULAR, BODY_SIZE, BODY_LEADING, indent=12 * mm,
                         justify=True)

    _signature_block(page, content)

    # The foot sits on the last page: it tells how the letter was signed and anchors it
    # to the audit trail.
    y = MARGIN_BOTTOM
    c.setFillColorRGB(0.3, 0.3, 0.3)
    for ln in reversed(foot):
        for part in reversed(simpleSplit(ln, FONT_REGULAR, FOOT_SIZE, TEXT_W)):
            c.setFont(FONT_REGULAR, FOOT_SIZE)
            c.drawString(MARGIN_LEFT, y, part)
            y += FOOT_SIZE + 2.5
    c.showPage()
    c.save()
    return buf.getvalue()
