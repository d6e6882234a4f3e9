"""The endpoint cannot be knocked over: query and update timeouts, row cap, request size, SERVICE/LOAD,
read-only mode; and readers do not wait for writers.  All against real `kg serve` processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
import requests
from sparql_fixtures import AUTH, EX, pathological_query, server


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("safety")


@pytest.fixture(scope="module")
def base(folder):
    with server(folder, KG_MAX_REQUEST_BYTES="20000") as url:
        yield url


def server_children(base: str, script: str) -> list[str]:
    """The pids of this server's child processes running ``script`` (known by their KG_BASE_IRI)."""
    pids = subprocess.run(["pgrep", "-f", script], capture_output=True, text=True).stdout.split()
    mine = []
    for pid in pids:
        try:
            if f"KG_BASE_IRI={base}".encode() in Path(f"/proc/{pid}/environ").read_bytes():
                mine.append(pid)
        except OSError:
            continue  # ended meanwhile
    return mine


def busy_executors(base: str) -> list[str]:
    """This server's query executors that have been computing for 2 s or more."""
    busy = []
    for pid in server_children(base, "service/executor.py"):
        stat = subprocess.run(["ps", "-o", "pcpu=,etimes=", "-p", pid], capture_output=True, text=True).stdout
        if stat.split() and float(stat.split()[0]) > 50 and int(stat.split()[1]) >= 2:
            busy.append(pid)
    return busy


