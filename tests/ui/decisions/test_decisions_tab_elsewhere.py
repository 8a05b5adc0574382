"""The Decisions tab and changes made elsewhere (the live screen, another window): what is
being typed stays, what changed and is not being edited shows; undo never deletes work
done elsewhere since."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QObject, Qt

from facilitator.services import attendees, directory, live, proposals
from facilitator.ui.kit.changes import PROPOSAL, WORKSHOP, changed
from facilitator.ui.kit.operations import Edits
from tests.ui.decisions.test_decisions_tab import _keys, _new_proposal, room, tab  # noqa: F401
from tests.ui.keys import replace_text

NOW = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)


class Elsewhere:
    """The live screen: edits through the services, announced on the tab's bus in its name."""

    def __init__(self, tab, store, workshop_id):  # noqa: F811
        self.initiator = QObject()
        self.edits = Edits(store, tab.bus_for_test, None)
        self.store, self.workshop_id = store, workshop_id

    def edit(self, proposal_id: int, do):
        done = self.edits.run(self.initiator, do, changes=changed(PROPOSAL, proposal_id))
        assert done is not None
        return done.value

    def check_in(self, given: str, family: str) -> None:
        """A walk-in checked in as present, as the live check-in panel does it."""
        person = directory.create_person(self.store, given, family)
        row = attendees.add_attendee(self.store, self.workshop_id, person.id)
        done = self.edits.run(
            self.initiator,
            lambda: live.set_present(self.store, row.id, True, NOW),
            changes=changed(WORKSHOP, self.workshop_id),
        )
        assert done is not None


@pytest.fixture
def elsewhere(tab, store, room):  # noqa: F811
    return Elsewhere(tab, store, room.id)


@pytest.mark.parametrize("field", ["title", "statement", "wording"])
def test_text_being_typed_stays_when_changes_arrive_from_elsewhere(
    qtbot,
    tab,  # noqa: F811
    store,
    elsewhere,
    field,
):
    _new_proposal(qtbot, tab, "Gönüllülük haftası düzenlensin")
    other = tab.current.id
    _new_proposal(qtbot, tab, "Kent gönüllülük platformu kurulsun")
    proposal_id = tab.current.id
    editor = getattr(tab, field)
    replace_text(qtbot, editor, "Yarım yazılmış metin, ş ğ ı")
    typed = editor.toPlainText() if field == "wording" else editor.text()

    elsewhere.check_in("Zeynep", "Kaya")  # a live check-in: a WORKSHOP change
    elsewhere.edit(other, lambda: proposals.update_proposal(store, other, title="Başka"))
    # The live screen changes this very proposal: the field being typed in ...
    if field == "wording":
        elsewhere.edit(proposal_id, lambda: proposals.amend(store, proposal_id, "Canlı ifade"))
    else:
        key = {"title": "title", "statement": "outcome_statement"}[field]
        elsewhere.edit(
            proposal_id, lambda: proposals.update_proposal(store, proposal_id, **{key: "Canlı"})
        )
    # ... and one the user has not touched.
    elsewhere.edit(
        proposal_id,
        lambda: proposals.update_proposal(store, proposal_id, review_date=date(2026, 6, 1)),
    )

    assert tab.current.id == proposal_id
    shown = editor.toPlainText() if field == "wording" else editor.text()
    assert shown == typed
    assert editor.hasFocus()
    assert tab.review.date().toString("dd.MM.yyyy") == "01.06.2026"
    if field != "title":
        assert tab.title.text() == "Kent gönüllülük platformu kurulsun"
    if field != "wording":
        assert tab.wording.toPlainText() == "Kent gönüllülük platformu kurulsun"
    assert tab.model.row_at(0).title == "Başka"  # the list shows the other change


def test_fields_not_being_edited_show_what_the_live_screen_changed(qtbot, tab, store, elsewhere):  # noqa: F811
    _new_proposal(qtbot, tab, "Kent gönüllülük platformu kurulsun")
    proposal_id = tab.current.id
    replace_text(qtbot, tab.statement, "Yazılıyor")
    elsewhere.edit(
        proposal_id,
        lambda: proposals.update_proposal(store, proposal_id, title="Canlı ekrandan başlık"),
    )
    elsewhere.edit(proposal_id, lambda: proposals.amend(store, proposal_id, "Canlı ifade"))
    assert tab.title.text() == "Canlı ekrandan başlık"
    assert tab.wording.toPlainText() == "Canlı ifade"
    assert "Wording 1: Kent gönüllülük" in tab.history_label.text()
    assert tab.statement.text() == "Yazılıyor"
    # Leaving the field saves what was typed.
    tab.statement.editingFinished.emit()
    assert proposals.get_proposal(store, proposal_id).outcome_statement == "Yazılıyor"


