"""E-mail drafts that send the minutes: one ``.eml`` per attendee with an address.

Each draft (Python's :class:`email.message.EmailMessage`) is addressed to one
person, carries a short message in the document's language and the minutes
PDF as an attachment, and is marked unsent so mail programs open it as a
draft. Files get names every file system accepts, and never overwrite one
another.
"""

from __future__ import annotations

import os
import re
import unicodedata
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from pathlib import Path

from facilitator.documents.escape import plain
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.safe_write import write_bytes_atomically
from facilitator.services.documents import Recipient, WorkshopHeader

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = (
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)


def safe_file_name(name: str, suffix: str, *, limit: int = 80) -> str:
    """``name`` made safe as a file name on Windows, macOS and Linux, plus ``suffix``."""
    value = unicodedata.normalize("NFC", plain(name))
    value = _UNSAFE.sub("-", value)
    value = " ".join(value.split()).strip(" .")[:limit].strip(" .")
    if not value or value.upper() in _RESERVED:
        value = f"_{value}" if value else "_"
    return value + suffix


def draft_message(
    recipient: Recipient,
    workshop: WorkshopHeader,
    pdf_name: str,
    pdf_bytes: bytes,
    language: str,
    *,
    sender: str = "",
) -> EmailMessage:
    """One draft to ``recipient`` with the minutes attached."""
    labels = DocumentLabels(language)
    title = plain(workshop.title)
    message = EmailMessage(policy=SMTP)
    message["To"] = formataddr((plain(recipient.name), recipient.email))
    if sender:
        message["From"] = sender
    message["Subject"] = labels.text("email_subject", title=title)
    message["X-Unsent"] = "1"  # Outlook and others open the file as a draft to send
    day = labels.long_date(workshop.actual_start or workshop.planned_start)
    body = "\n\n".join(
        [
            labels.text("email_greeting", name=plain(recipient.name)),
            labels.text("email_body", title=title, date=day),
            labels.text("email_closing"),
        ]
    )
    message.set_content(body + "\n")
    message.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename=pdf_name)
    return message


def write_email_drafts(
    folder: str | os.PathLike,
    recipients: tuple[Recipient, ...] | list[Recipient],
    workshop: WorkshopHeader,
    pdf_path: str | os.PathLike,
    language: str,
    *,
    sender: str = "",
) -> list[Path]:
    """Write one ``.eml`` per recipient into ``folder``; returns the files written."""
    target = Path(folder)
    pdf = Path(pdf_path)
    pdf_bytes = pdf.read_bytes()
    used: set[str] = {p.name.casefold() for p in target.iterdir()} if target.is_dir() else set()
    written = []
    for recipient in recipients:
        message = draft_message(recipient, workshop, pdf.name, pdf_bytes, language, sender=sender)
        name = safe_file_name(recipient.name or recipient.email, ".eml")
        stem, n = name[:-4], 2
        while name.casefold() in used:
            name = f"{stem} ({n}).eml"
            n += 1
        used.add(name.casefold())
        written.append(write_bytes_atomically(target / name, message.as_bytes()))
    return written
