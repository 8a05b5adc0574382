"""Fixtures for the GUI tests: a main window on a fresh database, modal dialogs replaced."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from facilitator.ui.kit import dialogs, new_item_dialogs

# The tests' "now": between the 5th (held) and the 6th (scheduled) demo workshops.
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def gui_collector(qapp):
    """Garbage collected on the GUI thread only, as the app does (kit/gui_collector.py):
    a worker rendering a preview never destroys a widget a test dropped."""
    from facilitator.ui.kit.gui_collector import collect_on_gui_thread

    return collect_on_gui_thread(qapp)


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp):
    """The interface speaks English through its own catalogue, as the app does: Qt's
    numerus forms come from it ("1 workshop", "2 workshops"; the source says
    "%n workshop(s)"). A test that installs the Turkish translators puts them in front."""
    from PySide6.QtCore import QTranslator

    from facilitator.assets import resource_path

    translator = QTranslator(qapp)
    assert translator.load("facilitator_en", str(resource_path("translations")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


class Answers:
    """Records every modal question and answers it as the test says."""

    def __init__(self):
        self.yes_no: list[bool] = []
        self.questions: list[str] = []
        self.errors: list[str] = []
        self.new_workshop: dict | None = None
        self.new_person: dict | None = None
        self.new_organization: dict | None = None
        self.text: str | None = None


@pytest.fixture
def answers(monkeypatch) -> Answers:
    answers = Answers()

    def ask_yes_no(_parent, _title, question):
        answers.questions.append(question)
        return answers.yes_no.pop(0) if answers.yes_no else False

    def tell_error(_parent, _title, message):
        answers.errors.append(message)

    monkeypatch.setattr(dialogs, "ask_yes_no", ask_yes_no)
    monkeypatch.setattr(dialogs, "tell_error", tell_error)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: answers.text)
    monkeypatch.setattr(new_item_dialogs, "ask_new_workshop", lambda *a, **k: answers.new_workshop)
    monkeypatch.setattr(new_item_dialogs, "ask_new_person", lambda *a, **k: answers.new_person)
    monkeypatch.setattr(
        new_item_dialogs, "ask_new_organization", lambda *a, **k: answers.new_organization
    )
    return answers


@pytest.fixture
def facilitator_app(qapp, store, answers):
    """The Application object (settings, translators, window) on the test's store."""
    from facilitator.ui.app import Application

    application = Application(qapp, store, now=lambda: NOW)
    yield application
    if application.window is not None:
        application.window.close()
        application.window.deleteLater()
    application.translators.remove_all()


def start_window(qtbot, application):
    """Start the app as a user does and wait until its start page is open."""
    win = application.start()
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    # The start page is filled after the first paint; on a loaded CI machine (two
    # workers, both building windows) that can take seconds, not a hang.
    qtbot.waitUntil(lambda: win.pages.currentWidget() is not None, timeout=20_000)
    return win


@pytest.fixture
def window(qtbot, facilitator_app):
    """The main window, shown, on an empty database."""
    return start_window(qtbot, facilitator_app)


@pytest.fixture
def demo_window(qtbot, demo, facilitator_app):
    """The main window, shown, on a database holding the demo series (``demo``'s ids)."""
    return start_window(qtbot, facilitator_app)
