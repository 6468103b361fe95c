"""Imports read top-down: no cycle among services and exchange modules (counting imports
inside functions and under TYPE_CHECKING: a cycle kept alive by them is still a cycle),
exchange never imports services, and no module imports another's private name."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"

# Edges of a cycle, or private names crossing modules, allowed for a while: each entry is
# deleted as soon as the code no longer needs it (test_pending_edges_still_exist fails then).
PENDING_EDGES: set[tuple[str, str]] = set()
PENDING_PRIVATE: set[tuple[str, str, str]] = set()


def _modules() -> dict[str, Path]:
    mods = {}
    for p in APP.rglob("*.py"):
        parts = list(p.relative_to(APP.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods[".".join(parts)] = p
    return mods


def _owner(name: str, mods: dict[str, Path]) -> str | None:
    """The module of `name` (a module, or a name inside one), if it is ours."""
    while name:
        if name in mods:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(mods: dict[str, Path]
             ) -> tuple[dict[str, dict[str, int]], list[tuple[str, int, str, str]]]:
    """module -> {imported module: first line}, and (module, line, from, name) for every
    private name imported from another module."""
    edges: dict[str, dict[str, int]] = {}
    private = []
    for mod, path in mods.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        out = edges.setdefault(mod, {})
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            targets: list[str | None] = []
            if isinstance(node, ast.Import):
                targets = [_owner(a.name, mods) for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                    base = ".".join(up + ([base] if base else []))
                for a in node.names:
                    full = f"{base}.{a.name}"
                    if full in mods:
                        targets.append(full)
                        continue
                    targets.append(_owner(base, mods))
                    if a.name.startswith("_") and not a.name.startswith("__"):
                        private.append((mod, node.lineno, base, a.name))
            for t in targets:
                if t is not None and t != mod:
                    out.setdefault(t, node.lineno)
    return edges, private


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    x = stack.pop()
                    on.discard(x)
                    comp.append(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    found.append(sorted(comp))
    return found


def _layered(m: str) -> bool:
    return m.startswith(("app.services.", "app.exchange."))


def test_no_import_cycle_among_services_and_exchange() -> None:
    mods = _modules()
    edges, _ = _imports(mods)
    graph = {m: {t for t in ts if _layered(t) and (m, t) not in PENDING_EDGES}
             for m, ts in edges.items() if _layered(m)}
    problems = []
    for comp in _cycles(graph):
        inside = [f"{a} -> {b} (line {edges[a][b]})" for a in comp for b in sorted(graph[a])
                  if b in comp]
        problems.append(f"import cycle {' ⇄ '.join(comp)}: " + "; ".join(inside))
    assert not problems, "\n".join(problems)


def test_exchange_never_imports_services() -> None:
    edges, _ = _imports(_modules())
    wrong = [f"{m} imports {t} (line {line})" for m, ts in sorted(edges.items())
             if m.startswith("app.exchange.") for t, line in ts.items()
             if t.startswith("app.services.")]
    assert not wrong, "exchange is used by services, never the reverse:\n" + "\n".join(wrong)


def test_no_private_name_crosses_modules() -> None:
    _, private = _imports(_modules())
    wrong = [f"{m} line {line} imports {name} from {base}" for m, line, base, name in private
             if (m, base, name) not in PENDING_PRIVATE]
    assert not wrong, "\n".join(wrong)


def test_pending_edges_still_exist() -> None:
    """The exceptions above are removed as soon as the code no longer needs them."""
    edges, private = _imports(_modules())
    gone = [f"{a} -> {b}" for a, b in sorted(PENDING_EDGES) if b not in edges.get(a, {})]
    gone += [f"{m}: {name} from {base}" for m, base, name in sorted(PENDING_PRIVATE)
             if not any((m, base, name) == (p[0], p[2], p[3]) for p in private)]
    assert not gone, "no longer imported; delete from PENDING_*: " + ", ".join(gone)


def test_the_checker_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
