"""Commitments in the workshop page and on the live screen: created three ways, reviewed later,
every step undoable."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from facilitator.models import (
    CommitmentStatus,
    Outcome,
    Proposal,
    Workshop,
)
from facilitator.services import attendees, commitments, live
from facilitator.ui.commitments.commitment_table_model import CARRIED_DUE
from facilitator.ui.commitments.commitments_tab import CommitmentsTab
from facilitator.ui.kit.changes import COMMITMENT, ChangeBus
from facilitator.ui.kit.undo import EditHistory
from facilitator.ui.live import LiveWindow
from tests.ui.keys import replace_text, type_text


@pytest.fixture
def bus():
    return ChangeBus()


@pytest.fixture
def history():
    errors = []
    stack = EditHistory(errors.append)
    stack.errors = errors
    return stack


@pytest.fixture
def tab(qtbot, store, bus, history, demo):
    widget = CommitmentsTab(store, bus, history, today=lambda: date(2027, 1, 16))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_a_commitment_made_in_the_workshop_tab_is_listed_and_undone_by_ctrl_z(
    qtbot, store, tab, history, bus, demo
):
    sixth = demo.workshop(6)
    tab.show_workshop(sixth)
    counts = []
    tab.count_changed.connect(counts.append)
    assert tab.made_stack.currentWidget() is tab.empty  # the empty state says what to do
    assert "New commitment" in tab.empty.text()
    announced = []
    bus.changed.connect(lambda kind, ids, _initiator: announced.append(kind))
    qtbot.mouseClick(tab.new_button, Qt.LeftButton)
    assert tab.form.isVisible()
    type_text(tab.form.what, "Eşleştirme aracına <10> gönüllü & mentor")
    choose(tab.form.organization, "Marmara Tekstil A.Ş.")
    choose(tab.form.person, "Mert Ağca")
    choose(tab.form.kind, "Volunteering")
    type_text(tab.form.quantity, "10")
    choose(tab.form.unit, "volunteers")
    choose(tab.form.phase, "İlk ortak proje: gönüllü eşleştirme")
    type_text(tab.form.start, "01.02.2027")
    type_text(tab.form.due, "30.04.2027")
    choose(tab.form.status, "Committed")
    qtbot.keyClick(tab.form.due, Qt.Key_Return)
    assert not tab.form.isVisible()
    assert tab.made.rowCount() == 1
    row = tab.made.row_at(0)
    assert row.title == "Eşleştirme aracına <10> gönüllü & mentor"
    assert (row.start_date, row.due_date) == (date(2027, 2, 1), date(2027, 4, 30))
    assert row.person_name == "Mert Ağca"
    assert counts[-1] == 1
    assert announced == [COMMITMENT]
    history.undo()
    assert commitments.commitments_of_workshop(store, sixth) == []
    assert tab.made.rowCount() == 0
    history.redo()
    assert [r.title for r in commitments.commitments_of_workshop(store, sixth)] == [row.title]


def test_the_form_refuses_bad_input_with_a_message_and_saves_nothing(qtbot, store, tab, demo):
    tab.show_workshop(demo.workshop(6))
    tab.start_new()
    type_text(tab.form.what, "Mekân desteği")
    tab.form.submit()
    assert tab.form.isVisible()
    assert "organization" in tab.form.error.text()
    choose(tab.form.organization, "Villa Zeytin")
    type_text(tab.form.quantity, "-3")
    choose(tab.form.unit, "TRY")
    tab.form.submit()
    assert "negative" in tab.form.error.text()
    replace_text(qtbot, tab.form.quantity, "")
    type_text(tab.form.due, "31.02.2027")
    tab.form.submit()
    assert "is not a date" in tab.form.error.text()
    assert commitments.commitments_of_workshop(store, demo.workshop(6)) == []


def test_editing_a_commitment_in_the_form_and_undoing_it(qtbot, store, tab, history, demo):
    fifth = demo.workshop(5)
    tab.show_workshop(fifth)
    assert tab.made.rowCount() == 9
    row = next(
        tab.made.row_at(i)
        for i in range(9)
        if tab.made.row_at(i).organization_name == "Villa Zeytin"
    )
    tab.made_view.selectRow(tab.made.row_of_id(row.id))
    qtbot.mouseClick(tab.edit_button, Qt.LeftButton)
    assert tab.form.what.text() == row.title
    choose(tab.form.status, "Done")
    tab.form.submit()
    assert commitments.get_commitment(store, row.id).status is CommitmentStatus.DONE
    history.undo()
    assert commitments.get_commitment(store, row.id).status is CommitmentStatus.IN_PROGRESS
    assert tab.made.row_at(tab.made.row_of_id(row.id)).status is CommitmentStatus.IN_PROGRESS


def test_carried_over_commitments_are_reviewed_at_the_later_workshop_with_overdue_highlighted(
    qtbot, store, tab, history, demo, qtmodeltester
):
    sixth = demo.workshop(6)
    tab.show_workshop(sixth)
    qtmodeltester.check(tab.carried)
    qtmodeltester.check(tab.made)
    assert tab.carried.rowCount() == 7
    assert "3 overdue" in tab.carried_title.text()
    first = tab.carried.row_at(0)
    assert first.overdue
    index = tab.carried.index(0, CARRIED_DUE)
    assert tab.carried.data(index, Qt.BackgroundRole) is not None  # tinted
    assert tab.carried.data(tab.carried.index(6, CARRIED_DUE), Qt.BackgroundRole) is None
    assert "overdue" in tab.carried.data(index)
    tab.carried_view.selectRow(0)
    qtbot.mouseClick(tab.done_button, Qt.LeftButton)
    done = commitments.get_commitment(store, first.id)
    assert (done.status, done.reviewed_workshop_id) == (CommitmentStatus.DONE, sixth)
    assert "2 overdue" in tab.carried_title.text()
    reviewed_row = tab.carried.row_at(tab.carried.row_of_id(first.id))
    assert not reviewed_row.overdue
    assert tab.carried.data(tab.carried.index(tab.carried.row_of_id(first.id), 5)) == (
        "at workshop 6"
    )
    history.undo()
    back = commitments.get_commitment(store, first.id)
    assert (back.status, back.reviewed_workshop_id) == (first.status, None)
    assert "3 overdue" in tab.carried_title.text()


def test_a_commitment_from_a_decision_serves_it(qtbot, store, tab, demo):
    """The decision it serves is chosen in the form among the workshop's agreed decisions."""
    fifth = demo.workshop(5)
    with store.transaction() as s:
        agreed = Proposal(
            workshop_id=fifth, title="Gönüllü sigortası için ortak fon", outcome=Outcome.AGREED
        )
        s.add(agreed)
        s.add(Proposal(workshop_id=fifth, title="Ertelenen öneri", outcome=Outcome.DEFERRED))
    tab.show_workshop(fifth)
    tab.start_new()
    labels = [tab.form.decision.itemText(i) for i in range(tab.form.decision.count())]
    assert "Gönüllü sigortası için ortak fon" in labels
    assert "Ertelenen öneri" not in labels
    type_text(tab.form.what, "Sigorta fonuna katkı")
    choose(tab.form.organization, "Öncü Gıda San. ve Tic. A.Ş.")
    choose(tab.form.decision, "Gönüllü sigortası için ortak fon")
    tab.form.submit()
    made = [
        r
        for r in commitments.commitments_of_workshop(store, fifth)
        if r.title == "Sigorta fonuna katkı"
    ]
    assert [r.decision_label for r in made] == ["Gönüllü sigortası için ortak fon"]


