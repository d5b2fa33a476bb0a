"""The store's sheets, one module each: their columns (a ``SheetSpec``), how a service row
becomes the sheet's cells, and the Excel/PDF exports built on ``showroom.exports``.

The screen's table reads the same spec and cells, so a list, its workbook and its
printout always show the same columns with the same text.
"""
