"""Every string of the interface has its Turkish form, and the shipped .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt

from facilitator.assets import resource_path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "facilitator").rglob("*.py"))


def _text(translation: ET.Element) -> str:
    """A translation's text; a numerus one's forms, one a line ("%n çalıştay")."""
    forms = [f.text or "" for f in translation.iter("numerusform")]
    if forms:
        return "\n".join(forms) if all(f.strip() for f in forms) else ""
    return translation.text or ""


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("language", ["tr", "en"])
def test_every_source_string_is_in_the_ts_file_and_translated(tmp_path, language):
    shipped = resource_path("translations", f"facilitator_{language}.ts")
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *SOURCES, "-ts", str(fresh), "-no-obsolete"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    found = _messages(fresh)
    kept = _messages(shipped)
    missing = sorted(set(found) - set(kept))
    assert missing == [], f"run pyside6-lupdate: strings not in {shipped.name}: {missing[:5]}"
    stale = sorted(set(kept) - set(found))
    assert stale == [], f"strings no longer in the code: {stale[:5]}"
    untranslated = sorted(key for key, t in kept.items() if not _text(t).strip() or t.get("type"))
    assert untranslated == [], f"untranslated in {shipped.name}: {untranslated[:5]}"


def test_turkish_translations_keep_placeholders_and_accelerators():
    for (context, source), translation in _messages(
        resource_path("translations", "facilitator_tr.ts")
    ).items():
        text = _text(translation)
        for token in ("%1", "%2", "{n}", "{name}", "{title}", "{label}", "{refs}", "{email}"):
            assert (token in source) == (token in text), (context, source, text)
        # A keyboard shortcut letter in English needs one in Turkish (where letters are
        # free, Turkish may add one English had to leave out).
        assert "&" not in source.replace("&&", "") or "&" in text.replace("&&", ""), (
            context,
            source,
            text,
        )


@pytest.mark.parametrize("language", ["tr", "en"])
def test_shipped_qm_matches_its_ts(tmp_path, language):
    ts = resource_path("translations", f"facilitator_{language}.ts")
    built = tmp_path / f"facilitator_{language}.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    shipped = resource_path("translations", f"facilitator_{language}.qm")
    assert built.read_bytes() == shipped.read_bytes(), "run pyside6-lrelease on the .ts files"


def test_service_messages_follow_the_interface_language(store):
    from facilitator import i18n
    from facilitator.errors import ValidationError
    from facilitator.services import directory

    with i18n.using_language("tr"), pytest.raises(ValidationError, match="boş bırakılamaz"):
        directory.create_organization(store, "  ")
    with pytest.raises(ValidationError, match="cannot be empty"):
        directory.create_organization(store, "  ")


def _visible_texts(widget) -> set[str]:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableView,
        QTabWidget,
        QTreeView,
    )

    texts: set[str] = set()
    for w in [widget, *widget.findChildren(QObject)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.add(w.text())
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QTabWidget):
            texts.update(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            texts.update(
                str(model.headerData(c, Qt.Horizontal))
                for c in range(model.columnCount(QModelIndex()))
            )
    return {t for t in texts if t}


def test_no_english_left_on_any_page_of_the_turkish_interface(qtbot, demo_window):
    """Catches strings lupdate cannot see (e.g. translate() behind an alias)."""
    english = {
        source
        for (_context, source), translation in _messages(
            resource_path("translations", "facilitator_tr.ts")
        ).items()
        if _text(translation) != source and len(source) > 2
    }
    page = demo_window.workshop_page
    seen: set[str] = set()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        seen |= _visible_texts(demo_window)
    demo_window.show_directory()
    for index in range(demo_window.directory_page.tabs.count()):
        demo_window.directory_page.tabs.setCurrentIndex(index)
        seen |= _visible_texts(demo_window)
    demo_window.tree.setCurrentIndex(demo_window.tree_model.index(0, 0))
    seen |= _visible_texts(demo_window)
    for menu_action in demo_window.menuBar().actions():
        seen.add(menu_action.text())
        seen.update(a.text() for a in menu_action.menu().actions())
    # The live screen and the projector, on a workshop with an agenda.
    from facilitator.services import agenda, listing

    sixth = next(i for i in listing.list_workshops(demo_window.store) if i.number == 6)
    agenda.add_item(demo_window.store, sixth.id, title="Açılış", planned_minutes=15)
    demo_window.open_live_for(sixth.id)
    live_window = demo_window.live_window
    qtbot.addWidget(live_window)
    seen |= _visible_texts(live_window)
    live_window.close()
    leftovers = sorted(seen & english)
    assert leftovers == [], f"English in the Turkish interface: {leftovers}"


def _mnemonic(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].lower() if 0 <= index < len(cleaned) - 1 else None


@pytest.mark.parametrize("language", ["tr", "en"])
def test_alt_keys_are_unique_on_every_tab_of_the_workshop_page(
    qtbot, qapp, store, answers, language
):
    """Menu bar, tab bar and the visible fields and buttons of each tab: one Alt key each,
    or Alt+letter only moves the focus between the clashing ones."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from facilitator.services.demo import load_demo
    from facilitator.ui.app import LANGUAGE_KEY, Application, open_settings
    from tests.ui.conftest import NOW, start_window

    settings = open_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()
    load_demo(store)
    application = Application(qapp, store, now=lambda: NOW)
    window = start_window(qtbot, application)
    try:
        page = window.workshop_page
        shared = [a.text() for a in window.menuBar().actions()]
        shared += [page.tabs.tabText(i) for i in range(page.tabs.count())]
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            tab = page.tabs.widget(index)
            texts = list(shared)
            for widget in tab.findChildren(QLabel) + tab.findChildren(QAbstractButton):
                if widget.isVisibleTo(window) and (
                    not isinstance(widget, QLabel) or widget.buddy() is not None
                ):
                    texts.append(widget.text())
            keys = [k for k in map(_mnemonic, texts) if k]
            clashes = sorted({k for k in keys if keys.count(k) > 1})
            assert clashes == [], [t for t in texts if _mnemonic(t) in clashes]
    finally:
        window.close()
        application.translators.remove_all()


