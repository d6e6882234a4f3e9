"""A synthetic graph in this ontology's terms, of any size, as N-Quads (one named graph per article).

    .venv/bin/python benchmarks/generate.py --triples 1000000 > /tmp/synthetic.nq

Shared entities (states, their governments, envoys' states) live in one graph;
each synthetic article adds its own graph with an expulsion order (issuer,
envoy, sender, host state, date, grace period, factuality), a claim, and the
evidence annotation of each, about 40 triples per article, the shape the
pipeline writes.  Deterministic: the same size gives the same data.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator

BASE = "http://127.0.0.1:8000/"
DIPL = "https://w3id.org/diplomacy-kg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
TIME = "http://www.w3.org/2006/time#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ORG_SUB = "<http://www.w3.org/ns/org#subOrganizationOf>"
STATES = 200
STATUS = ["Confirmed", "Reported", "Unverified", "Denied", "Refuted"]
ENTITY_GRAPH = f"<{BASE}id/graph/gazetteer>"


def d(term: str) -> str:
    return f"<{DIPL}{term}>"


def lit(value: str, datatype: str | None = None) -> str:
    return f'"{value}"' + (f"^^<{XSD}{datatype}>" if datatype else "")


def entities() -> Iterator[str]:
    for n in range(STATES):
        state, gov = f"<{BASE}id/entity/state-{n}>", f"<{BASE}id/entity/government-{n}>"
        graph = ENTITY_GRAPH
        yield f"{state} {RDF_TYPE} {d('State')} {graph} ."
        yield f"{state} {LABEL} {lit(f'State {n}')} {graph} ."
        yield f"{state} {d('wikidataEntity')} <http://www.wikidata.org/entity/Q{1000 + n}> {graph} ."
        yield f"{gov} {RDF_TYPE} {d('Government')} {graph} ."
        yield f"{gov} {LABEL} {lit(f'Government of State {n}')} {graph} ."
        yield f"{gov} {ORG_SUB} {state} {graph} ."


def article(n: int, rng: random.Random) -> Iterator[str]:
    stem = f"synthetic-{n}"
    graph = f"<{BASE}id/graph/{stem}>"
    art = f"<{BASE}id/article/{stem}>"
    local = f"{BASE}id/{stem}/"
    issuer_state, sender = rng.randrange(STATES), rng.randrange(STATES)
    # Drawn, not derived from n: n % 15 and n % 12 never met in the join's 2012-01..02 window.
    day = f"{2010 + rng.randrange(15)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
    hours = rng.choice([24, 48, 72])
    order, envoy = f"<{local}event/order>", f"<{local}person/envoy>"
    claim = f"<{local}event/claim>"
    yield from (
        f"{art} {RDF_TYPE} <{SCHEMA}NewsArticle> {graph} .",
        f"{art} <{SCHEMA}datePublished> {lit(day, 'date')} {graph} .",
        f"{art} <{SCHEMA}headline> {lit(f'Synthetic article {n}')} {graph} .",
        f"{order} {RDF_TYPE} {d('ExpulsionOrder')} {graph} .",
        f"{order} {d('issuedBy')} <{BASE}id/entity/government-{issuer_state}> {graph} .",
        f"{order} {d('targetEnvoy')} {envoy} {graph} .",
        f"{order} {d('envoyOf')} <{BASE}id/entity/state-{sender}> {graph} .",
        f"{order} {d('hostState')} <{BASE}id/entity/state-{issuer_state}> {graph} .",
        f"{order} {d('factuality')} {d(rng.choice(STATUS))} {graph} .",
        f"{order} {d('temporalExpression')} {lit('on ' + day)} {graph} .",
        f"{order} {d('hasTime')} <{local}time/issued> {graph} .",
        f"<{local}time/issued> {RDF_TYPE} <{TIME}Instant> {graph} .",
        f"<{local}time/issued> <{TIME}inXSDDate> {lit(day, 'date')} {graph} .",
        f"{order} {d('gracePeriod')} <{local}duration/grace> {graph} .",
        f"<{local}duration/grace> {RDF_TYPE} <{TIME}Duration> {graph} .",
        f"<{local}duration/grace> <{TIME}numericDuration> {lit(str(hours), 'decimal')} {graph} .",
        f"<{local}duration/grace> <{TIME}unitType> <{TIME}unitHour> {graph} .",
        f"{envoy} {RDF_TYPE} {d('Ambassador')} {graph} .",
        f"{envoy} {LABEL} {lit(f'the ambassador of State {sender}')} {graph} .",
        f"{envoy} <{SCHEMA}name> {lit(f'Envoy {n}')} {graph} .",
        f"{claim} {RDF_TYPE} {d('Claim')} {graph} .",
        f"{claim} {d('speaker')} <{BASE}id/entity/government-{sender}> {graph} .",
        f"{claim} {d('denies')} {order} {graph} .",
        f"{claim} {d('factuality')} {d(rng.choice(STATUS))} {graph} .",
    )
    for kind, event in (("order", order), ("claim", claim)):
        note, target = f"<{local}evidence/{kind}>", f"<{local}evidence/{kind}-target>"
        start = rng.randrange(2000)
        yield from (
            f"{event} {d('evidence')} {note} {graph} .",
            f"{note} {RDF_TYPE} <{OA}Annotation> {graph} .",
            f"{note} <{OA}hasTarget> {target} {graph} .",
            f"{target} {RDF_TYPE} <{OA}SpecificResource> {graph} .",
            f"{target} <{OA}hasSource> {art} {graph} .",
            f"{target} <{OA}hasSelector> <{local}evidence/{kind}-position> {graph} .",
            f"<{local}evidence/{kind}-position> <{OA}start> {lit(str(start), 'integer')} {graph} .",
            f"<{local}evidence/{kind}-position> <{OA}end> {lit(str(start + 120), 'integer')} {graph} .",
        )


def quads(triples: int) -> Iterator[str]:
    """About ``triples`` quads (whole articles, so a little more)."""
    rng = random.Random(42)
    count = 0
    for line in entities():
        count += 1
        yield line
    n = 0
    while count < triples:
        for line in article(n, rng):
            count += 1
            yield line
        n += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()
    out = sys.stdout
    for line in quads(args.triples):
        out.write(line + "\n")


if __name__ == "__main__":
    main()
