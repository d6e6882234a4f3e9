"""The `kg` command as a user runs it: build, ingest, query, and failures that leave the store alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLES, SEED

from service import store

KG = Path(sys.executable).with_name("kg")


def kg(tmp_path: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    result = subprocess.run(
        [str(KG), "--store", str(tmp_path / "store"), *args],
        capture_output=True, text=True, env=env, timeout=600,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    kg(folder, "build", str(SEED))
    return folder


def test_build_reports_progress_and_query_prints_json(built):
    result = kg(built, "query", "expulsion-orders", "--format", "json")
    data = json.loads(result.stdout)
    assert data["head"]["vars"][:3] == ["order", "issuer", "issuerLabel"]
    codes = sorted(b["statusCode"]["value"] for b in data["results"]["bindings"])
    assert codes == ["confirmed", "false", "unverified", "unverified"]


def test_query_table_and_param(built):
    article = "http://127.0.0.1:8000/id/article/00-seed-niger-french-ambassador"
    table = kg(built, "query", "expulsion-orders", "--param", f"article={article}").stdout
    assert table.splitlines()[0].split()[:2] == ["order", "issuer"]
    assert "(4 rows)" in table
    other = kg(built, "query", "expulsion-orders", "--param", "article=http://example.org/none").stdout
    assert "(0 rows)" in other


def test_bad_param_is_a_usage_error(built):
    result = kg(built, "query", "expulsion-orders", "--param", "article=not an iri", check=False)
    assert result.returncode == 2
    assert "'article'" in result.stderr


def test_unknown_query_name(built):
    result = kg(built, "query", "no-such-query", check=False)
    assert result.returncode == 2
    assert "no named query" in result.stderr


def test_failed_ingest_leaves_the_store_unchanged(built, tmp_path):
    before = store.current_version(built / "store")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = kg(built, "ingest", str(empty), check=False)
    assert result.returncode == 1
    assert "error:" in result.stderr
    assert store.current_version(built / "store") == before


def test_ingest_adds_and_replaces_an_article(built):
    before = store.current_version(built / "store")
    kg(built, "ingest", str(ARTICLES / "01-mali-expels-french-ambassador.txt"))
    kg(built, "ingest", str(ARTICLES / "01-mali-expels-french-ambassador.txt"))  # again: replaces, no duplicates
    assert store.current_version(built / "store") != before
    data = json.loads(kg(built, "query", "expulsion-orders", "--format", "json").stdout)
    articles = {b["article"]["value"].rsplit("/", 1)[1] for b in data["results"]["bindings"]}
    assert articles == {"00-seed-niger-french-ambassador", "01-mali-expels-french-ambassador"}
    mali = [b for b in data["results"]["bindings"] if "01-mali" in b["article"]["value"]]
    assert len(mali) == 1


def test_query_before_build_says_so(tmp_path):
    result = kg(tmp_path, "query", "expulsion-orders", check=False)
    assert result.returncode == 1
    assert "kg build" in result.stderr
