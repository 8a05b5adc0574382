"""The roadmap timeline as a QGraphicsScene: phases as bands, commitments as bars from start
to due date in one lane per organization, coloured by status, and a line for today.

The scene is built once from a :class:`~facilitator.services.roadmap.Timeline`;
zooming only moves the items (``set_scale``), so it never reads again. The
axis and the organizations' names are painted by the view over the scene,
so they stay in sight while scrolling.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyle,
)

from facilitator.services.roadmap import Timeline, TimelineBar
from facilitator.ui.commitment_labels import format_quantity, short_day, status_colour, status_label

HEADER_HEIGHT = 46.0  # the axis (and phase names) painted over the top of the view
LABEL_WIDTH = 230.0  # the organizations' names painted over the left of the view
ROW_HEIGHT = 24.0
BAR_HEIGHT = 18.0
LANE_GAP = 8.0
MARGIN_DAYS = 20
MONTHS_SCALE = 4.0  # pixels per day: a month ≈ 120 px
QUARTERS_SCALE = 1.3  # a quarter ≈ 120 px
MIN_SCALE, MAX_SCALE = 0.6, 16.0
PHASE_COLOURS = ("#eef3f8", "#f7f3ea")
TODAY_COLOUR = "#c0392b"


@dataclass(frozen=True)
class Lane:
    """Where one organization's lane lies (scene y), for the names painted beside it."""

    top: float
    bottom: float
    name: str


class BarItem(QGraphicsRectItem):
    """One commitment's bar; its text is the commitment, cut to fit."""

    def __init__(self, bar: TimelineBar, row: int):
        super().__init__()
        self.bar = bar
        self.commitment_id = bar.commitment.id
        self.row = row
        self._elided: tuple[float, str] = (-1.0, "")
        colour = status_colour(bar.commitment.status)
        self.setBrush(QBrush(colour))
        self.setPen(QPen(colour.darker(130), 1))
        self._text_colour = QColor("white") if colour.lightness() < 150 else QColor("#1f2933")
        self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.setFlag(QGraphicsItem.ItemIsFocusable)
        c = bar.commitment
        lines = [c.title, c.organization_name]
        lines.append(f"{short_day(bar.start)} – {short_day(bar.end)} · {status_label(c.status)}")
        quantity = format_quantity(c.quantity, c.unit)
        if quantity:
            lines.append(quantity)
        if c.overdue:
            lines.append(QCoreApplication.translate("Timeline", "overdue"))
        self.setToolTip("\n".join(lines))

    def paint(self, painter, option, widget=None) -> None:
        rect = self.rect()
        selected = bool(option.state & QStyle.State_Selected)
        painter.setPen(QPen(QColor("#111111"), 2) if selected else self.pen())
        painter.setBrush(self.brush())
        painter.drawRect(rect)
        if rect.width() < 28:
            return
        width = rect.width() - 8
        if self._elided[0] != width:
            metrics = QFontMetricsF(painter.font())
            self._elided = (
                width,
                metrics.elidedText(self.bar.commitment.title, Qt.ElideRight, width),
            )
        painter.setPen(self._text_colour)
        painter.drawText(
            rect.adjusted(4, 0, -4, 0), Qt.AlignVCenter | Qt.AlignLeft, self._elided[1]
        )


