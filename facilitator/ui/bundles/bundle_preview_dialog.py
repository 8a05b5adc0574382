"""The preview of a bundle import: what importing would do, and keep mine / take theirs.

It lists rows new to this database, rows already here, and rows that differ
between the two (changed here, in the bundle, or both: without a record of
the version imported last, which side changed cannot be told). Every
differing row starts at "mine": nothing here is replaced unless the user
chooses "theirs" for it (one row at a time, or all at once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.kit import icons

if TYPE_CHECKING:
    from facilitator.services import bundles

PREVIEW_COLUMN_KIND = 0
PREVIEW_COLUMN_NEW = 1
PREVIEW_COLUMN_SAME = 2
PREVIEW_COLUMN_CONFLICTS = 3

CONFLICT_COLUMN_ROW = 0
CONFLICT_COLUMN_CHANGES = 1
CONFLICT_COLUMN_CHOICE = 2


def _bundles():
    # The bundle code (zip, hashing, JSON, the ORM classes) loads when a bundle is read.
    from facilitator.services import bundles

    return bundles


def table_label(table: str) -> str:
    """The kind of row a bundle table holds, as a user says it."""
    labels = {
        "organization": QCoreApplication.translate("BundlePreview", "Organizations"),
        "person": QCoreApplication.translate("BundlePreview", "People"),
        "series": QCoreApplication.translate("BundlePreview", "Series"),
        "phase": QCoreApplication.translate("BundlePreview", "Phases"),
        "workshop": QCoreApplication.translate("BundlePreview", "Workshops"),
        "agenda_item": QCoreApplication.translate("BundlePreview", "Agenda items"),
        "participation": QCoreApplication.translate("BundlePreview", "Attendees"),
        "note": QCoreApplication.translate("BundlePreview", "Notes"),
        "speaker_turn": QCoreApplication.translate("BundlePreview", "Speaking turns"),
        "proposal": QCoreApplication.translate("BundlePreview", "Proposals"),
        "proposal_version": QCoreApplication.translate("BundlePreview", "Proposal versions"),
        "round": QCoreApplication.translate("BundlePreview", "Rounds"),
        "position": QCoreApplication.translate("BundlePreview", "Positions"),
        "round_count": QCoreApplication.translate("BundlePreview", "Round counts"),
        "commitment": QCoreApplication.translate("BundlePreview", "Commitments"),
        "minutes_version": QCoreApplication.translate("BundlePreview", "Minutes versions"),
        "commitment_review": QCoreApplication.translate("BundlePreview", "Commitment reviews"),
        "idea_cluster": QCoreApplication.translate("BundlePreview", "Idea clusters"),
        "idea": QCoreApplication.translate("BundlePreview", "Ideas"),
        "dot_round": QCoreApplication.translate("BundlePreview", "Dot rounds"),
        "dot_vote": QCoreApplication.translate("BundlePreview", "Dots"),
    }
    return labels.get(table, table)


def field_label(name: str) -> str:
    labels = {
        "title": QCoreApplication.translate("BundlePreview", "title"),
        "name": QCoreApplication.translate("BundlePreview", "name"),
        "given_name": QCoreApplication.translate("BundlePreview", "given name"),
        "family_name": QCoreApplication.translate("BundlePreview", "family name"),
        "email": QCoreApplication.translate("BundlePreview", "e-mail"),
        "phone": QCoreApplication.translate("BundlePreview", "phone"),
        "text": QCoreApplication.translate("BundlePreview", "text"),
        "planned_start": QCoreApplication.translate("BundlePreview", "start"),
        "planned_end": QCoreApplication.translate("BundlePreview", "end"),
        "status": QCoreApplication.translate("BundlePreview", "status"),
    }
    return labels.get(name, name)


class BundlePreviewDialog(QDialog):
    """What importing a bundle would do, with keep mine / take theirs for each changed row."""

    def __init__(self, preview: bundles.ImportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import workshop bundle"))
        self.resize(760, 560)
        heading = QLabel(self.tr("Workshop: %1").replace("%1", preview.workshop_title))
        heading.setTextFormat(Qt.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        conflict_counts: dict[str, int] = {}
        for conflict in preview.conflicts:
            conflict_counts[conflict.table] = conflict_counts.get(conflict.table, 0) + 1
        tables = [
            t
            for t in _bundles().TABLES
            if preview.new.get(t) or preview.same.get(t) or conflict_counts.get(t)
        ]
        self.summary = QTableWidget(len(tables), 4)
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("New"), self.tr("Already here"), self.tr("Different")]
        )
        for row, table in enumerate(tables):
            values = [
                table_label(table),
                str(preview.new.get(table, 0)),
                str(preview.same.get(table, 0)),
                str(conflict_counts.get(table, 0)),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.summary.setItem(row, column, item)
        _fixed_rows(self.summary)
        header = self.summary.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (PREVIEW_COLUMN_NEW, PREVIEW_COLUMN_SAME, PREVIEW_COLUMN_CONFLICTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)

        self.conflicts = QTableWidget(len(preview.conflicts), 3)
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("What differs (mine → theirs)"), self.tr("Keep")]
        )
        self.choices: dict[str, QComboBox] = {}
        for row, conflict in enumerate(preview.conflicts):
            label = QTableWidgetItem(f"{table_label(conflict.table)}: {conflict.label}")
            self.conflicts.setItem(row, CONFLICT_COLUMN_ROW, label)
            changes = "; ".join(
                f"{field_label(d.field)}: {_short(d.mine)} → {_short(d.theirs)}"
                for d in conflict.differences
            )
            changed = QTableWidgetItem(changes)
            changed.setToolTip(
                "\n".join(
                    f"{field_label(d.field)}: {d.mine} → {d.theirs}" for d in conflict.differences
                )
            )
            self.conflicts.setItem(row, CONFLICT_COLUMN_CHANGES, changed)
            choice = QComboBox()
            choice.addItem(self.tr("Mine"), _bundles().KEEP_MINE)
            choice.addItem(self.tr("Theirs"), _bundles().TAKE_THEIRS)
            # Never the bundle's by default, whatever times it claims.
            choice.setCurrentIndex(choice.findData(_bundles().KEEP_MINE))
            self.conflicts.setCellWidget(row, CONFLICT_COLUMN_CHOICE, choice)
            self.choices[conflict.uuid] = choice
        _fixed_rows(self.conflicts)
        self.conflicts.setColumnWidth(CONFLICT_COLUMN_ROW, 220)
        self.conflicts.horizontalHeader().setSectionResizeMode(
            CONFLICT_COLUMN_CHANGES, QHeaderView.Stretch
        )
        self.conflicts.setColumnWidth(CONFLICT_COLUMN_CHOICE, 110)

        if preview.conflicts:
            conflict_text = self.tr(
                "These rows differ between this database and the bundle. For each, keep "
                "this database's version (mine) or take the bundle's (theirs). Nothing "
                "here is replaced unless you choose theirs:"
            )
        else:
            conflict_text = self.tr("No row differs from this database.")
        conflicts_label = QLabel(conflict_text)
        conflicts_label.setWordWrap(True)
        self.all_mine = QPushButton(self.tr("Keep &mine for all"))
        self.all_mine.clicked.connect(lambda: self._choose_all(_bundles().KEEP_MINE))
        self.all_theirs = QPushButton(self.tr("Take &theirs for all"))
        self.all_theirs.clicked.connect(lambda: self._choose_all(_bundles().TAKE_THEIRS))
        choose_all = QHBoxLayout()
        choose_all.addWidget(self.all_mine)
        choose_all.addWidget(self.all_theirs)
        choose_all.addStretch(1)
        nothing = not preview.total_new and not preview.conflicts
        note = QLabel(
            self.tr("Everything in the bundle is already here; importing changes nothing.")
            if nothing
            else self.tr("All of it is imported in one step, or nothing is.")
        )
        note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.setIcon(icons.icon("import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary, 2)
        layout.addWidget(conflicts_label)
        layout.addWidget(self.conflicts, 3)
        layout.addLayout(choose_all)
        self.conflicts.setVisible(bool(preview.conflicts))
        self.all_mine.setVisible(bool(preview.conflicts))
        self.all_theirs.setVisible(bool(preview.conflicts))
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _choose_all(self, choice: str) -> None:
        for combo in self.choices.values():
            combo.setCurrentIndex(combo.findData(choice))

    def chosen(self) -> dict[str, str]:
        """The choice for every differing row (each has one: "mine" unless changed)."""
        return {row_uuid: combo.currentData() for row_uuid, combo in self.choices.items()}


def _short(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= 40 else value[:39] + "…"


def _fixed_rows(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.verticalHeader().hide()


def ask_bundle_choices(parent: QWidget | None, preview: bundles.ImportPreview) -> dict | None:
    """Show the preview; the choices per changed row, or None when cancelled (tests replace)."""
    dialog = BundlePreviewDialog(preview, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.chosen()
