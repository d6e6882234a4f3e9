"""The production server: granian's WSGI workers with threads, started in-process by `kg serve`.

granian (HTTP in Rust) replaced gunicorn gthread: same app, 2 workers × 8 threads, on the seed
graph it took about 25% less server CPU per request and cut p50 at 4 clients by about 32%
(`benchmarks/bench_server.py`, "Server choice" in `benchmarks/RESULTS.md`).
"""

from __future__ import annotations

import os

from flask import Flask
from granian.constants import HTTPModes, Interfaces
from granian.server import Server


def executors_per_worker(configured: int, threads: int) -> int:
    """KG_EXECUTORS, or by default one per core (2 to 8), never more than request threads.

    A query's CPU is the executor's, so executors beyond the cores only share them and
    cost memory (on 2 cores, seed graph, 4 and 16 clients: 2 executors per worker served
    1,360 to 1,950 requests/s, 4 per worker 1,020 to 1,610, with half the processes);
    two per worker let fast queries through while a slow one runs into its timeout.
    """
    return min(threads, configured or min(8, max(2, os.cpu_count() or 1)))


def run(app: Flask, host: str, port: int, workers: int, threads: int) -> None:
    """Serve ``app`` until interrupted (SIGINT/SIGTERM: requests in flight are answered first)."""
    app.extensions["kg_store"].executors = executors_per_worker(app.config["KG_EXECUTORS"], threads)
    Server(
        "service:create_app",  # a name for the logs: the workers are forked and use this very app
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        http=HTTPModes.http1,
        websockets=False,
        workers=workers,
        blocking_threads=threads,
        backpressure=threads,  # a worker reads no more requests than it has threads (p99 at 16 clients)
        respawn_failed_workers=True,  # else one dead worker stops the whole server
        log_access=bool(app.config["KG_ACCESS_LOG"]),  # off by default: CPU per request
    ).serve(target_loader=lambda _target: app)
