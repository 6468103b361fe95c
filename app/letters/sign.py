"""Signs a rendered letter with a PAdES signature and a visible stamp, all offline."""

from __future__ import annotations

import asyncio
import binascii
import datetime
import io
import math
import threading
import uuid
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from asn1crypto import x509 as asn1_x509
from lxml import etree as lxml_etree
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.signers.cms_embedder import SigObjSetup
from pyhanko.sign.signers.pdf_signer import (
    DSSContentSettings,
    PdfSigningSession,
    SigDSSPlacementPreference,
)
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

import app.letters._pyhanko_speed  # noqa: F401 - faster hex strings
from app.domain.clock import for_people
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.letters.content import Lang
from app.letters.render import (
    FONT_REGULAR,
    PD_NS,
    PD_PREFIX,
    STAMP_BOX,
    common_texts,
    fill,
    register_fonts,
)
from app.letters.signers import (
    ADES_QC,
    QES,
    LetterSigner,
    LetterSigningError,
    signature_level,
)

SIGNATURE_FIELD = "Parasas"

# pyHanko re-serialises the XMP packet when it signs; without a registered prefix lxml
# would rename ours to "ns0", and the PDF/A extension schema declares "permitdesk".
lxml_etree.register_namespace(PD_PREFIX, PD_NS)
# Signed attributes, algorithm identifiers, the signature value (RSA-4096 at most)
# and DER framing fit in 2 KB; the certificates are counted one by one. pyHanko's
# validator reads the hex /Contents a character at a time, so every spare byte
# reserved here costs verification time.
_BASE_RESERVE = 2048


# Characters the time and registration-number lines may hold when the stamp is made
# from a cached template; anything else falls back to drawing the stamp afresh.
_SLOT_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-/.:+ ")
_TIME_FILL = "~"
_NUMBER_FILL = "^"
_template_lock = threading.Lock()


class _StampPage(PdfContent):
    """The stamp's appearance: a one-page PDF drawn as a form XObject.

    pyHanko's own ImportedPdfPage only reads from a file name. `patches` replace
    placeholder runs in the page's content stream, which is how one cached stamp
    template serves letters with different times and numbers.
    """

    def __init__(self, reader: PdfFileReader, patches: Sequence[tuple[bytes, bytes]] = ()) -> None:
        self._reader = reader
        self._patches = tuple(patches)
        super().__init__()

    def render(self) -> bytes:
        w = self._ensure_writer
        # A cached template reader is shared; its stream position is not thread-safe.
        with _template_lock:
            xobj = w.import_page_as_xobject(self._reader, page_ix=0)
        if self._patches:
            stream = xobj.get_object()
            data = stream.data
            for old, new in self._patches:
                if data.count(old) != 1:
                    raise LetterSigningError(msg(QT_TRANSLATE_NOOP("Core", "The signature stamp "
                            "template is damaged.")))
                data = data.replace(old, new)
            fresh = generic.StreamObject(
                {k: v for k, v in stream.items() if k not in ("/Filter", "/DecodeParms",
                                                              "/Length")},
                stream_data=data,
            )
            fresh.compress()  # type: ignore[no-untyped-call]
            xobj = w.add_object(fresh)
        name = "/Stamp" + binascii.hexlify(uuid.uuid4().bytes).decode("ascii")
        self.resources.xobject[name] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name.encode("ascii") + b" Do"


STAMP_SIZE = 7.5


def _fit(line: str, width: float) -> float:
    """The font size at which `line` fits the stamp: a deputy's long position shrinks."""
    room = width - 12
    size: float = STAMP_SIZE * room / max(stringWidth(line, FONT_REGULAR, STAMP_SIZE), 1.0)
    # Quarter points, rounded down, so similar lines share one cached template.
    return min(STAMP_SIZE, math.floor(size * 4) / 4)


