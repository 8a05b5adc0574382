"""The live session: agenda control, clocks, quick notes, the speaker queue and check-in.

Qt-free; the moderator's live screen and the projector window are built on it.

Time always comes from the caller: every function that records or measures
time takes ``now`` (a timezone-aware datetime), so the interface passes its
clock (:func:`system_clock`) and tests pass a simulated one. No clock is
stored ticking: elapsed times are computed from the recorded start and end
times, which is also why resuming after a crash shows the right clocks.

Every write is one transaction, committed before the function returns, so
what the screen shows is always what the database holds. Ending an agenda
item, moving back to a previous one and ending the session also end the turn
of whoever is speaking at that moment.

The package: ``clock`` (time and clock colours), ``rows`` (what is handed out),
``session`` (the state and moving through the agenda), ``speakers`` (the queue),
``notes``, ``checkin``, ``lease`` (one live screen per workshop across the clients of a
shared database); ``base`` holds what they all read.
"""

from facilitator.services._common import (
    MAX_TURN_LIMIT_SECONDS,  # the speakers panel limits typing to it
)
from facilitator.services.live.checkin import add_walk_in, find_attendees, set_present
from facilitator.services.live.clock import (
    Clock,
    ClockStatus,
    ItemStatus,
    clock_status,
    elapsed_seconds,
    system_clock,
)
from facilitator.services.live.lease import (
    STALE_AFTER,
    Lease,
    LeaseHeldError,
    LeaseLostError,
)
from facilitator.services.live.notes import (
    NOTE_LENGTH,
    add_note,
    delete_note,
    edit_note,
    last_note,
    note_id_of,
    notes_of_item,
    restore_note,
    send_to_parking_lot,
)
from facilitator.services.live.rows import (
    AgreedDecision,
    LiveItem,
    NoteRow,
    NoteSnapshot,
    OrganizationSpeakingTotal,
    Reopened,
    ResumeInfo,
    SessionState,
    SpeakingTotal,
    TurnRow,
)
from facilitator.services.live.session import (
    AGREED,
    end_session,
    next_item,
    previous_item,
    reopen_session,
    resume_info,
    session_state,
    start_session,
    undo_reopen,
)
from facilitator.services.live.speakers import (
    end_turn,
    next_speaker,
    queue,
    request_floor,
    withdraw,
)
from facilitator.services.live.summary import SessionSummary, session_summary

__all__ = [
    "AGREED",
    "MAX_TURN_LIMIT_SECONDS",
    "NOTE_LENGTH",
    "STALE_AFTER",
    "AgreedDecision",
    "Clock",
    "ClockStatus",
    "ItemStatus",
    "Lease",
    "LeaseHeldError",
    "LeaseLostError",
    "LiveItem",
    "NoteRow",
    "NoteSnapshot",
    "OrganizationSpeakingTotal",
    "Reopened",
    "ResumeInfo",
    "SessionState",
    "SessionSummary",
    "SpeakingTotal",
    "TurnRow",
    "add_note",
    "add_walk_in",
    "clock_status",
    "delete_note",
    "edit_note",
    "elapsed_seconds",
    "end_session",
    "end_turn",
    "find_attendees",
    "last_note",
    "next_item",
    "next_speaker",
    "note_id_of",
    "notes_of_item",
    "previous_item",
    "queue",
    "reopen_session",
    "request_floor",
    "restore_note",
    "resume_info",
    "send_to_parking_lot",
    "session_state",
    "session_summary",
    "set_present",
    "start_session",
    "system_clock",
    "undo_reopen",
    "withdraw",
]
