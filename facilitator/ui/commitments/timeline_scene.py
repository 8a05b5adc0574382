"""The roadmap timeline as a QGraphicsScene: phases as bands, commitments as bars from start
to due date in one lane per organization, coloured by status, and a line for today.

The scene is built once from a :class:`~facilitator.services.roadmap.Timeline`;
zooming only moves the items (``set_scale``), so it never reads again. The
axis and the organizations' names are painted by the view over the scene,
so they stay in sight while scrolling.

Its colours come from the palette and ``kit/colours.py`` (:class:`TimelineColours`):
the background is the palette's base, the axis a quiet panel, each status a fill with
its own text colour; ``restyle()`` repaints them when the desktop turns dark or light.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyle,
)

from facilitator.services.roadmap import Timeline, TimelineBar
from facilitator.ui.commitments.commitment_labels import (
    format_quantity,
    short_day,
    status_fill,
    status_label,
)
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Fill, Tone

HEADER_HEIGHT = 46.0  # the axis (and phase names) painted over the top of the view
LABEL_WIDTH = 230.0  # the organizations' names painted over the left of the view
ROW_HEIGHT = 24.0
BAR_HEIGHT = 18.0
LANE_GAP = 8.0
MARGIN_DAYS = 20
MONTHS_SCALE = 4.0  # pixels per day: a month ≈ 120 px
QUARTERS_SCALE = 1.3  # a quarter ≈ 120 px
MIN_SCALE, MAX_SCALE = 0.6, 16.0


def _mix(base: QColor, other: QColor, share: float) -> QColor:
    """``base`` with ``share`` (0–1) of ``other`` mixed in: a tint of the palette."""
    return QColor(
        round(base.red() + (other.red() - base.red()) * share),
        round(base.green() + (other.green() - base.green()) * share),
        round(base.blue() + (other.blue() - base.blue()) * share),
    )


@dataclass(frozen=True)
class TimelineColours:
    """What the timeline is painted with, for one palette."""

    dark: bool
    base: QColor  # the scene's background and the names' column
    text: QColor  # the organizations' names
    grid: QColor  # lines between lanes, the edge of the names' column and of the axis
    header: QColor  # the axis's background
    header_text: QColor  # months and quarters
    tick: QColor  # the month marks
    phase_text: QColor  # the phases' names on the axis
    bands: tuple[QColor, QColor]  # the phases' bands, one tint and the other
    phase_line: QColor  # the dashed line at a phase's target date
    today: QColor  # the today line, and the hatching of an overdue bar
    selected: QColor  # the border of the selected bar

    @classmethod
    def of(cls, palette: QPalette | None = None) -> TimelineColours:
        palette = palette if palette is not None else QGuiApplication.palette()
        dark = colours.is_dark(palette)
        base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
        header, header_text = colours.fill(Fill.PANEL, dark)
        return cls(
            dark=dark,
            base=base,
            text=text,
            grid=_mix(base, text, 0.2),
            header=header,
            header_text=header_text,
            tick=_mix(header, header_text, 0.45),
            phase_text=colours.colour(Tone.ACCENT, dark),
            bands=(
                _mix(base, colours.colour(Tone.ACCENT, dark), 0.1),
                _mix(base, colours.colour(Tone.WARNING, dark), 0.1),
            ),
            phase_line=colours.colour(Tone.MUTED, dark),
            today=colours.colour(Tone.ERROR, dark),
            selected=text,
        )


@dataclass(frozen=True)
class Lane:
    """Where one organization's lane lies (scene y), for the names painted beside it."""

    top: float
    bottom: float
    name: str


_STYLES: dict = {}
_OVERDUE_STYLES: dict = {}


def _style(status, dark: bool) -> tuple[QBrush, QPen, QColor]:
    """Brush, border and text colour of a status's bar in a light or a dark palette, made
    once."""
    if (status, dark) not in _STYLES:
        background, text = status_fill(status, dark)
        border = background.lighter(140) if dark else background.darker(130)
        _STYLES[status, dark] = (QBrush(background), QPen(border, 1), text)
    return _STYLES[status, dark]


