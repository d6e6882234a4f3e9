"""What the protocol layer reads from SPARQL text: forms, dataset clauses, SERVICE/LOAD, USING."""

from __future__ import annotations

from service import sparql_text


def test_query_form_skips_the_prologue_and_comments():
    text = "# SELECT in a comment\nPREFIX ex: <http://example.org/select>\nBASE <x>\n"
    text += "CONSTRUCT WHERE { ?s ?p ?o }"
    assert sparql_text.query_form(text) == "CONSTRUCT"
    assert sparql_text.query_form("nonsense") is None


def test_keywords_in_strings_iris_names_and_variables_do_not_count():
    text = 'SELECT ?service WHERE { ?service ex:load "SERVICE" ; <http://x/LOAD> """LOAD""" } # SERVICE'
    assert not sparql_text.uses(text, "SERVICE", "LOAD")
    assert sparql_text.external_targets("SELECT * { SERVICE SILENT <http://a/sparql> { } }") == [
        "http://a/sparql"
    ]
    assert sparql_text.external_targets("SELECT * { SERVICE ?where { } }") == [""]


def test_dataset_clauses_only_at_the_top_level():
    assert sparql_text.has_dataset_clause("SELECT * FROM <g> { ?s ?p ?o }", "FROM")
    assert not sparql_text.has_dataset_clause("SELECT * { { SELECT * { ?s ?p ?o } } }", "FROM")


def test_add_using_goes_before_each_modify_where_and_delete_where_is_written_out():
    update = "INSERT { ?s ?p 1 } WHERE { ?s ?p ?o } ; DELETE WHERE { GRAPH ?g { ?s ?p '}' } } # done"
    rewritten = sparql_text.add_using(update, ["http://g/1"], ["http://g/2"])
    using = " USING <http://g/1> USING NAMED <http://g/2> "
    assert rewritten == (
        f"INSERT {{ ?s ?p 1 }} {using}WHERE {{ ?s ?p ?o }} ;"
        f" DELETE {{ GRAPH ?g {{ ?s ?p '}}' }} }}{using}WHERE {{ GRAPH ?g {{ ?s ?p '}}' }} }} # done"
    )


def test_silent_loads_and_services_become_what_they_do_when_their_target_fails():
    text = (
        "LOAD SILENT <http://x/a> INTO GRAPH <http://g/1> ; LOAD <http://x/b> ;"
        " INSERT { ?s ?p ?o } WHERE { SERVICE silent <http://x/c> { ?s ?p ?o SERVICE SILENT <http://x/d> {} } }"
    )
    assert sparql_text.without_silent_external(text) == (
        "INSERT DATA {} ; LOAD <http://x/b> ; INSERT { ?s ?p ?o } WHERE { {} }"
    )
