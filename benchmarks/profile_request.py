"""Where one /sparql request's time goes, layer by layer, on the seed graph.

    .venv/bin/python benchmarks/profile_request.py [--query "point lookup"] [--seconds 5]

Each line adds one layer to the one before: the engine call, our executor's
evaluation (row cap, serialisation), the hop to an executor process, the Flask
application called as WSGI (no network), then `kg serve` over loopback under
`wrk` with 1 and 4 clients, where the server's CPU per request is read from
/proc.  Nothing is asserted: it prints milliseconds per request.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sparql import ACCEPT, PREFIXES, QUERIES, cpu_seconds, measure_wrk, server_pids  # noqa: E402
from conftest import SEED, build_store, free_port, running_server  # noqa: E402

from service import create_app, executor, store  # noqa: E402


def per_call(call, seconds: float) -> tuple[float, float]:
    """(wall ms, CPU ms of this process) per call, after a warm-up."""
    for _ in range(50):
        call()
    count, began, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - began < seconds:
        call()
        count += 1
    return (time.perf_counter() - began) * 1000 / count, (time.process_time() - cpu) * 1000 / count


def wsgi_caller(app, query: str):
    """One GET /sparql through the Flask application's WSGI callable, without a server."""
    query_string = urllib.parse.urlencode({"query": query})

    def call() -> None:
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": "/sparql",
            "QUERY_STRING": query_string,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_HOST": "127.0.0.1:8000",
            "HTTP_ACCEPT": ACCEPT,
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(),
            "wsgi.errors": sys.stderr,
        }
        b"".join(app.wsgi_app(environ, lambda status, headers, exc_info=None: None))

    return call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--query", default="point lookup", choices=sorted(QUERIES))
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    text = PREFIXES + QUERIES[args.query]
    with tempfile.TemporaryDirectory() as tmp:
        config = build_store(Path(tmp), [SEED], KG_RESULT_LIMIT=100000)
        version = str(store.current_version(Path(config["KG_STORE"])))
        db = ox.Store.read_only(version)
        request = executor.QueryRequest(version, text, ACCEPT, "text/turtle", 100000, base_iri="http://x/sparql")
        rows = [
            (
                "engine: query + JSON",
                per_call(
                    lambda: db.query(text, use_default_graph_as_union=True).serialize(
                        format=ox.QueryResultsFormat.JSON
                    ),
                    args.seconds,
                ),
            ),
            ("executor.evaluate, in this process", per_call(lambda: executor.evaluate(db, request), args.seconds)),
        ]
        pool = executor.ExecutorPool(1)
        wall, cpu = per_call(lambda: pool.run(request, 10.0), args.seconds)
        rows.append(("through an executor process (CPU: this side only)", (wall, cpu)))
        pool.close()
        app = create_app(config)
        app.extensions["kg_store"].executors = 1
        rows.append(("Flask app as WSGI, executor process", per_call(wsgi_caller(app, text), args.seconds)))
        in_process = app.extensions["kg_store"]
        in_process.run = lambda req, timeout: executor.evaluate(in_process.current(), req._replace(version=""))
        rows.append(("Flask app as WSGI, evaluated in this process", per_call(wsgi_caller(app, text), args.seconds)))
        port = free_port()
        with running_server(
            Path(config["KG_STORE"]), env={"KG_RESULT_LIMIT": "100000"}, workers=2, threads=8, port=port
        ) as base:
            url = base + "sparql?" + urllib.parse.urlencode({"query": text})
            for clients in (1, 4):
                pids = server_pids(port)
                measure_wrk(url, clients, 1, 30)  # warm every thread's executor
                used = cpu_seconds(pids)
                result = measure_wrk(url, clients, args.seconds, 30)
                cpu = (cpu_seconds(pids) - used) * 1000 / (result["rps"] * args.seconds)
                rows.append(
                    (f"kg serve over loopback, wrk, {clients} client(s): p50 | server CPU", (result["p50"], cpu))
                )
    print(f"{args.query}, seed graph                                     wall or p50 ms   CPU ms")
    for label, (wall, cpu) in rows:
        print(f"{label:62s} {wall:8.3f} {cpu:8.3f}")


if __name__ == "__main__":
    main()
