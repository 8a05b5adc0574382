"""What a person looking at a screen would call wrong, measured on live widgets.

- text cut by its widget: a visible, non-wrapping label, button, check box, radio
  button, group box title, tab or column header whose text (``QFontMetrics``) is wider
  than the room the style gives it; short values (numbers, dates, amounts) cut or
  elided in a table cell; columns running past the right edge of their view;
- a window or dialog larger than the screen's available geometry;
- text too faint on its background (WCAG contrast below 4.5:1) on labels and cells.

Used by ``tests/ui/screen_walk.py`` (run by ``tests/ui/test_screens.py``) and by
``tests/ui/test_contrast.py`` (the contrast formula).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QColorDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

MINIMUM_CONTRAST = 4.5  # WCAG 2 AA, normal text


@dataclass(frozen=True)
class Problem:
    """One thing wrong on one screen: where, which widget, what."""

    screen: str  # e.g. "workshop 5 / Attendees"
    owner: str  # the app's module that built the widget (the file to change)
    widget: str  # class and object name, or the column / tab
    text: str
    what: str  # e.g. "cut: needs 147 px, has 88"

    def __str__(self) -> str:
        return f"{self.screen}: {self.owner}: {self.widget} «{self.text}» {self.what}"


# -- text and widgets ---------------------------------------------------------------------


def shown_text(text: str) -> str:
    """The text as drawn: '&' marks the Alt key and is not drawn; '&&' draws one '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_width(metrics, text: str) -> int:
    """The widest line of ``text``."""
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


# Qt's own dialogs: laid out by Qt, not by the app (their size is still the app's
# concern, and is checked; the words in them are Qt's).
QT_OWN_DIALOGS = (QFileDialog, QColorDialog)


def owner_of(widget: QWidget) -> str:
    """The module of the app that built ``widget``: its own class's, or the nearest
    ancestor's whose class is the app's (``facilitator/ui/…``); Qt's own dialogs are
    named as such, with the module that opened them."""
    w = widget
    while w is not None:
        if isinstance(w, QT_OWN_DIALOGS):
            opener = owner_of(w.parentWidget()) if w.parentWidget() is not None else "?"
            return f"Qt's {type(w).__name__} (opened by {opener})"
        module = type(w).__module__
        if module.startswith("facilitator."):
            return module.replace(".", "/") + ".py"
        w = w.parentWidget()
    return "?"


def describe(widget: QWidget) -> str:
    name = widget.objectName()
    return type(widget).__name__ + (f"#{name}" if name else "")


