"""The minutes of a workshop as a Word document, for corrections and letterheads.

The same content in the same order as the PDF (:mod:`facilitator.documents.minutes`):
title, the version line, details, the summary when the PDF opens with one, the
changes since the final, participants, figures, agenda, notes, ideas and priorities
(when the ideas board was used), decisions with
their tallies, the review of earlier commitments, the commitments, the next
workshop and the approval block. A draft says so at the top of every page
("TASLAK"), a final gives its SHA-256, an agenda-only draft says what it is.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict

from facilitator.documents.blocks import (
    AGENDA_COLUMNS,
    agenda_rows,
    series_line,
    workshop_detail_rows,
    workshop_number,
)
from facilitator.documents.docx_base import Bar, Span, WordDocument
from facilitator.documents.labels import DocumentLabels, names_other_meeting
from facilitator.documents.minutes_versions import (
    VersionStamp,
    changes_text,
    footer_stamp,
    version_lines,
    watermark,
)
from facilitator.documents.template import RenderOptions
from facilitator.models.enums import NoteKind
from facilitator.services.document_data import MinutesData
from facilitator.text import sort_key

_NOTE_ORDER = [k.value for k in NoteKind]


def write_minutes_docx(
    path: str | os.PathLike,
    data: MinutesData,
    options: RenderOptions,
    stamp: VersionStamp | None = None,
) -> None:
    """Write the minutes of ``data`` to ``path`` as a .docx (``stamp``: as for the PDF)."""
    w = data.workshop
    labels = DocumentLabels(options.language, w.time_zone)
    options = options.issued_by(w.organizer)
    doc = WordDocument(
        options,
        labels,
        title=f"{labels.text('minutes')}: {w.title}",
        subject=labels.text("subject_minutes"),
        author=w.host or w.moderator or "Facilitator",
        running_title=f"{labels.text('minutes')} — {w.title}",
        stamp=footer_stamp(stamp, labels),
        watermark=watermark(stamp, labels),
        landscape=options.landscape,
    )
    minutes_body(doc, data, options, labels, stamp)
    doc.save(path)


def minutes_body(
    doc: WordDocument,
    data: MinutesData,
    options: RenderOptions,
    labels: DocumentLabels,
    stamp: VersionStamp | None = None,
) -> None:
    """Everything under the header, section by section as the PDF has them."""
    title_block(doc, "minutes", data.workshop, labels)
    for line in version_lines(stamp, labels):
        doc.paragraph(line)
    agenda_only = stamp is not None and stamp.agenda_only
    doc.details(workshop_detail_rows(data.workshop, labels, actual=not agenda_only))
    if agenda_only:  # a workshop not held yet: its details and agenda, nothing recorded
        _agenda(doc, data, labels)
        _next(doc, data, labels)
        return
    if pdf_has_summary(data, options, stamp):
        _summary(doc, data, labels)
    _changes(doc, stamp, labels, options.anonymise)
    _participants(doc, data, labels)
    _figures(doc, data, labels)
    _agenda(doc, data, labels)
    _notes(doc, data, options, labels)
    _ideas(doc, data, options, labels)
    _decisions(doc, data, options, labels)
    _reviews(doc, data, labels)
    _commitments(doc, data, labels)
    _next(doc, data, labels)
    _approval(doc, data, labels)


def title_block(doc: WordDocument, document_key: str, header, labels: DocumentLabels) -> None:
    """Document name, the workshop's title and the series line (as the PDFs open)."""
    doc.paragraph(labels.text(document_key), "subtitle")
    doc.paragraph(" ".join(header.title.split()), "title")
    line = series_line(header.series_title, header.number, labels, header.title)
    if line:
        doc.paragraph(line, "subtitle")


def pdf_has_summary(data: MinutesData, options: RenderOptions, stamp) -> bool:
    """Whether the PDF of these minutes opens with a summary (long minutes do): asked of
    the PDF's own story, laid out as wide as the PDF's pages, so both files always hold
    the same sections."""
    from io import BytesIO

    from facilitator.documents import minutes
    from facilitator.documents.styles import make_styles
    from facilitator.documents.template import DocumentTemplate

    labels = DocumentLabels(options.language, data.workshop.time_zone)
    styles = make_styles(options.branding.accent)
    page = DocumentTemplate(
        BytesIO(),
        labels=labels,
        styles=styles,
        branding=options.branding,
        title="",
        subject="",
        author="",
        is_landscape=options.landscape,
    )
    story = minutes.minutes_story(data, options, labels, styles, page.width, stamp)
    summary = labels.text("summary")
    return any(
        getattr(f, "style", None) is styles.h1 and getattr(f, "outline_title", None) == summary
        for f in story
    )


