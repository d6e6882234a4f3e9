"""The production server: gunicorn with threaded workers, started in-process by `kg serve`."""

from __future__ import annotations

from flask import Flask
from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, app: Flask, options: dict):
        self.app = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return self.app


def run(app: Flask, host: str, port: int, workers: int, threads: int) -> None:
    """Serve ``app`` until interrupted."""
    # One query executor per request thread unless KG_EXECUTORS says fewer (each holds the store open).
    app.extensions["kg_store"].executors = app.config["KG_EXECUTORS"] or threads
    _Gunicorn(
        app,
        {
            "bind": f"{host}:{port}",
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread",
            "limit_request_line": 8190,  # gunicorn's largest: long GET queries; longer ones are POSTed
            "accesslog": "-" if app.config["KG_ACCESS_LOG"] else None,  # off by default: CPU per request
            "errorlog": "-",
            "loglevel": "info",
        },
    ).run()
