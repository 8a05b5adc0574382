"""The minutes (tutanak) of a workshop as a PDF.

Sections, each a bookmark of the outline: details, participants (present ones
by organization, absent and excused apart; contact details only with
consent), figures, agenda (planned and actual), discussion notes per agenda
item grouped by kind (speakers named, or not with the Chatham House option),
ideas and priorities (the ideas board's clusters, closed dot rounds with their dots by
sector, and what was taken forward: :mod:`facilitator.documents.ideas_section`; only when
the board was used), decisions with their tallies, the review of earlier commitments carried over
to this workshop (status before and after, who reported), the commitments made
here (those in the name of someone not present marked), the next workshop and
an approval block for moderator and rapporteur. Minutes longer than about
:data:`LONG` pages open with a summary after their details: the decisions with
their outcomes, the commitments by organization and the next workshop.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict

from facilitator.documents.blocks import (
    AGENDA_COLUMNS,
    agenda_rows,
    data_table,
    details_table,
    grouped_table,
    markup,
    para,
    tally_table,
    title_block,
    workshop_details,
    workshop_number,
)
from facilitator.documents.escape import para_text
from facilitator.documents.fonts import FAMILY
from facilitator.documents.labels import DocumentLabels, names_other_meeting
from facilitator.documents.minutes_versions import (
    VersionStamp,
    changes_section,
    footer_stamp,
    version_block,
    watermark,
)
from facilitator.documents.styles import Styles
from facilitator.documents.template import (
    RenderOptions,
    heading,
    keep_with_previous,
    write_pdf,
)
from facilitator.models.enums import NoteKind
from facilitator.services.document_data import MinutesData
from facilitator.text import sort_key

_NOTE_ORDER = [k.value for k in NoteKind]


def write_minutes(
    path: str | os.PathLike,
    data: MinutesData,
    options: RenderOptions,
    stamp: VersionStamp | None = None,
) -> int:
    """Write the minutes of ``data`` to ``path``; returns the page count.

    ``stamp``: the version they are (a draft marked on every page, or the final with its
    hash); without one, minutes made outside the record (a preview).
    """
    w = data.workshop
    labels = DocumentLabels(options.language, w.time_zone)
    options = options.issued_by(w.organizer)
    return write_pdf(
        path,
        options,
        title=f"{labels.text('minutes')}: {w.title}",
        subject=labels.text("subject_minutes"),
        author=w.host or w.moderator or "Facilitator",
        running_title=f"{labels.text('minutes')} — {w.title}",
        story=lambda labels, styles, width: minutes_story(
            data, options, labels, styles, width, stamp
        ),
        time_zone=w.time_zone,
        stamp=footer_stamp(stamp, labels),
        watermark=watermark(stamp, labels),
    )


def minutes_story(
    data: MinutesData,
    options: RenderOptions,
    labels,
    styles,
    width,
    stamp: VersionStamp | None = None,
) -> list:
    """The flowables of the minutes (the benchmark times building them)."""
    flow = title_block("minutes", data.workshop, labels, styles)
    flow += version_block(stamp, labels, styles)
    agenda_only = stamp is not None and stamp.agenda_only
    details = workshop_details(data.workshop, labels, styles, width, actual=not agenda_only)
    if details is not None:
        flow.append(details)
    if agenda_only:  # a workshop not held yet: its details and agenda, nothing recorded
        return flow + _agenda(data, labels, styles, width) + _next(data, labels, styles)
    flow += changes_section(stamp, labels, styles, anonymise=options.anonymise)
    flow += _participants(data, labels, styles, width)
    flow += _figures(data, labels, styles, width)
    flow += _agenda(data, labels, styles, width)
    flow += _notes(data, options, labels, styles)
    flow += _ideas(data, options, labels, styles, width)
    flow += _decisions(data, options, labels, styles, width)
    flow += _reviews(data.reviews, labels, styles, width)
    flow += _commitments(data.commitments, labels, styles, width)
    flow += _next(data, labels, styles)
    # The approval never stands alone on the last page: it keeps the tail of what precedes.
    flow = keep_with_previous(flow, _approval(data, labels, styles, width))
    return _with_summary(flow, data, options, labels, styles, width)


def _participants(data: MinutesData, labels: DocumentLabels, styles: Styles, width) -> list:
    """Present participants in one table: a row per organization (with its sector), then
    its people; contact details only where the person consented (the data says so)."""
    from reportlab.platypus import Spacer

    flow = [heading(labels.text("participants"), styles.h1, 0)]
    present = [p for p in data.participants if p.attendance == "present"]
    by_org: dict[str, list] = defaultdict(list)
    for p in present:
        by_org[p.organization].append(p)
    groups = []
    for org in sorted(by_org, key=lambda o: (o == "", sort_key(o))):
        people = by_org[org]
        sector = labels.enum("sector", people[0].sector) if people[0].sector else ""
        name = f"<b>{para_text(org or '—')}</b>"
        title = name
        if sector:
            title += f' <font size="7.5" color="#555555">· {para_text(sector)}</font>'
        # A page that starts among its people names the organization first.
        more = f"{name} {para_text(labels.text('continued'))}"
        rows = []
        for p in people:
            contact = "\n".join(c for c in (p.email, p.phone) if c)
            rows.append([p.name, p.position, labels.enum("role", p.role), contact])
        groups.append((markup(title, styles.cell), markup(more, styles.cell), rows))
    if groups:
        flow.append(
            grouped_table(
                [labels.text("name"), labels.text("job_position"), labels.text("role"),
                 labels.text("contact")],
                groups,
                [0.24, 0.27, 0.13, 0.36],
                styles,
                width,
            )
        )  # fmt: skip
    for key, attendance in (("absent", "absent"), ("excused", "excused")):
        names = [p for p in data.participants if p.attendance == attendance]
        if names:
            listed = "; ".join(
                para_text(p.name) + (f" ({para_text(p.organization)})" if p.organization else "")
                for p in names
            )
            flow.append(Spacer(1, 4))
            flow.append(markup(f"<b>{para_text(labels.text(key))}:</b> {listed}", styles.body))
    return flow


def _figures(data: MinutesData, labels: DocumentLabels, styles: Styles, width) -> list:
    present = [p for p in data.participants if p.attendance == "present"]
    orgs = {p.organization for p in present if p.organization}
    flow = [
        heading(labels.text("figures"), styles.h1, 0),
        para(labels.text("figures_line", n=len(present), m=len(orgs)), styles.body),
    ]
    people_by = Counter(p.sector or "other" for p in present)
    orgs_by = Counter()
    seen = set()
    for p in present:
        if p.organization and p.organization not in seen:
            seen.add(p.organization)
            orgs_by[p.sector or "other"] += 1
    if people_by:
        rows = [
            [labels.enum("sector", sector), str(orgs_by.get(sector, 0)), str(count)]
            for sector, count in sorted(people_by.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        rows.append(
            [para(labels.text("total"), styles.cell_bold)]
            + [markup(f"<b>{n}</b>", styles.cell_right) for n in (len(orgs), len(present))]
        )  # fmt: skip
        flow.append(
            data_table(
                [labels.text("by_sector"), labels.text("organization"),
                 labels.text("participants")],
                rows,
                [0.5, 0.25, 0.25],
                styles,
                width * 0.6,
                right=(1, 2),
            )
        )  # fmt: skip
    return flow


def _agenda(data: MinutesData, labels: DocumentLabels, styles: Styles, width) -> list:
    if not data.agenda:
        return []
    rows = agenda_rows(data, labels)
    return [
        heading(labels.text("agenda"), styles.h1, 0),
        data_table(
            [labels.text(key) for key in AGENDA_COLUMNS],
            rows,
            [0.06, 0.44, 0.2, 0.15, 0.15],
            styles,
            width,
        ),
    ]  # fmt: skip


def _note_lines(notes, anonymise: bool, labels, styles) -> list:

    flow = []
    by_kind: dict[str, list] = defaultdict(list)
    for note in notes:
        by_kind[note.kind].append(note)
    for kind in sorted(by_kind, key=lambda k: _NOTE_ORDER.index(k) if k in _NOTE_ORDER else 99):
        flow.append(para(labels.enum("note_kind", kind), styles.h3))
        for note in by_kind[kind]:
            text = para_text(note.text)
            if note.speaker and not anonymise:
                text += f" <i>{unbroken('— ' + note.speaker)}</i>"
            flow.append(markup(text, styles.bullet, bulletText="•"))
    return flow


def unbroken(text: str) -> str:
    """``text`` escaped for a paragraph, its spaces non-breaking: a speaker's name (with the
    dash before it) is never split across two lines."""
    return para_text("\u00a0".join(text.split()))


def _notes(data: MinutesData, options: RenderOptions, labels, styles) -> list:
    flow = [heading(labels.text("notes"), styles.h1, 0)]
    if options.anonymise:
        flow.append(para(labels.text("anonymised"), styles.small))
    if not data.notes:
        flow.append(para(labels.text("no_notes"), styles.body))
        return flow
    by_item: dict[int | None, list] = defaultdict(list)
    for note in data.notes:
        by_item[note.agenda_item_id].append(note)
    known = {item.id for item in data.agenda}
    for item in data.agenda:
        if item.id in by_item:
            flow.append(heading(f"{item.position}. {item.title}", styles.h2, 1))
            flow += _note_lines(by_item[item.id], options.anonymise, labels, styles)
    others = [n for key, notes in by_item.items() if key not in known for n in notes]
    if others:
        flow.append(heading(labels.text("unassigned_notes"), styles.h2, 1))
        flow += _note_lines(others, options.anonymise, labels, styles)
    return flow


def _ideas(data: MinutesData, options: RenderOptions, labels, styles, width) -> list:
    from facilitator.documents.ideas_section import ideas_blocks, pdf_flow

    blocks = ideas_blocks(data.ideas, labels, anonymise=options.anonymise)
    return pdf_flow(blocks, styles, width) if blocks else []


def decision_flow(
    decision, labels: DocumentLabels, styles: Styles, width, *, level=1, anonymise=False
) -> list:
    """One decision: title, wording, method, rounds with tallies, outcome and statement."""
    title = decision.title
    if decision.label:
        title = f"{labels.text('decision_n', label=decision.label)} — {decision.title}"
    from reportlab.platypus import KeepTogether

    head = [heading(title, styles.h2, level)]
    rows = [
        (labels.text("proposal_text"), decision.text),
        (labels.text("agenda"), decision.agenda_item),
        (labels.text("method"), labels.enum("method", decision.method)),
        (labels.text("voice"), labels.enum("voice", decision.voice)),
        (
            labels.text("outcome"),
            labels.enum("outcome", decision.outcome)
            if decision.outcome
            else labels.text("undecided"),
        ),
        (labels.text("statement"), decision.statement),
        (labels.text("override"), decision.override_reason),
        (labels.text("review_date"), labels.long_date(decision.review_date)),
    ]
    table = details_table(rows, styles, width)
    if table is not None:
        head.append(table)
    # The decision's heading, wording, outcome and review date on one page.
    flow = [KeepTogether(head)]
    for rnd in decision.rounds:
        if not rnd.tally:
            continue
        # A round, its tally and the reasons stated stay on one page when they fit.
        round_flow = [
            para(labels.text("round_n", n=rnd.number), styles.h3),
            tally_table(rnd.method, rnd.tally, labels, styles, width * 0.8),
        ]
        for who, value, reason in rnd.reasons:
            # The stated reasons (an objection, say); without names under the Chatham House rule.
            said = para_text(labels.position(rnd.method, value))
            if who and not anonymise:
                said += f" {unbroken('— ' + who)}"
            if reason:
                said += f": <i>{para_text(reason)}</i>"
            round_flow.append(markup(said, styles.bullet, bulletText="•"))
        flow.append(KeepTogether(round_flow))
    return flow


def _decisions(data: MinutesData, options: RenderOptions, labels, styles, width) -> list:
    from reportlab.platypus import KeepTogether

    flow = [heading(labels.text("decisions"), styles.h1, 0)]
    if not data.decisions:
        flow.append(para(labels.text("no_decisions"), styles.body))
    for n, decision in enumerate(data.decisions):
        parts = decision_flow(decision, labels, styles, width, anonymise=options.anonymise)
        if n == 0:
            # The section's heading goes with the first decision's heading and details:
            # reportlab keeps a heading with the next flowable, but not with a group kept
            # together, so "Kararlar" could end a page alone.
            parts[0] = KeepTogether([flow.pop(), *parts[0]._content])
        flow += parts
    return flow


def commitment_rows(commitments, labels: DocumentLabels, *, with_phase=False) -> list:
    rows = []
    for c in commitments:
        # "*": made in the name of someone not present (the footnote under the table says so)
        person = f"{c.person} *" if c.person and c.absent else c.person
        who = c.organization + (f"\n{person}" if person else "")
        due = labels.short_date(c.due_date)
        row = [
            who,
            c.title,
            labels.enum("contribution", c.contribution_type),
            labels.quantity(c.quantity, c.unit),
            due,
            labels.enum("commitment_status", c.status),
        ]
        if with_phase:
            row.insert(2, c.phase)
        rows.append(row)
    return rows


def commitments_table(commitments, labels: DocumentLabels, styles: Styles, width):
    return data_table(
        [labels.text("organization"), labels.text("commitment"), labels.text("contribution"),
         labels.text("quantity"), labels.text("due"), labels.text("status")],
        commitment_rows(commitments, labels),
        [0.21, 0.25, 0.15, 0.13, 0.12, 0.14],
        styles,
        width,
    )  # fmt: skip


def _commitments(commitments, labels, styles, width) -> list:
    flow = [heading(labels.text("commitments"), styles.h1, 0)]
    if not commitments:
        flow.append(para(labels.text("no_commitments"), styles.body))
        return flow
    flow.append(commitments_table(commitments, labels, styles, width))
    if any(c.absent for c in commitments):
        flow.append(para(labels.text("absent_note"), styles.small))
    return flow


def _reviews(reviews, labels: DocumentLabels, styles: Styles, width) -> list:
    """The commitments of earlier workshops reviewed at this one: how each stood before and
    after, who reported on it, and what was said (under the commitment). Nothing at all when
    none was reviewed."""
    if not reviews:
        return []
    rows = []
    for r in reviews:
        who = r.organization + (f"\n{r.person}" if r.person else "")
        what = para_text(r.title)
        if r.remark:
            what += f'<br/><font size="7.5" color="#555555"><i>{para_text(r.remark)}</i></font>'
        before = labels.enum("commitment_status", r.status_before)
        after = labels.enum("commitment_status", r.status_after)
        change = f"{before} → {after}"
        if before == after:
            change = labels.text("unchanged", status=after)
        rows.append(
            [who, markup(what, styles.cell), labels.short_date(r.due_date), change, r.reviewed_by]
        )
    return [
        heading(labels.text("reviews"), styles.h1, 0),
        data_table(
            [labels.text("organization"), labels.text("commitment"), labels.text("due"),
             labels.text("status_change"), labels.text("reported_by")],
            rows,
            [0.22, 0.33, 0.12, 0.18, 0.15],
            styles,
            width,
        ),
    ]  # fmt: skip


LONG = 6  # pages: longer minutes open with a summary


def _with_summary(flow: list, data: MinutesData, options, labels, styles, width) -> list:
    """``flow`` with the summary after the details, before the first section, when the
    minutes run longer than :data:`LONG` pages (estimated from their text: laying them out
    twice would double the time an export of large minutes takes)."""
    from facilitator.documents.page_estimate import estimated_pages

    if estimated_pages(flow, width, landscape=options.landscape, up_to=LONG) <= LONG:
        return flow
    first = next((n for n, f in enumerate(flow) if getattr(f, "style", None) is styles.h1), 0)
    return flow[:first] + _summary(data, labels, styles) + flow[first:]


def _summary(data: MinutesData, labels: DocumentLabels, styles: Styles) -> list:
    """The decisions with their outcomes, the commitments counted by organization (Turkish
    order) and the next workshop, in a few lines."""

    flow = [
        heading(labels.text("summary"), styles.h1, 0),
        para(labels.text("decisions"), styles.h3),
    ]
    for d in data.decisions:
        title = f"{labels.text('decision_n', label=d.label)} — {d.title}" if d.label else d.title
        outcome = labels.enum("outcome", d.outcome) if d.outcome else labels.text("undecided")
        line = f"{para_text(title)}: <b>{para_text(outcome)}</b>"
        flow.append(markup(line, styles.bullet, bulletText="•"))
    if not data.decisions:
        flow.append(para(labels.text("no_decisions"), styles.body))
    by_org = Counter(c.organization for c in data.commitments)
    title = f"{labels.text('commitments_by_organization')} ({len(data.commitments)})"
    flow.append(para(title, styles.h3))
    if by_org:
        counts = sorted(by_org.items(), key=lambda kv: (sort_key(kv[0]), kv[0]))
        listed = " · ".join(f"{para_text(org or '—')}: <b>{n}</b>" for org, n in counts)
        flow.append(markup(listed, styles.body))
    else:
        flow.append(para(labels.text("no_commitments"), styles.body))
    nxt = _next(data, labels, styles)
    if nxt:
        flow += [para(labels.text("next_workshop"), styles.h3), *nxt[1:]]
    return flow


def _next(data: MinutesData, labels, styles) -> list:
    nxt = data.next_workshop
    if nxt is None:
        return []
    hours = labels.time_range(nxt.planned_start, nxt.planned_end)
    when = f"{labels.long_date(nxt.planned_start)}, {hours}"
    parts = [nxt.title, when]
    if nxt.venue_name:
        parts.append(nxt.venue_name)
    number = workshop_number(nxt.number, nxt.title)
    if number is not None:
        parts[0] = f"{labels.text('workshop_n', n=number)}: {nxt.title}"
    # "Next workshop", unless the next meeting is another kind (an advisory board meeting).
    key = "next_meeting" if names_other_meeting(nxt.title) else "next_workshop"
    return [
        heading(labels.text(key), styles.h1, 0),
        markup("<br/>".join(para_text(p) for p in parts), styles.body),
    ]


def _approval(data: MinutesData, labels: DocumentLabels, styles: Styles, width) -> list:
    from reportlab.platypus import KeepTogether, Spacer, Table

    w = data.workshop
    rapporteur = ", ".join(w.rapporteurs)
    people = (("moderator", w.moderator), ("rapporteur", rapporteur))
    # One row per line, so both columns keep the signature line at the same height
    # even when a name is missing or runs over two lines.
    rows = [
        [para(labels.text(role), styles.head) for role, _name in people],
        [para(name, styles.cell) if name else "" for _role, name in people],
        [Spacer(1, 28), Spacer(1, 28)],
        [
            para(f"{labels.text('signature')} / {labels.text('date')}", styles.small)
            for _p in people
        ],
    ]
    named = any(name for _role, name in people)
    table = Table(
        rows,
        colWidths=[width / 2, width / 2],
        hAlign="LEFT",
        rowHeights=[None, None if named else styles.cell.leading, None, None],
        splitInRow=1,  # a very long list of rapporteurs may run onto the next page
    )
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 2), (-1, 2), 0.25, styles.grid),  # where to sign
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 18),
        ]
    )
    # The minutes' closing line, then the approval: together, never apart.
    closing = para(labels.text("closing"), styles.body)
    return [KeepTogether([closing, heading(labels.text("approval"), styles.h1, 0), table])]
