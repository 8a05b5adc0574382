"""The minutes as HTML for WeasyPrint: the yardstick ``benchmarks/documents.py`` measures our
PDF against. Not part of the app (WeasyPrint is no dependency of it).

The same content the PDF minutes (facilitator/documents/minutes.py) lay out, with the
same labels and formatting: title and series line, the workshop's details, the summary
(long minutes open with one), participants grouped by organization (absent ones listed
after), figures by sector, agenda, notes per agenda item grouped by kind (bullets, the
speaker after each), decisions with their details and tallies (bars), commitments and the
approval block. A4 pages in the shipped DejaVu Sans, with the running title over a rule
at the top of every page and the issuer, date and "Sayfa n / m" at the foot (CSS
``@page``). Every text goes through :func:`html.escape`. What the large workshop has none
of (reviews of earlier commitments, the next workshop, a version stamp) is not drawn.

    pip install weasyprint
    apt-get install libpango-1.0-0 libpangoft2-1.0-0   # Debian/Ubuntu, when missing
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

from facilitator.documents.blocks import (
    AGENDA_COLUMNS,
    agenda_rows,
    series_line,
    workshop_detail_rows,
)
from facilitator.documents.escape import clean
from facilitator.documents.labels import DocumentLabels
from facilitator.documents.minutes import _NOTE_ORDER, commitment_rows
from facilitator.documents.styles import DEFAULT_ACCENT
from facilitator.text import sort_key

PAGE, PAGES = "\x00", "\x01"  # where the page number and the page count go in "page_of"
FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
INSTALL = (
    "pip install weasyprint (into .venv), plus its Pango libraries "
    "(Debian/Ubuntu: apt-get install libpango-1.0-0 libpangoft2-1.0-0)"
)


def missing() -> str:
    """Why WeasyPrint cannot be used here ("" when it can): not installed, or its
    libraries (Pango) not found. Asked in a child process: importing it here, before our
    own runs, would leave its modules and objects in this one (a fuller heap makes every
    garbage collection of our runs slower) and blur the comparison."""
    import subprocess
    import sys

    child = subprocess.run(
        [sys.executable, "-c", "import weasyprint"], capture_output=True, text=True, check=False
    )
    if child.returncode == 0:
        return ""
    error = (child.stderr.strip().splitlines() or ["?"])[-1]
    if error.startswith(("ModuleNotFoundError", "ImportError")):
        return "not installed"
    return f"cannot load ({error})"


def write_weasy_minutes(path: Path, data, *, summary: bool, language: str = "tr") -> int:
    """Render the minutes of ``data`` from HTML to the PDF ``path``; returns its pages."""
    from weasyprint import HTML

    document = HTML(string=minutes_html(data, summary=summary, language=language)).render()
    document.write_pdf(path)
    return len(document.pages)


def e(text) -> str:
    """``text`` (any value) escaped for HTML, its line breaks kept."""
    return html.escape(clean(text)).replace("\n", "<br>")


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal (for the page boxes' ``content``)."""
    value = clean(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{value}"'


def _font_faces() -> str:
    faces = (
        ("DejaVuSans.ttf", "normal", "normal"),
        ("DejaVuSans-Bold.ttf", "bold", "normal"),
        ("DejaVuSans-Oblique.ttf", "normal", "italic"),
        ("DejaVuSans-BoldOblique.ttf", "bold", "italic"),
    )
    return "\n".join(
        f"@font-face {{ font-family: 'DejaVu Sans App'; src: url('{(FONTS / file).as_uri()}');"
        f" font-weight: {weight}; font-style: {style}; }}"
        for file, weight, style in faces
    )


def _css(running_title: str, footer: str, page_of: str) -> str:
    """The page and the styles of minutes.py/styles.py (sizes in points, 16 mm margins)."""
    # "Sayfa {page} / {pages}" came with the two numbers as PAGE and PAGES: CSS counters.
    counters = {PAGE: "counter(page)", PAGES: "counter(pages)"}
    numbers = " ".join(
        counters.get(part) or _css_string(part)
        for part in re.split("([\x00\x01])", page_of)
        if part
    )
    accent = DEFAULT_ACCENT
    shade = "rgba(31, 95, 139, 0.12)"
    return f"""{_font_faces()}
@page {{
  size: A4; margin: 18.6mm 16mm 18.6mm 16mm;
  @top-center {{ content: {_css_string(running_title)}; width: 100%; vertical-align: bottom;
    font: 7.5pt 'DejaVu Sans App'; color: {accent}; padding-bottom: 1.5mm;
    border-bottom: 1.2pt solid {accent}; margin-bottom: 1.6mm; }}
  @bottom-left {{ content: {_css_string(footer)}; width: 70%; vertical-align: top;
    font: 7.5pt 'DejaVu Sans App'; color: #555555; border-top: 0.5pt solid #b8b8b8;
    padding-top: 1.5mm; margin-top: 5.1mm; }}
  @bottom-right {{ content: {numbers}; width: 30%; vertical-align: top; text-align: right;
    font: 7.5pt 'DejaVu Sans App'; color: #555555; border-top: 0.5pt solid #b8b8b8;
    padding-top: 1.5mm; margin-top: 5.1mm; }}
}}
body {{ font: 9.5pt/12.5pt 'DejaVu Sans App'; color: #222222; margin: 0; }}
p {{ margin: 0 0 3pt 0; }}
.title {{ font-size: 17pt; line-height: 21pt; font-weight: bold; color: {accent};
  margin: 0 0 4pt 0; }}
.subtitle {{ font-size: 11pt; line-height: 14pt; margin: 0 0 8pt 0; }}
h1, h2, h3 {{ font-weight: bold; break-after: avoid; }}
h1 {{ font-size: 13pt; line-height: 16pt; color: {accent}; margin: 10pt 0 5pt 0; }}
h2 {{ font-size: 11pt; line-height: 14pt; margin: 7pt 0 3pt 0; }}
h3 {{ font-size: 9.5pt; line-height: 12.5pt; color: {accent}; margin: 4pt 0 2pt 0; }}
ul {{ margin: 0; padding: 0 0 0 11pt; }}
li {{ margin: 0 0 3pt 0; }}
.small {{ font-size: 7.5pt; line-height: 9.5pt; color: #555555; }}
.sector {{ font-size: 7.5pt; color: #555555; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 10.5pt;
  margin: 0 0 3pt 0; table-layout: fixed; }}
td, th {{ border-bottom: 0.25pt solid #b8b8b8; padding: 2pt 3pt 3pt 3pt; vertical-align: top;
  text-align: left; overflow-wrap: anywhere; }}
th {{ font-size: 8pt; line-height: 10pt; font-weight: bold; background: {shade};
  border-bottom: 0.8pt solid {accent}; }}
tr {{ break-inside: avoid; }}
.details th {{ background: none; border-bottom: 0.25pt solid #b8b8b8; width: 24%; }}
.group td {{ background: {shade}; break-after: avoid; }}
.right {{ text-align: right; }}
.figures {{ width: 60%; }}
.tally {{ width: 80%; }}
.bar {{ display: block; height: 7pt; margin-top: 1pt; background: {accent}; }}
.keep {{ break-inside: avoid; }}
.approval td {{ border: none; padding: 0 18pt 0 0; width: 50%; }}
.approval .sign td {{ height: 28pt; border-bottom: 0.25pt solid #b8b8b8; }}
"""


def _table(header, rows, widths, *, css_class="", right=()) -> str:
    """A table with its header row (repeated on every page); cells are escaped text, or
    markup when given as ``("html", markup)``."""
    cols = "".join(f'<col style="width:{w}%">' for w in widths)
    head = "".join(
        f"<th{' class=right' if n in right else ''}>{e(h)}</th>" for n, h in enumerate(header)
    )
    body = []
    for row in rows:
        cells = "".join(
            f"<td{' class=right' if n in right else ''}>"
            f"{cell[1] if isinstance(cell, tuple) else e(cell)}</td>"
            for n, cell in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return (
        f'<table class="{css_class}"><colgroup>{cols}</colgroup>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _details(rows) -> str:
    """Label/value pairs in two columns, rows without a value left out."""
    kept = "".join(
        f"<tr><th>{e(label)}</th><td>{e(value)}</td></tr>"
        for label, value in rows
        if value not in ("", None)
    )
    return f'<table class="details"><tbody>{kept}</tbody></table>' if kept else ""


def minutes_html(data, *, summary: bool, language: str = "tr") -> str:
    """The minutes of ``data`` as one HTML document."""
    w = data.workshop
    labels = DocumentLabels(language, w.time_zone)
    name = labels.text("minutes")
    page_of = labels.text("page_of", page=PAGE, pages=PAGES)
    footer = labels.text("generated", date=labels.short_date(datetime.now().astimezone()))
    if w.organizer:
        footer = f"{w.organizer}  ·  {footer}"
    out = [
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">',
        f"<title>{e(f'{name}: {w.title}')}</title>",
        f'<meta name="author" content="{e(w.organizer or w.host or w.moderator)}">',
        f"<style>{_css(f'{name} — {w.title}', footer, page_of)}</style>",
        "</head><body>",
        f'<p class="subtitle">{e(name)}</p><h1 class="title">{e(w.title)}</h1>',
    ]
    line = series_line(w.series_title, w.number, labels, w.title)
    if line:
        out.append(f'<p class="subtitle">{e(line)}</p>')
    out.append(_details(workshop_detail_rows(w, labels, actual=True)))
    if summary:
        out += _summary(data, labels)
    out += _participants(data, labels)
    out += _figures(data, labels)
    out += _agenda(data, labels)
    out += _notes(data, labels)
    out += _decisions(data, labels)
    out += _commitments(data, labels)
    out += _approval(data, labels)
    out.append("</body></html>")
    return "\n".join(out)


def _summary(data, labels) -> list[str]:
    out = [f"<h1>{e(labels.text('summary'))}</h1>", f"<h3>{e(labels.text('decisions'))}</h3><ul>"]
    for d in data.decisions:
        title = f"{labels.text('decision_n', label=d.label)} — {d.title}" if d.label else d.title
        outcome = labels.enum("outcome", d.outcome) if d.outcome else labels.text("undecided")
        out.append(f"<li>{e(title)}: <b>{e(outcome)}</b></li>")
    out.append("</ul>")
    by_org = Counter(c.organization for c in data.commitments)
    out.append(
        f"<h3>{e(labels.text('commitments_by_organization'))} ({len(data.commitments)})</h3>"
    )
    counts = sorted(by_org.items(), key=lambda kv: (sort_key(kv[0]), kv[0]))
    out.append("<p>" + " · ".join(f"{e(org or '—')}: <b>{n}</b>" for org, n in counts) + "</p>")
    return out


def _participants(data, labels) -> list[str]:
    present = [p for p in data.participants if p.attendance == "present"]
    by_org: dict[str, list] = defaultdict(list)
    for p in present:
        by_org[p.organization].append(p)
    header = "".join(
        f"<th>{e(labels.text(key))}</th>" for key in ("name", "job_position", "role", "contact")
    )
    body = []
    for org in sorted(by_org, key=lambda o: (o == "", sort_key(o))):
        people = by_org[org]
        sector = labels.enum("sector", people[0].sector) if people[0].sector else ""
        opening = f"<b>{e(org or '—')}</b>"
        if sector:
            opening += f' <span class="sector">· {e(sector)}</span>'
        body.append(f'<tr class="group"><td colspan="4">{opening}</td></tr>')
        for p in people:
            contact = "\n".join(c for c in (p.email, p.phone) if c)
            cells = (p.name, p.position, labels.enum("role", p.role), contact)
            body.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    cols = "".join(f'<col style="width:{w}%">' for w in (24, 27, 13, 36))
    out = [
        f"<h1>{e(labels.text('participants'))}</h1>",
        f"<table><colgroup>{cols}</colgroup><thead><tr>{header}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>",
    ]
    for key in ("absent", "excused"):
        names = [p for p in data.participants if p.attendance == key]
        if names:
            listed = "; ".join(
                e(p.name) + (f" ({e(p.organization)})" if p.organization else "") for p in names
            )
            out.append(f"<p><b>{e(labels.text(key))}:</b> {listed}</p>")
    return out


def _figures(data, labels) -> list[str]:
    present = [p for p in data.participants if p.attendance == "present"]
    orgs = {p.organization for p in present if p.organization}
    people_by = Counter(p.sector or "other" for p in present)
    orgs_by: Counter = Counter()
    seen = set()
    for p in present:
        if p.organization and p.organization not in seen:
            seen.add(p.organization)
            orgs_by[p.sector or "other"] += 1
    rows = [
        [labels.enum("sector", sector), str(orgs_by.get(sector, 0)), str(count)]
        for sector, count in sorted(people_by.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    rows.append(
        [("html", f"<b>{e(labels.text('total'))}</b>")]
        + [("html", f"<b>{n}</b>") for n in (len(orgs), len(present))]
    )
    return [
        f"<h1>{e(labels.text('figures'))}</h1>",
        f"<p>{e(labels.text('figures_line', n=len(present), m=len(orgs)))}</p>",
        _table(
            [labels.text(k) for k in ("by_sector", "organization", "participants")],
            rows,
            (50, 25, 25),
            css_class="figures",
            right=(1, 2),
        ),
    ]


def _agenda(data, labels) -> list[str]:
    rows = agenda_rows(data, labels)
    header = [labels.text(k) for k in AGENDA_COLUMNS]
    return [f"<h1>{e(labels.text('agenda'))}</h1>", _table(header, rows, (6, 44, 20, 15, 15))]


def _notes(data, labels) -> list[str]:
    out = [f"<h1>{e(labels.text('notes'))}</h1>"]
    by_item: dict[int | None, list] = defaultdict(list)
    for note in data.notes:
        by_item[note.agenda_item_id].append(note)
    for item in data.agenda:
        if item.id not in by_item:
            continue
        out.append(f"<h2>{e(f'{item.position}. {item.title}')}</h2>")
        by_kind: dict[str, list] = defaultdict(list)
        for note in by_item[item.id]:
            by_kind[note.kind].append(note)
        order = sorted(by_kind, key=lambda k: _NOTE_ORDER.index(k) if k in _NOTE_ORDER else 99)
        for kind in order:
            out.append(f"<h3>{e(labels.enum('note_kind', kind))}</h3><ul>")
            for note in by_kind[kind]:
                said = e(note.text)
                if note.speaker:
                    said += f" <i>{e(chr(0xA0).join(('— ' + note.speaker).split()))}</i>"
                out.append(f"<li>{said}</li>")
            out.append("</ul>")
    return out


def _decisions(data, labels) -> list[str]:
    out = [f"<h1>{e(labels.text('decisions'))}</h1>"]
    for d in data.decisions:
        title = f"{labels.text('decision_n', label=d.label)} — {d.title}" if d.label else d.title
        outcome = labels.enum("outcome", d.outcome) if d.outcome else labels.text("undecided")
        rows = [
            (labels.text("proposal_text"), d.text),
            (labels.text("agenda"), d.agenda_item),
            (labels.text("method"), labels.enum("method", d.method)),
            (labels.text("voice"), labels.enum("voice", d.voice)),
            (labels.text("outcome"), outcome),
            (labels.text("statement"), d.statement),
            (labels.text("override"), d.override_reason),
            (labels.text("review_date"), labels.long_date(d.review_date)),
        ]
        out.append(f'<div class="keep"><h2>{e(title)}</h2>{_details(rows)}</div>')
        for rnd in d.rounds:
            if not rnd.tally:
                continue
            most = max((n for _v, n in rnd.tally), default=0) or 1
            rows = [
                [
                    labels.position(rnd.method, value),
                    str(count),
                    ("html", f'<span class="bar" style="width:{100 * count / most:.1f}%"></span>')
                    if count
                    else "",
                ]
                for value, count in rnd.tally
            ]
            header = [labels.text("position"), labels.text("count"), ""]
            reasons = []
            for who, value, reason in rnd.reasons:
                said = e(labels.position(rnd.method, value))
                if who:
                    said += f" {e(chr(0xA0).join(('— ' + who).split()))}"
                if reason:
                    said += f": <i>{e(reason)}</i>"
                reasons.append(f"<li>{said}</li>")
            out.append(
                f'<div class="keep"><h3>{e(labels.text("round_n", n=rnd.number))}</h3>'
                f"{_table(header, rows, (45, 12, 43), css_class='tally', right=(1,))}"
                + (f"<ul>{''.join(reasons)}</ul>" if reasons else "")
                + "</div>"
            )
    return out


def _commitments(data, labels) -> list[str]:
    header = [
        labels.text(k)
        for k in ("organization", "commitment", "contribution", "quantity", "due", "status")
    ]
    out = [
        f"<h1>{e(labels.text('commitments'))}</h1>",
        _table(header, commitment_rows(data.commitments, labels), (21, 25, 15, 13, 12, 14)),
    ]
    if any(c.absent for c in data.commitments):
        out.append(f'<p class="small">{e(labels.text("absent_note"))}</p>')
    return out


def _approval(data, labels) -> list[str]:
    w = data.workshop
    people = (("moderator", w.moderator), ("rapporteur", ", ".join(w.rapporteurs)))
    sign = f"{labels.text('signature')} / {labels.text('date')}"
    rows = [
        "".join(f"<td><b>{e(labels.text(role))}</b></td>" for role, _n in people),
        "".join(f"<td>{e(name)}</td>" for _r, name in people),
        "<td></td><td></td>",
        "".join(f'<td class="small">{e(sign)}</td>' for _p in people),
    ]
    return [
        f'<div class="keep"><h1>{e(labels.text("approval"))}</h1><table class="approval"><tbody>'
        f'<tr>{rows[0]}</tr><tr>{rows[1]}</tr><tr class="sign">{rows[2]}</tr>'
        f"<tr>{rows[3]}</tr></tbody></table></div>"
    ]
