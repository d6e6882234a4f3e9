"""The store: an on-disk Oxigraph database, replaced atomically by each write.

``KG_STORE`` names a symbolic link to the current version directory.  A build,
an ingest, a SPARQL update or a graph-store write makes a complete new version
next to it (starting from a hard-linked checkpoint of the current one when it
changes it) and then swaps the link in one ``rename``; a failed write leaves
the link, and so the served store, untouched.  Writers take a file lock, so
they apply one after the other across processes; readers open versions
read-only and keep their snapshot until their next request, so they never
wait for a writer.

``EmbeddedStore`` is the one interface the web service uses: ``run`` (a query
with a timeout and a row cap), ``update``, the graph operations, ``version``
and ``last_modified``.  A remote SPARQL 1.1 store can implement the same
methods over HTTP.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox

from service.executor import QueryAnswer, QueryRequest, pool_for_this_process

#: How many old versions to keep beside the current one (a running server may still read them).
KEEP_OLD_VERSIONS = 2


class StoreMissing(RuntimeError):
    """No store has been built at the configured path."""


def _versions_dir(store_path: Path) -> Path:
    return store_path.parent / (store_path.name + ".versions")


def current_version(store_path: Path) -> Path | None:
    """The version directory the store path points at, or None when nothing is built."""
    store_path = Path(store_path)
    if store_path.is_symlink() or store_path.is_dir():
        return Path(os.path.realpath(store_path))
    return None


def write_new_version(
    store_path: Path, fill: Callable[[ox.Store], None], *, from_current: bool = False
) -> Path:
    """Write a new store version with ``fill`` and make it current atomically.

    With ``from_current``, the new version starts as a copy of the current one
    (used by ingest).  Any exception from ``fill`` removes the half-built
    version and is re-raised; the current store stays as it was.
    """
    store_path = Path(store_path)
    versions = _versions_dir(store_path)
    versions.mkdir(parents=True, exist_ok=True)
    with _writer_lock(store_path):
        target = versions / f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        previous = current_version(store_path)
        try:
            if from_current and previous is not None:
                ox.Store.read_only(str(previous)).backup(str(target))
            store = ox.Store(str(target))
            fill(store)
            store.flush()
            del store  # releases the database lock before anyone opens it
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise
        _point_link_at(store_path, target)
        _prune(versions, keep={target, previous})
    return target


LINE_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES)


def bulk_load_lines(
    store: ox.Store, data: bytes, format: ox.RdfFormat, *, lenient: bool = False, threads: int | None = None
) -> None:
    """``store.bulk_load`` of N-Quads or N-Triples on several cores: one chunk of whole lines per thread.

    One bulk load keeps to one core, and the engine releases the GIL, so chunks load side
    by side.  A blank node label is scoped to one load, so data with any ``_:`` loads in
    one piece.  ``lenient`` skips IRI and literal validation: only for data we wrote ourselves.
    """
    threads = threads or os.cpu_count() or 1
    if format not in LINE_FORMATS or threads == 1 or b"_:" in data:
        store.bulk_load(data, format=format, lenient=lenient)
        return
    step, start, chunks = len(data) // threads + 1, 0, []
    while start < len(data):
        end = data.find(b"\n", start + step)
        end = len(data) if end < 0 else end + 1
        chunks.append(memoryview(data)[start:end])
        start = end
    errors: list[BaseException] = []

    def load(chunk: memoryview) -> None:
        try:
            store.bulk_load(bytes(chunk), format=format, lenient=lenient)
        except BaseException as exc:  # re-raised below: a failed chunk fails the whole load
            errors.append(exc)

    workers = [threading.Thread(target=load, args=(chunk,)) for chunk in chunks]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    if errors:
        raise errors[0]


@contextlib.contextmanager
def _writer_lock(store_path: Path):
    """One writer at a time, across threads and processes (builds, updates, uploads)."""
    lock_path = store_path.parent / f".{store_path.name}.lock"
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _point_link_at(store_path: Path, target: Path) -> None:
    if store_path.exists() and not store_path.is_symlink():
        # A plain directory from an older layout: keep it as a version.
        store_path.rename(_versions_dir(store_path) / f"legacy-{uuid.uuid4().hex[:8]}")
    link = store_path.with_name(f".{store_path.name}.{uuid.uuid4().hex[:8]}")
    os.symlink(os.path.relpath(target, store_path.parent), link)
    os.replace(link, store_path)


def _prune(versions: Path, keep: set) -> None:
    old = sorted((p for p in versions.iterdir() if p not in keep), key=lambda p: p.stat().st_mtime)
    for path in old[: max(0, len(old) - KEEP_OLD_VERSIONS)]:
        shutil.rmtree(path, ignore_errors=True)


class EmbeddedStore:
    """The current version: read in-process or through killable executors; written by swaps."""

    def __init__(self, store_path: Path | str, executors: int = 4):
        self.path = Path(store_path)
        self.executors = executors
        self._lock = threading.Lock()
        self._version: Path | None = None
        self._link: str | None = None  # the link's text when last read: unchanged means same version
        self._store: ox.Store | None = None

    def current(self) -> ox.Store:
        """The open store for the current version (cheap: one readlink per call)."""
        try:
            link = os.readlink(self.path)
        except OSError:  # no link: nothing built, or a plain directory from an older layout
            link = None
        if link is None or link != self._link:
            version = current_version(self.path)
            if version is None:
                raise StoreMissing(f"no store at {self.path}: run `kg build` first")
            with self._lock:
                if version != self._version:
                    self._store = ox.Store.read_only(str(version))
                    self._version = version
                self._link = link
        return self._store

    @property
    def version(self) -> str:
        """An identifier of the current version, for ETags."""
        self.current()
        return self._version.name

    @property
    def last_modified(self) -> float:
        """When the current version became current (the link's own time), for Last-Modified."""
        return os.lstat(self.path).st_mtime

    def query(self, sparql: str, **options):
        """Run a query in this thread (trusted queries: the CLI, named queries, pages)."""
        return self.current().query(sparql, **options)

    def run(self, request: QueryRequest, timeout: float) -> QueryAnswer:
        """Run an untrusted query in an executor process, stopped after ``timeout`` seconds."""
        self.current()  # raises StoreMissing before a child is bothered
        request = request._replace(version=str(self._version))
        return pool_for_this_process(self.executors).run(request, timeout)

    # --- writes: each one is a new version --------------------------------------------------

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Apply a SPARQL 1.1 Update; a SyntaxError or evaluation error changes nothing."""
        write_new_version(self.path, lambda s: s.update(sparql, base_iri=base_iri), from_current=True)

    def has_graph(self, graph: ox.NamedNode | ox.DefaultGraph) -> bool:
        if isinstance(graph, ox.DefaultGraph):
            return True
        return self.current().contains_named_graph(graph)

    def graph_triples(self, graph: ox.NamedNode | ox.DefaultGraph) -> list[ox.Triple]:
        return [q.triple for q in self.current().quads_for_pattern(None, None, None, graph)]

    def replace_graph(self, graph: ox.NamedNode | ox.DefaultGraph, triples: Iterable[ox.Triple]) -> None:
        def fill(store: ox.Store) -> None:
            if isinstance(graph, ox.DefaultGraph) or store.contains_named_graph(graph):
                store.clear_graph(graph)
            store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
            if not isinstance(graph, ox.DefaultGraph):
                store.add_graph(graph)  # an empty PUT still creates the graph

        write_new_version(self.path, fill, from_current=True)

    def add_to_graph(self, graph: ox.NamedNode | ox.DefaultGraph, triples: Iterable[ox.Triple]) -> None:
        def fill(store: ox.Store) -> None:
            store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
            if not isinstance(graph, ox.DefaultGraph):
                store.add_graph(graph)

        write_new_version(self.path, fill, from_current=True)

    def drop_graph(self, graph: ox.NamedNode | ox.DefaultGraph) -> None:
        def fill(store: ox.Store) -> None:
            if isinstance(graph, ox.DefaultGraph):
                store.clear_graph(graph)
            else:
                store.remove_graph(graph)

        write_new_version(self.path, fill, from_current=True)
