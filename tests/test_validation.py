"""Tests for showroom.validation with published vectors and generated data.

Resident-ID vectors come from GB 11643 (11010519491231002X is the standard's own
example); VINs from ISO 3779 / NHTSA examples. The check-character helpers below are
written independently of the module so the tests do not just repeat its code.
"""

from __future__ import annotations

import ast
import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom import validation as v
from showroom.i18n import Msg, translate
from showroom.validation import (
    PLATE_PROVINCES,
    PROVINCES,
    Check,
    ResidentIdInfo,
    ValidationFailed,
    check_email,
    check_mobile,
    check_name,
    check_phone,
    check_plate,
    check_postcode,
    check_resident_id,
    check_vin,
    normalize_plate,
    normalize_vin,
    phone_digits,
    resident_id_info,
    values_or_raise,
)

CheckFn = Callable[..., Check]
ALL_CHECKS: list[CheckFn] = [
    check_mobile,
    check_phone,
    check_resident_id,
    check_plate,
    check_vin,
    check_postcode,
    check_email,
    check_name,
]

# ----------------------------------------------------------------- reference helpers


def id_check_char(first17: str) -> str:
    """GB 11643 check character: ISO 7064 MOD 11-2 written as the standard states it."""
    weights = [2 ** (17 - i) % 11 for i in range(17)]  # 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, ...
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return "10X98765432"[total % 11]


def make_id(area6: str, birth8: str, seq3: str) -> str:
    first17 = area6 + birth8 + seq3
    return first17 + id_check_char(first17)


VIN_VALUE = {
    **{str(d): d for d in range(10)},
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}  # fmt: skip
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin17: str) -> str:
    r = sum(VIN_VALUE[c] * w for c, w in zip(vin17, VIN_WEIGHTS, strict=True)) % 11
    return "X" if r == 10 else str(r)


def en(check: Check) -> str | None:
    return check.error.text("en") if check.error else None


def has_chinese(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


# ------------------------------------------------------------------------- published


def test_reference_helpers_agree_with_published_vectors() -> None:
    assert id_check_char("11010519491231002") == "X"
    assert id_check_char("44052418800101001") == "4"
    assert vin_check_char("1M8GDM9AXKP042788") == "X"
    assert vin_check_char("11111111111111111") == "1"
    assert vin_check_char("1HGCM82633A004352") == "3"
    # This Chinese-made VIN's 9th character is 0 but its check digit computes to X.
    assert vin_check_char("LSVAU2180N2183294") == "X"


def test_gb11643_example_is_valid_and_decoded() -> None:
    info = resident_id_info("11010519491231002X")
    assert info == ResidentIdInfo(
        number="11010519491231002X",
        birth_date=datetime.date(1949, 12, 31),
        sex="F",  # 17th digit 2 is even
        province_code="11",
        province="北京市",
    )
    assert check_resident_id("11010519491231002X") == Check("11010519491231002X")


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002x",
        " 110105 19491231 002X ",
        "110105-19491231-002x",
        "１１０１０５１９４９１２３１００２Ｘ",
    ],
)
def test_resident_id_normalised(raw: str) -> None:
    assert check_resident_id(raw).value == "11010519491231002X"


def test_resident_id_male_and_other_provinces() -> None:
    number = make_id("440106", "19850315", "123")  # 17th digit 3: male
    info = resident_id_info(number)
    assert info is not None
    assert (info.sex, info.province_code, info.province) == ("M", "44", "广东省")
    assert info.birth_date == datetime.date(1985, 3, 15)
    hk = resident_id_info(make_id("810000", "19900101", "002"))
    assert hk is not None and hk.province == "香港特别行政区"


def test_check_valid_id_from_1880_is_refused_by_the_1900_rule() -> None:
    # 440524188001010014 is a widely quoted vector whose check character is right, but
    # its holder would have been born in 1880; the 1900 floor rejects it on that ground.
    assert id_check_char("44052418800101001") == "4"
    assert en(check_resident_id("440524188001010014")) == (
        "The birth date in this resident ID (1880-01-01) is before 1900; please check the digits."
    )
    assert resident_id_info("440524188001010014") is None