class TimelineScene(QGraphicsScene):
    """Bars, phase bands and the today line for one series, laid out at a zoom scale."""

    def __init__(self, timeline: Timeline, today: date, parent=None):
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        self.timeline = timeline
        self.today = today
        self.scale = MONTHS_SCALE
        first = timeline.first or today
        last = timeline.last or today
        first, last = min(first, today), max(last, today)
        self.origin = date(first.year, first.month, 1) - timedelta(days=MARGIN_DAYS)
        self.end = last + timedelta(days=MARGIN_DAYS + 31)
        self.bars: list[BarItem] = []
        self.lanes: list[Lane] = []
        self._lane_tops: list[float] = []
        self.bands: list[tuple[QGraphicsRectItem, date, date, str]] = []
        self._build()
        self.set_scale(self.scale)

    # -- geometry -------------------------------------------------------------------------

    def x_of(self, day: date) -> float:
        """Scene x of the start of a day."""
        return LABEL_WIDTH + (day - self.origin).days * self.scale

    def day_at(self, x: float) -> date:
        return self.origin + timedelta(days=int((x - LABEL_WIDTH) // self.scale))

    @property
    def height(self) -> float:
        return self.lanes[-1].bottom + LANE_GAP if self.lanes else HEADER_HEIGHT + ROW_HEIGHT

    @property
    def width(self) -> float:
        return self.x_of(self.end)

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        y = HEADER_HEIGHT + LANE_GAP
        for lane in self.timeline.lanes:
            # Bars that do not overlap share a row, so a lane stays short.
            row_ends: list[date] = []
            placed = []
            for bar in lane.bars:
                for row, end in enumerate(row_ends):
                    if end < bar.start:
                        row_ends[row] = bar.end
                        break
                else:
                    row = len(row_ends)
                    row_ends.append(bar.end)
                placed.append((bar, row))
            top = y
            for bar, row in placed:
                item = BarItem(bar, row)
                item.setData(0, top)
                item.setZValue(2)
                self.addItem(item)
                self.bars.append(item)
            y = top + max(1, len(row_ends)) * ROW_HEIGHT
            self.lanes.append(Lane(top, y, lane.organization_name))
            self._lane_tops.append(top)
            y += LANE_GAP
        start = self.origin
        for n, phase in enumerate(self.timeline.phases):
            if phase.target_date is None:
                continue
            end = phase.target_date
            band = QGraphicsRectItem()
            band.setBrush(QBrush(QColor(PHASE_COLOURS[n % 2])))
            band.setPen(QPen(Qt.NoPen))
            band.setZValue(-10)
            self.addItem(band)
            self.bands.append((band, start, end, phase.title))
            start = end + timedelta(days=1)
        self.target_lines: list[tuple[QGraphicsLineItem, date]] = []
        pen = QPen(QColor("#7a8794"), 1, Qt.DashLine)
        for phase in self.timeline.phases:
            if phase.target_date is not None:
                line = QGraphicsLineItem()
                line.setPen(pen)
                line.setZValue(-5)
                self.addItem(line)
                self.target_lines.append((line, phase.target_date + timedelta(days=1)))
        self.today_line = QGraphicsLineItem()
        self.today_line.setPen(QPen(QColor(TODAY_COLOUR), 2))
        self.today_line.setZValue(5)
        self.addItem(self.today_line)

    def set_scale(self, pixels_per_day: float) -> None:
        """Zoom: pixels per day; every item moves to its new place."""
        self.scale = max(MIN_SCALE, min(MAX_SCALE, pixels_per_day))
        height = self.height
        for item in self.bars:
            bar = item.bar
            x = self.x_of(bar.start)
            width = max(3.0, ((bar.end - bar.start).days + 1) * self.scale)
            top = item.data(0) + item.row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
            item.setRect(QRectF(x, top, width, BAR_HEIGHT))
        for band, start, end, _title in self.bands:
            band.setRect(
                QRectF(
                    self.x_of(start),
                    0,
                    self.x_of(end + timedelta(days=1)) - self.x_of(start),
                    height,
                )
            )
        for line, day in self.target_lines:
            line.setLine(QLineF(self.x_of(day), 0, self.x_of(day), height))
        x = self.x_of(self.today) + self.scale / 2
        self.today_line.setLine(QLineF(x, HEADER_HEIGHT, x, height))
        self.setSceneRect(QRectF(0, 0, self.width, height))

    def lane_at(self, y: float) -> int:
        return bisect_right(self._lane_tops, y) - 1

    def visible_lanes(self, top: float, bottom: float) -> list[Lane]:
        first = max(0, self.lane_at(top))
        lanes = []
        for lane in self.lanes[first:]:
            if lane.top > bottom:
                break
            lanes.append(lane)
        return lanes


def months_between(first: date, last: date):
    """The first day of every month from ``first``'s month to ``last``."""
    day = date(first.year, first.month, 1)
    while day <= last:
        yield day
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def header_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
    return font
