"""The production server: gunicorn with threaded workers, started in-process by `kg serve`."""

from __future__ import annotations

import os

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


def executors_per_worker(configured: int, threads: int) -> int:
    """KG_EXECUTORS, or by default one per core (2 to 8), never more than request threads.

    A query's CPU is the executor's, so executors beyond the cores only share them and
    cost memory (on 2 cores, seed graph, 4 and 16 clients: 2 executors per worker served
    1,360 to 1,950 requests/s, 4 per worker 1,020 to 1,610, with half the processes);
    two per worker let fast queries through while a slow one runs into its timeout.
    """
    return min(threads, configured or min(8, max(2, os.cpu_count() or 1)))


def run(app: Flask, host: str, port: int, workers: int, threads: int) -> None:
    """Serve ``app`` until interrupted."""
    app.extensions["kg_store"].executors = executors_per_worker(app.config["KG_EXECUTORS"], threads)
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
