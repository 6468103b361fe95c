"""The bundle's summary PDF: a page or two of counts and charts for the reader who wants
a picture, not a table (reportlab, with the letters' embedded DejaVu fonts)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain.clock import for_people
from app.letters.render import FONT_BOLD, FONT_REGULAR, register_fonts

BAR = colors.HexColor("#3A6EA5")
WIDTH = A4[0] - 36 * mm

TABLE_LABELS = {
    "people": "Asmenys / People", "clearances": "Leidimai / Clearances",
    "clearance_events": "Leidimų istorija / Clearance history",
    "requests": "Prašymai / Requests", "itinerary_legs": "Maršrutas / Itinerary legs",
    "companions": "Palydovai / Companions", "foreign_contacts": "Užsienio kontaktai / Contacts",
    "request_events": "Prašymų eiga / Request events", "decisions": "Sprendimai / Decisions",
    "declarations": "Deklaracijos / Declarations", "debriefs": "Pokalbiai / Debriefs",
    "violations": "Pažeidimai / Violations", "letters": "Raštai / Letters",
}


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("t", fontName=FONT_BOLD, fontSize=15, leading=19,
                                spaceAfter=4),
        "h": ParagraphStyle("h", fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=8,
                            spaceAfter=4),
        "p": ParagraphStyle("p", fontName=FONT_REGULAR, fontSize=9.5, leading=12.5),
        "small": ParagraphStyle("s", fontName=FONT_REGULAR, fontSize=8, leading=10,
                                textColor=colors.HexColor("#444444")),
    }


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: Sequence[Sequence[Any]], header: Sequence[str], widths: Sequence[float]
           ) -> Table:
    t = Table([list(header), *[list(r) for r in rows]], colWidths=list(widths), repeatRows=1,
              hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
        ("FONT", (0, 1), (-1, -1), FONT_REGULAR, 8.5),
        ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F0F3F7")]),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return t


def _step(top: int) -> int:
    """A whole-number axis step giving at most about six ticks."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000,
                 20000, 25000, 50000, 100000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def _hbar(pairs: Sequence[tuple[str, int]]) -> Drawing:
    """Horizontal bars: long Lithuanian labels stay readable on the left."""
    pairs = list(pairs)[:14]
    n = max(1, len(pairs))
    h = 24 + 15 * n
    d = Drawing(WIDTH, h)
    ch = HorizontalBarChart()
    # types-reportlab declares PlotArea's sizes int; reportlab takes any number.
    ch.x, ch.y, ch.width, ch.height = 150, 14, WIDTH - 190, h - 18  # type: ignore[assignment]
    values = [v for _, v in reversed(pairs)] or [0]
    ch.data = [values]
    ch.categoryAxis.categoryNames = [k[:34] for k, _ in reversed(pairs)] or [""]
    ch.categoryAxis.labels.fontName = FONT_REGULAR
    ch.categoryAxis.labels.fontSize = 7.5
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.categoryAxis.labels.dx = -4
    ch.valueAxis.labels.fontName = FONT_REGULAR
    ch.valueAxis.labels.fontSize = 7
    ch.valueAxis.valueMin = 0
    top = max(values)
    ch.valueAxis.valueStep = _step(top)
    ch.valueAxis.valueMax = max(1, top) * 1.08
    ch.valueAxis.labelTextFormat = "%d"
    ch.bars[0].fillColor = BAR
    ch.bars[0].strokeColor = None
    ch.barLabelFormat = "%d"
    ch.barLabels.fontName = FONT_REGULAR
    ch.barLabels.fontSize = 7
    ch.barLabels.boxAnchor = "w"
    ch.barLabels.dx = 3
    d.add(ch)
    return d


