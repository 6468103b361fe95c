"""Checks any PDF against the Lithuanian e-document specification PDF-LT-V1.0 (level A or B).

Reads the file with pypdf and its XMP with lxml only, never with the code that writes our
letters, so a letter cannot pass by sharing its writer's mistakes. Our reading of the
specification: level B is the file itself (PDF 1.7 header, the LTUd developer extension,
PDF/A-2 or later, no embedded files, a page tree, CAdES signatures and no certification or
usage-rights signature); level A adds the creation metadata (specification version, level
identifier, authors, recipients, registration, titles, language, their extension schemas)
and the PDF-LT keys of every signature dictionary.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

LTUD = "http://archyvai.lt/pdf-ltud/2013/metadata/"
LTUD_ENT = "http://archyvai.lt/pdf-ltud/2013/metadata/Entity/"
LTUD_REG = "http://archyvai.lt/pdf-ltud/2013/metadata/Registration/"
LEVEL_SCHEME = "http://archyvai.lt/pdf-ltud/2013/level/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
XMP = "http://ns.adobe.com/xap/1.0/"
XMPIDQ = "http://ns.adobe.com/xmp/Identifier/qual/1.0/"
PDFAID = "http://www.aiim.org/pdfa/ns/id/"
PDFA_SCHEMA = "http://www.aiim.org/pdfa/ns/schema#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

SIGNATURE_KEYS = ("/Name", "/Reason", "/M", "/Contents", "/LTUd_Role", "/LTUd_SignerNotes")


@dataclass(frozen=True)
class PdfLtReport:
    """The PDF-LT level a file meets ("A", "B" or "none") and what each level lacks."""

    level: str
    missing_for_b: tuple[str, ...]
    missing_for_a: tuple[str, ...]

    def summary(self) -> str:
        if self.level == "A":
            return "level A (PDF-LT-V1.0)"
        missing = "; ".join(self.missing_for_a)
        if self.level == "B":
            return f"level B (PDF-LT-V1.0); not level A: missing {missing}"
        return f"none; missing {missing}"

    def to_json(self) -> dict[str, Any]:
        return {"level": self.level, "missing_for_b": list(self.missing_for_b),
                "missing_for_a": list(self.missing_for_a)}


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


class _Xmp:
    """Properties of an XMP packet, whether written as elements or as attributes."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.descriptions = list(root.iter(_q(RDF, "Description")))
        # Top-level descriptions only: those directly under rdf:RDF.
        self.top = [d for d in self.descriptions
                    if d.getparent() is not None and d.getparent().tag == _q(RDF, "RDF")]

    def values(self, ns: str, name: str) -> Iterator[Any]:
        """Each occurrence: an attribute's text (str) or the property element."""
        for d in self.top:
            if _q(ns, name) in d.attrib:
                yield d.attrib[_q(ns, name)]
            yield from d.findall(_q(ns, name))

    def text(self, ns: str, name: str) -> str | None:
        for v in self.values(ns, name):
            return v if isinstance(v, str) else _simple(v)
        return None

    def items(self, ns: str, name: str) -> list[Any]:
        """The rdf:li items of an array property."""
        out: list[Any] = []
        for v in self.values(ns, name):
            if not isinstance(v, str):
                for arr in v:
                    if arr.tag in (_q(RDF, "Seq"), _q(RDF, "Bag"), _q(RDF, "Alt")):
                        out.extend(arr.findall(_q(RDF, "li")))
        return out


def _simple(elem: Any) -> str:
    resource = elem.get(_q(RDF, "resource"))
    if resource is not None:
        return str(resource)
    return (elem.text or "").strip()


def _fields(elem: Any) -> dict[str, str]:
    """The fields of a structure (parseType Resource, nested rdf:Description or attributes)
    or of a qualified value (rdf:value with its qualifiers), keyed by Clark name."""
    out: dict[str, str] = {}
    for k, v in elem.attrib.items():
        if not k.startswith(f"{{{RDF}}}") and k != XML_LANG:
            out[k] = v
    for child in elem:
        if child.tag == _q(RDF, "Description"):
            out.update(_fields(child))
        elif len(child) == 0:
            out[child.tag] = _simple(child)
    return out


def _xmp_root(reader: Any) -> Any | None:
    meta = reader.trailer["/Root"].get("/Metadata")
    if meta is None:
        return None
    data = meta.get_object().get_data()
    start, end = data.find(b"<x:xmpmeta"), data.rfind(b"</x:xmpmeta>")
    if start < 0:
        start, end = data.find(b"<rdf:RDF"), data.rfind(b"</rdf:RDF>") + len(b"</rdf:RDF>")
    else:
        end += len(b"</x:xmpmeta>")
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        return etree.fromstring(data[start:end], parser=parser)
    except etree.XMLSyntaxError:
        return None


def _embedded_files(root: Any, reader: Any) -> bool:
    names = root.get("/Names")
    if names is not None and "/EmbeddedFiles" in names.get_object():
        return True
    for page in reader.pages:
        for a in page.get("/Annots") or []:
            if a.get_object().get("/Subtype") == "/FileAttachment":
                return True
    return False


def _signature_dicts(reader: Any) -> list[Any]:
    fields = reader.trailer["/Root"].get("/AcroForm")
    out: list[Any] = []
    if fields is None:
        return out
    stack = list(fields.get_object().get("/Fields") or [])
    while stack:
        f = stack.pop().get_object()
        stack.extend(f.get("/Kids") or [])
        if f.get("/FT") == "/Sig" and f.get("/V") is not None:
            out.append(f["/V"].get_object())
    return out