def stamp_pdf(lines: Sequence[str], width: float, height: float, seed: str = "",
              sizes: Sequence[float] | None = None) -> bytes:
    """The stamp drawn with the letter's embedded font, so Lithuanian letters render.

    pyHanko's text stamps need fontTools and HarfBuzz to embed a TrueType font;
    reportlab already embeds DejaVu subsets, so the stamp is drawn here instead.
    `seed` is drawn invisibly so its glyphs join the font subset, and `sizes` fixes
    each line's size: both for templates, whose placeholders differ in width.
    """
    register_fonts()
    buf = io.BytesIO()
    # The initial font is selected at the top of the page; reportlab's default is an
    # unembedded Helvetica, which would end up in the signed letter and break PDF/A.
    # types-reportlab declares initialFontName a float; reportlab takes a font name.
    c = Canvas(buf, pagesize=(width, height), invariant=True,
               initialFontName=FONT_REGULAR,  # type: ignore[arg-type]
               initialFontSize=7.5)
    c.setStrokeColorRGB(0.1, 0.25, 0.55)
    c.setFillColorRGB(0.1, 0.25, 0.55)
    c.setLineWidth(1)
    c.roundRect(0.5, 0.5, width - 1, height - 1, 4)
    if seed:
        # Far outside the box: text extraction (pdftotext, screen readers) skips text off the
        # page, so the seed never shows up in a copied letter's text.
        t = c.beginText(2, -20000)
        t.setFont(FONT_REGULAR, 1)
        t.setTextRenderMode(3)  # invisible: only makes the glyphs part of the subset
        t.textOut(seed)
        t.setTextRenderMode(0)
        c.drawText(t)
    leading = min((height - 8) / max(len(lines), 1), STAMP_SIZE * 1.35)
    y = height - 4 - STAMP_SIZE
    fits = sizes or [_fit(ln, width) for ln in lines]
    for ln, fit in zip(lines, fits, strict=True):
        # Below 5 pt a line would be unreadable, so it wraps instead of shrinking.
        parts = [ln] if fit >= 5 else simpleSplit(ln, FONT_REGULAR, 5, width - 12)
        for part in parts:
            # One font only: a second embedded subset would add ~20 KB to every letter.
            c.setFont(FONT_REGULAR, max(fit, 5))
            c.drawString(6, y, part)
            y -= leading
    c.showPage()
    c.save()
    return buf.getvalue()


@lru_cache(maxsize=64)
def _stamp_template(lines: tuple[str, ...], sizes: tuple[float, ...], width: float,
                    height: float) -> PdfFileReader:
    seed = "".join(sorted(_SLOT_CHARS))
    return PdfFileReader(io.BytesIO(stamp_pdf(lines, width, height, seed=seed, sizes=sizes)))


def _stamp(lines: list[str], time_value: str, number_value: str, width: float,
           height: float) -> _StampPage:
    """A stamp from the cached template of this signer, or drawn afresh if it cannot be.

    The time and registration-number lines are the last two; every line before them (the
    signature level, signer, role) is part of the template's cache key.
    """
    dynamic = time_value + number_value
    fixed, (full_time, full_number) = lines[:-2], lines[-2:]
    # The template holds placeholder runs of the same length as the real values.
    # Sizes come from the real lines: the placeholders are wider than digits.
    sizes = tuple(_fit(ln, width) for ln in lines)
    if set(dynamic) <= _SLOT_CHARS and min(sizes) >= 5:
        t_fill = _TIME_FILL * len(time_value)
        n_fill = _NUMBER_FILL * len(number_value)
        key = (*fixed, full_time.replace(time_value, t_fill, 1),
               full_number.replace(number_value, n_fill, 1))
        if key[-2].count(t_fill) == 1 and key[-1].count(n_fill) == 1:
            reader = _stamp_template(key, sizes, width, height)
            return _StampPage(reader, [(t_fill.encode(), time_value.encode()),
                                       (n_fill.encode(), number_value.encode())])
    return _StampPage(PdfFileReader(io.BytesIO(stamp_pdf(lines, width, height))))


class _LetterWriter(IncrementalPdfFileWriter):
    """The signing revision leaves the letter's metadata as rendered.

    pyHanko would re-serialise the XMP packet to stamp its producer and modification time,
    renaming the PDF-LT prefixes (LTUd, LTUdEnt, LTUdReg) to ns0.. and turning every http
    text into rdf:resource, which breaks the PDF/A extension schema and the PDF-LT level
    identifier. Info and XMP stay equal because neither changes.
    """

    def _update_meta(self) -> None:
        return None


class _SigDictionaryExtras:
    """Stands in for pyHanko's CMS writer coroutine to add PDF-LT keys to the signature
    dictionary before it is written (pyHanko has no public hook for custom keys)."""

    def __init__(self, inner: Any, extras: dict[str, str]) -> None:
        self._inner = inner
        self._extras = extras

    def send(self, value: Any) -> Any:
        if isinstance(value, SigObjSetup):
            for key, text in self._extras.items():
                value.sig_placeholder[generic.NameObject(key)] = generic.TextStringObject(text)
        return self._inner.send(value)

    def __next__(self) -> Any:
        return next(self._inner)

    def __iter__(self) -> _SigDictionaryExtras:
        return self

    def close(self) -> None:
        self._inner.close()


class _PdfSignerAt(signers.PdfSigner):
    """PdfSigner whose signing time is given, not read from the clock inside pyHanko, and
    whose signature dictionary carries the PDF-LT keys /LTUd_Role and /LTUd_SignerNotes."""

    def __init__(self, *args: Any, when: datetime.datetime,
                 sig_extras: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._when = when
        self._sig_extras = sig_extras or {}

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False
                             ) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._when
        if self._sig_extras:
            session.cms_writer = _SigDictionaryExtras(session.cms_writer, self._sig_extras)
        return session