# -- Qt's own dialogs and key names -------------------------------------------------------


@pytest.fixture
def turkish_translators(qapp):
    """Qt's and the app's Turkish catalogues installed as the app installs them."""
    from PySide6.QtCore import QLocale

    from facilitator.ui.app import Translators

    locale = QLocale()
    translators = Translators(qapp)
    translators.use("tr")
    yield translators
    translators.remove_all()
    QLocale.setDefault(locale)


def _qt_dialog_texts(dialog) -> set[str]:
    """What a user of one of Qt's own dialogs reads: labels, buttons and their tooltips,
    menu entries, column headers and list entries (paths and file names left out)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTreeView

    texts = {dialog.windowTitle()}
    for w in dialog.findChildren(QObject):
        if isinstance(w, (QLabel, QAbstractButton, QAction)):
            texts |= {w.text(), w.toolTip()}
        elif isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTreeView) and w.model() is not None:
            model = w.model()
            texts.update(
                str(model.headerData(c, Qt.Horizontal))
                for c in range(model.columnCount(QModelIndex()))
            )
    return {t for t in texts if t.strip() and "/" not in t and "\\" not in t}


def _file_dialog_texts(qtbot, folder, title: str, filters: str) -> set[str]:
    """Qt's own file dialog (as on a desktop without a native one) to open a file, save
    one and choose a folder."""
    from PySide6.QtWidgets import QFileDialog

    texts: set[str] = set()
    for mode in ("open", "save", "folder"):
        dialog = QFileDialog(None, title, str(folder), filters)
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        if mode == "save":
            dialog.setAcceptMode(QFileDialog.AcceptSave)
        elif mode == "folder":
            dialog.setFileMode(QFileDialog.Directory)
            dialog.setOption(QFileDialog.ShowDirsOnly)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts |= _qt_dialog_texts(dialog)
        dialog.close()
    return texts


def _message_box_texts(qtbot) -> set[str]:
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.NoButton
    for button in (
        QMessageBox.Ok, QMessageBox.Cancel, QMessageBox.Yes, QMessageBox.No,
        QMessageBox.Save, QMessageBox.Discard, QMessageBox.Close, QMessageBox.Apply,
        QMessageBox.Reset, QMessageBox.Help, QMessageBox.Abort, QMessageBox.Retry,
        QMessageBox.Ignore, QMessageBox.Open, QMessageBox.RestoreDefaults,
    ):  # fmt: skip
        buttons |= button
    box = QMessageBox(QMessageBox.Question, "—", "—", buttons)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    texts = _qt_dialog_texts(box) - {"—"}
    box.close()
    return texts


def test_qts_own_file_dialog_and_message_box_speak_turkish(qtbot, qapp, tmp_path):
    """Where the platform has no native file dialog, Qt's own shows: none of its English
    words ("Look in:", "Files of type:") may stay on a Turkish screen, nor the English
    buttons of a message box."""
    from PySide6.QtCore import QLocale

    from facilitator.ui.app import Translators

    (tmp_path / "tutanak.pdf").write_bytes(b"%PDF-1.4\n")
    english = _file_dialog_texts(qtbot, tmp_path, "Save", "PDF document (*.pdf)")
    english_buttons = _message_box_texts(qtbot)
    assert {"&Look in:", "Files of &type:", "Cancel"} <= english  # what the test looks for
    locale = QLocale()
    translators = Translators(qapp)
    translators.use("tr")
    try:
        turkish = _file_dialog_texts(qtbot, tmp_path, "Kaydet", "PDF belgesi (*.pdf)")
        turkish_buttons = _message_box_texts(qtbot)
    finally:
        translators.remove_all()
        QLocale.setDefault(locale)
    assert {"K&onum:", "Dosya &türü:", "İptal"} <= turkish
    assert sorted(turkish & english) == [], "English in Qt's own file dialog"
    assert sorted(turkish_buttons & english_buttons) == [], "English on message box buttons"


def test_every_string_the_app_supplies_for_qt_is_translated(turkish_translators):
    from PySide6.QtCore import QCoreApplication

    from facilitator.ui.kit import qt_strings

    for context, strings in (
        (qt_strings.FILE_DIALOG, qt_strings.FILE_DIALOG_STRINGS),
        (qt_strings.SHORTCUT, qt_strings.KEY_NAMES),
    ):
        for source in strings:
            translated = QCoreApplication.translate(context, source)
            assert translated, (context, source)
            if context == qt_strings.FILE_DIALOG:
                assert translated != source, (context, source)


def test_menu_shortcuts_read_as_the_keys_are_printed(demo_window):
    """In the Turkish interface (the demo window's), the app's catalogue is searched before
    Qt's, whose Turkish names ("Kontrol+Üst Karakter+Sil") are on no keyboard."""
    from PySide6.QtGui import QKeySequence

    def native(text):
        return QKeySequence(text).toString(QKeySequence.NativeText)

    assert native("Ctrl+Shift+Del") == "Ctrl+Shift+Del"
    assert native("Ctrl+Enter") == "Ctrl+Enter"
    assert native("Alt+Return") == "Alt+↵"  # the key printed ↵, not Enter: two keys, two names
    assert QKeySequence("Enter") == QKeySequence(Qt.Key_Enter)  # still read as that key
    assert native("Ctrl+Right") == "Ctrl+→"
    shown = [
        action.shortcut().toString(QKeySequence.NativeText)
        for menu in demo_window.menuBar().actions()
        for action in menu.menu().actions()
        if not action.shortcut().isEmpty()
    ]
    assert "Ctrl+Shift+Delete" in shown or "Ctrl+Shift+Del" in shown
    qt_words = ("Kontrol", "Üst Karakter", "Seçenek", "Sil", "Giriş", "Dönüş", "Vazgeç")
    assert [s for s in shown if any(w in s for w in qt_words)] == []


def _other_qt_dialog_texts(qtbot) -> set[str]:
    """Qt's colour chooser (branding), text question (kit.dialogs.ask_text), progress
    dialog (attendee import) and the calendar that drops down from a date field."""
    from PySide6.QtWidgets import QCalendarWidget, QColorDialog, QInputDialog, QProgressDialog

    texts: set[str] = set()
    for dialog in (QColorDialog(), QInputDialog(), QCalendarWidget(), QProgressDialog()):
        qtbot.addWidget(dialog)
        if isinstance(dialog, QColorDialog):
            dialog.setOption(QColorDialog.DontUseNativeDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts |= _qt_dialog_texts(dialog)
        dialog.close()
    return {t for t in texts if not t.isdigit() and t != "&HTML:"}  # years; HTML is HTML


def test_qts_other_dialogs_speak_turkish(qtbot, qapp):
    from PySide6.QtCore import QLocale

    from facilitator.ui.app import Translators

    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))  # whatever ran before
    english = _other_qt_dialog_texts(qtbot)
    assert {"Select Color", "&Basic colors", "Cancel", "March"} <= english
    translators = Translators(qapp)
    translators.use("tr")
    try:
        turkish = _other_qt_dialog_texts(qtbot)
    finally:
        translators.remove_all()
        QLocale.setDefault(locale)
    assert sorted(turkish & english) == []
