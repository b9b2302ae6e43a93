"""The Entities panel: what an article mentions, grouped, with a filter, a sort and a legend.

The panel only shows a list it is given and says what the user picks; finding
the entities and painting them in the reading view is `ui.entities`'s job.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.entities import GROUP_ORDER, GROUPS
from reader.folding import fold
from ui.entity_colors import GroupColors, group_colors
from ui.entity_names import group_name, kind_name
from ui.formatting import plural
from ui.i18n import translate
from ui.settings import ENTITIES_SORT
from ui.text_fields import leave_window_shortcuts

if TYPE_CHECKING:
    from reader.entities import Entity

#: Sort orders of the list: setting value and what the user reads.
SORT_ORDERS = ENTITIES_SORT.choices

#: Side of a legend swatch, in pixels.
SWATCH_SIZE = 12

#: Item data role holding an entity (child rows) or a group name (group rows).
ENTITY_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(color)
    return QIcon(pixmap)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = (item.child(row) for row in range(item.childCount()))
    return [child for child in children if child is not None]


def _sorted(entities: Iterable[Entity], order: str) -> list[Entity]:
    if order == "first":
        return sorted(entities, key=lambda e: (e.first, e.text))
    return sorted(entities, key=lambda e: (-e.count, e.first, e.text))


class EntitiesPanel(QWidget):
    """List entities by group; filter, sort, pick one, and switch groups' highlights."""

    #: The entity picked in the list, or None when nothing is.
    entity_selected = Signal(object)
    #: The groups whose highlights the user switched off, as a tuple in GROUP_ORDER.
    hidden_groups_changed = Signal(tuple)
    #: The sort order picked: "count" or "first".
    sort_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entities: tuple[Entity, ...] = ()
        self._colors = group_colors(self.palette())

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("Entities", "Filter names and figures"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("Entities", "Filter entities"))
        self.filter_edit.setAccessibleDescription(
            translate(
                "Entities",
                "Show only the names and figures containing this text;"
                " case and accents are ignored",
            )
        )
        self.filter_edit.textChanged.connect(self._rebuild)
        leave_window_shortcuts(self.filter_edit)

        self.sort_box = QComboBox()
        for value, text in SORT_ORDERS:
            self.sort_box.addItem(translate("Settings", text), value)
        order = translate("Entities", "Order of the items in each group")
        self.sort_box.setToolTip(order)
        self.sort_box.setAccessibleName(translate("Entities", "Sort entities"))
        self.sort_box.setAccessibleDescription(order)
        self.sort_box.currentIndexChanged.connect(self._sort_picked)

        self.legend: dict[str, QCheckBox] = {}
        legend = QGridLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        for number, group in enumerate(GROUP_ORDER):
            name = group_name(group)
            box = QCheckBox(name)
            box.setChecked(True)
            box.setToolTip(
                translate("Entities", "Highlight {group} in the text").format(group=name.lower())
            )
            box.setAccessibleName(
                translate("Entities", "Highlight {group}").format(group=name.lower())
            )
            box.setAccessibleDescription(
                translate("Entities", "Colour the mentions of {group} in the text, or not").format(
                    group=name.lower()
                )
            )
            box.toggled.connect(self._legend_toggled)
            legend.addWidget(box, number // 2, number % 2)
            self.legend[group] = box

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status_label.setAccessibleName(translate("Entities", "Entities status"))
        self.busy_bar = QProgressBar()
        # No total: loading a model and finding names report no steps.
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setAccessibleName(translate("Entities", "Finding names"))
        self.busy_bar.hide()

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(translate("Entities", "Entities"))
        self.tree.setAccessibleDescription(
            translate(
                "Entities",
                "People, organisations, places, other names and figures the article mentions,"
                " with how often; Enter goes to the first mention",
            )
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        # A click (or Enter) on the row already selected goes back to its first mention.
        self.tree.itemClicked.connect(self._item_chosen)
        self.tree.itemActivated.connect(self._item_chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.sort_box)
        layout.addLayout(legend)
        layout.addWidget(self.status_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.tree, 1)
        # Tab goes top to bottom, as the panel reads: filter, sort, legend, list.
        chain = [self.filter_edit, self.sort_box, *self.legend.values(), self.tree]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.set_colors(self._colors)
        self.set_status(translate("Entities", "Open an article to see who and what it mentions."))

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Return every entity the panel holds, shown or filtered out."""
        return self._entities

    @property
    def sort_order(self) -> str:
        """Return the sort order: "count" or "first"."""
        return str(self.sort_box.currentData())

    def set_sort_order(self, order: str) -> None:
        """Sort by "count" or "first"; anything else sorts by count."""
        index = self.sort_box.findData(order)
        self.sort_box.setCurrentIndex(max(0, index))

    def hidden_groups(self) -> tuple[str, ...]:
        """Return the groups whose highlights are switched off, in GROUP_ORDER."""
        return tuple(g for g in GROUP_ORDER if not self.legend[g].isChecked())

    def set_hidden_groups(self, groups: Iterable[str]) -> None:
        """Switch off the highlights of these groups and on those of the others."""
        hidden = set(groups)
        for group, box in self.legend.items():
            box.setChecked(group not in hidden)

    def set_colors(self, colors: dict[str, GroupColors]) -> None:
        """Show these colours in the legend and beside the groups."""
        self._colors = colors
        for group, box in self.legend.items():
            box.setIcon(_swatch(colors[group].mention))
        for item in self._group_items():
            item.setIcon(0, _swatch(colors[item.data(0, GROUP_ROLE)].mention))

    def set_status(self, text: str, busy: bool = False) -> None:
        """Say what the panel is doing or why it is empty; `busy` shows a moving bar."""
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        if busy and not self.busy_bar.isVisibleTo(self):
            # Moving until `set_progress` gives it steps.
            self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(busy)

    def set_progress(self, done: int, total: int) -> None:
        """Show how much of a busy task is done."""
        self.busy_bar.setRange(0, max(total, 1))
        self.busy_bar.setValue(done)

    def set_entities(self, entities: Sequence[Entity]) -> None:
        """List these entities; keep the selected one selected if it is still there."""
        self._entities = tuple(entities)
        self._rebuild()

    def selected_entity(self) -> Entity | None:
        """Return the entity selected in the list, if any."""
        items = self.tree.selectedItems()
        entity = items[0].data(0, ENTITY_ROLE) if items else None
        return entity

    def select_entity(self, entity: Entity | None) -> bool:
        """Select an entity's row (None clears the selection); return whether it is listed."""
        if entity is None:
            self.tree.clearSelection()
            return True
        item = self._item_of(entity)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        return True

    def group_item(self, group: str) -> QTreeWidgetItem | None:
        """Return the row of a group, if it lists anything."""
        for item in self._group_items():
            if item.data(0, GROUP_ROLE) == group:
                return item
        return None

    def listed(self) -> dict[str, list[tuple[str, int]]]:
        """Return what the list shows: each group's (text, count) rows, in order."""
        shown: dict[str, list[tuple[str, int]]] = {}
        for group_item in self._group_items():
            rows = []
            for item in _children(group_item):
                entity = item.data(0, ENTITY_ROLE)
                rows.append((entity.text, entity.count))
            shown[group_item.data(0, GROUP_ROLE)] = rows
        return shown

    def _group_items(self) -> list[QTreeWidgetItem]:
        root = self.tree.invisibleRootItem()
        return _children(root)

    def _item_of(self, entity: Entity) -> QTreeWidgetItem | None:
        for group_item in self._group_items():
            for item in _children(group_item):
                if item.data(0, ENTITY_ROLE) == entity:
                    return item
        return None

    def _rebuild(self) -> None:
        selected = self.selected_entity()
        query = fold(self.filter_edit.text().strip())
        by_group: dict[str, list[Entity]] = {group: [] for group in GROUP_ORDER}
        for entity in self._entities:
            if not query or query in fold(entity.text):
                by_group[GROUPS[entity.label]].append(entity)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        kept: QTreeWidgetItem | None = None
        # Rebuilding is no choice of the user's: say nothing until it is done.
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            for group in GROUP_ORDER:
                members = _sorted(by_group[group], self.sort_order)
                if not members:
                    continue
                name = group_name(group)
                group_item = QTreeWidgetItem([name, str(len(members))])
                group_item.setData(0, GROUP_ROLE, group)
                group_item.setIcon(0, _swatch(self._colors[group].mention))
                group_item.setFont(0, bold)
                group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group_item.setToolTip(
                    1,
                    translate("Entities", "{count} different {group}").format(
                        count=len(members), group=name.lower()
                    ),
                )
                self.tree.addTopLevelItem(group_item)
                for entity in members:
                    tip = plural(
                        entity.count,
                        translate("Entities", "{name} ({kind}), mentioned once"),
                        translate("Entities", "{name} ({kind}), mentioned {n} times"),
                    )
                    kind = kind_name(entity.label, entity.group)
                    row = QTreeWidgetItem([entity.text, str(entity.count)])
                    row.setData(0, ENTITY_ROLE, entity)
                    row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                    row.setToolTip(0, tip.format(name=entity.text, kind=kind))
                    group_item.addChild(row)
                group_item.setExpanded(True)
            if selected is not None:
                kept = self._item_of(selected)
            if kept is not None:
                self.tree.setCurrentItem(kept)
        finally:
            self.tree.blockSignals(False)
        if selected is not None and kept is None:
            self.entity_selected.emit(None)

    def _selection_changed(self) -> None:
        self.entity_selected.emit(self.selected_entity())

    def _item_chosen(self, item: QTreeWidgetItem) -> None:
        entity = item.data(0, ENTITY_ROLE)
        if entity is not None and item.isSelected():
            self.entity_selected.emit(entity)

    def _sort_picked(self) -> None:
        self._rebuild()
        self.sort_changed.emit(self.sort_order)

    def _legend_toggled(self) -> None:
        self.hidden_groups_changed.emit(self.hidden_groups())