def in_scroll_area(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: being cut by its edge is what scrolling is for."""
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def showing(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


# -- cut text -----------------------------------------------------------------------------


def _label_problem(label: QLabel) -> tuple[int, int] | None:
    text = label.text()
    if not text or label.wordWrap() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rich = label.textFormat() == Qt.RichText or (
        label.textFormat() == Qt.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    room = label.contentsRect().width() - 2 * label.margin()
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        need = int(document.idealWidth() + 0.999)
    else:
        need = text_width(label.fontMetrics(), shown_text(text))
    return (need, room) if need > room else None


def _button_option(button) -> QStyleOptionButton:
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QPushButton):
        if button.isDefault():
            option.features |= QStyleOptionButton.DefaultButton
        if button.autoDefault():
            option.features |= QStyleOptionButton.AutoDefaultButton
        if button.isFlat():
            option.features |= QStyleOptionButton.Flat
        if button.menu() is not None:
            option.features |= QStyleOptionButton.HasMenu
    return option


def _button_problem(button) -> tuple[int, int] | None:
    text = shown_text(button.text())
    if not text:
        return None
    style = button.style()
    option = _button_option(button)
    if isinstance(button, QPushButton):
        element = QStyle.SE_PushButtonContents
    elif isinstance(button, QRadioButton):
        element = QStyle.SE_RadioButtonContents
    else:
        element = QStyle.SE_CheckBoxContents
    room = style.subElementRect(element, option, button).width()
    if not button.icon().isNull():
        room -= button.iconSize().width() + 4
    if isinstance(button, QPushButton) and button.menu() is not None:
        room -= style.pixelMetric(QStyle.PM_MenuButtonIndicator, option, button)
    need = text_width(button.fontMetrics(), text)
    return (need, room) if need > room else None


def _tool_button_problem(button: QToolButton) -> tuple[int, int] | None:
    if button.toolButtonStyle() == Qt.ToolButtonIconOnly or not button.text():
        return None
    need, room = button.sizeHint().width(), button.width()
    return (need, room) if need > room else None


def _group_box_problem(box: QGroupBox) -> tuple[int, int] | None:
    title = shown_text(box.title())
    if not title:
        return None
    need = text_width(box.fontMetrics(), title) + (20 if box.isCheckable() else 0)
    room = box.width() - 12
    return (need, room) if need > room else None


def cut_texts(window: QWidget, screen: str) -> list[Problem]:
    """Every visible text of ``window`` cut by its widget (not in Qt's own dialogs)."""
    found: list[Problem] = []
    if isinstance(window, QT_OWN_DIALOGS):
        return found

    def add(widget, text, need_room, what="cut"):
        need, room = need_room
        found.append(
            Problem(
                screen,
                owner_of(widget),
                describe(widget),
                text,
                f"{what}: needs {need} px, has {room}",
            )
        )

    for widget in [window, *window.findChildren(QWidget)]:
        if not showing(widget):
            continue
        result = None
        if isinstance(widget, QLabel) and type(widget).__name__ != "QTipLabel":
            result = _label_problem(widget)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            result = _button_problem(widget)
        elif isinstance(widget, QToolButton) and not isinstance(widget.parentWidget(), QTabBar):
            result = _tool_button_problem(widget)
        elif isinstance(widget, QGroupBox):
            result = _group_box_problem(widget)
        elif isinstance(widget, QTabBar):
            found += _tab_problems(widget, screen)
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Horizontal:
            found += _header_problems(widget, screen)
        elif isinstance(widget, (QTableView, QTreeView)):
            found += _cell_problems(widget, screen)
        if result is not None:
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            add(widget, shown_text(text), result)
        elif isinstance(
            widget, (QLabel, QPushButton, QCheckBox, QRadioButton)
        ) and not in_scroll_area(widget):
            cut = _cut_by_parent(widget)
            if cut is not None:
                add(
                    widget, shown_text(widget.text()), cut, "cut by the edge of its window or panel"
                )
    return found


def _cut_by_parent(widget: QWidget) -> tuple[int, int] | None:
    """A widget pushed partly out of what shows of it (a panel squeezed below its size)."""
    shown = widget.visibleRegion().boundingRect()
    if shown.isEmpty():
        return None
    if shown.width() < widget.width() - 1:
        return widget.width(), shown.width()
    return None


def _tab_problems(bar: QTabBar, screen: str) -> list[Problem]:
    found = []
    style = bar.style()
    space = style.pixelMetric(QStyle.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = shown_text(bar.tabText(index))
        rect = bar.tabRect(index)
        need = text_width(bar.fontMetrics(), text) + space
        if not bar.tabIcon(index).isNull():
            need += bar.iconSize().width() + 4
        for side in (QTabBar.LeftSide, QTabBar.RightSide):
            button = bar.tabButton(index, side)
            if button is not None and button.isVisible():
                need += button.width()
        widget = f"{describe(bar)} tab {index + 1}"
        if need > rect.width():
            found.append(
                Problem(
                    screen, owner_of(bar), widget, text, f"cut: needs {need} px, has {rect.width()}"
                )
            )
        elif not bar.rect().contains(rect):
            found.append(
                Problem(screen, owner_of(bar), widget, text, "out of sight: the tabs scroll")
            )
    return found


def _header_problems(header: QHeaderView, screen: str) -> list[Problem]:
    view = header.parentWidget()
    model = header.model()
    if model is None or view is None or not showing(view):
        return []
    found = []
    style = header.style()
    margin = style.pixelMetric(QStyle.PM_HeaderMargin, None, header)
    mark = style.pixelMetric(QStyle.PM_HeaderMarkSize, None, header)
    past_edge = []
    room_right = header.viewport().width() if hasattr(header, "viewport") else header.width()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Horizontal, Qt.DisplayRole)
        if text is None:
            continue
        text = str(text)
        font = model.headerData(logical, Qt.Horizontal, Qt.FontRole) or header.font()
        metrics = QFontMetrics(font)
        alignment = model.headerData(logical, Qt.Horizontal, Qt.TextAlignmentRole)
        wraps = bool(int(alignment or header.defaultAlignment()) & int(Qt.TextWordWrap))
        extra = 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            extra += mark + margin
        size = header.sectionSize(logical)
        if wraps:  # the longest word must fit, and the lines the header's height
            need = max(text_width(metrics, word) for word in text.split() or [""]) + extra
            lines = metrics.boundingRect(
                QRect(0, 0, max(size - extra, 1), 10000), int(Qt.TextWordWrap), text
            ).height()
            if need <= size and lines > header.height():
                need = size + 1  # cut at the bottom
        else:
            need = text_width(metrics, text) + extra
        where = f"{describe(view)} column «{text}»"
        if size and need > size:
            found.append(
                Problem(
                    screen, owner_of(view), where, text, f"cut header: needs {need} px, has {size}"
                )
            )
        right = header.sectionViewportPosition(logical) + size
        if header.sectionViewportPosition(logical) >= 0 and right > room_right + 1:
            past_edge.append(text)
    if past_edge and header.offset() == 0:
        found.append(
            Problem(
                screen,
                owner_of(view),
                describe(view),
                ", ".join(past_edge),
                "columns run past the right edge of the view (scroll needed to see them)",
            )
        )
    return found


def _short_value(text: str) -> bool:
    """A number, an amount, a date or a time (a line or a few): what must never be cut."""
    lines = text.split("\n")
    return (
        any(ch.isdigit() for ch in text)
        and len(lines) <= 8
        and all(len(line) <= 32 and len(line.split()) <= 4 for line in lines)
    )


def _cell_problems(view: QAbstractItemView, screen: str) -> list[Problem]:
    """Short values (numbers, dates, amounts, times) must show whole in their cells: on
    one line, or wrapped onto lines the row is tall enough for."""
    model = view.model()
    if model is None or not showing(view.viewport()):
        return []
    found = []
    viewport = view.viewport().rect()
    wraps = view.wordWrap() if isinstance(view, (QTableView, QTreeView)) else False
    rows = min(model.rowCount(QModelIndex()), 60)
    for row in range(rows):
        for column in range(model.columnCount(QModelIndex())):
            index = model.index(row, column)
            rect = view.visualRect(index)
            if rect.isEmpty() or not viewport.intersects(rect):
                continue
            value = index.data(Qt.DisplayRole)
            if value is None or not _short_value(str(value)):
                continue
            text = str(value)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.font = view.font()
            option.rect = rect
            if wraps:
                option.features |= QStyleOptionViewItem.WrapText
            need = view.itemDelegateForIndex(index).sizeHint(option, index)
            cut_wide = need.width() > rect.width() + 1
            cut_tall = wraps and need.height() > rect.height() + 1
            if cut_wide or cut_tall:
                header = model.headerData(column, Qt.Horizontal, Qt.DisplayRole)
                found.append(
                    Problem(
                        screen,
                        owner_of(view),
                        f"{describe(view)} cell (row {row + 1}, «{header}»)",
                        text.replace("\n", " / "),
                        f"cut or elided: needs {need.width()}×{need.height()} px, "
                        f"has {rect.width()}×{rect.height()}",
                    )
                )
    return found


# -- window size --------------------------------------------------------------------------


def too_large(window: QWidget, screen: str) -> list[Problem]:
    """A window or dialog larger than its screen's available geometry, or one that cannot
    be made to fit (its layout needs more)."""
    room = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    found = []
    frame = window.frameGeometry()
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    title = window.windowTitle() or describe(window)
    if frame.width() > room.width() or frame.height() > room.height():
        found.append(
            Problem(
                screen,
                owner_of(window),
                describe(window),
                title,
                f"larger than the screen: {frame.width()}×{frame.height()} on "
                f"{room.width()}×{room.height()}",
            )
        )
    elif least.width() > room.width() or least.height() > room.height():
        found.append(
            Problem(
                screen,
                owner_of(window),
                describe(window),
                title,
                f"cannot fit the screen: needs at least {least.width()}×{least.height()} on "
                f"{room.width()}×{room.height()}",
            )
        )
    elif not room.contains(frame):
        found.append(
            Problem(screen, owner_of(window), describe(window), title, "partly off the screen")
        )
    return found


def dark_palette() -> QPalette:
    """A dark desktop palette (Fusion's dark colours), as a system in dark mode gives."""
    palette = QPalette()
    colours = {
        QPalette.Window: "#353535",
        QPalette.WindowText: "#f0f0f0",
        QPalette.Base: "#2a2a2a",
        QPalette.AlternateBase: "#323232",
        QPalette.ToolTipBase: "#3c3c3c",
        QPalette.ToolTipText: "#f0f0f0",
        QPalette.PlaceholderText: "#a0a0a0",
        QPalette.Text: "#f0f0f0",
        QPalette.Button: "#3c3c3c",
        QPalette.ButtonText: "#f0f0f0",
        QPalette.BrightText: "#ffffff",
        QPalette.Light: "#505050",
        QPalette.Midlight: "#454545",
        QPalette.Mid: "#2b2b2b",
        QPalette.Dark: "#1e1e1e",
        QPalette.Shadow: "#141414",
        QPalette.Highlight: "#3d7ac2",
        QPalette.HighlightedText: "#ffffff",
        QPalette.Link: "#8ab4f8",
        QPalette.LinkVisited: "#c58af9",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor("#7f7f7f"))
    return palette


# -- contrast -----------------------------------------------------------------------------


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio, 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _background_of(widget: QWidget) -> QColor:
    """The colour behind ``widget``: its own if it paints one, else its nearest ancestor's."""
    w = widget
    while w is not None:
        if (
            w.autoFillBackground()
            or w.isWindow()
            or w.testAttribute(Qt.WA_StyledBackground)
            or "background" in w.styleSheet()
        ):
            return w.palette().color(w.backgroundRole())
        if isinstance(w.parentWidget(), QAbstractScrollArea) and w is w.parentWidget().viewport():
            return (
                w.palette().color(QPalette.Base)
                if isinstance(w.parentWidget(), QAbstractItemView)
                else w.palette().color(w.backgroundRole())
            )
        w = w.parentWidget()
    return QApplication.palette().color(QPalette.Window)


def faint_texts(window: QWidget, screen: str) -> list[Problem]:
    """Labels and table cells whose text has less than 4.5:1 contrast with what is behind."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not showing(widget) or not widget.isEnabled():
            continue
        if (
            isinstance(widget, QLabel)
            and widget.text().strip()
            and type(widget).__name__ != "QTipLabel"
        ):
            fg = widget.palette().color(widget.foregroundRole())
            bg = _background_of(widget)
            ratio = contrast(fg, bg)
            if ratio < MINIMUM_CONTRAST:
                found.append(
                    Problem(
                        screen,
                        owner_of(widget),
                        describe(widget),
                        shown_text(widget.text())[:60],
                        f"faint: {fg.name()} on {bg.name()} is {ratio:.1f}:1",
                    )
                )
        elif isinstance(widget, (QTableView, QTreeView)) and showing(widget.viewport()):
            found += _faint_cells(widget, screen)
    return found


def _brush_colour(value) -> QColor | None:
    if value is None:
        return None
    if isinstance(value, QColor):
        return value
    if hasattr(value, "color"):
        return value.color()
    if isinstance(value, (str, Qt.GlobalColor)):
        return QColor(value)
    return None


def _faint_cells(view: QAbstractItemView, screen: str) -> list[Problem]:
    model = view.model()
    if model is None:
        return []
    found = []
    palette = view.palette()
    viewport = view.viewport().rect()
    selected = {(i.row(), i.column(), i.internalId()) for i in view.selectedIndexes()}

    def walk(parent: QModelIndex, budget: list[int]):
        for row in range(model.rowCount(parent)):
            if budget[0] <= 0:
                return
            budget[0] -= 1
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                rect = view.visualRect(index)
                if rect.isEmpty() or not viewport.intersects(rect):
                    continue
                if (index.row(), index.column(), index.internalId()) in selected:
                    continue
                text = index.data(Qt.DisplayRole)
                if text is None or not str(text).strip():
                    continue
                flags = model.flags(index)
                fg = _brush_colour(index.data(Qt.ForegroundRole))
                if fg is None:
                    group = QPalette.Active if flags & Qt.ItemIsEnabled else QPalette.Disabled
                    if not flags & Qt.ItemIsEnabled:
                        continue  # disabled items may be faint (WCAG exempts them)
                    fg = palette.color(group, QPalette.Text)
                bg = _brush_colour(index.data(Qt.BackgroundRole))
                if bg is None:
                    alternate = (
                        isinstance(view, QAbstractItemView)
                        and view.alternatingRowColors()
                        and row % 2 == 1
                    )
                    bg = palette.color(QPalette.AlternateBase if alternate else QPalette.Base)
                ratio = contrast(fg, bg)
                if ratio < MINIMUM_CONTRAST:
                    header = model.headerData(column, Qt.Horizontal, Qt.DisplayRole)
                    found.append(
                        Problem(
                            screen,
                            owner_of(view),
                            f"{describe(view)} cell «{header}»",
                            str(text)[:60],
                            f"faint: {fg.name()} on {bg.name()} is {ratio:.1f}:1",
                        )
                    )
            if isinstance(view, QTreeView) and view.isExpanded(model.index(row, 0, parent)):
                walk(model.index(row, 0, parent), budget)

    walk(QModelIndex(), [80])
    return found


def distinct(problems: list[Problem]) -> list[Problem]:
    """Each problem once, in the order found (a screen visited twice reports it twice)."""
    seen, kept = set(), []
    for p in problems:
        key = (p.owner, p.widget, p.text, p.what.split(":")[0])
        if key not in seen:
            seen.add(key)
            kept.append(p)
    return kept
