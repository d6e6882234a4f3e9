"""Query executors: child processes that run SPARQL queries and can be killed on timeout.

pyoxigraph cannot cancel a running query, so each query runs in a small child
process that holds the store open read-only.  A request thread hands it the
query and waits at most the timeout; when the time is up the child is killed
(which really stops the query and frees its memory) and a fresh one replaces
it.  Each gunicorn worker owns one pool, one child per request thread, so a
thread never waits for an executor.

The child also applies the row cap and serialises the answer with the
engine's own writers, so the parent receives ready bytes.  The child runs this
file as a script and imports nothing but pyoxigraph, so a replacement starts
quickly; requests and answers cross the pipe as plain tuples (no class to
import on the other side, little to pickle).
"""

from __future__ import annotations

import itertools
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import NamedTuple

import pyoxigraph as ox


class QueryTimeout(RuntimeError):
    """The query ran longer than the configured timeout and was stopped."""


class ExecutorDied(RuntimeError):
    """The child process ended while running a query."""


class QueryFailed(RuntimeError):
    """The engine rejected or could not evaluate the query."""

    def __init__(self, message: str, *, syntax: bool):
        super().__init__(message)
        self.syntax = syntax


class QueryRequest(NamedTuple):
    """Everything an executor needs; a plain tuple on the pipe."""

    version: str  # the store version directory to read
    query: str
    result_type: str  # media type for SELECT and ASK results
    graph_type: str  # media type for CONSTRUCT and DESCRIBE results
    limit: int
    union_default_graph: bool = True  # the caller turns it off for a query with FROM clauses
    default_graphs: tuple[str, ...] | None = None  # a dataset from the protocol, if any
    named_graphs: tuple[str, ...] | None = None
    base_iri: str | None = None


class QueryAnswer(NamedTuple):
    """A serialised answer: the body, its media type, and whether the row cap cut it short."""

    body: bytes
    media_type: str
    truncated: bool = False


# --- the child side -------------------------------------------------------------------------


def evaluate(store: ox.Store, req: QueryRequest) -> QueryAnswer:
    """Run ``req`` on ``store`` and serialise it, keeping at most ``req.limit`` rows or triples."""
    options: dict = {"base_iri": req.base_iri}
    if req.default_graphs is not None or req.named_graphs is not None:
        # A dataset given by the protocol replaces the query's own; what it leaves out is empty.
        options["default_graph"] = [ox.NamedNode(g) for g in req.default_graphs or ()]
        options["named_graphs"] = [ox.NamedNode(g) for g in req.named_graphs or ()]
    else:
        options["use_default_graph_as_union"] = req.union_default_graph
    result = _query(store, req.query, options)
    if isinstance(result, ox.QueryTriples):
        return capped_triples(result, req)
    return capped_results(result, req)


def capped_triples(triples, req: QueryRequest) -> QueryAnswer:
    """A CONSTRUCT or DESCRIBE answer, serialised with at most ``req.limit`` triples."""
    fmt = ox.RdfFormat.from_media_type(req.graph_type)
    kept = list(itertools.islice(triples, req.limit + 1))
    body = ox.serialize(kept[: req.limit], format=fmt)
    return QueryAnswer(body, req.graph_type, len(kept) > req.limit)


def capped_results(result, req: QueryRequest) -> QueryAnswer:
    """An ASK or SELECT answer (the engine's own or a parsed one), serialised with at most ``req.limit`` rows."""
    fmt = ox.QueryResultsFormat.from_media_type(req.result_type)
    if isinstance(result, ox.QueryBoolean):
        return QueryAnswer(result.serialize(format=fmt), req.result_type)
    if within_cap(req.query, req.limit):  # the engine writes it all: no rows to count in Python
        return QueryAnswer(result.serialize(format=fmt), req.result_type)
    variables = result.variables
    rows = list(itertools.islice(result, req.limit + 1))
    body = serialize_rows(variables, rows[: req.limit], fmt)
    return QueryAnswer(body, req.result_type, len(rows) > req.limit)


#: A query's own closing ``LIMIT n`` (with or without an OFFSET) on a last line with no comment.
_TAIL_LIMIT = re.compile(r"[^#]*\bLIMIT\s+(\d+)(?:\s+OFFSET\s+\d+)?", re.IGNORECASE)


def within_cap(query: str, cap: int) -> bool:
    """Whether a SELECT's own final LIMIT keeps it within ``cap`` rows.

    The last clause of a query text is its outermost query's (a subquery's LIMIT is
    followed by ``}``, a string cannot end the text), so no parser is needed.  A ``#``
    on that line might start a comment hiding the clause: then the rows are counted.
    """
    text = query.rstrip()
    match = _TAIL_LIMIT.fullmatch(text, text.rfind("\n") + 1)
    return match is not None and int(match.group(1)) <= cap


