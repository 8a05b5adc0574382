"""Translated labels for the stored vocabularies (enum values → words a user reads)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.models.enums import Sector, WorkshopStatus


def sector_label(sector: Sector) -> str:
    return {
        Sector.COMPANY: QCoreApplication.translate("Labels", "Company"),
        Sector.NGO: QCoreApplication.translate("Labels", "NGO / association"),
        Sector.FOUNDATION: QCoreApplication.translate("Labels", "Foundation"),
        Sector.UNIVERSITY: QCoreApplication.translate("Labels", "University"),
        Sector.PUBLIC: QCoreApplication.translate("Labels", "Public body"),
        Sector.INTERNATIONAL: QCoreApplication.translate("Labels", "International"),
        Sector.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[Sector(sector)]


def status_label(status: WorkshopStatus) -> str:
    return {
        WorkshopStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        WorkshopStatus.SCHEDULED: QCoreApplication.translate("Labels", "Scheduled"),
        WorkshopStatus.IN_SESSION: QCoreApplication.translate("Labels", "In session"),
        WorkshopStatus.HELD: QCoreApplication.translate("Labels", "Held"),
        WorkshopStatus.MINUTES_SENT: QCoreApplication.translate("Labels", "Minutes sent"),
    }[WorkshopStatus(status)]


def language_label(code: str) -> str:
    return {"tr": "Türkçe", "en": "English"}.get(code, code)
