"""E-mail drafts that send the minutes: one ``.eml`` per attendee with an address.

Each draft (Python's :class:`email.message.EmailMessage`) is addressed to one
person, carries a short message in the document's language and the minutes
PDF as an attachment, and is marked unsent so mail programs open it as a
draft. Files get names every file system accepts, and never overwrite one
another.

Addresses may hold non-ASCII letters (``cem@örnek.com.tr``): the drafts are
written with the SMTPUTF8 policy, which keeps them as typed. Every draft is
built before any file is written, so an address that cannot be used leaves
the folder untouched and the message names the person.
"""

from __future__ import annotations

import email
import os
import re
import unicodedata
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTPUTF8
from email.policy import default as default_policy
from pathlib import Path

from facilitator.documents.escape import plain
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.safe_write import write_bytes_atomically
from facilitator.errors import FacilitatorError
from facilitator.i18n import translate
from facilitator.services.document_data import Recipient, WorkshopHeader


class DraftError(FacilitatorError):
    """E-mail drafts could not be made (the message names whose address is the problem)."""


# One "@", something before it, a dot in the part after it; nothing a header would
# read as syntax (quotes, brackets, commas, spaces, controls).
_PART = r'[^@\s<>()\[\],;:"\\\x00-\x1f\x7f]'
_ADDRESS = re.compile(rf"^{_PART}+@{_PART}+\.{_PART[:-1]}.]+$")


@dataclass(frozen=True)
class Sender:
    """Who sends the minutes (the app's Settings): the signature and the From line."""

    name: str = ""
    role: str = ""  # "Proje koordinatörü, Kent Gönüllüleri Derneği"
    email: str = ""


# The correction round: which version is attached, by when corrections are due.
_ROUND = {
    "thanks": (
        "Thank you for taking part in “{title}” on {date}.",
        "{date} tarihinde yapılan “{title}” çalıştayına katılımınız için teşekkür ederiz.",
    ),
    "draft": (
        "The draft minutes (version {number}) are attached.",
        "Tutanak taslağı ({number}. sürüm) ektedir.",
    ),
    "final": (
        "The final minutes (version {number}) are attached.",
        "Kesinleşmiş tutanak ({number}. sürüm) ektedir.",
    ),
    "deadline": (
        "Please send your corrections by {date}, replying to this message.",
        "Düzeltmelerinizi {date} tarihine kadar bu iletiyi yanıtlayarak gönderebilirsiniz.",
    ),
}


def _round_words(labels: DocumentLabels, key: str, **values) -> str:
    return _ROUND[key][0 if labels.language == "en" else 1].format(**values)


# Headers folded only past RFC 5322's hard limit: Python folds a long UTF-8 Subject
# right after "Subject:", which some mail programs show with a leading space.
_POLICY = SMTPUTF8.clone(max_line_length=998)


def usable_address(address: str) -> bool:
    """Whether ``address`` can be put in a draft's To: line as it is."""
    return bool(_ADDRESS.match(address.strip()))


def _to_header(name: str, address: str) -> str:
    """'"Name" <address>' with the name quoted, so commas or brackets in it stay in it."""
    shown = plain(name).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{shown}" <{address}>' if shown else f"<{address}>"


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
    sender: str | Sender = "",
    stamp=None,
) -> EmailMessage:
    """One draft to ``recipient`` with the minutes attached.

    ``stamp`` (a :class:`~facilitator.documents.minutes_versions.VersionStamp`) names the
    version attached and, for a draft, the day corrections are due; ``sender`` signs it.
    """
    labels = DocumentLabels(language, workshop.time_zone)
    title = plain(workshop.title)
    address = recipient.email.strip()
    if not usable_address(address):
        raise DraftError(_unusable([recipient]))
    message = EmailMessage(policy=_POLICY)
    message["To"] = _to_header(recipient.name, address)
    signer = sender if isinstance(sender, Sender) else Sender(email=sender)
    if signer.email and usable_address(signer.email.strip()):
        message["From"] = _to_header(signer.name, signer.email.strip())
    message["Subject"] = labels.text("email_subject", title=title)
    message["X-Unsent"] = "1"  # Outlook and others open the file as a draft to send
    day = labels.long_date(workshop.actual_start or workshop.planned_start)
    paragraphs = [labels.text("email_greeting", name=plain(recipient.name))]
    if stamp is not None and not stamp.agenda_only:
        which = _round_words(labels, "final" if stamp.final else "draft", number=stamp.number)
        if not stamp.final and stamp.correction_deadline is not None:
            deadline = labels.long_date(stamp.correction_deadline)
            which += " " + _round_words(labels, "deadline", date=deadline)
        paragraphs.append(_round_words(labels, "thanks", title=title, date=day) + " " + which)
    else:
        paragraphs.append(labels.text("email_body", title=title, date=day))
    signature = "\n".join(p for p in (plain(signer.name), plain(signer.role)) if p)
    paragraphs.append(labels.text("email_closing") + ("\n" + signature if signature else ""))
    body = "\n\n".join(paragraphs)
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
    sender: str | Sender = "",
    pdf_bytes: bytes | None = None,
    stamp=None,
) -> list[Path]:
    """Write one ``.eml`` per recipient into ``folder``; returns the files written.

    Every draft is built first: a recipient whose address cannot be used raises
    :class:`DraftError` naming them, and nothing is written. With ``pdf_bytes``
    the minutes are written to ``pdf_path`` too, after the drafts were built.
    """
    target = Path(folder)
    pdf = Path(pdf_path)
    attached = pdf.read_bytes() if pdf_bytes is None else pdf_bytes
    payloads = build_drafts(
        recipients, workshop, pdf.name, attached, language, sender=sender, stamp=stamp
    )
    if pdf_bytes is not None:
        write_bytes_atomically(pdf, pdf_bytes)
    used: set[str] = {p.name.casefold() for p in target.iterdir()} if target.is_dir() else set()
    written = []
    for recipient, payload in zip(recipients, payloads, strict=True):
        name = safe_file_name(recipient.name or recipient.email, ".eml")
        stem, n = name[:-4], 2
        while name.casefold() in used:
            name = f"{stem} ({n}).eml"
            n += 1
        used.add(name.casefold())
        written.append(write_bytes_atomically(target / name, payload))
    return written


def _unusable(recipients) -> str:
    names = ", ".join(f"{plain(r.name) or '—'} <{plain(r.email)}>" for r in recipients)
    return translate(
        "Errors", "These e-mail addresses cannot be used, so no draft was written: {names}"
    ).format(names=names)


def build_drafts(
    recipients,
    workshop: WorkshopHeader,
    pdf_name: str,
    pdf_bytes: bytes,
    language: str,
    *,
    sender: str | Sender = "",
    stamp=None,
) -> list[bytes]:
    """Every draft as bytes, checked by reading it back, before any file is written."""
    bad = [r for r in recipients if not usable_address(r.email)]
    if bad:
        raise DraftError(_unusable(bad))
    payloads = []
    for recipient in recipients:
        try:
            message = draft_message(
                recipient, workshop, pdf_name, pdf_bytes, language, sender=sender, stamp=stamp
            )
            payload = message.as_bytes()
            # Read back as a UTF-8 mail program reads it (the headers are raw UTF-8).
            back = email.message_from_string(payload.decode("utf-8"), policy=default_policy)
            addresses = back["To"].addresses
            if [a.addr_spec for a in addresses] != [recipient.email.strip()]:
                raise ValueError(recipient.email)
        except (ValueError, UnicodeError, IndexError, AttributeError) as exc:
            raise DraftError(_unusable([recipient])) from exc
        payloads.append(payload)
    return payloads
