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
import requests
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
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
HTS = "http://www.w3.org/2011/http-statusCodes#"
#: The status names the HTTP manifests use (hts:StatusCode2xx and the like are classes).
STATUS_CODES = {"OK": 200, "Created": 201, "NoContent": 204, "BadRequest": 400, "NotFound": 404}

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


def check_outcomes(suite: str, outcomes: dict[str, str | None]) -> None:
    """Print the pass count of a suite (test IRI → None or why it failed) and fail on any
    failure not in the known-failures list; list known failures that now pass."""
    failures = {iri: why for iri, why in outcomes.items() if why}
    known = known_failures() & set(outcomes)
    print(
        f"\nW3C {suite} through HTTP: {len(outcomes) - len(failures)}/{len(outcomes)} passed, "
        f"{len(failures)} failed ({len(known)} known failures listed)"
    )
    fixed = sorted(known - set(failures))
    if fixed:
        print("now passing (remove from the known-failures list):", *fixed, sep="\n  ")
    regressions = {iri: why for iri, why in failures.items() if iri not in known}
    assert not regressions, "regressions:\n" + "\n".join(f"{iri}: {why}" for iri, why in regressions.items())


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


@dataclass
class SyntaxTest:
    iri: str
    file: str  # IRI of the query (.rq) or update (.ru)
    positive: bool

    @property
    def is_update(self) -> bool:
        return self.file.endswith(".ru")


POSITIVE_SYNTAX = {MF.PositiveSyntaxTest, MF.PositiveSyntaxTest11, MF.PositiveUpdateSyntaxTest11}
NEGATIVE_SYNTAX = {MF.NegativeSyntaxTest, MF.NegativeSyntaxTest11, MF.NegativeUpdateSyntaxTest11}


def syntax_tests(*manifests: Path) -> list[SyntaxTest]:
    tests = []
    for path in manifests:
        for graph, node in walk(path):
            kinds = set(graph.objects(node, rdflib.RDF.type))
            if kinds & (POSITIVE_SYNTAX | NEGATIVE_SYNTAX):
                action = str(graph.value(node, MF.action))
                tests.append(SyntaxTest(str(node), action, bool(kinds & POSITIVE_SYNTAX)))
    return tests


@dataclass
class UpdateTest:
    iri: str
    request: str  # IRI of the update (.ru)
    before: dict[str, list[str]]  # graph name ("" for the default graph) → data file IRIs
    after: dict[str, list[str]]


def _graphs(graph: rdflib.Graph, node) -> dict[str, list[str]]:
    """A ut:data / ut:graphData description as graph name → files; named graphs listed even when empty."""
    found: dict[str, list[str]] = {}
    for file in graph.objects(node, UT.data):
        found.setdefault("", []).append(str(file))
    for item in graph.objects(node, UT.graphData):
        found.setdefault(str(graph.value(item, rdflib.RDFS.label)), []).append(str(graph.value(item, UT.graph)))
    return found


def update_tests(*manifests: Path) -> list[UpdateTest]:
    tests = []
    for path in manifests:
        for graph, node in walk(path):
            if (node, rdflib.RDF.type, MF.UpdateEvaluationTest) in graph:
                action, result = graph.value(node, MF.action), graph.value(node, MF.result)
                tests.append(
                    UpdateTest(
                        str(node),
                        str(graph.value(action, UT.request)),
                        _graphs(graph, action),
                        _graphs(graph, result),
                    )
                )
    return tests


def read_rdf(file: str) -> list[ox.Triple]:
    """A test-suite data file as triples, its relative IRIs resolved against its published IRI."""
    path = path_of(file)
    return [q.triple for q in ox.parse(path=path, format=RDF_SUFFIXES[path.suffix], base_iri=file)]


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
            parsed = ox.parse(path=path, format=RDF_SUFFIXES[path.suffix], base_iri=file, rename_blank_nodes=True)
            triples = [q.triple for q in parsed]
        except (SyntaxError, ValueError, OSError, KeyError):
            broken.append(file)
            continue
        for name in names:
            # Blank nodes are fresh per file, and shared by a file's copies: each copy is used alone.
            quads += [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name)) for t in triples]
    return quads, broken


# --- HTTP manifests (protocol, graph store): requests written as ht:Request --------------------


@dataclass
class Exchange:
    """One request of an HTTP test and what its response must be."""

    method: str
    path: str  # as written in the manifest, e.g. /gsp?graph=... or /sparql/?query=...
    headers: dict[str, str]
    body: bytes | None
    statuses: list[str]  # hts names: OK, Created, StatusCode2xx, ...
    location_variable: str | None = None  # mf:expectedLocation: the Location becomes this template variable
    content_type: str | None = None  # the response's expected Content-Type
    expected_body: str | None = None  # RDF the response body must be isomorphic to
    result_kind: str | None = None  # mf:expectedFormat: "boolean", "tabular" or "RDF"
    boolean: bool | None = None  # mf:expectedBoolean: the ASK answer

    def status_ok(self, code: int) -> bool:
        for name in self.statuses:
            if name.startswith("StatusCode"):
                if name == f"StatusCode{code // 100}xx":
                    return True
            elif STATUS_CODES[name] == code:  # an unknown name fails loudly
                return True
        return False


def _headers(graph: rdflib.Graph, node) -> dict[str, str]:
    found = {}
    for header_list in graph.objects(node, HT.headers):
        for header in Collection(graph, header_list):
            found[str(graph.value(header, HT.fieldName)).lower()] = str(graph.value(header, HT.fieldValue))
    return found


def _body(graph: rdflib.Graph, node) -> str | None:
    body = graph.value(node, HT.body)
    return None if body is None else str(graph.value(body, CNT.chars))


def _optional(term) -> str | None:
    return None if term is None else str(term)


def exchanges(graph: rdflib.Graph, test) -> list[Exchange]:
    """The requests of an HTTP test, in order."""
    found = []
    for request_list in graph.objects(graph.value(test, MF.action), HT.requests):
        for node in Collection(graph, request_list):
            response = graph.value(node, HT.resp)
            text = _body(graph, node)
            encoding = str(graph.value(graph.value(node, HT.body), CNT.characterEncoding) or "UTF-8")
            expected_headers = _headers(graph, response)
            location = graph.value(response, MF.expectedLocation)
            answer = graph.value(response, MF.expectedBoolean)
            found.append(
                Exchange(
                    method=str(graph.value(node, HT.methodName)),
                    path=str(graph.value(node, HT.absolutePath)),
                    headers=_headers(graph, node),
                    body=None if text is None else text.encode(encoding),
                    statuses=sorted(str(s)[len(HTS) :] for s in graph.objects(response, MF.expectedStatus)),
                    location_variable=_optional(location),
                    content_type=expected_headers.get("content-type"),
                    expected_body=_body(graph, response),
                    result_kind=_optional(graph.value(response, MF.expectedFormat)),
                    boolean=None if answer is None else answer.toPython(),
                )
            )
    return found


def send(url: str, exchange: Exchange, headers: dict[str, str] | None = None) -> requests.Response:
    """The exchange's request sent to ``url`` exactly as written (no re-quoting of %-escapes)."""
    prepared = requests.Request(
        exchange.method, url, data=exchange.body, headers={**exchange.headers, **(headers or {})}
    ).prepare()
    prepared.url = url  # requests would decode %31 to 1: the tests check that we decode once
    with requests.Session() as session:
        return session.send(prepared, timeout=60)


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
