"""How a search hit reads: masked mobile, badges for special marks (no window needed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from showroom.services.search import CustomerHit, MatchedOn
from ui.formatting import hit_summary
from ui.search_results import HIT_ROLE, SearchResultDelegate, SearchResultsModel


def _hit(**changes: object) -> CustomerHit:
    values: dict[str, object] = {
        "id": 7,
        "name": "张三",
        "sex": "M",
        "mobile": "13812345678",
        "plates": ("粤B12345",),
        "marks": (),
        "value_class": None,
        "consultant": "李顾问",
        "matched_on": MatchedOn.INITIALS,
    }
    values.update(changes)
    return CustomerHit(**values)  # type: ignore[arg-type]


def test_summary_line() -> None:
    # The mobile as the service gave it (masked there for roles that may not see it).
    assert hit_summary(_hit(mobile="138****5678")) == "张三 · 138****5678 · 粤B12345"
    assert hit_summary(_hit(mobile=None, plates=())) == "张三"
    assert hit_summary(_hit(plates=("粤B12345", "粤A00001"))).endswith("粤B12345 粤A00001")


def test_summary_shows_each_special_mark_as_a_badge() -> None:
    text = hit_summary(_hit(marks=("fleet", "vip", "difficult")))
    assert text.startswith("[Fleet][VIP][Blacklist]") or text.startswith(
        "【大客户】【VIP】【黑名单】"
    )


def test_model_rows_roles_and_reset(qapp: QApplication) -> None:
    model = SearchResultsModel()
    assert model.rowCount() == 0
    hits = [_hit(), _hit(id=8, name="李四", marks=("vip",))]
    model.set_hits(hits)
    assert model.rowCount() == 2
    index = model.index(1, 0)
    assert model.data(index, HIT_ROLE) is hits[1]
    assert "李四" in model.data(index)
    assert "李顾问" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.hit(5) is None
    model.set_hits([])
    assert model.rowCount() == 0


def test_delegate_paints_a_row(qapp: QApplication) -> None:
    model = SearchResultsModel()
    model.set_hits([_hit(marks=("vip", "difficult"))])
    delegate = SearchResultDelegate()
    option = QStyleOptionViewItem()
    option.font = qapp.font()
    size = delegate.sizeHint(option, model.index(0, 0))
    assert size.height() > option.fontMetrics.height()
    image = QImage(600, size.height(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    option.rect = image.rect()
    option.palette = qapp.palette()
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 600, 3) for y in range(0, size.height(), 2)}
    assert len(colours) > 5  # text and the coloured badges were drawn
