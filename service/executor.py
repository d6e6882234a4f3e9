"""Query executors: child processes that run SPARQL queries and can be killed on timeout.

pyoxigraph cannot cancel a running query, so each query runs in a small child
process that holds the store open read-only (and, for a version of at most
KG_MEMORY_TRIPLES quads, soon an in-memory copy of it: see ``_Version``).  A
request thread hands it the query and waits at most the timeout; when the time is up the child is killed
(which really stops the query and frees its memory) and a fresh one replaces
it.  Each server worker owns one pool, one child per request thread, so a
thread never waits for an executor.

The child also applies the row cap and serialises the answer with the
engine's own writers, so the parent receives ready bytes.  The child runs this
file as a script and imports nothing but pyoxigraph, so a replacement starts
quickly; requests and answers cross the pipe as plain tuples (no class to
import on the other side, little to pickle).
"""

from __future__ import annotations

import contextlib
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
    in_memory: bool = False  # answered from an executor's in-memory copy of the version


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


class _Version:
    """One store version as a child reads it: from disk at once, from memory once a copy is made.

    Joins and aggregates run 5-10x faster on an in-memory store than on the on-disk one,
    so a version of at most ``memory_triples`` quads is copied into memory by a background
    thread while queries keep reading the disk; ``source`` then names the copy.
    """

    def __init__(self, path: str, memory_triples: int):
        self.source: tuple[ox.Store, bool] = (ox.Store.read_only(path), False)  # the store, and whether in memory
        self.wanted = True  # cleared when a newer version replaces this one: its copy is not finished
        if memory_triples > 0 and _data_bytes(path) <= (1 << 20) + memory_triples * _MAX_DISK_BYTES_PER_QUAD:
            threading.Thread(target=self._copy, args=(self.source[0], memory_triples), daemon=True).start()

    def _copy(self, disk: ox.Store, memory_triples: int) -> None:
        # The engine's dump and bulk_load release the GIL, so the reader thread keeps answering.
        try:
            data = disk.dump(format=ox.RdfFormat.N_QUADS)
            graphs = list(disk.named_graphs())  # N-Quads have no empty named graphs
        except OSError:  # pruned by a run of writes while we copied it: it is read from disk until replaced
            return
        lines, blank_nodes = _scan(data)
        if lines > memory_triples or not self.wanted:
            return
        copy = ox.Store()
        if blank_nodes:  # a store load renames blank nodes; the parser keeps their labels
            quads = ox.parse(data, format=ox.RdfFormat.N_QUADS, lenient=True)
            while batch := list(itertools.islice(quads, 5000)):  # short GIL holds between batches
                copy.bulk_extend(batch)
        else:
            copy.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)  # our own dump: valid
        del data
        for graph in graphs:
            copy.add_graph(graph)
        self.source = (copy, True)  # one assignment: the next query reads the copy


#: A generous bound on a version's data bytes on disk per quad (about 230 measured, plus a few KB
#: for any store): a much bigger version is not even dumped to be counted.
_MAX_DISK_BYTES_PER_QUAD = 1024


def _data_bytes(path: str) -> int:
    """The size of a version's tables and write-ahead logs (not the engine's own log and options)."""
    return sum(entry.stat().st_size for entry in os.scandir(path) if entry.name.endswith((".sst", ".log")))


def _scan(data: bytes, step: int = 1 << 24) -> tuple[int, bool]:
    """N-Quads lines in ``data`` and whether any blank node label may occur, a slice at a time
    (so the reader thread gets the GIL in between)."""
    lines, blank = 0, False
    for start in range(0, len(data), step):
        lines += data.count(b"\n", start, start + step)
        blank = blank or data.find(b"_:", max(0, start - 1), start + step) >= 0
    return lines, blank


def _child_loop(conn: Connection, memory_triples: int, version: str | None) -> None:
    versions: dict[str, _Version] = {}
    if version:  # a replacement child starts on the version its pool last served (unless pruned since)
        with contextlib.suppress(OSError):
            versions[version] = _Version(version, memory_triples)
    while True:
        try:
            req = QueryRequest(*conn.recv())
        except (EOFError, OSError):
            return
        try:
            current = versions.get(req.version)
            if current is None:
                for old in versions.values():  # one version at a time: an old one is never read again
                    old.wanted = False
                versions.clear()
                current = versions[req.version] = _Version(req.version, memory_triples)
            store, in_memory = current.source
            answer = ("ok", tuple(evaluate(store, req)._replace(in_memory=in_memory)))
        except SyntaxError as exc:
            answer = ("syntax", str(exc))
        except Exception as exc:  # the engine's evaluation errors: reported, never fatal
            answer = ("error", f"{type(exc).__name__}: {exc}")
        conn.send(answer)


# --- the parent side ------------------------------------------------------------------------


class Executor:
    """One child process and the parent's end of its pipe."""

    def __init__(self, memory_triples: int = 0, version: str | None = None):
        parent, child = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), str(child.fileno()), str(memory_triples), version or ""],
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

    def __init__(self, size: int, memory_triples: int = 0):
        self.size = size
        self.memory_triples = memory_triples
        self._version: str | None = None  # the last version asked for: a replacement child opens it at once
        self._idle: queue.LifoQueue[Executor] = queue.LifoQueue()
        for _ in range(size):  # started together, so no request waits for a child's start-up
            self._idle.put(Executor(memory_triples))

    def run(self, req: QueryRequest, timeout: float) -> QueryAnswer:
        began = time.monotonic()
        self._version = req.version
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
            self._idle.put(Executor(self.memory_triples, self._version))
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


def pool_for_this_process(size: int, memory_triples: int = 0) -> ExecutorPool:
    """The calling process's pool; a forked server worker gets its own, never its parent's."""
    pid = os.getpid()
    with _pools_lock:
        if pid not in _pools:
            _pools[pid] = ExecutorPool(size, memory_triples)
        return _pools[pid]


if __name__ == "__main__":
    from lifeline import follow_parent  # run as a script: this folder is on sys.path

    follow_parent()
    _child_loop(Connection(int(sys.argv[1])), int(sys.argv[2]), sys.argv[3] or None)
