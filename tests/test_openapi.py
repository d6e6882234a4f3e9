"""/openapi.json and /queries are generated from the queries/ folder, and say what the files say."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from openapi_spec_validator import validate

from service import create_app
from service.queries import load_queries

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@pytest.fixture(scope="module")
def document(seed_server) -> dict:
    response = requests.get(seed_server + "openapi.json", timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    return response.json()


def test_it_is_a_valid_openapi_31_document(document, seed_server):
    assert document["openapi"] == "3.1.0"
    validate(document)  # raises on any schema violation
    assert document["servers"] == [{"url": seed_server.rstrip("/")}]


def test_one_operation_per_query_file_with_its_header(document):
    queries = load_queries(QUERIES)
    paths = {p for p in document["paths"] if p.startswith("/queries/")}
    assert paths == {f"/queries/{name}" for name in queries}
    operation_ids = [op["get"]["operationId"] for op in document["paths"].values()]
    assert len(operation_ids) == len(set(operation_ids))
    for name, query in queries.items():
        operation = document["paths"][f"/queries/{name}"]["get"]
        assert operation["summary"] == query.title
        assert operation["description"] == query.description
        assert "400" in operation["responses"]
        declared = {p.name: p for p in query.parameters}
        assert [p["name"] for p in operation["parameters"]] == list(declared)
        for described in operation["parameters"]:
            param = declared[described["name"]]
            assert described["in"] == "query"
            assert described["required"] is param.required
            schema = described["schema"]
            assert schema["type"] == ("integer" if param.type == "integer" else "string")
            if param.type in ("iri", "date"):
                assert schema["format"] == param.type
            if param.enum:
                assert schema["enum"] == param.enum
            if param.default is not None:
                assert "default" in schema


def test_result_media_types_are_described(document):
    operation = document["paths"]["/queries/expulsion-orders"]["get"]
    assert set(operation["responses"]["200"]["content"]) == {
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
        "text/html",
    }


def test_query_listing_matches_the_folder(seed_server):
    listing = requests.get(seed_server + "queries", headers={"Accept": "application/json"}, timeout=30).json()
    queries = load_queries(QUERIES)
    assert [q["name"] for q in listing["queries"]] == sorted(queries)
    for entry in listing["queries"]:
        assert entry["sparql"] == queries[entry["name"]].text
        assert entry["url"] == f"{seed_server}queries/{entry['name']}"
    page = requests.get(seed_server + "queries", headers={"Accept": "text/html"}, timeout=30).text
    for query in queries.values():
        assert f'href="/queries/{query.name}"' in page


def test_a_new_query_file_becomes_an_operation(tmp_path):
    (tmp_path / "by-day.rq").write_text(
        "# title: By day\n"
        "# description: Things on a day.\n"
        "# param: day date required — the day\n"
        "# param: size integer default=10 enum=10|20 — page size\n"
        "SELECT ?day ?size WHERE {}\n"
    )
    app = create_app({"KG_STORE": str(tmp_path / "store"), "KG_QUERIES": str(tmp_path)})
    document = app.test_client().get("/openapi.json").get_json()
    validate(document)
    day, size = document["paths"]["/queries/by-day"]["get"]["parameters"]
    assert day == {
        "name": "day",
        "in": "query",
        "required": True,
        "description": "the day",
        "schema": {"type": "string", "format": "date"},
    }
    assert size["schema"] == {"type": "integer", "enum": [10, 20], "default": 10}
