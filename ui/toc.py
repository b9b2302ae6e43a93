"""The Contents dock: the article's headings; a click (or Enter) goes to one.

    self.contents = ContentsController(shell)   # in MainWindow.__init__

The heading of the part being read is kept selected as the reader scrolls.
In the translation, the same heading (every block has its translation at the
same index) is where a click goes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from reader.article import Article, BlockKind
from ui.i18n import translate
from ui.reading_view import ReadingView
from ui.shell import Shell
from ui.translation_views import scroll_to_block, top_block

#: Headings are indented by level; levels deeper than this stay at this depth.
MAX_DEPTH = 4


def headings(article: Article) -> list[tuple[int, int, str]]:
    """Return (block index, level, text) of every heading of an article."""
    return [
        (index, max(1, block.level), " ".join(article.block_text(block).split()))
        for index, block in enumerate(article.blocks)
        if block.kind is BlockKind.HEADING
    ]


class ContentsController(QObject):
    """The Contents dock of a window."""

    #: The reader went to a heading (its block index).
    jumped = Signal(int)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.tree = _ContentsTree()
        self.tree.setObjectName("contents_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(translate("Contents", "Contents"))
        self.tree.setAccessibleDescription(
            translate("Contents", "The article's headings; Enter goes to one")
        )
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)

        self.dock = QDockWidget(translate("Contents", "Contents"), shell.widget)
        # Named so that the window's saved state restores its place, size and visibility.
        self.dock.setObjectName("contents-dock")
        self.dock.setWidget(self.tree)
        shell.add_dock(self.dock, Qt.DockWidgetArea.LeftDockWidgetArea, restore=False)
        self.dock.hide()
        self.toggle_action = self.dock.toggleViewAction()
        self.toggle_action.setText(translate("Contents", "&Contents"))
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.toggle_action.setStatusTip(
            translate("Contents", "Show or hide the article's headings")
        )
        shell.view_menu.addAction(self.toggle_action)
        # Tab follows the eye: the contents, left, come before the article.
        QWidget.setTabOrder(self.tree, shell.reading_view)
        self.dock.visibilityChanged.connect(self._visibility_changed)

        self._following = False
        self._listed: Article | None = None
        #: The dock was open, and hid itself for an article without headings.
        self.stepped_aside = False
        # The reader's own Ctrl+Shift+C decides from then on.
        self.toggle_action.triggered.connect(self._chosen)
        shell.closing.connect(self._closing)
        shell.article_shown.connect(self._refill)
        shell.translation_shown.connect(self._refill)
        shell.each_view(self._watch)

    @property
    def entries(self) -> list[str]:
        """Return the headings listed, as shown."""
        root = self.tree.invisibleRootItem()
        return [_child(root, row).text(0) for row in range(root.childCount())]

    def go_to(self, index: int) -> None:
        """Scroll the view being read so that block `index` (a heading) is at its top."""
        view = self._view()
        if view.article is None:
            return
        # Near the end the heading cannot reach the top: following the top block
        # would then select the heading before the one the reader chose.
        self._following = True
        try:
            scroll_to_block(view, index)
        finally:
            self._following = False
        self._select(index)
        self.jumped.emit(index)

    def _select(self, index: int) -> None:
        root = self.tree.invisibleRootItem()
        for row in range(root.childCount()):
            item = _child(root, row)
            if item.data(0, Qt.ItemDataRole.UserRole) == index:
                self.tree.setCurrentItem(item)
                return

    def _watch(self, view: ReadingView) -> None:
        view.verticalScrollBar().valueChanged.connect(self._follow)
        # The translation alone on show lists its own, translated, headings.
        view.installEventFilter(self)

    def _view(self) -> ReadingView:
        reading = self.shell.reading_view
        if reading.isVisible():
            return reading
        shown = [v for v in self.shell.views if v.isVisible() and v.article is not None]
        return shown[0] if shown else reading

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """List the headings of the view that shows or hides."""
        # While the window is torn down, Qt may still filter its events after
        # this object's Python side is gone.
        if getattr(self, "shell", None) is None:
            return False
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._refill()
        return False

    def _refill(self, *_args: object) -> None:
        article = self._view().article or self.shell.article
        if article is not None and article is not self._listed:
            self._fill(article)

    def _fill(self, article: Article) -> None:
        self._listed = article
        self.tree.clear()
        items = []
        found = headings(article)
        # The article's top level starts at the margin, whatever its number.
        top = min((level for _, level, _ in found), default=1)
        for index, level, text in found:
            item = QTreeWidgetItem(["    " * min(level - top, MAX_DEPTH) + text])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(0, text)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.dock.setWindowTitle(
            translate("Contents", "Contents ({count})").format(count=len(items))
            if items
            else translate("Contents", "Contents")
        )
        if not items:
            placeholder = QTreeWidgetItem([translate("Contents", "This article has no headings.")])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(placeholder)
        self._step_aside(not items)

    def _step_aside(self, empty: bool) -> None:
        # An empty Contents gives its room to the text (255 px of a 900 px
        # window said only "no headings"), and comes back with the next headings.
        if empty and self.dock.isVisible():
            self.stepped_aside = True
            self.dock.hide()
            self.shell.status(
                translate(
                    "Contents", "This article has no headings: Contents is hidden until one has."
                )
            )
        elif not empty and self.stepped_aside:
            self.stepped_aside = False
            self.dock.show()

    def _chosen(self) -> None:
        self.stepped_aside = False

    def _closing(self) -> None:
        # The layout saved at closing keeps Contents open, as the reader left it.
        if self.stepped_aside:
            self.dock.show()

    def _activated(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(index, int):
            self.go_to(index)

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self._follow()

    def _follow(self, *_args: object) -> None:
        # Select the heading of the part at the top of the view, without moving it.
        if self._following or not self.dock.isVisible():
            return
        view = self._view()
        current = top_block(view)
        if current is None:
            return
        chosen = None
        root = self.tree.invisibleRootItem()
        for row in range(root.childCount()):
            item = _child(root, row)
            index = item.data(0, Qt.ItemDataRole.UserRole)
            if isinstance(index, int) and index <= current:
                chosen = item
        self._following = True
        try:
            if chosen is None:
                self.tree.clearSelection()
            else:
                self.tree.setCurrentItem(chosen)
        finally:
            self._following = False


class _ContentsTree(QTreeWidget):
    """A list of headings that wraps a long one within its width rather than cutting it."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappingDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Measure the rows again: at a new width a heading takes more or fewer lines."""
        super().resizeEvent(event)
        self.doItemsLayout()


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the view's width (Qt's trees size rows by one line)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Return the one-line size, made taller by the lines the text wraps onto."""
        size = super().sizeHint(option, index)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        metrics = styled.fontMetrics
        # The style's text margin, each side, as the delegate paints it.
        margin = self._view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width = max(1, self._view.viewport().width() - 2 * margin)
        wrapped = metrics.boundingRect(
            QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, styled.text
        )
        extra = max(0, wrapped.height() - metrics.height())
        return QSize(size.width(), size.height() + extra)


def _child(root: QTreeWidgetItem, row: int) -> QTreeWidgetItem:
    item = root.child(row)
    assert item is not None
    return item