def test_a_pathological_query_is_stopped_and_the_worker_freed(base):
    response = requests.get(base + "sparql", params={"query": pathological_query()}, timeout=60)
    assert response.status_code == 503
    assert "longer than 2 s" in response.json()["message"]
    # The executor that ran it was killed, not left computing, and the server answers at once.
    assert busy_executors(base) == []
    ok = requests.get(base + "sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert ok.status_code == 200 and ok.json()["boolean"] is True


def test_several_timeouts_in_a_row_do_not_exhaust_the_workers(base):
    for _ in range(3):
        assert requests.get(base + "sparql", params={"query": pathological_query()}, timeout=60).status_code == 503
    assert requests.get(base + "sparql", params={"query": "ASK {}"}, timeout=30).status_code == 200


def pathological_update(width: int = 30) -> str:
    """An INSERT whose WHERE counts a cross product of the named graphs' quads: far too large to finish."""
    patterns = " ".join(f"GRAPH ?g{i} {{ ?s{i} ?p{i} ?o{i} }}" for i in range(width))
    return f"INSERT {{ <{EX}count> <{EX}value> ?n }} WHERE {{ SELECT (COUNT(*) AS ?n) WHERE {{ {patterns} }} }}"


def snapshot(base: str, folder: Path) -> tuple:
    """What an update must not change: the version (ETag), the data, the version directories."""
    response = requests.get(base + "sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, timeout=30)
    quads = requests.get(base + "graph-store", params={"graph": f"{EX}g2"}, timeout=30)
    return response.headers["ETag"], response.text, quads.text, sorted((folder / "store.versions").iterdir())


def test_a_pathological_update_is_stopped_and_changes_nothing(base, folder):
    before = snapshot(base, folder)
    response = requests.post(base + "sparql", data={"update": pathological_update()}, headers=AUTH, timeout=30)
    assert response.status_code == 503
    message = response.json()["message"]
    assert "longer than 2 s and was stopped" in message and "nothing was changed" in message
    assert server_children(base, "service/updater.py") == []  # killed, not left computing
    assert snapshot(base, folder) == before
    # The writer lock was released: the next update applies.
    update = f'INSERT DATA {{ GRAPH <{EX}after> {{ <{EX}after> <{EX}label> "after the timeout" }} }}'
    assert requests.post(base + "sparql", data={"update": update}, headers=AUTH, timeout=30).status_code == 204
    ask = requests.get(base + "sparql", params={"query": f"ASK {{ GRAPH <{EX}after> {{ ?s ?p ?o }} }}"}, timeout=30)
    assert ask.json()["boolean"] is True


def test_result_rows_are_capped(base):
    response = requests.get(base + "sparql", params={"query": f"SELECT ?s WHERE {{ ?s <{EX}name> ?n }}"}, timeout=30)
    assert len(response.json()["results"]["bindings"]) == 50
    assert response.headers["KG-Truncated"].startswith("true")
    construct = requests.get(
        base + "sparql",
        params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
        headers={"Accept": "application/n-triples"},
        timeout=30,
    )
    assert len(construct.text.splitlines()) == 50 and "KG-Truncated" in construct.headers
    small = requests.get(base + "sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"}, timeout=30)
    assert "KG-Truncated" not in small.headers


def test_oversized_requests_are_413(base):
    big = "ASK {} #" + "x" * 30000
    response = requests.post(
        base + "sparql", data=big.encode(), headers={"Content-Type": "application/sparql-query"}, timeout=30
    )
    assert response.status_code == 413
    assert response.json()["status"] == 413


def test_oversized_chunked_bodies_are_413_not_cut_short(base):
    # No Content-Length to check up front: the body must not be cut at the cap and used.
    lines = (f'<{EX}chunked> <{EX}n> "{n}" .\n'.encode() for n in range(1000))  # about 40 KB, cap 20 KB
    response = requests.put(
        base + "graph-store",
        params={"graph": f"{EX}chunked"},
        data=lines,  # a generator: requests sends it chunked
        headers={**AUTH, "Content-Type": "application/n-triples"},
        timeout=30,
    )
    assert response.status_code == 413 and response.json()["status"] == 413
    assert requests.get(base + "graph-store", params={"graph": f"{EX}chunked"}, timeout=30).status_code == 404
    small = requests.post(
        base + "sparql",
        data=(part for part in (b"ASK ", b"{}")),
        headers={"Content-Type": "application/sparql-query"},
        timeout=30,
    )
    assert small.status_code == 200 and small.json()["boolean"] is True


@pytest.mark.parametrize(
    "text,field",
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "query"),
        ("SELECT * WHERE { BIND(<http://example.org/sparql> AS ?e) SERVICE SILENT ?e { ?s ?p ?o } }", "query"),
        ("LOAD <file:///etc/passwd>", "update"),
        ("LOAD <http://example.org/data.ttl> INTO GRAPH <http://example.org/g>", "update"),
    ],
)
def test_service_and_load_are_refused_by_default(base, text, field):
    response = requests.post(base + "sparql", data={field: text}, headers=AUTH, timeout=30)
    assert response.status_code == 403
    assert "KG_ALLOW_SERVICE" in response.json()["message"]


def test_silent_service_and_load_fail_silently_without_reaching_out(base):
    """Refusing is the failure that SILENT asks to ignore: one empty solution, a LOAD that does nothing."""
    with socket.socket() as listener:  # where the texts point: nothing may connect
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        query = f"SELECT ?o WHERE {{ SERVICE SILENT <{target}sparql> {{ ?s ?p ?o }} }}"
        answered = requests.post(base + "sparql", data={"query": query}, timeout=30)
        assert answered.status_code == 200, answered.text
        assert answered.json()["results"]["bindings"] == [{}]
        update = f"LOAD SILENT <{target}data.ttl> INTO GRAPH <{target}g> ; INSERT DATA {{ <{target}s> <{target}p> 1 }}"
        loaded = requests.post(base + "sparql", data={"update": update}, headers=AUTH, timeout=30)
        assert loaded.status_code == 204, loaded.text
        ask = f"ASK {{ <{target}s> <{target}p> 1 }}"
        assert requests.get(base + "sparql", params={"query": ask}, timeout=30).json()["boolean"] is True
        with pytest.raises(socket.timeout):
            listener.accept()
        requests.post(base + "sparql", data={"update": f"DELETE DATA {{ <{target}s> <{target}p> 1 }}"}, headers=AUTH)


