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
    spec: str = ""  # its IRI under http://www.w3.org/ns/formats/, for service descriptions


_W = "http://www.w3.org/ns/formats/"

#: SELECT and ASK results.
RESULT_FORMATS = (
    Format(
        "json",
        "application/sparql-results+json",
        "srj",
        ox.QueryResultsFormat.JSON,
        ("application/json",),
        _W + "SPARQL_Results_JSON",
    ),
    Format(
        "xml",
        "application/sparql-results+xml",
        "srx",
        ox.QueryResultsFormat.XML,
        ("application/xml",),
        _W + "SPARQL_Results_XML",
    ),
    Format("csv", "text/csv", "csv", ox.QueryResultsFormat.CSV, (), _W + "SPARQL_Results_CSV"),
    Format(
        "tsv", "text/tab-separated-values", "tsv", ox.QueryResultsFormat.TSV, (), _W + "SPARQL_Results_TSV"
    ),
)

#: CONSTRUCT and DESCRIBE results, and RDF documents.
RDF_FORMATS = (
    Format("turtle", "text/turtle", "ttl", ox.RdfFormat.TURTLE, ("application/x-turtle",), _W + "Turtle"),
    Format("ntriples", "application/n-triples", "nt", ox.RdfFormat.N_TRIPLES, (), _W + "N-Triples"),
    Format("rdfxml", "application/rdf+xml", "rdf", ox.RdfFormat.RDF_XML, (), _W + "RDF_XML"),
    Format(
        "jsonld", "application/ld+json", "jsonld", ox.RdfFormat.JSON_LD, ("application/json",), _W + "JSON-LD"
    ),
    Format("trig", "application/trig", "trig", ox.RdfFormat.TRIG, (), _W + "TriG"),
    Format("nquads", "application/n-quads", "nq", ox.RdfFormat.N_QUADS, (), _W + "N-Quads"),
)

HTML = Format("html", "text/html", "html", None, ("application/xhtml+xml",))


def by_name(name: str, formats: tuple[Format, ...]) -> Format | None:
    """A format by short name, suffix or media type."""
    name = name.strip().lower()
    for fmt in formats:
        if name in (fmt.name, fmt.suffix, fmt.media_type, *fmt.aliases):
            return fmt
    return None


ALL_FORMATS = RESULT_FORMATS + RDF_FORMATS


def choose(accept, formats: tuple[Format, ...], override: str | None = None) -> Format | None:
    """The format for a response: the ``format`` parameter if given, else content negotiation."""
    if override:
        return by_name(override, formats)
    return negotiate(accept, formats)


def negotiate(accept, formats: tuple[Format, ...]) -> Format | None:
    """The best format for a Werkzeug ``MIMEAccept``: the first format when Accept is absent.

    Each format's quality is the q of the most specific Accept entry matching its media type
    (so ``json;q=0, */*`` refuses JSON); aliases count only when named exactly.  Ties go to
    the format matched more specifically, then to the earlier row.  None: nothing acceptable.
    """
    if not accept:
        return formats[0]
    best, best_key = None, (0.0, -1)
    for fmt in formats:
        key = max(
            [_match(accept, fmt.media_type, wildcards=True)]
            + [_match(accept, alias, wildcards=False) for alias in fmt.aliases]
        )
        if key[0] > 0 and key > best_key:
            best, best_key = fmt, key
    return best


def _match(accept, media_type: str, wildcards: bool) -> tuple[float, int]:
    """(quality, specificity) of the most specific Accept entry for ``media_type``; (0, -1) if none."""
    found = (0.0, -1)
    main = media_type.split("/")[0]
    for value, quality in accept:
        value = value.split(";")[0].strip().lower()
        if value == media_type:
            specificity = 2
        elif wildcards and value == f"{main}/*":
            specificity = 1
        elif wildcards and value in ("*/*", "*"):
            specificity = 0
        else:
            continue
        if specificity > found[1]:
            found = (quality, specificity)
    return found
