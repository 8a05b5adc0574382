"""A form's problem line leaves when the problem is put right, not at the next Save."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.ui.commitments.commitment_form import CommitmentForm
from tests.ui.keys import type_text


def _form(qtbot) -> CommitmentForm:
    form = CommitmentForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.start_new(title="Gönüllü mentorluk")
    return form


def test_an_unreadable_date_stays_said_until_it_reads(qtbot):
    form = _form(qtbot)
    form.due.setFocus()
    type_text(form.due, "31.02.2027")
    qtbot.keyClick(form.due, Qt.Key_Return)
    assert form.error.isVisible() and "31.02.2027" in form.error.text()
    type_text(form.what, " programı")  # another field: the date is still wrong
    assert form.error.isVisible() and "31.02.2027" in form.error.text()
    qtbot.keyClick(form.due, Qt.Key_Backspace)
    qtbot.keyClick(form.due, Qt.Key_Backspace)
    qtbot.keyClick(form.due, Qt.Key_Backspace)
    qtbot.keyClick(form.due, Qt.Key_Backspace)
    type_text(form.due, "2028")  # 31.02.2028: still no such day
    assert "31.02.2028" in form.error.text()
    form.due.selectAll()
    type_text(form.due, "28.02.2028")
    assert not form.error.isVisible()


def test_a_refusal_leaves_at_the_first_edit(qtbot):
    """The service's word on the last Save ("choose the organization") goes once the user
    changes something; the next Save asks the service again."""
    form = _form(qtbot)
    submitted = []
    form.submitted.connect(lambda *args: submitted.append(args))
    qtbot.keyClick(form.what, Qt.Key_Return)
    assert submitted  # the form itself found nothing wrong
    form.show_error("Choose the organization that commits.")
    assert form.error.isVisible()
    type_text(form.what, " programı")
    assert not form.error.isVisible()
