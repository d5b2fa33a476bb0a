"""Call scripts: safe filling, validation of templates, the store's own wording."""

from __future__ import annotations

import pytest

from showroom.db import Database
from showroom.services.call_scripts import fill, save_script, script_for, scripts, template_errors
from showroom.services.care_calls import salutation
from showroom.services.context import Actor
from showroom.validation import ValidationFailed


def test_fill_is_safe() -> None:
    values = {"customer": "张先生", "model": "轩逸", "km": None}
    assert fill("{customer}您好，{model} 约{km}公里", values) == "张先生您好，轩逸 约…公里"
    # Attribute access, unknown names and positional fields are shown, never evaluated.
    assert fill("{customer.__class__} {secret} {0} {{literal}}", values) == (
        "{customer.__class__} {secret} {0} {literal}"
    )
    assert fill("broken {customer", values) == "broken {customer"


def test_template_errors() -> None:
    assert template_errors("{customer}您好") is None
    assert template_errors("{custmer}").text("en") == "Unknown placeholder: {custmer}"
    assert template_errors("oops {") is not None


def test_every_kind_has_both_languages_and_edits_are_kept(db: Database, actor: Actor) -> None:
    all_scripts = scripts(db)
    assert {(s.kind, s.lang) for s in all_scripts if s.body} >= {
        ("delivery", "zh_CN"),
        ("delivery", "en"),
        ("maint_due", "zh_CN"),
        ("birthday", "en"),
    }
    save_script(db, actor, "birthday", "zh_CN", "生日", "{customer}，生日快乐！")
    assert script_for(db, "birthday", "zh_CN").body == "{customer}，生日快乐！"
    with pytest.raises(ValidationFailed) as err:
        save_script(db, actor, "birthday", "zh_CN", "", "{nam}")
    assert set(err.value.errors) == {"title", "body"}


def test_salutation() -> None:
    assert salutation("张三", "M", "zh_CN") == "张先生"
    assert salutation("李四", "F", "zh_CN") == "李女士"
    assert salutation("单明", "M", "en") == "Mr Shan"
    assert salutation("王五", None, "en") == "王五"