def test_taiwan_residence_permit_number_accepted() -> None:
    info = resident_id_info(make_id("830000", "19900101", "003"))
    assert info is not None and info.province == "台湾省" and info.sex == "M"
    assert "83" not in PROVINCES


def test_provinces_table() -> None:
    assert len(PROVINCES) == 34
    assert PROVINCES["11"] == "北京市"
    assert PROVINCES["65"] == "新疆维吾尔自治区"
    assert (PROVINCES["71"], PROVINCES["81"], PROVINCES["82"]) == (
        "台湾省",
        "香港特别行政区",
        "澳门特别行政区",
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("11010519491231002", "The resident ID has 17 characters; it needs 18."),
        ("11010519491231002X1", "The resident ID has 19 characters; it needs 18."),
        (
            "1101051949123100X2",
            "The resident ID may contain only digits, with X allowed as the last character.",
        ),
        (
            "11010519491231002Y",
            "The resident ID may contain only digits, with X allowed as the last character.",
        ),
        # GB example with one digit changed: the check character no longer matches.
        (
            "11010519491231003X",
            "The last character of this resident ID does not match; please check each digit.",
        ),
        (
            "110105194912310021",
            "The last character of this resident ID does not match; please check each digit.",
        ),
        (
            make_id("990105", "19491231", "002"),
            "The resident ID starts with 99, which is not a province code; "
            "please check the first two digits.",
        ),
        (
            make_id("110105", "19490229", "002"),
            "The birth date in this resident ID (1949-02-29) is not a real date.",
        ),
        (
            make_id("110105", "19491331", "002"),
            "The birth date in this resident ID (1949-13-31) is not a real date.",
        ),
        (
            make_id("110105", "29991231", "002"),
            "The birth date in this resident ID (2999-12-31) is in the future.",
        ),
        (
            make_id("110105", "18991231", "002"),
            "The birth date in this resident ID (1899-12-31) is before 1900; "
            "please check the digits.",
        ),
        ("110105491331002", "The birth date in this resident ID (1949-13-31) is not a real date."),
    ],
)
def test_resident_id_errors(raw: str, message: str) -> None:
    result = check_resident_id(raw)
    assert en(result) == message
    assert result.value is None and not result.ok
    assert resident_id_info(raw) is None


def test_legacy_15_digit_id_accepted_with_warning() -> None:
    result = check_resident_id("110105491231002")
    assert result.ok and result.value == "110105491231002"
    assert result.warning is not None
    assert result.warning.text("en") == (
        "This is an old 15-digit resident ID, which is no longer valid; "
        "please ask for the 18-digit number if possible."
    )
    info = resident_id_info("110105491231002")
    assert info is not None
    assert info.birth_date == datetime.date(1949, 12, 31)
    assert info.sex == "F"  # 15-digit IDs: the last digit (2) gives the sex


def test_resident_id_empty_and_required() -> None:
    assert check_resident_id(None) == Check(None)
    assert check_resident_id("   ").ok
    assert en(check_resident_id("", required=True)) == "Please enter the resident ID number."


# -------------------------------------------------------------------------- mobiles


@pytest.mark.parametrize(
    "raw",
    [
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        "138.0013.8000",
        "(138) 0013 8000",
        "+86 138 0013 8000",
        "+86-13800138000",
        "0086 13800138000",
        "8613800138000",
        "１３８００１３８０００",
    ],
)
def test_mobile_accepted_forms(raw: str) -> None:
    assert check_mobile(raw) == Check("13800138000")
    assert check_phone(raw) == Check("13800138000")
    assert phone_digits(raw) == "13800138000"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            "1380013800",
            "The mobile number has 10 digits; "
            "a mainland mobile number has 11 and starts with 13–19.",
        ),
        (
            "+86 138001380001",
            "The mobile number has 12 digits; "
            "a mainland mobile number has 11 and starts with 13–19.",
        ),
        ("12800138000", "A mainland mobile number starts with 13–19; this one starts with 12."),
        ("23800138000", "A mainland mobile number starts with 13–19; this one starts with 23."),
        ("138o0138000", "The mobile number contains “o”; please enter digits only."),
        ("+1 202 555 0123", "Only mainland mobile numbers (+86) can be entered here."),
    ],
)
def test_mobile_errors(raw: str, message: str) -> None:
    assert en(check_mobile(raw)) == message


