"""The end of the session, inside the live screen: what was reached and what was not, the
notes, decisions and commitments, speaking time by sector, and the keys that go on from
there (the minutes, reopening). No dialog: the moderator reads it where they typed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from facilitator.services.live import ItemStatus, SessionSummary
from facilitator.ui.commitments.commitment_labels import contribution_label
from facilitator.ui.decisions.decision_labels import outcome_label
from facilitator.ui.kit.labels import fill, note_kind_label, sector_label
from facilitator.ui.kit.timefmt import clock


def _minutes(seconds: int) -> int:
    return (seconds + 30) // 60


class SummaryPanel(QWidget):
    """The summary of an ended session; :meth:`show_summary` fills it, :meth:`text` reads it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("summaryTitle")
        self.title.setTextFormat(Qt.PlainText)
        self.title.setWordWrap(True)
        self.keys = QLabel()
        self.keys.setObjectName("summaryKeys")
        self.keys.setTextFormat(Qt.PlainText)
        self.keys.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setObjectName("summaryBody")
        self.body.setOpenLinks(False)
        self.body.setFocusPolicy(Qt.ClickFocus)  # the screen's keys stay with the screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.keys)
        layout.addWidget(self.body, 1)

    def text(self) -> str:
        """Everything the panel says, as plain text (what a test or a screen reader reads)."""
        return "\n".join((self.title.text(), self.keys.text(), self.body.toPlainText()))

    def show_summary(self, summary: SessionSummary, keys: str) -> None:
        if summary.started_at is not None and summary.ended_at is not None:
            length = _minutes(int((summary.ended_at - summary.started_at).total_seconds()))
            self.title.setText(
                self.tr("The session has ended: %1–%2, %3 min.")
                .replace("%1", clock(summary.started_at, summary.time_zone))
                .replace("%2", clock(summary.ended_at, summary.time_zone))
                .replace("%3", str(length))
            )
        else:
            self.title.setText(self.tr("The session has ended."))
        self.keys.setText(keys)
        parts: list[str] = []

        def section(heading: str, lines: list[str]) -> None:
            parts.append(f"<h3>{escape(heading)}</h3>")
            if lines:
                parts.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
            else:
                nothing = self.tr("None.")
                parts.append(f"<p>{escape(nothing)}</p>")

        reached = summary.reached
        section(
            self.tr("Agenda items reached: %1 of %2")
            .replace("%1", str(len(reached)))
            .replace("%2", str(len(summary.items))),
            [
                escape(
                    fill(
                        self.tr("%1 — %2 min (planned %3)"),
                        item.title,
                        item.actual_minutes or 0,
                        item.planned_minutes,
                    )
                )
                for item in reached
            ],
        )
        missed = [i for i in summary.items if i.status is not ItemStatus.DONE]
        if missed:
            section(
                self.tr("Not reached: %1").replace("%1", str(len(missed))),
                [
                    escape(fill(self.tr("%1 (planned %2 min)"), item.title, item.planned_minutes))
                    for item in missed
                ],
            )
        section(
            self.tr("Notes: %1").replace("%1", str(summary.note_count)),
            [escape(f"{note_kind_label(kind)}: {n}") for kind, n in summary.notes_by_kind],
        )
        section(
            self.tr("Decisions: %1").replace("%1", str(len(summary.decisions))),
            [
                escape(
                    " ".join(p for p in (d.label, d.title) if p) + f" — {outcome_label(d.outcome)}"
                )
                for d in summary.decisions
            ],
        )
        section(
            self.tr("Commitments: %1").replace("%1", str(len(summary.commitments))),
            [
                escape(
                    f"{c.organization_name}: {c.title} ({contribution_label(c.contribution_type)})"
                )
                for c in summary.commitments
            ],
        )
        section(
            self.tr("Speaking time by sector"),
            [
                escape(
                    self.tr("%1: %2 min (speakers: %3)")
                    .replace(
                        "%1",
                        sector_label(t.sector) if t.sector else self.tr("No organization"),
                    )
                    .replace("%2", str(_minutes(t.seconds)))
                    .replace("%3", str(t.speakers))
                )
                for t in summary.speaking_by_sector
            ],
        )
        self.body.setHtml("".join(parts))
