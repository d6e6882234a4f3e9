"""Validation: the real data passes; every data check fires on its planted violation."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from service.extract import extract_article
from service.rdf import article_graph
from service.validate import CHECKS, find_violations

ROOT = Path(__file__).resolve().parent.parent
BAD = Path(__file__).parent / "data" / "bad"
BASE = "http://127.0.0.1:8000/"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "diplomacy.ttl", format="turtle")


def dataset_of(*graphs: tuple[URIRef, Graph]) -> Dataset:
    dataset = Dataset()
    for iri, graph in graphs:
        dataset.graph(iri).__iadd__(graph)
    return dataset


@pytest.mark.parametrize("folder", [ROOT / "data" / "articles", ROOT / "tests" / "data" / "unseen",
                                    ROOT / "tests" / "data" / "holdout"])
def test_development_and_unseen_articles_validate(folder, ontology):
    graphs = [article_graph(extract_article(p), BASE) for p in sorted(folder.glob("*.txt"))]
    assert find_violations(dataset_of(*graphs), ontology) == []


@pytest.mark.parametrize("check", sorted(p.stem for p in CHECKS.glob("data-*.rq")))
def test_each_data_check_fires_on_its_planted_violation(check, ontology):
    fixture = BAD / f"{check}.ttl"
    expected = next(line.split(":", 1)[1].strip() for line in fixture.read_text().splitlines()
                    if line.startswith("# expect:"))  # fmt: skip
    dataset = dataset_of((URIRef(f"{BASE}id/graph/bad"), Graph().parse(fixture, format="turtle")))
    found = [v for v in find_violations(dataset, ontology) if v.rule == f"check {check}"]
    assert [v.focus for v in found] == [expected]
    assert check in str(found[0]) and expected in str(found[0])


def test_shapes_catch_an_order_without_envoy(ontology):
    graph = Graph().parse(BAD / "data-denial-denies-nothing.ttl", format="turtle")
    violations = find_violations(dataset_of((URIRef(f"{BASE}id/graph/bad"), graph)), ontology)
    assert any(v.rule.startswith("shape") and "denial must link" in v.message for v in violations)


def test_warnings_are_reported_but_do_not_fail(ontology):
    text = (BAD / "data-denial-denies-nothing.ttl").read_text()
    graph = Graph().parse(data=text.replace("dipl:Denial", "dipl:Statement"), format="turtle")
    warnings = []
    violations = find_violations(dataset_of((URIRef(f"{BASE}id/graph/bad"), graph)), ontology, warnings=warnings)
    assert violations == []
    assert any("no speaker" in w.message for w in warnings)


def test_the_build_prints_shacl_warnings_and_still_stores(tmp_path):
    from conftest import make_config

    from service import pipeline

    article = tmp_path / "no-issuer.txt"
    article.write_text("date 2023-05-10\nOfficials said the Chinese consul was told to depart.\n", "utf-8")
    lines: list[str] = []
    pipeline.build(make_config(tmp_path / "store"), [article], progress=lines.append)
    warnings = [line for line in lines if line.startswith("warning:")]
    assert warnings and "issuedBy" in " ".join(warnings), lines
    assert any(line.startswith("stored ") for line in lines)
