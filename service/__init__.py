"""diplomacy-kg: news articles on diplomatic relations as a knowledge graph, served over HTTP."""

from __future__ import annotations

from flask import Flask

from service import config as config_module
from service.errors import register_error_handlers
from service.store import open_store


def create_app(config: dict | None = None) -> Flask:
    """The Flask application factory; ``config`` overrides the KG_* settings."""
    app = Flask(__name__)
    app.config.update(config_module.load(config))
    app.config["MAX_CONTENT_LENGTH"] = app.config["KG_MAX_REQUEST_BYTES"]
    app.extensions["kg_store"] = open_store(app.config)

    from service import graph_store, responses, sparql, void

    app.register_blueprint(sparql.bp)
    app.register_blueprint(graph_store.bp)
    app.register_blueprint(void.bp)

    from service import pages, queries

    app.register_blueprint(pages.bp)
    app.register_blueprint(queries.bp)

    from service import ontology_doc

    app.register_blueprint(ontology_doc.bp)
    responses.register(app)
    register_error_handlers(app)
    return app