def _overdue_style(dark: bool) -> tuple[QPen, QBrush]:
    """The border and hatching of an overdue bar."""
    if dark not in _OVERDUE_STYLES:
        colour = colours.colour(Tone.ERROR, dark)
        _OVERDUE_STYLES[dark] = (QPen(colour, 2), QBrush(colour, Qt.BDiagPattern))
    return _OVERDUE_STYLES[dark]


def bar_tooltip(bar: TimelineBar) -> str:
    """What the pointer shows over a bar: what, who, when, status, how much, overdue."""
    c = bar.commitment
    lines = [c.title, c.organization_name]
    lines.append(f"{short_day(bar.start)} – {short_day(bar.end)} · {status_label(c.status)}")
    quantity = format_quantity(c.quantity, c.unit)
    if quantity:
        lines.append(quantity)
    if c.overdue:
        lines.append(QCoreApplication.translate("Timeline", "overdue"))
    # Rich text on purpose, with the user's text escaped: a tooltip that merely looks like
    # markup ("<b>…") would otherwise be rendered as markup.
    return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"


class BarItem(QGraphicsRectItem):
    """One commitment's bar, in days along x (the scene's content item scales days to
    pixels); it paints itself unscaled, with its text cut to fit."""

    def __init__(self, bar: TimelineBar, x_days: float, top: float, parent: QGraphicsItem):
        super().__init__(x_days, top, (bar.end - bar.start).days + 1, BAR_HEIGHT, parent)
        self.bar = bar
        self.commitment_id = bar.commitment.id
        self._elided: tuple[float, str] = (-1.0, "")
        self.shown_text = ""  # the title as last painted (cut to fit), "" when none fits
        self.setPen(Qt.NoPen)  # the bounding rectangle is the bar, exactly
        self.setFlags(_BAR_FLAGS)

    def paint(self, painter, option, widget=None) -> None:
        scene = self.scene()
        dark = scene.colours.dark if isinstance(scene, TimelineScene) else colours.is_dark()
        brush, pen, text_colour = _style(self.bar.commitment.status, dark)
        world = painter.worldTransform()
        box = world.mapRect(self.rect())
        if box.width() < 3:
            box.setWidth(3)
        painter.setWorldTransform(_IDENTITY)
        selected = bool(option.state & QStyle.State_Selected)
        if selected and isinstance(scene, TimelineScene):
            painter.setPen(QPen(scene.colours.selected, 2))
        else:
            painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRect(box)
        if self.bar.commitment.overdue:
            overdue_pen, overdue_brush = _overdue_style(dark)
            painter.setPen(overdue_pen)
            painter.setBrush(overdue_brush)
            painter.drawRect(box.adjusted(1, 1, -1, -1))
        # The names' column covers the view's left: a bar that starts under it (or before
        # the visible area) shows its title from the column's edge.
        text_left = max(box.left(), LABEL_WIDTH)
        width = box.right() - text_left - 8
        self.shown_text = ""
        if width >= 20:
            if self._elided[0] != width:
                metrics = QFontMetricsF(painter.font())
                self._elided = (
                    width,
                    metrics.elidedText(self.bar.commitment.title, Qt.ElideRight, width),
                )
            self.shown_text = self._elided[1]
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(text_left + 4, box.top(), width, box.height()),
                Qt.AlignVCenter | Qt.AlignLeft,
                self.shown_text,
            )
        painter.setWorldTransform(world)  # the view does not save the painter's state


_IDENTITY = QTransform()
_BAR_FLAGS = QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsFocusable


