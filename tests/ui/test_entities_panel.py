"""The Entities panel on its own: groups, counts, filter, sort, legend and colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.entities import GROUP_ORDER, Entity
from reader.folding import fold
from ui.entities_panel import EntitiesPanel
from ui.entity_colors import contrast, group_colors

ENTITIES = (
    Entity("Éloïse Martin", "PERSON", ((0, 13), (120, 126), (300, 306))),
    Entity("Airbus", "ORG", ((20, 26),)),
    Entity("Toulouse", "PLACE", ((40, 48), (200, 208))),
    Entity("Jean Dupont", "PERSON", ((60, 71),)),
    Entity("2,5 milliards d'euros", "MONEY", ((80, 101),)),
    Entity("15 %", "PERCENT", ((110, 114), (250, 254))),
)


@pytest.fixture
def panel(qtbot: QtBot) -> EntitiesPanel:
    """Return a shown panel listing a few entities."""
    panel = EntitiesPanel()
    qtbot.addWidget(panel)
    panel.set_entities(ENTITIES)
    panel.show()
    return panel


def test_groups_in_order_with_their_counts(panel: EntitiesPanel) -> None:
    assert panel.listed() == {
        "People": [("Éloïse Martin", 3), ("Jean Dupont", 1)],
        "Organisations": [("Airbus", 1)],
        "Places": [("Toulouse", 2)],
        "Figures": [("15 %", 2), ("2,5 milliards d'euros", 1)],
    }
    people = panel.group_item("People")
    assert people is not None and people.text(1) == "2"
    # A group with nothing in it takes no room.
    assert panel.group_item("Other") is None


def test_sort_by_first_appearance(qtbot: QtBot, panel: EntitiesPanel) -> None:
    with qtbot.waitSignal(panel.sort_changed) as blocker:
        panel.sort_box.setCurrentIndex(panel.sort_box.findData("first"))
    assert blocker.args == ["first"]
    assert panel.listed()["Figures"] == [("2,5 milliards d'euros", 1), ("15 %", 2)]
    assert panel.listed()["People"] == [("Éloïse Martin", 3), ("Jean Dupont", 1)]
    panel.set_sort_order("count")
    assert panel.listed()["Figures"][0] == ("15 %", 2)


def test_filter_forgives_case_and_accents(qtbot: QtBot, panel: EntitiesPanel) -> None:
    qtbot.keyClicks(panel.filter_edit, "ELOISE")
    assert panel.listed() == {"People": [("Éloïse Martin", 3)]}
    # Typographic and straight apostrophes are one to the filter.
    panel.filter_edit.setText("milliards d’euros")
    assert panel.listed() == {"Figures": [("2,5 milliards d'euros", 1)]}
    panel.filter_edit.setText("Toulouse Airbus")
    assert panel.listed() == {}
    panel.filter_edit.setText("15")
    assert panel.listed() == {"Figures": [("15 %", 2)]}
    panel.filter_edit.clear()
    assert len(panel.listed()) == 4


def test_picking_an_item_says_which(qtbot: QtBot, panel: EntitiesPanel) -> None:
    with qtbot.waitSignal(panel.entity_selected) as blocker:
        assert panel.select_entity(ENTITIES[2])
    assert blocker.args == [ENTITIES[2]]
    assert panel.selected_entity() == ENTITIES[2]
    # Still selected after the list is sorted again…
    panel.set_sort_order("first")
    assert panel.selected_entity() == ENTITIES[2]
    # …but not once filtered out, and the panel says so.
    with qtbot.waitSignal(panel.entity_selected) as blocker:
        panel.filter_edit.setText("airbus")
    assert blocker.args == [None]
    assert panel.selected_entity() is None


def test_group_rows_cannot_be_picked(qtbot: QtBot, panel: EntitiesPanel) -> None:
    group = panel.group_item("Places")
    assert group is not None
    rect = panel.tree.visualItemRect(group)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected_entity() is None


def test_legend_switches_groups_off(qtbot: QtBot, panel: EntitiesPanel) -> None:
    with qtbot.waitSignal(panel.hidden_groups_changed) as blocker:
        panel.legend["Places"].click()
    assert blocker.args == [("Places",)]
    panel.legend["People"].click()
    assert panel.hidden_groups() == ("People", "Places")
    panel.set_hidden_groups(["Figures"])
    assert panel.hidden_groups() == ("Figures",)
    # The list still shows every group: only highlights are switched off.
    assert "People" in panel.listed()


def test_status_and_busy_bar(panel: EntitiesPanel) -> None:
    panel.set_status("Finding names…", busy=True)
    assert panel.status_label.text() == "Finding names…"
    assert panel.busy_bar.isVisible()
    panel.set_progress(3, 12)
    assert (panel.busy_bar.value(), panel.busy_bar.maximum()) == (3, 12)
    panel.set_status("")
    assert not panel.status_label.isVisible()
    assert not panel.busy_bar.isVisible()


def test_fold() -> None:
    assert fold("Éloïse ÇA") == fold("eloise ca")
    assert fold("Straße") == "strasse"
    assert fold("l’Économie") == fold("l'economie")


@pytest.mark.parametrize(
    ("base", "text"), [("#ffffff", "#1a1a1a"), ("#fdf6e3", "#333333"), ("#1e1e1e", "#e6e6e6")]
)
def test_colours_keep_text_readable(base: str, text: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    colors = group_colors(palette)
    assert set(colors) == set(GROUP_ORDER)
    for group in GROUP_ORDER:
        for color in (colors[group].mention, colors[group].focus):
            # WCAG AA for body text.
            assert contrast(color, QColor(text)) >= 4.5, (group, color.name())
        # The background still shows that something is marked.
        assert colors[group].mention != QColor(base)
        assert contrast(colors[group].mention, QColor(base)) >= 1.15
    mentions = {colors[group].mention.name() for group in GROUP_ORDER}
    assert len(mentions) == len(GROUP_ORDER)


def test_legend_shows_the_colours(panel: EntitiesPanel) -> None:
    colors = group_colors(panel.palette())
    for group, box in panel.legend.items():
        image = box.icon().pixmap(8, 8).toImage()
        assert image.pixelColor(4, 4).name() == colors[group].mention.name()


def test_every_focusable_widget_has_an_accessible_name(panel: EntitiesPanel) -> None:
    focusable = [
        widget
        for widget in panel.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(panel)
    ]
    # The filter, the sort box, one box per group and the list, at least.
    assert len(focusable) >= len(GROUP_ORDER) + 3
    unnamed = [type(widget).__name__ for widget in focusable if not widget.accessibleName()]
    assert unnamed == []
    assert panel.filter_edit.accessibleName() == "Filter entities"
    assert panel.legend["People"].accessibleName() == "Highlight people"


def test_tab_goes_through_the_panel_from_top_to_bottom(qtbot: QtBot, panel: EntitiesPanel) -> None:
    panel.activateWindow()
    panel.filter_edit.setFocus()
    qtbot.waitUntil(panel.filter_edit.hasFocus)
    order = [panel.filter_edit]
    for _ in range(len(GROUP_ORDER) + 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        panel.filter_edit,
        panel.sort_box,
        *(panel.legend[group] for group in GROUP_ORDER),
        panel.tree,
    ]
