"""SPARQL endpoint benchmark: raw pyoxigraph (the floor), our /sparql over HTTP, and rdflib-endpoint.

    .venv/bin/pip install -e '.[bench]'     # rdflib-endpoint; `apt-get install wrk` for the HTTP load
    .venv/bin/python benchmarks/bench_sparql.py [--triples 1000000] [--seconds 10] [--skip-rdflib]

Same data, same queries, one run: the seed article's graph and a generated graph
(benchmarks/generate.py) of about --triples triples.  It prints the load rate,
then throughput and p50/p99 latency per query under 4 and 16 concurrent clients,
and the resident memory of each server.  Nothing is asserted: read the ratios.

- raw: threads in this process calling the engine and serialising JSON (nothing else runs meanwhile),
  both on the on-disk version opened read-only and on an in-memory copy of it (what the executors
  answer from when the version has at most KG_MEMORY_TRIPLES quads);
- this endpoint: `kg serve` as a separate process, loaded by `wrk` (C, so the client takes
  little of the server's CPU), or by client processes when wrk is missing;
- rdflib-endpoint cannot stop a query, so it is measured bounded: one client, a few requests
  per query with a client timeout; a timed-out request counts as taking the whole timeout,
  and the endpoint is restarted after one, so the next request does not queue behind it.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
from conftest import SEED, build_store, free_port, running_server  # noqa: E402

from service import config, executor, store  # noqa: E402

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
ACCEPT = "application/sparql-results+json"


def summary(latencies: list[float], elapsed: float, errors: int = 0, note: str = "") -> dict:
    latencies = sorted(latencies)
    if not latencies:
        return {"rps": 0.0, "p50": float("nan"), "p99": float("nan"), "errors": errors, "note": note}
    return {
        "rps": len(latencies) / elapsed,
        "p50": statistics.median(latencies),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "errors": errors,
        "note": note,
    }


def measure_raw(call, clients: int, seconds: float) -> dict:
    """``call()`` from ``clients`` threads for ``seconds`` after one warm-up call; latencies in ms."""
    call()
    latencies: list[float] = []
    stop = time.monotonic() + seconds

    def client():
        mine = []
        while time.monotonic() < stop:
            start = time.perf_counter()
            call()
            mine.append((time.perf_counter() - start) * 1000)
        latencies.extend(mine)  # list.extend is atomic under the GIL

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return summary(latencies, time.monotonic() - began)


# --- HTTP load: wrk when installed, else client processes ---------------------------------------

_WRK_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def measure_wrk(url: str, clients: int, seconds: float, timeout: float) -> dict:
    out = subprocess.run(
        ["wrk", "--latency", "-t", str(min(clients, 2)), "-c", str(clients), "-d", f"{seconds:g}s",
         "--timeout", f"{timeout:g}s", "-H", f"Accept: {ACCEPT}", url],
        capture_output=True, text=True, check=True,
    ).stdout

    def latency(percent: str) -> float:
        value, unit = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M).groups()
        return float(value) * _WRK_UNITS[unit]

    done = int(re.search(r"(\d+) requests in", out).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:timeout|read|write|connect) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non2xx.group(1)) if non2xx else 0
    if not done:
        return summary([], seconds, errors)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": latency(50),
            "p99": latency(99), "errors": errors, "note": ""}


def _client_process(url: str, stop: float, timeout: float, results) -> None:
    session, mine, errors = requests.Session(), [], 0
    while time.monotonic() < stop:
        start = time.perf_counter()
        try:
            session.get(url, headers={"Accept": ACCEPT}, timeout=timeout).raise_for_status()
        except requests.RequestException:
            errors += 1
            continue
        mine.append((time.perf_counter() - start) * 1000)
    results.put((mine, errors))


def measure_processes(url: str, clients: int, seconds: float, timeout: float) -> dict:
    results = multiprocessing.Queue()
    began = time.monotonic()
    procs = [multiprocessing.Process(target=_client_process, args=(url, began + seconds, timeout, results))
             for _ in range(clients)]
    for p in procs:
        p.start()
    gathered = [results.get() for _ in procs]
    for p in procs:
        p.join()
    return summary([ms for mine, _ in gathered for ms in mine], time.monotonic() - began,
                   sum(e for _, e in gathered))


def measure_http(url: str, clients: int, seconds: float, timeout: float) -> dict:
    requests.get(url, headers={"Accept": ACCEPT}, timeout=timeout)  # warm-up: caches, executors
    if shutil.which("wrk"):
        return measure_wrk(url, clients, seconds, timeout)
    return measure_processes(url, clients, seconds, timeout)


# --- memory -------------------------------------------------------------------------------------


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time used so far by these processes."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


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
    # A forked worker has its master's command line: pgrep names it too, so count each process once.
    return sorted({p for pid in out for p in tree(int(pid))})


# --- rdflib-endpoint, bounded ----------------------------------------------------------------------


class RdflibEndpoint:
    """rdflib-endpoint (FastAPI + uvicorn) over the same quads, union default graph; restartable."""

    def __init__(self, nquads: Path):
        self.nquads = nquads
        self.process = None
        self.load_seconds = 0.0

    def start(self) -> None:
        self.port = free_port()
        code = f"""
