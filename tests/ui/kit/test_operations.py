"""Edits as operations: one call makes the edit, shows a refusal, records the undo and
announces the change once, naming who made it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from facilitator.errors import ValidationError
from facilitator.services import agenda
from facilitator.ui.kit.changes import WORKSHOP, ChangeBus, changed
from facilitator.ui.kit.operations import Edits
from facilitator.ui.kit.undo import EditHistory, Undo


@pytest.fixture
def bench(qtbot, store, make_series, make_workshop):
    bus = ChangeBus()
    heard: list[tuple] = []
    bus.changed.connect(lambda kind, ids, initiator: heard.append((kind, ids, initiator)))
    refused: list[str] = []
    history = EditHistory(refused.append)
    view = QLabel()
    qtbot.addWidget(view)
    workshop = make_workshop(series_id=make_series().id)
    item = agenda.add_item(store, workshop.id, "Açılış", planned_minutes=15)
    edits = Edits(store, bus, history)

    class Bench:
        pass

    b = Bench()
    b.__dict__.update(
        store=store,
        bus=bus,
        heard=heard,
        history=history,
        view=view,
        edits=edits,
        workshop=workshop,
        item=item,
        refused=refused,
    )
    return b


def _rename(b, title: str, old: str):
    store, item_id = b.store, b.item.id
    return b.edits.run(
        b.view,
        lambda: agenda.update_item(store, item_id, title=title),
        changes=changed(WORKSHOP, b.workshop.id),
        undo=Undo(
            "Rename",
            undo=lambda: agenda.update_item(store, item_id, expect={"title": title}, title=old),
            redo=lambda: agenda.update_item(store, item_id, expect={"title": old}, title=title),
        ),
    )


def _title(b) -> str:
    return agenda.get_agenda(b.store, b.workshop.id).items[0].title


def test_an_edit_is_made_announced_once_with_its_initiator_and_undone(bench):
    done = _rename(bench, "Açılış ve tanışma", "Açılış")
    assert done is not None and done.value.title == "Açılış ve tanışma"
    assert _title(bench) == "Açılış ve tanışma"
    assert bench.heard == [(WORKSHOP, (bench.workshop.id,), bench.view)]

    bench.history.undo()
    assert _title(bench) == "Açılış"
    # An undo is nobody's own edit: every view, the initiator too, reads again.
    assert bench.heard[-1] == (WORKSHOP, (bench.workshop.id,), None)
    bench.history.redo()
    assert _title(bench) == "Açılış ve tanışma"


def test_a_refused_edit_changes_nothing_records_nothing_and_says_why(bench):
    shown: list[str] = []
    done = bench.edits.run(
        bench.view,
        lambda: agenda.update_item(bench.store, bench.item.id, title="   "),
        changes=changed(WORKSHOP, bench.workshop.id),
        undo=Undo("Rename", undo=lambda: None, redo=lambda: None),
        on_error=shown.append,
    )
    assert done is None
    assert _title(bench) == "Açılış"
    assert len(shown) == 1 and "empty" in shown[0]
    assert bench.heard == [], "nothing was announced"
    assert bench.history.count() == 0, "nothing to undo"


def test_undo_refuses_to_overwrite_a_change_made_elsewhere_and_leaves_the_history(bench):
    _rename(bench, "Açılış ve tanışma", "Açılış")
    agenda.update_item(bench.store, bench.item.id, title="Açılış konuşması")  # elsewhere
    bench.history.undo()
    assert _title(bench) == "Açılış konuşması", "the later change is kept"
    assert len(bench.refused) == 1 and "changed elsewhere" in bench.refused[0]
    assert not bench.history.canRedo() and not bench.history.canUndo()


def test_a_bug_in_an_edit_is_reported_once_and_nothing_is_recorded(bench, monkeypatch):
    reported: list[BaseException] = []
    monkeypatch.setattr(
        "facilitator.ui.kit.operations.report_unexpected",
        lambda exc, context, **kw: reported.append(exc) or "plain words",
    )

    def broken():
        raise KeyError("bug")

    assert bench.edits.run(bench.view, broken, changes=changed(WORKSHOP)) is None
    assert [type(e) for e in reported] == [KeyError]
    assert bench.heard == [] and bench.history.count() == 0


def test_a_refusal_without_a_place_to_show_it_opens_one_dialog(bench, monkeypatch):
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "facilitator.ui.kit.dialogs.tell_error",
        lambda _parent, title, message: told.append((title, message)),
    )

    def refused():
        raise ValidationError("Bu alan boş bırakılamaz.")

    bench.edits.run(bench.view, refused, error_title="Kaydedilemedi")
    assert told == [("Kaydedilemedi", "Bu alan boş bırakılamaz.")]
