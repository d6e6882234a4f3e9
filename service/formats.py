"""One table: media type ↔ serialisation ↔ file suffix ↔ short name.

Content negotiation everywhere (SPARQL results, linked-data pages, the
ontology document) picks from these rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    name: str  # short name, for ?format= and the CLI
    media_type: str
    suffix: str  # file suffix without the dot
    engine: ox.RdfFormat | ox.QueryResultsFormat | None  # None: rendered by us (HTML)
    aliases: tuple[str, ...] = ()


#: SELECT and ASK results.
RESULT_FORMATS = (
    Format("json", "application/sparql-results+json", "srj", ox.QueryResultsFormat.JSON, ("application/json",)),
    Format("xml", "application/sparql-results+xml", "srx", ox.QueryResultsFormat.XML, ("application/xml",)),
    Format("csv", "text/csv", "csv", ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", "tsv", ox.QueryResultsFormat.TSV),
)

#: CONSTRUCT and DESCRIBE results, and RDF documents.
RDF_FORMATS = (
    Format("turtle", "text/turtle", "ttl", ox.RdfFormat.TURTLE, ("application/x-turtle",)),
    Format("ntriples", "application/n-triples", "nt", ox.RdfFormat.N_TRIPLES),
    Format("rdfxml", "application/rdf+xml", "rdf", ox.RdfFormat.RDF_XML),
    Format("jsonld", "application/ld+json", "jsonld", ox.RdfFormat.JSON_LD),
    Format("trig", "application/trig", "trig", ox.RdfFormat.TRIG),
    Format("nquads", "application/n-quads", "nq", ox.RdfFormat.N_QUADS),
)

HTML = Format("html", "text/html", "html", None, ("application/xhtml+xml",))


def by_name(name: str, formats: tuple[Format, ...]) -> Format | None:
    """A format by short name, suffix or media type."""
    name = name.strip().lower()
    for fmt in formats:
        if name in (fmt.name, fmt.suffix, fmt.media_type, *fmt.aliases):
            return fmt
    return None


def negotiate(accept, formats: tuple[Format, ...]) -> Format | None:
    """The best format for a Werkzeug ``MIMEAccept``; the first format when Accept is absent or */*."""
    offers = {}
    for fmt in formats:
        for media_type in (fmt.media_type, *fmt.aliases):
            offers.setdefault(media_type, fmt)
    best = accept.best_match(list(offers), default=None) if accept else formats[0].media_type
    return offers.get(best) if best else None
