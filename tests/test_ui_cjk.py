"""Chinese shows as Chinese on a machine without Chinese fonts (the program brings its own).

The test machine deliberately has no CJK system font, so these tests fail if the bundled
font is not registered and used as the application font's fallback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from resources import CJK_FONT_FAMILY
from showroom import i18n
from showroom.db import Database
from showroom.services.store import default_actor, store_info
from ui.app import create_application
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.translations import install_translators, remove_translators


@pytest.fixture
def app_font(qapp: QApplication) -> QFont:
    """The application font exactly as ``run_gui`` sets it up."""
    app = create_application()
    assert app is qapp
    return app.font()


def _render(text: str, font: QFont) -> QImage:
    image = QImage(96, 48, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    finally:
        painter.end()
    return image


def _ink(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    )


def test_the_bundled_font_is_a_fallback_of_the_application_font(app_font: QFont) -> None:
    assert CJK_FONT_FAMILY in app_font.families()
    assert app_font.families()[-1] == CJK_FONT_FAMILY  # the platform's family stays first


def test_the_application_font_has_chinese_glyphs(app_font: QFont) -> None:
    metrics = QFontMetrics(app_font)
    for char in "客户登记展厅":
        assert metrics.inFontUcs4(ord(char)), char


def test_different_chinese_words_render_differently(app_font: QFont) -> None:
    customers, register = _render("客户", app_font), _render("登记", app_font)
    assert _ink(customers) > 20 and _ink(register) > 20
    # Missing glyphs all draw the same empty box, so two words would look identical.
    assert customers != register


def test_a_grab_of_the_main_window_is_not_empty(
    qtbot: QtBot, app_font: QFont, sqlite_db: Database, tmp_path: Path
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(sqlite_db, default_actor(sqlite_db), store_info(sqlite_db), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    image = window.grab().toImage()
    assert not image.isNull() and image.width() > 300 and image.height() > 200
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 120, 3)}
    assert len(colours) > 10


@pytest.fixture
def chinese(qapp: QApplication):  # type: ignore[no-untyped-def]
    before = i18n.current_language()
    translators = install_translators(qapp, "zh_CN")
    yield translators
    remove_translators(qapp, translators)
    i18n.set_language(before)


def test_run_gui_setup_translates_the_main_window(
    qtbot: QtBot, chinese: list[object], sqlite_db: Database, tmp_path: Path
) -> None:
    # Needs resources/translations/showroom_zh_CN.qm built from the UI's strings.
    assert QCoreApplication.translate("Pages", "Customers") == "客户"
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(sqlite_db, default_actor(sqlite_db), store_info(sqlite_db), settings)
    qtbot.addWidget(window)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == ["来店登记", "潜在客户", "客户", "售后服务", "报表", "设置"]
    assert window.search_box.placeholderText() != "Search phone, plate, name or pinyin…"
    assert window.status_bar.user_label.text().startswith("用户")