# -- the live screen ----------------------------------------------------------------------


def test_ctrl_t_on_the_live_screen_turns_the_last_note_into_a_commitment(qtbot, store, demo):
    sixth = demo.workshop(6)
    with store.session() as s:
        start = s.get(Workshop, sixth).planned_start
    now = start + timedelta(minutes=1)
    for row in attendees.list_attendees(store, sixth):
        live.set_present(store, row.id, True, now)
    bus = ChangeBus()
    announced = []
    bus.changed.connect(lambda kind, ids, _initiator: announced.append((kind, ids)))
    live.start_session(store, sixth, now)
    win = LiveWindow(store, bus, now=lambda: now)
    qtbot.addWidget(win)
    assert win.open_workshop(sixth)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    try:
        focus = QApplication.focusWidget()
        assert focus is win.notes.note_field
        type_text(focus, "KGKM gönüllü veri tabanını Mart sonuna kadar paylaşacak")
        qtbot.keyClick(focus, Qt.Key_Return)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_T, Qt.ControlModifier)
        assert win.commitment.isVisible()
        assert QApplication.focusWidget() is win.commitment.field
        assert "KGKM gönüllü veri tabanını" in win.commitment.note.text()
        type_text(win.commitment.field, "kent gönüllü")
        qtbot.keyClick(win.commitment.field, Qt.Key_Return)
        assert not win.commitment.isVisible()
        assert QApplication.focusWidget() is win.notes.note_field
        (row,) = commitments.commitments_of_workshop(store, sixth)
        assert row.title == "KGKM gönüllü veri tabanını Mart sonuna kadar paylaşacak"
        assert row.organization_name == "Kent Gönüllüleri Koordinasyon Merkezi"
        assert "Commitment recorded" in win.status_line.text()
        assert ("commitment", (row.id,)) in announced
        # Ctrl+Z on the screen takes it back; no dialog was ever opened.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Z, Qt.ControlModifier)
        assert commitments.commitments_of_workshop(store, sixth) == []
        # Esc closes the panel without recording anything.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_T, Qt.ControlModifier)
        qtbot.keyClick(win.commitment.field, Qt.Key_Escape)
        assert not win.commitment.isVisible()
        assert commitments.commitments_of_workshop(store, sixth) == []
    finally:
        win.timer.stop()
        win.close()