def test_mobile_empty_and_required() -> None:
    assert check_mobile(None) == Check(None)
    assert en(check_mobile(" ", required=True)) == "Please enter a mobile number."


# --------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("(010) 1234 5678", "010-12345678"),
        ("021-6234567", "021-6234567"),
        ("0755-88889999", "0755-88889999"),
        ("075588889999", "0755-88889999"),
        ("+86 10 12345678", "010-12345678"),
        ("0086 755 88889999", "0755-88889999"),
        ("010-12345678-123", "010-12345678-123"),
        ("010-12345678 转 123", "010-12345678-123"),
        ("0755-8888999 ext. 45", "0755-8888999-45"),
        ("0755-8888999#45", "0755-8888999-45"),
    ],
)
def test_landlines(raw: str, value: str) -> None:
    assert check_phone(raw) == Check(value)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            "62345678",
            "Please add the area code in front of the landline number, e.g. 010-12345678.",
        ),
        ("010-123456", "The landline number after area code 010 has 6 digits; it needs 7 or 8."),
        (
            "0755-123456789",
            "The landline number after area code 0755 has 9 digits; it needs 7 or 8.",
        ),
        ("010-12345678 转 1234567", "The extension must be 1 to 6 digits."),
        ("010-1234567a", "The phone number contains “a”; please enter digits only."),
        ("+44 20 7946 0958", "Only mainland phone numbers (+86) can be entered here."),
        (
            "138001380",
            "The mobile number has 9 digits; "
            "a mainland mobile number has 11 and starts with 13–19.",
        ),
        (
            "12345",
            "The mobile number has 5 digits; "
            "a mainland mobile number has 11 and starts with 13–19.",
        ),
        (
            "010",
            "Please enter a mobile number (11 digits starting with 13–19) or a landline with its "
            "area code, e.g. 010-12345678.",
        ),
    ],
)
def test_phone_errors(raw: str, message: str) -> None:
    assert en(check_phone(raw)) == message


def test_phone_empty_and_required() -> None:
    assert check_phone("") == Check(None)
    assert en(check_phone(None, required=True)) == "Please enter a phone number."


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("+86 138 0013 8000", "13800138000"),
        ("0086-138-0013-8000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("010-12345678", "01012345678"),
        ("861380", "861380"),  # partial search text: a bare 86 stays
        ("138", "138"),
        ("", ""),
    ],
)
def test_phone_digits(raw: str, digits: str) -> None:
    assert phone_digits(raw) == digits


# --------------------------------------------------------------------------- plates


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("京A12345", "京A12345"),
        ("京a12345", "京A12345"),
        ("京A·12345", "京A12345"),
        ("粤B·D12345", "粤BD12345"),  # small new-energy car
        ("沪AD12345", "沪AD12345"),
        ("沪A F1234 5", "沪AF12345"),
        ("苏E12345D", "苏E12345D"),  # large new-energy vehicle: D or F last
        ("苏E-12345F", "苏E12345F"),
        ("京AB1234", "京AB1234"),  # letters may appear in an ordinary serial
        ("京A1234学", "京A1234学"),
        ("京A1234警", "京A1234警"),
        ("鲁B1234挂", "鲁B1234挂"),
        ("粤Z1234港", "粤Z1234港"),
        ("粤Z1234澳", "粤Z1234澳"),
        ("沪A1234领", "沪A1234领"),
        ("使123456", "使123456"),
        ("京AZ9999", "京AZ9999"),
    ],
)
def test_plates_accepted(raw: str, value: str) -> None:
    assert check_plate(raw) == Check(value)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("京I12345", "Plate numbers never use the letters I or O; did you mean 1 or 0?"),
        ("京A1O345", "Plate numbers never use the letters I or O; did you mean 1 or 0?"),
        (
            "京A1234",
            "The plate number has 6 characters; it needs 7 (or 8 for a new-energy vehicle).",
        ),
        (
            "京A1234567",
            "The plate number has 9 characters; it needs 7 (or 8 for a new-energy vehicle).",
        ),
        (
            "AB12345",
            "A plate number starts with a province character such as 京 or 粤; “A” is not one.",
        ),
        (
            "北A12345",
            "A plate number starts with a province character such as 京 or 粤; “北” is not one.",
        ),
        ("京112345", "The second character of a plate number is a letter A–Z; “1” is not."),
        (
            "京A123学4",
            "The plate number 京A123学4 is not in a valid format; "
            "an ordinary plate looks like 京A12345.",
        ),
        (
            "京A123456",
            "The plate number 京A123456 is not a valid new-energy plate: a small car has D or F "
            "after the city letter (e.g. 沪AD12345), a large vehicle ends with D or F "
            "(e.g. 苏E12345D).",
        ),
        (
            "京AD1234F",
            "The plate number 京AD1234F is not a valid new-energy plate: a small car has D or F "
            "after the city letter (e.g. 沪AD12345), a large vehicle ends with D or F "
            "(e.g. 苏E12345D).",
        ),
        ("使12345", "An embassy plate is 使 followed by 6 digits, e.g. 使123456."),
    ],
)
def test_plate_errors(raw: str, message: str) -> None:
    assert en(check_plate(raw)) == message


