"""A workshop as a calendar invitation (.ics, RFC 5545), written with the ``icalendar`` library.

One VEVENT with a stable UID (the workshop's UUID), DTSTAMP, start and end in
UTC, the venue as LOCATION and the timed agenda in DESCRIPTION. Like the app and
the PDFs, the agenda shows the computer's local time (Facilitator keeps no time
zone per workshop), labelled with its UTC offset.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from facilitator import __version__
from facilitator.documents.escape import clean, plain
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.safe_write import write_bytes_atomically
from facilitator.services.document_data import AgendaData


def utc_offset(value: datetime) -> str:
    """'UTC+03:00': the offset of the computer's local time at ``value``."""
    offset = value.astimezone().strftime("%z") or "+0000"
    return f"UTC{offset[:3]}:{offset[3:5]}"


def calendar_bytes(data: AgendaData, language: str, *, now: datetime | None = None) -> bytes:
    """The .ics file of the workshop in ``data`` as bytes."""
    from icalendar import Calendar, Event

    labels = DocumentLabels(language)
    w = data.workshop
    calendar = Calendar()
    calendar.add("prodid", f"-//Facilitator//Facilitator {__version__}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{w.uuid or w.id}@facilitator")
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", w.planned_start.astimezone(UTC))
    event.add("dtend", w.planned_end.astimezone(UTC))
    summary = plain(w.title)
    if w.series_title:
        summary = f"{summary} — {plain(w.series_title)}"
    event.add("summary", summary)
    location = ", ".join(v for v in (plain(w.venue_name), plain(w.venue_address)) if v)
    if location:
        event.add("location", location)
    lines = []
    if w.guiding_question:
        lines += [clean(w.guiding_question), ""]
    if data.agenda:
        # The times below are the exporting computer's local time, as the app shows them;
        # the offset tells a reader elsewhere which time that is (DTSTART itself is UTC).
        lines.append(f"{labels.text('ics_agenda')} ({utc_offset(data.agenda[0].planned_start)}):")
        for item in data.agenda:
            line = f"{labels.time_range(item.planned_start, item.planned_end)}  {plain(item.title)}"
            if item.presenter:
                line += f" ({plain(item.presenter)})"
            lines.append(line)
    if lines:
        event.add("description", "\n".join(lines).strip())
    calendar.add_component(event)
    return calendar.to_ical()


def write_calendar(
    path: str | os.PathLike, data: AgendaData, language: str, *, now: datetime | None = None
) -> Path:
    """Write the invitation to ``path`` (whole or not at all); returns the path."""
    return write_bytes_atomically(Path(path), calendar_bytes(data, language, now=now))
