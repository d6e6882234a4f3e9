"""Blueprint: IRI dereferencing and the HTML pages for people.

Dereferencing.  Every IRI the pipeline mints under ``{KG_BASE_IRI}id/`` is served here, by content
negotiation between HTML and the RDF formats of ``service.formats`` (Turtle, JSON-LD, RDF/XML,
N-Triples, and TriG / N-Quads, which keep the named graph of each statement).

We answer **200 with ``Content-Location``**, never a 303 redirect: ``GET /id/entity/fra`` with
``Accept: text/turtle`` returns the Turtle directly, with ``Content-Location: /id/entity/fra.ttl`` naming
the document that was sent, ``Vary: Accept``, and ``Link: <…>; rel="alternate"; type="…"`` for every
suffix alternate (``.html``, ``.ttl``, ``.jsonld``, ``.rdf``, ``.nt``, ``.trig``, ``.nq``).  One round
trip instead of two, and the document URLs stay distinct from the thing's IRI.  A suffix URL serves that
format whatever the Accept header says.  An unknown IRI is a 404 page with a search box and the labels
nearest to the one asked for.

The RDF of a resource is its concise bounded description with provenance (``service.describe``).

Pages: a resource page (label, types, every property with linked values, incoming links, Wikidata, the
factuality of each event shown as a badge, the evidence sentences, a neighbourhood diagram in SVG), the
article page (the text with each extracted fact highlighted and linked), an entity timeline (the
``entity-timeline`` named query), search by label, and the home page (what the graph holds, example
questions, the SPARQL editor).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, render_template, request, url_for

from service import diagram, formats, responses, void
from service.describe import (
    ALL_PREFIXES,
    FACTUALITY,
    ONTOLOGY_GRAPH,
    ONTOLOGY_NS,
    RDF_TYPE,
    RDFS,
    Describer,
    Description,
    compact,
)
from service.errors import error_response
from service.queries import ParameterError, load_queries
from service.rdf import DIPL, OA, SCHEMA
from service.store import EmbeddedStore

bp = Blueprint("pages", __name__)

#: What each factuality code means to a reader; the order is from fact to falsehood.
STATUS_TEXT = {
    "confirmed": ("Confirmed", "The article reports this as a fact."),
    "reported": ("Reported", "Reported by others; the article does not confirm it."),
    "unverified": ("Unverified", "Declared unauthenticated; not confirmed."),
    "denied": ("Denied", "Reported, then denied by a party involved."),
    "false": ("False", "Reported, but the article says it did not happen."),
}

#: Formats a resource is served in: HTML first, so a browser's */* gets the page.
RESOURCE_FORMATS = (formats.HTML, *formats.RDF_FORMATS)
TEXT = str(SCHEMA.text)
LABEL = RDFS + "label"
WIKIDATA = str(DIPL.wikidataEntity)
EVIDENCE = str(DIPL.evidence)
DIAGRAM_MAX_NODES = 24


def get_store() -> EmbeddedStore:
    return current_app.extensions["kg_store"]


def describer() -> Describer:
    return Describer(
        get_store(), current_app.config["KG_UNION_DEFAULT_GRAPH"], current_app.config["KG_RESULT_LIMIT"]
    )


def run(text: str, **bindings):
    """A trusted query of this module, values bound as RDF terms."""
    return get_store().query(
        text,
        use_default_graph_as_union=current_app.config["KG_UNION_DEFAULT_GRAPH"],
        substitutions={ox.Variable(k): v for k, v in bindings.items()},
    )


# --- links ------------------------------------------------------------------------------------


def href(iri: str) -> str:
    """Where a link to ``iri`` should go: our pages for our IRIs and ontology terms, else the IRI."""
    base = current_app.config["KG_BASE_IRI"]
    if iri.startswith(base):
        return f"{request.script_root}/{iri[len(base) :]}"
    if iri.startswith(ONTOLOGY_NS):
        return f"{request.script_root}/ontology#{iri[len(ONTOLOGY_NS) :]}"
    if iri == ONTOLOGY_GRAPH:
        return f"{request.script_root}/ontology"
    return iri


@bp.app_context_processor
def template_helpers() -> dict:
    return {
        "href": href,
        "compact": compact,
        "is_iri": lambda term: isinstance(term, ox.NamedNode),
        "STATUS_TEXT": STATUS_TEXT,
    }


# --- dereferencing ----------------------------------------------------------------------------


@bp.route("/id/<path:rest>")
def resource(rest: str):
    base = current_app.config["KG_BASE_IRI"] + "id/"
    found = describer()
    chosen = None  # the format a suffix URL asks for
    stem, dot, suffix = rest.rpartition(".")
    if dot and "/" not in suffix and not found.exists(base + rest):
        chosen = next((f for f in RESOURCE_FORMATS if f.suffix == suffix), None)
        if chosen is None:
            return not_found(base + rest)
        rest = stem
    iri = base + rest
    if not found.exists(iri):
        return not_found(iri)
    fmt = responses.negotiated(RESOURCE_FORMATS, chosen)

    store = get_store()
    headers = responses.validators(store.version, f"id.{fmt.name}", store.last_modified)
    headers["Link"] = ", ".join(
        f'<{document(rest, alt)}>; rel="alternate"; type="{alt.media_type}"'
        for alt in RESOURCE_FORMATS
        if alt is not fmt
    )
    if chosen is None:  # negotiated: name the document sent, and say that Accept chose it
        headers["Content-Location"] = document(rest, fmt)
        headers["Vary"] = "Accept"
    cached = responses.not_modified(headers)
    if cached is not None:
        return cached
    description = found.describe(iri)
    if fmt is formats.HTML:
        return Response(render_resource(description), mimetype="text/html", headers=headers)
    return Response(serialize(description, fmt), mimetype=fmt.media_type, headers=headers)


def document(rest: str, fmt: formats.Format) -> str:
    """The URL of one representation: the resource's path plus the format's suffix."""
    return url_for("pages.resource", rest=f"{rest}.{fmt.suffix}")


def serialize(description: Description, fmt: formats.Format) -> bytes:
    """The description as RDF; quad formats keep each statement's named graph."""
    quads = fmt.engine in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
    statements = description.quads if quads else description.triples()
    prefixes = None if fmt.engine in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else ALL_PREFIXES
    return ox.serialize(statements, format=fmt.engine, prefixes=prefixes)


