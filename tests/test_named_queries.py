"""Every named query, through HTTP, against the seed article served by a real `kg serve`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
import requests

from service.queries import load_queries
from tests import seed_lookup as seed

QUERIES = Path(__file__).resolve().parent.parent / "queries"
NAMES = sorted(load_queries(QUERIES))
JSON = {"Accept": "application/sparql-results+json"}
STATUSES = {"confirmed", "reported", "unverified", "denied", "false"}


def run(base: str, name: str, **params) -> list[dict[str, str]]:
    response = requests.get(f"{base}queries/{name}", params=params, headers=JSON, timeout=30)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("application/sparql-results+json")
    bindings = response.json()["results"]["bindings"]
    return [{k: v["value"] for k, v in b.items()} for b in bindings]


@pytest.fixture(scope="module")
def required_values(seed_server) -> dict[str, str]:
    """Values for the parameters some queries require."""
    niger = seed.state(seed_server, "Q1032")
    return {"entity": niger, "resource": niger}


@pytest.mark.parametrize("name", NAMES)
def test_every_named_query_answers_on_the_seed_in_every_format(seed_server, required_values, name):
    query = load_queries(QUERIES)[name]
    params = {p.name: required_values[p.name] for p in query.parameters if p.required}
    rows = run(seed_server, name, **params)
    assert rows, f"{name} found nothing in the seed"
    for row in rows:
        if "statusCode" in row:
            assert row["statusCode"] in STATUSES
    as_csv = requests.get(f"{seed_server}queries/{name}.csv", params=params, timeout=30)
    assert as_csv.headers["Content-Type"].startswith("text/csv")
    assert len(list(csv.DictReader(io.StringIO(as_csv.text)))) == len(rows)
    for accept, media_type in [
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/html", "text/html"),
    ]:
        response = requests.get(
            f"{seed_server}queries/{name}", params=params, headers={"Accept": accept}, timeout=30
        )
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith(media_type)
        assert "Accept" in response.headers["Vary"]


def test_denials_name_who_denied_the_false_us_order(seed_server):
    us_order = seed.order_for(seed_server, "Q30")
    rows = run(seed_server, "denials")
    assert {r["denied"] for r in rows} == {us_order}
    assert {r["deniedStatusCode"] for r in rows} == {"false"}
    assert {r["stateLabel"] for r in rows} == {"United States", "Niger"}
    assert len({r["denial"] for r in rows}) == 2


def test_false_or_unverified_reports_never_include_a_fact(seed_server):
    rows = run(seed_server, "false-or-unverified-reports")
    assert "confirmed" not in {r["statusCode"] for r in rows}
    events = {r["event"]: r["statusCode"] for r in rows}
    assert events[seed.order_for(seed_server, "Q30")] == "false"
    assert events[seed.order_for(seed_server, "Q183")] == "unverified"
    assert events[seed.order_for(seed_server, "Q1033")] == "unverified"
    assert seed.order_for(seed_server, "Q142") not in events
    only_false = run(seed_server, "false-or-unverified-reports", statusCode="false")
    assert {r["event"] for r in only_false} == {seed.order_for(seed_server, "Q30")}


def test_military_presence_keeps_the_combined_approximate_figure(seed_server):
    rows = run(seed_server, "military-presence", host=seed.state(seed_server, "Q1032"))
    assert {r["partyLabel"] for r in rows} == {"France", "United States"}
    for row in rows:
        assert float(row["personnel"]) == 2500
        assert row["approximate"] == "true"
        assert row["combined"] == "true"
    assert run(seed_server, "military-presence", host=seed.state(seed_server, "Q142")) == []


def test_suspensions_of_operations_and_aid(seed_server):
    rows = run(seed_server, "suspensions")
    modes = {r["mode"].rsplit("#", 1)[-1] for r in rows}
    assert modes == {"JointOperations", "FinancialAid"}
    assert {r["targetLabel"] for r in rows} == {"Niger"}


def test_sanction_calls_are_proposals_not_sanctions(seed_server):
    rows = run(seed_server, "sanction-calls")
    assert {r["stateLabel"] for r in rows} == {"Germany"}
    assert {r["enacted"] for r in rows} == {"false"}
    assert all("sanctions" in r["evidence"] for r in rows)


def test_security_partnerships_are_against_the_armed_groups(seed_server):
    rows = run(seed_server, "security-partnerships")
    against = {r["againstLabel"] for r in rows}
    assert against == {"al-Qaeda", "Islamic State"}
    assert {r["regionLabel"] for r in rows} == {"Sahel"}
    assert not against & {r["partnerLabel"] for r in rows}
    # DOMAIN 4.6: one partnership; France and the US join Niger from the joint-operations sentence
    assert {r["partnerLabel"] for r in rows} == {"Niger", "France", "United States"}
    by_partner = run(seed_server, "security-partnerships", partner=seed.state(seed_server, "Q1032"))
    assert {r["partnership"] for r in by_partner} == {r["partnership"] for r in rows}
    assert len(by_partner) < len(rows)  # the filter keeps Niger's rows only


def test_statements_by_state_follow_ministries_to_their_state(seed_server):
    germany = run(seed_server, "statements-by-state", state=seed.state(seed_server, "Q183"))
    assert {r["kind"].rsplit("#", 1)[-1] for r in germany} == {"CallForSanctions", "ExpressionOfSupport"}
    france = run(seed_server, "statements-by-state", state=seed.state(seed_server, "Q142"))
    assert {r["kind"].rsplit("#", 1)[-1] for r in france} == {"Rejection"}
    everyone = run(seed_server, "statements-by-state")
    assert {"France", "Germany", "Niger", "United States"} <= {r["stateLabel"] for r in everyone}


def test_entity_timeline_is_in_date_order_and_keeps_statuses(seed_server):
    niger = seed.state(seed_server, "Q1032")
    rows = run(seed_server, "entity-timeline", entity=niger)
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    events = {r["event"]: r for r in rows}
    french = events[seed.order_for(seed_server, "Q142")]
    assert (french["date"], french["dateSource"], french["statusCode"]) == (
        "2023-11-10",
        "event",
        "confirmed",
    )
    assert events[seed.order_for(seed_server, "Q30")]["statusCode"] == "false"


def test_evidence_for_gives_the_sentence_at_its_offsets(seed_server):
    text = seed.article_text(seed_server)
    order = seed.order_for(seed_server, "Q142")
    rows = run(seed_server, "evidence-for", resource=order)
    own = [r for r in rows if r["via"] == order]  # the others: events about the order
    assert len(own) == 1
    row = own[0]
    assert row["sentence"].startswith("In a surprising move, the military rulers of Niger")
    assert text[int(row["start"]) : int(row["end"])] == row["sentence"]
    assert row["article"] == seed.article(seed_server)
    france = run(seed_server, "evidence-for", resource=seed.state(seed_server, "Q142"))
    assert order in {r["via"] for r in france}


@pytest.mark.parametrize(
    ("name", "params", "named"),
    [
        ("evidence-for", {}, "resource"),  # required and missing
        ("evidence-for", {"resource": "not an iri"}, "resource"),
        ("false-or-unverified-reports", {"statusCode": "confirmed"}, "statusCode"),  # not in the enumeration
        ("denials", {"colour": "red"}, "colour"),  # unknown
        ("denials", {"article": ["http://a.example/", "http://b.example/"]}, "article"),  # repeated
    ],
)
def test_a_bad_parameter_is_a_400_that_names_it(seed_server, name, params, named):
    response = requests.get(f"{seed_server}queries/{name}", params=params, headers=JSON, timeout=30)
    assert response.status_code == 400
    assert f"'{named}'" in response.json()["message"]


def test_unknown_query_and_format(seed_server):
    assert requests.get(f"{seed_server}queries/no-such-query", timeout=30).status_code == 404
    assert requests.get(f"{seed_server}queries/denials.pdf", timeout=30).status_code == 404
    response = requests.get(f"{seed_server}queries/denials", headers={"Accept": "image/png"}, timeout=30)
    assert response.status_code == 406


def test_html_table_marks_false_rows_and_links_iris(seed_server):
    page = requests.get(
        f"{seed_server}queries/expulsion-orders", headers={"Accept": "text/html"}, timeout=30
    ).text
    assert 'class="status-false"' in page
    us_order = seed.order_for(seed_server, "Q30")
    assert f'href="/{us_order.removeprefix(seed_server)}"' in page
