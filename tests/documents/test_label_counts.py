"""Counts in the documents read right in both languages: "1 participant from 1
organization", "12 participants from 3 organizations"; Turkish keeps the noun singular
after a number ("3 kurumdan 12 katılımcı")."""

from __future__ import annotations

import pytest

from facilitator.documents.labels import DocumentLabels


@pytest.mark.parametrize(
    ("language", "n", "m", "expected"),
    [
        ("en", 1, 1, "1 participant from 1 organization"),
        ("en", 12, 1, "12 participants from 1 organization"),
        ("en", 1, 0, "1 participant from 0 organizations"),
        ("en", 12, 3, "12 participants from 3 organizations"),
        ("tr", 1, 1, "1 kurumdan 1 katılımcı"),
        ("tr", 12, 3, "3 kurumdan 12 katılımcı"),
    ],
)
def test_the_figures_line_counts_in_words(language, n, m, expected):
    assert DocumentLabels(language).text("figures_line", n=n, m=m) == expected


def test_a_text_without_counts_is_printed_as_written():
    assert DocumentLabels("en").text("page_of", page=1, pages=6) == "Page 1 of 6"
    # "5." and "çalıştay" are held together by a no-break space: never parted by a line end.
    assert DocumentLabels("tr").text("workshop_n", n=5) == "5.\u00a0çalıştay"
