"""The desktop front end: PySide6 windows over the ``showroom.services`` use cases.

Nothing here builds a query; every screen asks a service and shows the plain data it
returns. Start-up lives in :mod:`ui.app`, the shell in :mod:`ui.main_window`, the pages it
shows in the :mod:`ui.pages` registry, and slow work goes through :mod:`ui.workers`.
"""
