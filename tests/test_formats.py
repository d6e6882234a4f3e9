"""Content negotiation over the one format table."""

from __future__ import annotations

import pytest
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from service import formats


def pick(header: str, table=formats.RESULT_FORMATS):
    fmt = formats.negotiate(parse_accept_header(header, MIMEAccept), table)
    return fmt.name if fmt else None


@pytest.mark.parametrize(
    "header,expected",
    [
        ("", "json"),
        ("*/*", "json"),
        ("application/sparql-results+xml", "xml"),
        ("application/json", "json"),
        ("text/csv;q=0.5, text/tab-separated-values", "tsv"),
        ("application/sparql-results+xml, */*", "xml"),  # exact beats wildcard at equal q
        ("application/sparql-results+json;q=0, */*;q=0.1", "xml"),  # q=0 refuses, whatever the wildcard says
        ("text/*", "csv"),
        ("image/png", None),
    ],
)
def test_result_negotiation(header, expected):
    assert pick(header) == expected


def test_rdf_negotiation():
    assert pick("", formats.RDF_FORMATS) == "turtle"
    assert pick("application/ld+json, text/turtle;q=0.5", formats.RDF_FORMATS) == "jsonld"
    assert pick("application/sparql-results+json", formats.RDF_FORMATS) is None


def test_format_parameter():
    accept = parse_accept_header("text/csv", MIMEAccept)
    assert formats.choose(accept, formats.RESULT_FORMATS, "xml").name == "xml"
    assert formats.choose(accept, formats.RESULT_FORMATS, "text/tab-separated-values").name == "tsv"
    assert formats.choose(accept, formats.RESULT_FORMATS, "turtle") is None


def test_every_format_has_an_engine_and_a_spec_iri():
    for fmt in formats.ALL_FORMATS:
        assert fmt.engine is not None and fmt.spec.startswith("http://www.w3.org/ns/formats/")
