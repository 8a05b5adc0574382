"""The agenda handout of a workshop as a PDF: its details and the timed agenda with presenters.

The handout never prints a time the agenda contradicts: when the items run past the
workshop's planned end, its time is the one the agenda runs to, with a note saying by how
much it runs over (:func:`detail_rows`, shared with the Word handout).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace

from facilitator.documents.blocks import (
    data_table,
    details_table,
    markup,
    para,
    title_block,
    workshop_detail_rows,
)
from facilitator.documents.escape import para_text
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.template import RenderOptions, heading, write_pdf
from facilitator.services.document_data import AgendaData


def overrun_note(data: AgendaData, labels: DocumentLabels) -> str:
    """'The agenda runs 10 minutes past the planned end (13:00 → 13:10).', or "" when the
    agenda ends by the planned end (times where the workshop is held)."""
    if not data.agenda:
        return ""
    planned, ends = data.workshop.planned_end, data.agenda[-1].planned_end
    over = int((ends - planned).total_seconds() // 60)
    if over <= 0:
        return ""
    return labels.text(
        "agenda_overrun", n=over, planned=labels.clock(planned), ends=labels.clock(ends)
    )


def detail_rows(data: AgendaData, labels: DocumentLabels, with_note: Callable) -> list:
    """The workshop's details as the handout gives them. When the agenda runs past the
    planned end, the time row reads to the agenda's end, its value ``with_note(time, note)``."""
    note = overrun_note(data, labels)
    if not note:
        return workshop_detail_rows(data.workshop, labels, actual=False)
    header = replace(data.workshop, planned_end=data.agenda[-1].planned_end)
    time_label = labels.text("time")
    return [
        (label, with_note(value, note) if label == time_label else value)
        for label, value in workshop_detail_rows(header, labels, actual=False)
    ]


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
    rows = detail_rows(
        data,
        labels,
        lambda time, note: [
            para(time, styles.cell),
            markup(f"<i>{para_text(note)}</i>", styles.cell),
        ],
    )
    details = details_table(rows, styles, width)
    if details is not None:
        flow.append(details)
    # The document is called "Gündem" already: its table is headed by what it lists.
    flow.append(heading(labels.text("agenda_items"), styles.h1, 0))
    if not data.agenda:  # said in words, not an empty table
        flow.append(para(labels.text("no_agenda_items"), styles.body))
        return flow
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
