"""Pinyin keys for Chinese names, so "zs" and "zhangsan" both find 张三."""

from __future__ import annotations

import re

_NON_ALNUM = re.compile(r"[^0-9a-z]")

# Surnames read differently from the everyday character (单 is "shan" as a surname, not
# "dan"); pypinyin reads characters by phrase frequency, so names need this correction.
_SURNAMES = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao",
    "查": "zha", "盖": "ge", "员": "yun", "乐": "yue", "翟": "zhai", "缪": "miao",
    "覃": "qin", "召": "shao", "种": "chong", "冼": "xian", "黑": "he", "繁": "po",
    "纪": "ji", "秘": "bi", "阚": "kan", "宁": "ning", "沈": "shen", "柏": "bai",
}  # fmt: skip


def name_keys(name: str) -> tuple[str, str]:
    """Full pinyin without tones or separators, and the initials: ("zhangsan", "zs").

    Latin letters and digits in a name are kept as they are (lower-cased), so "Tom 李"
    gives ("tomli", "tl").
    """
    # Imported on first use: pypinyin's phrase tables take a third of a second to load,
    # which searching (search_key) and start-up never need.
    from pypinyin import Style, lazy_pinyin

    syllables = [
        _NON_ALNUM.sub("", s.lower())
        for s in lazy_pinyin(name.strip(), style=Style.NORMAL, errors=lambda t: t.split())
    ]
    syllables = [s for s in syllables if s]
    first = name.strip()[:1]
    if syllables and first in _SURNAMES:
        syllables[0] = _SURNAMES[first]
    # ü is written "v" by typists; pypinyin's NORMAL style already gives "v" for ü.
    return "".join(syllables), "".join(s[0] for s in syllables)


def search_key(text: str) -> str:
    """Normalise a typed query for matching against the stored keys."""
    return _NON_ALNUM.sub("", text.lower())
