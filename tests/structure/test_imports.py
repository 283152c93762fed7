"""The package's layers import one way: no cycle between the sub-packages of ita_site, and only
ita_site/plugin/ knows MkDocs (the core runs in `ita-site check` and the importer without it)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ita_site"


def _layer(module: str) -> str:
    """ita_site.content.loading → content; ita_site.checking → checking."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _imports(path: Path) -> list[str]:
    """Modules `path` imports when it runs; imports under `if TYPE_CHECKING:` are for readers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "ita_site":
                found += [f"ita_site.{alias.name}" for alias in node.names]
            else:
                found.append(node.module)
    return found


def _modules() -> dict[str, list[str]]:
    """Layer of each source file → what it imports, keyed by the file's path."""
    return {path.relative_to(PACKAGE).as_posix(): _imports(path)
            for path in sorted(PACKAGE.rglob("*.py"))}


def layer_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for rel, imported in _modules().items():
        layer = rel.split("/")[0].removesuffix(".py")
        targets = graph.setdefault(layer, set())
        for module in imported:
            if module.startswith("ita_site.") and _layer(module) != layer:
                targets.add(_layer(module))
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of `graph` as [a, b, …, a], or None."""
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return path[path.index(target):] + [target] if target in path else [node, target]
            if target not in state:
                cycle = visit(target, path + [target])
                if cycle:
                    return cycle
        state[node] = "done"
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start, [start])
            if cycle:
                return cycle
    return None


def test_the_sub_packages_import_each_other_one_way():
    graph = layer_graph()
    assert {"base", "content", "catalog", "pages", "plugin", "sitemap"} <= set(graph)
    assert find_cycle(graph) is None, " → ".join(find_cycle(graph))


def test_the_cycle_check_sees_a_cycle():
    assert find_cycle({"content": {"catalog"}, "catalog": {"base", "content"}}) in (
        ["content", "catalog", "content"], ["catalog", "content", "catalog"])
    assert find_cycle({"content": {"catalog"}, "catalog": {"base"}}) is None


def test_only_the_plugin_imports_mkdocs():
    outside = {rel: [m for m in imported if m == "mkdocs" or m.startswith("mkdocs.")]
               for rel, imported in _modules().items() if not rel.startswith("plugin/")}
    assert {rel: found for rel, found in outside.items() if found} == {}
