"""The manual (issue 21, point 3): F1 on each screen opens the page named as the screen, in
the interface's language; every link leads to a page; both languages have every page; the
contents can be searched the Turkish way; a page prints to PDF."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl

from facilitator import help as manual
from facilitator.services.demo import load_demo
from facilitator.ui.app import LANGUAGE_KEY, Application, open_settings
from facilitator.ui.help import help_window as help_module
from facilitator.ui.help.help_window import help_window
from facilitator.ui.series.series_tree_model import ID_ROLE
from tests.ui.conftest import NOW, start_window


def _screen_name(text: str) -> str:
    """A tab's label as the user reads it: no Alt-key ampersand, no count after it."""
    return re.sub(r"\s*\d+$", "", text.replace("&", "")).strip()


@pytest.fixture(params=["tr", "en"])
def app_in(request, qtbot, qapp, store, answers):
    """The application, in the language of the test's parameter, on the demo database."""
    settings = open_settings()
    settings.setValue(LANGUAGE_KEY, request.param)
    settings.sync()
    load_demo(store)
    application = Application(qapp, store, now=lambda: NOW)
    window = start_window(qtbot, application)
    yield request.param, window
    window.close()
    application.translators.remove_all()


def _press_f1(qtbot, widget):
    widget.activateWindow()
    qtbot.keyClick(widget, Qt.Key_F1)
    window = help_window(widget)
    qtbot.waitUntil(window.isVisible)
    return window


def test_f1_opens_the_page_named_as_each_tab_of_the_workshop_and_the_series(qtbot, app_in):
    language, window = app_in
    page = window.workshop_page
    seen = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        help_page = _press_f1(qtbot, page.tabs.currentWidget())
        assert help_page.language == language
        assert help_page.title() == _screen_name(page.tabs.tabText(index))
        assert help_page.windowTitle().startswith(help_page.title())
        seen.append(help_page.page)
        help_page.close()
    assert seen == ["overview", "attendees", "agenda", "notes", "ideas", "decisions", "commitments"]

    window.show_series(window.tree_model.index(0, 0).data(ID_ROLE))
    assert window.pages.currentWidget() is window.series_page
    series = window.series_page
    for index in range(1, series.tabs.count()):  # the first tab is the series' details
        series.tabs.setCurrentIndex(index)
        help_page = _press_f1(qtbot, series.tabs.currentWidget())
        assert help_page.title() == _screen_name(series.tabs.tabText(index))
    series.tabs.setCurrentIndex(0)
    assert _press_f1(qtbot, series).title() == {"tr": "Seri", "en": "Series"}[language]


def test_f1_on_the_directory_and_on_the_start_page_opens_their_pages(qtbot, app_in):
    language, window = app_in
    window.show_directory()
    assert _press_f1(qtbot, window.directory_page).title() == _screen_name(
        window.directory_action.text()
    )
    window.pages.setCurrentWidget(window.empty_page)
    assert (
        _press_f1(qtbot, window).title() == {"tr": "Başlarken", "en": "Getting started"}[language]
    )


def test_the_help_menu_opens_the_shortcut_sheet_and_one_help_window_serves_the_window(
    qtbot, app_in
):
    language, window = app_in
    window.shortcuts_action.trigger()
    sheet = help_window(window)
    assert sheet.title() == {"tr": "Klavye kısayolları", "en": "Keyboard shortcuts"}[language]
    window.manual_action.trigger()
    assert help_window(window) is sheet  # the same window, now on the screen's page
    assert sheet.page == window.help_page()


@pytest.mark.parametrize("language", manual.LANGUAGES)
def test_no_link_of_the_manual_is_broken_and_every_page_is_in_both_languages(language):
    assert manual.broken_links(language) == []
    assert manual.pages(language) == manual.pages("en" if language == "tr" else "tr")
    contents = manual.folder(language) / "index.md"
    listed = {target.removesuffix(".md") for target in manual.links(contents)}
    assert listed | {"index"} == set(manual.pages(language))
    for page in manual.pages(language):
        text = manual.page_file(language, page).read_text(encoding="utf-8")
        assert text.startswith("# "), page


@pytest.mark.parametrize("language", manual.LANGUAGES)
def test_following_every_link_in_the_window_shows_its_page(qtbot, language):
    window = help_module.HelpWindow(language)
    qtbot.addWidget(window)
    for page in manual.pages(language):
        for target in manual.links(manual.page_file(language, page)):
            if target.startswith("http"):
                continue
            window.open_page(page)
            # What a click does: the link, relative to the page shown.
            window.browser.setSource(window.browser.source().resolved(QUrl(target)))
            assert window.page == target.removesuffix(".md")
            assert window.browser.toPlainText().startswith(window.title())


def test_searching_the_contents_finds_pages_the_turkish_way(qtbot):
    window = help_module.HelpWindow("tr")
    qtbot.addWidget(window)
    shown = lambda: [  # noqa: E731
        window.contents.item(row).data(Qt.UserRole)
        for row in range(window.contents.count())
        if not window.contents.item(row).isHidden()
    ]
    everything = shown()
    window.search.setText("KISAYOL")  # capital I without a dot is ı in Turkish
    assert "shortcuts" in shown() and len(shown()) < len(everything)
    window.search.setText("İMZA")  # İ is the capital of i
    assert "attendees" in shown() and "shortcuts" not in shown()
    window.search.setText("")
    assert shown() == everything


def test_a_page_saved_as_pdf_holds_its_title_and_replaces_a_file_whole(
    qtbot, tmp_path, monkeypatch
):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "kısayollar.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(help_module, "ask_pdf_path", lambda *_: target)
    window = help_module.HelpWindow("tr")
    qtbot.addWidget(window)
    window.open_page("shortcuts")
    window.save_pdf()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Klavye kısayolları" in " ".join(text.split())
    assert [p.name for p in target.parent.iterdir()] == ["kısayollar.pdf"]  # nothing left beside
