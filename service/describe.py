"""A resource's description: what dereferencing one of our IRIs returns.

The description is a concise bounded description (CBD) with provenance:

- every statement with the resource as subject (outgoing) or object (incoming), in whichever named graph
  it sits (an article's graph, the inferred graph, the ontology graph);
- the nodes that only describe it, followed outwards: blank nodes, and nodes typed as a value rather than
  a thing (time instants and durations, evidence annotations and their selectors, quantities);
- for each named graph those statements come from, what that graph says about itself
  (``prov:wasDerivedFrom`` its article);
- for a named graph's own IRI, its size (``void:triples``, counted when asked, in the default graph).

The statements are kept as quads, so TriG and N-Quads show the graph of every statement; the triple
formats (Turtle, JSON-LD, RDF/XML, N-Triples) carry the same statements merged.  The pages read the
same object, so the HTML and the RDF never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from service.ontology import DIPL, OA, ONTOLOGY_IRI, PREFIXES, SCHEMA, TIME
from service.store import EmbeddedStore

VOID_TRIPLES = ox.NamedNode("http://rdfs.org/ns/void#triples")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ONTOLOGY_NS = str(DIPL)
ONTOLOGY_GRAPH = str(ONTOLOGY_IRI)
FACTUALITY = str(DIPL.factuality)

#: Prefixes for serialisations and compact names on pages.
ALL_PREFIXES = {
    **{prefix: str(ns) for prefix, ns in PREFIXES.items()},
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": RDFS,
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": SKOS,
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "void": "http://rdfs.org/ns/void#",
}

#: Nodes of these types describe the thing that points at them, so they belong to its description.
VALUE_CLASSES = frozenset(
    str(iri)
    for iri in (
        TIME.Instant,
        TIME.Interval,
        TIME.Duration,
        TIME.DateTimeDescription,
        OA.Annotation,
        OA.SpecificResource,
        OA.TextPositionSelector,
        OA.TextQuoteSelector,
        SCHEMA.QuantitativeValue,
        DIPL.FactualityAssessment,
        DIPL.TemporalResolution,
    )
)

#: Guard against pathological chains of value nodes.
MAX_DEPTH = 4

_SHARED = f"""
PREFIX rdfs: <{RDFS}>
PREFIX skos: <{SKOS}>
PREFIX dipl: <{ONTOLOGY_NS}>
"""

# Bound variables must be projected (pyoxigraph substitutes only projected variables).
# Each row: one statement, plus what a page needs to show its other end (label, factuality, kind).
_OUTGOING = (
    _SHARED
    + """
SELECT ?s ?p ?o ?g ?label ?code ?notation ?valueNode WHERE {
  GRAPH ?g { ?s ?p ?o }
  OPTIONAL { ?o rdfs:label ?label }
  OPTIONAL { ?o dipl:factuality/skos:notation ?code }
  OPTIONAL { ?o skos:notation ?notation }
  BIND (isBlank(?o) || EXISTS { ?o a ?type . VALUES ?type { VALUE_CLASSES } } AS ?valueNode)
}
""".replace("VALUE_CLASSES", " ".join(f"<{c}>" for c in sorted(VALUE_CLASSES)))
)

_INCOMING = (
    _SHARED
    + """
SELECT ?s ?p ?o ?g ?label ?code WHERE {
  GRAPH ?g { ?s ?p ?o }
  OPTIONAL { ?s rdfs:label ?label }
  OPTIONAL { ?s dipl:factuality/skos:notation ?code }
}
"""
)

_LABELS = (
    _SHARED
    + """
SELECT ?x ?label ?code WHERE {
  OPTIONAL { ?x rdfs:label ?label }
  OPTIONAL { ?x skos:prefLabel ?label }
  OPTIONAL { ?x dipl:factuality/skos:notation ?code }
}
"""
)

_GRAPH_ABOUT = """
SELECT ?g ?p ?o ?h WHERE { GRAPH ?h { ?g ?p ?o } }
"""

_GRAPH_SIZE = """
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g
"""

_EXISTS = """
ASK { { ?r ?p ?o } UNION { ?s ?p ?r } UNION { GRAPH ?r { ?s ?p ?o } } }
"""


@dataclass
class Description:
    """The quads of a resource's CBD, with labels and factuality codes of the terms they mention."""

    iri: ox.NamedNode
    quads: list[ox.Quad] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # IRI → label
    codes: dict[str, str] = field(default_factory=dict)  # event IRI → factuality code
    notations: dict[str, str] = field(default_factory=dict)  # concept IRI → skos:notation
    value_nodes: set = field(default_factory=set)  # nodes followed because they only describe the resource
    truncated: bool = False  # incoming statements were cut at the result limit

    def outgoing(self, subject: ox.NamedNode | ox.BlankNode | None = None) -> list[ox.Quad]:
        subject = subject or self.iri
        return [q for q in self.quads if q.subject == subject]

    def incoming(self) -> list[ox.Quad]:
        return [q for q in self.quads if q.object == self.iri and q.subject != self.iri]

    def objects(self, predicate: str, subject=None) -> list:
        return [q.object for q in self.outgoing(subject) if q.predicate.value == predicate]

    def status(self) -> str | None:
        """The resource's own factuality code (``confirmed`` … ``false``), if it has one."""
        for concept in self.objects(FACTUALITY):
            return self.notations.get(concept.value)
        return None

    def triples(self) -> list[ox.Triple]:
        """The statements merged across graphs, for the triple-only formats."""
        return list(dict.fromkeys(q.triple for q in self.quads))

    def label(self, term) -> str:
        """A display name: the label in the store, else a compact name."""
        if isinstance(term, ox.NamedNode):
            return self.labels.get(term.value) or compact(term.value)
        return term.value


