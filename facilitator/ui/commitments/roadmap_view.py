"""The series page's Roadmap tab: phases (side list, ordered by target date) and the timeline of
commitments — bars from start to due date, one lane per organization, coloured by status, a
line for today, zoom between months and quarters, a click (or Enter) on a bar edits it.

Edits of phases and commitments are undoable edits (``kit/operations.py``; the
commitments' are ``commitment_edits.py``, shared with the workshop's tab). The
timeline is rebuilt only when the series or its roadmap changed; zooming and
scrolling repaint what is in sight.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError, NotFoundError
from facilitator.models.enums import CommitmentStatus
from facilitator.services import commitments, roadmap
from facilitator.store import Store
from facilitator.ui.commitments.commitment_edits import (
    CommitmentEdits,
    edited,
    offer_choices,
    quoted,
)
from facilitator.ui.commitments.commitment_form import CommitmentForm, parse_day
from facilitator.ui.commitments.commitment_labels import short_day, status_css, status_label
from facilitator.ui.commitments.timeline_scene import (
    HEADER_HEIGHT,
    LABEL_WIDTH,
    MONTHS_SCALE,
    QUARTERS_SCALE,
    BarItem,
    TimelineScene,
    bar_tooltip,
    header_font,
    months_between,
)
from facilitator.ui.kit import colours, icons
from facilitator.ui.kit.autosave import error_label
from facilitator.ui.kit.changes import (
    COMMITMENT,
    ORGANIZATION,
    PERSON,
    PHASE,
    PROPOSAL,
    WORKSHOP,
    ChangeBus,
    changed,
)
from facilitator.ui.kit.colours import Tone
from facilitator.ui.kit.flow_layout import FlowLayout
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.reload_when_shown import ReloadWhenShown
from facilitator.ui.kit.undo import EditHistory, Undo

# Below this many pixels per day the axis shows quarters instead of months.
QUARTER_AXIS_BELOW = 2.5
ZOOM_STEP = 1.25


class TimelineView(QGraphicsView):
    """Shows a :class:`TimelineScene` with its axis and lane names kept in sight.

    ``bar_activated(commitment_id)`` on a click on a bar, or Enter on the
    selected one; Ctrl+wheel zooms around the pointer; ``zoomed(scale)`` after.
    """

    bar_activated = Signal(int)
    zoomed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing, False)
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)  # overlays follow scrolling
        self.setOptimizationFlags(
            QGraphicsView.DontSavePainterState | QGraphicsView.DontAdjustForAntialiasing
        )
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setDragMode(QGraphicsView.NoDrag)
        self.setFocusPolicy(Qt.StrongFocus)
        colours.follow_palette(self, self._restyle)

    def _restyle(self) -> None:
        """The desktop turned dark or light: the timeline takes the new colours."""
        scene = self.timeline()
        if scene is not None:
            scene.restyle()
        self.viewport().update()

    def timeline(self) -> TimelineScene | None:
        scene = self.scene()
        return scene if isinstance(scene, TimelineScene) else None

    # -- zoom -----------------------------------------------------------------------------

    def set_scale(self, pixels_per_day: float, anchor_x: float | None = None) -> None:
        """Zoom, keeping the day under ``anchor_x`` (viewport x; default the middle) in place."""
        scene = self.timeline()
        if scene is None:
            return
        if anchor_x is None:
            anchor_x = self.viewport().width() / 2
        bar = self.horizontalScrollBar()
        day_x = bar.value() + anchor_x
        day = scene.day_at(day_x)
        fraction = (day_x - scene.x_of(day)) / scene.scale
        scene.set_scale(pixels_per_day)
        bar.setValue(round(scene.x_of(day) + fraction * scene.scale - anchor_x))
        self.zoomed.emit(scene.scale)

    def wheelEvent(self, event) -> None:
        scene = self.timeline()
        if scene is not None and event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_scale(scene.scale * ZOOM_STEP**steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def scroll_to(self, day: date) -> None:
        scene = self.timeline()
        if scene is not None:
            self.horizontalScrollBar().setValue(
                round(scene.x_of(day) - LABEL_WIDTH - self.viewport().width() / 4)
            )

    # -- bars -----------------------------------------------------------------------------

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            # Made when asked for: 2,000 tooltips written up front cost a third of a second.
            over_names = event.pos().x() < LABEL_WIDTH or event.pos().y() < HEADER_HEIGHT
            item = None if over_names else self.itemAt(event.pos())
            if isinstance(item, BarItem):
                QToolTip.showText(event.globalPos(), bar_tooltip(item.bar), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton:
            point = event.position().toPoint()
            if point.x() < LABEL_WIDTH or point.y() < HEADER_HEIGHT:
                return  # on the names or the axis painted over the bars
            item = self.itemAt(point)
            if isinstance(item, BarItem):
                item.setSelected(True)
                self.bar_activated.emit(item.commitment_id)

    def selected_bar(self) -> BarItem | None:
        scene = self.timeline()
        if scene is None:
            return None
        selected = [i for i in scene.selectedItems() if isinstance(i, BarItem)]
        return selected[0] if selected else None

    def select_bar(self, commitment_id: int) -> BarItem | None:
        scene = self.timeline()
        if scene is None:
            return None
        for item in scene.bars:
            if item.commitment_id == commitment_id:
                scene.clearSelection()
                item.setSelected(True)
                self.ensureVisible(item, 80, 40)
                return item
        return None

    def keyPressEvent(self, event) -> None:
        scene = self.timeline()
        key = event.key()
        if (
            scene is not None
            and scene.bars
            and key
            in (
                Qt.Key_Return,
                Qt.Key_Enter,
                Qt.Key_Down,
                Qt.Key_Up,
            )
        ):
            current = self.selected_bar()
            if key in (Qt.Key_Return, Qt.Key_Enter):
                if current is not None:
                    self.bar_activated.emit(current.commitment_id)
                event.accept()
                return
            index = scene.bars.index(current) if current is not None else -1
            index = min(len(scene.bars) - 1, index + 1) if key == Qt.Key_Down else max(0, index - 1)
            self.select_bar(scene.bars[index].commitment_id)
            event.accept()
            return
        if scene is not None and event.modifiers() & Qt.ControlModifier:
            if key in (Qt.Key_Plus, Qt.Key_Equal):
                self.set_scale(scene.scale * ZOOM_STEP)
                return
            if key == Qt.Key_Minus:
                self.set_scale(scene.scale / ZOOM_STEP)
                return
        super().keyPressEvent(event)

    # -- the axis and the lane names, painted over the scene ------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        scene = self.timeline()
        if scene is None:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        left, top, width = visible.left(), visible.top(), visible.width()
        paint = scene.colours
        font = header_font(self.font())
        painter.setFont(font)
        # Lane names on the left.
        painter.fillRect(
            QRectF(left, top + HEADER_HEIGHT, LABEL_WIDTH, visible.height()),
            paint.base,  # opaque: no bar shows through the names
        )
        painter.setPen(QPen(paint.grid))
        painter.drawLine(
            round(left + LABEL_WIDTH),
            round(top),
            round(left + LABEL_WIDTH),
            round(visible.bottom()),
        )
        metrics = painter.fontMetrics()
        for lane in scene.visible_lanes(top + HEADER_HEIGHT, visible.bottom()):
            painter.setPen(QPen(paint.grid))
            painter.drawLine(
                round(left), round(lane.bottom + 4), round(visible.right()), round(lane.bottom + 4)
            )
            painter.setPen(paint.text)
            name = metrics.elidedText(lane.name, Qt.ElideRight, int(LABEL_WIDTH - 12))
            painter.drawText(
                QRectF(left + 6, lane.top, LABEL_WIDTH - 12, 24),
                Qt.AlignVCenter | Qt.AlignLeft,
                name,
            )
        # The axis on top: months or quarters, then the phases' names.
        header = QRectF(left, top, width, HEADER_HEIGHT)
        painter.fillRect(header, paint.header)
        painter.setPen(QPen(paint.grid))
        painter.drawLine(
            round(left),
            round(top + HEADER_HEIGHT),
            round(visible.right()),
            round(top + HEADER_HEIGHT),
        )
        first = scene.day_at(max(left + LABEL_WIDTH, LABEL_WIDTH)) - timedelta(days=92)
        last = scene.day_at(visible.right()) + timedelta(days=1)
        quarters = scene.scale < QUARTER_AXIS_BELOW
        for day in months_between(first, last):
            if quarters and (day.month - 1) % 3:
                continue
            x = scene.x_of(day)
            if x < left + LABEL_WIDTH:
                continue  # under the names' column
            painter.setPen(QPen(paint.tick))
            painter.drawLine(round(x), round(top + 2), round(x), round(top + 20))
            if quarters:
                text = (
                    self.tr("Q%1 %2")
                    .replace("%1", str((day.month - 1) // 3 + 1))
                    .replace("%2", str(day.year))
                )
            else:
                text = self.locale().toString(_qdate(day), "MMM yyyy")
            painter.setPen(paint.header_text)
            painter.drawText(QRectF(x + 3, top + 2, 200, 18), Qt.AlignVCenter | Qt.AlignLeft, text)
        for _band, start, end, title in scene.bands:
            x0, x1 = scene.x_of(start), scene.x_of(end + timedelta(days=1))
            if x1 < left + LABEL_WIDTH or x0 > visible.right():
                continue
            x0 = max(x0, left + LABEL_WIDTH)
            painter.setPen(paint.phase_text)
            text = metrics.elidedText(title, Qt.ElideRight, int(max(0, x1 - x0 - 8)))
            painter.drawText(
                QRectF(x0 + 4, top + 22, x1 - x0 - 8, 20), Qt.AlignVCenter | Qt.AlignLeft, text
            )
        x = scene.x_of(scene.today) + scene.scale / 2
        if left + LABEL_WIDTH <= x <= visible.right():
            painter.setPen(QPen(paint.today, 2))
            painter.drawLine(round(x), round(top + 24), round(x), round(top + HEADER_HEIGHT))
        painter.fillRect(QRectF(left, top, LABEL_WIDTH, HEADER_HEIGHT), paint.header)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class Legend(QWidget):
    """The statuses, each in its bar's colour, the today line and the overdue hatching."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # Wrapping onto a second line in a narrow panel, rather than widening the window.
        layout = FlowLayout(self, spacing=6)
        self.chips: dict[CommitmentStatus, QLabel] = {}
        for status in CommitmentStatus:
            chip = QLabel(status_label(status))
            chip.setTextFormat(Qt.PlainText)
            layout.addWidget(chip)
            self.chips[status] = chip
        # The today line and the overdue hatching, each kept on one line with its word.
        self.today_line = QLabel()
        self.today_line.setFixedSize(3, 16)
        layout.addWidget(_beside(self.today_line, QLabel(self.tr("Today"))))
        self.overdue = QLabel()
        self.overdue.setFixedSize(14, 14)
        self.overdue_label = QLabel(self.tr("Overdue"))
        layout.addWidget(_beside(self.overdue, self.overdue_label))
        colours.follow_palette(self, self._restyle)

    def _restyle(self) -> None:
        for status, chip in self.chips.items():
            chip.setStyleSheet(f"{status_css(status)} padding: 1px 6px; border-radius: 3px;")
        error = colours.css(Tone.ERROR)
        self.today_line.setStyleSheet(f"background: {error};")
        self.overdue.setStyleSheet(f"border: 2px solid {error}; background: palette(base);")