def test_ctrl_t_without_a_note_says_what_to_do(qtbot, store, demo):
    sixth = demo.workshop(6)
    with store.session() as s:
        start = s.get(Workshop, sixth).planned_start
    win = LiveWindow(store, ChangeBus(), now=lambda: start)
    qtbot.addWidget(win)
    assert win.open_workshop(sixth)
    try:
        win.commitment.start(win.workshop_id)
        assert not win.commitment.isVisible()
        assert "No note yet" in win.status_line.text()
    finally:
        win.timer.stop()
        win.close()


def test_commitment_from_this_decision_in_the_decisions_tab(qtbot, store, history, bus, demo):
    """The button of an agreed decision opens the Commitments tab's form serving it."""
    from facilitator.ui.workshop.workshop_page import WorkshopPage

    page = WorkshopPage(store, bus, history)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show_workshop(demo.workshop(5))
    page.show()
    page.tabs.setCurrentWidget(page.decisions)
    with store.session() as s:
        first = s.scalar(select(Proposal.id).where(Proposal.decision_number == 1))
        statement = s.get(Proposal, first).outcome_statement
    page.decisions.reload(select_id=first)
    assert page.decisions.outcome_box.commitment_button.isVisible()
    qtbot.mouseClick(page.decisions.outcome_box.commitment_button, Qt.LeftButton)
    assert page.tabs.currentWidget() is page.commitments
    form = page.commitments.form
    assert form.isVisible()
    assert form.what.text() == statement
    assert form.decision.currentText() == "5/1 Platformun kuruluş biçimi"
    choose(form.organization, "Kent Gönüllüleri Koordinasyon Merkezi")
    form.submit()
    made = [
        r
        for r in commitments.commitments_of_workshop(store, demo.workshop(5))
        if r.proposal_id == first
    ]
    assert [r.organization_name for r in made] == ["Kent Gönüllüleri Koordinasyon Merkezi"]
    assert made[0].decision_label == "5/1 Platformun kuruluş biçimi"
    # A decision not agreed offers no such button.
    with store.transaction() as s:
        s.get(Proposal, first).outcome = Outcome.DEFERRED
    page.decisions.reload(select_id=first)
    assert not page.decisions.outcome_box.commitment_button.isVisible()


def test_delete_key_removes_the_selected_commitment_and_ctrl_z_brings_it_back(
    qtbot, store, tab, history, demo
):
    tab.show_workshop(demo.workshop(5))
    tab.made_view.setFocus()
    tab.made_view.selectRow(0)
    gone = tab.made.row_at(0)
    qtbot.keyClick(tab.made_view, Qt.Key_Delete)
    assert tab.made.rowCount() == 8
    assert tab.made.row_of_id(gone.id) < 0
    history.undo()
    assert commitments.get_commitment(store, gone.id) == gone
    assert tab.made.rowCount() == 9


