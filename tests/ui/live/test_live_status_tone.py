"""The live screen's status line: what was done never reads like an error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from facilitator.ui.kit import colours
from facilitator.ui.kit.colours import Tone
from tests.ui.keys import type_text


def _shown_in(label) -> str:
    return label.palette().color(QPalette.WindowText).name()


def test_done_reads_in_the_success_colour_and_a_refusal_in_the_error_colour(qtbot, open_screen):
    win = open_screen(start=False)
    win.start_session()
    if not win.state.in_session:  # planned for another local day: asked twice
        win.start_session()
    assert win.status_line.text() == "The session has started."
    assert _shown_in(win.status_line) == colours.colour(Tone.SUCCESS).name()
    assert _shown_in(win.status_line) != colours.colour(Tone.ERROR).name()
    win.notes.focus_note()
    type_text(win.notes.note_field, "Gönüllü eşleştirme ilk yıl Bursa ile sınırlı kalsın.")
    qtbot.keyClick(win.notes.note_field, Qt.Key_Return)
    qtbot.keyClick(win.notes.note_field, Qt.Key_Backspace, Qt.ControlModifier)  # deleted
    qtbot.keyClick(win.notes.note_field, Qt.Key_Z, Qt.ControlModifier)  # undone: done, too
    assert win.status_line.text().startswith("Undone:")
    assert _shown_in(win.status_line) == colours.colour(Tone.SUCCESS).name()
    win.tell("Oturum yeniden açıldı.")  # a plain word from elsewhere: the palette's own
    assert _shown_in(win.status_line) == win.palette().color(QPalette.WindowText).name()
    win._undo_failed("Bu adım geri alınamıyor: not başka bir pencerede değişti.")
    assert _shown_in(win.status_line) == colours.colour(Tone.ERROR).name()
