"""Blueprint: the SPARQL 1.1 Protocol endpoint at /sparql."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, request

from service import formats
from service.store import EmbeddedStore

bp = Blueprint("sparql", __name__)


def get_store() -> EmbeddedStore:
    return current_app.extensions["kg_store"]


def read_query() -> str:
    """The query text from GET, a form POST or a direct POST."""
    if request.method == "GET":
        return request.args.get("query", "")
    if request.mimetype == "application/sparql-query":
        return request.get_data(as_text=True)
    if request.mimetype == "application/x-www-form-urlencoded":
        return request.form.get("query", "")
    abort(415, f"unsupported request media type {request.mimetype!r}")


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint():
    text = read_query()
    if not text:
        abort(400, "missing 'query' parameter")
    try:
        result = get_store().query(
            text, use_default_graph_as_union=current_app.config["KG_UNION_DEFAULT_GRAPH"]
        )
    except SyntaxError as exc:
        abort(400, f"malformed query: {exc}")
    return serialize(result)


def serialize(result) -> Response:
    """Serialise a query result in the negotiated format."""
    table = formats.RDF_FORMATS if isinstance(result, ox.QueryTriples) else formats.RESULT_FORMATS
    fmt = formats.negotiate(request.accept_mimetypes, table)
    if fmt is None:
        abort(406, "none of the accepted media types is available; offered: "
              + ", ".join(f.media_type for f in table))
    return Response(result.serialize(format=fmt.engine), mimetype=fmt.media_type)
