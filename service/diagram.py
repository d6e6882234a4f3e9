"""Small diagrams rendered on the server as inline SVG.

Pure Python, so the service needs no Graphviz: our diagrams are a class
hierarchy (an indented tree) and a resource's neighbourhood (a few dozen
nodes in layered columns), which simple layouts draw well.

Public API (used by the ontology page and the resource pages):

- ``Node(id, label, href=None, css_class=None)``: a box; ``href`` makes it a
  link (only ``http(s)://``, ``/...`` and ``#...`` targets are kept).
- ``svg_tree(nodes, parents, title)``: a hierarchy; ``parents`` are
  ``(child_id, parent_id)`` pairs.  A node with several parents is drawn in
  full under the first one and as a plain reference (class ``repeat``) under
  the others.
- ``svg_graph(nodes, edges, title)``: a node-link diagram; ``edges`` are
  ``(source_id, target_id, label)`` triples.  Columns follow edge direction,
  so a resource's subjects sit left of it and its objects right of it.

Both return ``markupsafe.Markup`` (safe to insert into a Jinja template):
every label, title and link is escaped here.  Nodes are ``<g class="node
...">`` elements and edges ``<g class="edge">``; they carry presentation
attributes, so the SVG is readable without a stylesheet, and CSS can
restyle them through the ``kg-diagram`` class.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

FONT_SIZE = 12
CHAR_WIDTH = 7.5  # average advance of a 12px sans-serif character, rounded up
MAX_LABEL = 40  # longer labels are shortened; the full label is the tooltip
BOX_HEIGHT = 22
PAD = 8


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    href: str | None = None
    css_class: str | None = None


def svg_tree(nodes: Iterable[Node], parents: Iterable[tuple[str, str]], title: str) -> Markup:
    """Draw a hierarchy as an indented tree, roots at the top left."""
    by_id = {node.id: node for node in nodes}
    children: dict[str, list[str]] = defaultdict(list)
    has_parent = set()
    for child, parent in parents:
        if child in by_id and parent in by_id and child != parent:
            children[parent].append(child)
            has_parent.add(child)
    order = list(by_id)
    for kids in children.values():
        kids.sort(key=lambda k: by_id[k].label.lower())
    roots = sorted((n for n in order if n not in has_parent), key=lambda k: by_id[k].label.lower())

    rows: list[tuple[int, str, bool]] = []  # (depth, id, repeated)
    drawn: set[str] = set()

    def walk(node_id: str, depth: int, path: frozenset[str]) -> None:
        repeated = node_id in drawn
        rows.append((depth, node_id, repeated))
        if repeated:
            return
        drawn.add(node_id)
        for kid in children[node_id]:
            if kid not in path:  # a cycle is drawn once, not forever
                walk(kid, depth + 1, path | {kid})

    for root in roots:
        walk(root, 0, frozenset({root}))
    for node_id in order:  # nodes only reachable through a cycle
        if node_id not in drawn:
            walk(node_id, 0, frozenset({node_id}))

    indent, row_height = 24, BOX_HEIGHT + 6
    parts, width = [], 0
    stack: list[tuple[int, float]] = []  # (depth, y) of the open ancestors
    for index, (depth, node_id, repeated) in enumerate(rows):
        x, y = PAD + depth * indent, PAD + index * row_height
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:  # elbow from the parent's left edge down and across
            px, py = PAD + stack[-1][0] * indent + 8, stack[-1][1] + BOX_HEIGHT
            mid = y + BOX_HEIGHT / 2
            parts.append(
                f'<g class="edge"><path d="M{px} {py} V{mid} H{x}" fill="none" stroke="#8a8f98"/></g>'
            )
        css = "repeat" if repeated else None
        box, box_width = _box(by_id[node_id], x, y, css)
        parts.append(box)
        width = max(width, x + box_width + PAD)
        stack.append((depth, y))
    height = PAD * 2 + len(rows) * row_height
    return _svg(title, width, height, parts)


def svg_graph(nodes: Iterable[Node], edges: Iterable[tuple[str, str, str]], title: str) -> Markup:
    """Draw a small directed graph in columns, edge labels at mid-edge."""
    by_id = {node.id: node for node in nodes}
    edges = [(s, t, label) for s, t, label in edges if s in by_id and t in by_id]
    column = _layers(list(by_id), [(s, t) for s, t, _ in edges if s != t])
    columns: dict[int, list[str]] = defaultdict(list)
    for node_id in by_id:
        columns[column[node_id]].append(node_id)

    widths = {n: _box_width(by_id[n].label) for n in by_id}
    col_width = {c: max(widths[n] for n in members) for c, members in columns.items()}
    gap, row_height = 150, BOX_HEIGHT + 18
    x_of_col, x = {}, PAD
    for c in sorted(columns):
        x_of_col[c] = x
        x += col_width[c] + gap
    tallest = max((len(m) for m in columns.values()), default=0)
    position = {}
    for c, members in columns.items():
        top = PAD + (tallest - len(members)) * row_height / 2
        for i, node_id in enumerate(members):
            position[node_id] = (x_of_col[c], top + i * row_height)

    parts = [
        '<defs><marker id="kg-arrow" viewBox="0 0 10 10" refX="10" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0 0 L10 5 L0 10 z" fill="#8a8f98"/></marker></defs>'
    ]
    for s, t, label in edges:
        parts.append(_edge(position[s], widths[s], position[t], widths[t], label))
    for node_id, (nx, ny) in position.items():
        parts.append(_box(by_id[node_id], nx, ny, None)[0])
    width = x - gap + PAD if columns else 2 * PAD
    height = PAD * 2 + tallest * row_height
    return _svg(title, width, height, parts)


def _layers(order: list[str], edges: list[tuple[str, str]]) -> dict[str, int]:
    """Longest-path layering; edges that close a cycle are ignored."""
    out = defaultdict(list)
    for s, t in edges:
        out[s].append(t)
    state: dict[str, int] = {}  # 1 = on the DFS stack, 2 = done
    topo: list[str] = []
    forward: dict[str, list[str]] = defaultdict(list)

    def visit(n: str) -> None:
        state[n] = 1
        for t in out[n]:
            if state.get(t) == 1:
                continue  # back edge: breaks the cycle
            forward[n].append(t)
            if t not in state:
                visit(t)
        state[n] = 2
        topo.append(n)

    for n in order:
        if n not in state:
            visit(n)
    layer = dict.fromkeys(order, 0)
    for n in reversed(topo):
        for t in forward[n]:
            layer[t] = max(layer[t], layer[n] + 1)
    return layer


def _edge(source, source_width, target, target_width, label) -> str:
    (sx, sy), (tx, ty) = source, target
    y1, y2 = sy + BOX_HEIGHT / 2, ty + BOX_HEIGHT / 2
    if tx > sx:
        x1, x2 = sx + source_width, tx
    elif tx < sx:
        x1, x2 = sx, tx + target_width
    else:  # same column: bow out to the right
        x1 = x2 = sx + source_width
    bow = 0 if tx != sx else 40
    path = f"M{x1} {y1} C{x1 + bow} {y1} {x2 + bow} {y2} {x2} {y2}" if bow else f"M{x1} {y1} L{x2} {y2}"
    lx, ly = (x1 + x2) / 2 + bow * 0.75, (y1 + y2) / 2 - 3
    text = _short(label, 24)
    return (
        f'<g class="edge"><title>{escape(label)}</title>'
        f'<path d="{path}" fill="none" stroke="#8a8f98" marker-end="url(#kg-arrow)"/>'
        f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="middle" font-size="{FONT_SIZE - 2}" '
        f'fill="#4a4f58">{escape(text)}</text></g>'
    )


def _box(node: Node, x: float, y: float, extra_class: str | None) -> tuple[str, int]:
    width = _box_width(node.label)
    classes = " ".join(c for c in ("node", node.css_class, extra_class) if c)
    style = 'fill="#f4f6fa" stroke="#8a8f98"'
    if extra_class == "repeat":
        style = 'fill="#ffffff" stroke="#c3c7cf" stroke-dasharray="3 2"'
    body = (
        f"<title>{escape(node.label)}</title>"
        f'<rect x="{x}" y="{y}" width="{width}" height="{BOX_HEIGHT}" rx="4" {style}/>'
        f'<text x="{x + PAD}" y="{y + BOX_HEIGHT - 7}" font-size="{FONT_SIZE}" '
        f'fill="#1d2330">{escape(_short(node.label, MAX_LABEL))}</text>'
    )
    href = _safe_href(node.href)
    if href:
        body = f'<a href="{escape(href)}">{body}</a>'
    return f'<g class="{escape(classes)}" data-id="{escape(node.id)}">{body}</g>', width


def _box_width(label: str) -> int:
    return round(len(_short(label, MAX_LABEL)) * CHAR_WIDTH) + 2 * PAD


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe_href(href: str | None) -> str | None:
    """Keep web and in-page links only: no javascript: or data: URLs."""
    if href and href.startswith(("http://", "https://", "/", "#")):
        return href
    return None


def _svg(title: str, width: float, height: float, parts: list[str]) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="kg-diagram" role="img" '
        f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'font-family="sans-serif" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>{''.join(parts)}</svg>"
    )
