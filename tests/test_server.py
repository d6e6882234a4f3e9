"""`kg serve` as a server process: what holds whatever the WSGI server underneath."""

from __future__ import annotations

import socket
import urllib.parse

import requests

IDLE_CLIENTS = 64  # far more than the server's threads (1 worker × 4 in `seed_server`)


def _open_idle_connection(base: str) -> socket.socket:
    """A client that makes one keep-alive request, reads the answer and then stays connected, silent."""
    url = urllib.parse.urlsplit(base)
    sock = socket.create_connection((url.hostname, url.port), timeout=10)
    sock.sendall(f"GET /.well-known/void HTTP/1.1\r\nHost: {url.netloc}\r\n\r\n".encode())
    assert sock.recv(4096).startswith(b"HTTP/1.1 200")
    return sock


def test_idle_keep_alive_connections_do_not_lock_out_new_clients(seed_server):
    # granian with its backpressure at the thread count (tried for `kg serve`, see
    # benchmarks/RESULTS.md) let a few silent clients take every slot: the next request hung.
    idle = [_open_idle_connection(seed_server) for _ in range(IDLE_CLIENTS)]
    try:
        answer = requests.get(seed_server + "sparql", params={"query": "ASK {}"}, timeout=10)
        assert answer.status_code == 200 and answer.json()["boolean"] is True
    finally:
        for sock in idle:
            sock.close()