class TimelineScene(QGraphicsScene):
    """Bars, phase bands and the today line for one series, laid out at a zoom scale.

    Everything dated hangs under one content item whose x is in days; zooming
    changes only that item's scale, so 2,000 bars zoom with one call.
    """

    def __init__(self, timeline: Timeline, today: date, parent=None):
        super().__init__(parent)
        # Measured with 2,000 bars: building the BSP index cost more on opening than the
        # linear search costs per frame, and every zoom moves all the bars anyway.
        self.setItemIndexMethod(QGraphicsScene.NoIndex)
        self.timeline = timeline
        self.today = today
        self.colours = TimelineColours.of()
        self._phase_lines: list[QGraphicsLineItem] = []
        self.scale = MONTHS_SCALE
        first = timeline.first or today
        last = timeline.last or today
        first, last = min(first, today), max(last, today)
        self.origin = date(first.year, first.month, 1) - timedelta(days=MARGIN_DAYS)
        self.end = last + timedelta(days=MARGIN_DAYS + 31)
        self.content = QGraphicsRectItem()
        self.content.setFlag(QGraphicsItem.ItemHasNoContents)
        self.content.setPos(LABEL_WIDTH, 0)
        self.addItem(self.content)
        self.bars: list[BarItem] = []
        self.lanes: list[Lane] = []
        self._lane_tops: list[float] = []
        self.bands: list[tuple[QGraphicsRectItem, date, date, str]] = []
        self._build()
        self.restyle()
        self.set_scale(self.scale)

    # -- geometry -------------------------------------------------------------------------

    def days(self, day: date) -> int:
        return (day - self.origin).days

    def x_of(self, day: date) -> float:
        """Scene x of the start of a day."""
        return LABEL_WIDTH + self.days(day) * self.scale

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
            top = y
            for bar in lane.bars:
                for row, end in enumerate(row_ends):
                    if end < bar.start:
                        row_ends[row] = bar.end
                        break
                else:
                    row = len(row_ends)
                    row_ends.append(bar.end)
                bar_top = top + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
                item = BarItem(bar, self.days(bar.start), bar_top, self.content)
                item.setZValue(2)
                self.bars.append(item)
            y = top + max(1, len(row_ends)) * ROW_HEIGHT
            self.lanes.append(Lane(top, y, lane.organization_name))
            self._lane_tops.append(top)
            y += LANE_GAP
        height = self.height
        start = self.origin
        for phase in self.timeline.phases:
            if phase.target_date is None:
                continue
            end = phase.target_date
            band = QGraphicsRectItem(
                self.days(start), 0, self.days(end) + 1 - self.days(start), height, self.content
            )
            band.setPen(Qt.NoPen)
            band.setZValue(-10)
            self.bands.append((band, start, end, phase.title))
            start = end + timedelta(days=1)
        for phase in self.timeline.phases:
            if phase.target_date is not None:
                x = self.days(phase.target_date) + 1
                line = QGraphicsLineItem(x, 0, x, height, self.content)
                line.setZValue(-5)
                self._phase_lines.append(line)
        x = self.days(self.today) + 0.5
        self.today_line = QGraphicsLineItem(x, HEADER_HEIGHT, x, height, self.content)
        self.today_line.setZValue(5)

    def restyle(self, palette: QPalette | None = None) -> None:
        """Paint with the colours of ``palette`` (the application's by default)."""
        self.colours = paint = TimelineColours.of(palette)
        self.setBackgroundBrush(paint.base)
        for n, (band, *_rest) in enumerate(self.bands):
            band.setBrush(QBrush(paint.bands[n % 2]))
        phase_pen = QPen(paint.phase_line, 1, Qt.DashLine)
        phase_pen.setCosmetic(True)
        for line in self._phase_lines:
            line.setPen(phase_pen)
        today_pen = QPen(paint.today, 2)
        today_pen.setCosmetic(True)
        self.today_line.setPen(today_pen)
        self.update()

    def set_scale(self, pixels_per_day: float) -> None:
        """Zoom: pixels per day (one transform for everything dated)."""
        self.scale = max(MIN_SCALE, min(MAX_SCALE, pixels_per_day))
        self.content.setTransform(QTransform.fromScale(self.scale, 1))
        self.setSceneRect(QRectF(0, 0, self.width, self.height))

    def bar_at_commitment(self, commitment_id: int) -> BarItem | None:
        return next((b for b in self.bars if b.commitment_id == commitment_id), None)

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
