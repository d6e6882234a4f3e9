"""Named queries: every file's header parses, and parameters are bound as RDF terms."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from service.queries import ParameterError, QueryFileError, load_queries, parse_query_file

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_named_query_has_a_header_and_parses(path):
    query = parse_query_file(path)
    assert query.title and query.description
    ox.Store().query(query.text)  # raises SyntaxError when malformed


def test_parameters_become_typed_terms(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text(
        "# title: T\n# description: D\n"
        "# param: who iri — a resource\n"
        "# param: limit integer default=10 — at most\n"
        "# param: day date — a day\n"
        "# param: status string enum=confirmed|false — a status\n"
        "SELECT * WHERE { ?who ?p ?o }\n"
    )
    query = parse_query_file(path)
    bound = query.bindings({"who": "http://example.org/x", "day": "2023-11-10", "status": "false"})
    assert bound[ox.Variable("who")] == ox.NamedNode("http://example.org/x")
    assert bound[ox.Variable("limit")].datatype.value.endswith("#integer")
    assert bound[ox.Variable("day")].value == "2023-11-10"
    with pytest.raises(ParameterError, match="'status'"):
        query.bindings({"status": "maybe"})
    with pytest.raises(ParameterError, match="'who'"):
        query.bindings({"who": "not an iri"})
    with pytest.raises(ParameterError, match="'day'"):
        query.bindings({"day": "10/11/2023"})
    with pytest.raises(ParameterError, match="'nope'"):
        query.bindings({"nope": "1"})


def test_an_iri_parameter_cannot_carry_query_text():
    query = load_queries(QUERIES)["expulsion-orders"]
    with pytest.raises(ParameterError):
        query.bindings({"article": "http://e/x> } UNION { ?s ?p ?o"})


def test_bad_param_line_is_reported(tmp_path):
    path = tmp_path / "bad.rq"
    path.write_text("# title: T\n# param: x float — nope\nSELECT * {}\n")
    with pytest.raises(QueryFileError, match="bad parameter line"):
        parse_query_file(path)
