"""Table models of commitments (fed rows by their owner): those made at a workshop, and those
carried over from earlier workshops, overdue ones highlighted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from facilitator.ui.commitments.commitment_labels import (
    contribution_label,
    format_quantity,
    overdue_fill,
    short_day,
    status_colour,
    status_label,
)
from facilitator.ui.kit.row_table_model import Column, RowTableModel

MADE_ORGANIZATION = 0
MADE_WHAT = 1
MADE_TYPE = 2
MADE_QUANTITY = 3
MADE_PHASE = 4
MADE_START = 5
MADE_DUE = 6
MADE_STATUS = 7
MADE_PERSON = 8
MADE_DECISION = 9

CARRIED_WORKSHOP = 0
CARRIED_ORGANIZATION = 1
CARRIED_WHAT = 2
CARRIED_DUE = 3
CARRIED_STATUS = 4
CARRIED_REVIEWED = 5


class CommitmentTableModel(RowTableModel):
    """Commitment rows; an overdue row is tinted red, the status cell shows its colour."""

    def __init__(self, columns, status_column: int, parent=None):
        super().__init__(
            columns,
            # The organization also by its short name ("BBB"), Turkish-aware (RowTableModel).
            lambda r: " ".join(
                (
                    r.title,
                    r.organization_name,
                    r.organization_short_name,
                    r.person_name,
                    r.phase_title,
                )
            ),
            parent,
        )
        self._status_column = status_column

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.BackgroundRole, Qt.ForegroundRole, Qt.DecorationRole):
            row = self.row_at(index.row())
            if role == Qt.DecorationRole:
                if index.column() == self._status_column:
                    return status_colour(row.status)
                return None
            if row.overdue:  # asked each time: a change of palette repaints it right
                background, text = overdue_fill()
                return background if role == Qt.BackgroundRole else text
            return None
        return super().data(index, role)


def made_model(parent=None) -> CommitmentTableModel:
    """Commitments made at one workshop."""
    columns = [None] * 10
    columns[MADE_ORGANIZATION] = Column(
        QCoreApplication.translate("Commitments", "Organization"),
        lambda r: r.organization_name,
        190,
    )
    columns[MADE_WHAT] = Column(
        QCoreApplication.translate("Commitments", "What"), lambda r: r.title, 260
    )
    columns[MADE_TYPE] = Column(
        QCoreApplication.translate("Commitments", "Contribution"),
        lambda r: contribution_label(r.contribution_type),
        110,
    )
    columns[MADE_QUANTITY] = Column(
        QCoreApplication.translate("Commitments", "Quantity"),
        lambda r: format_quantity(r.quantity, r.unit),
        110,
        numeric=True,
    )
    columns[MADE_PHASE] = Column(
        QCoreApplication.translate("Commitments", "Phase"), lambda r: r.phase_title, 150
    )
    columns[MADE_START] = Column(
        QCoreApplication.translate("Commitments", "Start"), lambda r: short_day(r.start_date), 90
    )
    columns[MADE_DUE] = Column(
        QCoreApplication.translate("Commitments", "Due"), lambda r: short_day(r.due_date), 90
    )
    columns[MADE_STATUS] = Column(
        QCoreApplication.translate("Commitments", "Status"), lambda r: status_label(r.status), 140
    )
    columns[MADE_PERSON] = Column(
        QCoreApplication.translate("Commitments", "Person"), lambda r: r.person_name, 150
    )
    columns[MADE_DECISION] = Column(
        QCoreApplication.translate("Commitments", "Serves decision"),
        lambda r: r.decision_label,
        200,
    )
    return CommitmentTableModel(columns, MADE_STATUS, parent)


def _reviewed(row) -> str:
    if row.reviewed_workshop_number is None:
        return "" if row.reviewed_workshop_id is None else "✓"
    return QCoreApplication.translate("Commitments", "at workshop %1").replace(
        "%1", str(row.reviewed_workshop_number)
    )


def carried_model(parent=None) -> CommitmentTableModel:
    """Open commitments of earlier workshops of the series."""
    columns = [None] * 6
    columns[CARRIED_WORKSHOP] = Column(
        QCoreApplication.translate("Commitments", "Made at"),
        lambda r: (
            QCoreApplication.translate("Commitments", "workshop %1").replace(
                "%1", str(r.workshop_number)
            )
            if r.workshop_number
            else ""
        ),
        90,
    )
    columns[CARRIED_ORGANIZATION] = Column(
        QCoreApplication.translate("Commitments", "Organization"),
        lambda r: r.organization_name,
        190,
    )
    columns[CARRIED_WHAT] = Column(
        QCoreApplication.translate("Commitments", "What"), lambda r: r.title, 260
    )
    columns[CARRIED_DUE] = Column(
        QCoreApplication.translate("Commitments", "Due"),
        lambda r: (
            short_day(r.due_date)
            + ("  " + QCoreApplication.translate("Commitments", "overdue") if r.overdue else "")
        ),
        160,
    )
    columns[CARRIED_STATUS] = Column(
        QCoreApplication.translate("Commitments", "Status"), lambda r: status_label(r.status), 140
    )
    columns[CARRIED_REVIEWED] = Column(
        QCoreApplication.translate("Commitments", "Reviewed"), _reviewed, 120
    )
    return CommitmentTableModel(columns, CARRIED_STATUS, parent)
