"""A row of labels that wraps onto more lines instead of widening its panel."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from facilitator.ui.kit.flow_layout import FlowLayout


def test_labels_wrap_onto_lines_and_the_row_is_as_narrow_as_its_widest_label(qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    row = QWidget()
    flow = FlowLayout(row, spacing=6)
    words = ["Önerildi", "Taahhüt edildi", "Sürüyor", "Tamamlandı", "Vazgeçildi"]
    labels = [QLabel(word) for word in words]
    for label in labels:
        flow.addWidget(label)
    outer.addWidget(row)
    outer.addStretch(1)
    widest = max(label.sizeHint().width() for label in labels)
    assert row.minimumSizeHint().width() == widest
    panel.resize(2000, 200)
    panel.show()
    qtbot.waitExposed(panel)
    assert len({label.y() for label in labels}) == 1  # one line when there is room
    panel.resize(widest + 20, 400)
    QApplication.processEvents()
    assert len({label.y() for label in labels}) > 1
    for label in labels:  # each whole, inside the row, none over another
        assert row.rect().contains(label.geometry()), label.text()
        assert label.width() >= label.sizeHint().width()
    assert row.height() >= flow.heightForWidth(row.width())
