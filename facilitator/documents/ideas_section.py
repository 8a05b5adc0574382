"""The minutes' "Ideas and priorities" section, in the PDF and in the Word minutes alike.

:func:`ideas_blocks` turns the section's data into a plain list of blocks (headings,
lines, tables, bullets) in the order the reader meets them; :func:`pdf_flow` and
:func:`word_body` lay the same blocks out, so both files always hold the same content in
the same order. The clusters with their ideas (who put each forward, unless the minutes
are anonymised), each closed dot round (its question, the dots each voter had, who took
part, the totals by cluster and by idea with their rank and their split by sector, the
ideas and clusters whose support differs sharply between sectors) and what was taken
forward (a decision, a proposal, a commitment).

Text in blocks is plain, or runs ``[(text, flags)]`` with the flags of
:mod:`facilitator.documents.docx_base` (b, i, s, g): the PDF escapes it through
:func:`facilitator.documents.escape.para_text`, Word through ``word_text``.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.documents.labels import DocumentLabels
from facilitator.services.minutes_ideas import DotLine, DotRoundLine, Forward, IdeasSection

TIED = "="  # after a shared rank: "2="
SPLIT = "†"  # after a target whose support differs sharply between sectors
ZERO = "–"  # no dots from that sector


@dataclass(frozen=True)
class Block:
    """One piece of the section: ``kind`` h1, h2, h3, line, note, details, groups, table
    or bullets, with what it holds."""

    kind: str
    text: str = ""
    header: tuple = ()
    rows: tuple = ()  # table rows; groups: (opening runs, continued runs, rows); bullets: runs
    fractions: tuple = ()
    right: tuple = ()


def _forward(to: Forward, labels: DocumentLabels) -> str:
    if to.kind == "decision":
        return labels.text("to_decision", label=to.label, title=to.title)
    if to.kind == "commitment":
        key = "to_commitment" if to.label else "to_commitment_bare"
        return labels.text(key, title=to.title, label=to.label)
    return labels.text("to_proposal", title=to.title)


def _source(idea) -> str:
    return "\n".join(part for part in (idea.author, idea.organization) if part)


def _idea_row(idea, labels: DocumentLabels, anonymise: bool) -> list:
    text = [(idea.text, "")]
    for to in idea.promoted:
        text.append((f"\n→ {_forward(to, labels)}", "sg"))
    return [text] if anonymise else [text, _source(idea)]


def _group(name_runs: list, count: int, promoted, labels: DocumentLabels):
    info = f" · {labels.text('idea_n', n=count)}"
    info += "".join(f" · → {_forward(to, labels)}" for to in promoted)
    opening = [*name_runs, (info, "sg")]
    continued = [*name_runs, (f" {labels.text('continued')}", "sg")]
    return opening, continued


def _clusters(section: IdeasSection, labels: DocumentLabels, anonymise: bool) -> list[Block]:
    groups = []
    for cluster in section.clusters:
        opening, continued = _group(
            [(cluster.name, "b")], len(cluster.ideas), cluster.promoted, labels
        )
        rows = tuple(_idea_row(i, labels, anonymise) for i in cluster.ideas)
        groups.append((opening, continued, rows))
    if section.unclustered:
        opening, continued = _group(
            [(labels.text("not_clustered"), "bi")], len(section.unclustered), (), labels
        )
        rows = tuple(_idea_row(i, labels, anonymise) for i in section.unclustered)
        groups.append((opening, continued, rows))
    if not groups:
        return []
    header = (
        (labels.text("idea"),) if anonymise else (labels.text("idea"), labels.text("idea_source"))
    )
    return [
        Block("h2", labels.text("clusters_ideas")),
        Block(
            "groups",
            header=header,
            rows=tuple(groups),
            fractions=(1.0,) if anonymise else (0.68, 0.32),
        ),
    ]


def _voice_text(rnd: DotRoundLine, labels: DocumentLabels) -> str:
    key = {"person": "dots_per_person", "organization": "dots_per_organization"}.get(
        rnd.voice, "dots_counted"
    )
    return labels.text(key, n=rnd.budget)


def _turnout(rnd: DotRoundLine, labels: DocumentLabels) -> str:
    if rnd.voice == "counts":
        return labels.text("dots_total", d=rnd.dots)
    key = "voters_organization" if rnd.voice == "organization" else "voters_person"
    return labels.text(key, v=rnd.voters, d=rnd.dots)


def _dot_table(
    lines: tuple[DotLine, ...], rnd: DotRoundLine, target: str, labels: DocumentLabels
) -> Block:
    """Rank, the idea or cluster, its dots by sector, its dots in all."""
    sectors = [sector for sector, _dots in rnd.sectors]
    unassigned = rnd.voice != "counts" and any(
        line.dots > sum(n for _s, n in line.by_sector) for line in lines
    )
    header = [labels.text("rank"), target]
    header += [labels.enum("sector", s) for s in sectors]
    if unassigned:
        header.append(labels.text("no_sector"))
    header.append(labels.text("dots"))
    rows = []
    for line in lines:
        split = dict(line.by_sector)
        label = line.label + (f"\u00a0{SPLIT}" if line.splits else "")  # never alone on a line
        row = [f"{line.rank}{TIED if line.tied else ''}", label]
        row += [str(split[s]) if split.get(s) else ZERO for s in sectors]
        if unassigned:
            rest = line.dots - sum(split.values())
            row.append(str(rest) if rest else ZERO)
        row.append([(str(line.dots), "b")])
        rows.append(row)
    numbers = len(header) - 2
    # Wide enough for a sector's longest word in the header ("Uluslararası", "Foundation"):
    # Word cannot make a header smaller to fit, as the PDF does.
    label_share = max(0.25, 0.93 - 0.125 * numbers)
    return Block(
        "table",
        header=tuple(header),
        rows=tuple(rows),
        fractions=(0.07, label_share, *([0.125] * numbers)),
        right=(0, *range(2, len(header))),
    )


def _split_line(line: DotLine, kind: str, rnd: DotRoundLine, labels: DocumentLabels) -> list:
    split = dict(line.by_sector)
    shares = []
    for sector, total in rnd.sectors:
        n = split.get(sector, 0)
        share = labels.percent(n / total if total else 0)
        shares.append(
            labels.text("split_share", sector=labels.enum("sector", sector), n=n, share=share)
        )
    name = labels.text(f"promoted_{kind}", name=line.label)
    return [(name, "b"), (": " + " · ".join(shares), "")]


def _round(rnd: DotRoundLine, labels: DocumentLabels) -> list[Block]:
    blocks = [
        Block("h2", labels.text("dot_round_n", n=rnd.number)),
        Block(
            "details",
            rows=(
                (labels.text("question"), rnd.question),
                (labels.text("dots_each"), _voice_text(rnd, labels)),
                (labels.text("turnout"), _turnout(rnd, labels)),
                (labels.text("time"), labels.time_range(rnd.opened_at, rnd.closed_at)),
            ),
        ),
    ]
    if not rnd.dots:
        return [*blocks, Block("line", labels.text("no_dots"))]
    shown = []
    if rnd.clusters:
        shown.append(("cluster", rnd.clusters, "by_cluster"))
    if rnd.ideas:
        shown.append(("idea", rnd.ideas, "by_idea"))
    for kind, lines, title in shown:
        blocks.append(Block("h3", labels.text(title)))
        blocks.append(_dot_table(lines, rnd, labels.text(kind), labels))
        if kind == "idea":
            blocks.append(Block("note", labels.text("by_idea_note")))
    every = [line for _k, lines, _t in shown for line in lines]
    notes = []
    if any(line.tied for line in every):
        notes.append(labels.text("tie_note"))
    if any(line.splits for line in every):
        notes.append(labels.text("split_note"))
    if notes:
        blocks.append(Block("note", "\n".join(notes)))
    splits = [
        _split_line(line, kind, rnd, labels)
        for kind, lines, _t in shown
        for line in lines
        if line.splits
    ]
    if splits:
        blocks += [
            Block("h3", labels.text("splits")),
            Block("bullets", rows=tuple(splits)),
            Block("note", labels.text("split_share_note")),
        ]
    return blocks


def ideas_blocks(
    section: IdeasSection | None, labels: DocumentLabels, *, anonymise: bool = False
) -> list[Block]:
    """The section as blocks in reading order; none when the board was not used."""
    if section is None:
        return []
    blocks = [
        Block("h1", labels.text("ideas")),
        Block(
            "line",
            labels.text("ideas_line", n=section.idea_count, m=len(section.clusters)),
        ),
    ]
    blocks += _clusters(section, labels, anonymise)
    for rnd in section.rounds:
        blocks += _round(rnd, labels)
    if section.promotions:
        lines = tuple(
            [(labels.text(f"promoted_{p.kind}", name=p.source), "b"),
             (f" → {_forward(p.to, labels)}", "")]
            for p in section.promotions
        )  # fmt: skip
        blocks += [Block("h2", labels.text("promoted")), Block("bullets", rows=lines)]
    return blocks


# -- the PDF ---------------------------------------------------------------------------


def _markup(runs) -> str:
    """Runs as reportlab markup, every text escaped."""
    from facilitator.documents.escape import para_text

    if isinstance(runs, str):
        return para_text(runs)
    out = []
    for text, flags in runs:
        piece = para_text(text)
        if "b" in flags:
            piece = f"<b>{piece}</b>"
        if "i" in flags:
            piece = f"<i>{piece}</i>"
        if "s" in flags or "g" in flags:
            size = ' size="7.5"' if "s" in flags else ""
            colour = ' color="#555555"' if "g" in flags else ""
            piece = f"<font{size}{colour}>{piece}</font>"
        out.append(piece)
    return "".join(out)


def pdf_flow(blocks: list[Block], styles, width) -> list:
    """The blocks as reportlab flowables."""

    from facilitator.documents.blocks import (
        data_table,
        details_table,
        grouped_table,
        markup,
        para,
    )
    from facilitator.documents.template import heading

    def cell(value, style):
        return value if isinstance(value, str) else markup(_markup(value), style)

    flow: list = []
    for b in blocks:
        if b.kind in ("h1", "h2"):
            level = 0 if b.kind == "h1" else 1
            flow.append(heading(b.text, styles.h1 if level == 0 else styles.h2, level))
        elif b.kind == "h3":
            flow.append(para(b.text, styles.h3))
        elif b.kind == "line":
            flow.append(para(b.text, styles.body))
        elif b.kind == "note":
            flow.append(para(b.text, styles.small))
        elif b.kind == "details":
            table = details_table(b.rows, styles, width)
            if table is not None:
                flow.append(table)
        elif b.kind == "groups":
            groups = [
                (
                    markup(_markup(opening), styles.cell),
                    markup(_markup(more), styles.cell),
                    [[cell(c, styles.cell) for c in row] for row in rows],
                )
                for opening, more, rows in b.rows
            ]
            flow.append(grouped_table(list(b.header), groups, b.fractions, styles, width))
        elif b.kind == "table":
            rows = [
                [cell(c, styles.cell_right if n in b.right else styles.cell)
                 for n, c in enumerate(row)]
                for row in b.rows
            ]  # fmt: skip
            flow.append(data_table(list(b.header), rows, b.fractions, styles, width, right=b.right))
        elif b.kind == "bullets":
            flow += [markup(_markup(runs), styles.bullet, bulletText="•") for runs in b.rows]
    return flow


# -- Word ------------------------------------------------------------------------------


def word_body(doc, blocks: list[Block]) -> None:
    """The blocks written into a :class:`~facilitator.documents.docx_base.WordDocument`."""
    from facilitator.documents.docx_base import Span

    for b in blocks:
        if b.kind in ("h1", "h2", "h3"):
            doc.heading(b.text, int(b.kind[1]))
        elif b.kind == "line":
            doc.paragraph(b.text)
        elif b.kind == "note":
            doc.paragraph(b.text, "Small Print")
        elif b.kind == "details":
            doc.details(list(b.rows))
        elif b.kind == "groups":
            rows: list = []
            for opening, _more, group_rows in b.rows:
                rows.append(Span(opening))
                rows += [list(r) for r in group_rows]
            doc.table(list(b.header), rows, list(b.fractions), groups=True)
        elif b.kind == "table":
            doc.table(list(b.header), [list(r) for r in b.rows], list(b.fractions), right=b.right)
        elif b.kind == "bullets":
            for runs in b.rows:
                doc.bullet(runs)
