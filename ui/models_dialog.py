"""Translate ▸ Translation Models: the installed packages; install, download and remove them.

Installing, fetching the index and downloading run on workers; a failure is
one line at the bottom of the window, which stays usable.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import direction_label, display_language, format_size, plural
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.tasks import ProgressCallback, Task, error_message

if TYPE_CHECKING:
    from reader.translation import PackageInfo, RemotePackage

PACKAGE_FILTER = QT_TRANSLATE_NOOP("Models", "Translation models (*.argosmodel);;All files (*)")
#: The progress bar counts in thousandths: byte counts can overflow its int.
PROGRESS_STEPS = 1000

_COLUMNS = (
    QT_TRANSLATE_NOOP("Models", "Model"),
    QT_TRANSLATE_NOOP("Models", "Version"),
    QT_TRANSLATE_NOOP("Models", "Size"),
)
#: What joins or wraps the languages in a package's name ("French - English (v2)").
_NAME_PUNCTUATION = re.compile(r"[\s\-–—→>()\[\]:,/]+")


def model_label(name: str, from_code: str, to_code: str) -> str:
    """Return a package's direction, with what its name says beyond the two languages.

    Argos names packages "French - English": shown beside the direction, that
    only repeated it. "French - English (tiny test model)" keeps its note.
    """
    rest = name
    for word in {display_language(from_code), display_language(to_code), from_code, to_code}:
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest, flags=re.IGNORECASE)
    rest = _NAME_PUNCTUATION.sub(" ", rest).strip()
    direction = direction_label(from_code, to_code)
    return f"{direction} ({rest})" if rest else direction


def _installed_packages() -> list[PackageInfo]:
    from reader.translation import installed_packages

    return installed_packages()


def _install(path: str) -> PackageInfo:
    from reader.translation import install_package

    return install_package(path)


def _fetch_index() -> list[RemotePackage]:
    from reader.translation import fetch_index

    return fetch_index()


def _download(
    remote: RemotePackage, progress: ProgressCallback, cancelled: Callable[[], bool]
) -> PackageInfo:
    from reader.translation import download_package

    def report(done: int, total: int | None) -> None:
        progress(done, total or 0)

    return download_package(remote, progress=report, cancelled=cancelled)


def _remove(code: str) -> None:
    from reader.translation import remove_package

    remove_package(code)


class ModelsDialog(QDialog):
    """List, install, download and remove translation packages."""

    #: A package was installed (from a file or downloaded): its PackageInfo.
    installed = Signal(object)
    #: The installed packages changed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Models", "Translation Models"))
        self.packages: list[PackageInfo] = []
        self.index: list[RemotePackage] | None = None
        self._task: Task[Any] | None = None
        self._cancellable = False
        self._then_download: tuple[str, str] | None = None

        self.installed_list = _tree()
        self.installed_list.itemSelectionChanged.connect(self._update_buttons)
        self.install_button = QPushButton(translate("Models", "Install from &File…"))
        self.install_button.clicked.connect(self._install_chosen_file)
        self.download_more_button = QPushButton(translate("Models", "&Download…"))
        self.download_more_button.clicked.connect(self.show_available)
        self.remove_button = QPushButton(translate("Models", "&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        installed_buttons = _row(
            self.install_button, self.download_more_button, None, self.remove_button
        )

        self.available_list = _tree((*_COLUMNS, ""))
        self.available_list.itemSelectionChanged.connect(self._update_buttons)
        self.available_list.itemDoubleClicked.connect(lambda *_: self.download_selected())
        self.download_button = QPushButton(translate("Models", "Down&load"))
        self.download_button.clicked.connect(self.download_selected)
        self.refresh_button = QPushButton(translate("Models", "Re&fresh List"))
        self.refresh_button.clicked.connect(self.fetch_index)
        self.available_box = QGroupBox(
            translate("Models", "Available from the Argos Translate package index")
        )
        available_layout = QVBoxLayout(self.available_box)
        available_layout.addWidget(self.available_list)
        available_layout.addLayout(_row(self.refresh_button, None, self.download_button))
        self.available_box.hide()

        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.cancel_button = QPushButton(translate("Models", "&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_box = QWidget()
        progress_layout = _row(self.progress_label, self.progress_bar, self.cancel_button)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_box.setLayout(progress_layout)
        self.progress_box.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Models", "Installed translation models:")))
        layout.addWidget(self.installed_list)
        layout.addLayout(installed_buttons)
        layout.addWidget(self.available_box)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.refresh()

    @property
    def busy(self) -> bool:
        """Return whether an install, index fetch or download is under way."""
        return self._task is not None

    def refresh(self) -> None:
        """List the installed packages again."""
        try:
            self.packages = _installed_packages()
        except Exception as error:  # the folder may be unreadable: say so, stay usable
            self.packages = []
            self.show_status(error_message(error))
        self.installed_list.clear()
        for package in self.packages:
            item = QTreeWidgetItem(
                [
                    model_label(package.name, package.from_code, package.to_code),
                    package.version,
                    format_size(package.size_bytes),
                ]
            )
            item.setToolTip(0, package.name)
            item.setData(0, Qt.ItemDataRole.UserRole, package)
            item.setToolTip(0, package.code)
            self.installed_list.addTopLevelItem(item)
        if self.index is not None:
            self._list_available()
        self._update_buttons()

    def show_status(self, message: str) -> None:
        """Say in one line what happened (or went wrong)."""
        self.status.setText(message)

    def selected_package(self) -> PackageInfo | None:
        """Return the installed package selected, if any."""
        items = self.installed_list.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def selected_remote(self) -> RemotePackage | None:
        """Return the package of the index selected, if any."""
        items = self.available_list.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    # Install from a file

    def ask_package_path(self) -> str | None:
        """Ask for an .argosmodel file; None if the user cancels."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("Models", "Install Translation Model"),
            str(Path.home()),
            translate("Models", PACKAGE_FILTER),
        )
        return path or None

    def _install_chosen_file(self) -> None:
        self.install_from_file()

    def install_from_file(self, path: str | None = None) -> None:
        """Install a package file (asked for when not given) on a worker."""
        path = path or self.ask_package_path()
        if not path or self.busy:
            return
        self._begin(
            translate("Models", "Installing {name}…").format(name=Path(path).name),
            cancellable=False,
        )
        self._task = Task(_install, path).success(self._installed).failure(self._failed).run(self)

    # Download from the index

    def show_available(self) -> None:
        """Show the packages of the index, fetching it first."""
        self.available_box.show()
        if self.index is None:
            self.fetch_index()

    def fetch_index(self) -> None:
        """Fetch the package index on a worker and list it."""
        if self.busy:
            return
        self._begin(translate("Models", "Fetching the list of packages…"), cancellable=True)
        self._task = Task(_fetch_index).success(self._indexed).failure(self._failed).run(self)

    def download_pair(self, from_code: str, to_code: str) -> None:
        """Download the index's package for a direction (fetching the index if needed)."""
        self.available_box.show()
        remote = self._remote_for(from_code, to_code)
        if remote is not None:
            self.download(remote)
        elif self.index is None:
            self._then_download = (from_code, to_code)
            self.fetch_index()
        else:
            self.show_status(
                translate("Models", "The package index has no {direction} model.").format(
                    direction=direction_label(from_code, to_code)
                )
            )

    def download_selected(self) -> None:
        """Download the package selected in the index list."""
        remote = self.selected_remote()
        if remote is not None:
            self.download(remote)

    def download(self, remote: RemotePackage) -> None:
        """Download and install a package on a worker, with progress and Cancel."""
        if self.busy:
            return
        self._begin(
            translate("Models", "Downloading {name}…").format(name=remote.name), cancellable=True
        )
        if remote.size_bytes:
            self._show_progress(0, remote.size_bytes)
        self._task = (
            Task(_download, remote)
            .cancellable()
            .success(self._installed)
            .failure(self._failed)
            .with_progress(self._show_progress)
            .run(self)
        )

    def cancel(self) -> None:
        """Stop the fetch or download under way; nothing is left half-installed."""
        if self._task is None or not self._cancellable:
            return
        self._task.cancel()
        self._then_download = None
        self._end()
        self.show_status(translate("Models", "Cancelled."))

    # Remove

    def confirm_remove(self, package: PackageInfo) -> bool:
        """Ask whether to remove a package."""
        answer = QMessageBox.question(
            self,
            translate("Models", "Remove Translation Model"),
            translate(
                "Models", "Remove {name} ({direction})? You can install it again later."
            ).format(
                name=package.name, direction=direction_label(package.from_code, package.to_code)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        """Remove the selected package, once the user confirms."""
        package = self.selected_package()
        if package is None or self.busy or not self.confirm_remove(package):
            return
        try:
            _remove(package.code)
        except Exception as error:  # one line in the dialog, which stays usable
            self.show_status(error_message(error))
        else:
            self.show_status(translate("Models", "Removed {name}.").format(name=package.name))
        self.refresh()
        self.changed.emit()

    def reject(self) -> None:
        """Close the window; a download under way stops."""
        self.cancel()
        super().reject()

    # Outcomes

    def _installed(self, package: PackageInfo) -> None:
        self._end()
        self.show_status(
            translate("Models", "Installed {name} ({direction}, version {version}).").format(
                name=package.name,
                direction=direction_label(package.from_code, package.to_code),
                version=package.version,
            )
        )
        self.refresh()
        self.changed.emit()
        self.installed.emit(package)

    def _indexed(self, index: list[RemotePackage]) -> None:
        self._end()
        self.index = index
        self._list_available()
        self.show_status(
            plural(
                len(index),
                translate("Models", "{n} package in the index."),
                translate("Models", "{n} packages in the index."),
            )
        )
        wanted, self._then_download = self._then_download, None
        if wanted is not None:
            self.download_pair(*wanted)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self._then_download = None
        self.show_status(error_message(error))

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, PROGRESS_STEPS)
            self.progress_bar.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // total))
            self.progress_bar.setFormat(
                translate("Models", "{done} of {total}").format(
                    done=format_size(done), total=format_size(total)
                )
            )
        else:
            self.progress_bar.setRange(0, 0)
            self.progress_bar.setFormat(format_size(done))

    def _begin(self, message: str, cancellable: bool) -> None:
        self.show_status("")
        self.progress_label.setText(message)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setFormat("")
        self._cancellable = cancellable
        self.cancel_button.setVisible(cancellable)
        self.progress_box.show()
        self._task = None
        self._update_buttons(busy=True)

    def _end(self) -> None:
        self._task = None
        self.progress_box.hide()
        self._update_buttons()

    def _update_buttons(self, busy: bool | None = None) -> None:
        busy = self.busy if busy is None else busy
        remote = self.selected_remote()
        self.install_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self.selected_package() is not None)
        self.refresh_button.setEnabled(not busy)
        self.download_button.setEnabled(not busy and remote is not None)

    def _list_available(self) -> None:
        installed = {p.code: p.version for p in self.packages}
        self.available_list.clear()
        for remote in self.index or ():
            size = (
                format_size(remote.size_bytes)
                if remote.size_bytes
                else translate("Models", "unknown", "size")
            )
            version = installed.get(remote.code)
            state = (
                ""
                if version is None
                else translate("Models", "installed")
                if version == remote.version
                else translate("Models", "update", "a newer version")
            )
            item = QTreeWidgetItem(
                [
                    model_label(remote.name, remote.from_code, remote.to_code),
                    remote.version,
                    size,
                    state,
                ]
            )
            item.setToolTip(0, remote.name)
            item.setData(0, Qt.ItemDataRole.UserRole, remote)
            self.available_list.addTopLevelItem(item)

    def _remote_for(self, from_code: str, to_code: str) -> RemotePackage | None:
        for remote in self.index or ():
            if (remote.from_code, remote.to_code) == (from_code, to_code):
                return remote
        return None


def _tree(columns: tuple[str, ...] = _COLUMNS) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels([translate("Models", column) if column else "" for column in columns])
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    header = tree.header()
    header.setStretchLastSection(False)
    # The model takes the room left; version, size and state are never cut.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return tree


def _row(*widgets: QWidget | None) -> QHBoxLayout:
    # None stands for the stretch between groups of buttons.
    layout = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            layout.addStretch()
        else:
            layout.addWidget(widget)
    return layout
