"""diplomacy-kg: news articles on diplomatic relations as a knowledge graph, served over HTTP."""

from __future__ import annotations

from flask import Flask

from service import config as config_module
from service.errors import register_error_handlers
from service.store import EmbeddedStore


def create_app(config: dict | None = None) -> Flask:
    """The Flask application factory; ``config`` overrides the KG_* settings."""
    app = Flask(__name__)
    app.config.update(config_module.load(config))
    app.config["MAX_CONTENT_LENGTH"] = app.config["KG_MAX_REQUEST_BYTES"]
    app.extensions["kg_store"] = EmbeddedStore(app.config["KG_STORE"])

    from service import sparql

    app.register_blueprint(sparql.bp)
    register_error_handlers(app)
    return app
