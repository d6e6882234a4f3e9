"""Validation: SHACL shapes and SPARQL checks → violations; the build fails on any.

``ontology/shapes.ttl`` says what each kind of node must have (pyshacl runs
it on the data, with the ontology for the class hierarchy).
``queries/checks/*.rq`` say what SHACL cannot: a check is a SELECT, and each
row it returns is a violation.  Checks named ``ontology-*.rq`` run on the
ontology graph; all others run on the data (all graphs as one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import RDFS, Dataset, Graph, Namespace, URIRef

from service.ontology import ONTOLOGY_IRI

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "shapes.ttl"
CHECKS = ROOT / "queries" / "checks"
ONTOLOGY_GRAPH = ONTOLOGY_IRI
SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Violation:
    rule: str  # shape or check name
    focus: str  # the offending node
    message: str
    severity: str = "Violation"
    details: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"[{self.rule}] {self.focus}: {self.message}"


def find_violations(
    dataset: Dataset,
    ontology: Graph,
    shapes: Path = SHAPES,
    checks: Path = CHECKS,
    warnings: list[Violation] | None = None,
) -> list[Violation]:
    """Every violation of the shapes and checks (warnings go to ``warnings`` if given)."""
    data = Graph()
    for graph in dataset.graphs():
        if graph.identifier != ONTOLOGY_GRAPH:
            data += graph
    found = shape_violations(data, ontology, shapes)
    found += check_violations(data, ontology, checks)
    if warnings is not None:
        warnings.extend(v for v in found if v.severity != "Violation")
    return [v for v in found if v.severity == "Violation"]


def shape_violations(data: Graph, ontology: Graph, shapes: Path = SHAPES) -> list[Violation]:
    if not shapes.exists():
        return []
    hierarchy = Graph()  # the class tree is all SHACL needs from the ontology, and it keeps pyshacl fast
    for triple in ontology.triples((None, RDFS.subClassOf, None)):
        hierarchy.add(triple)
    _, report, _ = shacl_validate(
        data, shacl_graph=Graph().parse(shapes, format="turtle"), ont_graph=hierarchy,
        inference="none", allow_warnings=True,
    )  # fmt: skip
    found = []
    for result in report.subjects(SH.resultSeverity, None):
        severity = report.value(result, SH.resultSeverity)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage) or "does not conform"
        shape = report.value(result, SH.sourceShape)
        where = f" (path {path.n3(report.namespace_manager)})" if path is not None else ""
        found.append(Violation(
            rule=f"shape {_short(shape, report)}",
            focus=str(report.value(result, SH.focusNode)),
            message=f"{message}{where}",
            severity=str(severity).rsplit("#", 1)[-1],
        ))  # fmt: skip
    return sorted(found, key=lambda v: (v.rule, v.focus))


def check_violations(data: Graph, ontology: Graph, checks: Path = CHECKS) -> list[Violation]:
    data_store, ontology_store = _store(data + ontology), _store(ontology)
    found = []
    for path in sorted(checks.glob("*.rq")):
        store = ontology_store if path.name.startswith("ontology-") else data_store
        result = store.query(path.read_text(encoding="utf-8"), use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        for row in result:
            values = {name: row[name].value for name in names if row[name] is not None}
            focus = values.get("focus") or values.get("term") or next(iter(values.values()), "")
            message = values.get("problem") or ", ".join(f"{k}={v}" for k, v in values.items())
            found.append(Violation(rule=f"check {path.stem}", focus=focus, message=message, details=values))
    return found


def _store(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _short(node, graph: Graph) -> str:
    if node is None:
        return "?"
    if isinstance(node, URIRef):
        return node.n3(graph.namespace_manager)
    return "(anonymous shape)"
