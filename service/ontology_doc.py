"""Blueprint: the ontology document at ``/ontology``, and every term IRI.

``/ontology`` is an HTML page for people (each term with label, definition,
domain and range, super- and subclasses, and the class hierarchy drawn as SVG)
and the ontology itself, in Turtle, RDF/XML, JSON-LD or N-Triples, by content
negotiation (``Vary: Accept``) or by suffix (``/ontology.ttl``, ``.rdf`` or
``.owl``, ``.jsonld``, ``.nt``, ``.html``).

The terms are ``https://w3id.org/diplomacy-kg/ontology#Term``, which a browser
resolves to this document, and ``/ontology/Term`` answers too: a 303 redirect to
``/ontology#Term`` for HTML, or the term's own description for RDF clients.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Blueprint, Response, abort, current_app, redirect, render_template, request, url_for
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from service import diagram, formats, ontology
from service.ontology import CHARACTERISTICS, DIPL, ONTOLOGY_IRI

bp = Blueprint("ontology_doc", __name__)

DOC_FORMATS = (
    formats.HTML,
    *(f for f in formats.RDF_FORMATS if f.name in ("turtle", "rdfxml", "jsonld", "ntriples")),
)
RDFLIB_NAMES = {"turtle": "turtle", "rdfxml": "xml", "jsonld": "json-ld", "ntriples": "nt"}
KINDS = (  # section id, heading, rdf:type
    ("classes", "Classes", OWL.Class),
    ("object-properties", "Object properties", OWL.ObjectProperty),
    ("datatype-properties", "Datatype properties", OWL.DatatypeProperty),
    ("annotation-properties", "Annotation properties", OWL.AnnotationProperty),
)

Segment = tuple[str, str | None]  # text, link


@dataclass
class Term:
    name: str  # local name, also the HTML anchor
    iri: str
    label: str
    definition: str
    notes: list[str] = field(default_factory=list)
    facts: list[tuple[str, list[list[Segment]]]] = field(default_factory=list)  # row name, values


@bp.get("/ontology")
@bp.get("/ontology.<suffix>")
def document(suffix: str | None = None):
    fmt = _format(suffix)
    graph = _graph()
    if fmt is formats.HTML:
        body = render_template("ontology.html", **_page(graph))
    else:
        body = _serialised(fmt.name)
    response = Response(body, mimetype=fmt.media_type)
    if suffix is None:
        response.vary.add("Accept")
    response.headers["Link"] = ", ".join(
        f'<{url_for(".document", suffix=f.suffix)}>; rel="alternate"; type="{f.media_type}"'
        for f in DOC_FORMATS
    )
    return response


@bp.get("/ontology/<name>")
def term(name: str):
    name, _, suffix = name.partition(".")
    iri = DIPL[name]
    graph = _graph()
    if (iri, None, None) not in graph:
        abort(404, description=f"the ontology has no term {name!r}; see {url_for('.document')}")
    fmt = _format(suffix or None)
    if fmt is formats.HTML:
        return redirect(f"{url_for('.document')}#{name}", code=303)
    description = Graph(namespace_manager=graph.namespace_manager)
    _describe(graph, iri, description)
    response = Response(description.serialize(format=RDFLIB_NAMES[fmt.name]), mimetype=fmt.media_type)
    response.vary.add("Accept")
    return response


def _format(suffix: str | None) -> formats.Format:
    if suffix is not None:
        fmt = formats.by_name("rdf" if suffix == "owl" else suffix, DOC_FORMATS)
        if fmt is None:
            abort(404, description=f"no such format .{suffix}; try .html, .ttl, .rdf, .jsonld or .nt")
        return fmt
    fmt = formats.negotiate(request.accept_mimetypes, DOC_FORMATS)
    if fmt is None:
        offered = ", ".join(f.media_type for f in DOC_FORMATS)
        abort(406, description=f"the ontology is available as {offered}")
    return fmt


def _graph() -> Graph:
    """The ontology, parsed once per application."""
    cache = current_app.extensions.setdefault("kg_ontology_doc", {})
    if "graph" not in cache:
        cache["graph"] = ontology.load(current_app.config.get("KG_ONTOLOGY", ontology.SOURCE))
    return cache["graph"]


def _serialised(name: str) -> str:
    cache = current_app.extensions["kg_ontology_doc"]
    if name not in cache:
        cache[name] = _graph().serialize(format=RDFLIB_NAMES[name])
    return cache[name]


def _describe(graph: Graph, node, into: Graph) -> None:
    """The triples about ``node``, following blank nodes (its concise bounded description)."""
    for s, p, o in graph.triples((node, None, None)):
        into.add((s, p, o))
        if isinstance(o, BNode):
            _describe(graph, o, into)


def _page(graph: Graph) -> dict:
    cache = current_app.extensions["kg_ontology_doc"]
    if "page" not in cache:
        cache["page"] = _build_page(graph)
    return cache["page"]


def _build_page(graph: Graph) -> dict:
    ours = lambda iri: isinstance(iri, URIRef) and iri.startswith(str(DIPL))  # noqa: E731
    sections = [
        (anchor, heading, [_term(graph, iri) for iri in sorted(filter(ours, graph.subjects(RDF.type, kind)))])
        for anchor, heading, kind in KINDS
    ]
    schemes = [
        (_term(graph, scheme), [_term(graph, c) for c in sorted(graph.subjects(SKOS.inScheme, scheme))])
        for scheme in sorted(filter(ours, graph.subjects(RDF.type, SKOS.ConceptScheme)))
    ]
    classes = sections[0][2]
    tree = diagram.svg_tree(
        [diagram.Node(t.name, t.label, href=f"#{t.name}") for t in classes],
        [(_local(c), _local(p)) for c, p in graph.subject_objects(RDFS.subClassOf) if ours(c) and ours(p)],
        "Class hierarchy of the diplomacy-kg ontology",
    )
    header = {
        key: graph.value(ONTOLOGY_IRI, prop)
        for key, prop in (
            ("title", DCTERMS.title), ("description", DCTERMS.description), ("creator", DCTERMS.creator),
            ("created", DCTERMS.created), ("modified", DCTERMS.modified), ("license", DCTERMS.license),
            ("version_iri", OWL.versionIRI), ("version", OWL.versionInfo), ("comment", RDFS.comment),
        )
    }  # fmt: skip
    alternates = [f for f in DOC_FORMATS if f is not formats.HTML]
    return {"header": header, "iri": str(ONTOLOGY_IRI), "namespace": str(DIPL), "sections": sections,
            "schemes": schemes, "tree": tree, "alternates": alternates}  # fmt: skip


def _term(graph: Graph, iri: URIRef) -> Term:
    text = lambda prop: " ".join(str(v) for v in graph.objects(iri, prop))  # noqa: E731
    term = Term(_local(iri), str(iri), text(RDFS.label) or _local(iri), text(SKOS.definition))
    term.notes = [
        str(v) for prop in (RDFS.comment, SKOS.scopeNote, SKOS.example) for v in graph.objects(iri, prop)
    ]
    rows = (
        ("Subclass of", graph.objects(iri, RDFS.subClassOf)),
        ("Superclass of", graph.subjects(RDFS.subClassOf, iri)),
        ("Equivalent to", graph.objects(iri, OWL.equivalentClass)),
        ("Disjoint with", _disjoint(graph, iri)),
        ("Sub-property of", graph.objects(iri, RDFS.subPropertyOf)),
        ("Super-property of", graph.subjects(RDFS.subPropertyOf, iri)),
        ("Inverse of", graph.objects(iri, OWL.inverseOf)),
        ("Domain", graph.objects(iri, RDFS.domain)),
        ("Range", graph.objects(iri, RDFS.range)),
        ("Property chain", graph.objects(iri, OWL.propertyChainAxiom)),
        ("Characteristics", [c for c in graph.objects(iri, RDF.type) if c in CHARACTERISTICS]),
        ("Used as domain of", graph.subjects(RDFS.domain, iri)),
        ("Used as range of", graph.subjects(RDFS.range, iri)),
        ("Notation", graph.objects(iri, SKOS.notation)),
        ("Alternative labels", graph.objects(iri, SKOS.altLabel)),
        ("Broader", graph.objects(iri, SKOS.broader)),
        ("Exact match", graph.objects(iri, SKOS.exactMatch)),
        ("Close match", graph.objects(iri, SKOS.closeMatch)),
        ("Source", graph.objects(iri, DCTERMS.source)),
    )
    for name, values in rows:
        shown = sorted((_expression(graph, v, chain=name == "Property chain") for v in values), key=str)
        if shown:
            term.facts.append((name, shown))
    return term


def _disjoint(graph: Graph, iri: URIRef) -> list:
    found = set(graph.objects(iri, OWL.disjointWith)) | set(graph.subjects(OWL.disjointWith, iri))
    for axiom in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(graph.items(graph.value(axiom, OWL.members)))
        if iri in members:
            found.update(m for m in members if m != iri)
    return sorted(found)


def _expression(graph: Graph, node, chain: bool = False) -> list[Segment]:
    """A class expression, property chain or value, as text with links."""
    if isinstance(node, Literal):
        return [(str(node), None)]
    if isinstance(node, URIRef):
        return [_link(graph, node)]
    if chain:
        return _joined(graph, graph.items(node), " ∘ ")
    for prop, word in ((OWL.unionOf, " or "), (OWL.intersectionOf, " and ")):
        members = graph.value(node, prop)
        if members is not None:
            return _joined(graph, graph.items(members), word)
    on = graph.value(node, OWL.onProperty)
    if on is not None:
        for prop, word in (
            (OWL.hasValue, "value"),
            (OWL.someValuesFrom, "some"),
            (OWL.allValuesFrom, "only"),
        ):
            value = graph.value(node, prop)
            if value is not None:
                return [_link(graph, on), (f" {word} ", None), *_expression(graph, value)]
    return [("(anonymous expression)", None)]


def _joined(graph: Graph, nodes, word: str) -> list[Segment]:
    segments: list[Segment] = []
    for index, member in enumerate(nodes):
        if index:
            segments.append((word, None))
        segments.extend(_expression(graph, member))
    return segments


def _link(graph: Graph, iri: URIRef) -> Segment:
    if iri.startswith(str(DIPL)):
        return f"dipl:{_local(iri)}", f"#{_local(iri)}"
    return graph.namespace_manager.normalizeUri(iri), str(iri)  # "<iri>" when no prefix is bound


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]
