"""The store's sheets, one module each: their columns (a ``SheetSpec``), how a service row
becomes the sheet's cells, and the :class:`~.base.Sheet` that says what the sheet's
tables and printed story are.

Every sheet leaves the program through :func:`.export.export` — pages, the print
preview, the command line — which checks the sheet's permissions, writes the file
atomically and records it in the audit trail by one rule. The screen's table reads the
same spec and cells, so a list, its workbook and its printout always show the same
columns with the same text.
"""