# --- the resource page ------------------------------------------------------------------------


@dataclass
class Value:
    """One end of a statement, ready to show: a link with a label, or a literal."""

    term: object
    label: str
    link: str | None = None
    status: str | None = None  # factuality code when the value is an event
    graph: str | None = None  # the named graph the statement sits in
    inferred: bool = False
    nested: list[tuple[str, str, list[Value]]] = field(default_factory=list)  # a value node's own properties
    note: str | None = None  # datatype or language of a literal


def render_resource(d: Description) -> str:
    inferred_graph = current_app.config["KG_BASE_IRI"] + "id/graph/inferred"
    labels = [q.object.value for q in d.outgoing() if q.predicate.value == LABEL]
    names = [q.object.value for q in d.outgoing() if q.predicate.value == str(SCHEMA.name)]
    title = (labels or names or [compact(d.iri.value)])[0]
    types = list(dict.fromkeys(q.object for q in d.outgoing() if q.predicate == RDF_TYPE))
    is_article = any(t.value == str(SCHEMA.NewsArticle) for t in types)

    def value(quad, term, depth=0) -> Value:
        v = Value(term, d.label(term), graph=quad.graph_name.value if quad.graph_name else None)
        v.inferred = v.graph == inferred_graph
        if isinstance(term, ox.NamedNode):
            v.link = href(term.value)
            # an event's status; for the factuality concept itself, its own code
            v.status = (
                d.notations.get(term.value) if quad.predicate.value == FACTUALITY else d.codes.get(term.value)
            )
        elif isinstance(term, ox.Literal):
            v.note = term.language or (
                compact(term.datatype.value) if term.datatype.value != _XSD_STRING else None
            )
        inner = d.outgoing(term)
        shown_elsewhere = quad.predicate.value == EVIDENCE  # the Evidence section quotes it
        if inner and term in d.value_nodes and depth < 4 and not shown_elsewhere:
            v.nested = properties(inner, depth + 1)
        return v

    def properties(quads, depth=0) -> list[tuple[str, str, list[Value]]]:
        grouped: dict = {}
        for quad in quads:
            if quad.predicate.value == TEXT and is_article and depth == 0:
                continue  # the body is shown as the article, with its highlights
            grouped.setdefault(quad.predicate, []).append(value(quad, quad.object, depth))
        return [
            (d.label(p), href(p.value), vs)
            for p, vs in sorted(grouped.items(), key=lambda kv: d.label(kv[0]))
        ]

    incoming: dict = {}
    for quad in d.incoming():
        incoming.setdefault(quad.predicate, []).append(value(quad, quad.subject, 4))
    return render_template(
        "resource.html",
        d=d,
        title=title,
        iri=d.iri.value,
        types=[Value(t, d.label(t), href(t.value)) for t in types if isinstance(t, ox.NamedNode)],
        status=d.status(),
        wikidata=[q.object.value for q in d.outgoing() if q.predicate.value == WIKIDATA],
        evidence=evidence(d),
        properties=properties(d.outgoing()),
        incoming=[
            (d.label(p), href(p.value), vs)
            for p, vs in sorted(incoming.items(), key=lambda kv: d.label(kv[0]))
        ],
        truncated=d.truncated,
        neighbourhood=neighbourhood(d, title),
        article=article_body(d) if is_article else None,
        timeline=None
        if d.status() or is_article or not d.incoming()
        else url_for("pages.timeline", entity=d.iri.value),
        alternates=[
            (f.name, document(_rest(d.iri.value), f), f.media_type)
            for f in formats.RDF_FORMATS
        ],
    )


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _rest(iri: str) -> str:
    return iri[len(current_app.config["KG_BASE_IRI"] + "id/") :]


