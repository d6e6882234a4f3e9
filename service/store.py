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
and ``last_modified``.  ``RemoteStore`` implements the same methods over HTTP
for a remote SPARQL 1.1 store; ``open_store`` picks one from the configuration.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterable
from email.utils import parsedate_to_datetime
from pathlib import Path

import pyoxigraph as ox

from service.executor import (
    QueryAnswer,
    QueryFailed,
    QueryRequest,
    QueryTimeout,
    capped_results,
    capped_triples,
    pool_for_this_process,
)
from service.updater import apply_update

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
    with new_version(store_path, from_current=from_current) as target:
        store = ox.Store(str(target))
        fill(store)
        store.flush()
        del store  # releases the database lock before anyone opens it
    return target


@contextlib.contextmanager
def new_version(store_path: Path, *, from_current: bool = False):
    """The directory of a new version, made current when the block ends; an exception removes it instead.

    With ``from_current`` the directory already holds a checkpoint of the current
    version; either way the block must leave no database open on it.
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
            yield target
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise
        _point_link_at(store_path, target)
        _prune(versions, keep={target, previous})


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

    def __init__(self, store_path: Path | str, executors: int = 4, memory_triples: int = 0):
        self.path = Path(store_path)
        self.executors = executors
        self.memory_triples = memory_triples  # executors copy a version this small into memory
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
        return pool_for_this_process(self.executors, self.memory_triples).run(request, timeout)

    # --- writes: each one is a new version --------------------------------------------------

    def update(self, sparql: str, base_iri: str | None = None, timeout: float | None = None) -> None:
        """Apply a SPARQL 1.1 Update in a child process, stopped after ``timeout`` seconds (None: no limit).

        A SyntaxError, an evaluation error, ``UpdateTimeout`` or ``UpdaterDied`` changes nothing.
        """
        with new_version(self.path, from_current=True) as target:
            apply_update(target, sparql, base_iri, timeout)

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


# --- a remote SPARQL 1.1 store -------------------------------------------------------------------


class RemoteError(OSError):
    """The remote store could not be reached or refused the operation."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class RemoteTimeout(RemoteError):
    """The remote store did not answer within the time we wait (it may still be working)."""


