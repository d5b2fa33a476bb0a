"""The shipped translations are complete, current, compiled, and keep every placeholder."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from resources import resource_path
from showroom.i18n import Msg

ROOT = Path(__file__).resolve().parent.parent
TS_ZH = resource_path("translations", "showroom_zh_CN.ts")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _update_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "ts_update", resource_path("translations", "update.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


def test_every_string_in_the_code_is_in_the_catalog(tmp_path: Path) -> None:
    update = _update_module()
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh, "zh_CN")
    missing = set(_messages(fresh)) - set(_messages(TS_ZH))
    assert not missing, (
        f"run `python resources/translations/update.py`; missing: {sorted(missing)[:5]}"
    )


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    problems = []
    for (context, source), message in _messages(TS_ZH).items():
        node = message.find("translation")
        assert node is not None
        if node.get("type") == "unfinished" or not (node.text or "").strip():
            problems.append(f"untranslated: {context}: {source}")
        elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(node.text or "")):
            problems.append(f"placeholders differ: {context}: {source}")
    assert not problems, "\n".join(problems[:20])


def test_compiled_catalog_is_current(tmp_path: Path) -> None:
    update = _update_module()
    compiled = tmp_path / "zh.qm"
    update.lrelease(TS_ZH, compiled)
    shipped = resource_path("translations", "showroom_zh_CN.qm")
    assert compiled.read_bytes() == shipped.read_bytes(), "run resources/translations/update.py"


def test_core_messages_come_in_both_languages() -> None:
    message = Msg(
        "Database",
        "This database was written by a newer version of Showroom (schema {revision}). "
        "Please update the program on this workstation.",
        {"revision": "0099"},
    )
    english = message.text("en")
    chinese = message.text("zh_CN")
    assert english.startswith("This database was written") and "0099" in english
    assert "0099" in chinese and re.search(r"[\u4e00-\u9fff]", chinese)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_command_line_help_is_translated(lang: str) -> None:
    from showroom.cli import build_parser
    from showroom.i18n import current_language, set_language

    before = current_language()
    try:
        text = build_parser(["--lang", lang]).format_help()
    finally:
        set_language(before)
    assert ("数据库" in text) == (lang == "zh_CN")
    assert "--db" in text


def test_a_message_inside_a_message_follows_the_outer_language() -> None:
    from showroom.i18n import Msg

    inner = Msg("Sex", "Male")
    outer = Msg("Exports", "{label}: {value}", {"label": inner, "value": "x"})
    assert outer.text("en") == "Male: x"
    assert outer.text("zh_CN") == "男：x"
