"""The ideas board of the live screen, driven by its keys: Ctrl+B, ideas typed with Enter,
clusters by keys and by drag, dot rounds with budgets, counts, results, projector,
promotion. What is asserted is what the moderator (or the room) sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from facilitator.models import NoteKind
from facilitator.services import ideas, live, proposals
from facilitator.ui.live.idea_models import (
    DOTS_ROLE,
    IS_CLUSTER_ROLE,
    KEY_ROLE,
    LINK_ROLE,
    RANK_ROLE,
    SHARES_ROLE,
    SOURCE_ROLE,
    SPLITS_ROLE,
    TOTAL_ROLE,
)
from tests.ui.keys import type_text
from tests.ui.live.test_live_screen import check_in, enter, press


def key(qtbot, k, modifiers=Qt.NoModifier, text: str | None = None) -> None:
    """A key where the focus is; ``text`` for keys whose character matters (+, −, digits)."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if text is not None:
        type_text(target, text)
    else:
        qtbot.keyClick(target, k, modifiers)


def headings(win) -> list[str]:
    model = win.board.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def cards_under(win, heading: str) -> list[str]:
    model = win.board.model
    for r in range(model.rowCount()):
        parent = model.index(r, 0)
        if parent.data() == heading:
            return [model.index(c, 0, parent).data() for c in range(model.rowCount(parent))]
    raise AssertionError(f"no heading {heading!r}: {headings(win)}")


def card_index(win, text: str) -> QModelIndex:
    model = win.board.model
    for r in range(model.rowCount()):
        parent = model.index(r, 0)
        for c in range(model.rowCount(parent)):
            index = model.index(c, 0, parent)
            if index.data() == text:
                return index
    raise AssertionError(f"no card {text!r}")


def open_board(qtbot, win) -> None:
    press(qtbot, Qt.Key_B)
    assert win.board_shown and win.board.isVisible()
    assert QApplication.focusWidget() is win.board.entry


def add(qtbot, win, text: str) -> None:
    assert QApplication.focusWidget() is win.board.entry
    type_text(win.board.entry, text)
    enter(qtbot)


def go_to(qtbot, win, text: str) -> None:
    """Arrows from the idea field down to the card ``text``."""
    if QApplication.focusWidget() is win.board.entry:
        key(qtbot, Qt.Key_Down)
    assert QApplication.focusWidget() is win.board.view
    for _ in range(200):
        if win.board.view.currentIndex().data() == text:
            return
        key(qtbot, Qt.Key_Down)
    raise AssertionError(f"the arrows never reached {text!r}")


IDEAS = ["Gönüllü saatleri ortak havuzda", "STK'lara kapasite eğitimi", "Ortak proje fonu"]


def type_ideas(qtbot, win) -> None:
    """The board opened and :data:`IDEAS` typed in, in order."""
    open_board(qtbot, win)
    for text in IDEAS:
        add(qtbot, win, text)


def test_ctrl_b_switches_between_notes_and_board_and_the_keys_say_it(qtbot, open_screen):
    win = open_screen()
    assert not win.board_shown
    assert "Ctrl+B ideas board / notes" in win.key_hints.text()
    listed = dict(win.keys_panel.listed())
    assert listed["Ctrl+B"] == "ideas board / notes"
    assert listed["G · U · F2 · Del · P · T"].startswith("board: cluster")
    open_board(qtbot, win)
    assert not win.notes.isVisible()
    press(qtbot, Qt.Key_B)
    assert not win.board_shown and win.notes.isVisible()
    assert QApplication.focusWidget() is win.notes.note_field