@pytest.mark.parametrize(
    "text,field",
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }", "query"),
        ("LOAD ;", "update"),
        ("CREATE GRAPH <http://example.org/g> LOAD <http://example.org/d.ttl>", "update"),
    ],
)
def test_malformed_texts_with_service_or_load_are_400_not_403(base, text, field):
    response = requests.post(base + "sparql", data={field: text}, headers=AUTH, timeout=30)
    assert response.status_code == 400 and f"malformed {field}" in response.json()["message"]


def test_the_word_service_in_a_string_or_name_is_fine(base):
    query = 'SELECT * WHERE { ?service <http://example.org/load> "SERVICE and LOAD" }'
    assert requests.get(base + "sparql", params={"query": query}, timeout=30).status_code == 200


def test_readers_do_not_wait_for_a_writer(base):
    """An update completes while a slow query is still running, and the query then still answers."""
    slow = {}
    reader = threading.Thread(
        target=lambda: slow.update(
            response=requests.get(base + "sparql", params={"query": pathological_query()}, timeout=60)
        )
    )
    reader.start()
    update = f'INSERT DATA {{ GRAPH <{EX}w> {{ <{EX}w> <{EX}label> "written" }} }}'
    assert requests.post(base + "sparql", data={"update": update}, headers=AUTH, timeout=30).status_code == 204
    writer_finished_first = reader.is_alive()
    count = requests.get(base + "sparql", params={"query": f"ASK {{ GRAPH <{EX}w> {{ ?s ?p ?o }} }}"}, timeout=30)
    reader.join()
    assert writer_finished_first
    assert count.json()["boolean"] is True
    assert slow["response"].status_code == 503


@pytest.fixture(scope="module")
def open_federation(tmp_path_factory):
    """A read-only server (no token) that allows SERVICE."""
    with server(tmp_path_factory.mktemp("federated"), KG_UPDATE_TOKEN=None, KG_ALLOW_SERVICE="true") as url:
        yield url


def test_without_a_token_the_service_is_read_only(open_federation):
    response = requests.post(open_federation + "sparql", data={"update": "CLEAR ALL"}, headers=AUTH, timeout=30)
    assert response.status_code == 403
    assert "read-only" in response.json()["message"]
    put = requests.put(
        open_federation + "graph-store",
        params={"default": ""},
        data=b"",
        headers={**AUTH, "Content-Type": "text/turtle"},
        timeout=30,
    )
    assert put.status_code == 403


def test_allowed_federation_still_never_reads_files(open_federation):
    query = "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"
    response = requests.get(open_federation + "sparql", params={"query": query}, timeout=30)
    assert response.status_code == 403
    assert "http(s)" in response.json()["message"]


def test_executors_end_with_their_server(tmp_path):
    """A worker killed outright (no clean shutdown) takes its busy executors with it, not left computing."""
    with server(tmp_path, KG_QUERY_TIMEOUT="120", KG_WORKERS="1") as url:
        threading.Thread(
            target=lambda: requests.get(url + "sparql", params={"query": pathological_query()}, timeout=150),
            daemon=True,
        ).start()
        deadline = time.monotonic() + 30
        while not busy_executors(url) and time.monotonic() < deadline:
            time.sleep(0.5)
        busy = busy_executors(url)
        assert busy, "the pathological query never started"
        worker = Path(f"/proc/{busy[0]}/stat").read_text().split(")")[1].split()[1]  # the executor's parent
        os.kill(int(worker), signal.SIGKILL)
        deadline = time.monotonic() + 10
        while any(map(running, busy)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in busy if running(pid)], "an executor outlived its server worker"


def running(pid: str) -> bool:
    """Whether the process exists and has not ended (a zombie waiting to be reaped has ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[0] != "Z"
    except OSError:
        return False