def _base_requirements(data: bytes, reader: Any, xmp: _Xmp | None) -> list[str]:
    missing: list[str] = []
    root = reader.trailer["/Root"]
    if not data.startswith(b"%PDF-1.7"):
        missing.append("file header %PDF-1.7")
    ext = (root.get("/Extensions") or {}).get("/LTUd")
    ext = ext.get_object() if ext is not None else None
    if ext is None or ext.get("/BaseVersion") != "/1.7" or int(ext.get("/ExtensionLevel", 0)) != 1:
        missing.append("catalog /Extensions /LTUd (BaseVersion 1.7, ExtensionLevel 1)")
    part = xmp.text(PDFAID, "part") if xmp else None
    if not (part and part.isdigit() and int(part) >= 2):
        missing.append("PDF/A-2 or later conformance in the XMP metadata")
    if _embedded_files(root, reader):
        missing.append("no embedded files")
    pages = root.get("/Pages")
    if pages is None or pages.get_object().get("/Type") != "/Pages":
        missing.append("a page tree")
    perms = root.get("/Perms")
    if perms is not None and ("/DocMDP" in perms.get_object() or "/UR3" in perms.get_object()):
        missing.append("no certification (DocMDP) or usage-rights signature")
    for i, sig in enumerate(_signature_dicts(reader), 1):
        if sig.get("/SubFilter") != "/ETSI.CAdES.detached":
            missing.append(f"signature {i}: /SubFilter /ETSI.CAdES.detached")
    return missing


def _entities_ok(items: list[Any], *, need_code: bool) -> bool:
    if not items:
        return False
    for li in items:
        f = _fields(li)
        if f.get(_q(LTUD_ENT, "individual"), "").lower() not in ("true", "false"):
            return False
        if not f.get(_q(LTUD_ENT, "name")):
            return False
        if need_code and f.get(_q(LTUD_ENT, "individual"), "").lower() == "false" \
                and not f.get(_q(LTUD_ENT, "code")):
            return False
    return True


def _metadata_requirements(xmp: _Xmp | None, reader: Any) -> list[str]:
    if xmp is None:
        return ["XMP metadata"]
    missing: list[str] = []
    if xmp.text(LTUD, "standardVersion") != "PDF-LT-V1.0":
        missing.append("LTUd:standardVersion PDF-LT-V1.0")
    level_a = False
    for li in xmp.items(XMP, "Identifier"):
        f = _fields(li)
        if f.get(_q(RDF, "value")) == "A" and f.get(_q(XMPIDQ, "Scheme")) == LEVEL_SCHEME:
            level_a = True
    if not level_a:
        missing.append(f"xmp:Identifier A with xmpidq:Scheme {LEVEL_SCHEME}")
    authors = xmp.items(LTUD, "authors")
    if not _entities_ok(authors, need_code=True):
        missing.append("LTUd:authors (individual, name, a legal entity's code)")
    creators = {_simple(li) for li in xmp.items(DC, "creator")}
    names = {_fields(li).get(_q(LTUD_ENT, "name")) for li in authors}
    if not authors or not names <= creators:
        missing.append("the authors' names in dc:creator")
    recipients = list(xmp.values(LTUD, "recipients"))
    if recipients and not _entities_ok(xmp.items(LTUD, "recipients"), need_code=False):
        missing.append("LTUd:recipients (individual, name)")
    reg = next((v for v in xmp.values(LTUD, "registration") if not isinstance(v, str)), None)
    reg_fields = _fields(reg) if reg is not None else {}
    if not all(reg_fields.get(_q(LTUD_REG, k)) for k in ("date", "number", "code")):
        missing.append("LTUd:registration (LTUdReg:date, number, code)")
    langs = {li.get(XML_LANG) for li in xmp.items(DC, "title")}
    if "x-default" not in langs:
        missing.append("dc:title with an x-default item")
    if not [li for li in xmp.items(DC, "language") if _simple(li)]:
        missing.append("dc:language")
    key = _q(PDFA_SCHEMA, "namespaceURI")
    described = {_simple(e) for e in xmp.root.iter(key)}
    described |= {e.get(key) for e in xmp.root.iter() if e.get(key)}
    for ns, prefix in ((LTUD, "LTUd"), (LTUD_ENT, "LTUdEnt"), (LTUD_REG, "LTUdReg")):
        if ns not in described:
            missing.append(f"a PDF/A extension schema for {prefix}")
    for i, sig in enumerate(_signature_dicts(reader), 1):
        for key in SIGNATURE_KEYS:
            if key not in sig:
                missing.append(f"signature {i}: {key}")
    return missing


def check_pdf_lt(data: bytes) -> PdfLtReport:
    """The PDF-LT-V1.0 level of any PDF, naming each missing requirement."""
    from pypdf import PdfReader

    # pypdf logs what it repairs in a damaged file; the report names what matters instead.
    log = logging.getLogger("pypdf")
    level_before = log.level
    log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        xml = _xmp_root(reader)
        xmp = _Xmp(xml) if xml is not None else None
        base = _base_requirements(data, reader, xmp)
        extra = _metadata_requirements(xmp, reader)
    except Exception:  # noqa: BLE001 - any unreadable file simply meets no level
        return PdfLtReport("none", ("a readable PDF",), ("a readable PDF",))
    finally:
        log.setLevel(level_before)
    level = "none" if base else ("B" if extra else "A")
    return PdfLtReport(level, tuple(base), tuple(base + extra))
