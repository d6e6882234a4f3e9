"""Reading the W3C SPARQL test suites (../shared/w3c-rdf-tests) and comparing results.

The suites are never copied into the repository.  Every file is given the IRI
the W3C publishes it under, so relative IRIs in queries, data and results
agree with each other; data files are loaded into named graphs named by
those IRIs, and a test's dataset is sent with the protocol's
``default-graph-uri`` and ``named-graph-uri``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.collection import Collection
from rdflib.compare import isomorphic

ROOT = Path(__file__).resolve().parent.parent
SUITES = ROOT.parent / "shared" / "w3c-rdf-tests" / "sparql"
KNOWN_FAILURES = Path(__file__).resolve().parent / "data" / "w3c-known-failures.txt"

BASES = {
    "sparql10": "http://www.w3.org/2001/sw/DataAccess/tests/data-r2/",
    "sparql11": "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/",
}
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
RS = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/result-set#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

rdflib.NORMALIZE_LITERALS = False  # compare lexical forms as written, as result-set equivalence does

RDF_SUFFIXES = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".rdf": ox.RdfFormat.RDF_XML}
RESULT_SUFFIXES = {
    ".srx": ox.QueryResultsFormat.XML,
    ".srj": ox.QueryResultsFormat.JSON,
    ".tsv": ox.QueryResultsFormat.TSV,
    ".csv": ox.QueryResultsFormat.CSV,
}
#: Not about the query language as this endpoint serves it: entailment regimes, and SERVICE (refused).
SKIPPED_FOLDERS = ("entailment", "service")


def iri_of(path: Path) -> str:
    relative = path.resolve().relative_to(SUITES)
    return BASES[relative.parts[0]] + "/".join(relative.parts[1:])


def path_of(iri: str) -> Path:
    for suite, base in BASES.items():
        if iri.startswith(base):
            return SUITES / suite / iri[len(base) :]
    raise ValueError(f"not a test-suite IRI: {iri}")


def known_failures() -> set[str]:
    """The test IRIs listed in tests/data/w3c-known-failures.txt (lines starting with # are comments)."""
    lines = KNOWN_FAILURES.read_text().splitlines() if KNOWN_FAILURES.is_file() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def manifest(path: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(path, format="turtle", publicID=iri_of(path))
    return graph


def walk(path: Path):
    """Every (manifest graph, test node) reachable from the manifest at ``path``, in order."""
    graph = manifest(path)
    for root in graph.subjects(rdflib.RDF.type, MF.Manifest):
        for include in graph.objects(root, MF.include):
            for item in Collection(graph, include):
                yield from walk(path_of(str(item)))
        for entries in graph.objects(root, MF.entries):
            for test in Collection(graph, entries):
                yield graph, test


@dataclass
class EvaluationTest:
    iri: str
    name: str
    query: str  # IRI of the query file
    data: list[str] = field(default_factory=list)  # IRIs of files merged into the default graph
    graph_data: list[tuple[str, str]] = field(default_factory=list)  # (graph name, file IRI)
    result: str | None = None

    @property
    def has_dataset(self) -> bool:
        return bool(self.data or self.graph_data)


def evaluation_tests(*manifests: Path) -> list[EvaluationTest]:
    tests = []
    for path in manifests:
        for graph, node in walk(path):
            if (node, rdflib.RDF.type, MF.QueryEvaluationTest) not in graph:
                continue
            if any(f"/{folder}/" in str(node) for folder in SKIPPED_FOLDERS):
                continue
            action = graph.value(node, MF.action)
            test = EvaluationTest(
                iri=str(node),
                name=str(graph.value(node, MF.name)),
                query=str(graph.value(action, QT.query)),
                result=str(graph.value(node, MF.result)) if graph.value(node, MF.result) else None,
            )
            test.data = sorted(str(d) for d in graph.objects(action, QT.data))
            for item in graph.objects(action, QT.graphData):
                if isinstance(item, rdflib.BNode):  # [ qt:graph <file> ; rdfs:label "name" ]
                    file = str(graph.value(item, QT.graph) or graph.value(item, UT.graph))
                    test.graph_data.append((str(graph.value(item, rdflib.RDFS.label)), file))
                else:
                    test.graph_data.append((str(item), str(item)))
            tests.append(test)
    return tests


def dataset_quads(tests: list[EvaluationTest]) -> tuple[list[ox.Quad], list[str]]:
    """Every data file the tests use, each in a graph named by its IRI; and the files that did not parse.

    A graph loaded under a label (qt:graphData with rdfs:label) gets the label as its name too.
    """
    quads: list[ox.Quad] = []
    broken: list[str] = []
    wanted: dict[str, set[str]] = {}
    for test in tests:
        for file in test.data:
            wanted.setdefault(file, set()).add(file)
        for name, file in test.graph_data:
            wanted.setdefault(file, set()).add(name)
    for test in tests:
        if not test.has_dataset:  # the query's own FROM clauses name files beside it
            for sibling in path_of(test.query).parent.iterdir():
                if sibling.suffix in RDF_SUFFIXES and sibling.name != "manifest.ttl":
                    wanted.setdefault(iri_of(sibling), set()).add(iri_of(sibling))
    for file, names in sorted(wanted.items()):
        path = path_of(file)
        try:
            parsed = ox.parse(
                path=path, format=RDF_SUFFIXES[path.suffix], base_iri=file, rename_blank_nodes=True
            )
            triples = [q.triple for q in parsed]
        except (SyntaxError, ValueError, OSError, KeyError):
            broken.append(file)
            continue
        for name in names:
            # Blank nodes are fresh per file, and shared by a file's copies: each copy is used alone.
            quads += [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name)) for t in triples]
    return quads, broken


