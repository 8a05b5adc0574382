"""The Decisions tab driven by keyboard and clicks: rounds by person, by institution and by
counts, proposed outcomes, confirmation, an override with its reason, amendments as history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from facilitator.models import Attendance, DecisionMethod, Outcome, Voice
from facilitator.services import attendees, proposals
from facilitator.ui.decisions.decisions_tab import DecisionsTab
from facilitator.ui.kit.changes import PROPOSAL, ChangeBus
from facilitator.ui.kit.undo import EditHistory
from tests.ui.keys import type_text

NOW = datetime(2026, 3, 14, 11, 0, tzinfo=UTC)
PEOPLE = [
    ("Ayşe", "Çelik"), ("Barış", "Öztürk"), ("Cem", "Işık"), ("Çağla", "Şen"),
    ("Deniz", "Ünal"), ("Ebru", "Güneş"), ("Fırat", "Doğan"), ("Gülşen", "İnce"),
    ("Hakan", "Yıldız"), ("Irmak", "Aydın"), ("İlker", "Koç"), ("Jale", "Erdem"),
]  # fmt: skip


@pytest.fixture
def room(store, make_series, make_workshop, make_org):
    """Workshop 5 of a series: twelve people present from three institutions."""
    series = make_series()
    workshop = make_workshop(series_id=series.id, number=5)
    orgs = [make_org() for _ in range(3)]
    from facilitator.services import directory

    for i, (given, family) in enumerate(PEOPLE):
        person = directory.create_person(store, given, family)
        attendees.add_attendee(
            store,
            workshop.id,
            person.id,
            organization_id=orgs[i % 3].id,
            attendance=Attendance.PRESENT,
        )
    return workshop


@pytest.fixture
def tab(qtbot, store, room):
    bus = ChangeBus()
    refused = []
    history = EditHistory(refused.append)
    widget = DecisionsTab(store, bus, history, now=lambda: NOW)
    widget.history_for_test = history
    widget.bus_for_test = bus
    widget.refused_for_test = refused
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show_workshop(room.id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _new_proposal(qtbot, tab, text: str) -> None:
    tab.new_field.setFocus()
    type_text(tab.new_field, text)
    qtbot.keyClick(tab.new_field, Qt.Key_Return)


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def _keys(qtbot, tab, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(tab.rounds_box.grid.view, key)


def test_empty_state_says_what_to_do(tab):
    assert tab.right.currentWidget() is tab.empty
    assert "No proposals yet" in tab.empty.text() and "Ctrl+D" in tab.empty.text()


def test_gradients_round_for_twelve_people_by_keyboard(qtbot, tab, store, room, qtmodeltester):
    counts = []
    tab.count_changed.connect(counts.append)
    _new_proposal(qtbot, tab, "Kent gönüllülük platformu kurulsun")
    assert counts[-1] == 1
    assert tab.right.currentWidget() is tab.detail
    assert tab.title.text() == "Kent gönüllülük platformu kurulsun"
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    assert tab.rounds_box.open_round_widget.isVisible()
    assert "1–8" in tab.rounds_box.grid.keys.text()
    assert tab.rounds_box.grid.model.rowCount() == 12
    qtmodeltester.check(tab.rounds_box.grid.model)
    tab.rounds_box.grid.view.setFocus()
    assert tab.rounds_box.grid.progress.text() == "0 of 12 recorded"
    _keys(qtbot, tab, "112231121264")
    assert tab.rounds_box.grid.progress.text() == "12 of 12 recorded"
    (p,) = proposals.list_proposals(store, room.id)
    r = p.open_round
    assert dict(r.tally) == {"1": 5, "2": 4, "3": 1, "4": 1, "5": 0, "6": 1, "7": 0, "8": 0}
    assert dict(tab.rounds_box.bar.tally()) == dict(r.tally)
    # the grid shows each person's position in the row the key was typed on
    names = [tab.rounds_box.grid.model.voter_at(i).name for i in range(12)]
    assert names[0] == "Ayşe Çelik" and names[-1] == "Jale Erdem"  # Turkish order by name
    assert tab.rounds_box.grid.model.index(11, 2).data() == "4 Abstain"
    # Backspace clears the current row (the last one), a new key sets it again
    qtbot.keyClick(tab.rounds_box.grid.view, Qt.Key_Backspace)
    assert tab.rounds_box.grid.model.index(11, 2).data() == "—"
    qtbot.keyClick(tab.rounds_box.grid.view, "8")
    assert "Veto" in tab.rounds_box.grid.model.index(11, 2).data()
    qtbot.keyClick(tab.rounds_box.grid.view, Qt.Key_Backspace)
    qtbot.keyClick(tab.rounds_box.grid.view, "1")
    qtbot.keyClick(tab.rounds_box.grid.view, Qt.Key_Return)  # Enter closes the round
    assert not tab.rounds_box.open_round_widget.isVisible()
    assert "Agreed with reservations" in tab.outcome_box.proposed.text()
    assert tab.outcome_box.confirm_button.isVisible()
    qtbot.mouseClick(tab.outcome_box.confirm_button, Qt.LeftButton)
    assert tab.outcome_box.outcome_now.text() == "Decision 5/1: Agreed with reservations"
    assert tab.model.index(0, 0).data() == "5/1"
    assert tab.model.index(0, 2).data() == "Agreed with reservations"
    qtmodeltester.check(tab.model)


def test_consent_by_institution_objection_amendment_and_second_round(qtbot, tab, store, room):
    _new_proposal(qtbot, tab, "İlk ortak proje: gönüllü eşleştirme programı")
    _choose(tab.method, DecisionMethod.CONSENT)
    _choose(tab.voice, Voice.ORGANIZATION)
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    assert tab.rounds_box.grid.model.rowCount() == 3  # one voice per institution
    assert "N No objection" in tab.rounds_box.grid.keys.text()
    tab.rounds_box.grid.view.setFocus()
    qtbot.keyClick(tab.rounds_box.grid.view, "n")
    qtbot.keyClick(tab.rounds_box.grid.view, "o")  # objection: the reason field takes the keyboard
    assert tab.rounds_box.grid.reason.hasFocus()
    type_text(tab.rounds_box.grid.reason, "Bütçe <belirsiz> & kaynak yok")
    qtbot.keyClick(tab.rounds_box.grid.reason, Qt.Key_Return)
    assert tab.rounds_box.grid.view.hasFocus()
    qtbot.keyClick(tab.rounds_box.grid.view, "s")
    assert (
        tab.rounds_box.grid.model.index(1, 2).data() == "Objection — Bütçe <belirsiz> & kaynak yok"
    )
    qtbot.mouseClick(tab.rounds_box.close_button, Qt.LeftButton)
    assert "Not agreed" in tab.outcome_box.proposed.text()
    assert "objection" in tab.outcome_box.proposed.text()
    shown = [w.text() for w in tab.rounds_box.findChildren(QLabel) if w.isVisible()]
    objecting = tab.rounds_box.grid.model.voter_at(1).name
    assert f"Objection — {objecting}: Bütçe <belirsiz> & kaynak yok" in shown

    tab.wording.setPlainText("İlk ortak proje: gönüllü eşleştirme programı; ilk yıl Bursa'da.")
    qtbot.mouseClick(tab.amend_button, Qt.LeftButton)
    assert tab.history_label.isVisible()
    assert "Wording 1: İlk ortak proje: gönüllü eşleştirme programı" in tab.history_label.text()
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    assert "wording 2" in tab.rounds_box.round_title.text()
    tab.rounds_box.grid.view.setFocus()
    _keys(qtbot, tab, "nns")
    qtbot.keyClick(tab.rounds_box.grid.view, Qt.Key_Return)
    assert "Agreed with reservations" in tab.outcome_box.proposed.text()

    # The moderator overrides: the institution standing aside said it agrees after all.
    qtbot.mouseClick(
        tab.outcome_box.override_button, Qt.LeftButton
    )  # no reason: refused, nothing changes
    assert tab.error.isVisible() and "reason" in tab.error.text()
    (p,) = proposals.list_proposals(store, room.id)
    assert p.outcome is None
    tab.outcome_box.override_outcome.setCurrentIndex(
        tab.outcome_box.override_outcome.findData(Outcome.AGREED)
    )
    type_text(tab.outcome_box.override_reason, "Çekimser kurum sonradan onay verdi")
    qtbot.mouseClick(tab.outcome_box.override_button, Qt.LeftButton)
    (p,) = proposals.list_proposals(store, room.id)
    assert (p.outcome, p.override_reason) == (Outcome.AGREED, "Çekimser kurum sonradan onay verdi")
    assert [(r.version_number, r.proposed_outcome) for r in p.rounds] == [
        (1, Outcome.NOT_AGREED),
        (2, Outcome.AGREED_WITH_RESERVATIONS),
    ]
    assert "overridden: Çekimser kurum sonradan onay verdi" in tab.outcome_box.outcome_now.text()
    assert tab.outcome_box.outcome_now.text().startswith("Decision 5/1: Agreed")


def test_counts_only_fist_to_five(qtbot, tab, store, room):
    _new_proposal(qtbot, tab, "Gönüllü saatleri yılda 16 saate çıksın")
    _choose(tab.method, DecisionMethod.FIST_TO_FIVE)
    _choose(tab.voice, Voice.COUNTS)
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    assert tab.rounds_box.grid.stack.currentWidget() is tab.rounds_box.grid.counts
    spins = tab.rounds_box.grid.counts.spins
    assert list(spins) == ["0", "1", "2", "3", "4", "5"]
    spins["5"].setValue(9)
    spins["3"].setValue(2)
    spins["1"].setValue(1)
    spins["1"].setFocus()
    qtbot.keyClick(spins["1"], Qt.Key_Return)  # Enter saves the counts
    assert dict(tab.rounds_box.bar.tally()) == {"0": 0, "1": 1, "2": 0, "3": 2, "4": 0, "5": 9}
    qtbot.mouseClick(tab.rounds_box.close_button, Qt.LeftButton)
    assert (
        "Deferred" in tab.outcome_box.proposed.text()
        and "concerns" in tab.outcome_box.proposed.text()
    )
    qtbot.mouseClick(tab.outcome_box.confirm_button, Qt.LeftButton)
    (p,) = proposals.list_proposals(store, room.id)
    assert p.outcome is Outcome.DEFERRED and p.label == ""
    assert tab.outcome_box.outcome_now.text() == "Deferred"


def test_adding_a_proposal_can_be_undone(qtbot, tab, store, room):
    _new_proposal(qtbot, tab, "Geri alınacak öneri")
    assert len(proposals.list_proposals(store, room.id)) == 1
    tab.history_for_test.undo()
    assert proposals.list_proposals(store, room.id) == []
    assert tab.right.currentWidget() is tab.empty
    tab.history_for_test.redo()
    assert [p.title for p in proposals.list_proposals(store, room.id)] == ["Geri alınacak öneri"]


def test_amendment_title_and_outcome_are_undone_and_redone(qtbot, tab, store, room):
    history = tab.history_for_test
    _new_proposal(qtbot, tab, "Bursa'da gönüllülük haftası")
    tab.title.setFocus()
    tab.title.selectAll()
    type_text(tab.title, "Gönüllülük haftası")
    tab.title.editingFinished.emit()
    tab.wording.setPlainText("Bursa ve İzmir'de gönüllülük haftası düzenlensin.")
    qtbot.mouseClick(tab.amend_button, Qt.LeftButton)
    qtbot.mouseClick(tab.outcome_box.defer_button, Qt.LeftButton)
    (p,) = proposals.list_proposals(store, room.id)
    assert (p.title, len(p.versions), p.outcome) == ("Gönüllülük haftası", 2, Outcome.DEFERRED)
    history.undo()  # the outcome
    assert proposals.get_proposal(store, p.id).outcome is None
    assert tab.outcome_box.outcome_now.text() == "Not decided yet."
    history.undo()  # the amendment
    assert len(proposals.get_proposal(store, p.id).versions) == 1
    assert tab.wording.toPlainText() == "Bursa'da gönüllülük haftası"
    history.undo()  # the title
    assert tab.title.text() == "Bursa'da gönüllülük haftası"
    history.redo()
    history.redo()
    history.redo()
    p = proposals.get_proposal(store, p.id)
    assert (p.title, len(p.versions), p.outcome) == ("Gönüllülük haftası", 2, Outcome.DEFERRED)


def test_delete_asks_first_and_numbered_decisions_have_no_delete(qtbot, tab, store, room, answers):
    _new_proposal(qtbot, tab, "Silinecek öneri")
    answers.yes_no.append(False)
    qtbot.mouseClick(tab.outcome_box.delete_button, Qt.LeftButton)
    assert "Silinecek öneri" in answers.questions[-1]
    assert len(proposals.list_proposals(store, room.id)) == 1
    answers.yes_no.append(True)
    qtbot.mouseClick(tab.outcome_box.delete_button, Qt.LeftButton)
    assert proposals.list_proposals(store, room.id) == []
    assert tab.right.currentWidget() is tab.empty
    _new_proposal(qtbot, tab, "Numaralı karar")
    tab.outcome_box.override_outcome.setCurrentIndex(
        tab.outcome_box.override_outcome.findData(Outcome.AGREED)
    )
    type_text(tab.outcome_box.override_reason, "Oybirliğiyle kabul")
    qtbot.mouseClick(tab.outcome_box.override_button, Qt.LeftButton)
    assert tab.outcome_box.outcome_now.text().startswith("Decision 5/1")
    assert not tab.outcome_box.delete_button.isVisible()


def test_a_proposal_is_put_on_an_agenda_item(qtbot, tab, store, room):
    from facilitator.services import agenda

    agenda.add_item(store, room.id, "Açılış")
    item = agenda.add_item(store, room.id, "Öncelikler ve katkı türleri")
    tab.show_workshop(room.id)
    _new_proposal(qtbot, tab, "Öncelik gençlik projeleri")
    assert tab.item.currentText() == "(no agenda item)"
    _choose(tab.item, item.id)
    (p,) = proposals.list_proposals(store, room.id)
    assert p.agenda_item_title == "Öncelikler ve katkı türleri"


def test_position_keys_follow_the_language(qapp):
    from facilitator.ui.app import Translators
    from facilitator.ui.decisions.decision_labels import keys_help, value_for_key

    assert value_for_key(DecisionMethod.MAJORITY, "y") == "yes"
    assert value_for_key(DecisionMethod.CONSENT, "S") == "stand_aside"
    assert value_for_key(DecisionMethod.COUNTS, "2") == "yellow"  # the position number works too
    assert value_for_key(DecisionMethod.GRADIENTS, "9") is None
    from PySide6.QtCore import QLocale

    locale = QLocale()
    translators = Translators(qapp)
    translators.use("tr")
    try:
        assert value_for_key(DecisionMethod.MAJORITY, "e") == "yes"
        assert value_for_key(DecisionMethod.MAJORITY, "h") == "no"
        assert (
            value_for_key(DecisionMethod.MAJORITY, "c") == "abstain"
        )  # Ç without a Turkish keyboard
        assert value_for_key(DecisionMethod.CONSENT, "i") == "objection"
        assert value_for_key(DecisionMethod.CONSENT, "ı") == "objection"
        assert value_for_key(DecisionMethod.COUNTS, "k") == "red"
        assert keys_help(DecisionMethod.CONSENT).startswith("Y İtiraz yok · İ İtiraz")
    finally:
        translators.remove_all()
        QLocale.setDefault(locale)


def test_each_key_is_one_change_in_the_tabs_name_and_the_grid_keeps_its_place(qtbot, tab, room):
    """The other views (register, live screen, projector) hear of every key at once; the tab
    itself does not read the round again under the keys being typed."""
    _new_proposal(qtbot, tab, "Duyurulan oy")
    qtbot.mouseClick(tab.rounds_box.open_button, Qt.LeftButton)
    proposal_id = tab.current.id
    heard = []
    tab.bus_for_test.changed.connect(lambda kind, ids, who: heard.append((kind, ids, who)))
    tab.rounds_box.grid.view.setFocus()
    _keys(qtbot, tab, "12")
    assert heard == [(PROPOSAL, (proposal_id,), tab)] * 2
    assert tab.rounds_box.grid.current_row() == 2  # moved on twice, not back to the first row
    assert tab.rounds_box.grid.progress.text() == "2 of 12 recorded"


def test_undoing_a_title_changed_elsewhere_since_is_refused_and_the_newer_title_stays(
    qtbot, tab, store, room
):
    _new_proposal(qtbot, tab, "İlk başlık")
    proposal_id = tab.current.id
    tab.title.setText("Sekmede verilen başlık")
    tab.title.editingFinished.emit()
    # The live screen renames it meanwhile, and says so.
    proposals.update_proposal(store, proposal_id, title="Canlı ekranda verilen başlık")
    tab.bus_for_test.announce(PROPOSAL, proposal_id)
    tab.history_for_test.undo()
    assert proposals.get_proposal(store, proposal_id).title == "Canlı ekranda verilen başlık"
    assert tab.title.text() == "Canlı ekranda verilen başlık"
    assert len(tab.refused_for_test) == 1
    assert tab.refused_for_test[0].startswith("This was changed elsewhere since")


def test_a_refused_change_is_said_on_the_tab_and_announces_nothing(qtbot, tab, store, room):
    _new_proposal(qtbot, tab, "Onaylanmayan öneri")
    heard = []
    tab.bus_for_test.changed.connect(lambda kind, ids, who: heard.append(kind))
    qtbot.mouseClick(tab.outcome_box.override_button, Qt.LeftButton)  # no reason given
    assert tab.error.isVisible() and "reason" in tab.error.text()
    assert heard == []
    assert tab.history_for_test.count() == 1  # only the adding of the proposal to undo
