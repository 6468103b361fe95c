"""Letters on screen and on paper (QtPdf, imported only when the first letter is shown).

`PdfPane` shows a PDF held in memory; `PdfPreview` is the same pane in a dialog; `render_pages`
turns a PDF into page images for a printer (it touches no widget, so a worker may call it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PRINT_DPI_CAP = 300  # a PDF printer reports 1200 dpi: 550 MB a page, no sharper on paper


class PdfPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = b""
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Letter preview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_pdf(self, data: bytes) -> None:
        self.document.close()
        self.data = data
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def clear(self) -> None:
        self.document.close()
        self.data = b""
        self._bytes = QByteArray()


class PdfPreview(QDialog):
    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter %1").replace("%1", title))
        self.resize(720, 900)
        self.data = data
        self.pane = PdfPane(self)
        self.pane.set_pdf(data)
        self.view = self.pane.view
        self.document = self.pane.document
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)
        layout.addWidget(buttons)


def render_pages(data: bytes, dpi: int) -> list[QImage]:
    """Each page as an image at `dpi` (capped): the printer only paints them."""
    dpi = max(72, min(dpi, PRINT_DPI_CAP))
    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    try:
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
            raise ValueError("The letter's PDF cannot be read.")
        pages = []
        for i in range(doc.pageCount()):
            pts = doc.pagePointSize(i)
            size = QSize(round(pts.width() / 72 * dpi), round(pts.height() / 72 * dpi))
            pages.append(doc.render(i, size))
        return pages
    finally:
        doc.close()
        buffer.close()


def paint_pages(printer: QPrinter, pages: list[QImage]) -> int:
    """Paint page images onto a printer, each fitted to the printable area; pages painted."""
    from PySide6.QtPrintSupport import QPrinter

    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be opened.")
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        for n, image in enumerate(pages):
            if n:
                printer.newPage()
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(0, 0, w, h), image)
    finally:
        painter.end()
    return len(pages)

