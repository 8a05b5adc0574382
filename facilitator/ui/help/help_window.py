"""The manual in a window of its own: the contents (searchable) beside the page, links
between pages, back and forward, printing and saving a page as PDF.

Each top-level window (the main window, the live screen) has at most one help window, its
child, so it closes with it; :func:`show_help` opens it on a page or brings it to the
front. The pages come from ``resources/help/<language>/`` (``facilitator/help.py``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QPageSize, QPdfWriter
from PySide6.QtWidgets import (
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitator import help as manual
from facilitator import i18n
from facilitator.documents.email_drafts import safe_file_name
from facilitator.documents.safe_write import atomic_path
from facilitator.errors import FacilitatorError
from facilitator.text import matches
from facilitator.ui.kit import dialogs, icons
from facilitator.ui.kit.last_folder import last_folder, remember_folder
from facilitator.ui.kit.screen_fit import resize_within_screen

logger = logging.getLogger(__name__)
_ATTRIBUTE = "_facilitator_help_window"


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save the page as PDF (a modal file dialog; tests replace this)."""
    path, _chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("HelpWindow", "Save the page as PDF"),
        str(suggested),
        QCoreApplication.translate("HelpWindow", "PDF document (*.pdf)"),
    )
    if not path:
        return None
    result = Path(path)
    return result if result.suffix.lower() == ".pdf" else result.with_name(result.name + ".pdf")


def ask_printer(parent: QWidget):
    """A printer chosen in the system's print dialog, or None (tests replace this)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.Accepted else None


class HelpWindow(QMainWindow):
    """The manual in one language; ``page`` is the page shown (a name such as "agenda")."""

    page_shown = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = language
        self.page = manual.CONTENTS
        self._texts = {
            page: manual.page_file(language, page).read_text(encoding="utf-8")
            for page in manual.pages(language)
        }
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(manual.folder(language))])
        self.browser.sourceChanged.connect(self._on_source)
        self.browser.document().setDocumentMargin(18)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the manual"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.contents = QListWidget()
        for page in self._order():
            item = QListWidgetItem(manual.title_of(manual.page_file(language, page)))
            item.setData(Qt.UserRole, page)
            self.contents.addItem(item)
        self.contents.itemActivated.connect(self._open_item)
        self.contents.itemClicked.connect(self._open_item)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.contents, 1)
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 740])
        self.setCentralWidget(splitter)
        self._build_toolbar()
        resize_within_screen(self, 1000, 720)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Manual"))
        bar.setObjectName("help_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        self.back_action = bar.addAction(icons.icon("back"), self.tr("Back"), self.browser.backward)
        self.back_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.Back))
        self.forward_action = bar.addAction(
            icons.icon("forward"), self.tr("Forward"), self.browser.forward
        )
        self.forward_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.Forward))
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.contents_action = bar.addAction(
            icons.icon("manual"), self.tr("Contents"), lambda: self.open_page(manual.CONTENTS)
        )
        bar.addSeparator()
        self.print_action = bar.addAction(icons.icon("print"), self.tr("Print…"), self.print_page)
        self.print_action.setShortcut(QKeySequence.Print)
        self.pdf_action = bar.addAction(
            icons.icon("export_pdf"), self.tr("Save as PDF…"), self.save_pdf
        )
        self.close_action = bar.addAction(icons.icon("close"), self.tr("Close"), self.close)
        self.close_action.setShortcuts([QKeySequence("Esc"), QKeySequence.Close])

    def _order(self) -> list[str]:
        """The pages in the order the contents page lists them, then any it does not."""
        listed = [manual.CONTENTS]
        for target in manual.links(manual.page_file(self.language, manual.CONTENTS)):
            page = target.removesuffix(manual.SUFFIX)
            if page in self._texts and page not in listed:
                listed.append(page)
        return listed + [page for page in self._texts if page not in listed]

    # -- what is shown -------------------------------------------------------------------

    def open_page(self, page: str) -> None:
        path = manual.page_file(self.language, page)
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def title(self) -> str:
        """The title of the page shown (its first heading)."""
        return manual.page_title(self.language, self.page)

    def _on_source(self, url: QUrl) -> None:
        if not url.isLocalFile():
            return
        self.page = Path(url.toLocalFile()).stem
        self.setWindowTitle(self.tr("%1 — Facilitator manual").replace("%1", self.title()))
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.UserRole) == self.page:
                self.contents.setCurrentItem(item)
                break
        self.page_shown.emit(self.page)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_page(item.data(Qt.UserRole))

    def _filter(self, query: str) -> None:
        """Only the pages whose title or text holds every word typed (İ/i, I/ı as Turkish)."""
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            found = matches(query, item.text(), self._texts.get(item.data(Qt.UserRole), ""))
            item.setHidden(bool(query.strip()) and not found)

    # -- paper ---------------------------------------------------------------------------

    def print_page(self) -> None:
        printer = ask_printer(self)
        if printer is not None:
            self.browser.document().print_(printer)

    def save_pdf(self) -> None:
        path = ask_pdf_path(self, last_folder() / safe_file_name(self.title(), ".pdf"))
        if path is None:
            return
        try:
            self.write_pdf(path)
        except FacilitatorError as exc:
            dialogs.tell_error(self, self.tr("The page was not saved"), str(exc))
            return
        remember_folder(path.parent)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)

    def write_pdf(self, path: Path) -> None:
        """The page shown, as an A4 PDF at ``path`` (written beside, then renamed)."""
        with atomic_path(path) as temp:
            writer = QPdfWriter(temp)
            writer.setPageSize(QPageSize(QPageSize.A4))
            writer.setResolution(300)
            writer.setTitle(self.title())
            writer.setCreator("Facilitator")
            document = self.browser.document().clone()
            document.print_(writer)
            del writer  # the file is complete once the writer is gone


def help_window(parent: QWidget) -> HelpWindow:
    """The help window of ``parent``'s top-level window, made when first needed (again
    when the interface language has changed since)."""
    top = parent.window()
    language = i18n.current_language()
    window = getattr(top, _ATTRIBUTE, None)
    if window is not None and window.language != language:
        window.close()
        window.deleteLater()
        window = None
    if window is None:
        window = HelpWindow(language, top)
        setattr(top, _ATTRIBUTE, window)
    return window


def show_help(parent: QWidget, page: str) -> HelpWindow:
    """Open the manual at ``page`` beside ``parent``'s window (or bring it forward there)."""
    window = help_window(parent)
    window.open_page(page)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
