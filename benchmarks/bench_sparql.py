"""SPARQL endpoint benchmark: raw pyoxigraph (the floor), our /sparql over HTTP, and rdflib-endpoint.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/bench_sparql.py [--triples 1000000] [--seconds 5] [--skip-rdflib]

Same data, same queries, one run: the seed article's graph and a generated graph
(benchmarks/generate.py) of about --triples triples.  For 4 and 16 concurrent
clients on loopback it prints throughput and p50/p99 latency per query, the
load rate, and resident memory.  Nothing is asserted: read the ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
from conftest import SEED, build_store, free_port, running_server  # noqa: E402

from service import store  # noqa: E402

PREFIXES = f"""PREFIX dipl: <{generate.DIPL}>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX time: <http://www.w3.org/2006/time#>
"""
QUERIES = {
    "point lookup": "SELECT ?p ?o WHERE { ?order a dipl:ExpulsionOrder ; dipl:targetEnvoy ?e . ?e ?p ?o } "
    "LIMIT 20",
    "3-hop join": """SELECT ?order ?issuerLabel ?stateLabel ?senderLabel WHERE {
        ?order a dipl:ExpulsionOrder ; dipl:issuedBy ?issuer ; dipl:envoyOf ?sender ;
               dipl:hasTime/time:inXSDDate ?day .
        ?issuer org:subOrganizationOf ?state ; rdfs:label ?issuerLabel .
        ?state rdfs:label ?stateLabel . ?sender rdfs:label ?senderLabel .
        FILTER(?day >= "2012-01-01"^^<http://www.w3.org/2001/XMLSchema#date>
               && ?day < "2012-03-01"^^<http://www.w3.org/2001/XMLSchema#date>) }""",
    "aggregate": """SELECT ?state (COUNT(?order) AS ?orders) WHERE {
        ?order a dipl:ExpulsionOrder ; dipl:issuedBy/org:subOrganizationOf* ?state .
        ?state a dipl:State } GROUP BY ?state ORDER BY DESC(?orders) LIMIT 10""",
}
CLIENTS = (4, 16)


def measure(call, clients: int, seconds: float) -> dict:
    """Run ``call()`` from ``clients`` threads for ``seconds`` after a short warm-up; latencies in ms.

    A call that fails (for rdflib-endpoint: one that takes over a minute) counts as an error.
    """
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    with contextlib.suppress(Exception):
        call()  # warm-up: caches, connections, executors
    stop = time.monotonic() + seconds

    def client():
        mine = []
        while time.monotonic() < stop:
            start = time.perf_counter()
            try:
                call()
            except Exception:  # noqa: BLE001 - counted, not fatal
                with lock:
                    errors[0] += 1
                continue
            mine.append((time.perf_counter() - start) * 1000)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    if not latencies:
        return {"rps": 0.0, "p50": float("nan"), "p99": float("nan"), "errors": errors[0]}
    return {
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "errors": errors[0],
    }


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total / 1024


def tree(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [pid] + [p for child in out for p in tree(int(child))]


def server_pids(port: int) -> list[int]:
    out = subprocess.run(
        ["pgrep", "-f", "--", f"serve --port {port}"], capture_output=True, text=True
    ).stdout.split()
    return [p for pid in out for p in tree(int(pid))]


@contextlib.contextmanager
def rdflib_endpoint(nquads: Path):
    """rdflib-endpoint (FastAPI + uvicorn) serving the same quads, union default graph."""
    port = free_port()
    code = f"""
import rdflib, uvicorn
from rdflib_endpoint import SparqlEndpoint
ds = rdflib.Dataset(default_union=True)
ds.parse({str(nquads)!r}, format="nquads")
uvicorn.run(SparqlEndpoint(graph=ds, path="/sparql"), host="127.0.0.1", port={port}, log_level="error")
"""
    process = subprocess.Popen([sys.executable, "-c", code])
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        while True:
            with contextlib.suppress(requests.ConnectionError):
                requests.get(url, params={"query": "ASK {}"}, timeout=600)
                break
            if process.poll() is not None:
                raise RuntimeError("rdflib-endpoint did not start")
            time.sleep(0.5)
        yield url, process.pid
    finally:
        process.terminate()
        process.wait()


def http_call(url: str, query: str):
    session = threading.local()

    def call():
        if not hasattr(session, "s"):
            session.s = requests.Session()
        response = session.s.get(
            url, params={"query": query}, headers={"Accept": "application/sparql-results+json"}, timeout=60
        )
        response.raise_for_status()

    return call


def bench_dataset(name: str, store_path: Path, nquads: Path, args, rows: list) -> None:
    db = ox.Store.read_only(str(store.current_version(store_path)))
    targets = [("pyoxigraph (raw)", None)]
    for label, query in QUERIES.items():
        text = PREFIXES + query

        def raw(text=text):
            db.query(text, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)

        for clients in CLIENTS:
            rows.append((name, label, "pyoxigraph (raw)", clients, measure(raw, clients, args.seconds)))
    port = free_port()
    env = {"KG_RESULT_LIMIT": "100000", "KG_QUERY_TIMEOUT": "600"}
    with running_server(store_path, env=env, workers=args.workers, threads=args.threads, port=port) as base:
        for label, query in QUERIES.items():
            for clients in CLIENTS:
                result = measure(http_call(base + "sparql", PREFIXES + query), clients, args.seconds)
                rows.append((name, label, "this endpoint", clients, result))
        targets.append(("this endpoint", rss_mb(server_pids(port))))
    if not args.skip_rdflib:
        with rdflib_endpoint(nquads) as (url, pid):
            for label, query in QUERIES.items():
                for clients in CLIENTS:
                    result = measure(http_call(url, PREFIXES + query), clients, args.seconds)
                    rows.append((name, label, "rdflib-endpoint", clients, result))
            targets.append(("rdflib-endpoint", rss_mb(tree(pid))))
    for target, mb in targets[1:]:
        print(f"memory, {name}, {target}: {mb:.0f} MB resident (all processes)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=5.0, help="per cell")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--skip-rdflib", action="store_true")
    args = parser.parse_args()
    rows: list = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seed = build_store(folder / "seed", [SEED])
        seed_path = Path(seed["KG_STORE"])
        seed_nq = folder / "seed.nq"
        seed_nq.write_bytes(
            ox.Store.read_only(str(store.current_version(seed_path))).dump(format=ox.RdfFormat.N_QUADS)
        )
        synthetic_nq = folder / "synthetic.nq"
        with open(synthetic_nq, "w") as out:
            for line in generate.quads(args.triples):
                out.write(line + "\n")
        count = sum(1 for _ in open(synthetic_nq))
        rss_before = rss_mb([os.getpid()])
        start = time.perf_counter()
        synthetic_path = folder / "synthetic" / "store"
        store.write_new_version(
            synthetic_path, lambda s: s.bulk_load(path=str(synthetic_nq), format=ox.RdfFormat.N_QUADS)
        )
        seconds = time.perf_counter() - start
        disk = sum(f.stat().st_size for f in store.current_version(synthetic_path).rglob("*") if f.is_file())
        print(
            f"load: {count:,} triples in {seconds:.2f} s = {count / seconds:,.0f} triples/s "
            f"(bulk_load into a new on-disk version; {disk / count:.0f} B/triple on disk; "
            f"loader RSS +{rss_mb([os.getpid()]) - rss_before:.0f} MB)",
            flush=True,
        )
        bench_dataset("seed", seed_path, seed_nq, args, rows)
        bench_dataset(f"{count / 1e6:.1f}M", synthetic_path, synthetic_nq, args, rows)
    print()
    print("| graph | query | target | clients | req/s | p50 ms | p99 ms | errors |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for graph, label, target, clients, r in rows:
        print(
            f"| {graph} | {label} | {target} | {clients} | {r['rps']:,.1f} | {r['p50']:.2f} | {r['p99']:.2f} "
            f"| {r['errors']} |"
        )


if __name__ == "__main__":
    main()