def test_an_idea_typed_with_enter_is_shown_at_once_and_idea_notes_too(
    qtbot, store, room, clock, open_screen
):
    win = open_screen()
    # A note of kind "idea" typed among the notes (Ctrl+2 is "idea") is on the board too.
    live.add_note(
        store, room.workshop_id, "Not olarak gelen fikir", kind=NoteKind.IDEA, now=win._now()
    )
    open_board(qtbot, win)
    for text in IDEAS:
        clock.advance(seconds=30)
        add(qtbot, win, text)
        assert cards_under(win, "Not clustered")[-1] == text  # shown before anything else
        assert win.board.entry.text() == ""
    assert cards_under(win, "Not clustered") == ["Not olarak gelen fikir", *IDEAS]
    stored = [i.text for i in ideas.board(store, room.workshop_id).ideas]
    assert stored == ["Not olarak gelen fikir", *IDEAS]
    assert "4 ideas" in win.board.counts.text()
    press(qtbot, Qt.Key_Z)  # the last idea is taken back
    assert cards_under(win, "Not clustered") == ["Not olarak gelen fikir", *IDEAS[:2]]


def test_cards_grouped_by_keys_into_a_new_cluster_and_undo_puts_them_back(
    qtbot, store, room, open_screen
):
    win = open_screen()
    type_ideas(qtbot, win)
    go_to(qtbot, win, IDEAS[0])
    key(qtbot, Qt.Key_Space)
    key(qtbot, Qt.Key_Down, Qt.ShiftModifier)  # two selected
    key(qtbot, Qt.Key_G)
    assert QApplication.focusWidget() is win.board.group.field
    type_text(win.board.group.field, "Gönüllülük")
    assert "Enter makes it" in win.board.group.empty.text()
    enter(qtbot)
    assert headings(win) == ["Not clustered", "Gönüllülük"]
    assert cards_under(win, "Gönüllülük") == IDEAS[:2]
    assert cards_under(win, "Not clustered") == [IDEAS[2]]
    assert "Cluster “Gönüllülük” made with 2 cards" in win.status_line.text()
    assert QApplication.focusWidget() is win.board.view

    # G on the third card: typing part of the name picks the existing cluster.
    go_to(qtbot, win, IDEAS[2])
    key(qtbot, Qt.Key_G)
    type_text(win.board.group.field, "gönül")
    enter(qtbot)
    assert cards_under(win, "Gönüllülük") == IDEAS
    board = ideas.board(store, room.workshop_id)
    assert [len(c.idea_keys) for c in board.clusters] == [3]

    press(qtbot, Qt.Key_Z)
    assert cards_under(win, "Not clustered") == [IDEAS[2]]
    press(qtbot, Qt.Key_Z)
    assert headings(win) == ["Not clustered"]
    assert cards_under(win, "Not clustered") == IDEAS
    assert ideas.board(store, room.workshop_id).clusters == ()
    press(qtbot, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo: the cluster again
    assert cards_under(win, "Gönüllülük") == IDEAS[:2]


def test_rename_with_f2_out_with_u_and_a_card_dragged_onto_a_cluster(
    qtbot, store, room, open_screen
):
    win = open_screen()
    cluster = ideas.create_cluster(store, room.workshop_id, "Kapasite")
    type_ideas(qtbot, win)
    model = win.board.model
    drop = model.mimeData([card_index(win, IDEAS[1])])
    model.dropMimeData(drop, Qt.MoveAction, -1, -1, model.index_of(cluster.key))
    qtbot.waitUntil(lambda: cards_under(win, "Kapasite") == [IDEAS[1]])
    assert "in “Kapasite”" in win.status_line.text()

    win.board.focus_cards()
    go_to(qtbot, win, IDEAS[1])
    key(qtbot, Qt.Key_F2)
    assert QApplication.focusWidget() is win.board.rename
    type_text(win.board.rename, "STK kapasitesi")  # the name was selected: typed over
    enter(qtbot)
    assert headings(win) == ["Not clustered", "STK kapasitesi"]
    go_to(qtbot, win, IDEAS[1])
    key(qtbot, Qt.Key_U)
    assert cards_under(win, "STK kapasitesi") == []
    assert IDEAS[1] in cards_under(win, "Not clustered")
    press(qtbot, Qt.Key_Z)
    press(qtbot, Qt.Key_Z)
    assert headings(win) == ["Not clustered", "Kapasite"]
    assert cards_under(win, "Kapasite") == [IDEAS[1]]


def test_del_deletes_cards_with_their_dots_or_a_cluster_and_undo_brings_them_back(
    qtbot, store, room, open_screen
):
    win = open_screen()
    cluster = ideas.create_cluster(store, room.workshop_id, "Kapasite")
    type_ideas(qtbot, win)
    (first,) = _present(qtbot, win, room, 1)
    win.board.focus_cards()
    _open_round(qtbot, win, 3, "per person")
    _choose_voter(qtbot, win, first.full_name)
    go_to(qtbot, win, IDEAS[0])
    key(qtbot, None, text="+")
    assert bars(win) == {IDEAS[0]: 1}

    key(qtbot, Qt.Key_Space)
    key(qtbot, Qt.Key_Down, Qt.ShiftModifier)  # two cards selected
    key(qtbot, Qt.Key_Delete)
    assert cards_under(win, "Not clustered") == [IDEAS[2]]
    assert bars(win) == {}  # the dot went with its card
    assert "2 cards deleted — Ctrl+Z to undo." in win.status_line.text()
    assert f"Dots by {first.full_name} — 3 dots left" in win.board.dots.who.text()
    assert [i.text for i in ideas.board(store, room.workshop_id).ideas] == [IDEAS[2]]

    press(qtbot, Qt.Key_Z)
    assert cards_under(win, "Not clustered") == IDEAS
    assert bars(win) == {IDEAS[0]: 1}
    assert f"Dots by {first.full_name} — 2 dots left" in win.board.dots.who.text()

    # Del on a cluster's heading: the cluster goes, its cards stay, out of any cluster.
    third = ideas.board(store, room.workshop_id).ideas[2].key
    ideas.place(store, room.workshop_id, [third], cluster.id)
    win.board.reload()
    win.board.focus_cards()
    win.board.view.setCurrentIndex(win.board.model.index_of(cluster.key))
    key(qtbot, Qt.Key_Delete)
    assert headings(win) == ["Not clustered"]
    assert cards_under(win, "Not clustered") == IDEAS
    assert "cluster “Kapasite” deleted" in win.status_line.text()
    press(qtbot, Qt.Key_Z)
    assert headings(win) == ["Not clustered", "Kapasite"]
    assert cards_under(win, "Kapasite") == [IDEAS[2]]


def _present(qtbot, win, room, n: int):
    """``n`` attendees with an institution checked in; back to the board's idea field."""
    people = [r for r in room.attendees if r.organization_id is not None][:n]
    press(qtbot, Qt.Key_B)  # the notes (check-in works from either; the test stays simple)
    for row in people:
        check_in(qtbot, win, row.full_name)
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    press(qtbot, Qt.Key_B)
    return people


def _open_round(qtbot, win, budget: int, voice: str, on: str = "on ideas") -> None:
    key(qtbot, Qt.Key_R)
    assert QApplication.focusWidget() is win.board.dots.budget
    win.board.dots.budget.selectAll()
    type_text(win.board.dots.budget, str(budget))
    key(qtbot, Qt.Key_Tab)
    win.board.dots.voice.setCurrentIndex(win.board.dots.voice.findText(voice))
    key(qtbot, Qt.Key_Tab)
    win.board.dots.target.setCurrentIndex(win.board.dots.target.findText(on))
    enter(qtbot)
    assert QApplication.focusWidget() is win.board.view


def _choose_voter(qtbot, win, name: str) -> None:
    key(qtbot, Qt.Key_V)
    assert QApplication.focusWidget() is win.board.dots.pick.field
    type_text(win.board.dots.pick.field, name)
    enter(qtbot)
    assert QApplication.focusWidget() is win.board.view


def bars(win) -> dict[str, int]:
    model = win.board.dots.model
    return {
        model.index(r, 0).data(): model.index(r, 0).data(TOTAL_ROLE)
        for r in range(model.rowCount())
    }


def test_a_dot_round_by_keys_with_budget_refusal_and_live_bars(qtbot, store, room, open_screen):
    win = open_screen()
    type_ideas(qtbot, win)
    first, second = _present(qtbot, win, room, 2)
    win.board.focus_cards()
    _open_round(qtbot, win, 2, "per person")
    assert "Round 1: 2 dots each, per person, on ideas" in win.board.dots.status.text()
    assert win.board.dots.empty.isVisible()

    _choose_voter(qtbot, win, first.full_name)
    assert f"Dots by {first.full_name} — 2 dots left" in win.board.dots.who.text()
    go_to(qtbot, win, IDEAS[0])
    key(qtbot, None, text="+")
    assert bars(win) == {IDEAS[0]: 1}
    assert card_index(win, IDEAS[0]).data(DOTS_ROLE) == 1
    key(qtbot, None, text="+")
    assert bars(win) == {IDEAS[0]: 2}
    key(qtbot, None, text="+")  # a third dot: over the budget
    assert "No dots left: each voter has 2 and has put 2." in win.status_line.text()
    assert win.status_line.property("tone") == "error"
    assert bars(win) == {IDEAS[0]: 2}
    key(qtbot, None, text="-")  # one back
    assert bars(win) == {IDEAS[0]: 1}

    _choose_voter(qtbot, win, second.full_name)
    go_to(qtbot, win, IDEAS[2])
    key(qtbot, None, text="+")
    # Tied: the same rank, marked "=".
    model = win.board.dots.model
    assert [model.index(r, 0).data(RANK_ROLE) for r in range(2)] == [1, 1]
    assert card_index(win, IDEAS[2]).data(RANK_ROLE) == 1
    shares = model.index(0, 0).data(SHARES_ROLE)
    assert sum(n for _g, n, _f in shares) == 1
    assert win.board.dots.legend.labels()  # the sectors that put dots
    key(qtbot, Qt.Key_S)
    assert "by institution" in win.board.dots.split_hint.text()
    assert set(win.board.dots.legend.labels()) == {
        first.organization_name,
        second.organization_name,
    }

    press(qtbot, Qt.Key_Z)  # the second person's dot back
    assert bars(win) == {IDEAS[0]: 1}
    key(qtbot, Qt.Key_E)
    assert "closed" in win.board.dots.status.text()
    (r,) = ideas.rounds_of(store, room.workshop_id)
    assert r.closed_at is not None
    assert ideas.results(store, r.id).dots == 1


def test_a_counted_round_takes_counts_typed_on_the_cards(qtbot, store, room, open_screen):
    win = open_screen()
    type_ideas(qtbot, win)
    win.board.focus_cards()
    _open_round(qtbot, win, 1, "counted")
    go_to(qtbot, win, IDEAS[1])
    key(qtbot, None, text="1")
    key(qtbot, None, text="2")
    assert "Count for “STK'lara kapasite eğitimi”: 12" in win.board.dots.count_line.text()
    enter(qtbot)
    assert bars(win) == {IDEAS[1]: 12}
    go_to(qtbot, win, IDEAS[2])
    key(qtbot, None, text="7")
    enter(qtbot)
    assert bars(win) == {IDEAS[1]: 12, IDEAS[2]: 7}
    press(qtbot, Qt.Key_Z)
    assert bars(win) == {IDEAS[1]: 12}


def test_the_projector_shows_the_board_and_the_dots_never_who_gave_them(
    qtbot, store, room, open_screen
):
    win = open_screen()
    ideas.add_idea(
        store,
        room.workshop_id,
        "Yazarı olan fikir",
        now=win._now(),
        author_id=room.attendees[0].person_id,
    )
    press(qtbot, Qt.Key_F5, Qt.NoModifier)
    assert win.projector.isVisible() and not win.projector.board_shown
    open_board(qtbot, win)
    assert win.projector.board_shown and not win.projector.clock.isVisible()
    add(qtbot, win, "Ortak proje fonu")
    win.projector.board.repaint()
    painted = win.projector.board.texts()
    assert "Yazarı olan fikir" in painted and "Ortak proje fonu" in painted
    assert card_index(win, "Yazarı olan fikir").data(SOURCE_ROLE)  # the screen says who
    assert not any(room.attendees[0].full_name in t for t in painted)  # the room does not
    press(qtbot, Qt.Key_B)
    assert not win.projector.board_shown and win.projector.clock.isVisible()


def test_p_makes_a_proposal_of_a_cluster_and_its_heading_links_to_it(
    qtbot, store, room, open_screen
):
    win = open_screen()
    cluster = ideas.create_cluster(store, room.workshop_id, "Ortak projeler")
    ideas.add_idea(
        store, room.workshop_id, "Ortak proje fonu", now=win._now(), cluster_id=cluster.id
    )
    open_board(qtbot, win)
    key(qtbot, Qt.Key_Down)
    index = win.board.model.index_of(cluster.key)
    win.board.view.setCurrentIndex(index)
    assert index.data(IS_CLUSTER_ROLE)
    key(qtbot, Qt.Key_P)
    (made,) = proposals.list_proposals(store, room.workshop_id)
    assert made.title == "Ortak projeler"
    assert win.proposal.isVisible() and win.proposal.title.text() == "Ortak projeler"
    assert win.board.model.index_of(cluster.key).data(LINK_ROLE).startswith("→ ")
    press(qtbot, Qt.Key_Z)
    assert proposals.list_proposals(store, room.workshop_id) == []
    assert not win.board.model.index_of(cluster.key).data(LINK_ROLE)


def test_t_makes_a_commitment_of_an_idea_with_the_link_back(qtbot, store, room, open_screen):
    win = open_screen()
    someone = next(r for r in room.attendees if r.organization_id is not None)
    idea = ideas.add_idea(store, room.workshop_id, "Gönüllü eğitim programı", now=win._now())
    open_board(qtbot, win)
    go_to(qtbot, win, idea.text)
    key(qtbot, Qt.Key_T)
    assert win.commitment.isVisible()
    assert QApplication.focusWidget() is win.commitment.field
    type_text(win.commitment.field, someone.organization_name)
    enter(qtbot)
    board = ideas.board(store, room.workshop_id)
    assert board.ideas[0].commitment_id is not None
    qtbot.waitUntil(lambda: "commitment" in (card_index(win, idea.text).data(LINK_ROLE) or ""))


@pytest.mark.parametrize("which", ["board", "results"])
def test_the_models_are_sound(qtbot, qtmodeltester, store, room, open_screen, which):
    win = open_screen()
    type_ideas(qtbot, win)
    ideas.create_cluster(
        store, room.workshop_id, "Küme", [card_index(win, IDEAS[0]).data(KEY_ROLE)]
    )
    win.board.reload()
    model = win.board.model if which == "board" else win.board.dots.model
    qtmodeltester.check(model)
    assert card_index(win, IDEAS[0]).data(SPLITS_ROLE) is False


def test_ideas_that_split_the_sectors_are_marked_and_the_exact_results_follow(
    qtbot, store, room, open_screen
):
    win = open_screen()
    for text in IDEAS[:2]:
        ideas.add_idea(store, room.workshop_id, text, now=win._now())
    by_sector = {}
    for row in room.attendees:
        if row.sector is not None:
            by_sector.setdefault(row.sector, row)
    assert len(by_sector) >= 2, "the room needs two sectors"
    one, other = list(by_sector.values())[:2]
    _present(qtbot, win, room, 0)
    for row in (one, other):
        check_in(qtbot, win, row.full_name)
    press(qtbot, Qt.Key_Escape, Qt.NoModifier)
    open_board(qtbot, win)
    win.board.focus_cards()
    _open_round(qtbot, win, 4, "per person")
    # Each sector puts all its dots on its own idea: support differs sharply.
    for row, text in ((one, IDEAS[0]), (other, IDEAS[1])):
        _choose_voter(qtbot, win, row.full_name)
        go_to(qtbot, win, text)
        for _ in range(4):
            key(qtbot, None, text="+")
    (r,) = ideas.rounds_of(store, room.workshop_id)
    qtbot.waitUntil(lambda: card_index(win, IDEAS[0]).data(SPLITS_ROLE))  # the exact read
    assert win.board.dots.results == ideas.results(store, r.id)
    assert card_index(win, IDEAS[1]).data(SPLITS_ROLE)
    assert "Support differs sharply between sectors" in card_index(win, IDEAS[0]).data(
        Qt.ToolTipRole
    )
    model = win.board.dots.model
    assert all(model.index(n, 0).data(SPLITS_ROLE) for n in range(2))
    legend = win.board.dots.legend.labels()
    assert len(legend) == 2
