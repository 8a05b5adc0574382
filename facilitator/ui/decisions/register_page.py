"""The decision register of a series: every decided proposal with its stable number.

A tab of the series page. Search is Turkish-aware (done by the service over
title, wording and statement); the workshop and outcome filters narrow the
list; the review date of an agreed decision that is due (today or earlier)
is highlighted and shown whole. The table model is fed rows by the page and
never reads the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError, NotFoundError
from facilitator.models import Outcome
from facilitator.services import listing, proposals
from facilitator.services.proposals import RegisterRow
from facilitator.store import Store
from facilitator.ui.decisions.decision_labels import outcome_color, outcome_label
from facilitator.ui.kit import colours
from facilitator.ui.kit.changes import PROPOSAL, SERIES, WORKSHOP, ChangeBus
from facilitator.ui.kit.colours import Fill

COLUMN_NUMBER = 0
COLUMN_WORKSHOP = 1
COLUMN_TITLE = 2
COLUMN_OUTCOME = 3
COLUMN_STATEMENT = 4
COLUMN_REVIEW = 5
COLUMN_WIDTHS = (60, 190, 260, 170, 320, 110)
DUE = Fill.CELL_WARNING  # a review date that has come: its background and text colour
ROW_ID_ROLE = Qt.UserRole + 1


def _date_text(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class RegisterTableModel(QAbstractTableModel):
    """Rows of the register (RegisterRow), one per decided proposal."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RegisterRow] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 6

    def _text(self, r: RegisterRow, column: int) -> str:
        if column == COLUMN_NUMBER:
            return r.label
        if column == COLUMN_WORKSHOP:
            prefix = f"{r.workshop_number}. " if r.workshop_number is not None else ""
            return prefix + r.workshop_title
        if column == COLUMN_TITLE:
            return r.title
        if column == COLUMN_OUTCOME:
            return outcome_label(r.outcome)
        if column == COLUMN_STATEMENT:
            return r.outcome_statement
        text = _date_text(r.review_date)
        return self.tr("%1 (due)").replace("%1", text) if r.review_due else text

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._text(r, column)
        if role == Qt.ToolTipRole:
            if column == COLUMN_TITLE:
                return r.text
            if column == COLUMN_REVIEW and r.review_due:
                return self.tr("The review date has come: review this decision.")
            return self._text(r, column)
        if role == ROW_ID_ROLE:
            return r.id
        if role == Qt.ForegroundRole:
            if column == COLUMN_OUTCOME:
                return QBrush(outcome_color(r.outcome))
            if column == COLUMN_REVIEW and r.review_due:
                return QBrush(colours.fill(DUE)[1])
        if role == Qt.BackgroundRole and column == COLUMN_REVIEW and r.review_due:
            return QBrush(colours.fill(DUE)[0])
        if role == Qt.FontRole and column == COLUMN_REVIEW and r.review_due:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.TextAlignmentRole and column == COLUMN_NUMBER:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return (
                self.tr("No."),
                self.tr("Workshop"),
                self.tr("Decision"),
                self.tr("Outcome"),
                self.tr("Statement"),
                self.tr("Review"),
            )[section]
        return section + 1


class RegisterPage(QWidget):
    """Search and filters over a series' decision register; ``show_series(id)`` loads it."""

    def __init__(
        self, store: Store, bus: ChangeBus, today: Callable[[], date] = date.today, parent=None
    ):
        super().__init__(parent)
        self._store = store
        self._today = today
        self.series_id: int | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search decisions (title, wording, statement)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.reload())
        self.workshop = QComboBox()
        self.workshop.activated.connect(lambda _i: self.reload())
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("All outcomes"), None)
        for outcome in Outcome:
            self.outcome.addItem(outcome_label(outcome), outcome)
        self.outcome.activated.connect(lambda _i: self.reload())
        self.model = RegisterTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(column, width)
        # The workshop, the decision and its statement share what is left (none squeezed to
        # a sliver on a narrow screen); the outcome and a due review date show whole.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (COLUMN_WORKSHOP, COLUMN_TITLE, COLUMN_STATEMENT):
            header.setSectionResizeMode(column, QHeaderView.Stretch)
        widest = max(self.view.fontMetrics().horizontalAdvance(outcome_label(o)) for o in Outcome)
        self.view.setColumnWidth(COLUMN_OUTCOME, max(COLUMN_WIDTHS[COLUMN_OUTCOME], widest + 16))
        self.view.setColumnWidth(COLUMN_REVIEW, self.review_width())
        self.summary = QLabel("")
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.workshop, 1)
        filters.addWidget(self.outcome, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        bus.changed.connect(self._on_changed)

    def review_width(self) -> int:
        """Wide enough for "30.09.2026 (due)" in the screen's language and font."""
        sample = QCoreApplication.translate("RegisterTableModel", "%1 (due)").replace(
            "%1", "30.09.2026"
        )
        font = QFont(self.view.font())
        font.setBold(True)
        return max(COLUMN_WIDTHS[COLUMN_REVIEW], QFontMetrics(font).horizontalAdvance(sample) + 24)

    def show_series(self, series_id: int) -> None:
        self.series_id = series_id
        self._fill_workshops()
        self.reload()

    def _fill_workshops(self) -> None:
        chosen = self.workshop.currentData()
        self.workshop.clear()
        self.workshop.addItem(self.tr("All workshops"), None)
        if self.series_id is None:
            return
        for w in listing.list_workshops(self._store, series_id=self.series_id):
            prefix = f"{w.number}. " if w.number is not None else ""
            self.workshop.addItem(prefix + w.title, w.id)
        index = self.workshop.findData(chosen)
        self.workshop.setCurrentIndex(max(index, 0))

    def reload(self) -> None:
        if self.series_id is None:
            return
        try:
            rows = proposals.register(
                self._store,
                self.series_id,
                self.search.text(),
                workshop_id=self.workshop.currentData(),
                outcome=self.outcome.currentData(),
                today=self._today(),
            )
        except NotFoundError:
            self.series_id = None
            self.model.set_rows([])
            return
        except FacilitatorError as exc:
            self.summary.setText(str(exc))
            return
        self.model.set_rows(rows)
        due = sum(1 for r in rows if r.review_due)
        if not rows:
            filtered = (
                bool(self.search.text().strip())
                or self.workshop.currentIndex() > 0
                or (self.outcome.currentIndex() > 0)
            )
            self.summary.setText(
                self.tr("No decision matches the search and filters.")
                if filtered
                else self.tr(
                    "No decisions yet: proposals decided in this series' workshops "
                    "(Decisions tab, or Ctrl+D in the live screen) are listed here."
                )
            )
            return
        text = self.tr("%n decision(s)", None, len(rows))
        if due:
            text += " · " + self.tr("%1 due for review").replace("%1", str(due))
        self.summary.setText(text)

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if self.series_id is None:
            return
        if kind in (WORKSHOP, SERIES):
            self._fill_workshops()
        if kind in (PROPOSAL, WORKSHOP, SERIES):
            self.reload()