def _changes(doc: WordDocument, stamp, labels, anonymise: bool) -> None:
    text = changes_text(stamp, labels, anonymise=anonymise)
    if text is None:
        return
    doc.heading(text.heading, 1)
    if not text.lines:
        doc.paragraph(text.nothing)
    for line in text.lines:
        doc.bullet(line)


def _participants(doc: WordDocument, data: MinutesData, labels: DocumentLabels) -> None:
    doc.heading(labels.text("participants"), 1)
    present = [p for p in data.participants if p.attendance == "present"]
    by_org: dict[str, list] = defaultdict(list)
    for p in present:
        by_org[p.organization].append(p)
    rows: list = []
    for org in sorted(by_org, key=lambda o: (o == "", sort_key(o))):
        people = by_org[org]
        sector = labels.enum("sector", people[0].sector) if people[0].sector else ""
        runs = [(org or "—", "b")]
        if sector:
            runs.append((f" · {sector}", "sg"))
        rows.append(Span(runs))
        for p in people:
            contact = "\n".join(c for c in (p.email, p.phone) if c)
            rows.append([p.name, p.position, labels.enum("role", p.role), contact])
    if rows:
        doc.table(
            [labels.text("name"), labels.text("job_position"), labels.text("role"),
             labels.text("contact")],
            rows,
            [0.24, 0.27, 0.13, 0.36],
            groups=True,  # a page that continues an organization names it
        )  # fmt: skip
    for key in ("absent", "excused"):
        names = [p for p in data.participants if p.attendance == key]
        if names:
            listed = "; ".join(
                p.name + (f" ({p.organization})" if p.organization else "") for p in names
            )
            doc.paragraph([(f"{labels.text(key)}:", "b"), (f" {listed}", "")])


