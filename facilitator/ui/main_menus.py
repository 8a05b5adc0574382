"""The main window's actions and menu bar, each action an attribute of the window
(``window.live_action``…) so its pages, helpers and tests reach them by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from facilitator.ui.bundles.bundle_actions import BundleActions
from facilitator.ui.documents.document_actions import DocumentActions

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


def _action(window, text: str, shortcut=None, slot=None, fallback: str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if fallback is not None and action.shortcut().isEmpty():
        # Some desktops define no key for a standard action (Quit, Preferences).
        action.setShortcut(QKeySequence(fallback))
    if slot is not None:
        action.triggered.connect(slot)
    return action


def build_menus(window) -> None:
    """The window's actions (attributes of ``window``) and its menu bar."""
    window.new_workshop_action = _action(
        window, translate("MainWindow", "&New workshop…"), QKeySequence.New, window.new_workshop
    )
    window.new_series_action = _action(
        window, translate("MainWindow", "New &series…"), "Ctrl+Shift+N", window.new_series
    )
    window.quit_action = _action(
        window,
        translate("MainWindow", "&Quit"),
        QKeySequence.Quit,
        window.quit_application,
        fallback="Ctrl+Q",
    )
    window.duplicate_action = _action(
        window, translate("MainWindow", "&Duplicate workshop…"), "Ctrl+D", window.duplicate_workshop
    )
    window.delete_workshop_action = _action(
        window,
        translate("MainWindow", "De&lete workshop…"),
        "Ctrl+Shift+Delete",
        window.delete_workshop,
    )
    window.delete_series_action = _action(
        window, translate("MainWindow", "Delete series…"), None, window.delete_series
    )
    window.live_action = _action(
        window, translate("MainWindow", "Open the &live screen"), "Ctrl+L", window.open_live
    )
    window.rehearse_action = _action(
        window,
        translate("MainWindow", "&Rehearse the live session"),
        "Ctrl+Shift+R",
        window.rehearse,
    )
    window.directory_action = _action(
        window,
        translate("MainWindow", "&People and organizations"),
        "Ctrl+Shift+P",
        window.show_directory,
    )
    window.find_action = _action(
        window,
        translate("MainWindow", "&Find in directory"),
        QKeySequence.Find,
        window.find_in_directory,
    )
    window.settings_action = _action(
        window,
        translate("MainWindow", "&Preferences…"),
        QKeySequence.Preferences,
        window.open_settings,
        fallback="Ctrl+,",
    )
    window.about_action = _action(
        window, translate("MainWindow", "&About Facilitator"), None, window.show_about
    )
    window.manual_action = _action(
        window,
        translate("MainWindow", "&Manual for this screen"),
        QKeySequence.HelpContents,
        window.show_manual,
        fallback="F1",
    )
    window.shortcuts_action = _action(
        window,
        translate("MainWindow", "&Keyboard shortcuts"),
        None,
        lambda: window.show_manual("shortcuts"),
    )

    # "Undo Change the title" — the Edit menu says what will be undone.
    window.undo_action = window.history.createUndoAction(window, translate("MainWindow", "&Undo"))
    window.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
    window.redo_action = window.history.createRedoAction(window, translate("MainWindow", "&Redo"))
    window.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(window.new_workshop_action)
    file_menu.addAction(window.new_series_action)
    file_menu.addSeparator()
    window.bundle_actions = BundleActions(window)
    file_menu.addAction(window.bundle_actions.export_action)
    file_menu.addAction(window.bundle_actions.import_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.find_action)
    edit_menu.addAction(window.directory_action)
    workshop_menu = bar.addMenu(translate("MainWindow", "&Workshop"))
    workshop_menu.addAction(window.new_workshop_action)
    workshop_menu.addAction(window.duplicate_action)
    workshop_menu.addAction(window.delete_workshop_action)
    workshop_menu.addSeparator()
    workshop_menu.addAction(window.delete_series_action)
    live_menu = bar.addMenu(translate("MainWindow", "&Live"))
    live_menu.addAction(window.live_action)
    live_menu.addAction(window.rehearse_action)
    window.document_actions = DocumentActions(window)
    bar.addMenu(window.document_actions.menu)
    settings_menu = bar.addMenu(translate("MainWindow", "&Settings"))
    settings_menu.addAction(window.settings_action)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.manual_action)
    help_menu.addAction(window.shortcuts_action)
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