def test_plate_empty_required_and_normaliser() -> None:
    assert check_plate("  ") == Check(None)
    assert en(check_plate("", required=True)) == "Please enter the plate number."
    assert normalize_plate(" 粤b・d 12345 ") == "粤BD12345"
    assert normalize_plate("沪Ａ-ｄ1234.5") == "沪AD12345"
    assert len(PLATE_PROVINCES) == 33


# ----------------------------------------------------------------------------- VINs


@pytest.mark.parametrize(
    "vin", ["1M8GDM9AXKP042788", "11111111111111111", "1HGCM82633A004352", "JHMCM56557C404453"]
)
def test_vins_with_valid_check_digit(vin: str) -> None:
    assert check_vin(vin) == Check(vin)


def test_vin_check_digit_mismatch_is_only_a_warning() -> None:
    result = check_vin("lsvau2180n 2183294")
    assert result.ok and result.value == "LSVAU2180N2183294"
    assert result.warning is not None
    assert result.warning.text("en") == (
        "The 9th character of this VIN does not match its check digit; please compare the VIN "
        "with the vehicle documents. Some VINs do not use the check digit, so it can still be "
        "saved."
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("1M8GDM9AXKP04278", "The VIN has 16 characters; it needs 17."),
        ("1M8GDM9AXKP0427888", "The VIN has 18 characters; it needs 17."),
        ("1M8GDM9AXKP04278O", "VINs never contain the letters I, O or Q; did you mean 1 or 0?"),
        ("1M8GDM9AXKPQ42788", "VINs never contain the letters I, O or Q; did you mean 1 or 0?"),
        ("1M8GDM9AXKP-42788", "The VIN contains “-”; only letters and digits are allowed."),
    ],
)
def test_vin_errors(raw: str, message: str) -> None:
    assert en(check_vin(raw)) == message


def test_vin_empty_required_and_normaliser() -> None:
    assert check_vin(None) == Check(None)
    assert en(check_vin(" ", required=True)) == "Please enter the VIN."
    assert normalize_vin(" 1m8gdm9a xkp042788\t") == "1M8GDM9AXKP042788"


# ------------------------------------------------------------- postcode, email, name


