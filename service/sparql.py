"""Blueprint: the SPARQL 1.1 Protocol endpoint at /sparql (query, update, service description).

A request becomes one ``Operation`` (the text and its protocol parameters),
checked for everything the protocol forbids before the engine sees it.
Queries run in a killable executor with the timeout and row cap; updates need
the bearer token and make a new store version.
"""

from __future__ import annotations

import functools
import re
import threading
import zlib
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, request
from werkzeug.datastructures import MIMEAccept, MultiDict
from werkzeug.http import parse_accept_header

from service import formats, responses, sparql_text, void
from service.auth import require_writer
from service.executor import ExecutorDied, QueryFailed, QueryRequest, QueryTimeout
from service.store import EmbeddedStore, RemoteError, RemoteStore, RemoteTimeout, StoreMissing
from service.updater import UpdaterDied, UpdateTimeout

bp = Blueprint("sparql", __name__)

DIRECT_TYPES = {"application/sparql-query": "query", "application/sparql-update": "update"}
FORM_TYPE = "application/x-www-form-urlencoded"
QUERY_DATASET = ("default-graph-uri", "named-graph-uri")
UPDATE_DATASET = ("using-graph-uri", "using-named-graph-uri")


@dataclass(frozen=True)
class Operation:
    kind: str  # "query" or "update"
    text: str
    params: MultiDict  # the protocol parameters (dataset, format)


def get_store() -> EmbeddedStore | RemoteStore:
    return current_app.extensions["kg_store"]


def read_operation() -> Operation | None:
    """The one query or update in the request, or None when there is neither (a GET for the description)."""
    _require_utf8(request.query_string, "the URL's query string")
    if request.method in ("GET", "HEAD"):  # HEAD is a GET without the body (RFC 9110, 9.3.2)
        params = request.args
        if "update" in params:
            abort(400, "an update must be sent with POST, not GET")
        return _single(params, text=None, kind=None)
    mimetype = request.mimetype
    if mimetype == FORM_TYPE:
        _require_utf8(request.get_data(cache=True), "the form body")  # request.form then parses the cached bytes
        body = request.form
        for name in ("query", "update"):
            if name in request.args and name in body:
                abort(400, f"'{name}' is given both in the URL and in the body")
        params = MultiDict(list(request.args.items(multi=True)) + list(body.items(multi=True)))
        return _single(params, text=None, kind=None)
    if mimetype in DIRECT_TYPES:
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset not in ("utf-8", "utf8"):
            abort(415, f"the request body must be UTF-8, not {charset}")
        try:
            text = request.get_data().decode("utf-8")
        except UnicodeDecodeError:
            abort(400, "the request body is not valid UTF-8")
        return _single(request.args, text=text, kind=DIRECT_TYPES[mimetype])
    if not mimetype:
        abort(
            415,
            f"a POST needs a Content-Type: {FORM_TYPE}, application/sparql-query or application/sparql-update",
        )
    abort(
        415,
        f"unsupported request media type {mimetype!r}; use {FORM_TYPE}, "
        "application/sparql-query or application/sparql-update",
    )


#: A byte over 0x7F, escaped or not: without one, the decoded text is ASCII and so UTF-8.
_HIGH_BYTE = re.compile(rb"%[89a-fA-F]|[\x80-\xff]")