import rdflib, uvicorn
from rdflib_endpoint import SparqlEndpoint
ds = rdflib.Dataset(default_union=True)
ds.parse({str(self.nquads)!r}, format="nquads")
uvicorn.run(SparqlEndpoint(graph=ds, path="/sparql"), host="127.0.0.1", port={self.port}, log_level="error")
"""
        began = time.monotonic()
        self.process = subprocess.Popen([sys.executable, "-c", code])
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        while True:
            with contextlib.suppress(requests.ConnectionError):
                requests.get(self.url, params={"query": "ASK {}"}, timeout=600)
                break
            if self.process.poll() is not None:
                raise RuntimeError("rdflib-endpoint did not start")
            time.sleep(0.5)
        self.load_seconds = time.monotonic() - began

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()

    def measure(self, query: str, count: int, timeout: float) -> dict:
        """``count`` requests one after another; a timed-out one counts as taking ``timeout``.

        The same query would time out again, so after a timeout the rest of the ``count`` are
        counted as timed out too without being sent, and the endpoint is restarted (its query
        cannot be stopped otherwise).
        """
        latencies, timeouts = [], 0
        for _ in range(count):
            if timeouts:
                timeouts += 1
                latencies.append(timeout * 1000)
                continue
            start = time.perf_counter()
            try:
                response = requests.get(self.url, params={"query": query}, headers={"Accept": ACCEPT},
                                        timeout=timeout)
                response.raise_for_status()
                latencies.append((time.perf_counter() - start) * 1000)
            except requests.Timeout:
                timeouts += 1
                latencies.append(timeout * 1000)
        if timeouts:
            self.stop()
            self.start()
        result = summary(latencies, sum(latencies) / 1000)
        result["note"] = f"1 client, {count} requests, {timeouts} timed out at {timeout:g} s"
        return result


# --- the run --------------------------------------------------------------------------------------


def settle(port: int, url: str, limit: float = 300.0) -> float:
    """Touch every executor, then wait until the server is idle (their in-memory copies made); seconds taken."""
    began = time.monotonic()
    measure_http(url, 16, 2, 60)
    while time.monotonic() - began < limit:
        pids = server_pids(port)
        used = cpu_seconds(pids)
        time.sleep(1.0)
        if cpu_seconds(pids) - used < 0.05:
            break
    return time.monotonic() - began


def copies_off_memory(store_path: Path, args, name: str) -> None:
    """The same server with KG_MEMORY_TRIPLES=0 (every executor reads the disk): its memory, for comparison."""
    port = free_port()
    with running_server(store_path, env={"KG_MEMORY_TRIPLES": "0"}, workers=args.workers, threads=args.threads,
                        port=port) as base:
        settle(port, base + "sparql?" + urllib.parse.urlencode({"query": PREFIXES + QUERIES["point lookup"]}))
        print(f"memory, {name}, this endpoint, in-memory copies off: {rss_mb(server_pids(port)):.0f} MB resident",
              flush=True)


def bench_dataset(name: str, store_path: Path, nquads: Path, seconds: float, args, rows: list) -> None:
    """Raw and HTTP cells alternate, so a change in the machine's other load hits both alike."""
    disk = ox.Store.read_only(str(store.current_version(store_path)))
    memory = ox.Store()
    memory.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS, lenient=True)
    floors = (("pyoxigraph (raw, on disk)", disk), ("pyoxigraph (raw, in memory)", memory))
    port = free_port()
    env = {"KG_RESULT_LIMIT": "100000", "KG_QUERY_TIMEOUT": str(args.timeout),
           "KG_MEMORY_TRIPLES": str(args.memory_triples)}
    with running_server(store_path, env=env, workers=args.workers, threads=args.threads, port=port) as base:
        lookup = base + "sparql?" + urllib.parse.urlencode({"query": PREFIXES + QUERIES["point lookup"]})
        print(f"{name}: executors touched and the server idle again (copies made) after "
              f"{settle(port, lookup):.1f} s", flush=True)
        for label, query in QUERIES.items():
            text = PREFIXES + query
            url = base + "sparql?" + urllib.parse.urlencode({"query": text})

            for clients in CLIENTS:
                for target, db in floors:
                    def raw(text=text, db=db):
                        db.query(text, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)

                    rows.append((name, label, target, clients, measure_raw(raw, clients, seconds)))
                pids = server_pids(port)
                used = cpu_seconds(pids)
                result = measure_http(url, clients, seconds, args.timeout)
                used = cpu_seconds(pids) - used  # an executor replaced meanwhile is missed: none should be
                done = result["rps"] * seconds
                result["note"] = f"server CPU {used * 1000 / done:.2f} ms/request" if done else ""
                rows.append((name, label, "this endpoint", clients, result))
        resident = rss_mb(server_pids(port))
    del disk, memory, floors
    print(f"memory, {name}, this endpoint: {resident:.0f} MB resident "
          f"(server main process, {args.workers} workers, their executors, KG_MEMORY_TRIPLES={args.memory_triples})",
          flush=True)
    copies_off_memory(store_path, args, name)
    if args.skip_rdflib:
        return
    endpoint = RdflibEndpoint(nquads)
    endpoint.start()
    print(f"rdflib-endpoint, {name}: parsed and answering after {endpoint.load_seconds:.1f} s", flush=True)
    try:
        for label, query in QUERIES.items():
            result = endpoint.measure(PREFIXES + query, args.rdflib_requests, args.rdflib_timeout)
            rows.append((name, label, "rdflib-endpoint", 1, result))
        print(f"memory, {name}, rdflib-endpoint: {rss_mb(tree(endpoint.process.pid)):.0f} MB resident",
              flush=True)
    finally:
        endpoint.stop()