class RemoteStore:
    """The same interface over HTTP: a SPARQL 1.1 Protocol endpoint, its update endpoint, and
    (optionally) its Graph Store Protocol endpoint, which is used for whole-graph reads and
    writes when given (else the same operations are SPARQL queries and updates).

    The remote evaluates; here only the row cap is applied.  Its own timeout must stop its
    queries: ours only stops waiting.  Its dataset (union default graph or not) is its own.
    The version is the remote's ETag (or Last-Modified) for its service description, checked
    at most once a second, and at once after a write through this store.
    """

    VERSION_TTL = 1.0  # seconds a remote version is trusted without asking again

    def __init__(self, endpoint: str, update_endpoint: str | None = None, graph_store: str | None = None,
                 token: str | None = None):
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.graph_store = graph_store
        self.token = token
        self._lock = threading.Lock()
        self._checked = 0.0
        self._version, self._modified = "", time.time()

    # --- HTTP --------------------------------------------------------------------------------------

    def _send(self, url: str, *, method: str = "GET", body: bytes | None = None, content_type: str | None = None,
              accept: str | None = None, write: bool = False, timeout: float | None = None):
        """``(status, headers, body)``; a 4xx is the caller's to judge, anything worse a RemoteError."""
        timeout = timeout or 60.0
        headers = {"Accept": accept} if accept else {}
        if content_type:
            headers["Content-Type"] = content_type
        if write and self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as exc:
            if exc.code >= 500:
                raise RemoteError(f"the remote store answered {exc.code}: {_message(exc.read())}", exc.code) from None
            return exc.code, exc.headers, exc.read()
        except TimeoutError:
            raise RemoteTimeout(f"the remote store at {url} did not answer within {timeout:g} s") from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise RemoteTimeout(f"the remote store at {url} did not answer within {timeout:g} s") from None
            raise RemoteError(f"the remote store at {url} cannot be reached: {exc.reason}") from None

    def _graph_url(self, graph: ox.NamedNode | ox.DefaultGraph) -> str:
        param = "default" if isinstance(graph, ox.DefaultGraph) else "graph=" + urllib.parse.quote(graph.value, safe="")
        return f"{self.graph_store}{'&' if '?' in self.graph_store else '?'}{param}"

    # --- reads ------------------------------------------------------------------------------------

    def current(self) -> RemoteStore:
        """Whatever reads the embedded store's open database reads this store's ``query``."""
        return self

    def _refresh(self) -> None:
        with self._lock:
            if time.monotonic() - self._checked < self.VERSION_TTL:
                return
            status, headers, body = self._send(self.endpoint, accept="application/n-triples")
            if status >= 400:
                raise RemoteError(f"the remote store answered {status} for its description")
            tag = headers.get("ETag") or headers.get("Last-Modified") or hashlib.sha256(body).hexdigest()
            version = hashlib.sha256(tag.encode()).hexdigest()[:16]  # opaque, and safe inside our ETags
            if version != self._version:
                modified = headers.get("Last-Modified")
                self._modified = parsedate_to_datetime(modified).timestamp() if modified else time.time()
                self._version = version
            self._checked = time.monotonic()

    @property
    def version(self) -> str:
        self._refresh()
        return self._version

    @property
    def last_modified(self) -> float:
        self._refresh()
        return self._modified

    def _post_query(self, text: str, accept: str, timeout: float, params: list[tuple[str, str]] = ()):
        url = self.endpoint + ("?" + urllib.parse.urlencode(params) if params else "")
        return self._send(url, method="POST", body=text.encode(), content_type="application/sparql-query",
                          accept=accept, timeout=timeout)

    def query(self, sparql: str, prefixes: dict | None = None, substitutions: dict | None = None,
              base_iri: str | None = None, **_dataset_options):
        """Like the engine's ``query``, answered by the remote (trusted queries: pages, named queries).

        ``substitutions`` become a closing VALUES clause; the dataset options are the remote's own.
        """
        text = _with_prologue(sparql, prefixes, base_iri, substitutions)
        status, headers, body = self._post_query(
            text, "application/sparql-results+json, application/n-triples;q=0.9", timeout=60.0
        )
        if status >= 400:
            raise (SyntaxError if status == 400 else RemoteError)(_message(body))
        if headers.get_content_type() == "application/n-triples":
            return iter([q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)])
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)

    def run(self, request: QueryRequest, timeout: float) -> QueryAnswer:
        """An untrusted query, answered by the remote within ``timeout`` and capped here."""
        params = [("default-graph-uri", g) for g in request.default_graphs or ()]
        params += [("named-graph-uri", g) for g in request.named_graphs or ()]
        text = _with_prologue(request.query, None, request.base_iri, None)
        accept = "application/sparql-results+json, application/n-triples;q=0.9"  # lossless; rewritten below
        try:
            status, headers, body = self._post_query(text, accept, timeout, params)
        except RemoteError as exc:
            if exc.status == 503:  # the remote's own timeout stopped it
                raise QueryTimeout(str(exc)) from None
            raise  # unreachable, failing or too slow: the web service answers 502 or 504
        if status >= 400:
            raise QueryFailed(_message(body), syntax=status == 400)
        if headers.get_content_type() == "application/n-triples":
            answer = capped_triples((q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)), request)
        else:
            answer = capped_results(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON), request)
        # One of ours as the remote may have capped it already.
        return answer._replace(truncated=answer.truncated or "KG-Truncated" in headers)

    def has_graph(self, graph: ox.NamedNode | ox.DefaultGraph) -> bool:
        if isinstance(graph, ox.DefaultGraph):
            return True
        if self.graph_store:
            return self._send(self._graph_url(graph), method="HEAD")[0] == 200
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ }} }}"))

    def graph_triples(self, graph: ox.NamedNode | ox.DefaultGraph) -> list[ox.Triple]:
        if self.graph_store:
            status, _, body = self._send(self._graph_url(graph), accept="application/n-triples")
            if status == 404:
                return []
            if status >= 400:
                raise RemoteError(f"the remote graph store answered {status}: {_message(body)}")
            return [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        where = "?s ?p ?o" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{ ?s ?p ?o }}"
        return list(self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}"))

    # --- writes -----------------------------------------------------------------------------------

    def _written(self, status: int, body: bytes) -> None:
        self._checked = 0.0  # our own write: the next version check asks the remote
        if status == 400:
            raise SyntaxError(_message(body))
        if status == 409:  # well-formed, but not for the remote's data: as the embedded store says it
            raise RuntimeError(_message(body))
        if status >= 400:
            raise RemoteError(f"the remote store refused the change ({status}): {_message(body)}")

    def update(self, sparql: str, base_iri: str | None = None, timeout: float | None = None) -> None:
        """The remote applies it; ``timeout`` only stops our wait (``RemoteTimeout``), not the remote."""
        text = _with_prologue(sparql, None, base_iri, None)
        status, _, body = self._send(self.update_endpoint, method="POST", body=text.encode(),
                                     content_type="application/sparql-update", write=True, timeout=timeout)
        self._written(status, body)

    def _graph_write(self, method: str, graph, triples: Iterable[ox.Triple] | None, sparql: str) -> None:
        if not self.graph_store:
            return self.update(sparql)
        body = None if triples is None else ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
        status, _, answer = self._send(self._graph_url(graph), method=method, body=body, write=True,
                                       content_type=None if body is None else "application/n-triples")
        self._written(status, answer)

    def replace_graph(self, graph: ox.NamedNode | ox.DefaultGraph, triples: Iterable[ox.Triple]) -> None:
        triples = list(triples)
        target = "DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph}"
        create = "" if isinstance(graph, ox.DefaultGraph) else f"CREATE SILENT GRAPH {graph} ; "
        self._graph_write("PUT", graph, triples,
                          f"DROP SILENT {target} ; {create}INSERT DATA {{ {_data(graph, triples)} }}")

    def add_to_graph(self, graph: ox.NamedNode | ox.DefaultGraph, triples: Iterable[ox.Triple]) -> None:
        triples = list(triples)
        create = "" if isinstance(graph, ox.DefaultGraph) else f"CREATE SILENT GRAPH {graph} ; "
        self._graph_write("POST", graph, triples, f"{create}INSERT DATA {{ {_data(graph, triples)} }}")

    def drop_graph(self, graph: ox.NamedNode | ox.DefaultGraph) -> None:
        target = "DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph}"
        self._graph_write("DELETE", graph, None, f"DROP {target}")


