"""Which language the program speaks, and loading Qt's and our own translations for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import resource_path
from showroom import i18n

from .settings import AppSettings


def resolve_language(requested: str | None, settings: AppSettings) -> str:
    """``--lang`` wins, then the language saved on this workstation, then Chinese."""
    if requested in i18n.LANGUAGES:
        return requested  # type: ignore[return-value]
    return settings.language() or i18n.DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Showroom's catalog and Qt's own (dialog buttons, context menus) for ``lang``.

    Also routes the core's messages (:class:`showroom.i18n.Msg`) through Qt, so a message
    from a service reads in the same language as the window showing it. Returns the
    installed translators (pass them to :func:`remove_translators` to undo).
    """
    installed: list[QTranslator] = []
    candidates = [
        (f"showroom_{lang}", str(resource_path("translations"))),
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    QLocale.setDefault(QLocale(lang))
    i18n.set_language(lang)
    i18n.set_translator(QCoreApplication.translate)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    i18n.set_translator(None)
