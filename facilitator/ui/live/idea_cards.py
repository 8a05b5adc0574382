"""How the ideas board is painted: cards and cluster headings (:class:`CardDelegate`), a
round's bars split by sector or institution (:class:`BarDelegate`) and their legend.

Painted by delegates rather than built of widgets, so a board of 300 cards costs one
view; every colour comes from the palette or from ``kit/colours.py`` (a sector's fill),
so light and dark desktops both read.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate

from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from facilitator.ui.live.idea_models import (
    COUNT_ROLE,
    DOTS_ROLE,
    IS_CLUSTER_ROLE,
    LINK_ROLE,
    RANK_ROLE,
    SHARES_ROLE,
    SOURCE_ROLE,
    SPLITS_ROLE,
    TIED_ROLE,
    TOTAL_ROLE,
)

SPLIT_MARK = "⚡"
_PAD = 6


def rank_text(rank: int | None, tied: bool) -> str:
    """ "1." or, tied with another, "=2."."""
    if not rank:
        return ""
    return f"={rank}." if tied else f"{rank}."


def dots_text(dots: int) -> str:
    return QCoreApplication.translate("IdeaBoard", "%n dot(s)", "", dots)


class CardDelegate(QStyledItemDelegate):
    """A heading: the cluster's name, its number of cards, its dots and link. A card: its
    words, who gave it and what it became, and its dots, rank and split mark."""

    def _fonts(self, option) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.85, 7))
        return base, bold, small

    def sizeHint(self, option, index) -> QSize:
        base, bold, small = self._fonts(option)
        if index.data(IS_CLUSTER_ROLE):
            return QSize(200, QFontMetrics(bold).height() + 2 * _PAD + 4)
        return QSize(200, QFontMetrics(base).height() + QFontMetrics(small).height() + 2 * _PAD + 4)

    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        palette: QPalette = option.palette
        base, bold, small = self._fonts(option)
        selected = bool(option.state & QStyle.State_Selected)
        current = bool(option.state & QStyle.State_HasFocus)
        rect = QRectF(option.rect).adjusted(2, 2, -4, -2)
        heading = bool(index.data(IS_CLUSTER_ROLE))
        text_colour = palette.color(QPalette.HighlightedText if selected else QPalette.Text)
        quiet = text_colour if selected else colours.colour(Tone.MUTED, palette)
        if selected:
            painter.setPen(Qt.NoPen)
            painter.setBrush(palette.color(QPalette.Highlight))
            painter.drawRoundedRect(rect, 5, 5)
        elif not heading:
            painter.setPen(QPen(palette.color(QPalette.Mid), 1))
            painter.setBrush(palette.color(QPalette.Base))
            painter.drawRoundedRect(rect, 5, 5)
        if current:
            painter.setPen(QPen(colours.colour(Tone.ACCENT, palette), 2))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
        inner = rect.adjusted(_PAD + 2, _PAD / 2, -_PAD, -_PAD / 2)
        right = self._paint_dots(painter, index, inner, bold, text_colour, palette, selected)
        if heading:
            self._paint_heading(
                painter,
                index,
                inner.adjusted(0, 0, -right, 0),
                bold,
                small,
                quiet,
                selected,
                palette,
            )
        else:
            self._paint_card(
                painter, index, inner.adjusted(0, 0, -right, 0), base, small, text_colour, quiet
            )
        painter.restore()

    def _paint_heading(self, painter, index, rect, bold, small, quiet, selected, palette):
        """The cluster's name on the first line; its cards and what it became under it."""
        colour = (
            palette.color(QPalette.HighlightedText)
            if selected
            else colours.colour(Tone.HEADING, palette)
        )
        metrics, small_metrics = QFontMetrics(bold), QFontMetrics(small)
        top = QRectF(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.setFont(bold)
        painter.setPen(colour)
        name = " ".join((index.data(Qt.DisplayRole) or "").split())
        painter.drawText(
            top,
            Qt.AlignLeft | Qt.AlignVCenter,
            metrics.elidedText(name, Qt.ElideRight, int(rect.width())),
        )
        cards = QCoreApplication.translate(
            "IdeaBoard", "%n card(s)", "", index.data(COUNT_ROLE) or 0
        )
        link = index.data(LINK_ROLE) or ""
        line = "   ".join(part for part in (cards, link) if part)
        bottom = QRectF(rect.left(), top.bottom(), rect.width(), small_metrics.height())
        painter.setFont(small)
        painter.setPen(colour if selected else quiet)
        painter.drawText(
            bottom,
            Qt.AlignLeft | Qt.AlignVCenter,
            small_metrics.elidedText(line, Qt.ElideRight, int(rect.width())),
        )
        if not selected:
            painter.setPen(QPen(palette.color(QPalette.Mid), 1))
            painter.drawLine(rect.left(), rect.bottom() + 2, rect.right(), rect.bottom() + 2)

    def _paint_card(self, painter, index, rect, base, small, text_colour, quiet):
        metrics = QFontMetrics(base)
        top = QRectF(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.setFont(base)
        painter.setPen(text_colour)
        words = " ".join((index.data(Qt.DisplayRole) or "").split())
        painter.drawText(
            top,
            Qt.AlignLeft | Qt.AlignVCenter,
            metrics.elidedText(words, Qt.ElideRight, int(rect.width())),
        )
        source = index.data(SOURCE_ROLE) or ""
        link = index.data(LINK_ROLE) or ""
        line = "   ".join(part for part in (source, link) if part)
        if line:
            small_metrics = QFontMetrics(small)
            bottom = QRectF(rect.left(), top.bottom(), rect.width(), small_metrics.height())
            painter.setFont(small)
            painter.setPen(quiet)
            painter.drawText(
                bottom,
                Qt.AlignLeft | Qt.AlignVCenter,
                small_metrics.elidedText(line, Qt.ElideRight, int(rect.width())),
            )

    def _paint_dots(self, painter, index, rect, bold, text_colour, palette, selected) -> float:
        """The dots, rank and split mark at the right; returns the width they take."""
        dots = index.data(DOTS_ROLE)
        if dots is None:
            return 0
        parts = []
        rank = rank_text(index.data(RANK_ROLE), bool(index.data(TIED_ROLE)))
        if rank:
            parts.append(rank)
        parts.append(f"● {dots}")
        text = "  ".join(parts)
        metrics = QFontMetrics(bold)
        width = metrics.horizontalAdvance(text) + 8
        split = bool(index.data(SPLITS_ROLE))
        mark_width = metrics.horizontalAdvance(SPLIT_MARK + " ") if split else 0
        painter.setFont(bold)
        painter.setPen(text_colour if selected or dots else colours.colour(Tone.MUTED, palette))
        painter.drawText(rect, Qt.AlignRight | Qt.AlignVCenter, text)
        if split:
            painter.setPen(text_colour if selected else colours.colour(Tone.WARNING, palette))
            mark = rect.adjusted(0, 0, -width, 0)
            painter.drawText(mark, Qt.AlignRight | Qt.AlignVCenter, SPLIT_MARK)
        return width + mark_width


class BarDelegate(QStyledItemDelegate):
    """One target of a round: its rank, its words and total on one line, and under them a
    bar as long as its share of the most dots, split into its groups' colours."""

    def __init__(self, most, parent=None):
        super().__init__(parent)
        self._most = most  # a function: the most dots any target has

    def sizeHint(self, option, index) -> QSize:
        height = QFontMetrics(option.font).height()
        # The width is the view's (a list stretches its rows); only the height is asked.
        return QSize(1, height * 2 + 3 * _PAD)

    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        palette: QPalette = option.palette
        rect = QRectF(option.rect).adjusted(_PAD, _PAD / 2, -_PAD, -_PAD / 2)
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, palette.color(QPalette.AlternateBase))
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        line = QRectF(rect.left(), rect.top(), rect.width(), metrics.height())
        rank = rank_text(index.data(RANK_ROLE), bool(index.data(TIED_ROLE)))
        total = str(index.data(TOTAL_ROLE) or 0)
        split = SPLIT_MARK + " " if index.data(SPLITS_ROLE) else ""
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.Text))
        rank_width = metrics.horizontalAdvance("=00. ")
        painter.drawText(line, Qt.AlignLeft | Qt.AlignVCenter, rank)
        painter.drawText(line, Qt.AlignRight | Qt.AlignVCenter, total)
        right = metrics.horizontalAdvance(total) + 8
        if split:
            painter.setPen(colours.colour(Tone.WARNING, palette))
            painter.drawText(line.adjusted(0, 0, -right, 0), Qt.AlignRight | Qt.AlignVCenter, split)
            right += metrics.horizontalAdvance(split)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.Text))
        label_rect = line.adjusted(rank_width, 0, -right, 0)
        words = " ".join((index.data(Qt.DisplayRole) or "").split())
        painter.drawText(
            label_rect,
            Qt.AlignLeft | Qt.AlignVCenter,
            QFontMetrics(font).elidedText(words, Qt.ElideRight, int(label_rect.width())),
        )
        bar = QRectF(
            rect.left() + rank_width,
            line.bottom() + 3,
            rect.width() - rank_width,
            rect.bottom() - line.bottom() - 3,
        )
        self._paint_bar(painter, bar, index.data(SHARES_ROLE) or (), palette, font)
        painter.restore()

    def _paint_bar(self, painter, bar: QRectF, shares, palette, font) -> None:
        most = max(self._most(), 1)
        x = bar.left()
        unit = bar.width() / most
        metrics = QFontMetrics(font)
        for _group, dots, fill in shares:
            width = unit * dots
            segment = QRectF(x, bar.top(), width, bar.height())
            background, text = colours.fill(fill, palette)
            painter.setPen(QPen(palette.color(QPalette.Base), 1))
            painter.setBrush(background)
            painter.drawRect(segment)
            label = str(dots)
            if metrics.horizontalAdvance(label) + 4 <= width:
                painter.setPen(text)
                painter.drawText(segment, Qt.AlignCenter, label)
            x += width


class Legend(QLabel):
    """The groups of the bars: a swatch in each one's colour and its name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ideaLegend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.RichText)
        self._items: list = []

    def set_items(self, items) -> None:
        self._items = list(items)
        self._show()

    def _show(self) -> None:
        parts = []
        for label, fill in self._items:
            background, _text = colours.fill(fill)  # the application's palette, light or dark
            parts.append(
                f'<span style="color:{background.name()}">■</span>&nbsp;{html.escape(label)}'
            )
        self.setText(" &nbsp; ".join(parts))

    def labels(self) -> list[str]:
        return [label for label, _fill in self._items]

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._show()
