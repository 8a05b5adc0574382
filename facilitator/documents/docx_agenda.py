"""The agenda handout of a workshop as a Word document: the same content in the same order
as the PDF (:mod:`facilitator.documents.agenda`): details, then the timed agenda."""

from __future__ import annotations

import os

from facilitator.documents.agenda import detail_rows
from facilitator.documents.docx_base import WordDocument
from facilitator.documents.docx_minutes import title_block
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions
from facilitator.services.document_data import AgendaData


def write_agenda_docx(path: str | os.PathLike, data: AgendaData, options: RenderOptions) -> None:
    """Write the agenda handout to ``path`` as a .docx."""
    w = data.workshop
    labels = DocumentLabels(options.language, w.time_zone)
    doc = WordDocument(
        options,
        labels,
        title=f"{labels.text('agenda_handout')}: {w.title}",
        subject=labels.text("subject_agenda"),
        author=w.host or w.moderator or "Facilitator",
        running_title=f"{labels.text('agenda_handout')} — {w.title}",
        landscape=options.landscape,
    )
    title_block(doc, "agenda_handout", w, labels)
    # Past the planned end: the time the agenda runs to, and the note in italics below it.
    doc.details(detail_rows(data, labels, lambda time, note: [(time, ""), (f"\n{note}", "i")]))
    doc.heading(labels.text("agenda_items"), 1)  # the document is "Gündem" already
    if not data.agenda:  # said in words, not an empty table
        doc.paragraph(labels.text("no_agenda_items"))
        doc.save(path)
        return
    rows = []
    for item in data.agenda:
        what = [(item.title, "b")]
        if item.goal:
            what.append((f"\n{item.goal}", "sg"))
        rows.append(
            [
                labels.time_range(item.planned_start, item.planned_end),
                what,
                labels.enum("agenda_kind", item.kind),
                item.presenter,
                labels.text("minutes_unit", n=item.planned_minutes),
            ]
        )
    doc.table(
        [labels.text("time"), labels.text("item"), labels.text("item_kind"),
         labels.text("presenter"), labels.text("duration")],
        rows,
        [0.14, 0.46, 0.13, 0.18, 0.09],
        right=(4,),
    )  # fmt: skip
    doc.save(path)
