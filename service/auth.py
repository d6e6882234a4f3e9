"""Who may write: the bearer token from KG_UPDATE_TOKEN; without one the service is read-only."""

from __future__ import annotations

import hmac

from flask import abort, current_app, request
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Unauthorized


def require_writer() -> None:
    """Abort with 403 on a read-only service, 401 without the right bearer token."""
    token = current_app.config.get("KG_UPDATE_TOKEN")
    if not token:
        abort(403, "this service is read-only: no update token is configured (KG_UPDATE_TOKEN)")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), str(token).encode()):
        raise Unauthorized(
            "writes need the header 'Authorization: Bearer <token>' with the configured token",
            www_authenticate=WWWAuthenticate("Bearer", {"realm": "diplomacy-kg"}),
        )