def _message(body: bytes) -> str:
    """The message of an error answer: our JSON error shape's, else the text itself."""
    text = body.decode("utf-8", "replace")
    with contextlib.suppress(ValueError, AttributeError):
        return json.loads(text)["message"]
    return text.strip()[:500]


def _with_prologue(sparql: str, prefixes: dict | None, base_iri: str | None, substitutions: dict | None) -> str:
    """The engine's ``query`` options as text: BASE and PREFIX first, bindings as a closing VALUES."""
    head = f"BASE <{base_iri}>\n" if base_iri else ""
    head += "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in (prefixes or {}).items())
    tail = ""
    if substitutions:
        names = " ".join(f"?{v.value if isinstance(v, ox.Variable) else v}" for v in substitutions)
        tail = f"\nVALUES ({names}) {{ ({' '.join(str(t) for t in substitutions.values())}) }}"
    return head + sparql + tail


def _data(graph: ox.NamedNode | ox.DefaultGraph, triples: list[ox.Triple]) -> str:
    body = " ".join(f"{t} ." for t in triples)
    return body if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{ {body} }}"


def open_store(config: dict) -> EmbeddedStore | RemoteStore:
    """The store the configuration names: a remote SPARQL endpoint (KG_REMOTE_ENDPOINT), else the embedded one."""
    if config.get("KG_REMOTE_ENDPOINT"):
        return RemoteStore(
            config["KG_REMOTE_ENDPOINT"],
            update_endpoint=config.get("KG_REMOTE_UPDATE_ENDPOINT"),
            graph_store=config.get("KG_REMOTE_GRAPH_STORE"),
            token=config.get("KG_REMOTE_TOKEN"),
        )
    return EmbeddedStore(config["KG_STORE"], executors=config["KG_THREADS"],
                         memory_triples=config.get("KG_MEMORY_TRIPLES", 0))
