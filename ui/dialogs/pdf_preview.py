"""Letters on screen and on paper (QtPdf, imported only when the first letter is shown).

`PdfPane` shows a PDF held in memory; `PdfPreview` is the same pane in a dialog sized to the
screen, with Print and Save; `render_pages` turns a PDF into page images for a printer (it
touches no widget, so a worker may call it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Signal
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PRINT_DPI_CAP = 300  # a PDF printer reports 1200 dpi: 550 MB a page, no sharper on paper
PREVIEW_SIZE = QSize(720, 900)  # an A4 page at a readable size, where the screen allows it
SCREEN_MARGIN = 80  # room left for the window frame, a panel or a taskbar


def ask_printer_dialog(parent: QWidget) -> QPrinter | None:
    """The printer the user chooses in Qt's print dialog, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dlg = QPrintDialog(printer, parent)
    return printer if dlg.exec() == QPrintDialog.DialogCode.Accepted else None


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
    """A letter in a dialog that fits the screen (the page scrolls inside it), with Print and
    Save. A caller may add its own buttons (e.g. a confirmation) to `self.buttons`."""

    printed = Signal()
    saved = Signal(str)  # the path written

    # The seam tests answer (the Letters screen has the same one).
    ask_printer: Callable[[QWidget], QPrinter | None] = staticmethod(ask_printer_dialog)

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter %1").replace("%1", title))
        self.title = title
        self.data = data
        self.pane = PdfPane(self)
        self.pane.set_pdf(data)
        self.view = self.pane.view
        self.document = self.pane.document
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.clicked.connect(self.print_letter)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.clicked.connect(self.save_letter)
        for b in (self.print_button, self.save_button):
            b.setAutoDefault(False)
            b.setToolTip(b.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """As large as PREVIEW_SIZE where the screen allows, never taller or wider than the
        screen's free area (at 1280×800 the Close button was below the screen's edge)."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or \
            QGuiApplication.primaryScreen()
        size = QSize(PREVIEW_SIZE)
        if screen is not None:
            free = screen.availableGeometry()
            size = size.boundedTo(QSize(free.width() - SCREEN_MARGIN // 2,
                                        free.height() - SCREEN_MARGIN))
            self.setMaximumSize(free.size())
        self.resize(size)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def print_letter(self) -> bool:
        """Print every page on the printer the user picks; True when it was printed."""
        printer = type(self).ask_printer(self)
        if printer is None:
            return False
        try:
            pages = render_pages(self.data, int(printer.resolution()))
            paint_pages(printer, pages)
        except (OSError, ValueError) as exc:
            self._say(str(exc))
            return False
        self._say(self.tr("Sent to the printer."))
        self.printed.emit()
        return True

    def save_letter(self) -> str | None:
        """Save the PDF exactly as shown (signed bytes unchanged); the path, or None."""
        from ui.dialogs import prompts

        name = self.title.replace("/", "-").strip() or "letter"
        path = prompts.save_file(self, self.tr("Save the letter"), f"{name}.pdf",
                                 self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        try:
            Path(path).write_bytes(self.data)
        except OSError as exc:
            self._say(self.tr("The file could not be written: %1")
                      .replace("%1", exc.strerror or str(exc)))
            return None
        self._say(self.tr("Saved to %1.").replace("%1", path))
        self.saved.emit(path)
        return path


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

