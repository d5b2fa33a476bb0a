"""Exports: sheets described once (columns.py), written to Excel (excel.py) and PDF (pdf.py)."""

from .columns import Align, Column, ColumnKind, RowStyle, SheetSpec
from .excel import ExcelBook, write_xlsx

__all__ = ["Align", "Column", "ColumnKind", "ExcelBook", "RowStyle", "SheetSpec", "write_xlsx"]
