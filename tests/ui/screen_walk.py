"""The screen walk: every page, tab and dialog of the app on one screen, in one language
and one palette, measured (``screen_checks.py``) and photographed.

Not collected by a plain ``pytest`` run (the file name does not start with ``test_``):
``test_screens.py`` runs it in a process of its own, because the screen's size and
scale are fixed when Qt starts. What it runs on comes from the environment variable
``FACILITATOR_SCREEN_WALK`` (JSON: width, height, scale, language, palette, out); run
by hand it walks a 1366×768 Turkish light screen into ``screenshots/``.

Dialogs open the way a user opens them: every menu command and every button whose
text ends in "…" is triggered, with ``QDialog.exec`` replaced by "show, look,
photograph, cancel" (and Qt's static file, input, colour and message dialogs by
their instance form, so they go the same way). A file asked for to import gets a
real one (an attendee list, a workshop bundle), so the previews open too.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path

ENV = "FACILITATOR_SCREEN_WALK"
ROOT = Path(__file__).resolve().parents[2]
SETUP = {
    "width": 1366,
    "height": 768,
    "scale": 1,
    "language": "tr",
    "palette": "light",
    "out": str(ROOT / "screenshots" / "1366x768-tr-light"),
    **json.loads(os.environ.get(ENV, "{}")),
}

# Before Qt starts (pytest-qt makes the application for the first test): an offscreen
# screen of the laptop's size. tests/conftest.py set the plain "offscreen" before this.
_screen_file = Path(tempfile.mkdtemp(prefix="screen-")) / "screen.json"
_screen_file.write_text(
    json.dumps(
        {
            "synchronousWindowSystemEvents": False,
            "windowFrameMargins": True,
            "screens": [
                {
                    "name": "laptop",
                    "x": 0,
                    "y": 0,
                    "width": SETUP["width"],
                    "height": SETUP["height"],
                    "logicalDpi": 96,
                    "logicalBaseDpi": 96,
                    "dpr": 1,
                }
            ],
        }
    )
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_file}"
if float(SETUP["scale"]) != 1:
    os.environ["QT_SCALE_FACTOR"] = str(SETUP["scale"])

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QColor, QHelpEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QToolTip,
    QWidget,
)

from facilitator.ui.kit import dialogs, new_item_dialogs  # noqa: E402
from tests.ui import screen_checks as checks  # noqa: E402

# The real questions, before the tests' ``answers`` fixture replaces them.
REAL = {
    (dialogs, "ask_yes_no"): dialogs.ask_yes_no,
    (dialogs, "tell_error"): dialogs.tell_error,
    (dialogs, "ask_text"): dialogs.ask_text,
    (new_item_dialogs, "ask_new_workshop"): new_item_dialogs.ask_new_workshop,
    (new_item_dialogs, "ask_new_person"): new_item_dialogs.ask_new_person,
    (new_item_dialogs, "ask_new_organization"): new_item_dialogs.ask_new_organization,
}
# The offscreen screen cannot raise a window or pass size hints on; harmless, not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ATTENDEE_LIST = ROOT / "tests" / "data" / "attendees" / "form_responses_utf8_bom.csv"
ELLIPSES = ("…", "...")


def _ready(dialog: QDialog) -> bool:
    """A dialog that prepares a preview on a worker has it shown."""
    busy = getattr(dialog, "busy", None)
    if isinstance(busy, QWidget) and busy.isVisible():
        return False
    return getattr(dialog, "_preview_job", None) is None


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "I"))
    plain = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:70] or "screen"


class Walk:
    """Looks at every window shown, keeps what is wrong and a picture of each."""

    def __init__(self, qtbot, out: Path, prefix: str = ""):
        self.qtbot = qtbot
        self.out = out
        self.prefix = prefix  # the test's, so that each test's pictures have their own names
        self.out.mkdir(parents=True, exist_ok=True)
        self.problems: list[checks.Problem] = []
        self.shots = 0
        self.clicked: set[tuple[str, str]] = set()
        self.screen = ""  # where the walk is, for the names of problems and pictures
        self.files: dict[str, Path] = {}  # what a file dialog hands back, by filter word
        self.waits: dict[int, object] = {}  # id(action): the signal that says it is done
        self.errors_expected = False  # the unexpected-error dialog is shown on purpose

    # -- looking ----------------------------------------------------------------------

    def settle(self) -> None:
        for _ in range(3):
            QApplication.processEvents()

    def windows(self) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and not isinstance(w, QMenu) and type(w).__name__ != "QTipLabel"
        ]

    def look(self, screen: str, windows: list[QWidget] | None = None) -> None:
        """Measure and photograph ``windows`` (every shown window by default)."""
        self.settle()
        for window in windows if windows is not None else self.windows():
            name = (
                screen if window.windowTitle() in screen else f"{screen} [{window.windowTitle()}]"
            )
            self.problems += checks.too_large(window, name)
            self.problems += checks.cut_texts(window, name)
            self.problems += checks.faint_texts(window, name)
            self.shots += 1
            picture = f"{self.prefix}{self.shots:03d}-{slug(name)}.png"
            window.grab().save(str(self.out / picture))

    def look_at_tabs(self, root: QWidget, screen: str, windows=None) -> None:
        """``root`` as it is, then with each tab of each of its tab widgets shown."""
        self.look(screen, windows)
        for tabs in root.findChildren(QTabWidget):
            if not checks.showing(tabs):
                continue
            first = tabs.currentIndex()
            for index in range(tabs.count()):
                if index == first or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                self.look(f"{screen} / {checks.shown_text(tabs.tabText(index))}", windows)
            tabs.setCurrentIndex(first)

    # -- dialogs ----------------------------------------------------------------------

    def dialog(self, dialog: QDialog) -> int:
        """What ``exec()`` does in the walk: show, wait for a preview, look, cancel."""
        outer = self.screen
        title = dialog.windowTitle() or type(dialog).__name__
        self.screen = f"{outer} › {title}"
        dialog.show()
        self.qtbot.waitExposed(dialog)
        self.qtbot.waitUntil(lambda: _ready(dialog), timeout=60000)  # previews drawn
        if type(dialog).__name__ == "ErrorDialog" and not self.errors_expected:
            self.problems.append(
                checks.Problem(
                    outer, checks.owner_of(dialog), "ErrorDialog", title, "an unexpected error"
                )
            )
        try:
            self.look_at_tabs(dialog, self.screen, [dialog])
            self.open_dialogs_from(dialog)
        finally:
            self.screen = outer
            if shiboken6.isValid(dialog):
                dialog.reject()
                dialog.hide()
        return QDialog.Rejected

    def open_dialogs_from(self, root: QWidget) -> None:
        """Click every button of ``root`` that opens a dialog ("…"), once per kind."""
        for button in root.findChildren(QPushButton):
            if not shiboken6.isValid(button) or not checks.showing(button):
                continue
            text = checks.shown_text(button.text()).strip()
            if not text.endswith(ELLIPSES) or not button.isEnabled() or button.menu():
                continue
            if button.window() is not root.window():
                continue
            key = (checks.owner_of(button), text)
            if key in self.clicked:
                continue
            self.clicked.add(key)
            button.click()
            self.settle()
        for button in root.findChildren(QPushButton):  # a button with a menu of commands
            if not shiboken6.isValid(button) or not checks.showing(button):
                continue
            if button.menu() and button.isEnabled() and button.window() is root.window():
                self.trigger_menu(button.menu(), checks.owner_of(button))
        for tool in root.findChildren(QToolButton):
            if not shiboken6.isValid(tool) or not checks.showing(tool) or not tool.isEnabled():
                continue
            if tool.menu() is not None:
                self.trigger_menu(tool.menu(), checks.owner_of(tool))
            elif tool.defaultAction() is not None:
                action = tool.defaultAction()
                text = checks.shown_text(action.text()).strip()
                key = (checks.owner_of(tool), text)
                if text.endswith(ELLIPSES) and action.isEnabled() and key not in self.clicked:
                    self.clicked.add(key)
                    action.trigger()
                    self.settle()

    def trigger_menu(self, menu: QMenu, owner: str, every: bool = False) -> None:
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or not action.isEnabled():
                continue
            text = checks.shown_text(action.text()).strip()
            if not (every or text.endswith(ELLIPSES)):
                continue
            key = (owner, text)
            if key in self.clicked:
                continue
            self.clicked.add(key)
            finished = self.waits.get(id(action))
            if finished is None:
                action.trigger()
            else:  # works on a worker first (reading a bundle), then asks
                with self.qtbot.waitSignal(finished, timeout=60000):
                    action.trigger()
            self.settle()

    # -- Qt's static dialogs, as instances the walk can see --------------------------

    def _file_dialog(self, parent, caption, folder, filters, mode, accept) -> tuple[str, str]:
        dialog = QFileDialog(parent, caption, folder or "", filters or "")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        dialog.setFileMode(mode)
        dialog.setAcceptMode(accept)
        self.dialog(dialog)
        dialog.deleteLater()
        if accept == QFileDialog.AcceptOpen:
            for word, path in self.files.items():
                if word in (filters or ""):
                    return str(path), ""
        return "", ""

    def install(self, monkeypatch) -> None:
        walk = self

        monkeypatch.setattr(QDialog, "exec", lambda dialog: walk.dialog(dialog))
        for (module, name), function in REAL.items():
            monkeypatch.setattr(module, name, function)

        def open_name(parent=None, caption="", folder="", filters="", *_a, **_k):
            return walk._file_dialog(
                parent, caption, folder, filters, QFileDialog.ExistingFile, QFileDialog.AcceptOpen
            )

        def save_name(parent=None, caption="", folder="", filters="", *_a, **_k):
            return walk._file_dialog(
                parent, caption, folder, filters, QFileDialog.AnyFile, QFileDialog.AcceptSave
            )

        def folder_name(parent=None, caption="", folder="", *_a, **_k):
            walk._file_dialog(
                parent, caption, folder, "", QFileDialog.Directory, QFileDialog.AcceptOpen
            )
            return ""

        def get_text(parent, title, label, echo=QLineEdit.Normal, text="", *_a, **_k):
            dialog = QInputDialog(parent)
            dialog.setWindowTitle(title)
            dialog.setLabelText(label)
            dialog.setTextValue(text)
            walk.dialog(dialog)
            dialog.deleteLater()
            return "", False

        def get_colour(initial=None, parent=None, *_a, **_k):
            dialog = QColorDialog(initial or QColor(), parent)
            dialog.setOption(QColorDialog.DontUseNativeDialog)
            walk.dialog(dialog)
            dialog.deleteLater()
            return QColor()

        def about(parent, title, text):
            box = QMessageBox(QMessageBox.NoIcon, title, text, QMessageBox.Ok, parent)
            walk.dialog(box)
            box.deleteLater()

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder_name))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
        monkeypatch.setattr(QColorDialog, "getColor", staticmethod(get_colour))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(about))

    # -- the report -------------------------------------------------------------------

    def report(self, name: str) -> str:
        found = checks.distinct(self.problems)
        lines = [str(p) for p in found]
        (self.out / f"problems-{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return "\n".join(lines)


# -- fixtures -----------------------------------------------------------------------------


PREFIXES = {
    "test_every_page_tab_and_dialog_of_the_main_window": "main-",
    "test_the_live_screen_and_projector": "live-",
    "test_the_first_start_on_an_empty_database": "empty-",
    "test_the_dialogs_before_and_beside_the_main_window": "other-",
}


@pytest.fixture
def walk(request, qtbot, qapp, monkeypatch, answers):
    """The walk, with the real dialogs (shown and photographed, then cancelled) and the
    palette and language of the setup."""
    out = Path(SETUP["out"])
    walker = Walk(qtbot, out, PREFIXES.get(request.node.name, ""))
    walker.install(monkeypatch)
    original = qapp.palette()
    if SETUP["palette"] == "dark":
        qapp.setPalette(checks.dark_palette())
    yield walker
    qapp.setPalette(original)


def _start(qtbot, qapp, store):
    from facilitator.ui.app import LANGUAGE_KEY, Application, open_settings
    from tests.ui.conftest import NOW, start_window

    settings = open_settings()
    settings.setValue(LANGUAGE_KEY, SETUP["language"])
    settings.sync()
    application = Application(qapp, store, now=lambda: NOW)
    window = start_window(qtbot, application)
    return application, window


def _sidebar_titles_are_whole(walk: Walk, window) -> None:
    """A workshop title cut in the sidebar shows whole in its tooltip."""
    tree, model = window.tree, window.tree_model
    option_width = tree.viewport().width()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rect = tree.visualRect(index)
            if rect.isEmpty() or rect.left() > option_width:
                continue
            text = str(index.data(Qt.DisplayRole))
            need = tree.fontMetrics().horizontalAdvance(text) + 8
            if need <= rect.width():
                continue
            where = rect.center()
            event = QHelpEvent(QEvent.ToolTip, where, tree.viewport().mapToGlobal(where))
            QApplication.sendEvent(tree.viewport(), event)
            tip = QToolTip.text()
            QToolTip.hideText()
            title = text.split(". ", 1)[-1]
            if title not in tip:
                walk.problems.append(
                    checks.Problem(
                        walk.screen,
                        checks.owner_of(tree),
                        "sidebar workshop",
                        text,
                        "cut, and no tooltip shows the whole title",
                    )
                )


SIDEBAR_LEAST = 200  # px: below this the sidebar shows little more than numbers


def _depth(widget: QWidget) -> int:
    depth = 0
    while widget.parentWidget() is not None:
        widget, depth = widget.parentWidget(), depth + 1
    return depth


def _sidebar_has_room(walk: Walk, window) -> None:
    """A page whose least width is most of the window squeezes the sidebar: name the
    part of the page that needs the width."""
    splitter, page = window.centralWidget(), window.pages.currentWidget()
    least = page.minimumSizeHint().width()
    width = splitter.width() - splitter.handleWidth() - least  # the most the sidebar gets
    if width >= SIDEBAR_LEAST:
        return
    wide = [
        w
        for w in page.findChildren(QWidget)
        if type(w).__module__.startswith("facilitator.")
        and w.minimumSizeHint().width() >= least - 60
    ]
    culprit = max(wide, key=_depth) if wide else page
    walk.problems.append(
        checks.Problem(
            walk.screen,
            checks.owner_of(culprit),
            checks.describe(culprit),
            f"{culprit.minimumSizeHint().width()} px",
            f"too wide at its narrowest: the page needs {least} px and leaves the "
            f"sidebar {width} px at most",
        )
    )


# -- the walks ----------------------------------------------------------------------------


def test_every_page_tab_and_dialog_of_the_main_window(qtbot, qapp, store, demo, walk, tmp_path):
    from facilitator.services import agenda, bundles

    agenda.save_template(store, demo.workshop(5), "Yarım gün çalıştay")  # to start from
    bundle = tmp_path / "5. çalıştay.facilitator"
    bundles.export_bundle(store, demo.workshop(5), bundle)
    walk.files = {"csv": ATTENDEE_LIST, ".facilitator": bundle}
    application, window = _start(qtbot, qapp, store)
    walk.waits[id(window.bundle_actions.import_action)] = window.bundle_actions.finished
    try:
        walk.screen = "start"
        walk.look("start")
        _sidebar_titles_are_whole(walk, window)
        for number in (5, 6):
            walk.screen = f"workshop {number}"
            window.open_workshop(demo.workshop(number))
            page = window.workshop_page
            for index in range(page.tabs.count()):
                page.tabs.setCurrentIndex(index)
                tab = checks.shown_text(page.tabs.tabText(index))
                walk.screen = f"workshop {number} / {tab}"
                walk.look_at_tabs(page.tabs.currentWidget(), walk.screen, [window])
                _sidebar_has_room(walk, window)
                walk.open_dialogs_from(page.tabs.currentWidget())
            walk.screen = f"workshop {number} (menus)"
            for menu_action in window.menuBar().actions():
                help_menu = menu_action.menu() is window.menuBar().actions()[-1].menu()
                walk.trigger_menu(menu_action.menu(), "main_window", every=help_menu)
        walk.screen = "series"
        window.show_series(demo.series_id)
        walk.look_at_tabs(window.series_page, "series", [window])
        _sidebar_has_room(walk, window)
        walk.open_dialogs_from(window.series_page)
        walk.trigger_menu(window.menuBar().actions()[2].menu(), "main_window (series)")
        walk.screen = "directory"
        window.show_directory()
        directory = window.directory_page
        for index in range(directory.tabs.count()):
            directory.tabs.setCurrentIndex(index)
            pane = directory.tabs.currentWidget()
            walk.screen = f"directory / {checks.shown_text(directory.tabs.tabText(index))}"
            walk.look(walk.screen, [window])
            _sidebar_has_room(walk, window)
            table = pane.findChildren(QTableView)[0]
            table.selectRow(0)
            walk.look(f"{walk.screen} (a row chosen)", [window])
            walk.open_dialogs_from(pane)
    finally:
        window.close()
        application.translators.remove_all()
    problems = walk.report("main-window")
    assert not problems, f"what a person would see wrong:\n{problems}"


def _ideas_with_dots(store, workshop_id: int) -> None:
    """Cards in two clusters and one unclustered, long and short, with an open round
    in which the first present people put their dots (split across sectors)."""
    from facilitator.services import attendees, ideas, live
    from facilitator.services.live import checkin

    now = live.system_clock()
    for row in attendees.list_attendees(store, workshop_id):
        checkin.set_present(store, row.id, True, now)
    words = (
        "Şirket gönüllülerini STK'ların ihtiyaçlarıyla eşleştiren ortak bir platform kurulsun",
        "Yıllık gönüllülük günü",
        "STK'lar için proje yazma ve bütçe eğitimi; mentorlar şirketlerden gelsin",
        "Ortak fon: küçük projelere hızlı hibe",
        "İyi örnekler her çeyrek paylaşılsın",
    )
    keys = [ideas.add_idea(store, workshop_id, text, now=now).key for text in words]
    ideas.create_cluster(store, workshop_id, "Gönüllülük altyapısı", keys[:2])
    ideas.create_cluster(store, workshop_id, "STK kapasitesi ve ortak fon", keys[2:4])
    r = ideas.open_dot_round(store, workshop_id, budget=3, now=now)
    for n, (voter, _left) in enumerate(ideas.voters(store, r.id)):
        for k in range(3):
            ideas.give_dot(store, r.id, keys[(n + k) % len(keys)], voter.id)


def _room_with_ideas_waiting(live, store, workshop_id: int) -> None:
    """The room open on loopback, its idea box open, two ideas from phones waiting."""
    from datetime import UTC, datetime

    from facilitator.services import room as room_service

    live.room.start(workshop_id, host="127.0.0.1")
    room_service.open_idea_box(store, workshop_id, True)
    now = datetime.now(UTC)
    room_service.send_idea(store, workshop_id, "Gönüllüler için ortak takvim & ajanda", now=now)
    room_service.send_idea(store, workshop_id, "İlçelere göre gönüllü haritası", now=now)
    live.room_panel.reload()


def test_the_live_screen_and_projector(qtbot, qapp, store, demo, walk):
    from facilitator.services import agenda

    for title, minutes in (
        ("Açılış ve tanışma", 10),
        ("Gönüllülük kültürü: şirketlerin deneyimleri", 20),
        ("Öncelikler ve katkı türleri", 30),
    ):
        agenda.add_item(store, demo.workshop(6), title=title, planned_minutes=minutes)
    application, window = _start(qtbot, qapp, store)
    try:
        window.open_live_for(demo.workshop(6))
        live = window.live_window
        qtbot.waitExposed(live)
        walk.screen = "live"
        walk.look("live (before the session)", [live])
        live.start_session()
        if not live.state.in_session:
            live.start_session()
        walk.look("live (in session)", [live])
        live.show_keys()
        walk.look("live (keys shown)", [live])
        live.hide_keys()
        _ideas_with_dots(store, demo.workshop(6))
        live.toggle_board()
        walk.look("live (ideas board, dots)", [live])
        live.toggle_projector()
        qtbot.waitExposed(live.projector)
        walk.look("projector (ideas board)", [live.projector])
        live.toggle_projector()
        live.toggle_board()
        live.toggle_projector()
        qtbot.waitExposed(live.projector)
        walk.look("projector", [live.projector])
        live.toggle_projector()
        _room_with_ideas_waiting(live, store, demo.workshop(6))
        walk.look("live (room open, ideas waiting)", [live])
        live.toggle_join_screen()
        qtbot.waitExposed(live.projector)
        walk.look("projector (how to join)", [live.projector])
        live.toggle_join_screen()
        live.toggle_projector()
        live.toggle_room()
        live.end_session()
        live.end_session()
        walk.look("live (ended: summary)", [live])
    finally:
        if window.live_window is not None:
            window.live_window.close()
        window.close()
        application.translators.remove_all()
    problems = walk.report("live")
    assert not problems, f"what a person would see wrong:\n{problems}"


def test_the_first_start_on_an_empty_database(qtbot, qapp, store, walk):
    application, window = _start(qtbot, qapp, store)
    try:
        walk.screen = "empty database"
        walk.look("empty database")
        walk.open_dialogs_from(window.pages.currentWidget())
    finally:
        window.close()
        application.translators.remove_all()
    problems = walk.report("empty")
    assert not problems, f"what a person would see wrong:\n{problems}"


def test_the_dialogs_before_and_beside_the_main_window(qtbot, qapp, store, walk, tmp_path):
    """A damaged database, a database in use, and the one dialog for an unexpected error."""
    from datetime import UTC, datetime

    from facilitator.store import backups
    from facilitator.store.lock import Holder
    from facilitator.ui.app import Translators
    from facilitator.ui.database.lock_dialog import ask_open_read_only
    from facilitator.ui.database.restore_dialog import ask_restore
    from facilitator.ui.kit.error_dialog import ErrorReport

    translators = Translators(qapp)
    translators.use(SETUP["language"])
    try:
        database = tmp_path / "Çalıştaylar" / "facilitator.db"
        kept = tmp_path / "Çalıştaylar" / "facilitator.db.damaged-2026-11-22"
        backup = backups.Backup(
            tmp_path / "backups" / "facilitator-2026-11-21.db",
            datetime(2026, 11, 21, 18, 5, tzinfo=UTC),
            "daily",
        )
        walk.screen = "damaged database"
        ask_restore(None, database, "database disk image is malformed", backup, kept)
        walk.screen = "database in use"
        holder = Holder("toplanti-odasi-laptop", 4242, datetime(2026, 11, 22, 9, 30, tzinfo=UTC))
        ask_open_read_only(None, database, holder)
        walk.screen = "unexpected error"
        walk.errors_expected = True
        report = ErrorReport(
            bug=True,
            heading="Facilitator'da bir hata oldu",
            message="Yaptığınız değişiklik kaydedildi; bu pencere yalnızca hatayı anlatır.",
            details="Traceback (most recent call last):\n  File …\nKeyError: 'x'",
            log_file=tmp_path / "facilitator.log",
        )
        dialogs.tell_unexpected(None, report)
    finally:
        translators.remove_all()
    problems = walk.report("other")
    assert not problems, f"what a person would see wrong:\n{problems}"
