"""A small dataset and a real server over it, shared by the SPARQL, graph-store and VoID tests."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pyoxigraph as ox
from conftest import running_server

from service import store

EX = "http://example.org/"
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

#: Two named graphs and a default graph; 60 people in g1 for the row cap.
DATA = "\n".join(
    [f'<{EX}person/{n}> <{EX}name> "Person {n}" <{EX}g1> .' for n in range(60)]
    + [f'<{EX}france> <{EX}label> "France"@en <{EX}g2> .', f'<{EX}niger> <{EX}label> "Niger"@en <{EX}g2> .']
    + [f'<{EX}default> <{EX}label> "in the default graph" .']
)


def make_store(folder: Path) -> Path:
    path = folder / "store"
    store.write_new_version(path, lambda s: s.bulk_load(DATA.encode(), format=ox.RdfFormat.N_QUADS))
    return path


@contextlib.contextmanager
def server(folder: Path, **env: str):
    """A `kg serve` process over a fresh copy of DATA, with the given KG_* settings."""
    settings = {"KG_UPDATE_TOKEN": TOKEN, "KG_RESULT_LIMIT": "50", "KG_QUERY_TIMEOUT": "2", **env}
    with running_server(make_store(folder), env={k: v for k, v in settings.items() if v is not None}) as base:
        yield base


def pathological_query(width: int = 30) -> str:
    """A cross product far too large to finish: each extra pattern multiplies the work."""
    patterns = " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(width))
    return f"SELECT (COUNT(*) AS ?n) WHERE {{ {patterns} }}"
