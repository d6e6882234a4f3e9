"""Descriptions of the service and its data: the SPARQL service description and VoID.

Both are RDF built from the store's current version (so they follow every
write), served by content negotiation with the store's validators.  VoID lives
here rather than in pages.py so that the statistics and the service
description share one computation.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from flask import Blueprint, Response, current_app

from service import formats, responses
from service.store import EmbeddedStore

bp = Blueprint("void", __name__)

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DCTERMS = "http://purl.org/dc/terms/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"
ONTOLOGY_NS = "https://w3id.org/diplomacy-kg/ontology#"


@dataclass(frozen=True)
class Statistics:
    triples: int
    default_graph_triples: int
    graphs: tuple[tuple[str, int], ...]  # (graph IRI, triples), sorted by IRI
    properties: int
    classes: int


_cache: dict[str, Statistics] = {}


def statistics(store: EmbeddedStore) -> Statistics:
    """Counts for the current version, computed once per version and process."""
    version = store.version
    if version not in _cache:
        _cache.clear()
        _cache[version] = _count(store.current())
    return _cache[version]


def _count(db: ox.Store) -> Statistics:
    per_graph = {
        row["g"].value: int(row["n"].value)
        for row in db.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    default = int(next(iter(db.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
    totals = next(
        iter(
            db.query(
                "SELECT (COUNT(DISTINCT ?p) AS ?props) (COUNT(DISTINCT ?c) AS ?classes) "
                "WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } "
                "OPTIONAL { FILTER(?p = rdf:type) BIND(?o AS ?c) } }",
                prefixes={"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
            )
        )
    )
    return Statistics(
        triples=default + sum(per_graph.values()),
        default_graph_triples=default,
        graphs=tuple(sorted(per_graph.items())),
        properties=int(totals["props"].value),
        classes=int(totals["classes"].value),
    )


def _count_literal(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))


class _Graph(list):
    """A list of triples with a terse ``add``."""

    def add(self, s, p: str, o) -> None:
        self.append(ox.Triple(s, ox.NamedNode(p) if p != "a" else RDF_TYPE, o))


def service_description(base: str, config: dict, stats: Statistics, requested_at: str | None = None) -> list[ox.Triple]:
    """The sd:Service at ``{base}sparql``: languages, formats, features and the default dataset.

    ``requested_at`` is the URL the description was fetched from: when the service is reached
    under another name than KG_BASE_IRI (a port, a proxy), that URL is an endpoint of it too,
    as clients check that the URL they asked has an ``sd:endpoint`` triple.
    """
    g = _Graph()
    service = ox.NamedNode(base + "sparql")
    g.add(service, "a", ox.NamedNode(SD + "Service"))
    g.add(service, SD + "endpoint", service)
    if requested_at and requested_at != service.value:
        g.add(service, SD + "endpoint", ox.NamedNode(requested_at))
    g.add(service, SD + "supportedLanguage", ox.NamedNode(SD + "SPARQL11Query"))
    if config.get("KG_UPDATE_TOKEN"):
        g.add(service, SD + "supportedLanguage", ox.NamedNode(SD + "SPARQL11Update"))
    for fmt in formats.ALL_FORMATS:
        g.add(service, SD + "resultFormat", ox.NamedNode(fmt.spec))
    if config["KG_UNION_DEFAULT_GRAPH"]:
        g.add(service, SD + "feature", ox.NamedNode(SD + "UnionDefaultGraph"))
    if config["KG_ALLOW_SERVICE"]:
        g.add(service, SD + "feature", ox.NamedNode(SD + "BasicFederatedQuery"))
    g.add(service, SD + "feature", ox.NamedNode(SD + "EmptyGraphs"))
    dataset, default = ox.BlankNode(), ox.BlankNode()
    g.add(service, SD + "defaultDataset", dataset)
    g.add(dataset, "a", ox.NamedNode(SD + "Dataset"))
    g.add(dataset, SD + "defaultGraph", default)
    g.add(default, "a", ox.NamedNode(SD + "Graph"))
    union = stats.triples if config["KG_UNION_DEFAULT_GRAPH"] else stats.default_graph_triples
    g.add(default, VOID + "triples", _count_literal(union))
    for name, triples in stats.graphs:
        named, graph = ox.BlankNode(), ox.BlankNode()
        g.add(dataset, SD + "namedGraph", named)
        g.add(named, "a", ox.NamedNode(SD + "NamedGraph"))
        g.add(named, SD + "name", ox.NamedNode(name))
        g.add(named, SD + "graph", graph)
        g.add(graph, "a", ox.NamedNode(SD + "Graph"))
        g.add(graph, VOID + "triples", _count_literal(triples))
    return g


def void_description(base: str, stats: Statistics, modified: float) -> list[ox.Triple]:
    """The VoID dataset: endpoint, URI space, vocabulary, and statistics per named graph."""
    from datetime import UTC, datetime

    g = _Graph()
    document = ox.NamedNode(base + ".well-known/void")
    dataset = ox.NamedNode(base + ".well-known/void#dataset")
    g.add(document, "a", ox.NamedNode(VOID + "DatasetDescription"))
    g.add(document, "http://xmlns.com/foaf/0.1/primaryTopic", dataset)
    g.add(dataset, "a", ox.NamedNode(VOID + "Dataset"))
    g.add(dataset, DCTERMS + "title", ox.Literal("diplomacy-kg"))
    g.add(
        dataset,
        DCTERMS + "modified",
        ox.Literal(datetime.fromtimestamp(int(modified), UTC).isoformat(), datatype=ox.NamedNode(XSD + "dateTime")),
    )
    g.add(dataset, VOID + "sparqlEndpoint", ox.NamedNode(base + "sparql"))
    g.add(dataset, VOID + "uriSpace", ox.Literal(base + "id/"))
    g.add(dataset, VOID + "vocabulary", ox.NamedNode(ONTOLOGY_NS))
    g.add(dataset, VOID + "triples", _count_literal(stats.triples))
    g.add(dataset, VOID + "properties", _count_literal(stats.properties))
    g.add(dataset, VOID + "classes", _count_literal(stats.classes))
    for fmt in formats.RDF_FORMATS:
        g.add(dataset, VOID + "feature", ox.NamedNode(fmt.spec))
    for name, triples in stats.graphs:
        subset = ox.BlankNode()
        g.add(dataset, VOID + "subset", subset)
        g.add(subset, "a", ox.NamedNode(VOID + "Dataset"))
        g.add(subset, "a", ox.NamedNode(SD + "NamedGraph"))
        g.add(subset, SD + "name", ox.NamedNode(name))
        g.add(subset, VOID + "triples", _count_literal(triples))
    return g


def rdf_response(build, variant: str) -> Response:
    """Negotiate an RDF format, answer 304 when the client's copy is current, else serialise ``build()``."""
    store: EmbeddedStore = current_app.extensions["kg_store"]
    fmt = responses.negotiated(formats.RDF_FORMATS)
    headers = responses.validators(store.version, f"{variant}.{fmt.name}", store.last_modified)
    headers["Vary"] = "Accept"
    cached = responses.not_modified(headers)
    if cached is not None:
        return cached
    body = ox.serialize(build(store), format=fmt.engine, prefixes={"sd": SD, "void": VOID, "dcterms": DCTERMS})
    return Response(body, mimetype=fmt.media_type, headers=headers)


@bp.route("/.well-known/void")
def void():
    base = current_app.config["KG_BASE_IRI"]
    return rdf_response(lambda store: void_description(base, statistics(store), store.last_modified), "void")
