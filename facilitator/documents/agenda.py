"""The agenda handout of a workshop as a PDF: its details and the timed agenda with presenters."""

from __future__ import annotations

import os

from facilitator.documents.blocks import data_table, para, title_block, workshop_details
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions, heading, write_pdf
from facilitator.services.document_data import AgendaData


def write_agenda(path: str | os.PathLike, data: AgendaData, options: RenderOptions) -> int:
    """Write the agenda handout to ``path``; returns the page count."""
    w = data.workshop
    labels = DocumentLabels(options.language, w.time_zone)
    return write_pdf(
        path,
        options,
        title=f"{labels.text('agenda_handout')}: {w.title}",
        subject=labels.text("subject_agenda"),
        author=w.host or w.moderator or "Facilitator",
        running_title=f"{labels.text('agenda_handout')} — {w.title}",
        story=lambda labels, styles, width: _story(data, labels, styles, width),
        time_zone=w.time_zone,
    )


def _story(data: AgendaData, labels: DocumentLabels, styles, width) -> list:
    flow = title_block("agenda_handout", data.workshop, labels, styles)
    details = workshop_details(data.workshop, labels, styles, width, actual=False)
    if details is not None:
        flow.append(details)
    # The document is called "Gündem" already: its table is headed by what it lists.
    flow.append(heading(labels.text("agenda_items"), styles.h1, 0))
    rows = []
    for item in data.agenda:
        what = [para(item.title, styles.cell_bold)]
        if item.goal:
            what.append(para(item.goal, styles.small))
        rows.append(
            [
                labels.time_range(item.planned_start, item.planned_end),
                what,
                labels.enum("agenda_kind", item.kind),
                item.presenter,
                labels.text("minutes_unit", n=item.planned_minutes),
            ]
        )
    flow.append(
        data_table(
            [labels.text("time"), labels.text("item"), labels.text("item_kind"),
             labels.text("presenter"), labels.text("duration")],
            rows,
            [0.14, 0.46, 0.13, 0.18, 0.09],
            styles,
            width,
            right=(4,),
        )
    )  # fmt: skip
    return flow