def compact(iri: str) -> str:
    """``dipl:ExpulsionOrder`` for a term in a known namespace; the last path segment otherwise."""
    for prefix, namespace in ALL_PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri.rstrip("/").rsplit("/", 1)[-1] or iri


class Describer:
    """Reads descriptions from the store."""

    def __init__(self, store: EmbeddedStore, union: bool = True, limit: int = 10000):
        self.store = store
        self.union = union
        self.limit = limit

    def _query(self, text: str, **bindings):
        return self.store.query(
            text,
            use_default_graph_as_union=self.union,
            substitutions={ox.Variable(name): term for name, term in bindings.items()},
        )

    def exists(self, iri: str) -> bool:
        return bool(self._query(_EXISTS, r=ox.NamedNode(iri)))

    def describe(self, iri: str) -> Description:
        node = ox.NamedNode(iri)
        found = Description(node)
        self._follow_outgoing(found, node)
        incoming = list(self._query(f"{_INCOMING} LIMIT {self.limit}", o=node))
        found.truncated = len(incoming) >= self.limit
        for row in incoming:
            found.quads.append(ox.Quad(row["s"], row["p"], node, row["g"]))
            _remember(found, row["s"], row["label"], row["code"])
        self._add_graph_provenance(found)
        self._add_graph_size(found)
        self._label_predicates_and_types(found)
        found.quads = list(dict.fromkeys(found.quads))
        return found

    def _follow_outgoing(self, found: Description, start) -> None:
        """The statements about ``start``, and about the value nodes hanging off it (breadth first)."""
        frontier, seen = [start], {start}
        for _ in range(MAX_DEPTH):
            next_frontier = []
            for subject in frontier:
                for row in self._query(_OUTGOING, s=subject):
                    found.quads.append(ox.Quad(subject, row["p"], row["o"], row["g"]))
                    _remember(found, row["o"], row["label"], row["code"])
                    if row["notation"] is not None:
                        found.notations[row["o"].value] = row["notation"].value
                    if row["valueNode"].value == "true" and row["o"] not in seen:
                        seen.add(row["o"])
                        found.value_nodes.add(row["o"])
                        next_frontier.append(row["o"])
            frontier = next_frontier
            if not frontier:
                break

    def _add_graph_provenance(self, found: Description) -> None:
        for graph in {q.graph_name for q in found.quads if isinstance(q.graph_name, ox.NamedNode)}:
            for row in self._query(_GRAPH_ABOUT, g=graph):
                found.quads.append(ox.Quad(graph, row["p"], row["o"], row["h"]))
                if isinstance(row["o"], ox.NamedNode):
                    self._label(found, row["o"])

    def _add_graph_size(self, found: Description) -> None:
        """A named graph's IRI is described by its size too (often nothing else is said about it)."""
        for row in self._query(_GRAPH_SIZE, g=found.iri):
            found.quads.append(ox.Quad(found.iri, VOID_TRIPLES, row["n"], ox.DefaultGraph()))

    def _label_predicates_and_types(self, found: Description) -> None:
        for term in {q.predicate for q in found.quads} | {
            q.object for q in found.quads if q.predicate == RDF_TYPE
        }:
            self._label(found, term)

    def _label(self, found: Description, term: ox.NamedNode) -> None:
        if term.value in found.labels:
            return
        for row in self._query(_LABELS, x=term):
            _remember(found, term, row["label"], row["code"])


def _remember(found: Description, term, label, code) -> None:
    if not isinstance(term, ox.NamedNode):
        return
    if label is not None and (term.value not in found.labels or getattr(label, "language", None) == "en"):
        found.labels[term.value] = label.value
    if code is not None:
        found.codes[term.value] = code.value
