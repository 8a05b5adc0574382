"""The file names the app suggests are accepted by Windows, macOS and Linux alike: one rule
(documents/email_drafts.safe_file_name) for bundles, attendee lists and personal data."""

from __future__ import annotations

import pytest

from facilitator.ui.bundles.bundle_actions import suggested_file_name as bundle_name
from facilitator.ui.directory.personal_data_actions import suggested_file_name as personal_name
from facilitator.ui.documents.attendee_export_action import suggested_file_name as list_name


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bursa: 2026/1 <taslak>", "Bursa- 2026-1 -taslak-.facilitator"),
        ("CON", "_CON.facilitator"),  # a device name on Windows
        ("  \t ", "workshop.facilitator"),
        ("satır\nsonu\x07.", "satır sonu.facilitator"),
    ],
)
def test_a_bundle_is_suggested_a_name_every_system_accepts(qapp, title, expected):
    assert bundle_name(title) == expected


def test_lists_and_personal_data_carry_their_label_and_a_safe_title(qapp):
    assert list_name('İzmir "A/B"') == "Attendees - İzmir -A-B-.xlsx"
    assert list_name("") == "Attendees.xlsx"
    assert personal_name("Ayşe | Yılmaz") == "Personal data - Ayşe - Yılmaz.json"