def _figures(doc: WordDocument, data: MinutesData, labels: DocumentLabels) -> None:
    present = [p for p in data.participants if p.attendance == "present"]
    orgs = {p.organization for p in present if p.organization}
    doc.heading(labels.text("figures"), 1)
    doc.paragraph(labels.text("figures_line", n=len(present), m=len(orgs)))
    people_by = Counter(p.sector or "other" for p in present)
    orgs_by: Counter = Counter()
    seen = set()
    for p in present:
        if p.organization and p.organization not in seen:
            seen.add(p.organization)
            orgs_by[p.sector or "other"] += 1
    if not people_by:
        return
    rows = [
        [labels.enum("sector", sector), str(orgs_by.get(sector, 0)), str(count)]
        for sector, count in sorted(people_by.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    rows.append([labels.text("total"), str(len(orgs)), str(len(present))])
    doc.table(
        [labels.text("by_sector"), labels.text("organization"), labels.text("participants")],
        rows,
        [0.5, 0.25, 0.25],
        scale=0.6,
        right=(1, 2),
        bold_last=True,
    )


def _agenda(doc: WordDocument, data: MinutesData, labels: DocumentLabels) -> None:
    if not data.agenda:
        return
    rows = agenda_rows(data, labels)
    doc.heading(labels.text("agenda"), 1)
    doc.table(
        [labels.text(key) for key in AGENDA_COLUMNS],
        rows,
        [0.06, 0.44, 0.2, 0.15, 0.15],
    )  # fmt: skip


def _note_lines(doc: WordDocument, notes, anonymise: bool, labels) -> None:
    by_kind: dict[str, list] = defaultdict(list)
    for note in notes:
        by_kind[note.kind].append(note)
    for kind in sorted(by_kind, key=lambda k: _NOTE_ORDER.index(k) if k in _NOTE_ORDER else 99):
        doc.heading(labels.enum("note_kind", kind), 3)
        for note in by_kind[kind]:
            runs = [(note.text, "")]
            if note.speaker and not anonymise:
                runs.append((f" {unbroken('— ' + note.speaker)}", "i"))
            doc.bullet(runs)


def _notes(doc: WordDocument, data: MinutesData, options: RenderOptions, labels) -> None:
    doc.heading(labels.text("notes"), 1)
    if options.anonymise:
        doc.paragraph(labels.text("anonymised"), "Small Print")
    if not data.notes:
        doc.paragraph(labels.text("no_notes"))
        return
    by_item: dict[int | None, list] = defaultdict(list)
    for note in data.notes:
        by_item[note.agenda_item_id].append(note)
    known = {item.id for item in data.agenda}
    for item in data.agenda:
        if item.id in by_item:
            doc.heading(f"{item.position}. {item.title}", 2)
            _note_lines(doc, by_item[item.id], options.anonymise, labels)
    others = [n for key, notes in by_item.items() if key not in known for n in notes]
    if others:
        doc.heading(labels.text("unassigned_notes"), 2)
        _note_lines(doc, others, options.anonymise, labels)


def _ideas(doc: WordDocument, data: MinutesData, options: RenderOptions, labels) -> None:
    from facilitator.documents.ideas_section import ideas_blocks, word_body

    word_body(doc, ideas_blocks(data.ideas, labels, anonymise=options.anonymise))


def decision_title(decision, labels: DocumentLabels) -> str:
    if decision.label:
        return f"{labels.text('decision_n', label=decision.label)} — {decision.title}"
    return decision.title


def _decision(doc: WordDocument, decision, labels: DocumentLabels, anonymise: bool) -> None:
    doc.heading(decision_title(decision, labels), 2)
    outcome = labels.text("undecided")
    if decision.outcome:
        outcome = labels.enum("outcome", decision.outcome)
    doc.details(
        [
            (labels.text("proposal_text"), decision.text),
            (labels.text("agenda"), decision.agenda_item),
            (labels.text("method"), labels.enum("method", decision.method)),
            (labels.text("voice"), labels.enum("voice", decision.voice)),
            (labels.text("outcome"), outcome),
            (labels.text("statement"), decision.statement),
            (labels.text("override"), decision.override_reason),
            (labels.text("review_date"), labels.long_date(decision.review_date)),
        ]
    )
    for rnd in decision.rounds:
        if not rnd.tally:
            continue
        doc.heading(labels.text("round_n", n=rnd.number), 3)
        most = max((n for _v, n in rnd.tally), default=0) or 1
        rows = [
            [labels.position(rnd.method, value), str(count), Bar(count / most)]
            for value, count in rnd.tally
        ]
        doc.table(
            [labels.text("position"), labels.text("count"), ""],
            rows,
            [0.45, 0.12, 0.43],
            scale=0.8,
            right=(1,),
            keep_together=True,  # a round's tally and its reasons on one page, as in the PDF
            keep_with_next=bool(rnd.reasons),
        )
        for number, (who, value, reason) in enumerate(rnd.reasons, start=1):
            # The stated reasons; without names under the Chatham House rule.
            said = labels.position(rnd.method, value)
            if who and not anonymise:
                said += f" {unbroken('— ' + who)}"
            runs = [(said, "")]
            if reason:
                runs += [(": ", ""), (reason, "i")]
            doc.bullet(runs, keep_next=number < len(rnd.reasons))


def _decisions(doc: WordDocument, data: MinutesData, options: RenderOptions, labels) -> None:
    doc.heading(labels.text("decisions"), 1)
    if not data.decisions:
        doc.paragraph(labels.text("no_decisions"))
    for decision in data.decisions:
        _decision(doc, decision, labels, options.anonymise)


def _reviews(doc: WordDocument, data: MinutesData, labels: DocumentLabels) -> None:
    if not data.reviews:
        return
    rows = []
    for r in data.reviews:
        who = r.organization + (f"\n{r.person}" if r.person else "")
        what = [(r.title, "")]
        if r.remark:
            what.append((f"\n{r.remark}", "sgi"))
        before = labels.enum("commitment_status", r.status_before)
        after = labels.enum("commitment_status", r.status_after)
        change = f"{before} → {after}"
        if before == after:
            change = labels.text("unchanged", status=after)
        rows.append([who, what, labels.short_date(r.due_date), change, r.reviewed_by])
    doc.heading(labels.text("reviews"), 1)
    doc.table(
        [labels.text("organization"), labels.text("commitment"), labels.text("due"),
         labels.text("status_change"), labels.text("reported_by")],
        rows,
        [0.22, 0.33, 0.12, 0.18, 0.15],
    )  # fmt: skip


def _commitments(doc: WordDocument, data: MinutesData, labels: DocumentLabels) -> None:
    from facilitator.documents.minutes import commitment_rows

    doc.heading(labels.text("commitments"), 1)
    if not data.commitments:
        doc.paragraph(labels.text("no_commitments"))
        return
    doc.table(
        [labels.text("organization"), labels.text("commitment"), labels.text("contribution"),
         labels.text("quantity"), labels.text("due"), labels.text("status")],
        commitment_rows(data.commitments, labels),
        [0.21, 0.25, 0.15, 0.13, 0.12, 0.14],
    )  # fmt: skip
    if any(c.absent for c in data.commitments):
        doc.paragraph(labels.text("absent_note"), "Small Print")


def _summary(doc: WordDocument, data: MinutesData, labels: DocumentLabels) -> None:
    """The decisions with their outcomes, the commitments counted by organization and the
    next workshop, as the PDF of long minutes opens."""
    doc.heading(labels.text("summary"), 1)
    doc.heading(labels.text("decisions"), 3)
    for d in data.decisions:
        outcome = labels.enum("outcome", d.outcome) if d.outcome else labels.text("undecided")
        doc.bullet([(f"{decision_title(d, labels)}: ", ""), (outcome, "b")])
    if not data.decisions:
        doc.paragraph(labels.text("no_decisions"))
    by_org = Counter(c.organization for c in data.commitments)
    doc.heading(f"{labels.text('commitments_by_organization')} ({len(data.commitments)})", 3)
    if by_org:
        runs: list[tuple[str, str]] = []
        for org, n in sorted(by_org.items(), key=lambda kv: (sort_key(kv[0]), kv[0])):
            runs += [(" · " if runs else "", ""), (f"{org or '—'}: ", ""), (str(n), "b")]
        doc.paragraph(runs)
    else:
        doc.paragraph(labels.text("no_commitments"))
    lines = _next_lines(data, labels)
    if lines:
        doc.heading(labels.text("next_workshop"), 3)
        doc.paragraph("\n".join(lines))


def _next_lines(data: MinutesData, labels: DocumentLabels) -> list[str]:
    nxt = data.next_workshop
    if nxt is None:
        return []
    hours = labels.time_range(nxt.planned_start, nxt.planned_end)
    parts = [nxt.title, f"{labels.long_date(nxt.planned_start)}, {hours}"]
    if nxt.venue_name:
        parts.append(nxt.venue_name)
    number = workshop_number(nxt.number, nxt.title)
    if number is not None:
        parts[0] = f"{labels.text('workshop_n', n=number)}: {nxt.title}"
    return parts


def _next(doc: WordDocument, data: MinutesData, labels: DocumentLabels) -> None:
    lines = _next_lines(data, labels)
    if lines:
        # "Next workshop", unless the next meeting is another kind (an advisory board).
        key = "next_meeting" if names_other_meeting(data.next_workshop.title) else "next_workshop"
        doc.heading(labels.text(key), 1)
        doc.paragraph("\n".join(lines))


def unbroken(text: str) -> str:
    """``text`` with no-break spaces: a speaker's name and the dash before it never split
    across two lines (as in the PDF)."""
    return "\u00a0".join(text.split())


def _approval(doc: WordDocument, data: MinutesData, labels: DocumentLabels) -> None:
    w = data.workshop
    people = [
        (labels.text("moderator"), w.moderator),
        (labels.text("rapporteur"), ", ".join(w.rapporteurs)),
    ]
    doc.keep_end_with_next()  # the approval never alone on the last page
    # The closing line keeps with the approval: a page never opens with it alone (a
    # table's rows kept with what follows are not honoured by every word processor).
    doc.paragraph(labels.text("closing"), keep_next=True)
    doc.heading(labels.text("approval"), 1)
    doc.signatures(people, f"{labels.text('signature')} / {labels.text('date')}")