def test_postcode() -> None:
    assert check_postcode("100000") == Check("100000")
    assert check_postcode("010010") == Check("010010")  # Inner Mongolia: leading 0 kept
    assert check_postcode(" 518 000 ") == Check("518000")
    assert en(check_postcode("51800")) == "The postcode has 5 digits; it needs 6."
    assert en(check_postcode("51800a")) == "A postcode has only digits, e.g. 100000."
    assert check_postcode("") == Check(None)
    assert en(check_postcode(None, required=True)) == "Please enter the postcode."


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("zhang.san@qq.com", "zhang.san@qq.com"),
        (" Li_Si+car@163.COM ", "Li_Si+car@163.com"),
        ("wang@mail.example.com.cn", "wang@mail.example.com.cn"),
        ("zhao＠126。com", "zhao@126.com"),  # typed with a Chinese input method
    ],
)
def test_email_accepted(raw: str, value: str) -> None:
    assert check_email(raw) == Check(value)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("zhang san@qq.com", "An email address cannot contain spaces."),
        (
            "zhangsan.qq.com",
            "An email address needs one @ between the name and the domain, e.g. name@example.com.",
        ),
        (
            "a@b@qq.com",
            "An email address needs one @ between the name and the domain, e.g. name@example.com.",
        ),
        (".zhang@qq.com", "The part before @ in the email address is not valid."),
        ("zhang..san@qq.com", "The part before @ in the email address is not valid."),
        ("@qq.com", "The part before @ in the email address is not valid."),
        ("zhang@qq", "The part after @ (qq) is not a valid domain, e.g. qq.com or 163.com."),
        (
            "zhang@-qq.com",
            "The part after @ (-qq.com) is not a valid domain, e.g. qq.com or 163.com.",
        ),
        ("zhang@", "The part after @ () is not a valid domain, e.g. qq.com or 163.com."),
        (
            "a" * 250 + "@qq.com",
            "The email address is too long; it can have at most 254 characters.",
        ),
    ],
)
def test_email_errors(raw: str, message: str) -> None:
    assert en(check_email(raw)) == message


def test_email_empty_and_required() -> None:
    assert check_email(None) == Check(None)
    assert en(check_email("", required=True)) == "Please enter an email address."


def test_name() -> None:
    assert check_name("  张三 ") == Check("张三")
    assert check_name("阿卜杜拉·买买提") == Check("阿卜杜拉·买买提")
    assert check_name("Tom \t  Lee") == Check("Tom Lee")
    assert check_name("深圳市某某汽车租赁有限公司") == Check("深圳市某某汽车租赁有限公司")
    assert check_name("x" * 40).ok
    assert en(check_name("x" * 41)) == "The name has 41 characters; at most 40 are allowed."
    assert en(check_name("")) == "Please enter a name."
    assert en(check_name(None)) == "Please enter a name."
    assert check_name("", required=False) == Check(None)
    digits_only = "A name cannot be only digits; was a phone number typed into the name field?"
    assert en(check_name("13800138000")) == digits_only
    assert en(check_name("138 0013-8000")) == digits_only
    assert check_name("李四2").ok
    assert en(check_name("张\x00三")) == (
        "The name contains an invisible control character; please retype it."
    )


# ----------------------------------------------------------------- ValidationFailed


def test_validation_failed_carries_every_error() -> None:
    checks = {
        "mobile": check_mobile("1380013800"),
        "plate": check_plate("京A12345"),
        "vin": check_vin("1M8GDM9AXKP04278"),
    }
    with pytest.raises(ValidationFailed) as caught:
        values_or_raise(checks)
    assert set(caught.value.errors) == {"mobile", "vin"}
    assert all(isinstance(m, Msg) for m in caught.value.errors.values())
    assert "vin: The VIN has 16 characters; it needs 17." in str(caught.value)
    assert values_or_raise({"plate": checks["plate"], "email": check_email("")}) == {
        "plate": "京A12345",
        "email": None,
    }


def test_check_ok_property() -> None:
    assert Check(None).ok
    assert Check("x", warning=Msg("Validation", "w")).ok
    assert not Check(None, error=Msg("Validation", "e")).ok


# ------------------------------------------------------------------------ properties

ID_PROVINCES = st.sampled_from(sorted(PROVINCES))
BIRTH_DATES = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date.today())


@st.composite
def resident_ids(draw: st.DrawFn) -> tuple[str, datetime.date, str]:
    """A valid 18-character ID, its birth date and the sex its 17th digit gives."""
    area = draw(ID_PROVINCES) + draw(st.from_regex(r"[0-9]{4}", fullmatch=True))
    birth = draw(BIRTH_DATES)
    seq = draw(st.from_regex(r"[0-9]{3}", fullmatch=True))
    number = make_id(area, birth.strftime("%Y%m%d"), seq)
    return number, birth, "M" if int(seq[2]) % 2 else "F"