def _vbar(pairs: Sequence[tuple[str, int]]) -> Drawing:
    pairs = list(pairs)[-36:]
    h = 150
    d = Drawing(WIDTH, h)
    ch = VerticalBarChart()
    # types-reportlab declares PlotArea's sizes int; reportlab takes any number.
    ch.x, ch.y, ch.width, ch.height = 35, 32, min(WIDTH - 45, 40 + 24 * len(pairs)), h - 36  # type: ignore[assignment]
    values = [v for _, v in pairs] or [0]
    ch.data = [values]
    top = max(values)
    ch.valueAxis.valueStep = _step(top)
    ch.valueAxis.valueMax = max(1, top) * 1.08
    ch.valueAxis.labelTextFormat = "%d"
    ch.categoryAxis.categoryNames = [k for k, _ in pairs] or [""]
    ch.categoryAxis.labels.fontName = FONT_REGULAR
    ch.categoryAxis.labels.fontSize = 6.5
    ch.categoryAxis.labels.angle = 60
    ch.categoryAxis.labels.boxAnchor = "ne"
    ch.categoryAxis.labels.dy = -2
    ch.valueAxis.labels.fontName = FONT_REGULAR
    ch.valueAxis.labels.fontSize = 7
    ch.valueAxis.valueMin = 0
    ch.bars[0].fillColor = BAR
    ch.bars[0].strokeColor = None
    d.add(ch)
    return d


def _num(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


def summary_pdf(*, institution: str, period_from: date, period_to: date, stats: dict[str, Any],
                exported_by: str, exported_at: datetime, units: Sequence[str] = (),
                masked: bool = False) -> bytes:
    register_fonts()
    st = _styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Patikrinimo santrauka / Inspection summary",
                            author=institution, creator="Permit Desk")
    story: list[Any] = [
        Paragraph(_esc(institution), st["p"]),
        Paragraph("Patikrinimo santrauka / Inspection summary", st["title"]),
        Paragraph(f"Laikotarpis / Period: <b>{period_from.isoformat()} – "
                  f"{period_to.isoformat()}</b>", st["p"]),
        Paragraph(f"Parengė / Exported by: {_esc(exported_by)}, "
                  f"{for_people(exported_at, offset=True)}", st["p"]),
    ]
    if units:
        story.append(Paragraph("Padaliniai / Units: " + _esc(", ".join(units)), st["p"]))
    if masked:
        story.append(Paragraph("Asmens kodai pakeisti pseudonimais / Personal codes are "
                               "masked.", st["p"]))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Įrašų skaičius / Records", st["h"]))
    rows = [(TABLE_LABELS.get(k, k), _num(v)) for k, v in stats.get("rows", {}).items()]
    story.append(_table(rows, ["Lentelė / Table", "Įrašų / Rows"], [WIDTH * 0.6, WIDTH * 0.2]))

    by_state = stats.get("by_state", [])
    story.append(Paragraph(f"Prašymai pagal būseną / Requests by state "
                           f"(iš viso / total {_num(stats.get('requests', 0))})", st["h"]))
    story.append(_hbar([(f"{lt} ({code})", v) for lt, code, v in by_state]))
    story.append(Paragraph("Prašymai pagal mėnesį (išvykimo) / Requests by month of departure",
                           st["h"]))
    story.append(_vbar(stats.get("by_month", [])))
    story.append(Paragraph("Prašymai pagal šalį / Requests by country", st["h"]))
    story.append(_table([(k, _num(v)) for k, v in stats.get("by_country", [])],
                        ["Šalis / Country", "Prašymų / Requests"], [WIDTH * 0.6, WIDTH * 0.2]))
    story.append(Paragraph("Prašymai pagal padalinį / Requests by unit", st["h"]))
    by_unit = stats.get("by_unit", [])
    story.append(_hbar(by_unit))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(f"Pasirašytų raštų / Signed letters: {_num(stats.get('letters', 0))}",
                           st["p"]))
    story.append(Paragraph("Šis puslapis – tik santrauka; įrodomoji galia yra lentelėse, raštuose "
                           "ir pasirašytame manifest.json. / This page is a summary only; the "
                           "tables, letters and the signed manifest.json are the record.",
                           st["small"]))
    doc.build(story)
    return buf.getvalue()
