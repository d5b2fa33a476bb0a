"""Template workbooks, one per kind: the headers the importer recognises at once and an
example row, so a store can paste its data into a layout that needs no mapping."""

from __future__ import annotations

import os

from .fields import fields_of
from .messages import TEMPLATE_EXAMPLE

#: One believable example value per field key (a real check digit in the ID and VIN).
EXAMPLES: dict[str, object] = {
    "name": "张伟", "mobile": "13812345678", "resident_id": "11010519491231002X",
    "sex": "男", "birthday": "1949-12-31", "home_phone": "010-62345678",
    "office_phone": "010-82345678", "email": "zhangwei@example.com", "wechat": "zhangwei88",
    "occupation": "工程师", "company": "示范科技有限公司",
    "home_address": "北京市海淀区中关村大街1号",
    "home_postcode": "100080", "work_address": "北京市朝阳区建国路88号", "work_postcode": "100022",
    "fax": "010-82345679", "hobbies": "自驾游", "source": "网络", "consultant": "", "notes": "",
    "plate": "京A12345", "vin": "LSVAU2180N2183294", "model": "轩逸", "colour": "珍珠白",
    "purchase_date": "2025-06-18", "delivered_on": "2025-06-20", "registered_on": "2025-06-25",
    "sold_here": "是", "insurance_policy_on": "2025-06-20", "insurer": "中国人保",
    "first_service_on": "2025-09-15", "first_service_km": 4800,
    "visit_date": "2026-11-03", "arrived_at": "10:30", "departed_at": "11:45", "kind": "来店",
    "phone": "13812345678", "party_size": 2, "intended_model": "天籁",
    "intended_colour": "曜石黑", "purchase_type": "首购", "level_given": "A", "test_drive": "是",
    "contact_left": "是", "created_on": "2026-11-03", "level": "A", "budget": "18万",
    "payment": "贷款", "competitors": "丰田凯美瑞", "next_followup_on": "2026-11-07",
    "service_date": "2026-10-08", "service_type": "保养", "mileage": 15200, "amount": 680,
    "advisor": "", "repair_order_no": "RO20261008001",
}  # fmt: skip


def write_template(kind: str, path: str | os.PathLike[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = kind
    fields = fields_of(kind)
    sheet.append([spec.template_header for spec in fields])
    sheet.append([EXAMPLES.get(spec.key, "") for spec in fields])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet["A2"].comment = Comment(TEMPLATE_EXAMPLE.text(), "Showroom")
    for index, spec in enumerate(fields, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = max(12, len(spec.template_header) * 2 + 4)
        # Text format keeps IDs, phones and postcodes from being turned into numbers.
        if spec.parser in ("mobile", "phone", "resident_id", "postcode", "vin", "plate"):
            for row in range(2, 1002):
                sheet.cell(row=row, column=index).number_format = "@"
    sheet.freeze_panes = "A2"
    workbook.save(os.fspath(path))
