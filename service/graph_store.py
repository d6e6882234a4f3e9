"""Blueprint: the SPARQL 1.1 Graph Store HTTP Protocol at /graph-store.

Indirect identification: ``?graph=IRI`` names a graph, ``?default`` the
default graph.  Direct identification: ``/graph-store/<path>`` is itself the
graph's IRI (written under KG_BASE_IRI, the service's public address), and a
POST to ``/graph-store`` creates such a graph and answers 201 with its IRI in
``Location``.  Reads are open; writes need the bearer token.  An upload (one
RDF document, or a ``multipart/form-data`` POST of several) is parsed
completely before anything is written, so malformed RDF is a 400 and the
store is unchanged.
"""

from __future__ import annotations

import re
import uuid
from pathlib import PurePosixPath
from urllib.parse import quote

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, request

from service import formats, responses
from service.auth import require_writer
from service.store import EmbeddedStore, RemoteStore

bp = Blueprint("graph_store", __name__)

PREFIX = "graph-store"
MULTIPART = "multipart/form-data"
#: What an IRI may hold unescaped in a path (RFC 3987 ipath without the non-ASCII part).
_PATH_SAFE = "/:@!$&'()*+,;=-._~"


def get_store() -> EmbeddedStore | RemoteStore:
    return current_app.extensions["kg_store"]


def direct_iri(path: str) -> str:
    """The IRI of the graph that ``/graph-store/<path>`` identifies."""
    return f"{current_app.config['KG_BASE_IRI']}{PREFIX}/{quote(path, safe=_PATH_SAFE)}"


def target_graph(direct: str | None, required: bool = True) -> ox.NamedNode | ox.DefaultGraph | None:
    """The graph the request names; None for a POST to the store itself."""
    graphs = request.args.getlist("graph")
    if direct is not None:
        if graphs or "default" in request.args:
            abort(400, "the URL path already names the graph: no 'graph' or 'default' parameter with it")
        return ox.NamedNode(direct_iri(direct))
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


def read_upload(base_iri: str) -> list[ox.Triple]:
    """The request body as triples (every part of a multipart POST); 415 or 400 when it cannot be read."""
    if request.mimetype != MULTIPART:
        return parse(request.get_data(), request.mimetype, base_iri)
    if request.method != "POST":
        abort(415, f"{MULTIPART} is only for POST; PUT one RDF document")
    parts = list(request.files.values())
    if not parts or request.form:
        abort(400, f"a {MULTIPART} upload holds RDF documents as file parts, each with its Content-Type")
    triples = []
    for part in parts:
        # A part without a Content-Type is known by its file name's suffix (e.g. person.ttl).
        media_type = part.mimetype or PurePosixPath(part.filename or "").suffix.lstrip(".")
        triples += parse(part.read(), media_type, base_iri)
    return triples


def parse(data: bytes, media_type: str, base_iri: str) -> list[ox.Triple]:
    """One RDF document as triples; 415 for an unknown media type, 400 for malformed RDF."""
    fmt = formats.by_name(media_type or "", formats.RDF_FORMATS)
    if fmt is None:
        abort(
            415,
            f"unsupported RDF media type {media_type!r}; use one of "
            + ", ".join(f.media_type for f in formats.RDF_FORMATS),
        )
    if fmt.engine == ox.RdfFormat.RDF_XML:
        refuse_entity_expansion(data, int(current_app.config["KG_MAX_REQUEST_BYTES"]))
    try:
        quads = ox.parse(
            data,
            format=fmt.engine,
            base_iri=base_iri,
            without_named_graphs=True,
            rename_blank_nodes=True,  # an upload's _:b is not the store's _:b
        )
        return [quad.triple for quad in quads]
    except (SyntaxError, ValueError) as exc:
        abort(400, f"malformed {fmt.media_type}: {exc}")


#: An entity declaration of an XML internal subset: its name, and its value or the keyword of an external one.
_ENTITY_DECLARATION = re.compile(
    rb"""<!ENTITY\s+(?P<parameter>%\s+)?(?P<name>[^\s"'>]+)\s+"""
    rb"""(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<external>SYSTEM|PUBLIC)\b)"""
)
_ENTITY_REFERENCE = re.compile(rb"&([^\s&;#]+);")


def refuse_entity_expansion(data: bytes, limit: int) -> None:
    """A 400 for RDF/XML that declares external or parameter entities, or whose entities expand it past ``limit``.

    pyoxigraph's reader fetches no external entity (no XXE), but it expands internal ones without
    bound: a 1 KB document of nested entities ("billion laughs") becomes a 100 MB literal.  The
    expanded size is bounded here from above (a reference counts wherever it is written, the
    declarations too), before the engine sees the document.
    """
    if b"<!ENTITY" not in data:
        return
    sizes: dict[bytes, int] = {}
    for match in _ENTITY_DECLARATION.finditer(data):
        if match["external"] or match["parameter"]:
            abort(400, "an RDF/XML upload may declare internal general entities only, no external or parameter ones")
        value = match["double"] if match["double"] is not None else match["single"]
        sizes.setdefault(match["name"], min(limit + 1, _expanded_size(value, sizes)))  # the first one binds
    if _expanded_size(data, sizes) > limit:
        abort(400, f"the RDF/XML document's entities expand it past {limit} bytes (KG_MAX_REQUEST_BYTES)")


def _expanded_size(text: bytes, sizes: dict[bytes, int]) -> int:
    """The length of ``text`` once its references to the entities in ``sizes`` are replaced."""
    return len(text) + sum(sizes[ref[1]] - len(ref[0]) for ref in _ENTITY_REFERENCE.finditer(text) if ref[1] in sizes)


def _location(graph: ox.NamedNode) -> str:
    """Where the graph can be fetched: its own IRI when directly identified, else by ?graph=."""
    if graph.value.startswith(direct_iri("")):
        return graph.value
    return f"{current_app.config['KG_BASE_IRI']}{PREFIX}?graph={quote(graph.value, safe='')}"


@bp.route(f"/{PREFIX}", methods=["GET", "PUT", "POST", "DELETE"])
@bp.route(f"/{PREFIX}/<path:direct>", methods=["GET", "PUT", "POST", "DELETE"])
def graph_store(direct: str | None = None):
    store = get_store()
    if request.method in ("GET", "HEAD"):  # Flask drops the body of a HEAD
        return read(store, target_graph(direct))
    require_writer()
    graph = target_graph(direct, required=request.method != "POST")
    if request.method == "DELETE":
        if not store.has_graph(graph):
            abort(404, f"no graph {graph.value}")
        store.drop_graph(graph)
        return responses.empty(204)
    created = graph is None
    if created:  # the store designates the new graph: a directly identified one
        graph = ox.NamedNode(direct_iri(uuid.uuid4().hex))
    base = graph.value if isinstance(graph, ox.NamedNode) else current_app.config["KG_BASE_IRI"]
    triples = read_upload(base)
    existed = not created and store.has_graph(graph)
    if request.method == "PUT":
        store.replace_graph(graph, triples)
    else:
        store.add_to_graph(graph, triples)
    if existed:
        return responses.empty(204)
    return responses.empty(201, {"Location": _location(graph)} if isinstance(graph, ox.NamedNode) else None)


def read(store: EmbeddedStore | RemoteStore, graph: ox.NamedNode | ox.DefaultGraph) -> Response:
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