@dataclass
class Evidence:
    quote: str
    article: str
    article_label: str
    start: int | None
    end: int | None


def evidence(d: Description) -> list[Evidence]:
    """The sentences the resource's statements came from (``dipl:evidence`` annotations)."""
    found = []
    for note in d.objects(EVIDENCE):
        for target in d.objects(str(OA.hasTarget), note):
            sources = d.objects(str(OA.hasSource), target)
            quote, start, end = "", None, None
            for selector in d.objects(str(OA.hasSelector), target):
                exact = d.objects(str(OA.exact), selector)
                if exact:
                    quote = exact[0].value
                starts, ends = d.objects(str(OA.start), selector), d.objects(str(OA.end), selector)
                if starts and ends:
                    start, end = int(starts[0].value), int(ends[0].value)
            for source in sources:
                found.append(Evidence(quote, source.value, d.label(source), start, end))
    return sorted(found, key=lambda e: (e.article, e.start or 0))


def neighbourhood(d: Description, title: str):
    """An SVG diagram: the resource, what it points at and what points at it, as the articles state it.

    Value nodes and the reasoner's broader statements are left out; several properties between the
    same two nodes share one edge.
    """
    focus = d.iri.value
    inferred = ox.NamedNode(current_app.config["KG_BASE_IRI"] + "id/graph/inferred")
    nodes = {focus: diagram.Node(focus, title, None, "focus " + _status_class(d.status()))}
    edges: dict[tuple[str, str], list[str]] = {}

    def add(term) -> bool:
        if not isinstance(term, ox.NamedNode) or term.value not in d.labels and term.value != focus:
            return False
        if term.value not in nodes:
            if len(nodes) >= DIAGRAM_MAX_NODES:
                return False
            code = d.codes.get(term.value)
            nodes[term.value] = diagram.Node(
                term.value, d.labels[term.value], href(term.value), _status_class(code)
            )
        return True

    def link(source: str, target: str, predicate) -> None:
        labels = edges.setdefault((source, target), [])
        if d.label(predicate) not in labels:
            labels.append(d.label(predicate))

    for quad in d.outgoing():
        skip = quad.graph_name == inferred or quad.predicate == RDF_TYPE or quad.predicate.value == FACTUALITY
        if not skip and add(quad.object):
            link(focus, quad.object.value, quad.predicate)
    for quad in d.incoming():
        if quad.graph_name != inferred and add(quad.subject):
            link(quad.subject.value, focus, quad.predicate)
    if len(nodes) < 2:
        return None
    drawn = [(s, t, ", ".join(labels)) for (s, t), labels in edges.items()]
    return diagram.svg_graph(nodes.values(), drawn, f"Neighbourhood of {title}")


