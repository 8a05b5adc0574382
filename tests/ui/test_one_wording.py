"""One wording for one thing: what the interface calls a sector, role, status, method,
position, outcome, contribution or unit is what the documents call it, in Turkish and in
English ("2 Küçük bir çekinceyle destek" on the live grid and in the minutes, "200 gönüllü
saati" in the app and on the roadmap)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from facilitator.documents.labels import DocumentLabels
from facilitator.models import DecisionMethod, enums
from facilitator.services import consensus
from facilitator.ui.app import Translators
from facilitator.ui.commitments import commitment_labels as commitment
from facilitator.ui.decisions import decision_labels as decision
from facilitator.ui.kit import labels as kit
from facilitator.ui.workshop.agenda_table_model import kind_label

# vocabulary of documents/labels.py → (the stored values, the interface's label)
VOCABULARIES = {
    "sector": (enums.Sector, kit.sector_label),
    "role": (enums.Role, kit.role_label),
    "workshop_status": (enums.WorkshopStatus, kit.status_label),
    "attendance": (enums.Attendance, kit.attendance_label),
    "agenda_kind": (enums.AgendaKind, kind_label),
    "method": (enums.DecisionMethod, decision.method_label),
    "voice": (enums.Voice, decision.voice_label),
    "outcome": (enums.Outcome, decision.outcome_label),
    "contribution": (enums.ContributionType, commitment.contribution_label),
    "commitment_status": (enums.CommitmentStatus, commitment.status_label),
    "unit": (enums.QuantityUnit, commitment.unit_label),
}


@pytest.fixture(params=["en", "tr"])
def interface_language(request, qapp):
    """The interface in each language, as the app sets it up."""
    locale = QLocale()
    translators = Translators(qapp)
    translators.use(request.param)
    yield request.param
    translators.remove_all()
    QLocale.setDefault(locale)


@pytest.mark.parametrize("vocabulary", sorted(VOCABULARIES))
def test_the_interface_names_each_value_as_the_documents_do(interface_language, vocabulary):
    values, label = VOCABULARIES[vocabulary]
    words = DocumentLabels(interface_language)
    differ = [
        (value.value, label(value), words.enum(vocabulary, value))
        for value in values
        if label(value) != words.enum(vocabulary, value)
    ]
    assert differ == [], f"{vocabulary}: (value, app, documents)"


@pytest.mark.parametrize("method", list(DecisionMethod))
def test_positions_read_the_same_on_the_grid_and_in_the_minutes(interface_language, method):
    words = DocumentLabels(interface_language)
    differ = [
        (value, decision.value_label(method, value), words.position(method, value))
        for value in consensus.scale(method)
        if decision.value_label(method, value) != words.position(method, value)
    ]
    assert differ == []


def test_the_live_grid_and_the_pdf_share_the_minor_reservation(qapp):
    """The issue's case: "Küçük bir itirazla…" on the grid, "Küçük bir çekinceyle destek"
    in the PDF."""
    locale = QLocale()
    translators = Translators(qapp)
    translators.use("tr")
    try:
        assert decision.value_label(DecisionMethod.GRADIENTS, "2") == (
            "2 Küçük bir çekinceyle destek"
        )
        assert commitment.format_quantity(Decimal(200), enums.QuantityUnit.VOLUNTEER_HOURS) == (
            "200 gönüllü saati"
        )
    finally:
        translators.remove_all()
        QLocale.setDefault(locale)


@pytest.mark.parametrize(
    "amount", [Decimal(200), Decimal("12500.50"), Decimal("1234567"), Decimal("2.5")]
)
def test_amounts_read_the_same_in_the_app_and_the_documents(interface_language, amount):
    words = DocumentLabels(interface_language)
    for unit in enums.QuantityUnit:
        assert commitment.format_quantity(amount, unit) == words.quantity(amount, unit)


def test_a_note_kind_is_the_singular_of_its_heading_in_the_minutes(interface_language):
    """The interface names one note's kind, the minutes head a group of them: "Görüş" /
    "Görüşler", "Question" / "Questions"."""
    words = DocumentLabels(interface_language)
    endings = ("", "s") if interface_language == "en" else ("", "lar", "ler")
    differ = [
        (kind.value, kit.note_kind_label(kind), words.enum("note_kind", kind))
        for kind in enums.NoteKind
        if words.enum("note_kind", kind) not in {kit.note_kind_label(kind) + e for e in endings}
    ]
    assert differ == []