def _beside(mark: QWidget, label: QLabel) -> QWidget:
    """A mark and its word, side by side, with a little room before them."""
    pair = QWidget()
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(6, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(mark)
    layout.addWidget(label)
    return pair


class PhasesPanel(QWidget):
    """The phases of the series, ordered by target date, with a small form to edit them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("Phases"))
        title.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.error = error_label()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title of the phase"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", short_day(date(2026, 12, 31)))
        )
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.new_button = QPushButton(self.tr("New phase"))
        self.save_button = QPushButton(self.tr("Save phase"))
        self.delete_button = QPushButton(self.tr("Delete phase"))
        icons.decorate(
            self, {"new_button": "add", "save_button": "save", "delete_button": "delete"}
        )
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Target date"), self.target)
        form.addRow(self.tr("Description"), self.description)
        # Two rows of buttons, so the panel leaves the timeline (and the sidebar) room.
        buttons = QGridLayout()
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.save_button, 0, 1)
        buttons.addWidget(self.delete_button, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._load_current)
        self.title.returnPressed.connect(self.save_button.click)
        self.target.returnPressed.connect(self.save_button.click)
        self._rows: list = []
        self._seen: dict = {}  # the phase's values as loaded: what the user saw

    def seen(self) -> dict:
        return dict(self._seen)

    def set_phases(self, rows, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        self._rows = list(rows)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self._rows:
            day = short_day(row.target_date) or self.tr("no date")
            item = QListWidgetItem(
                self.tr("%1 — %2 (%3)")
                .replace("%1", day)
                .replace("%2", row.title)
                .replace("%3", str(row.commitment_count))
            )
            item.setData(Qt.UserRole, row.id)
            item.setToolTip(item.text())  # whole, when the panel is narrow
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in self._rows]
        if keep in ids:
            self.list.setCurrentRow(ids.index(keep))
        else:
            self.clear_form()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _load_current(self, row: int) -> None:
        self.error.hide()
        if row < 0 or row >= len(self._rows):
            return
        phase = self._rows[row]
        self._seen = {
            "title": phase.title,
            "target_date": phase.target_date,
            "description": phase.description,
        }
        self.title.setText(phase.title)
        self.target.setText(short_day(phase.target_date))
        self.description.setPlainText(phase.description)
        self.delete_button.setEnabled(True)

    def clear_form(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._seen = {}
        self.title.setText("")
        self.target.setText("")
        self.description.setPlainText("")
        self.delete_button.setEnabled(False)
        self.error.hide()

    def values(self) -> dict | str:
        day = parse_day(self.target.text())
        if isinstance(day, str):
            return (
                self.tr("“%1” is not a date; type it like %2.")
                .replace("%1", day[:40])
                .replace("%2", short_day(date(2026, 12, 31)))
            )
        return {
            "title": self.title.text(),
            "target_date": day,
            "description": self.description.toPlainText(),
        }

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class RoadmapView(ReloadWhenShown, QWidget):
    """The roadmap of one series: phases beside the timeline, the edited commitment beside it."""

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        history: EditHistory,
        parent=None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self._store = store
        self._edits = Edits(store, bus, history)
        self._commitment_edits = CommitmentEdits(
            store, self._edits, self, lambda commitment_id: self.view.select_bar(commitment_id)
        )
        self._today = today
        self.series_id: int | None = None
        self.data: roadmap.Timeline | None = None

        self.months_button = QPushButton(self.tr("Months"))
        self.quarters_button = QPushButton(self.tr("Quarters"))
        self.today_button = QPushButton(self.tr("Go to today"))
        self.new_button = QPushButton(self.tr("New commitment"))
        self.new_button.setToolTip(
            self.tr("Add a commitment straight to this roadmap, not made at a workshop")
        )
        self.new_button.clicked.connect(self.new_commitment)
        icons.decorate(self, {"new_button": "add", "today_button": "calendar"})
        self.zoom = QButtonGroup(self)
        for button in (self.months_button, self.quarters_button):
            button.setCheckable(True)
            self.zoom.addButton(button)
        self.months_button.setChecked(True)
        self.months_button.clicked.connect(lambda: self.view.set_scale(MONTHS_SCALE))
        self.quarters_button.clicked.connect(lambda: self.view.set_scale(QUARTERS_SCALE))
        self.today_button.clicked.connect(lambda: self.view.scroll_to(self._today()))
        self.summary = QLabel()  # on a line of its own, wrapped in a narrow panel
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        self.view = TimelineView()
        self.view.bar_activated.connect(self.edit_commitment)
        self.view.zoomed.connect(self._show_zoom)
        self.empty = QLabel(
            self.tr(
                "No commitments on this roadmap yet. Commitments made at the series' workshops "
                "(Commitments tab, or Ctrl+T on the live screen) appear here as bars from their "
                "start to their due date."
            )
        )
        self.empty.setWordWrap(True)
        colours.show_in(self.empty, Tone.MUTED, "padding: 12px;")
        self.phases = PhasesPanel()
        self.phases.new_button.clicked.connect(self.phases.clear_form)
        self.phases.save_button.clicked.connect(self.save_phase)
        self.phases.delete_button.clicked.connect(self.delete_phase)
        self.form = CommitmentForm()
        self.form.submitted.connect(self._save_commitment)
        self.form.cancelled.connect(self._close_form)
        self.form.hide()
        self._sizes_before_form: list[int] | None = None

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Zoom:")))
        tools.addWidget(self.months_button)
        tools.addWidget(self.quarters_button)
        tools.addWidget(self.today_button)
        tools.addStretch(1)
        tools.addWidget(self.new_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(tools)
        middle_layout.addWidget(self.summary)
        self.legend = Legend()
        middle_layout.addWidget(self.legend)
        middle_layout.addWidget(self.empty)
        middle_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.phases)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([260, 900, 0])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        bus.changed.connect(self._on_changed)

    # -- showing --------------------------------------------------------------------------

    def show_series(self, series_id: int) -> None:
        if series_id != self.series_id:
            self._close_form()
            self.phases.clear_form()
        self.series_id = series_id
        self.reload()

    def reload(self) -> None:
        """Read the roadmap again and rebuild the timeline (keeping zoom and scroll)."""
        if self.series_id is None:
            return
        self._stale = False
        try:
            data = roadmap.timeline(self._store, self.series_id, self._today())
        except NotFoundError:
            self.series_id = None
            return
        self.data = data
        old = self.view.timeline()
        scale = old.scale if old is not None else MONTHS_SCALE
        h, v = self.view.horizontalScrollBar().value(), self.view.verticalScrollBar().value()
        selected = self.view.selected_bar()
        scene = TimelineScene(data, self._today(), self)
        scene.set_scale(scale)
        self.view.setScene(scene)
        if old is not None:
            old.deleteLater()
            self.view.horizontalScrollBar().setValue(h)
            self.view.verticalScrollBar().setValue(v)
        else:
            self.view.scroll_to(self._today())
        if selected is not None:
            self.view.select_bar(selected.commitment_id)
        self._show_zoom(scene.scale)
        self.phases.set_phases(data.phases)
        count = data.bar_count
        # Two counts, each with its own numerus form: "1 commitment of 1 organization".
        organizations = self.tr("of %n organization(s)", None, len(data.lanes))
        text = self.tr("%n commitment(s) %1", None, count).replace("%1", organizations)
        if data.undated:
            text += " · " + self.tr("%1 without dates (not drawn)").replace(
                "%1", str(len(data.undated))
            )
        self.summary.setText(text)
        self.empty.setVisible(count == 0)

    def _show_zoom(self, scale: float) -> None:
        self.months_button.setChecked(scale >= (MONTHS_SCALE + QUARTERS_SCALE) / 2)
        self.quarters_button.setChecked(scale < (MONTHS_SCALE + QUARTERS_SCALE) / 2)

    def _on_changed(self, kind: str, _ids, initiator=None) -> None:
        if initiator is self or self.series_id is None:
            return
        if kind in (COMMITMENT, PHASE, ORGANIZATION, PERSON, WORKSHOP, PROPOSAL):
            self.reload_or_mark_stale()

    # -- commitments ----------------------------------------------------------------------

    def edit_commitment(self, commitment_id: int) -> None:
        """Open the form on a commitment (a click or Enter on its bar)."""
        try:
            row = commitments.get_commitment(self._store, commitment_id)
        except FacilitatorError as exc:
            self.phases.show_error(str(exc))
            return
        decisions = (
            commitments.decision_choices(self._store, row.workshop_id) if row.workshop_id else []
        )
        offer_choices(self._store, self.form, self.data.phases if self.data else (), decisions)
        self.form.load(row)
        self._open_form()

    def _show_stored(self, commitment_id: int | None) -> None:
        """The form shows the commitment as stored now (changed by another user since it
        was opened), or closes when it is gone."""
        if commitment_id is None:
            return
        try:
            row = commitments.get_commitment(self._store, commitment_id)
        except NotFoundError:
            self._close_form()
            return
        self.form.load(row)

    def _open_form(self) -> None:
        """Show the form beside the timeline; the phases' panel gives way while it is open,
        so the form's fields and the timeline's legend are not cut."""
        self.form.show()
        sizes = self.splitter.sizes()
        if sizes[2] < self.form.minimumWidth():
            self._sizes_before_form = sizes
            total = sum(sizes)
            form = self.form.minimumWidth()
            self.phases.hide()
            self.splitter.setSizes([0, total - form, form])

    def _close_form(self) -> None:
        self.form.hide()
        if not self.phases.isVisibleTo(self):
            self.phases.show()
            if self._sizes_before_form is not None:
                self.splitter.setSizes(self._sizes_before_form)
            self._sizes_before_form = None

    def new_commitment(self) -> None:
        """Open the form on a new commitment of this series, made at no workshop."""
        if self.series_id is None:
            return
        try:
            decisions = commitments.series_decision_choices(self._store, self.series_id)
        except FacilitatorError as exc:
            self.phases.show_error(str(exc))
            return
        offer_choices(self._store, self.form, self.data.phases if self.data else (), decisions)
        self.form.start_new()
        scene = self.view.timeline()
        if scene is not None:
            scene.clearSelection()
        self._open_form()

    def _save_commitment(self, commitment_id: int | None, values: dict) -> None:
        row = self._commitment_edits.save(
            commitment_id,
            values,
            self.form.show_error,
            series_id=self.series_id,
            seen=self.form.seen(),
            reread=lambda: self._show_stored(commitment_id),
        )
        if row is not None:
            self._close_form()
            self._shown()
            self.view.select_bar(row.id)

    # -- phases ---------------------------------------------------------------------------

    def save_phase(self) -> None:
        if self.series_id is None:
            return
        values = self.phases.values()
        if isinstance(values, str):
            self.phases.show_error(values)
            return
        store, series_id, phase_id = self._store, self.series_id, self.phases.current_id()
        if phase_id is None:

            def save():
                row = roadmap.create_phase(store, series_id, **values)
                state = {"expect": roadmap.phase_values(store, row.id)}

                def undo() -> None:  # refused when the phase was changed since
                    state["phase"] = roadmap.delete_phase(store, row.id, expect=state["expect"])

                def redo() -> None:
                    roadmap.restore_phase(store, state["phase"])
                    state["expect"] = roadmap.phase_values(store, row.id)

                return row.id, row.title, undo, redo

            text = self.tr("add phase %1")
        else:
            # Only the fields changed, each refused if another user changed it since.
            changes, saw = edited(values, self.phases.seen())

            def save():
                before = roadmap.phase_values(store, phase_id)
                row = roadmap.update_phase(store, phase_id, seen=saw, **changes)
                after = roadmap.phase_values(store, phase_id)
                # Each expects what the other left: a change made elsewhere since is kept.
                return (
                    phase_id,
                    row.title,
                    lambda: roadmap.update_phase(store, phase_id, expect=after, **before),
                    lambda: roadmap.update_phase(store, phase_id, expect=before, **after),
                )

            text = self.tr("edit phase %1")
        done = self._phase_edit(text, save)
        if done:
            self.phases.set_phases(self.data.phases if self.data else (), keep=done.value[0])

    def delete_phase(self) -> None:
        phase_id = self.phases.current_id()
        if phase_id is None:
            return
        store = self._store

        def delete():
            state = {"phase": roadmap.delete_phase(store, phase_id)}

            def undo() -> None:
                roadmap.restore_phase(store, state["phase"])
                state["expect"] = roadmap.phase_values(store, phase_id)

            def redo() -> None:  # refused when the phase was changed since it came back
                state["phase"] = roadmap.delete_phase(store, phase_id, expect=state["expect"])

            return phase_id, state["phase"].values["title"], undo, redo

        self._phase_edit(self.tr("delete phase %1"), delete, before_shown=self.phases.clear_form)

    def _phase_edit(self, text: str, do, before_shown=None):
        """``do()`` writes and gives (phase id, title, undo, redo)."""
        done = self._edits.run(
            self,
            do,
            changes=lambda result: changed(PHASE, result[0]),
            undo=lambda result: Undo(text.replace("%1", quoted(result[1])), *result[2:]),
            on_error=self.phases.show_error,
        )
        if done:
            if before_shown is not None:
                before_shown()
            self._shown()
        return done

    def _shown(self) -> None:
        """Show the edit just made (the edit was announced to every other view)."""
        self.phases.error.hide()
        self.reload()