def test_a_refused_change_stays_said_when_the_live_screen_checks_someone_in(
    qtbot,
    tab,  # noqa: F811
    elsewhere,
):
    _new_proposal(qtbot, tab, "Onaylanmayan öneri")
    qtbot.mouseClick(tab.outcome_box.override_button, Qt.LeftButton)  # no reason given
    assert tab.error.isVisible()
    elsewhere.check_in("Zeynep", "Kaya")
    assert tab.error.isVisible() and "reason" in tab.error.text()


def test_a_check_in_keeps_the_grid_on_the_row_being_recorded(qtbot, tab, elsewhere):  # noqa: F811
    _new_proposal(qtbot, tab, "Oylanan öneri")
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    grid = tab.rounds_box.grid
    grid.view.setFocus()
    _keys(qtbot, tab, "123")
    voter = grid.model.voter_at(grid.current_row()).id
    elsewhere.check_in("Zeynep", "Kaya")
    assert grid.model.rowCount() == 13
    assert grid.model.voter_at(grid.current_row()).id == voter
    assert grid.progress.text() == "3 of 13 recorded"


def test_undoing_the_adding_after_the_live_screen_held_a_round_keeps_the_round(
    qtbot,
    tab,  # noqa: F811
    store,
    room,  # noqa: F811
    elsewhere,
):
    _new_proposal(qtbot, tab, "Canlı ekranda oylanan öneri")
    proposal_id = tab.current.id
    opened = elsewhere.edit(proposal_id, lambda: proposals.open_round(store, proposal_id, now=NOW))
    person = proposals.voters(store, room.id, opened.voice)[0]
    elsewhere.edit(proposal_id, lambda: proposals.record_position(store, opened.id, person.id, "1"))
    tab.history_for_test.undo()
    (p,) = proposals.list_proposals(store, room.id)
    assert p.id == proposal_id and p.rounds[0].total == 1
    assert tab.current.id == proposal_id
    assert len(tab.refused_for_test) == 1
    assert tab.refused_for_test[0].startswith("Rounds were held on “Canlı ekranda oylanan öneri”")


def test_undoing_an_amendment_after_the_live_screen_amended_again_keeps_the_newer_wording(
    qtbot,
    tab,  # noqa: F811
    store,
    elsewhere,
):
    _new_proposal(qtbot, tab, "İlk ifade")
    proposal_id = tab.current.id
    replace_text(qtbot, tab.wording, "Sekmede yazılan ifade")
    qtbot.mouseClick(tab.amend_button, Qt.LeftButton)
    elsewhere.edit(proposal_id, lambda: proposals.amend(store, proposal_id, "Canlı ifade"))
    tab.history_for_test.undo()
    p = proposals.get_proposal(store, proposal_id)
    assert [v.text for v in p.versions] == ["İlk ifade", "Sekmede yazılan ifade", "Canlı ifade"]
    assert tab.wording.toPlainText() == "Canlı ifade"
    assert len(tab.refused_for_test) == 1
    assert "was amended again since" in tab.refused_for_test[0]


def test_undo_and_redo_of_an_amendment_with_nothing_done_elsewhere(qtbot, tab, store):  # noqa: F811
    _new_proposal(qtbot, tab, "İlk ifade")
    proposal_id = tab.current.id
    replace_text(qtbot, tab.wording, "İkinci ifade")
    qtbot.mouseClick(tab.amend_button, Qt.LeftButton)
    history = tab.history_for_test
    history.undo()
    history.redo()
    history.undo()  # expects the wording the redo made
    assert proposals.get_proposal(store, proposal_id).text == "İlk ifade"
    assert tab.wording.toPlainText() == "İlk ifade"
    assert tab.refused_for_test == []


def test_counts_typed_but_not_saved_stay_when_someone_checks_in(qtbot, tab, elsewhere):  # noqa: F811
    from facilitator.models import DecisionMethod, Voice
    from tests.ui.decisions.test_decisions_tab import _choose

    _new_proposal(qtbot, tab, "Kartlarla oylama")
    _choose(tab.method, DecisionMethod.COUNTS)
    _choose(tab.voice, Voice.COUNTS)
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    spins = tab.rounds_box.grid.counts.spins
    spins["green"].setValue(12)
    elsewhere.check_in("Zeynep", "Kaya")
    assert spins["green"].value() == 12
