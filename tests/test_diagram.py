"""Server-side SVG diagrams: well-formed, complete, escaped, laid out by structure."""

import xml.etree.ElementTree as ET

from service.diagram import Node, svg_graph, svg_tree

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(str(svg))


def node_positions(root: ET.Element) -> dict[str, tuple[float, float]]:
    found = {}
    for g in root.iter(f"{SVG}g"):
        if "node" in g.get("class", "").split():
            rect = next(g.iter(f"{SVG}rect"))
            found.setdefault(g.get("data-id"), (float(rect.get("x")), float(rect.get("y"))))
    return found


def test_tree_indents_children_below_their_parent():
    nodes = [Node("a", "Agent"), Node("s", "State"), Node("g", "Government"), Node("j", "Junta")]
    svg = svg_tree(nodes, [("s", "a"), ("g", "a"), ("j", "g")], "classes")
    pos = node_positions(parse(svg))
    assert set(pos) == {"a", "s", "g", "j"}
    assert pos["g"][0] > pos["a"][0] and pos["j"][0] > pos["g"][0]
    assert pos["a"][1] < pos["g"][1] < pos["j"][1]


def test_tree_draws_a_second_parent_as_a_reference_not_a_copy_of_the_subtree():
    nodes = [Node(x, x) for x in "abcd"]
    svg = svg_tree(nodes, [("c", "a"), ("c", "b"), ("d", "c")], "dag")
    root = parse(svg)
    ids = [g.get("data-id") for g in root.iter(f"{SVG}g") if "node" in g.get("class", "")]
    assert sorted(ids) == ["a", "b", "c", "c", "d"]
    repeats = [g for g in root.iter(f"{SVG}g") if "repeat" in g.get("class", "").split()]
    assert [g.get("data-id") for g in repeats] == ["c"]


def test_tree_survives_a_cycle():
    svg = svg_tree([Node("a", "A"), Node("b", "B")], [("a", "b"), ("b", "a")], "cycle")
    assert set(node_positions(parse(svg))) == {"a", "b"}


def test_graph_puts_subjects_left_and_objects_right():
    nodes = [Node("x", "focus"), Node("in", "subject"), Node("out", "object")]
    svg = svg_graph(nodes, [("in", "x", "p"), ("x", "out", "q")], "neighbourhood")
    pos = node_positions(parse(svg))
    assert pos["in"][0] < pos["x"][0] < pos["out"][0]
    texts = [t.text for t in parse(svg).iter(f"{SVG}text")]
    assert "p" in texts and "q" in texts


def test_labels_titles_and_links_are_escaped():
    evil = '<script>alert("x")</script>'
    nodes = [Node("a", evil, href="javascript:alert(1)"), Node("b", "ok", href="/id/b?x=1&y=2")]
    for svg in (svg_tree(nodes, [("b", "a")], evil), svg_graph(nodes, [("a", "b", evil)], evil)):
        assert "<script>" not in svg
        root = parse(svg)  # well-formed XML despite the markup in labels
        hrefs = [a.get("href") for a in root.iter(f"{SVG}a")]
        assert hrefs == ["/id/b?x=1&y=2"]  # javascript: link dropped, & escaped then parsed back


def test_long_labels_are_shortened_with_the_full_label_as_tooltip():
    label = "a very long label " * 5
    svg = svg_tree([Node("a", label)], [], "t")
    root = parse(svg)
    shown = [t.text for t in root.iter(f"{SVG}text")]
    assert shown[0].endswith("…") and len(shown[0]) <= 40
    assert label in [t.text for t in root.iter(f"{SVG}title")]
