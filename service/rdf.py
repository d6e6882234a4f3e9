"""Facts → RDF.  The only module that mints IRIs.

Each article becomes one named graph, ``{base}id/graph/{stem}``, holding the
article record, the entities it mentions, its events and their evidence.
"""

from __future__ import annotations

import re

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from service.extract.facts import Article, Entity, Event

DIPL = Namespace("https://w3id.org/diplomacy-kg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("http://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "dipl": DIPL,
    "org": ORG,
    "oa": OA,
    "prov": PROV,
    "schema": SCHEMA,
    "time": TIME,
    "wd": WD,
}

#: statusCode → factuality concept.
FACTUALITY = {
    "confirmed": DIPL.Confirmed,
    "reported": DIPL.Reported,
    "unverified": DIPL.Unverified,
    "denied": DIPL.Denied,
    "false": DIPL.Refuted,
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


class Minter:
    """IRIs for one article, under the configured base."""

    def __init__(self, base_iri: str, article_id: str):
        self.base = base_iri
        self.stem = _slug(article_id)

    def article(self) -> URIRef:
        return URIRef(f"{self.base}id/article/{self.stem}")

    def graph(self) -> URIRef:
        return URIRef(f"{self.base}id/graph/{self.stem}")

    def entity(self, entity: Entity) -> URIRef:
        if entity.from_gazetteer:
            return URIRef(f"{self.base}id/entity/{_slug(entity.key)}")
        return self.local(_slug(entity.kind), entity.key)

    def local(self, kind: str, slug: str) -> URIRef:
        return URIRef(f"{self.base}id/{self.stem}/{kind}/{_slug(slug)}")


def article_graph(article: Article, base_iri: str) -> tuple[URIRef, Graph]:
    """Return the named-graph IRI and the graph of one article's facts."""
    mint = Minter(base_iri, article.id)
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    article_iri = mint.article()
    g.add((article_iri, RDF.type, SCHEMA.NewsArticle))
    g.add((article_iri, SCHEMA.datePublished, Literal(article.date, datatype=XSD.date)))
    g.add((article_iri, SCHEMA.text, Literal(article.text)))
    g.add((article_iri, RDFS.label, Literal(article.title or article.id)))
    g.add((mint.graph(), PROV.wasDerivedFrom, article_iri))

    iris = {key: mint.entity(entity) for key, entity in article.entities.items()}
    for key, entity in article.entities.items():
        _add_entity(g, iris[key], entity, iris)
    for event in article.events:
        _add_event(g, mint, article, event, iris)
    return mint.graph(), g


def _add_entity(g: Graph, iri: URIRef, entity: Entity, iris: dict) -> None:
    g.add((iri, RDF.type, DIPL[entity.kind]))
    g.add((iri, RDFS.label, Literal(entity.label, lang="en")))
    if entity.name:
        g.add((iri, SCHEMA.name, Literal(entity.name)))
    if entity.wikidata:
        g.add((iri, DIPL.wikidataEntity, WD[entity.wikidata]))
    if entity.part_of in iris and entity.kind != "Person":
        g.add((iri, ORG.subOrganizationOf, iris[entity.part_of]))


def _add_event(g: Graph, mint: Minter, article: Article, event: Event, iris: dict) -> None:
    iri = mint.local("event", event.id)
    g.add((iri, RDF.type, DIPL[event.kind]))
    g.add((iri, DIPL.factuality, FACTUALITY[event.status]))
    if event.label:
        g.add((iri, RDFS.label, Literal(event.label, lang="en")))
    for role, prop in (("issuer", DIPL.issuedBy), ("envoy", DIPL.targetEnvoy), ("sender", DIPL.envoyOf)):
        for key in event.roles.get(role, []):
            g.add((iri, prop, iris[key]))
    if event.deadline_hours is not None:
        duration = mint.local("duration", event.id)
        g.add((iri, DIPL.gracePeriod, duration))
        g.add((duration, RDF.type, TIME.Duration))
        g.add((duration, TIME.numericDuration, Literal(event.deadline_hours, datatype=XSD.decimal)))
        g.add((duration, TIME.unitType, TIME.unitHour))
    if event.time is not None:
        instant = mint.local("time", event.id)
        g.add((iri, DIPL.hasTime, instant))
        g.add((instant, RDF.type, TIME.Instant))
        g.add((instant, DIPL.temporalExpression, Literal(event.time.text)))
        if event.time.value is not None:
            g.add((instant, TIME.inXSDDate, Literal(event.time.value, datatype=XSD.date)))
    g.add((iri, DIPL.evidence, _evidence(g, mint, article, event.sentence)))


def _evidence(g: Graph, mint: Minter, article: Article, index: int) -> URIRef:
    """The Web Annotation tying a sentence of the article to what it supports."""
    sentence = article.sentences[index]
    note = mint.local("evidence", f"sentence-{index}")
    target = URIRef(f"{note}/target")
    position = URIRef(f"{note}/position")
    quote = URIRef(f"{note}/quote")
    g.add((note, RDF.type, OA.Annotation))
    g.add((note, OA.motivatedBy, OA.describing))
    g.add((note, OA.hasTarget, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, mint.article()))
    g.add((target, OA.hasSelector, position))
    g.add((target, OA.hasSelector, quote))
    g.add((position, RDF.type, OA.TextPositionSelector))
    g.add((position, OA.start, Literal(sentence.start)))
    g.add((position, OA.end, Literal(sentence.end)))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(sentence.text)))
    return note
