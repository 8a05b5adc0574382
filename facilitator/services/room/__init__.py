"""The room on their phones, as the services see it (no web server here: ``facilitator.room``).

``tokens`` (attendees' keys and badges), ``box`` (the room's code, the idea box and the
moderator's queue), ``ballots`` (positions from phones, named or anonymous), ``view``
(what every phone is shown).
"""

from facilitator.services.room.ballots import Cast, cast, given, used_voices
from facilitator.services.room.box import (
    RoomSettings,
    SentIdea,
    approve,
    code_matches,
    open_idea_box,
    reject,
    room_settings,
    send_idea,
    waiting_ideas,
)
from facilitator.services.room.dots import MyDots, my_dots, place_dot
from facilitator.services.room.tokens import (
    Badge,
    Holder,
    Proxy,
    identify,
    issue_badges,
    proxies,
    reissue,
    revoke,
    set_proxy,
)
from facilitator.services.room.view import RoomView, room_view

__all__ = [
    "Badge",
    "Cast",
    "Holder",
    "MyDots",
    "Proxy",
    "RoomSettings",
    "RoomView",
    "SentIdea",
    "approve",
    "cast",
    "code_matches",
    "given",
    "identify",
    "issue_badges",
    "my_dots",
    "open_idea_box",
    "place_dot",
    "proxies",
    "reissue",
    "reject",
    "revoke",
    "room_settings",
    "room_view",
    "send_idea",
    "set_proxy",
    "used_voices",
    "waiting_ideas",
]
