"""Translatable messages for the core, without importing Qt.

The core marks its user-visible strings with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` collects them into the same ``.ts`` files as the UI's strings. The core
then hands out :class:`Msg` values (context, English source, named parameters) instead of
finished text:

* the GUI installs ``QCoreApplication.translate`` with :func:`set_translator`, so the
  message is translated by Qt from the shipped ``.qm`` file;
* without Qt (command line, tests) the ``.ts`` catalog itself is read, so both languages
  are available everywhere from one source of truth.

Placeholders are named (``{count}``) and filled after translation, never before.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from resources import resource_path

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation in ``context``; returns it unchanged."""
    return source


_language: str = os.environ.get("SHOWROOM_LANG", DEFAULT_LANGUAGE)
_translator: Callable[[str, str], str] | None = None


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _language


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    """Route translations through ``fn(context, source)`` (the GUI passes Qt's translate)."""
    global _translator
    _translator = fn


@cache
def _catalog(lang: str) -> Mapping[tuple[str, str], str]:
    path = resource_path("translations", f"showroom_{lang}.ts")
    if not path.exists():
        return MappingProxyType({})
    entries: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                entries[(name, source)] = node.text
    return MappingProxyType(entries)


def translate(context: str, source: str, lang: str | None = None) -> str:
    if lang is None and _translator is not None:
        return _translator(context, source)
    lang = lang or _language
    if lang == "en":
        return source
    return _catalog(lang).get((context, source), source)


@dataclass(frozen=True)
class Msg:
    """A user-visible message: translated only when shown, in whichever language is asked."""

    context: str
    source: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        template = translate(self.context, self.source, lang)
        # A parameter that is itself a message ("belongs to a {sex}") is shown in the same
        # language as the sentence around it.
        params = {
            key: value.text(lang) if isinstance(value, Msg) else value
            for key, value in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to English.
            return self.source.format(**params)

    def __str__(self) -> str:
        return self.text()
