"""Item models of the ideas board, fed with the rows of ``services.ideas``; none queries.

:class:`BoardModel` is a two-level tree: the cards not yet in a cluster first, then each
cluster in the board's order, with their cards under them. A new card is inserted where
it belongs (the fast path of Enter); dots change only the rows they touch. Cards are
dragged onto a cluster: the model says where (``drop_requested``) and the board makes
the edit. :class:`ResultsModel` lists a dot round's targets with their shares.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)

from facilitator.models.enums import Sector
from facilitator.services.ideas import (
    Board,
    ClusterRow,
    DotResults,
    IdeaRow,
    Share,
    TargetResult,
)
from facilitator.ui.kit.colours import SECTOR_FILLS, Fill
from facilitator.ui.kit.labels import plain_tooltip, sector_label

KEY_ROLE = Qt.UserRole + 1  # "i12", "n40", "c5"; "" for the heading of the cards in no cluster
IS_CLUSTER_ROLE = Qt.UserRole + 2  # a heading (a cluster, or "not clustered")
SOURCE_ROLE = Qt.UserRole + 3  # "Ayşe Demir (UKEK)"
DOTS_ROLE = Qt.UserRole + 4  # the dots of the round shown (None: no round)
RANK_ROLE = Qt.UserRole + 5
SPLITS_ROLE = Qt.UserRole + 6  # support differs sharply between sectors
LINK_ROLE = Qt.UserRole + 7  # "→ K5.3", "→ proposal", "→ commitment"
COUNT_ROLE = Qt.UserRole + 8  # a heading's number of cards
CLUSTER_ID_ROLE = Qt.UserRole + 9  # a heading's cluster (None: not clustered)
TIED_ROLE = Qt.UserRole + 10

MIME_KEYS = "application/x-facilitator-idea-keys"
_HEADING_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDropEnabled
_CARD_FLAGS = _HEADING_FLAGS | Qt.ItemIsDragEnabled


def splits_text() -> str:
    return QCoreApplication.translate("IdeaBoard", "Support differs sharply between sectors")


@dataclass
class _Node:
    """One heading of the tree and its cards."""

    cluster: ClusterRow | None  # None: the cards in no cluster
    ideas: list[IdeaRow] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.cluster.key if self.cluster is not None else ""


class BoardModel(QAbstractItemModel):
    """The board as a tree (see the module docstring). Column 0 only."""

    drop_requested = Signal(list, object)  # card keys, cluster id (None: out of any)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._nodes: list[_Node] = [_Node(None)]
        self._where: dict[str, tuple[int, int]] = {}  # key -> (node row, row; -1 a heading)
        self._results: dict[str, TargetResult] = {}
        self._round_shown = False
        self._links: dict[str, str] = {}  # "p12" / "m4" (commitment) -> "K5.3" …

    # -- feeding -------------------------------------------------------------------------

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        nodes = [_Node(None)] + [_Node(c) for c in board.clusters]
        by_cluster = {c.id: nodes[n + 1] for n, c in enumerate(board.clusters)}
        for idea in board.ideas:
            by_cluster.get(idea.cluster_id, nodes[0]).ideas.append(idea)
        self._nodes = nodes
        self._index_keys()
        self.endResetModel()

    def _index_keys(self) -> None:
        self._where = {}
        for n, node in enumerate(self._nodes):
            self._where[node.key] = (n, -1)
            for r, idea in enumerate(node.ideas):
                self._where[idea.key] = (n, r)

    def add_idea(self, idea: IdeaRow) -> QModelIndex:
        """A new card (Enter): inserted under its cluster, after the cards before it."""
        if idea.key in self._where:
            return self.index_of(idea.key)
        n = next(
            (
                i
                for i, node in enumerate(self._nodes)
                if node.cluster and node.cluster.id == idea.cluster_id
            ),
            0,
        )
        node = self._nodes[n]
        at = len(node.ideas)
        while at and node.ideas[at - 1].added_at > idea.added_at:
            at -= 1
        self.beginInsertRows(self.index(n, 0), at, at)
        node.ideas.insert(at, idea)
        for r in range(at, len(node.ideas)):
            self._where[node.ideas[r].key] = (n, r)
        self.endInsertRows()
        return self.index(at, 0, self.index(n, 0))

    def set_results(self, results: DotResults | None) -> None:
        """The dots of the round shown on the cards and headings; only rows whose dots
        changed are repainted."""
        new: dict[str, TargetResult] = {}
        if results is not None:
            for target in (*results.targets, *results.clusters):
                new[target.key] = target
        shown = results is not None
        changed = (
            set(self._where)
            if shown != self._round_shown
            else {k for k in set(new) | set(self._results) if new.get(k) != self._results.get(k)}
        )
        self._results, self._round_shown = new, shown
        for key in changed:
            index = self.index_of(key)
            if index.isValid():
                self.dataChanged.emit(index, index, [DOTS_ROLE, RANK_ROLE, SPLITS_ROLE, TIED_ROLE])

    def set_links(self, links: dict[str, str]) -> None:
        """How each proposal ("p12") and commitment ("m4") a card became is named."""
        self._links = dict(links)
        if self._where:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._nodes) - 1, 0))

    # -- reading -------------------------------------------------------------------------

    def index_of(self, key: str) -> QModelIndex:
        where = self._where.get(key)
        if where is None:
            return QModelIndex()
        n, r = where
        heading = self.index(n, 0)
        return heading if r < 0 else self.index(r, 0, heading)

    def idea_at(self, index: QModelIndex) -> IdeaRow | None:
        if not index.isValid() or not index.internalId():
            return None
        return self._nodes[index.internalId() - 1].ideas[index.row()]

    def cluster_at(self, index: QModelIndex) -> ClusterRow | None:
        """The cluster of a heading, or of the cluster a card is in."""
        if not index.isValid():
            return None
        n = index.internalId() - 1 if index.internalId() else index.row()
        return self._nodes[n].cluster

    def clusters(self) -> list[ClusterRow]:
        return [node.cluster for node in self._nodes[1:]]

    def ideas_in(self, cluster_id: int | None) -> list[IdeaRow]:
        node = next(
            (n for n in self._nodes if (n.cluster.id if n.cluster else None) == cluster_id), None
        )
        return list(node.ideas) if node is not None else []

    def idea_count(self) -> int:
        return sum(len(node.ideas) for node in self._nodes)

    # -- the tree ------------------------------------------------------------------------

    def index(self, row, column=0, parent=QModelIndex()):
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._nodes) else QModelIndex()
        if parent.internalId():
            return QModelIndex()
        node = self._nodes[parent.row()]
        return (
            self.createIndex(row, 0, parent.row() + 1) if row < len(node.ideas) else QModelIndex()
        )

    def parent(self, index=QModelIndex()):
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._nodes)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self._nodes[parent.row()].ideas)

    def columnCount(self, parent=QModelIndex()):
        return 1

    def _link(self, row) -> str:
        parts = []
        if row.proposal_id is not None:
            parts.append(
                "→ "
                + (
                    self._links.get(f"p{row.proposal_id}")
                    or QCoreApplication.translate("IdeaBoard", "proposal")
                )
            )
        if row.commitment_id is not None:
            parts.append("→ " + QCoreApplication.translate("IdeaBoard", "commitment"))
        return " ".join(parts)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId():
            node = self._nodes[index.internalId() - 1]
            if index.row() >= len(node.ideas):
                return None
            return self._idea_data(node.ideas[index.row()], role)
        if index.row() >= len(self._nodes):
            return None
        return self._heading_data(self._nodes[index.row()], role)

    def _target(self, key: str, role):
        result = self._results.get(key)
        if role == DOTS_ROLE:
            return (result.dots if result else 0) if self._round_shown else None
        if role == RANK_ROLE:
            return result.rank if result and result.dots else None
        if role == TIED_ROLE:
            return bool(result and result.dots and result.tied)
        if role == SPLITS_ROLE:
            return bool(result and result.splits)
        return None

    def _idea_data(self, idea: IdeaRow, role):
        if role == Qt.DisplayRole:
            return idea.text
        if role == Qt.ToolTipRole:
            lines = [idea.text]
            if idea.source:
                lines.append(idea.source)
            if self._target(idea.key, SPLITS_ROLE):
                lines.append("⚡ " + splits_text())
            return plain_tooltip("\n".join(lines))
        if role == KEY_ROLE:
            return idea.key
        if role == IS_CLUSTER_ROLE:
            return False
        if role == SOURCE_ROLE:
            return idea.source
        if role == LINK_ROLE:
            return self._link(idea)
        if role in (DOTS_ROLE, RANK_ROLE, TIED_ROLE, SPLITS_ROLE):
            return self._target(idea.key, role)
        return None

    def _heading_data(self, node: _Node, role):
        cluster = node.cluster
        if role == Qt.DisplayRole:
            if cluster is None:
                return QCoreApplication.translate("IdeaBoard", "Not clustered")
            return cluster.name
        if role == Qt.ToolTipRole:
            return plain_tooltip(cluster.name) if cluster is not None else None
        if role == KEY_ROLE:
            return node.key
        if role == IS_CLUSTER_ROLE:
            return True
        if role == COUNT_ROLE:
            return len(node.ideas)
        if role == CLUSTER_ID_ROLE:
            return cluster.id if cluster is not None else None
        if role == LINK_ROLE:
            return self._link(cluster) if cluster is not None else ""
        if role in (DOTS_ROLE, RANK_ROLE, TIED_ROLE, SPLITS_ROLE):
            return self._target(node.key, role) if cluster is not None else None
        return None

    # -- drag and drop -------------------------------------------------------------------

    def flags(self, index):
        # Asked for every row the view lays out: two constants, nothing computed.
        if not index.isValid():
            return Qt.NoItemFlags
        return _CARD_FLAGS if index.internalId() else _HEADING_FLAGS

    def supportedDropActions(self):
        return Qt.MoveAction

    def supportedDragActions(self):
        return Qt.MoveAction

    def mimeTypes(self):
        return [MIME_KEYS]

    def mimeData(self, indexes):
        keys = [self.data(i, KEY_ROLE) for i in indexes if i.isValid() and i.internalId()]
        data = QMimeData()
        data.setData(MIME_KEYS, "\n".join(dict.fromkeys(keys)).encode())
        return data

    def _drop_target(self, parent: QModelIndex) -> _Node | None:
        if not parent.isValid():
            return None
        n = parent.internalId() - 1 if parent.internalId() else parent.row()
        return self._nodes[n] if 0 <= n < len(self._nodes) else None

    def canDropMimeData(self, data, action, row, column, parent):
        return data.hasFormat(MIME_KEYS) and self._drop_target(parent) is not None

    def dropMimeData(self, data, action, row, column, parent):
        node = self._drop_target(parent)
        if node is None or not data.hasFormat(MIME_KEYS):
            return False
        keys = [k for k in bytes(data.data(MIME_KEYS)).decode().split("\n") if k]
        if keys:
            # The board makes the edit once the drop is over (a queued connection).
            self.drop_requested.emit(keys, node.cluster.id if node.cluster else None)
        return False  # nothing is removed from the source: the board reads itself again


# -- results ------------------------------------------------------------------------------

SHARES_ROLE = Qt.UserRole + 20  # ((group, dots, fill), …) in the split shown
TOTAL_ROLE = Qt.UserRole + 21


def sector_fill(sector: str) -> Fill:
    return SECTOR_FILLS.get(sector, Fill.SECTOR_OTHER)


def group_label(group: str, by_sector: bool) -> str:
    if not group:
        return QCoreApplication.translate("IdeaBoard", "counted")
    if by_sector:
        try:
            return sector_label(Sector(group))
        except ValueError:
            return group
    return group


def _share_plus(shares: tuple[Share, ...], group: str, delta: int) -> tuple[Share, ...]:
    out, found = [], False
    for share in shares:
        if share.group == group:
            found = True
            share = Share(group, share.dots + delta)
        if share.dots > 0:
            out.append(share)
    if not found and delta > 0 and group:
        out.append(Share(group, delta))
    return tuple(out)


def with_dot(
    results: DotResults, key: str, label: str, sector: str, organization: str, delta: int
) -> DotResults:
    """``results`` with one dot more (``delta`` 1) or less (-1) on ``key`` from a voter of
    ``organization`` in ``sector``: the totals, shares and ranks as they now stand, shown
    at once after the dot is committed (the board reads the exact results right after;
    whether the target splits the sectors waits for that read)."""
    targets = list(results.targets)
    at = next((i for i, t in enumerate(targets) if t.key == key), None)
    if at is None:
        targets.append(TargetResult(key, label, 0, 0, False, (), (), False))
        at = len(targets) - 1
    old = targets[at]
    targets[at] = dataclasses.replace(
        old,
        dots=max(old.dots + delta, 0),
        by_sector=_share_plus(old.by_sector, sector, delta) if sector else old.by_sector,
        by_organization=(
            _share_plus(old.by_organization, organization, delta)
            if organization
            else old.by_organization
        ),
    )
    order = sorted(range(len(targets)), key=lambda i: (-targets[i].dots, i))
    counts: dict[int, int] = {}
    for t in targets:
        counts[t.dots] = counts.get(t.dots, 0) + 1
    ranked, rank, previous = [], 0, None
    for place, i in enumerate(order, start=1):
        t = targets[i]
        if t.dots != previous:
            rank, previous = place, t.dots
        tied = counts[t.dots] > 1
        # Only the rows whose place moved are made anew (a dot moves one or two).
        ranked.append(
            t if (t.rank, t.tied) == (rank, tied) else dataclasses.replace(t, rank=rank, tied=tied)
        )
    sectors = results.sectors
    if sector and delta > 0 and sector not in sectors:
        sectors = tuple(s.value for s in Sector if s.value in {*sectors, sector})
    return dataclasses.replace(
        results, targets=tuple(ranked), dots=max(results.dots + delta, 0), sectors=sectors
    )


class ResultsModel(QAbstractListModel):
    """A round's targets with dots, most first, each with its shares by sector (or by
    institution: ``set_split(by_sector=False)``). Institutions take the sectors' fills
    in turn, in the order of the legend."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[TargetResult] = []
        self._by_sector = True
        self._org_fills: dict[str, Fill] = {}
        self._max = 0

    def set_results(self, results: DotResults | None) -> None:
        rows = [t for t in (results.targets if results else ()) if t.dots]
        orgs = []
        for t in rows:
            orgs.extend(s.group for s in t.by_organization)
        palette = list(SECTOR_FILLS.values())
        order = sorted(dict.fromkeys(orgs))
        self._org_fills = {name: palette[i % len(palette)] for i, name in enumerate(order)}
        self._max = max((t.dots for t in rows), default=0)
        if [r.key for r in rows] == [r.key for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 0))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_split(self, by_sector: bool) -> None:
        self._by_sector = by_sector
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    @property
    def by_sector(self) -> bool:
        return self._by_sector

    @property
    def most(self) -> int:
        return self._max

    def legend(self) -> list[tuple[str, Fill]]:
        """(label, fill) of every group in the bars shown."""
        if self._by_sector:
            seen = dict.fromkeys(s.group for t in self._rows for s in t.by_sector)
            order = [s.value for s in Sector if s.value in seen]
            return [(group_label(g, True), sector_fill(g)) for g in order]
        return [(name, fill) for name, fill in self._org_fills.items()]

    def rows(self) -> list[TargetResult]:
        return list(self._rows)

    def shares(self, target: TargetResult) -> list[tuple[str, int, Fill]]:
        if self._by_sector:
            shares = [
                (group_label(s.group, True), s.dots, sector_fill(s.group)) for s in target.by_sector
            ]
        else:
            shares = [
                (s.group, s.dots, self._org_fills.get(s.group, Fill.SECTOR_OTHER))
                for s in target.by_organization
            ]
        rest = target.dots - sum(n for _g, n, _f in shares)
        if rest > 0:  # counted dots, or voters of no institution
            shares.append((group_label("", True), rest, Fill.SECTOR_OTHER))
        return shares

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        target = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return target.label
        if role == Qt.ToolTipRole:
            lines = [target.label]
            lines += [f"{group}: {n}" for group, n, _fill in self.shares(target)]
            if target.splits:
                lines.append("⚡ " + splits_text())
            return plain_tooltip("\n".join(lines))
        if role == KEY_ROLE:
            return target.key
        if role == RANK_ROLE:
            return target.rank
        if role == TIED_ROLE:
            return target.tied
        if role == TOTAL_ROLE:
            return target.dots
        if role == SPLITS_ROLE:
            return target.splits
        if role == SHARES_ROLE:
            return tuple(self.shares(target))
        return None
