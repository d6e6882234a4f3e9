"""Named queries: each ``queries/*.rq`` file, with its header, as a callable query.

Header lines at the top of a file::

    # title: Expulsion orders
    # description: One row per order ...
    # param: article iri — only orders from this article
    # param: limit integer default=100 — at most this many rows
    # param: status string enum=confirmed|false — only this status
    # param: entity iri required — whose timeline

A parameter left out leaves its variable unbound (no filter), unless it is
``required``.  A parameter filters only where its variable sits in a required
pattern: bound inside an OPTIONAL it would only make the OPTIONAL fail.
Parameters are bound as RDF terms (pyoxigraph ``substitutions``), never
pasted into the query text.  A bound variable must appear in the query's
SELECT clause (pyoxigraph substitutes projected variables only).

The same loader serves the CLI (``kg query``) and the HTTP API below:
``/queries`` lists the queries (JSON or HTML), ``/queries/<name>?param=…``
runs one (SPARQL JSON, XML, CSV, TSV or an HTML table, by Accept or by a
``.json``/``.csv``/… suffix), and ``/openapi.json`` describes them all.  A
bad parameter is a 400 whose message names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for

from service import formats, openapi, responses
from service.errors import error_response
from service.executor import serialize_rows

PARAM_TYPES = ("iri", "string", "date", "integer")

_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>\w+)"
    r"(?P<options>(?:\s+(?:(?:default|enum)=\S+|required))*)"
    r"\s*(?:[—-]+\s*(?P<description>.*))?$"
)


class ParameterError(ValueError):
    """A parameter value that does not fit its declared type; names the parameter."""

    def __init__(self, name: str, message: str):
        super().__init__(f"parameter {name!r}: {message}")
        self.name = name


class QueryFileError(ValueError):
    """A malformed header in a query file."""


@dataclass
class Parameter:
    name: str
    type: str
    description: str = ""
    default: str | None = None
    enum: list[str] | None = None
    required: bool = False

    def to_term(self, raw: str) -> ox.NamedNode | ox.Literal:
        """Check ``raw`` against the declared type and return it as an RDF term."""
        if self.enum is not None and raw not in self.enum:
            raise ParameterError(self.name, f"must be one of {', '.join(self.enum)}; got {raw!r}")
        if self.type == "iri":
            if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", raw):
                raise ParameterError(self.name, f"not an absolute IRI: {raw!r}")
            return ox.NamedNode(raw)
        if self.type == "integer":
            if not re.fullmatch(r"[+-]?\d+", raw.strip()):
                raise ParameterError(self.name, f"not an integer: {raw!r}")
            return ox.Literal(
                str(int(raw)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
            )
        if self.type == "date":
            try:
                value = date.fromisoformat(raw.strip())
            except ValueError:
                raise ParameterError(self.name, f"not a date (YYYY-MM-DD): {raw!r}") from None
            return ox.Literal(
                value.isoformat(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
            )
        return ox.Literal(raw)


@dataclass
class NamedQuery:
    name: str
    text: str
    title: str = ""
    description: str = ""
    parameters: list[Parameter] = field(default_factory=list)

    def bindings(self, values: dict[str, str]) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
        """Turn raw parameter values into substitutions; unknown names are an error."""
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise ParameterError(
                unknown[0], f"unknown parameter (this query takes: {', '.join(known) or 'none'})"
            )
        substitutions = {}
        for param in self.parameters:
            raw = values.get(param.name) or param.default
            if raw:
                substitutions[ox.Variable(param.name)] = param.to_term(raw)
            elif param.required:
                raise ParameterError(
                    param.name, f"required ({param.type}): {param.description or 'give a value'}"
                )
        return substitutions


def parse_query_file(path: Path) -> NamedQuery:
    """Read one ``.rq`` file and its header."""
    text = Path(path).read_text(encoding="utf-8")
    query = NamedQuery(name=Path(path).stem, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line.lstrip("#").strip().partition(":")
        value = value.strip()
        if key == "title":
            query.title = value
        elif key == "description":
            query.description = value
        elif key == "param":
            query.parameters.append(_parse_param(path, value))
    return query


def _parse_param(path: Path, spec: str) -> Parameter:
    match = _PARAM.match(spec)
    if not match or match["type"] not in PARAM_TYPES:
        raise QueryFileError(
            f"{path}: bad parameter line {spec!r} "
            "(expected: name type [default=…] [enum=a|b] [required] — text)"
        )
    param = Parameter(match["name"], match["type"], (match["description"] or "").strip())
    for option in match["options"].split():
        key, _, value = option.partition("=")
        if key == "required":
            param.required = True
        elif key == "default":
            param.default = value
        else:
            param.enum = value.split("|")
    return param


def load_queries(folder: Path) -> dict[str, NamedQuery]:
    """Every named query in ``folder`` (not its ``checks/``), by name."""
    return {p.stem: parse_query_file(p) for p in sorted(Path(folder).glob("*.rq"))}


# --- the HTTP API: /queries, /queries/<name>, /openapi.json ------------------------------------

bp = Blueprint("queries", __name__)

#: A named query answers in the SPARQL result formats, or as an HTML table for people.
QUERY_FORMATS = (*formats.RESULT_FORMATS, formats.HTML)


def named_queries() -> dict[str, NamedQuery]:
    return load_queries(Path(current_app.config["KG_QUERIES"]))


def describe_query(query: NamedQuery) -> dict:
    """A named query as JSON: what it is, how to call it, and its SPARQL."""
    return {
        "name": query.name,
        "title": query.title,
        "description": query.description,
        "url": url_for("queries.run", name=query.name, _external=True),
        "parameters": [
            {k: v for k, v in vars(p).items() if v is not None and v != ""} for p in query.parameters
        ],
        "sparql": query.text,
    }


@bp.route("/queries")
def listing():
    queries = named_queries()
    fmt = formats.negotiate(request.accept_mimetypes, (formats.RESULT_FORMATS[0], formats.HTML))
    if fmt is formats.HTML:
        response = Response(render_template("queries.html", queries=queries.values()), mimetype="text/html")
    else:
        response = jsonify({"queries": [describe_query(q) for q in queries.values()]})
    response.vary.add("Accept")
    return response


@bp.route("/queries/<name>")
def run(name: str):
    """Run one named query; ``/queries/<name>.csv`` (or .json, .tsv, .xml, .html) picks the format."""
    fmt = None
    if "." in name:
        name, _, suffix = name.rpartition(".")
        fmt = formats.by_name(suffix, QUERY_FORMATS)
        if fmt is None:
            return error_response(
                404,
                "Not Found",
                f"no result format {suffix!r}; use one of " + ", ".join(f.suffix for f in QUERY_FORMATS),
            )
    query = named_queries().get(name)
    if query is None:
        return error_response(404, "Not Found", f"no named query {name!r}; the list is at /queries")
    negotiated = fmt is None
    fmt = fmt or formats.negotiate(request.accept_mimetypes, QUERY_FORMATS)
    if fmt is None:
        return error_response(
            406, "Not Acceptable", "offered: " + ", ".join(f.media_type for f in QUERY_FORMATS)
        )
    for key in request.args:
        if len(request.args.getlist(key)) > 1:
            return error_response(400, "Bad Request", f"parameter {key!r}: given more than once")
    try:
        substitutions = query.bindings(request.args.to_dict())
    except ParameterError as exc:
        return error_response(400, "Bad Request", str(exc))

    store = current_app.extensions["kg_store"]
    result = store.query(
        query.text,
        use_default_graph_as_union=current_app.config["KG_UNION_DEFAULT_GRAPH"],
        substitutions=substitutions,
    )
    limit = current_app.config["KG_RESULT_LIMIT"]
    headers = responses.validators(store.version, f"query.{fmt.name}", store.last_modified)
    if negotiated:
        headers["Vary"] = "Accept"
    if isinstance(result, ox.QueryBoolean):
        variables, rows, truncated = [], [], False
    else:
        variables = [v.value for v in result.variables]
        rows = [solution for _, solution in zip(range(limit + 1), result, strict=False)]
        truncated = len(rows) > limit
        rows = rows[:limit]
        if truncated:
            headers["KG-Truncated"] = f"true; limit={limit}"
    if fmt is formats.HTML:
        html = render_template(
            "query.html",
            query=query,
            values=request.args,
            variables=variables,
            rows=rows,
            boolean=bool(result) if isinstance(result, ox.QueryBoolean) else None,
            truncated=truncated,
            downloads=[
                (f.name, url_for("queries.run", name=f"{name}.{f.suffix}", **request.args))
                for f in formats.RESULT_FORMATS
            ],
        )
        return Response(html, mimetype="text/html", headers=headers)
    if isinstance(result, ox.QueryBoolean):
        body = result.serialize(format=fmt.engine)
    else:
        body = serialize_rows([ox.Variable(v) for v in variables], rows, fmt.engine)
    return Response(body, mimetype=fmt.media_type, headers=headers)


@bp.route("/openapi.json")
def openapi_document():
    return jsonify(
        openapi.document(named_queries().values(), request.host_url, current_app.config["KG_BASE_IRI"])
    )