def _status_class(code: str | None) -> str:
    return f"status-{code}" if code else ""


# --- the article page -------------------------------------------------------------------------

_FACTS = f"""
PREFIX oa: <{OA}>
PREFIX dipl: <{DIPL}>
PREFIX rdfs: <{RDFS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?article ?event ?type ?label ?code ?start ?end WHERE {{
  ?target oa:hasSource ?article ; oa:hasSelector ?position .
  ?position oa:start ?start ; oa:end ?end .
  ?note oa:hasTarget ?target .
  GRAPH ?g {{ ?event dipl:evidence ?note ; a ?type }}
  OPTIONAL {{ ?event rdfs:label ?label }}
  OPTIONAL {{ ?event dipl:factuality/skos:notation ?code }}
}}
ORDER BY ?start ?event
"""

#: Which status a highlight shows when several facts share words: the least factual one.
_STATUS_ORDER = ["confirmed", "reported", "unverified", "denied", "false"]


@dataclass
class Fact:
    event: str
    label: str
    kind: str
    status: str | None
    start: int
    end: int


@dataclass
class Segment:
    text: str
    facts: list[Fact]  # the facts whose span covers this piece of text
    ending: list[Fact]  # the facts whose span ends here (their links follow the text)
    status: str | None = None
    anchor: str | None = None


def article_body(d: Description) -> dict:
    """The article text cut into segments, each fact's span highlighted and linked to its node."""
    texts = d.objects(TEXT)
    if not texts:
        return {"segments": [], "facts": []}
    text = texts[0].value
    facts = []
    for row in run(_FACTS, article=d.iri):
        start, end = int(row["start"].value), int(row["end"].value)
        if 0 <= start < end <= len(text):
            kind = compact(row["type"].value).removeprefix("dipl:")
            label = row["label"].value if row["label"] else kind
            facts.append(Fact(row["event"].value, label, kind, row["code"] and row["code"].value, start, end))
    facts = list({(f.event, f.start, f.end): f for f in facts}.values())  # one per event and span
    cuts = sorted({0, len(text), *(f.start for f in facts), *(f.end for f in facts)})
    segments = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [f for f in facts if f.start <= start and end <= f.end]
        segment = Segment(text[start:end], covering, [f for f in covering if f.end == end])
        if covering:
            segment.status = max((f.status or "confirmed" for f in covering), key=_STATUS_ORDER.index)
            starting = [f for f in covering if f.start == start]
            segment.anchor = f"char-{start}-{starting[0].end}" if starting else None
        segments.append(segment)
    return {"segments": segments, "facts": sorted(facts, key=lambda f: (f.start, f.event))}


# --- the 404 page -----------------------------------------------------------------------------

_NEAREST = f"""
PREFIX rdfs: <{RDFS}>
SELECT ?pattern ?x ?label WHERE {{
  ?x rdfs:label ?label .
  FILTER (isIRI(?x) && REGEX(STR(?label), ?pattern, "i"))
}}
LIMIT 500
"""


def not_found(iri: str):
    """404 for an IRI we never minted: a search box and the labels nearest to what was asked."""
    words = [w for w in re.split(r"[^a-z0-9]+", iri.rsplit("/", 1)[-1].lower()) if len(w) >= 3]
    if formats.negotiate(request.accept_mimetypes, RESOURCE_FORMATS) is not formats.HTML:
        return error_response(404, "Not Found", f"no resource {iri} in this graph; search at /search?q=…")
    nearest = []
    if words:
        pattern = "|".join(words)  # slug words are [a-z0-9], so they need no escaping in a regex
        wanted = " ".join(words)
        candidates = {
            row["x"].value: row["label"].value for row in run(_NEAREST, pattern=ox.Literal(pattern))
        }
        nearest = sorted(
            candidates.items(),
            key=lambda kv: -difflib.SequenceMatcher(None, wanted, kv[1].lower()).ratio(),
        )[:8]
    html = render_template("not_found.html", iri=iri, query=" ".join(words), nearest=nearest)
    return Response(html, status=404, mimetype="text/html")


# --- search, timeline, home -------------------------------------------------------------------