# --- comparing results ----------------------------------------------------------------------


@dataclass(frozen=True)
class Rows:
    """A result set: variables and solutions, each term in N-Triples syntax (blank nodes ``_:…``)."""

    variables: frozenset[str]
    solutions: tuple[tuple[tuple[str, str], ...], ...]


def _rows(variables, rows: list[dict[str, str]]) -> Rows:
    return Rows(frozenset(variables), tuple(tuple(sorted(row.items())) for row in rows))


def _same_rows(a: Rows, b: Rows) -> bool:
    """Result-set equivalence: the same solutions, up to a one-to-one renaming of blank nodes."""
    if a.variables != b.variables or len(a.solutions) != len(b.solutions):
        return False
    if not any(term.startswith("_:") for row in a.solutions + b.solutions for _, term in row):
        return Counter(a.solutions) == Counter(b.solutions)

    def match(i: int, used: set[int], mapping: dict[str, str]) -> bool:
        if i == len(a.solutions):
            return True
        row = a.solutions[i]
        for j, other in enumerate(b.solutions):
            if j in used or len(other) != len(row) or [v for v, _ in row] != [v for v, _ in other]:
                continue
            extended = dict(mapping)
            if all(_bind(x, y, extended) for (_, x), (_, y) in zip(row, other, strict=True)):
                if match(i + 1, used | {j}, extended):
                    return True
        return False

    return match(0, set(), {})


def _bind(x: str, y: str, mapping: dict[str, str]) -> bool:
    if not x.startswith("_:") or not y.startswith("_:"):
        return x == y
    if x in mapping:
        return mapping[x] == y
    if y in mapping.values():
        return False
    mapping[x] = y
    return True


def _ox_term(term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:r{term.value}"
    return str(term)


def from_engine_results(result) -> bool | Rows | rdflib.Graph:
    """A pyoxigraph result (parsed from a response or an expected file) in comparable form."""
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    variables = [v.value for v in result.variables]
    return _rows(
        variables,
        [{v: _ox_term(solution[v]) for v in variables if solution[v] is not None} for solution in result],
    )


def from_result_set_graph(graph: rdflib.Graph) -> bool | Rows | rdflib.Graph:
    """An expected result written as RDF (rs:ResultSet) in comparable form."""
    result_set = graph.value(None, rdflib.RDF.type, RS.ResultSet, any=True)
    boolean = graph.value(result_set, RS.boolean)
    if boolean is not None:
        return bool(boolean.toPython())
    variables = [str(v) for v in graph.objects(result_set, RS.resultVariable)]
    rows = []
    for solution in graph.objects(result_set, RS.solution):
        row = {}
        for binding in graph.objects(solution, RS.binding):
            value = graph.value(binding, RS.value)
            term = f"_:r{value}" if isinstance(value, rdflib.BNode) else value.n3()
            term = term.removesuffix("^^<http://www.w3.org/2001/XMLSchema#string>")  # RDF 1.1: the same
            row[str(graph.value(binding, RS.variable))] = term
        rows.append(row)
    return _rows(variables, rows)


def expected(test: EvaluationTest) -> bool | Rows | rdflib.Graph:
    path = path_of(test.result)
    if path.suffix in RESULT_SUFFIXES:
        return from_engine_results(ox.parse_query_results(path=path, format=RESULT_SUFFIXES[path.suffix]))
    graph = rdflib.Graph()
    graph.parse(path, format="turtle" if path.suffix == ".ttl" else "xml", publicID=test.result)
    if (None, rdflib.RDF.type, RS.ResultSet) in graph:
        return from_result_set_graph(graph)
    return graph


def same(actual, wanted) -> bool:
    if isinstance(actual, Rows) and isinstance(wanted, Rows):
        return _same_rows(actual, wanted)
    if isinstance(actual, rdflib.Graph) and isinstance(wanted, rdflib.Graph):
        return isomorphic(actual, wanted)
    return actual == wanted
