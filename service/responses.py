"""What every response gets: CORS for browser clients, gzip, and conditional requests;
and what every request gets: the size cap (KG_MAX_REQUEST_BYTES) on chunked bodies too.

Our own few lines rather than flask-cors and flask-compress: the policy is
one header set (any origin, no cookies: writes use a bearer token) and one
compression rule, and doing it here keeps it in the same after_request as the
validators it must respect (a compressed body is a different byte sequence,
so our ETags are weak).
"""

from __future__ import annotations

import gzip

from flask import Flask, Response, abort, current_app, request
from werkzeug.http import http_date, parse_date

from service import formats

#: Smaller bodies are not worth compressing.
GZIP_MIN_BYTES = 1024
GZIP_LEVEL = 5  # most of level 9's gain for a fraction of its time on results

_EXPOSED = "ETag, Last-Modified, Location, Content-Disposition, KG-Truncated"


def negotiated(table: tuple[formats.Format, ...], chosen: formats.Format | None = None) -> formats.Format:
    """The response format: ``chosen`` (a suffix), the ``format`` parameter or the Accept header; else a 406."""
    fmt = chosen or formats.choose(request.accept_mimetypes, table, request.args.get("format"))
    if fmt is None:
        abort(406, "none of the accepted media types is available; offered: " + ", ".join(f.media_type for f in table))
    return fmt


def empty(status: int, headers: dict[str, str] | None = None) -> Response:
    """A response without a body (201, 204): no Content-Type, since there is no content to type."""
    response = Response(status=status, headers=headers)
    del response.headers["Content-Type"]
    return response


def validators(version: str, variant: str, last_modified: float) -> dict[str, str]:
    """ETag and Last-Modified for a representation derived from a store version."""
    return {"ETag": f'W/"{version}-{variant}"', "Last-Modified": http_date(int(last_modified))}


def not_modified(headers: dict[str, str]) -> Response | None:
    """A 304 when the client's copy (If-None-Match, else If-Modified-Since) is still current."""
    if request.method not in ("GET", "HEAD"):
        return None
    etag = headers["ETag"][3:-1]  # W/"..." → ...
    if request.if_none_match:
        fresh = request.if_none_match.contains_weak(etag)
    elif request.if_modified_since:
        fresh = parse_date(headers["Last-Modified"]) <= request.if_modified_since
    else:
        fresh = False
    return empty(304, headers) if fresh else None


def _cors(response: Response) -> None:
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = _EXPOSED
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, POST, PUT, DELETE, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = request.headers.get(
            "Access-Control-Request-Headers", "Accept, Authorization, Content-Type"
        )
        response.headers["Access-Control-Max-Age"] = "86400"


def _gzip(response: Response) -> None:
    response.vary.add("Accept-Encoding")
    if (
        response.status_code < 200
        or response.status_code in (204, 304)
        or response.direct_passthrough
        or "Content-Encoding" in response.headers
        or request.accept_encodings["gzip"] <= 0
    ):
        return
    body = response.get_data()
    if len(body) < GZIP_MIN_BYTES:
        return
    response.set_data(gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0))
    response.headers["Content-Encoding"] = "gzip"


def _refuse_oversized_stream() -> None:
    """A 413 for a chunked body over the cap.

    Without a Content-Length there is nothing to check up front, and Werkzeug stops reading at
    MAX_CONTENT_LENGTH without an error: the handler would get the body cut short (a query that
    fails to parse, or an N-Triples upload stored in part).  So read it here, and if it fills the
    cap, ask the server's own stream whether anything is left.
    """
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if limit is None or "chunked" not in request.headers.get("Transfer-Encoding", "").lower():
        return
    if len(request.get_data(cache=True)) >= limit and request.environ["wsgi.input"].read(1):
        abort(413, f"the request body is larger than {limit} bytes (KG_MAX_REQUEST_BYTES)")


def register(app: Flask) -> None:
    app.before_request(_refuse_oversized_stream)

    @app.after_request
    def finish(response: Response) -> Response:
        _cors(response)
        _gzip(response)  # HEAD too, so its headers are those of the GET
        return response