def _load_certs(items: Sequence[Any]) -> list[asn1_x509.Certificate]:
    from app.letters.verify import load_certificate

    return [load_certificate(c) for c in items]


def sign_letter(
    pdf_bytes: bytes,
    signer: LetterSigner,
    *,
    registration_number: str,
    signer_name: str,
    role: str,
    when: datetime.datetime,
    lang: Lang = "lt",
    crls: Sequence[bytes] = (),
    trust_roots: Sequence[Any] = (),
    ltud_role: str | None = None,
    signer_notes: str = "",
) -> bytes:
    """The signed letter: PAdES B-B, or B-B with the chain's CRLs embedded (LT data).

    `when` is the workstation's clock; the letter says so in its foot. With `crls`,
    the CRLs go into the document security store in the same revision as the
    signature, so the signature still covers the whole file. `trust_roots` default
    to the self-signed certificates in the signer's chain. `ltud_role` (default: `role`)
    and `signer_notes` go into the PDF-LT keys /LTUd_Role and /LTUd_SignerNotes of the
    signature dictionary. Raises LetterSigningError; never returns a partial file.
    """
    if when.tzinfo is None:
        raise ValueError("The signing time must carry a time zone.")
    common = common_texts(lang)
    texts = {"name": signer_name, "role": role, "number": registration_number,
             "when": for_people(when, seconds=True, offset=True)}  # Vilnius, as read
    # The first line says which kind of signature this is, as the certificate's QC statements
    # declare (a qualified one only with QcCompliance and QcSSCD), in the letter's language.
    level = signature_level(signer.certificate)
    level_key = {QES: "stamp_level_qes", ADES_QC: "stamp_level_ades_qc"}.get(level,
                                                                             "stamp_level_ades")
    lines = [fill(common[k], texts, f"common.{lang}")
             for k in (level_key, "stamp_signed", "stamp_role", "stamp_time", "stamp_number")]
    x1, y1, x2, y2 = STAMP_BOX
    style = StaticStampStyle(
        background=_stamp(lines, texts["when"], registration_number, x2 - x1, y2 - y1),
        border_width=0,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MIN,
            margins=layout.Margins.uniform(0),  # type: ignore[no-untyped-call]
        ),
    )
    try:
        writer = _LetterWriter(io.BytesIO(pdf_bytes), strict=True)
        last_page = int(writer.root["/Pages"]["/Count"]) - 1
    except Exception as e:
        raise LetterSigningError(msg(QT_TRANSLATE_NOOP("Core", "The letter to sign is not a "
                "readable PDF (%1)."), e)) from None

    vc: ValidationContext | None = None
    # Reserving the CMS size up front skips pyHanko's dry-run signature, which would
    # double the cost of every signature on a token.
    # Count what pyHanko will embed: its registry, which may hold more than our chain.
    embedded = list(signer.pyhanko_signer.cert_registry) + [signer.certificate]
    chain = {c.dump() for c in embedded}
    # pyHanko counts the reservation in hex digits: two per byte.
    reserve = 2 * (_BASE_RESERVE + sum(len(c) for c in chain))
    if crls:
        roots = _load_certs(trust_roots) if trust_roots else [
            c for c in signer.chain if c.self_signed == "maybe" or c.self_signed == "yes"
        ]
        vc = ValidationContext(
            trust_roots=roots,
            other_certs=list(signer.chain),
            crls=list(crls),
            allow_fetching=False,
            revocation_mode="hard-fail",
            moment=when,
        )
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        name=signer_name,
        reason=registration_number,
        embed_validation_info=bool(crls),
        validation_context=vc,
        dss_settings=DSSContentSettings(
            placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE, include_vri=False
        ),
    )
    pdf_signer = _PdfSignerAt(
        meta,
        signer.pyhanko_signer,
        stamp_style=style,
        new_field_spec=fields.SigFieldSpec(
            SIGNATURE_FIELD, on_page=last_page, box=(int(x1), int(y1), int(x2), int(y2))
        ),
        when=when,
        sig_extras={"/LTUd_Role": ltud_role if ltud_role is not None else role,
                    "/LTUd_SignerNotes": signer_notes},
    )
    try:
        out = asyncio.run(pdf_signer.async_sign_pdf(writer, bytes_reserved=reserve))
    except LetterSigningError:
        raise
    except Exception as e:
        raise LetterSigningError(_plain_failure(e)) from e
    data: bytes = out.getvalue()
    return data


def _plain_failure(e: Exception) -> str:
    name = type(e).__name__
    text = str(e).strip().rstrip(".")
    if "revoked" in text.lower():
        return "The signing certificate has been revoked."
    if "PinIncorrect" in name or "UserNotLoggedIn" in name:
        return "The token refused to sign: log in again with the PIN."
    if "DeviceRemoved" in name or "TokenNotPresent" in name or "SessionHandleInvalid" in name:
        return "The token was removed while signing."
    return f"The letter could not be signed ({name}: {text})."