@given(st.text(), st.booleans())
def test_checks_never_raise(raw: str, required: bool) -> None:
    for check in ALL_CHECKS:
        result = check(raw, required=required)
        assert isinstance(result, Check)
        # An error never comes with a value, and its message always formats.
        assert result.error is None or result.value is None
        for msg in (result.error, result.warning):
            if msg is not None:
                assert msg.text("en")
        if result.ok and result.value is not None:
            # Stored values are fixed points: checking them again changes nothing.
            assert check(result.value).value == result.value


@given(st.text())
def test_pure_functions_never_raise(raw: str) -> None:
    assert isinstance(phone_digits(raw), str)
    assert resident_id_info(raw) is None or isinstance(resident_id_info(raw), ResidentIdInfo)
    assert normalize_plate(normalize_plate(raw)) == normalize_plate(raw)
    assert normalize_vin(normalize_vin(raw)) == normalize_vin(raw)
    assert phone_digits(raw).isascii()


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.sampled_from(["", "+86 ", "0086"]))
def test_generated_mobiles_pass(digits: str, prefix: str) -> None:
    spaced = prefix + digits[:3] + " " + digits[3:7] + "-" + digits[7:]
    assert check_mobile(spaced) == Check(digits)
    assert check_phone(spaced) == Check(digits)
    assert phone_digits(spaced) == digits


@given(resident_ids())
def test_generated_ids_pass_and_round_trip(case: tuple[str, datetime.date, str]) -> None:
    number, birth, sex = case
    assert check_resident_id(number) == Check(number)
    assert check_resident_id(number.lower()).value == number
    info = resident_id_info(number)
    assert info is not None
    assert (info.birth_date, info.sex, info.province_code) == (birth, sex, number[:2])
    assert info.province == PROVINCES[number[:2]]


@given(resident_ids(), st.integers(0, 16), st.integers(1, 9))
def test_any_single_digit_change_is_caught(
    case: tuple[str, datetime.date, str], position: int, shift: int
) -> None:
    number = case[0]
    changed = str((int(number[position]) + shift) % 10)
    wrong = number[:position] + changed + number[position + 1 :]
    assert not check_resident_id(wrong).ok  # MOD 11-2 detects every single substitution
    assert resident_id_info(wrong) is None


@given(
    ID_PROVINCES,
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(1999, 12, 31)),
    st.from_regex(r"[0-9]{7}", fullmatch=True),
)
def test_generated_legacy_ids_round_trip(province: str, birth: datetime.date, rest: str) -> None:
    number = province + rest[:4] + birth.strftime("%y%m%d") + rest[4:]
    result = check_resident_id(number)
    assert result.ok and result.value == number and result.warning is not None
    info = resident_id_info(number)
    assert info is not None
    assert info.birth_date == birth
    assert info.sex == ("M" if int(number[14]) % 2 else "F")


PLATE_CHAR = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


@given(
    st.sampled_from(PLATE_PROVINCES),
    st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ"),
    st.text(PLATE_CHAR, min_size=5, max_size=5),
)
def test_generated_ordinary_plates_pass(province: str, letter: str, serial: str) -> None:
    plate = province + letter + serial
    assert check_plate(plate) == Check(plate)
    assert check_plate(province + " " + letter.lower() + "·" + serial.lower()) == Check(plate)


@given(st.text("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", min_size=16, max_size=16))
def test_generated_vins_with_check_digit_pass(chars: str) -> None:
    draft = chars[:8] + "0" + chars[8:]
    vin = draft[:8] + vin_check_char(draft) + draft[9:]
    assert check_vin(vin) == Check(vin)
    assert check_vin(vin.lower()) == Check(vin)


# ----------------------------------------------------------------------- translations
# The Chinese comes from resources/translations/showroom_zh_CN.ts once the lead merges
# /tmp/tr_validation.json into it; until then these tests fail by design.

