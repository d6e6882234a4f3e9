"""Shared fixtures: a store built from the seed article, and real servers on loopback."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from service import config as config_module

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
SEED = ARTICLES / "00-seed-niger-french-ambassador.txt"
KG = Path(sys.executable).with_name("kg")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_config(store: Path, **overrides) -> dict:
    """The effective configuration for a store in a test folder (environment ignored)."""
    return config_module.load({"KG_STORE": str(store), **overrides}, environ={})


def build_store(folder: Path, paths: list[Path], **overrides) -> dict:
    from service import pipeline  # imported late: unit tests of single stages need not load it all

    config = make_config(folder / "store", **overrides)
    pipeline.build(config, paths, progress=lambda line: None)
    return config


def asserted_store(paths: list[Path], base: str = "http://127.0.0.1:8000/"):
    """An in-memory Oxigraph store of what the pipeline asserts for ``paths`` (no reasoning, no validation)."""
    import pyoxigraph as ox

    from service import pipeline, rdf
    from service.extract import extract_article

    config = config_module.load({"KG_BASE_IRI": base}, environ={})
    graphs = dict(rdf.article_graph(extract_article(path), base) for path in paths)
    dataset = pipeline.assemble(config, graphs, pipeline.load_ontology(config))
    memory = ox.Store()
    memory.load(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    return memory


@contextlib.contextmanager
def running_server(
    store: Path, env: dict | None = None, workers: int = 1, threads: int = 4, port: int | None = None
):
    """`kg serve` as a real process on loopback (a free port unless given); yields its base URL."""
    port = port or free_port()
    base = f"http://127.0.0.1:{port}/"
    environ = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    environ.update({"KG_STORE": str(store), "KG_BASE_IRI": base, **(env or {})})
    command = [str(KG), "serve", "--port", str(port), "--workers", str(workers), "--threads", str(threads)]
    with serving_process(command, environ, base, "kg serve"):
        yield base


@contextlib.contextmanager
def serving_process(command: list[str], environ: dict, base: str, name: str):
    """Start a SPARQL server process, wait until ``base`` answers ``ASK {}``, stop it afterwards; yields its pid."""
    process = subprocess.Popen(command, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.returncode}: {process.stderr.read().decode()}")
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(base + "sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not answer within 60 s")
            time.sleep(0.2)
        yield process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def seed_config(tmp_path_factory) -> dict:
    """A store built from the seed article alone, with the default base IRI."""
    return build_store(tmp_path_factory.mktemp("seed"), [SEED])


@pytest.fixture(scope="session")
def seed_server(tmp_path_factory) -> str:
    """A real `kg serve` process over a seed store whose IRIs are minted under the server's own URL."""
    folder = tmp_path_factory.mktemp("seed-served")
    port = free_port()  # the base IRI must be known before the build
    config = build_store(folder, [SEED], KG_BASE_IRI=f"http://127.0.0.1:{port}/")
    with running_server(Path(config["KG_STORE"]), port=port) as url:
        yield url
