"""A generated PDF on screen and on paper: page images, a preview dialog, printing.

PySide6-Essentials has no QtPdf, so pages are rendered by PDFium (``pypdfium2``) into
``QImage``s: at screen resolution for the preview, at the printer's resolution (capped)
for printing. What is previewed and printed is the very PDF that is saved, page for
page.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: Printing above this resolution only makes the spool file bigger.
MAX_PRINT_DPI = 300


def page_count(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def render_pages(path: Path, dpi: float = 96) -> list[QImage]:
    """Every page of the PDF at ``path`` as an image of ``dpi`` dots per inch."""
    document = pdfium.PdfDocument(str(path))
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                else QImage.Format.Format_RGBA8888,
            )  # fmt: skip
            images.append(image.copy())  # the bitmap's buffer goes with the page
            page.close()
    finally:
        document.close()
    return images


def landscape_a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    return printer


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Prints every page of the PDF on ``printer``, each fitted to the page; returns pages."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    pages = render_pages(path, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            area.moveTo(0, 0)
            size = image.size().scaled(area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(0, 0, size.width(), size.height())
            target.moveCenter(area.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


class PdfPreviewDialog(QDialog):
    """The pages one under the other, as they will print; Print opens the printer dialog."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.printed_pages = 0
        self.setWindowTitle(title)
        self.resize(1000, 760)
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setSpacing(12)
        self.page_labels: list[QLabel] = []
        for image in render_pages(path, 96):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white; border: 1px solid #999;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #808080; }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setDefault(True)
        buttons.accepted.connect(self.choose_printer)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choose_printer(self) -> None:
        printer = landscape_a4_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        self.printed_pages = print_pdf(self.path, printer)
        if self.printed_pages:
            self.accept()
