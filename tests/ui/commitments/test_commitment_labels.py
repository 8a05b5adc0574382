"""Amounts written in the interface's locale read back as the same amount, in both languages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from facilitator.ui.commitments.commitment_labels import format_number, parse_quantity

LOCALES = {
    "tr": QLocale(QLocale.Turkish, QLocale.Turkey),
    "en": QLocale(QLocale.English, QLocale.UnitedKingdom),
}
AMOUNTS = st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False)


@pytest.mark.parametrize("language", ["tr", "en"])
def test_a_written_amount_reads_back_unchanged(language):
    before = QLocale()
    QLocale.setDefault(LOCALES[language])
    try:

        @given(AMOUNTS)
        def round_trip(amount):
            assert parse_quantity(format_number(amount)) == amount

        round_trip()
    finally:
        QLocale.setDefault(before)