_UNKNOWN_FUNCTION = re.compile(r"The custom function <([^>]*)> is not supported")


def _no_value(*args):
    return None


def _query(store: ox.Store, text: str, options: dict):
    """``store.query``, where a call to a function the engine does not know is an error in
    that expression (SPARQL 1.1 §17.3: the FILTER is false, the BIND unbound), not a failed query."""
    unknown: dict = {}
    while True:
        try:
            return store.query(text, **options, custom_functions=unknown or None)
        except RuntimeError as exc:  # the engine names one unknown function per attempt
            match = _UNKNOWN_FUNCTION.fullmatch(str(exc))
            if match is None or ox.NamedNode(match[1]) in unknown:
                raise
            unknown[ox.NamedNode(match[1])] = _no_value


def serialize_rows(variables, rows, fmt: ox.QueryResultsFormat) -> bytes:
    """Serialise already-read solutions (e.g. capped ones) with the engine's own writer."""
    # The rows go back through the engine's TSV reader so every output format is the
    # engine's own writer; TSV cells are exactly the terms' N-Triples forms.
    lines = ["\t".join(str(v) for v in variables)]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
    tsv = ("\n".join(lines) + "\n").encode()
    if fmt == ox.QueryResultsFormat.TSV:
        return tsv
    return ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=fmt)


def _child_loop(conn: Connection) -> None:
    stores: dict[str, ox.Store] = {}
    while True:
        try:
            req = QueryRequest(*conn.recv())
        except (EOFError, OSError):
            return
        try:
            store = stores.get(req.version)
            if store is None:
                stores.clear()  # one version open at a time: an old one is never read again
                store = stores[req.version] = ox.Store.read_only(req.version)
            answer = ("ok", tuple(evaluate(store, req)))
        except SyntaxError as exc:
            answer = ("syntax", str(exc))
        except Exception as exc:  # the engine's evaluation errors: reported, never fatal
            answer = ("error", f"{type(exc).__name__}: {exc}")
        conn.send(answer)


# --- the parent side ------------------------------------------------------------------------


class Executor:
    """One child process and the parent's end of its pipe."""

    def __init__(self):
        parent, child = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), str(child.fileno())],
            pass_fds=[child.fileno()],
            stdin=subprocess.DEVNULL,
        )
        child.close()
        self.conn = Connection(os.dup(parent.fileno()))
        parent.close()

    def run(self, req: QueryRequest, timeout: float, wait: float | None = None) -> QueryAnswer:
        """The answer to ``req``; ``wait`` (default ``timeout``) is what is left of the timeout."""
        try:
            self.conn.send(tuple(req))
            if not self.conn.poll(timeout if wait is None else wait):
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            status, value = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise ExecutorDied("the query executor stopped unexpectedly (out of memory?)") from exc
        if status == "ok":
            return QueryAnswer(*value)
        raise QueryFailed(value, syntax=status == "syntax")

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.conn.close()


class ExecutorPool:
    """A fixed number of executors per process; a broken or timed-out one is replaced."""

    def __init__(self, size: int):
        self.size = size
        self._idle: queue.LifoQueue[Executor] = queue.LifoQueue()
        for _ in range(size):  # started together, so no request waits for a child's start-up
            self._idle.put(Executor())

    def run(self, req: QueryRequest, timeout: float) -> QueryAnswer:
        began = time.monotonic()
        try:  # with fewer executors than request threads (KG_EXECUTORS), a query may wait its turn
            executor = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout(f"no query executor became free within {timeout:g} s") from None
        try:
            answer = executor.run(req, timeout, wait=max(0.0, timeout - (time.monotonic() - began)))
        except QueryFailed:
            self._idle.put(executor)
            raise
        except BaseException:
            # Timed out, or the child died: kill it so its query stops, and start a fresh one.
            executor.kill()
            self._idle.put(Executor())
            raise
        self._idle.put(executor)
        return answer

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return


_pools: dict[int, ExecutorPool] = {}
_pools_lock = threading.Lock()


def pool_for_this_process(size: int) -> ExecutorPool:
    """The calling process's pool; a forked gunicorn worker gets its own, never its parent's."""
    pid = os.getpid()
    with _pools_lock:
        if pid not in _pools:
            _pools[pid] = ExecutorPool(size)
        return _pools[pid]


if __name__ == "__main__":
    _child_loop(Connection(int(sys.argv[1])))