def _require_utf8(encoded: bytes, where: str) -> None:
    """A 400 unless percent-decoded ``encoded`` is UTF-8: Werkzeug would turn stray bytes into U+FFFD,
    and the engine would then answer a query the client did not send."""
    if not _HIGH_BYTE.search(encoded):  # the usual case, checked in C: decoding costs 0.03 ms a request
        return
    try:
        unquote_to_bytes(encoded.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        abort(400, f"{where} is not UTF-8 once percent-decoded")


def _single(params: MultiDict, text: str | None, kind: str | None) -> Operation | None:
    """Check the parameters name exactly one operation, with no repeated or conflicting ones."""
    for name in ("query", "update", "format"):
        if len(params.getlist(name)) > 1:
            abort(400, f"the parameter '{name}' is repeated; give it once")
    if text is not None:
        if "query" in params or "update" in params:
            abort(400, "the body already holds the operation: no 'query' or 'update' parameter with it")
    elif "query" in params and "update" in params:
        abort(400, "a request holds either 'query' or 'update', not both")
    elif "query" in params or "update" in params:
        kind = "query" if "query" in params else "update"
        text = params[kind]
    else:
        return None
    if not text.strip():
        abort(400, f"the {kind} is empty")
    other = UPDATE_DATASET if kind == "query" else QUERY_DATASET
    for name in other:
        if name in params:
            abort(400, f"the parameter '{name}' does not apply to a {kind}")
    return Operation(kind, text, params)


@bp.route("/sparql", methods=["GET", "POST"], strict_slashes=False)  # "/sparql/" too, as the W3C tests write it
def endpoint():
    operation = read_operation()
    if operation is None:
        if request.method == "POST":
            abort(400, "missing 'query' or 'update' parameter")
        return service_description()
    if operation.kind == "update":
        return run_update(operation)
    return run_query(operation)


_rdflib_parser = threading.Lock()
#: Longer texts with SERVICE or LOAD are refused unparsed: rdflib's parser is slow on big inputs.
_CHECKED_TEXT_CHARS = 64 * 1024


def _check_syntax(text: str, kind: str) -> None:
    """A 400 when rdflib's parser rejects the text (used where the engine cannot parse without running)."""
    from rdflib.plugins.sparql import parser  # only for texts with SERVICE or LOAD

    try:
        with _rdflib_parser:  # pyparsing keeps state: one text at a time
            (parser.parseUpdate if kind == "update" else parser.parseQuery)(text)
    except Exception as exc:  # noqa: BLE001 - pyparsing's errors have no common base worth naming
        abort(400, f"malformed {kind}: {exc}")


def guard_external(text: str, kind: str) -> str:
    """The text to run: SERVICE and LOAD reach other machines or files, so unless KG_ALLOW_SERVICE they
    are refused (403), but for SILENT ones, which become what they do when their target cannot be
    reached; never file:.

    A malformed text is a 400 all the same; the engine cannot parse without running (which
    would reach out), so rdflib's parser judges these few texts.
    """
    targets = sparql_text.external_targets(text)
    if not targets:
        return text
    if len(text) <= _CHECKED_TEXT_CHARS:
        _check_syntax(text, kind)
    if not current_app.config["KG_ALLOW_SERVICE"]:
        text = sparql_text.without_silent_external(text)
        if sparql_text.external_targets(text):
            abort(403, "SERVICE and LOAD are disabled on this endpoint (KG_ALLOW_SERVICE)")
        return text
    for target in targets:
        if not target.lower().startswith(("http://", "https://")):
            abort(403, f"SERVICE and LOAD may only reach http(s) IRIs, not {target or 'a variable'!r}")
    return text


def _iris(params: MultiDict, name: str) -> tuple[str, ...] | None:
    values = params.getlist(name)
    for value in values:
        try:
            ox.NamedNode(value)
        except ValueError:
            abort(400, f"'{name}' must be an absolute IRI, got {value!r}")
    return tuple(values) if name in params else None


def _not_acceptable(table: tuple[formats.Format, ...]):
    abort(
        406,
        "none of the accepted media types is available for this query; offered: "
        + ", ".join(f.media_type for f in table),
    )


@functools.lru_cache(maxsize=256)
def _negotiated(accept: str, override: str | None) -> tuple[formats.Format | None, formats.Format | None]:
    """The result format and the graph format for an Accept header; cached, as clients repeat theirs."""
    accepted = parse_accept_header(accept, MIMEAccept)
    return (
        formats.choose(accepted, formats.RESULT_FORMATS, override),
        formats.choose(accepted, formats.RDF_FORMATS, override),
    )


def run_query(operation: Operation) -> Response:
    config = current_app.config
    text, params = operation.text, operation.params
    text = guard_external(text, "query")
    override = params.get("format")
    if override and formats.by_name(override, formats.ALL_FORMATS) is None:
        abort(400, f"unknown format {override!r}; known: " + ", ".join(f.name for f in formats.ALL_FORMATS))
    result_fmt, graph_fmt = _negotiated(request.headers.get("Accept", ""), override)
    form = sparql_text.query_form(text)
    if form in ("SELECT", "ASK") and result_fmt is None:
        _not_acceptable(formats.RESULT_FORMATS)
    if form in ("CONSTRUCT", "DESCRIBE") and graph_fmt is None:
        _not_acceptable(formats.RDF_FORMATS)
    store = get_store()
    variant = f"{result_fmt.name if result_fmt else '-'}.{graph_fmt.name if graph_fmt else '-'}"
    headers = responses.validators(store.version, variant, store.last_modified)
    headers["Vary"] = "Accept"
    if request.method in ("GET", "HEAD"):
        headers["Cache-Control"] = "no-cache"  # cache, but revalidate: the store changes
        cached = responses.not_modified(headers)
        if cached is not None:
            return cached
    else:
        headers = {}
    default_graphs = _iris(params, "default-graph-uri")
    named_graphs = _iris(params, "named-graph-uri")
    query = QueryRequest(
        version="",
        query=text,
        result_type=(result_fmt or formats.RESULT_FORMATS[0]).media_type,
        graph_type=(graph_fmt or formats.RDF_FORMATS[0]).media_type,
        limit=int(config["KG_RESULT_LIMIT"]),
        # A query with its own FROM clauses gets exactly that dataset.
        union_default_graph=bool(config["KG_UNION_DEFAULT_GRAPH"]) and not sparql_text.has_dataset_clause(text, "FROM"),
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        base_iri=config["KG_BASE_IRI"] + "sparql",
    )
    try:
        answer = store.run(query, timeout=float(config["KG_QUERY_TIMEOUT"]))
    except QueryTimeout as exc:
        abort(503, f"{exc} (KG_QUERY_TIMEOUT); make it more selective or add a LIMIT")
    except QueryFailed as exc:
        if exc.syntax:
            abort(400, f"malformed query: {exc}")
        abort(500, f"the query could not be evaluated: {exc}")
    except ExecutorDied as exc:
        abort(500, str(exc))
    fmt = formats.by_name(answer.media_type, formats.ALL_FORMATS)
    # The form was not recognisable before running: check the negotiation against what came back.
    if form is None and (
        (fmt in formats.RESULT_FORMATS and result_fmt is None) or (fmt in formats.RDF_FORMATS and graph_fmt is None)
    ):
        _not_acceptable(formats.RESULT_FORMATS if fmt in formats.RESULT_FORMATS else formats.RDF_FORMATS)
    if answer.truncated:
        headers["KG-Truncated"] = f"true; limit={config['KG_RESULT_LIMIT']}"
    return Response(answer.body, mimetype=fmt.media_type, headers=headers)


def run_update(operation: Operation) -> Response:
    require_writer()
    text, params = operation.text, operation.params
    text = guard_external(text, "update")
    using, using_named = params.getlist("using-graph-uri"), params.getlist("using-named-graph-uri")
    if using or using_named:
        if sparql_text.has_dataset_clause(text, "USING", "WITH"):
            abort(
                400,
                "the update has its own USING or WITH clauses: no using-graph-uri or using-named-graph-uri with it",
            )
        for iri in using + using_named:
            _iris(MultiDict([("using-graph-uri", iri)]), "using-graph-uri")
        text = sparql_text.add_using(text, using, using_named)
    config = current_app.config
    timeout = float(config["KG_UPDATE_TIMEOUT"] or config["KG_QUERY_TIMEOUT"])
    try:
        get_store().update(text, base_iri=config["KG_BASE_IRI"] + "sparql", timeout=timeout)
    except SyntaxError as exc:
        abort(400, f"malformed update: {exc}")
    except UpdateTimeout as exc:
        abort(503, f"{exc} (KG_UPDATE_TIMEOUT); nothing was changed")
    except RemoteTimeout as exc:
        abort(504, f"{exc}; it may still apply the update")
    except (StoreMissing, RemoteError):
        raise  # answered by the error handlers: 503, 502
    except UpdaterDied as exc:
        abort(500, f"{exc}; nothing was changed")
    except (OSError, ValueError) as exc:
        abort(400, f"the update could not be applied (nothing was changed): {exc}")
    except RuntimeError as exc:  # well-formed, but not for this store: DROP of a missing graph, …
        abort(409, f"the update could not be applied (nothing was changed): {exc}")
    return responses.empty(204)


def service_description() -> Response:
    config = dict(current_app.config)
    base, url = config["KG_BASE_IRI"], request.base_url
    # The description names the URL it was fetched from, so that URL is part of its validators.
    variant = "sd" if url == base + "sparql" else f"sd-{zlib.crc32(url.encode()):08x}"
    return void.rdf_response(lambda store: void.service_description(base, config, void.statistics(store), url), variant)
