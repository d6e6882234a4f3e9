"""Configuration: defaults here, then the instance config file, then KG_* environment variables.

Every key is defined once, below.  ``load()`` is used by the CLI and by the
Flask factory, so the command line and the web service see the same values.
"""

from __future__ import annotations

import os
import runpy
from pathlib import Path

#: The repository root (the folder holding ``ontology/``, ``queries/``, ``data/``).
ROOT = Path(__file__).resolve().parent.parent

DEFAULTS: dict[str, object] = {
    "KG_STORE": str(ROOT / "instance" / "store"),
    "KG_BASE_IRI": "http://127.0.0.1:8000/",
    "KG_UPDATE_TOKEN": None,  # unset: the service is read-only
    "KG_QUERY_TIMEOUT": 10.0,  # seconds
    "KG_UPDATE_TIMEOUT": None,  # seconds for a SPARQL update; unset: KG_QUERY_TIMEOUT
    "KG_RESULT_LIMIT": 10000,  # rows (or triples) per response
    "KG_UNION_DEFAULT_GRAPH": True,
    "KG_MAX_REQUEST_BYTES": 10 * 1024 * 1024,
    "KG_ALLOW_SERVICE": False,  # SPARQL SERVICE / LOAD reach the network: off unless asked for
    "KG_ARTICLES": str(ROOT / "data" / "articles"),
    "KG_CURATED": str(ROOT / "data" / "curated"),
    "KG_ONTOLOGY": str(ROOT / "ontology" / "diplomacy.ttl"),
    "KG_SHAPES": str(ROOT / "ontology" / "shapes.ttl"),
    "KG_QUERIES": str(ROOT / "queries"),
    "KG_WORKERS": 2,
    "KG_THREADS": 8,
    "KG_EXECUTORS": 0,  # query executor processes per worker; 0: one per core, 2 to 8, at most one per thread
    # Each executor answers from an in-memory copy of a version of at most this many quads
    # (5-10x faster joins; about 400 MB per executor per million quads); 0: always from disk.
    "KG_MEMORY_TRIPLES": 1_000_000,
    "KG_ACCESS_LOG": False,  # the server's access log on stderr (costs CPU on every request)
    # A remote SPARQL 1.1 store instead of the embedded one (unset: embedded, at KG_STORE).
    "KG_REMOTE_ENDPOINT": None,  # its query endpoint URL
    "KG_REMOTE_UPDATE_ENDPOINT": None,  # its update endpoint, when not the query endpoint
    "KG_REMOTE_GRAPH_STORE": None,  # its Graph Store Protocol endpoint, if any (else graphs go by SPARQL)
    "KG_REMOTE_TOKEN": None,  # bearer token for its updates and graph writes
}

#: The instance config file: a Python file of KG_* assignments, git-ignored.
INSTANCE_CONFIG = ROOT / "instance" / "config.py"


def _coerce(default: object, raw: str) -> object:
    """Read an environment string as the type of its default."""
    if isinstance(default, bool):
        if raw.strip().lower() in ("1", "true", "yes", "on"):
            return True
        if raw.strip().lower() in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"expected true or false, got {raw!r}")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw


def load(overrides: dict | None = None, environ: dict | None = None) -> dict:
    """Return the effective configuration as a dict of KG_* keys."""
    config = dict(DEFAULTS)
    if INSTANCE_CONFIG.is_file():
        values = runpy.run_path(str(INSTANCE_CONFIG))
        config.update({k: v for k, v in values.items() if k in DEFAULTS})
    environ = os.environ if environ is None else environ
    for key, default in DEFAULTS.items():
        if key in environ and environ[key] != "":
            try:
                config[key] = _coerce(default, environ[key])
            except ValueError as exc:
                raise ValueError(f"{key}: {exc}") from None
    config.update(overrides or {})
    if not str(config["KG_BASE_IRI"]).endswith("/"):
        config["KG_BASE_IRI"] = str(config["KG_BASE_IRI"]) + "/"
    return config