def load_synthetic(folder: Path, triples: int) -> tuple[Path, Path, int]:
    nquads = folder / "synthetic.nq"
    with open(nquads, "w") as out:
        for line in generate.quads(triples):
            out.write(line + "\n")
    data = nquads.read_bytes()
    count = data.count(b"\n")
    path = folder / "synthetic" / "store"
    for label, fill in (
        ("one bulk_load", lambda s: s.bulk_load(data, format=ox.RdfFormat.N_QUADS)),
        ("one bulk_load, lenient", lambda s: s.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)),
        ("bulk_load_lines (a chunk per core), lenient",
         lambda s: store.bulk_load_lines(s, data, ox.RdfFormat.N_QUADS, lenient=True)),
    ):
        start = time.perf_counter()
        version = store.write_new_version(path, fill)
        took = time.perf_counter() - start
        disk = sum(f.stat().st_size for f in version.rglob("*") if f.is_file())
        print(f"load, {label}: {count:,} quads in {took:.2f} s = {count / took:,.0f} triples/s "
              f"(new on-disk version, {disk / count:.0f} B/triple on disk)", flush=True)
    start = time.perf_counter()
    ox.Store().bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
    took = time.perf_counter() - start
    print(f"load, into memory (ox.Store().bulk_load, lenient): {count:,} quads in {took:.2f} s = "
          f"{count / took:,.0f} triples/s", flush=True)
    start = time.perf_counter()
    version = executor._Version(str(store.current_version(path)), 0)  # 0: no copy of its own
    version._copy(version.source[0], count)
    took = time.perf_counter() - start
    assert version.source[1], "the copy was not made"
    print(f"copy, an executor's in-memory copy (dump + bulk_load): {count:,} quads in {took:.2f} s", flush=True)
    return path, nquads, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=10.0, help="per cell on the seed graph")
    parser.add_argument("--big-seconds", type=float, default=30.0, help="per cell on the generated graph")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=120.0, help="server query and client timeout, s")
    parser.add_argument("--memory-triples", type=int, default=config.DEFAULTS["KG_MEMORY_TRIPLES"],
                        help="KG_MEMORY_TRIPLES for the server (0: executors read the disk)")
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--rdflib-requests", type=int, default=3, help="per query")
    parser.add_argument("--rdflib-timeout", type=float, default=60.0, help="s per request")
    parser.add_argument("--rdflib-triples", type=int, default=0,
                        help="also compare rdflib-endpoint on a graph of this size (e.g. 100000)")
    args = parser.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f}, HTTP client: {'wrk' if shutil.which('wrk') else 'client processes'}",
          flush=True)
    rows: list = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seed_path = Path(build_store(folder / "seed", [SEED])["KG_STORE"])
        seed_nq = folder / "seed.nq"
        seed_nq.write_bytes(
            ox.Store.read_only(str(store.current_version(seed_path))).dump(format=ox.RdfFormat.N_QUADS)
        )
        synthetic_path, synthetic_nq, count = load_synthetic(folder, args.triples)
        bench_dataset("seed", seed_path, seed_nq, args.seconds, args, rows)
        if args.rdflib_triples:
            small = folder / "small"
            small.mkdir()
            small_path, small_nq, small_count = load_synthetic(small, args.rdflib_triples)
            bench_dataset(f"{small_count:,} triples", small_path, small_nq, args.big_seconds, args, rows)
        bench_dataset(f"{count:,} triples", synthetic_path, synthetic_nq, args.big_seconds, args, rows)
    print()
    print("| graph | query | target | clients | req/s | p50 ms | p99 ms | errors | note |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for graph, label, target, clients, r in rows:
        print(f"| {graph} | {label} | {target} | {clients} | {r['rps']:,.1f} | {r['p50']:.2f} | {r['p99']:.2f} "
              f"| {r['errors']} | {r['note']} |")


if __name__ == "__main__":
    main()
