"""Which WSGI server for `kg serve`: granian against gunicorn gthread (today's), same app, same store.

    .venv/bin/pip install -e '.[bench]'; .venv/bin/kg build data/articles
    .venv/bin/python benchmarks/bench_server.py [--store STORE] [--rounds 3] [--seconds 5]

Both serve `service.create_app` from their own command line, with 2 worker processes × 8
request threads and 2 query executors per worker, as `kg serve` configures them.  Each round
measures both servers, one after the other, on every query and client count (the machine is
shared: compare within a round); `wrk` is the client.  "CPU ms/req" is the user + system time
of the server's processes (each counted once, executors included) during the cell, divided by
the requests answered.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sparql import PREFIXES, QUERIES, cpu_seconds, free_port, measure_http, tree  # noqa: E402
from conftest import serving_process  # noqa: E402  (bench_sparql put tests/ on the path)

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORKERS, THREADS = 2, 8
# granian's backpressure caps the connections a worker holds, idle keep-alive ones included: at THREADS a
# few silent clients locked everyone else out (RESULTS.md), so it is measured at gunicorn's 1,000
GRANIAN_CONNECTIONS = 1000


def app():
    """The app as `kg serve` configures it, built in each worker (both servers call this factory)."""
    from service import create_app
    from service.server import executors_per_worker

    app = create_app()
    app.extensions["kg_store"].executors = executors_per_worker(app.config["KG_EXECUTORS"], THREADS)
    return app


def command(server: str, port: int) -> list[str]:
    if server == "gunicorn":  # the settings `kg serve` used with gunicorn
        return [str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS),
                "--threads", str(THREADS), "--worker-class", "gthread", "--limit-request-line", "8190",
                "--chdir", str(ROOT / "benchmarks"), "bench_server:app()"]
    return [str(BIN / "granian"), "--interface", "wsgi", "--http", "1", "--no-ws", "--factory", "--port", str(port),
            "--workers", str(WORKERS), "--blocking-threads", str(THREADS),
            "--backpressure", str(GRANIAN_CONNECTIONS),
            "--working-dir", str(ROOT / "benchmarks"), "bench_server:app"]


@contextlib.contextmanager
def serving(server: str, store: Path):
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update({"KG_STORE": str(store), "KG_BASE_IRI": base, "PYTHONPATH": str(ROOT)})
    with serving_process(command(server, port), env, base, server) as pid:
        yield base, pid


def cell(base: str, pid: int, query: str, clients: int, seconds: float) -> dict:
    url = base + "sparql?" + urllib.parse.urlencode({"query": PREFIXES + query})
    measure_http(url, 16, 1.0, 10.0)  # touch every executor (and let in-memory copies be made)
    pids = tree(pid)
    before = cpu_seconds(pids)
    result = measure_http(url, clients, seconds, 10.0)
    requests_done = result["rps"] * seconds
    result["cpu"] = (cpu_seconds(pids) - before) * 1000 / requests_done if requests_done else float("nan")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=Path(os.environ.get("KG_STORE", ROOT / "store")))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--queries", nargs="*", default=["point lookup", "3-hop join"])
    parser.add_argument("--clients", nargs="*", type=int, default=[1, 4, 16])
    args = parser.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print("| round | query | clients | server | req/s | p50 ms | p99 ms | CPU ms/req | errors |")
    print("| ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for round_no in range(1, args.rounds + 1):
        order = ("gunicorn", "granian") if round_no % 2 else ("granian", "gunicorn")
        for server in order:
            with serving(server, args.store) as (base, pid):
                for label in args.queries:
                    for clients in args.clients:
                        r = cell(base, pid, QUERIES[label], clients, args.seconds)
                        print(f"| {round_no} | {label} | {clients} | {server} | {r['rps']:,.0f} | {r['p50']:.2f} "
                              f"| {r['p99']:.2f} | {r['cpu']:.2f} | {r['errors']} |", flush=True)


if __name__ == "__main__":
    main()