_SEARCH = f"""
PREFIX rdfs: <{RDFS}>
PREFIX dipl: <{DIPL}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?q ?x ?label (SAMPLE(?t) AS ?type) (SAMPLE(?c) AS ?code) WHERE {{
  ?x rdfs:label ?label .
  FILTER (isIRI(?x) && CONTAINS(LCASE(STR(?label)), LCASE(?q)))
  OPTIONAL {{ ?x a ?t }}
  OPTIONAL {{ ?x dipl:factuality/skos:notation ?c }}
}}
GROUP BY ?q ?x ?label
ORDER BY STRLEN(?label) ?label
LIMIT 100
"""


@bp.route("/search")
def search():
    q = request.args.get("q", "").strip()
    results = []
    if q:
        results = [
            (
                row["x"].value,
                row["label"].value,
                row["type"] and compact(row["type"].value),
                row["code"] and row["code"].value,
            )
            for row in run(_SEARCH, q=ox.Literal(q))
        ]
    return render_template("search.html", q=q, results=results)


@bp.route("/timeline")
def timeline():
    """Events involving a state, organisation or person, in date order (the entity-timeline query)."""
    raw = request.args.get("entity", "")
    named = load_queries(current_app.config["KG_QUERIES"])["entity-timeline"]
    try:
        bindings = named.bindings({"entity": raw})
    except ParameterError as exc:
        return error_response(400, "Bad Request", str(exc))
    rows = list(run(named.text, **{v.value: t for v, t in bindings.items()}))
    return render_template("timeline.html", entity=raw, label=label_of(raw), rows=rows)


_LABEL = f"PREFIX rdfs: <{RDFS}> SELECT ?x ?label WHERE {{ ?x rdfs:label ?label }} LIMIT 1"


def label_of(iri: str) -> str:
    for row in run(_LABEL, x=ox.NamedNode(iri)):
        return row["label"].value
    return compact(iri)


# VoID-style statistics: the triples, and the things of each class stated by the articles.
_COUNTS = f"""
PREFIX dipl: <{DIPL}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?inferred ?what ?key (COUNT(DISTINCT ?x) AS ?n) WHERE {{
  {{ BIND ("class" AS ?what) GRAPH ?g {{ ?x a ?key }} FILTER (?g != <{ONTOLOGY_GRAPH}> && ?g != ?inferred) }}
  UNION {{ BIND ("status" AS ?what) ?x dipl:factuality/skos:notation ?key }}
}}
GROUP BY ?what ?key ?inferred
ORDER BY ?what DESC(?n)
"""


def statistics() -> dict:
    """Counts for the home page, once per store version: VoID's, and things per class and status."""
    cache = current_app.extensions.setdefault("kg_page_statistics", {})
    version = get_store().version
    if version not in cache:
        inferred = ox.NamedNode(current_app.config["KG_BASE_IRI"] + "id/graph/inferred")
        rows = list(run(_COUNTS, inferred=inferred))
        cache.clear()
        cache[version] = {
            "void": void.statistics(get_store()),
            "classes": [(r["key"].value, int(r["n"].value)) for r in rows if r["what"].value == "class"],
            "statuses": {r["key"].value: int(r["n"].value) for r in rows if r["what"].value == "status"},
        }
    return cache[version]


@bp.route("/")
def home():
    queries = load_queries(current_app.config["KG_QUERIES"])
    examples = [
        {"name": q.name, "title": q.title or q.name, "description": q.description, "text": q.text}
        for q in queries.values()
    ]
    bundle = Path(current_app.static_folder, "vendor", "editor.js").is_file()
    return render_template(
        "home.html",
        stats=statistics(),
        examples=examples,
        base=current_app.config["KG_BASE_IRI"],
        ontology_ns=ONTOLOGY_NS,
        default_query=DEFAULT_QUERY,
        editor_bundle=bundle,  # without it (no `make static` yet) the editor is a plain text area
    )


DEFAULT_QUERY = f"""PREFIX dipl: <{DIPL}>
PREFIX rdfs: <{RDFS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# Every event in the graph, with its status: only "confirmed" ones are facts.
SELECT ?event ?label ?status WHERE {{
  ?event dipl:factuality/skos:notation ?status .
  OPTIONAL {{ ?event rdfs:label ?label }}
}}
ORDER BY ?status ?event
LIMIT 100
"""
