"""One error shape for API clients, one error page for people; never a stack trace."""

from __future__ import annotations

from flask import Flask, jsonify, render_template_string, request
from werkzeug.exceptions import HTTPException, InternalServerError

from service.store import RemoteError, RemoteTimeout, StoreMissing

_PAGE = """<!doctype html><html lang="en"><meta charset="utf-8">
<title>{{ code }} {{ name }}</title><body><h1>{{ code }} {{ name }}</h1><p>{{ message }}</p>
<p><a href="/">Home</a></p></body></html>"""


def wants_html() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"], default="application/json")
    return best == "text/html" and request.accept_mimetypes["text/html"] > request.accept_mimetypes["application/json"]


def error_response(code: int, name: str, message: str):
    if wants_html():
        return render_template_string(_PAGE, code=code, name=name, message=message), code
    return jsonify({"error": name, "message": message, "status": code}), code


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        body, code = error_response(exc.code, exc.name, exc.description)
        # Keep the exception's own headers (Allow, WWW-Authenticate, Retry-After), not its HTML body.
        headers = [(k, v) for k, v in exc.get_headers() if k.lower() != "content-type"]
        return body, code, headers

    @app.errorhandler(StoreMissing)
    def store_missing(exc: StoreMissing):
        return error_response(503, "Service Unavailable", str(exc))

    @app.errorhandler(RemoteError)
    def remote_failed(exc: RemoteError):
        """The remote store (KG_REMOTE_ENDPOINT) failed, cannot be reached, or did not answer in time."""
        if isinstance(exc, RemoteTimeout):
            return error_response(504, "Gateway Timeout", str(exc))
        return error_response(502, "Bad Gateway", str(exc))

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        app.logger.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, InternalServerError().name, "an internal error occurred; it has been logged")
