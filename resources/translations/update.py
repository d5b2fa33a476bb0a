"""Refresh the translation files from the source code, then compile them.

    python resources/translations/update.py [--merge translations.json ...]

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` string
   of ``showroom/``, ``ui/`` and ``main.py`` into ``showroom_zh_CN.ts`` and ``showroom_en.ts``
   (English is the source language: its file has no translations to fill).
2. ``--merge`` fills translations from JSON files ``{context: {source: translation}}``.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the program loads.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def source_files() -> list[str]:
    files = [ROOT / "main.py"]
    for folder in ("showroom", "ui"):
        files += sorted((ROOT / folder).rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files if "migrations" not in f.parts]


def lupdate(ts_file: Path, lang: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none",
         "-source-language", "en", "-target-language", lang, "-ts", str(ts_file)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
    )


def merge(ts_file: Path, translations: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = table.get(message.findtext("source") or "")
            node = message.find("translation")
            if text and node is not None:
                node.text = text
                node.attrib.pop("type", None)
                filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--merge", nargs="*", default=[], type=Path)
    args = parser.parse_args()
    for lang in LANGUAGES:
        ts_file = HERE / f"showroom_{lang}.ts"
        lupdate(ts_file, lang)
        if lang != "en":
            for path in args.merge:
                filled = merge(ts_file, json.loads(path.read_text(encoding="utf-8")))
                print(f"{ts_file.name}: {filled} translations from {path}")
            # lupdate rewrites the file in its own layout; run it again to normalise.
            lupdate(ts_file, lang)
        lrelease(ts_file, HERE / f"showroom_{lang}.qm")
        unfinished = ts_file.read_text(encoding="utf-8").count('type="unfinished"')
        if lang != "en":
            print(f"{ts_file.name}: {unfinished} unfinished")


if __name__ == "__main__":
    main()
