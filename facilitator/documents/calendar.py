"""A workshop as a calendar invitation (.ics, RFC 5545), written with the ``icalendar`` library.

One VEVENT with a stable UID (the workshop's UUID), a SEQUENCE that rises with
every edit of the workshop or its agenda, the organizer from Settings, DTSTAMP,
start and end in UTC, the venue as LOCATION and the timed agenda in DESCRIPTION. Like the PDFs, the
agenda shows the times where the workshop is held (its own time zone), labelled with
the zone's name and UTC offset; every calendar shows DTSTART in its reader's zone.
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


def calendar_bytes(
    data: AgendaData,
    language: str,
    *,
    now: datetime | None = None,
    organizer: tuple[str, str] | None = None,
) -> bytes:
    """The .ics file of the workshop in ``data`` as bytes.

    SEQUENCE is the agenda's revision, so an invitation made again after the workshop's
    time changed replaces the earlier one; ``organizer`` (name, e-mail address: the
    sender in Settings) becomes ORGANIZER.
    """
    from icalendar import Calendar, Event

    w = data.workshop
    labels = DocumentLabels(language, w.time_zone)
    calendar = Calendar()
    calendar.add("prodid", f"-//Facilitator//Facilitator {__version__}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{w.uuid or w.id}@facilitator")
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", w.planned_start.astimezone(UTC))
    # An agenda that runs past the planned end keeps the attendees' calendars until it
    # ends, as the handout says.
    ends = max([w.planned_end, *(item.planned_end for item in data.agenda[-1:])])
    event.add("dtend", ends.astimezone(UTC))
    event.add("sequence", data.revision)
    if organizer is not None and organizer[1]:
        from icalendar import vCalAddress

        address = vCalAddress(f"mailto:{organizer[1]}")
        if organizer[0]:
            address.params["cn"] = plain(organizer[0])
        event.add("organizer", address)
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
        # The times below are where the workshop is held; the zone tells a reader elsewhere
        # which time that is (DTSTART itself is UTC, shown by each calendar in its zone).
        lines.append(f"{labels.text('ics_agenda')}, {labels.zone_text(w.planned_start)}:")
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
    path: str | os.PathLike,
    data: AgendaData,
    language: str,
    *,
    now: datetime | None = None,
    organizer: tuple[str, str] | None = None,
) -> Path:
    """Write the invitation to ``path`` (whole or not at all); returns the path."""
    payload = calendar_bytes(data, language, now=now, organizer=organizer)
    return write_bytes_atomically(Path(path), payload)
