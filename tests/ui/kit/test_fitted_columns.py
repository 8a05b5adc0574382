"""Columns sharing a table's width: short values whole, titles by weight, none past the edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from facilitator.ui.kit.fitted_columns import fit_columns, share_room


def test_the_room_goes_by_weight_above_each_least_width_and_all_of_it_is_used():
    widths = share_room(600, {0: 1, 1: 2}, {0: 50, 1: 50}, {0: 1000, 1: 1000})
    assert widths == {0: 200, 1: 400}
    # A header wider than its share keeps its width; the others share the rest.
    widths = share_room(600, {0: 1, 1: 1, 2: 1}, {0: 300, 1: 40, 2: 40}, {0: 900, 1: 900, 2: 900})
    assert widths == {0: 300, 1: 150, 2: 150}
    # A short text takes no more than it needs while another is still cut.
    widths = share_room(600, {0: 1, 1: 1}, {0: 40, 1: 40}, {0: 100, 1: 2000})
    assert widths == {0: 100, 1: 500}
    # Too little room: each as wide as its header (the table then scrolls).
    assert share_room(50, {0: 1, 1: 1}, {0: 40, 1: 40}, {0: 99, 1: 99}) == {0: 40, 1: 40}


def test_a_table_keeps_its_columns_in_sight_as_it_narrows(qtbot):
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Organization", "Due", "What"])
    for organization, due, what in (
        ("Bursa Büyükşehir Belediyesi Sosyal Hizmetler Dairesi", "31.12.2026", "Mekân " * 20),
        ("Villa Zeytin", "1.03.2027", "Gönüllü koordinatörlerine eğitim vermek"),
    ):
        model.appendRow([QStandardItem(organization), QStandardItem(due), QStandardItem(what)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fit_columns(view, {0: 1, 2: 2})
    for width in (900, 500):
        view.resize(width, 300)
        view.show()
        qtbot.waitExposed(view)
        header = view.horizontalHeader()
        total = sum(header.sectionSize(c) for c in range(3))
        assert total == view.viewport().width()
        assert header.sectionSize(1) >= view.fontMetrics().horizontalAdvance("31.12.2026")
        assert header.sectionSize(2) > header.sectionSize(0)
    assert view.textElideMode() == Qt.ElideRight
