"""The ideas board as the room sees it on the projector: the clusters with their ideas in
large type and, once a dot round has dots, the bars by sector with their legend.

Only what the room itself put on the board: the ideas' words and the clusters' names,
and the dots added up by sector — never who gave an idea, nor any institution's dots.
Painted in one widget (no widget per card), on the projector's own dark colours.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.services.ideas import Board, DotResults
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import PROJECTOR
from facilitator.ui.live.idea_cards import SPLIT_MARK, rank_text
from facilitator.ui.live.idea_models import group_label, sector_fill

MAX_COLUMNS = 4
MAX_BARS = 10
BASE_POINTS = 20
SMALLEST_POINTS = 11


class ProjectorBoard(QWidget):
    """``show_board(board, results)``; ``texts()`` says what is painted (for the tests)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._board: Board | None = None
        self._results: DotResults | None = None
        self._painted: list[str] = []

    def show_board(self, board: Board | None, results: DotResults | None) -> None:
        self._board, self._results = board, results
        self.update()

    def _groups(self) -> list[tuple[str, list[str]]]:
        board = self._board
        if board is None:
            return []
        texts = {i.key: i.text for i in board.ideas}
        groups = [(c.name, [texts[k] for k in c.idea_keys if k in texts]) for c in board.clusters]
        loose = [i.text for i in board.unclustered()]
        if loose:
            groups.insert(0, (QCoreApplication.translate("IdeaBoard", "Not clustered"), loose))
        return groups

    def _bars(self):
        results = self._results
        if results is None:
            return []
        return [t for t in results.targets if t.dots][:MAX_BARS]

    def texts(self) -> list[str]:
        """Every text painted the last time (cluster names, ideas, bar labels)."""
        return list(self._painted)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        self._painted = []
        area = QRectF(self.rect())
        bars = self._bars()
        if bars:
            width = area.width() * 0.42
            self._paint_bars(
                painter, QRectF(area.right() - width, area.top(), width, area.height()), bars
            )
            area.setRight(area.right() - width - 24)
        self._paint_groups(painter, area)

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _paint_groups(self, painter: QPainter, area: QRectF) -> None:
        groups = self._groups()
        if not groups:
            painter.setFont(self._font(BASE_POINTS))
            painter.setPen(QColor(PROJECTOR["quiet"]))
            empty = QCoreApplication.translate("IdeaBoard", "No ideas yet")
            painter.drawText(area, Qt.AlignLeft | Qt.AlignTop, empty)
            self._painted.append(empty)
            return
        columns = min(MAX_COLUMNS, len(groups))
        rows = math.ceil(len(groups) / columns)
        cell_w = area.width() / columns
        cell_h = area.height() / rows
        points = max(SMALLEST_POINTS, min(BASE_POINTS, cell_h / 6))
        for n, (name, ideas) in enumerate(groups):
            row, column = divmod(n, columns)
            cell = QRectF(
                area.left() + column * cell_w, area.top() + row * cell_h, cell_w - 18, cell_h - 12
            )
            self._paint_group(painter, cell, name, ideas, points)

    def _paint_group(self, painter, cell: QRectF, name: str, ideas: list[str], points: float):
        heading = self._font(points * 1.1, True)
        body = self._font(points)
        head_metrics, metrics = QFontMetrics(heading), QFontMetrics(body)
        painter.setFont(heading)
        painter.setPen(QColor(PROJECTOR["text"]))
        title = head_metrics.elidedText(f"{name} ({len(ideas)})", Qt.ElideRight, int(cell.width()))
        painter.drawText(
            QRectF(cell.left(), cell.top(), cell.width(), head_metrics.height()),
            Qt.AlignLeft,
            title,
        )
        self._painted.append(name)
        painter.setPen(QPen(QColor(PROJECTOR["rule"]), 2))
        y = cell.top() + head_metrics.height() + 4
        painter.drawLine(cell.left(), y, cell.right(), y)
        y += 6
        painter.setFont(body)
        line = metrics.height()
        fit = max(int((cell.bottom() - y) // line), 0)
        shown = ideas if len(ideas) <= fit else ideas[: max(fit - 1, 0)]
        painter.setPen(QColor(PROJECTOR["text"]))
        for text in shown:
            words = " ".join(text.split())
            painter.drawText(
                QRectF(cell.left(), y, cell.width(), line),
                Qt.AlignLeft | Qt.AlignVCenter,
                metrics.elidedText("• " + words, Qt.ElideRight, int(cell.width())),
            )
            self._painted.append(text)
            y += line
        if len(shown) < len(ideas) and fit:
            more = QCoreApplication.translate("IdeaBoard", "+ %n more", "", len(ideas) - len(shown))
            painter.setPen(QColor(PROJECTOR["quiet"]))
            painter.drawText(QRectF(cell.left(), y, cell.width(), line), Qt.AlignLeft, more)

    def _paint_bars(self, painter: QPainter, area: QRectF, bars) -> None:
        results = self._results
        title = self._font(BASE_POINTS * 0.9, True)
        body = self._font(max(SMALLEST_POINTS, BASE_POINTS * 0.8))
        metrics = QFontMetrics(body)
        painter.setFont(title)
        painter.setPen(QColor(PROJECTOR["quiet"]))
        heading = QCoreApplication.translate("IdeaBoard", "Dots — round %1").replace(
            "%1", str(results.round.number)
        )
        title_h = QFontMetrics(title).height() + 8
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), title_h), Qt.AlignLeft, heading
        )
        legend_h = metrics.height() * 2 + 8
        rows_area = QRectF(
            area.left(), area.top() + title_h, area.width(), area.height() - title_h - legend_h
        )
        row_h = min(rows_area.height() / max(len(bars), 1), metrics.height() * 2.6)
        most = max(t.dots for t in bars)
        rank_w = metrics.horizontalAdvance("=00. ")
        for n, target in enumerate(bars):
            top = rows_area.top() + n * row_h
            line = QRectF(area.left(), top, area.width(), metrics.height())
            painter.setFont(body)
            painter.setPen(QColor(PROJECTOR["text"]))
            painter.drawText(
                line, Qt.AlignLeft | Qt.AlignVCenter, rank_text(target.rank, target.tied)
            )
            total = str(target.dots) + (f" {SPLIT_MARK}" if target.splits else "")
            painter.drawText(line, Qt.AlignRight | Qt.AlignVCenter, total)
            label_rect = line.adjusted(rank_w, 0, -metrics.horizontalAdvance(total) - 12, 0)
            words = " ".join(target.label.split())
            painter.drawText(
                label_rect,
                Qt.AlignLeft | Qt.AlignVCenter,
                metrics.elidedText(words, Qt.ElideRight, int(label_rect.width())),
            )
            self._painted.append(target.label)
            bar_h = max(row_h - metrics.height() - 10, 6)
            x = area.left() + rank_w
            unit = (area.width() - rank_w) / most
            counted = sum(s.dots for s in target.by_sector)
            shares = [(s.group, s.dots) for s in target.by_sector]
            if target.dots > counted:
                shares.append(("", target.dots - counted))
            for group, dots in shares:
                background, _text = colours.fill(sector_fill(group or "other"), True)
                painter.setPen(Qt.NoPen)
                painter.setBrush(background)
                painter.drawRect(QRectF(x, line.bottom() + 3, unit * dots, bar_h))
                x += unit * dots
        self._paint_legend(
            painter, QRectF(area.left(), area.bottom() - legend_h, area.width(), legend_h), body
        )

    def _paint_legend(self, painter, area: QRectF, font: QFont) -> None:
        results = self._results
        metrics = QFontMetrics(font)
        painter.setFont(font)
        x, y = area.left(), area.top() + 4
        for sector in results.sectors:
            label = group_label(sector, True)
            width = metrics.height() + 6 + metrics.horizontalAdvance(label) + 18
            if x + width > area.right() and x > area.left():
                x, y = area.left(), y + metrics.height() + 2
            background, _text = colours.fill(sector_fill(sector), True)
            painter.setPen(Qt.NoPen)
            painter.setBrush(background)
            swatch = metrics.height() * 0.7
            painter.drawRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch))
            painter.setPen(QColor(PROJECTOR["text"]))
            painter.drawText(
                QRectF(x + swatch + 6, y, width, metrics.height()),
                Qt.AlignLeft | Qt.AlignVCenter,
                label,
            )
            self._painted.append(label)
            x += width