def test_undoing_a_review_after_a_change_elsewhere_is_refused_and_keeps_the_change(
    qtbot, store, tab, history, bus, demo
):
    """The undo expects what the review left: a status changed since (on the roadmap, in
    another window) is kept, and the refusal is said."""
    sixth = demo.workshop(6)
    tab.show_workshop(sixth)
    first = tab.carried.row_at(0)
    tab.carried_view.selectRow(0)
    qtbot.mouseClick(tab.done_button, Qt.LeftButton)
    assert history.undoText() == f"Mark commitment “{first.title}” done"
    commitments.update_commitment(store, first.id, status=CommitmentStatus.DROPPED)
    bus.announce(COMMITMENT, first.id)
    history.undo()
    after = commitments.get_commitment(store, first.id)
    assert (after.status, after.reviewed_workshop_id) == (CommitmentStatus.DROPPED, sixth)
    assert len(history.errors) == 1
    assert history.errors[0].startswith("This was changed elsewhere since")


def test_a_refused_deletion_is_said_above_the_tables_and_nothing_is_undoable(
    qtbot, store, tab, history, bus, demo
):
    tab.show_workshop(demo.workshop(5))
    tab.made_view.selectRow(0)
    gone = tab.made.row_at(0)
    commitments.delete_commitment(store, gone.id)  # deleted in another window, not yet told
    heard = []
    bus.changed.connect(lambda kind, ids, who: heard.append(kind))
    qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    assert tab.error.isVisible()
    assert "commitment" in tab.error.text()
    assert heard == []
    assert history.count() == 0


def test_undoing_the_making_of_a_commitment_changed_elsewhere_since_is_refused(
    qtbot, store, tab, history, bus, demo
):
    """Made in the workshop tab, then completed on the roadmap: Ctrl+Z in the tab would delete
    the roadmap's work with it, so it is refused and said; the commitment stays."""
    sixth = demo.workshop(6)
    tab.show_workshop(sixth)
    tab.start_new()
    type_text(tab.form.what, "Mekân desteği")
    choose(tab.form.organization, "Villa Zeytin")
    tab.form.submit()
    (made,) = commitments.commitments_of_workshop(store, sixth)
    commitments.update_commitment(store, made.id, status=CommitmentStatus.DONE)  # elsewhere
    bus.announce(COMMITMENT, made.id)
    history.undo()
    (kept,) = commitments.commitments_of_workshop(store, sixth)
    assert (kept.id, kept.title, kept.status) == (made.id, "Mekân desteği", CommitmentStatus.DONE)
    assert tab.made.rowCount() == 1
    assert history.errors == [
        "This was changed elsewhere since (status); undoing or redoing would overwrite the "
        "newer value, so nothing was changed."
    ]


def test_redoing_a_deletion_after_a_change_elsewhere_is_refused(
    qtbot, store, tab, history, bus, demo
):
    tab.show_workshop(demo.workshop(5))
    tab.made_view.selectRow(0)
    gone = tab.made.row_at(0)
    qtbot.mouseClick(tab.delete_button, Qt.LeftButton)
    history.undo()  # back again
    commitments.update_commitment(store, gone.id, title="Yeniden yazıldı")  # elsewhere
    history.redo()
    assert commitments.get_commitment(store, gone.id).title == "Yeniden yazıldı"
    assert tab.made.rowCount() == 9
    assert history.errors[0].startswith("This was changed elsewhere since (Title)")


def test_commitments_are_found_by_their_organizations_short_name(qtbot, tab, store, demo):
    """Typed in the tab's filter, the organization's short name ("ÇSDD") finds its
    commitments, Turkish-aware; clearing the filter shows them all again."""
    tab.show_workshop(demo.workshop(5))
    model = tab.made
    every = [model.row_at(i) for i in range(model.rowCount())]
    expected = sorted(r.id for r in every if r.organization_short_name == "ÇSDD")
    assert expected and len(expected) < len(every)
    qtbot.keyClicks(tab.search, "csdd")  # typed without Turkish letters: still found
    assert sorted(model.row_at(i).id for i in range(model.rowCount())) == expected
    tab.search.clear()
    assert model.rowCount() == len(every)
