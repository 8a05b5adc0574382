"""File menu bundles: export the shown workshop, import through the preview, hostile files."""

import pytest
from PySide6.QtWidgets import QDialog

from facilitator.services import bundles, workshops
from facilitator.services.demo import load_demo
from facilitator.store import Store
from facilitator.ui.bundles import bundle_actions, bundle_preview_dialog
from facilitator.ui.bundles.bundle_preview_dialog import (
    CONFLICT_COLUMN_CHANGES,
    PREVIEW_COLUMN_KIND,
    PREVIEW_COLUMN_NEW,
    BundlePreviewDialog,
)


@pytest.fixture
def other_database(tmp_path):
    """Another laptop's database with the demo in it."""
    store = Store.open(tmp_path / "başka.db")
    load_demo(store)
    yield store
    store.close()


def test_export_writes_the_shown_workshop(
    qtbot, demo_window, demo, tmp_path, monkeypatch, answers, other_database
):
    window = demo_window
    workshop = workshops.get_workshop(demo.store, demo.workshop(5))
    window.show_directory()
    assert not window.bundle_actions.export_action.isEnabled(), "no workshop shown"
    window.open_workshop(workshop.id)
    assert window.bundle_actions.export_action.isEnabled()
    target = tmp_path / "paket.facilitator"
    offered = []
    monkeypatch.setattr(
        bundle_actions,
        "ask_save_bundle_path",
        lambda _parent, suggested: offered.append(suggested) or target,
    )
    with qtbot.waitSignal(window.bundle_actions.finished, timeout=10000):
        window.bundle_actions.export_action.trigger()
    assert answers.errors == []
    assert offered[0].name.endswith(".facilitator") and workshop.title[:10] in offered[0].name
    preview = bundles.preview_import(other_database, target)
    assert preview.workshop_title == workshop.title


def test_import_through_the_preview_opens_the_new_workshop(
    qtbot, window, tmp_path, monkeypatch, answers, other_database
):
    source = workshops.list_workshops(other_database)[0]
    path = tmp_path / "gelen.facilitator"
    bundles.export_bundle(other_database, source.id, path)
    previews = []
    monkeypatch.setattr(bundle_actions, "ask_open_bundle_path", lambda _parent: path)
    monkeypatch.setattr(
        bundle_preview_dialog,
        "ask_bundle_choices",
        lambda _p, preview: previews.append(preview) or {},
    )
    with qtbot.waitSignal(window.bundle_actions.finished, timeout=10000):
        window.bundle_actions.import_action.trigger()
    assert answers.errors == []
    assert previews[0].total_new > 0
    imported = workshops.list_workshops(window.store)
    assert [w.title for w in imported] == [source.title]
    assert window.workshop_page.workshop_id == imported[0].id
    assert window.tree_model.rowCount() > 0, "the sidebar shows the imported workshop"


def test_cancelling_the_preview_imports_nothing(
    qtbot, window, tmp_path, monkeypatch, answers, other_database
):
    path = tmp_path / "gelen.facilitator"
    bundles.export_bundle(other_database, workshops.list_workshops(other_database)[0].id, path)
    monkeypatch.setattr(bundle_actions, "ask_open_bundle_path", lambda _parent: path)
    monkeypatch.setattr(bundle_preview_dialog, "ask_bundle_choices", lambda *_a: None)
    with qtbot.waitSignal(window.bundle_actions.finished, timeout=10000):
        window.bundle_actions.import_action.trigger()
    assert workshops.list_workshops(window.store) == []


def test_a_hostile_bundle_is_reported_and_changes_nothing(
    qtbot, window, tmp_path, monkeypatch, answers
):
    path = tmp_path / "zararlı.facilitator"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    monkeypatch.setattr(bundle_actions, "ask_open_bundle_path", lambda _parent: path)
    with qtbot.waitSignal(window.bundle_actions.finished, timeout=10000):
        window.bundle_actions.import_action.trigger()
    # Read on a worker thread, told in the interface's language (Turkish).
    assert answers.errors == [
        "zararlı.facilitator bir Facilitator paketi değil ya da hasarlı veya eksik."
    ]
    assert workshops.list_workshops(window.store) == []


def test_bundles_are_written_and_read_off_the_gui_thread_with_a_busy_indication(
    qtbot, demo_window, tmp_path, monkeypatch, answers
):
    import threading

    window = demo_window
    workshop = workshops.list_workshops(window.store)[0]
    window.open_workshop(workshop.id)
    target = tmp_path / "iş parçacığı.facilitator"
    monkeypatch.setattr(bundle_actions, "ask_save_bundle_path", lambda *_a: target)
    seen = []
    real = bundles.export_bundle

    def spy(*args, **kwargs):
        seen.append((threading.current_thread(), window.statusBar().currentMessage()))
        return real(*args, **kwargs)

    monkeypatch.setattr(bundles, "export_bundle", spy)
    with qtbot.waitSignal(window.bundle_actions.finished, timeout=10000):
        window.bundle_actions.export_action.trigger()
        assert window.bundle_actions.busy
        busy_text = window.statusBar().currentMessage()
        assert target.name in busy_text and str(target) not in busy_text
    assert seen and seen[0][0] is not threading.main_thread()
    assert not window.bundle_actions.busy
    assert target.exists() and answers.errors == []
    assert str(target) in window.statusBar().currentMessage()


