"""The shape of the code: who may import whom, and no cycles.

Read from the source with `ast`, so a test fails the moment a module reaches
past the shell into the window, or two modules come to need each other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("reader", "ui")
#: The modules that may know the window: the app that makes it, and itself.
WINDOW_IMPORTERS = {"ui.window", "ui.app", "ui.main"}


def _modules() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, *, runtime_only: bool) -> Iterator[str]:
    """Yield every module a tree imports (lazily inside functions too).

    With `runtime_only`, imports under `if TYPE_CHECKING:` are left out: they
    never run, so they make no cycle.
    """
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and runtime_only and _is_type_checking(node):
            yield from _imports(ast.Module(body=node.orelse, type_ignores=[]), runtime_only=True)
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            # `from ui import pictures` imports the module ui.pictures.
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        yield from _imports(node, runtime_only=runtime_only)


def _graph(*, runtime_only: bool) -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[name] = {
            imported
            for imported in _imports(tree, runtime_only=runtime_only)
            if imported in modules
            and imported != name
            # A package's __init__ re-exports its modules; they do not import it back.
            and not name.startswith(imported + ".")
        }
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return one cycle through each strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for child in sorted(graph[node]):
            if child not in index:
                visit(child)
                low[node] = min(low[node], low[child])
            elif child in on_stack:
                low[node] = min(low[node], index[child])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_finds_a_cycle_when_there_is_one() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_an_import_under_type_checking_makes_no_cycle_but_a_lazy_one_does() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from ui.window import MainWindow\n"
        "def f():\n    from reader import article\n"
    )
    assert set(_imports(tree, runtime_only=True)) == {
        "typing",
        "typing.TYPE_CHECKING",
        "reader",
        "reader.article",
    }
    assert "ui.window" in set(_imports(tree, runtime_only=False))


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycles(package: str) -> None:
    graph = {
        name: {child for child in children if child.split(".")[0] == package}
        for name, children in _graph(runtime_only=True).items()
        if name.split(".")[0] == package
    }
    assert _cycles(graph) == []


def test_only_the_app_knows_the_window() -> None:
    # Features see ui.shell; the window wires them, so none may reach back into it,
    # not even for a type.
    importers = {
        name for name, imported in _graph(runtime_only=False).items() if "ui.window" in imported
    }
    assert importers <= WINDOW_IMPORTERS - {"ui.window"}


def _calls(method: str) -> Iterator[tuple[str, ast.Call]]:
    for name, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == method
            ):
                yield name, node


def test_views_come_from_the_shell_not_from_a_search_of_the_window() -> None:
    searches = [
        name
        for name, call in _calls("findChildren")
        if any(isinstance(arg, ast.Name) and arg.id == "ReadingView" for arg in call.args)
    ]
    assert searches == []


def test_no_feature_filters_the_windows_events() -> None:
    # The window's closing is the shell's `closing` signal; its drops, `add_drop_target`.
    def receiver(call: ast.Call) -> str:
        assert isinstance(call.func, ast.Attribute)
        return ast.unparse(call.func.value)

    watchers = [
        (name, receiver(call))
        for name, call in _calls("installEventFilter")
        if name != "ui.window"
        and receiver(call) in {"window", "self.window", "self._window", "shell.widget"}
    ]
    assert watchers == []
