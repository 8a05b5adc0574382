"""The notes of a workshop as the Notes tab lists them: grouped by agenda item, filtered fast.

One read gives everything the tab shows (:func:`note_register`): the notes, the
agenda items in order, and who may be named as a speaker (any attendee). The
filter (:class:`NoteIndex`) runs in Python over text folded once when the rows
arrive, so a keystroke in the search field never reaches the database.

Writes are the live service's (``services/live/notes.py``): ``add_note``,
``edit_note``, ``move_notes``, ``delete_notes`` / ``restore_notes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from facilitator.models import NoteKind
from facilitator.services import agenda, attendees
from facilitator.services.live.notes import workshop_notes
from facilitator.services.live.rows import NoteRow
from facilitator.store import Store
from facilitator.text import search_haystack, search_key, sort_key

NOBODY = 0  # the speaker filter's "no speaker recorded"


@dataclass(frozen=True)
class ItemChoice:
    """An agenda item a note can be on."""

    id: int
    position: int
    title: str
    actual_start: datetime | None
    planned_start: datetime

    @property
    def label(self) -> str:
        return f"{self.position}. {self.title}"


@dataclass(frozen=True)
class SpeakerChoice:
    """Someone a note can be attributed to: an attendee of the workshop."""

    person_id: int
    name: str
    organization_name: str

    @property
    def label(self) -> str:
        return f"{self.name} — {self.organization_name}" if self.organization_name else self.name


@dataclass(frozen=True)
class NoteRegister:
    """What the Notes tab shows of one workshop."""

    workshop_id: int
    planned_start: datetime
    items: tuple[ItemChoice, ...]  # agenda order
    speakers: tuple[SpeakerChoice, ...]  # Turkish alphabetical order of family name
    notes: tuple[NoteRow, ...]  # agenda order (notes on no item last), then as taken
    time_zone: str  # the workshop's (IANA name): its notes' times are shown in it

    def item(self, item_id: int | None) -> ItemChoice | None:
        return next((i for i in self.items if i.id == item_id), None)

    def organizations(self) -> list[str]:
        """Every organization a speaker represents (in the notes or among attendees)."""
        names = {s.organization_name for s in self.speakers} | {
            n.organization_name for n in self.notes
        }
        return sorted((n for n in names if n), key=sort_key)

    def default_time(self, item_id: int | None) -> datetime:
        """When a note taken on paper on ``item_id`` most likely was: after the item's
        last note, else when the item started (or was planned to)."""
        times = [n.noted_at for n in self.notes if n.agenda_item_id == item_id]
        if times:
            return max(times)
        item = self.item(item_id)
        if item is not None:
            return item.actual_start or item.planned_start
        return self.planned_start


def note_register(store: Store, workshop_id: int) -> NoteRegister:
    """Every note of the workshop (one query for them all), its agenda and its attendees."""
    plan = agenda.get_agenda(store, workshop_id)
    people = attendees.list_attendees(store, workshop_id)
    notes = workshop_notes(store, workshop_id)
    items = tuple(
        ItemChoice(i.id, i.position, i.title, i.actual_start, i.planned_start) for i in plan.items
    )
    order = {item.id: n for n, item in enumerate(items)}
    last = len(items)
    notes.sort(key=lambda n: (order.get(n.agenda_item_id, last), n.noted_at, n.id))
    speakers = tuple(
        SpeakerChoice(p.person_id, p.display_name, p.organization_name) for p in people
    )
    return NoteRegister(
        workshop_id, plan.planned_start, items, speakers, tuple(notes), plan.time_zone
    )


def note_values(row: NoteRow) -> dict:
    """What an undo or redo expects a note to hold still (every field the tab edits)."""
    return {
        "text": row.text,
        "kind": row.kind,
        "speaker_id": row.speaker_id,
        "agenda_item_id": row.agenda_item_id,
        "noted_at": row.noted_at,
    }


@dataclass(frozen=True)
class NoteFilter:
    """What the tab is asked to show: words to find, a kind, a speaker, an organization."""

    query: str = ""
    kind: NoteKind | None = None
    speaker_id: int | None = None  # NOBODY: notes with no speaker
    organization: str | None = None

    @property
    def active(self) -> bool:
        return bool(
            search_key(self.query)
            or self.kind is not None
            or self.speaker_id is not None
            or self.organization is not None
        )


class NoteIndex:
    """The notes with their search text folded once; :meth:`matching` filters in Python.

    A note is found by words of its text, its speaker's name or the organization
    the speaker represents, Turkish-aware as everywhere (``facilitator.text``).
    """

    def __init__(self, notes: tuple[NoteRow, ...] | list[NoteRow]):
        self.notes = tuple(notes)
        self._haystacks: list[str] | None = None

    def prepare(self) -> None:
        """Fold every note's text once (done by the first search if not before)."""
        if self._haystacks is not None:
            return
        names: dict[str, str] = {}  # a speaker's name and organization recur on many notes

        def folded(text: str) -> str:
            found = names.get(text)
            if found is None:
                found = names[text] = search_haystack(text)
            return found

        self._haystacks = [
            f"{search_haystack(n.text)}\n{folded(n.speaker_name)}\n"
            f"{folded(n.organization_name)}\n{folded(n.organization_short_name)}"
            for n in self.notes
        ]

    def matching(self, wanted: NoteFilter) -> list[int]:
        """Positions (in ``notes``) of the notes that pass the filter, in their order."""
        words = search_key(wanted.query).split()
        kind = NoteKind(wanted.kind) if wanted.kind is not None else None
        speaker, organization = wanted.speaker_id, wanted.organization
        if words:
            self.prepare()
        haystacks = self._haystacks if words else [""] * len(self.notes)
        found = []
        for n, (note, haystack) in enumerate(zip(self.notes, haystacks, strict=True)):
            if kind is not None and note.kind is not kind:
                continue
            if speaker is not None and (note.speaker_id or NOBODY) != speaker:
                continue
            if organization is not None and note.organization_name != organization:
                continue
            if words and not all(w in haystack for w in words):
                continue
            found.append(n)
        return found