SAMPLE_MESSAGES = [
    check_mobile("1380013800").error,
    check_phone("62345678").error,
    check_resident_id("11010519491231002").error,
    check_resident_id("110105194912310021").error,
    check_resident_id("110105491231002").warning,
    check_plate("京I12345").error,
    check_vin("LSVAU2180N2183294").warning,
    check_postcode("5180").error,
    check_email("zhang@qq").error,
    check_name("").error,
]


@pytest.mark.parametrize("msg", SAMPLE_MESSAGES, ids=lambda m: m.source[:40] if m else "none")
def test_zh_messages_are_chinese(msg: Msg | None) -> None:
    assert msg is not None
    zh = msg.text("zh_CN")
    assert zh != msg.text("en")
    assert has_chinese(zh)


def test_zh_mobile_message_exact() -> None:
    msg = check_mobile("1380013800").error
    assert msg is not None
    assert msg.text("zh_CN") == "手机号码有 10 位；中国大陆手机号码为 11 位，以 13–19 开头。"


def _sources_in_module() -> list[str]:
    """Every English source marked in validation.py, read the way lupdate reads it."""
    tree = ast.parse(Path(v.__file__).read_text(encoding="utf-8"))
    sources = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP"
        ):
            context, source = (a.value for a in node.args if isinstance(a, ast.Constant))
            assert context == "Validation"
            sources.append(source)
    return sources


def test_every_validation_message_is_marked_with_literals() -> None:
    sources = _sources_in_module()
    assert len(sources) >= 40
    assert all(isinstance(s, str) and s for s in sources)


@pytest.mark.parametrize("source", sorted(set(_sources_in_module())))
def test_zh_every_validation_message_translated(source: str) -> None:
    zh = translate("Validation", source, "zh_CN")
    assert zh != source and has_chinese(zh)
    assert sorted(re.findall(r"\{(\w+)\}", zh)) == sorted(re.findall(r"\{(\w+)\}", source))


# ---------------------------------------------------------------- text, dates, numbers


def test_free_text_is_trimmed_and_bounded() -> None:
    assert v.check_text("  上门\n  取车  ", 40).value == "上门 取车"
    assert v.check_text("第一行\n第二行 ", 40, multiline=True).value == "第一行\n第二行"
    assert v.check_text("   ", 40) == v.Check(None)
    too_long = v.check_text("x" * 41, 40)
    assert too_long.value is None and too_long.error is not None
    assert too_long.error.text("en") == "This has 41 characters; at most 40 fit."


def test_future_dates_are_refused() -> None:
    today = datetime.date(2026, 6, 1)
    assert v.future_date(today, today) is None and v.future_date(None, today) is None
    error = v.future_date(today + datetime.timedelta(days=1), today)
    assert error is not None and error.text("en") == "This date is in the future."


@pytest.mark.parametrize(
    ("raw", "km", "error"),
    [
        ("12,500", 12500, None),
        ("１２５００", None, "Please enter the kilometres as a whole number, e.g. 12500."),
        ("12.5", None, "Please enter the kilometres as a whole number, e.g. 12500."),
        (2_000_001, None, "2,000,001 km cannot be right; please check the odometer."),
        ("", None, None),
        (None, None, None),
    ],
)
def test_odometers(raw: str | int | None, km: int | None, error: str | None) -> None:
    value, problem = v.parse_km(raw)
    assert value == km
    assert (problem.text("en") if problem else None) == error


@pytest.mark.parametrize(
    ("raw", "amount", "error"),
    [
        ("¥1,280.50", "1280.50", None),
        ("", "0", None),
        ("abc", None, "Please enter the amount in yuan, e.g. 680.50."),
        ("-1", None, "The amount must be between 0 and 99,999,999.99 yuan."),
        ("100000000", None, "The amount must be between 0 and 99,999,999.99 yuan."),
        ("NaN", None, "The amount must be between 0 and 99,999,999.99 yuan."),
        ("1.005", None, "The amount has more than two decimals."),
    ],
)
def test_amounts(raw: str, amount: str | None, error: str | None) -> None:
    value, problem = v.parse_amount(raw)
    assert value == (Decimal(amount) if amount is not None else None)
    assert (problem.text("en") if problem else None) == error
