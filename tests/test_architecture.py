"""The import graph of ``src/narcokg``: no circles, and every import points down the layers.

The layers, lowest first (docs/architecture.md draws them). A module may import its own layer
and the layers below it, never a layer above; packages that share a layer (``publish``,
``extract``, ``synth``) stay independent of each other. Imports inside functions and under
``TYPE_CHECKING`` count too: a circle hidden in a function is still a circle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import narcokg

ROOT = Path(narcokg.__file__).resolve().parent

LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "paths", "namespaces"),
    ("files",),  # reading files a user names: clear errors for bad bytes (docs/security.md)
    ("model",),
    ("build",),
    ("validation",),
    ("queries",),
    ("publish", "extract", "synth"),
    ("server",),
    (
        "api",
        "cli",
        "cli_publish",
        "cli_workspace",
        "entry",
        "__main__",
        "",
    ),  # "" is narcokg/__init__.py, the public API
)
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def imported(name: str, path: Path) -> Iterator[str]:
    """The narcokg modules ``name`` imports anywhere in its file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from narcokg.x import y``: y is a module or a name in narcokg.x
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names
            ]
        else:
            continue
        yield from (t for t in targets if t in MODULES and t != name)


GRAPH = {name: sorted(set(imported(name, path))) for name, path in MODULES.items()}


def layer_of(module: str) -> tuple[int, str]:
    """The layer index and the top-level part (package or module) of ``narcokg.<top>...``."""
    top = module.split(".")[1] if "." in module else ""
    for index, members in enumerate(LAYERS):
        if top in members:
            return index, top
    raise AssertionError(f"{module} is in no layer: add {top!r} to LAYERS and the docs")


def test_every_module_has_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


def wrong_imports(module: str, targets: list[str]) -> list[str]:
    """The imports of ``module`` that point up a layer or across to a sibling package."""
    level, top = layer_of(module)
    wrong = []
    for target in targets:
        target_level, target_top = layer_of(target)
        interfaces = target_level == level == len(LAYERS) - 1  # cli, entry, api may share
        if not (target_level < level or target_top == top or interfaces):
            wrong.append(target)
    return wrong


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_imports_point_down(module: str) -> None:
    wrong = wrong_imports(module, GRAPH[module])
    assert not wrong, f"{module} imports {wrong}: a layer above it or a sibling package"


def test_wrong_imports_are_found() -> None:
    assert wrong_imports("narcokg.model.facts", ["narcokg.build.graph"]) == ["narcokg.build.graph"]
    assert wrong_imports("narcokg.synth.plan", ["narcokg.extract.text"]) == ["narcokg.extract.text"]
    assert wrong_imports("narcokg.build.graph", ["narcokg.model.facts", "narcokg.errors"]) == []


def find_cycle(graph: dict[str, list[str]]) -> list[str] | None:
    """One import circle of ``graph``, or None (depth-first search, white/grey/black)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in graph.get(node, []):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_circles() -> None:
    cycle = find_cycle(GRAPH)
    assert cycle is None, "import circle: " + " -> ".join(cycle or [])


def test_find_cycle_finds_a_circle() -> None:
    assert find_cycle({"a": ["b"], "b": ["c"], "c": ["a"]}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": ["b"], "b": [], "c": ["a"]}) is None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_is_short(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it by job"


@pytest.mark.parametrize(
    "module", sorted(m for m, p in MODULES.items() if p.name == "__init__.py" and m != "narcokg")
)
def test_package_says_what_it_is(module: str) -> None:
    docstring = ast.get_docstring(ast.parse(MODULES[module].read_text(encoding="utf-8")))
    assert docstring and len(docstring) > 80, f"{module}: a one-paragraph docstring, please"
