"""The ideas board as the room sees it on the projector: the clusters with their ideas in
large type and, once a dot round has dots, the bars by sector with their legend.

Only what the room itself put on the board: the ideas' words and the clusters' names,
and the dots added up by sector — never who gave an idea, nor any institution's dots.
Painted in one widget (no widget per card), on the projector's own dark colours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.services.ideas import Board, DotResults
from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import PROJECTOR
from facilitator.ui.live.idea_cards import SPLIT_MARK, rank_text
from facilitator.ui.live.idea_models import group_label, sector_fill

MAX_COLUMNS = 4
COLUMN_WIDTH = 320  # the narrowest column of ideas, in pixels
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
        """The clusters one after another in newspaper columns (a cluster may go on in the
        next column), in the largest type that fits; what does not fit even in the
        smallest is counted ("+ 12 more")."""
        groups = self._groups()
        if not groups:
            painter.setFont(self._font(BASE_POINTS))
            painter.setPen(QColor(PROJECTOR["quiet"]))
            empty = QCoreApplication.translate("IdeaBoard", "No ideas yet")
            painter.drawText(area, Qt.AlignLeft | Qt.AlignTop, empty)
            self._painted.append(empty)
            return
        lines = []
        for name, ideas in groups:
            lines.append((True, name, len(ideas)))
            lines.extend((False, text, 0) for text in ideas)
        columns, points = self._layout(area, lines, len(groups))
        metrics = QFontMetrics(self._font(points))
        line_h = metrics.height() * 1.15
        per_column = max(int(area.height() // line_h), 2)
        width = area.width() / columns
        column, row = 0, 0
        for n, (heading, text, count) in enumerate(lines):
            if heading and row and row + 2 > per_column:
                column, row = column + 1, 0  # a heading never ends a column
            elif heading and row:
                row += 1  # a gap before each cluster but the first of a column
            if row >= per_column:
                column, row = column + 1, 0
            if column >= columns or (
                column == columns - 1 and row == per_column - 1 and n < len(lines) - 1
            ):
                rest = sum(1 for h, _t, _c in lines[n:] if not h)
                more = QCoreApplication.translate("IdeaBoard", "+ %n more", "", rest)
                painter.setFont(self._font(points))
                painter.setPen(QColor(PROJECTOR["quiet"]))
                x = area.left() + min(column, columns - 1) * width
                y = area.top() + min(row, per_column - 1) * line_h
                painter.drawText(
                    QRectF(x, y, width - 18, line_h), Qt.AlignLeft | Qt.AlignVCenter, more
                )
                return
            cell = QRectF(
                area.left() + column * width, area.top() + row * line_h, width - 18, line_h
            )
            if heading:
                self._paint_heading(painter, cell, text, count, points)
            else:
                painter.setFont(self._font(points))
                painter.setPen(QColor(PROJECTOR["text"]))
                words = " ".join(text.split())
                painter.drawText(
                    cell,
                    Qt.AlignLeft | Qt.AlignVCenter,
                    metrics.elidedText("• " + words, Qt.ElideRight, int(cell.width())),
                )
                self._painted.append(text)
            row += 1

    def _layout(self, area: QRectF, lines, groups: int) -> tuple[int, int]:
        """(columns, type size): the largest type at which every line fits, fewer columns
        when more columns would cut the ideas' words short."""
        best, best_score = (1, SMALLEST_POINTS), -1.0
        widest = max(1, min(MAX_COLUMNS, int(area.width() // COLUMN_WIDTH)))
        for columns in range(1, widest + 1):
            points = BASE_POINTS
            while points > SMALLEST_POINTS:
                height = QFontMetrics(self._font(points)).height() * 1.15
                if len(lines) + groups <= int(area.height() // height) * columns:
                    break
                points -= 1
            metrics = QFontMetrics(self._font(points))
            room = area.width() / columns - 18
            cut = sum(1 for _h, text, _c in lines if metrics.horizontalAdvance("• " + text) > room)
            score = points * (1 - 0.6 * cut / len(lines))
            if score > best_score:
                best, best_score = (columns, points), score
        return best

    def _paint_heading(self, painter, cell: QRectF, name: str, count: int, points: float):
        font = self._font(points, True)
        painter.setFont(font)
        painter.setPen(QColor(PROJECTOR["text"]))
        title = QFontMetrics(font).elidedText(f"{name} ({count})", Qt.ElideRight, int(cell.width()))
        painter.drawText(cell, Qt.AlignLeft | Qt.AlignVCenter, title)
        self._painted.append(name)
        painter.setPen(QPen(QColor(PROJECTOR["rule"]), 2))
        painter.drawLine(cell.left(), cell.bottom(), cell.right(), cell.bottom())

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
