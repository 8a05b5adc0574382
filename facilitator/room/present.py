"""The room's view as the phones read it: JSON, every label in the phone's language.

Labels come from the documents' vocabulary (``documents.labels``), so a position reads
on a phone as in the minutes. Only what :class:`~facilitator.services.room.RoomView`
holds goes out; nothing is added here from elsewhere.
"""

from __future__ import annotations

import json

from facilitator.documents.labels import DocumentLabels
from facilitator.services.room import RoomView

LANGUAGES = ("tr", "en")


def view_json(view: RoomView, language: str, version: int) -> bytes:
    words = DocumentLabels(language if language in LANGUAGES else "tr")
    item = view.item
    r = view.round
    result = view.result
    data = {
        "v": version,
        "title": view.title,
        "in_session": view.in_session,
        "item": (
            {
                "title": item.title,
                "planned": item.planned_seconds,
                # Seconds since the epoch on the laptop's clock; the phone learns the
                # laptop's time from the stream's "clock" events, whatever its own says.
                "started": item.started_at.timestamp() if item.started_at else None,
            }
            if item is not None
            else None
        ),
        "next": view.next_item,
        "decisions": [
            {"label": d.label, "title": d.title, "outcome": words.enum("outcome", d.outcome)}
            for d in view.decisions
        ],
        "round": (
            {
                "id": r.id,
                "title": r.proposal_title,
                "text": r.text,
                "method": words.enum("method", r.method),
                "voice": r.voice.value,
                "anonymous": r.anonymous,
                "choices": [
                    {"value": value, "label": words.position(r.method, value)} for value in r.scale
                ],
            }
            if r is not None
            else None
        ),
        "result": (
            {
                "round": result.round_id,
                "title": result.proposal_title,
                "tally": [
                    {"label": words.position(result.method, value), "count": count}
                    for value, count in result.tally
                ],
                "outcome": words.enum("outcome", result.outcome) if result.outcome else "",
            }
            if result is not None
            else None
        ),
        "idea_box": view.idea_box_open,
        "dots": (
            {
                "id": view.dots.id,
                "question": view.dots.question,
                "budget": view.dots.budget,
                "targets": [{"key": k, "text": text} for k, text in view.dots.targets],
            }
            if view.dots is not None
            else None
        ),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
