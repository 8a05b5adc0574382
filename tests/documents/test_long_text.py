"""Long texts the services accept still make every document: a cell of several paragraphs
(a decision's 5,000-character statement in the register, an agenda item's goal) splits
across pages instead of failing, and a goal past its limit is refused with a clear message."""

from __future__ import annotations

import pytest

from facilitator.documents.agenda import write_agenda
from facilitator.documents.minutes import write_minutes
from facilitator.documents.roadmap import write_roadmap
from facilitator.documents.template import RenderOptions
from facilitator.errors import ValidationError
from facilitator.services import agenda
from facilitator.services.proposals import STATEMENT_LENGTH
from tests.documents.pdf_text import body_text, squeeze
from tests.documents.test_hostile_text import _documents


def _long(n: int, word: str) -> str:
    return (f"{word} " * (n // (len(word) + 1) + 1))[:n].strip()


@pytest.mark.parametrize(
    ("document", "index", "length", "write"),
    [
        ("roadmap", 23, STATEMENT_LENGTH, write_roadmap),  # the register's statement
        ("agenda", 17, agenda.GOAL_LENGTH, write_agenda),  # an agenda item's goal
        ("minutes", 8, 5_000, write_minutes),  # many rapporteurs, in the approval block
    ],
)
def test_a_long_text_in_a_table_cell_splits_across_pages(tmp_path, document, index, length, write):
    texts = ["kısa metin"] * 31
    texts[index] = _long(length, "uzunçaözet")
    _write, value, _shown = _documents(texts)[document]
    path = tmp_path / f"{document}.pdf"
    assert write(path, value, RenderOptions(language="tr")) >= 1
    body = squeeze(body_text(path))
    assert body.count("uzunçaözet") >= texts[index].count("uzunçaözet") - 2


def test_an_agenda_goal_past_its_limit_is_refused(store, make_workshop):
    workshop = make_workshop().id
    item = agenda.add_item(store, workshop, "Açılış")
    with pytest.raises(ValidationError, match="Goal") as caught:
        agenda.update_item(store, item.id, goal="a" * (agenda.GOAL_LENGTH + 1))
    assert caught.value.field == "goal"
    [kept] = agenda.get_agenda(store, workshop).items
    assert kept.goal == ""  # nothing of the refused goal was kept
    longest = "a" * agenda.GOAL_LENGTH
    assert agenda.update_item(store, item.id, goal=longest).goal == longest


def test_a_text_that_cannot_be_laid_out_gets_a_readable_message(tmp_path, monkeypatch):
    from facilitator.documents import blocks
    from facilitator.documents.template import DocumentError

    monkeypatch.setattr(blocks, "LONG_CELL", 10**9)  # rows never split: the cell cannot fit
    texts = ["kısa metin"] * 31
    texts[23] = _long(STATEMENT_LENGTH, "uzunçaözet")
    _write, value, _shown = _documents(texts)["roadmap"]
    with pytest.raises(DocumentError) as caught:
        write_roadmap(tmp_path / "roadmap.pdf", value, RenderOptions(language="en"))
    message = str(caught.value)
    assert "too long to fit on a page" in message
    assert "Flowable" not in message and "0x" not in message
    assert not (tmp_path / "roadmap.pdf").exists()
