"""The minutes' versions in the export dialog: which version to print, finalising, and the
day corrections are due.

The list offers the current content first ("new draft v3", or the version that
already holds it) and then every recorded version, newest first. The preview
prints the chosen one with its stamp; saving the current content records it as
the next version first (:func:`facilitator.services.minutes_record.record_draft`).
"Finalise…" freezes the current content as the final and shows its SHA-256.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.documents.minutes_versions import VersionStamp
from facilitator.services import minutes_record, workshops
from facilitator.services.changes import WORKSHOP, changed
from facilitator.services.document_data import MinutesData
from facilitator.store import Store
from facilitator.ui.kit import dialogs
from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.labels import fill
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.timefmt import short_date

CURRENT = "current"


def _stamp(version: minutes_record.MinutesVersion, deadline: date | None) -> VersionStamp:
    row = version.row
    return VersionStamp(
        number=row.number,
        final=row.final,
        date=row.created_at,
        sha256=row.sha256,
        since_final=version.since_final,
        changes=version.changes,
        correction_deadline=None if row.final else deadline,
    )


class MinutesVersionsBar(QWidget):
    """Version choice, Finalise and the correction deadline of one workshop's minutes."""

    changed = Signal()  # print something else: render the preview again

    def __init__(self, store: Store, workshop_id: int, edits: Edits | None, parent=None):
        super().__init__(parent)
        self._store = store
        self._workshop_id = workshop_id
        self._edits = edits
        self._zone = workshops.get_workshop(store, workshop_id).time_zone
        self.version = QComboBox()
        self.version.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        version_label = QLabel(self.tr("&Version"))
        version_label.setBuddy(self.version)
        self.finalize_button = QPushButton(icon("finalise"), self.tr("&Finalise…"))
        self.finalize_button.setToolTip(
            self.tr(
                "Freeze the current content as the final minutes: every later export of the "
                "final prints exactly this, and later edits open a new draft."
            )
        )
        self.deadline_on = QCheckBox(self.tr("Corrections &due by"))
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd.MM.yyyy")
        self.deadline.setMinimumDate(QDate(1900, 1, 1))
        self.deadline.setMaximumDate(QDate(2200, 12, 31))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(self.info.textInteractionFlags() | _selectable())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(version_label)
        row.addWidget(self.version)
        row.addWidget(self.finalize_button)
        row.addSpacing(16)
        row.addWidget(self.deadline_on)
        row.addWidget(self.deadline)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.info)
        self._status: minutes_record.MinutesStatus | None = None
        self.reload()
        self.version.currentIndexChanged.connect(self._chosen)
        self.finalize_button.clicked.connect(self.finalize)
        # A day typed digit by digit or stepped with the arrows is saved once it settles.
        self._deadline_timer = QTimer(self)
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.setInterval(600)
        self._deadline_timer.timeout.connect(self._deadline_edited)
        self.deadline_on.toggled.connect(self._deadline_edited)
        self.deadline.dateChanged.connect(self._deadline_timer.start)

    # -- reading -----------------------------------------------------------------------

    def reload(self, select: str | int | None = None) -> None:
        """Read the versions again, keeping (or making) the choice ``select``."""
        self._status = status = minutes_record.status(self._store, self._workshop_id)
        keep = select if select is not None else self.version.currentData()
        if keep is None:  # first shown: sent minutes open on their final, as exports do
            keep = status.final.number if status.final is not None else CURRENT
        deadline = minutes_record.correction_deadline(self._store, self._workshop_id)
        self.version.blockSignals(True)
        self.version.clear()
        self.version.addItem(self._current_text(status), CURRENT)
        for row in reversed(status.versions):
            kind = self.tr("final") if row.final else self.tr("draft")
            when = short_date(row.created_at, self._zone)
            self.version.addItem(f"v{row.number} · {kind} · {when}", row.number)
        self.version.setCurrentIndex(max(self.version.findData(keep), 0))
        self.version.blockSignals(False)
        for widget in (self.deadline_on, self.deadline):
            widget.blockSignals(True)
        self.deadline_on.setChecked(deadline is not None)
        self.deadline.setEnabled(deadline is not None)
        if deadline is not None:
            self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        else:
            self.deadline.setDate(QDate.currentDate().addDays(14))
        for widget in (self.deadline_on, self.deadline):
            widget.blockSignals(False)
        already_final = status.current is not None and status.current.final
        self.finalize_button.setEnabled(not already_final)
        self._show_info()

    def _current_text(self, status: minutes_record.MinutesStatus) -> str:
        if status.current is None:
            return fill(self.tr("Current content: new draft v%1"), status.next_number)
        if status.current.final:
            return fill(self.tr("Current content: final v%1"), status.current.number)
        return fill(self.tr("Current content: draft v%1"), status.current.number)

    def _show_info(self) -> None:
        status = self._status
        choice = self.version.currentData()
        number = status.current.number if choice == CURRENT and status.current else choice
        row = next((r for r in status.versions if r.number == number), None)
        lines = []
        if row is not None and row.final:
            lines.append(fill(self.tr("Final. SHA-256 of its content: %1"), row.sha256))
        elif choice == CURRENT and status.final is not None and status.changes_since_final:
            changes = len(status.changes_since_final)
            lines.append(
                fill(
                    self.tr("%n change(s) since the final v%1; the draft lists them.", "", changes),
                    status.final.number,
                )
            )
        self.info.setText("\n".join(lines))
        self.info.setVisible(bool(lines))

    def choice(self) -> str | int:
        return self.version.currentData() or CURRENT

    def _deadline_value(self) -> date | None:
        if not self.deadline_on.isChecked():
            return None
        chosen = self.deadline.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def printed(self) -> tuple[MinutesData, VersionStamp]:
        """What the preview prints: the chosen version, or the current content as the draft
        it will be recorded as (nothing is written)."""
        status, choice = self._status, self.choice()
        deadline = self._deadline_value()
        if choice != CURRENT:
            return self._recorded(int(choice), deadline)
        if status.current is not None:
            return self._recorded(status.current.number, deadline)
        stamp = VersionStamp(
            number=status.next_number,
            final=False,
            date=datetime.now(UTC),
            since_final=status.final.number if status.final is not None else None,
            changes=status.changes_since_final,
            correction_deadline=deadline,
        )
        if status.data is None:  # not held: the service says why, in its words
            from facilitator.services.document_data import minutes_data

            return minutes_data(self._store, self._workshop_id), stamp
        return status.data, stamp  # read once, by the status

    def _recorded(self, number: int, deadline: date | None) -> tuple[MinutesData, VersionStamp]:
        version = minutes_record.version(self._store, self._workshop_id, number)
        return version.data, _stamp(version, deadline)

    def record(self) -> tuple[MinutesData, VersionStamp]:
        """Before saving: the current content is recorded as a version (the last one again
        when nothing changed); a chosen recorded version prints as it is."""
        if self.choice() != CURRENT:
            return self.printed()
        version = minutes_record.record_draft(self._store, self._workshop_id)
        self.reload(select=CURRENT)
        return version.data, _stamp(version, self._deadline_value())

    # -- edits -------------------------------------------------------------------------

    def _run(self, do, on_error=None):
        if self._edits is None:
            try:
                return do()
            except Exception as exc:  # shown as the kit shows a refusal
                dialogs.tell_error(self, self.tr("Minutes"), str(exc))
                return None
        done = self._edits.run(
            self, do, changes=changed(WORKSHOP, self._workshop_id), on_error=on_error
        )
        return done.value if done is not None else None

    def finalize(self) -> bool:
        """Ask, then freeze the current content as the final version."""
        status = self._status
        question = fill(
            self.tr(
                "Finalise the minutes as version %1? Every later export of the final prints "
                "exactly this content; later edits open a new draft."
            ),
            status.next_number if status.current is None or not status.current.final else "",
        )
        if not dialogs.ask_yes_no(self, self.tr("Finalise the minutes"), question):
            return False
        result = self._run(lambda: minutes_record.finalize(self._store, self._workshop_id))
        if result is None:
            return False
        self.reload(select=CURRENT)  # the current content is now the final
        self.changed.emit()
        return True

    def _deadline_edited(self, *_args) -> None:
        self._deadline_timer.stop()
        self.deadline.setEnabled(self.deadline_on.isChecked())
        value = self._deadline_value()

        def show_error(message: str) -> None:
            self.info.setText(message)
            self.info.show()

        done = self._run(
            lambda: workshops.update_workshop(
                self._store, self._workshop_id, correction_deadline=value
            ),
            on_error=show_error,
        )
        if done is not None:
            self.changed.emit()

    def _chosen(self, *_args) -> None:
        self._show_info()
        self.changed.emit()


def _selectable():
    from PySide6.QtCore import Qt

    return Qt.TextSelectableByMouse
