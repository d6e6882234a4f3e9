"""The OpenAPI 3.1 description of the named-query API, generated from the ``queries/`` folder.

Each ``queries/<name>.rq`` is one GET operation at ``/queries/<name>``; its header gives the summary,
the description and the typed query parameters.  Adding a query file adds an operation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from service import formats

if TYPE_CHECKING:  # service.queries serves this document, so it imports us
    from service.queries import NamedQuery, Parameter

#: How a declared parameter type appears as a JSON Schema.
_SCHEMAS = {
    "iri": {"type": "string", "format": "iri"},
    "string": {"type": "string"},
    "date": {"type": "string", "format": "date"},
    "integer": {"type": "integer"},
}

_ERROR = {
    "type": "object",
    "required": ["error", "message", "status"],
    "properties": {
        "error": {"type": "string", "description": "the HTTP reason phrase"},
        "message": {"type": "string", "description": "what was wrong; a bad parameter is named here"},
        "status": {"type": "integer"},
    },
}

_RESULTS = {
    "type": "object",
    "description": "SPARQL 1.1 Query Results JSON Format",
    "required": ["head"],
    "properties": {
        "head": {"type": "object", "properties": {"vars": {"type": "array", "items": {"type": "string"}}}},
        "results": {
            "type": "object",
            "properties": {"bindings": {"type": "array", "items": {"type": "object"}}},
        },
        "boolean": {"type": "boolean"},
    },
}


def parameter(param: Parameter) -> dict:
    schema = dict(_SCHEMAS[param.type])
    if param.enum:
        schema["enum"] = [_typed(param, value) for value in param.enum]
    if param.default is not None:
        schema["default"] = _typed(param, param.default)
    return {
        "name": param.name,
        "in": "query",
        "required": param.required,  # an optional one left out leaves its variable free: no filter
        "description": param.description or param.name,
        "schema": schema,
    }


def _typed(param: Parameter, raw: str):
    return int(raw) if param.type == "integer" else raw


def operation(query: NamedQuery) -> dict:
    content = {fmt.media_type: {"schema": {"type": "string"}} for fmt in formats.RESULT_FORMATS[1:]}
    content[formats.RESULT_FORMATS[0].media_type] = {"schema": {"$ref": "#/components/schemas/SparqlResults"}}
    content[formats.HTML.media_type] = {"schema": {"type": "string"}}
    return {
        "operationId": _camel(query.name),
        "summary": query.title or query.name,
        "description": query.description,
        "tags": ["named queries"],
        "parameters": [parameter(p) for p in query.parameters],
        "responses": {
            "200": {
                "description": "the query's results; the format follows the Accept header "
                "(or a suffix: .srj/.json, .srx/.xml, .csv, .tsv, .html)",
                "headers": {
                    "KG-Truncated": {
                        "description": "present when rows were cut at the result limit",
                        "schema": {"type": "string"},
                    }
                },
                "content": content,
            },
            "400": _error_response("a parameter does not fit its declared type; the message names it"),
            "406": _error_response("none of the accepted media types is offered"),
        },
    }


def _error_response(description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def _camel(name: str) -> str:
    first, *rest = name.split("-")
    return first + "".join(word.capitalize() for word in rest)


def document(queries: Iterable[NamedQuery], server_url: str, base_iri: str) -> dict:
    """The whole OpenAPI document."""
    paths = {
        "/queries": {
            "get": {
                "operationId": "listQueries",
                "summary": "List the named queries",
                "description": "Every named query with its title, description, parameters and SPARQL text.",
                "responses": {
                    "200": {
                        "description": "the list",
                        "content": {
                            "application/json": {"schema": {"type": "object"}},
                            "text/html": {"schema": {"type": "string"}},
                        },
                    }
                },
            }
        }
    }
    for query in queries:
        paths[f"/queries/{query.name}"] = {"get": operation(query)}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "diplomacy-kg named queries",
            "version": "1.0.0",
            "description": "Questions about diplomatic and security events, answered from the graph. "
            "Parameters are bound as RDF terms, never pasted into the query text. Every event row carries "
            "its factuality (statusCode: confirmed, reported, unverified, denied or false); only "
            f"'confirmed' ones are facts. Resource IRIs live under {base_iri}id/ and dereference.",
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": paths,
        "components": {"schemas": {"Error": _ERROR, "SparqlResults": _RESULTS}},
    }