def test_the_preview_lists_counts_and_the_rows_that_differ(
    qtbot, qtmodeltester, store, tmp_path, other_database
):
    source = workshops.list_workshops(other_database)[0]
    first = tmp_path / "bir.facilitator"
    bundles.export_bundle(other_database, source.id, first)
    bundles.apply_import(store, bundles.preview_import(store, first))
    mine = workshops.list_workshops(store)[0]
    workshops.update_workshop(store, mine.id, title="Burada <değişti> & kaldı")
    workshops.update_workshop(other_database, source.id, title="Orada değişti")
    second = tmp_path / "iki.facilitator"
    bundles.export_bundle(other_database, source.id, second)

    preview = bundles.preview_import(store, second)
    dialog = BundlePreviewDialog(preview)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.summary.model())
    qtmodeltester.check(dialog.conflicts.model())
    kinds = [
        dialog.summary.item(r, PREVIEW_COLUMN_KIND).text() for r in range(dialog.summary.rowCount())
    ]
    assert "Workshops" in kinds
    workshops_row = kinds.index("Workshops")
    assert dialog.summary.item(workshops_row, PREVIEW_COLUMN_NEW).text() == "0"
    assert dialog.conflicts.rowCount() == 1
    changes = dialog.conflicts.item(0, CONFLICT_COLUMN_CHANGES).text()
    assert "Burada <değişti> & kaldı → Orada değişti" in changes
    (conflict,) = preview.conflicts
    # the bundle's edit is the newer one, and still this database's row is kept by default
    assert dialog.chosen() == {conflict.uuid: "mine"}
    dialog.all_theirs.click()
    assert dialog.chosen() == {conflict.uuid: "theirs"}
    dialog.all_mine.click()
    assert dialog.chosen() == {conflict.uuid: "mine"}
    dialog.choices[conflict.uuid].setCurrentIndex(1)
    assert dialog.chosen() == {conflict.uuid: "theirs"}
    dialog.import_button.click()
    assert dialog.result() == QDialog.Accepted


def test_importing_with_the_previews_defaults_replaces_nothing_here(
    qtbot, window, tmp_path, monkeypatch, answers, other_database
):
    source = workshops.list_workshops(other_database)[0]
    first = tmp_path / "bir.facilitator"
    bundles.export_bundle(other_database, source.id, first)
    bundles.apply_import(window.store, bundles.preview_import(window.store, first))
    mine = workshops.list_workshops(window.store)[0]
    workshops.update_workshop(window.store, mine.id, title="Burada verilen başlık")
    # edited later at the source: the old rule took the newer version
    workshops.update_workshop(other_database, source.id, title="Orada sonradan değişti")
    second = tmp_path / "iki.facilitator"
    bundles.export_bundle(other_database, source.id, second)

    def accept_as_shown(_parent, preview):
        dialog = BundlePreviewDialog(preview)
        qtbot.addWidget(dialog)
        return dialog.chosen()

    monkeypatch.setattr(bundle_actions, "ask_open_bundle_path", lambda _parent: second)
    monkeypatch.setattr(bundle_preview_dialog, "ask_bundle_choices", accept_as_shown)
    with qtbot.waitSignal(window.bundle_actions.finished, timeout=10000):
        window.bundle_actions.import_action.trigger()
    assert answers.errors == []
    assert workshops.get_workshop(window.store, mine.id).title == "Burada verilen başlık"


def test_a_bug_while_writing_a_bundle_is_logged_not_shown_as_raw_text(
    qtbot, demo_window, tmp_path, monkeypatch, answers
):
    from facilitator import logs

    logs.setup_logging()
    told = []
    window = demo_window
    window.open_workshop(workshops.list_workshops(window.store)[0].id)
    monkeypatch.setattr(bundle_actions, "ask_save_bundle_path", lambda *_a: tmp_path / "x")

    def broken(*_args, **_kwargs):
        return {}["uuid"]

    monkeypatch.setattr(bundles, "export_bundle", broken)
    monkeypatch.setattr(
        bundle_actions, "report_unexpected", lambda exc, context, **kw: told.append((exc, context))
    )
    with qtbot.waitSignal(window.bundle_actions.finished, timeout=10000):
        window.bundle_actions.export_action.trigger()
    assert answers.errors == []  # a bug is reported once, not told as raw text
    assert len(told) == 1 and isinstance(told[0][0], KeyError)
    assert "KeyError: 'uuid'" in logs.log_file().read_text(encoding="utf-8")


def test_every_kind_of_row_a_bundle_carries_is_named_in_words_in_the_preview(qapp):
    from facilitator.services.bundles.schema import TABLES

    unnamed = [t for t in TABLES if bundle_preview_dialog.table_label(t) == t]
    assert unnamed == []
