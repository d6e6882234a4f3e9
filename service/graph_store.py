"""Blueprint: the SPARQL 1.1 Graph Store HTTP Protocol at /graph-store (indirect graph identification).

``?graph=IRI`` names a graph, ``?default`` the default graph, and a POST with
neither creates a new graph.  Reads are open; writes need the bearer token.
An upload is parsed completely before anything is written, so malformed RDF
is a 400 and the store is unchanged.
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, request

from service import formats, rdf, responses
from service.auth import require_writer
from service.store import EmbeddedStore

bp = Blueprint("graph_store", __name__)


def get_store() -> EmbeddedStore:
    return current_app.extensions["kg_store"]


def target_graph(required: bool = True) -> ox.NamedNode | ox.DefaultGraph | None:
    """The graph the request names; None for a POST to the store itself."""
    graphs = request.args.getlist("graph")
    if "default" in request.args:
        if graphs:
            abort(400, "give either 'graph' or 'default', not both")
        return ox.DefaultGraph()
    if len(graphs) > 1:
        abort(400, "the parameter 'graph' is repeated; give it once")
    if not graphs:
        if required:
            abort(400, "name the graph with ?graph=IRI, or ?default for the default graph")
        return None
    try:
        return ox.NamedNode(graphs[0])
    except ValueError:
        abort(400, f"'graph' must be an absolute IRI, got {graphs[0]!r}")


def read_upload(graph_iri: str) -> list[ox.Triple]:
    """The request body as triples; 415 for an unknown media type, 400 for malformed RDF."""
    fmt = formats.by_name(request.mimetype or "", formats.RDF_FORMATS)
    if fmt is None:
        abort(
            415,
            f"unsupported RDF media type {request.mimetype!r}; use one of "
            + ", ".join(f.media_type for f in formats.RDF_FORMATS),
        )
    try:
        # pyoxigraph's RDF/XML reader expands no external entities, so uploads cannot read files (XXE).
        quads = ox.parse(
            request.get_data(),
            format=fmt.engine,
            base_iri=graph_iri,
            without_named_graphs=True,
            rename_blank_nodes=True,  # an upload's _:b is not the store's _:b
        )
        return [quad.triple for quad in quads]
    except (SyntaxError, ValueError) as exc:
        abort(400, f"malformed {fmt.media_type}: {exc}")


def _location(graph: ox.NamedNode) -> str:
    return f"{current_app.config['KG_BASE_IRI']}graph-store?graph={quote(graph.value, safe='')}"


@bp.route("/graph-store", methods=["GET", "PUT", "POST", "DELETE"])
def graph_store():
    store = get_store()
    if request.method in ("GET", "HEAD"):  # Flask drops the body of a HEAD
        return read(store, target_graph())
    require_writer()
    graph = target_graph(required=request.method != "POST")
    if request.method == "DELETE":
        if not store.has_graph(graph):
            abort(404, f"no graph {graph.value}")
        store.drop_graph(graph)
        return Response(status=204)
    created = graph is None
    if created:
        graph = ox.NamedNode(
            str(rdf.Minter(current_app.config["KG_BASE_IRI"], f"upload-{uuid.uuid4().hex}").graph())
        )
    base = graph.value if isinstance(graph, ox.NamedNode) else current_app.config["KG_BASE_IRI"]
    triples = read_upload(base)
    existed = not created and store.has_graph(graph)
    if request.method == "PUT":
        store.replace_graph(graph, triples)
    else:
        store.add_to_graph(graph, triples)
    if existed:
        return Response(status=204)
    headers = {"Location": _location(graph)} if isinstance(graph, ox.NamedNode) else {}
    return Response(status=201, headers=headers)


def read(store: EmbeddedStore, graph: ox.NamedNode | ox.DefaultGraph) -> Response:
    fmt = responses.negotiated(formats.RDF_FORMATS)
    if not store.has_graph(graph):
        abort(404, f"no graph {graph.value}")
    headers = responses.validators(store.version, fmt.name, store.last_modified)
    headers["Vary"] = "Accept"
    cached = responses.not_modified(headers)
    if cached is not None:
        return cached
    body = ox.serialize(store.graph_triples(graph), format=fmt.engine)
    return Response(body, mimetype=fmt.media_type, headers=headers)
