"""Settings switch the interface language at once and remember it; About lists the licences."""

from __future__ import annotations

import pytest

from facilitator import __version__
from facilitator.ui.about_dialog import about_text
from facilitator.ui.app import LANGUAGE_KEY, Application, open_settings
from facilitator.ui.settings import settings_dialog
from tests.ui.conftest import start_window


def test_interface_is_turkish_by_default(demo_window):
    assert demo_window.workshop_page.tabs.tabText(0) == "&Genel bakış"
    assert demo_window.directory_button.text() == "Kişiler && kurumlar"


def test_switching_to_english_rebuilds_the_window_and_is_remembered(
    qtbot, qapp, store, demo, facilitator_app, monkeypatch
):
    old = start_window(qtbot, facilitator_app)
    workshop_id = old.workshop_page.workshop_id
    monkeypatch.setattr(settings_dialog, "ask_settings", lambda parent, language: "en")
    old.settings_action.trigger()
    new = facilitator_app.window
    qtbot.addWidget(new)
    assert new is not old
    assert [a.text() for a in new.menuBar().actions()] == [
        "&File",
        "&Edit",
        "&Workshop",
        "&Live",
        "Doc&uments",
        "&Settings",
        "&Help",
    ]
    assert new.workshop_page.tabs.tabText(0) == "&Overview"
    assert new.workshop_page.workshop_id == workshop_id
    assert new.workshop_page.title.text().startswith("6. Workshop — ")
    assert open_settings().value(LANGUAGE_KEY) == "en"
    # A service error now reads in English too, and the next start is in English.
    from facilitator.errors import ValidationError
    from facilitator.services import directory

    with pytest.raises(ValidationError, match="cannot be empty"):
        directory.create_organization(store, " ")
    assert Application(qapp, store).language == "en"


def test_about_names_the_version_and_the_licences_of_what_ships(qapp):
    text = about_text()
    assert __version__ in text
    for component, licence in (
        ("PySide6", "LGPL-3.0"),
        ("SQLAlchemy", "MIT"),
        ("ReportLab", "BSD-3-Clause"),
        ("Alembic", "MIT"),
    ):
        assert component in text and licence in text


def test_switching_language_during_a_session_closes_the_live_screen_and_the_session_goes_on(
    qtbot, qapp, store, demo, facilitator_app, monkeypatch
):
    """The live screen belongs to the old window (its change bus, its history): it closes
    the normal way, the workshop stays in session, and the new window says how to resume."""
    from facilitator.models import WorkshopStatus
    from facilitator.services import live, workshops
    from tests.ui.live.test_live_wiring import note, open_live

    old = start_window(qtbot, facilitator_app)
    sixth = demo.workshop(6)
    old_live = open_live(qtbot, old, sixth)
    note(qtbot, old_live, "Dil değişmeden önce")
    monkeypatch.setattr(settings_dialog, "ask_settings", lambda parent, language: "en")
    old.settings_action.trigger()
    new = facilitator_app.window
    qtbot.addWidget(new)

    assert not old_live.isVisible()
    assert workshops.get_workshop(store, sixth).status is WorkshopStatus.IN_SESSION
    assert live.last_note(store, sixth).text == "Dil değişmeden önce"
    assert new.statusBar().currentMessage() == (
        "The live screen is closed; the workshop is still in session (Ctrl+L resumes)."
    )
