"""The store: an on-disk Oxigraph database, replaced atomically by each build.

``KG_STORE`` names a symbolic link to the current version directory.  A build
or an ingest writes a complete new version next to it and then swaps the link
in one ``rename``; a failed build leaves the link, and so the served store,
untouched.  Readers open versions read-only, so they never wait for a writer.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

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
    """Read access to the current version, reopened when a build swaps it."""

    def __init__(self, store_path: Path | str):
        self.path = Path(store_path)
        self._lock = threading.Lock()
        self._version: Path | None = None
        self._store: ox.Store | None = None

    def current(self) -> ox.Store:
        """The open store for the current version (cheap: one readlink per call)."""
        version = current_version(self.path)
        if version is None:
            raise StoreMissing(f"no store at {self.path}: run `kg build` first")
        if version != self._version:
            with self._lock:
                if version != self._version:
                    self._store = ox.Store.read_only(str(version))
                    self._version = version
        return self._store

    @property
    def version(self) -> str:
        """An identifier of the current version, for ETags."""
        self.current()
        return self._version.name

    def query(self, sparql: str, **options):
        return self.current().query(sparql, **options)
