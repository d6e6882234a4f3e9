"""Asserted facts + ontology → the triples they entail, for the inferred named graph.

Three tools, each where it is the better one:

1. Rules (``ontology/rules/*.rq``, SPARQL CONSTRUCT) derive what OWL cannot say
   safely, e.g. ``dipl:alliedWith`` between distinct partners of a confirmed
   partnership.
2. owlrl materialises the OWL 2 RL closure: superclasses (a junta is a
   government), property chains (an envoy represents the state that sends the
   mission), symmetric properties and hasValue classes (a confirmed event).
   Its consistency rules name the clashing facts when something is wrong.
3. HermiT (through owlready2, in a fresh World per run) decides consistency
   under the full OWL 2 DL semantics and classifies individuals into defined
   classes.  It needs Java.

Only instance-level triples that were not asserted are returned, without
trivia such as ``x a owl:Thing``: the inferred graph answers "what did the
reasoner add about the things the articles talk about?".
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import owlready2
import owlrl
from rdflib import OWL, RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef

from service.ontology import CHARACTERISTICS, ROOT

RULES = ROOT / "ontology" / "rules"
ERRNS = owlrl.Namespaces.ERRNS

#: Datatypes HermiT accepts (the OWL 2 datatype map); others are set aside before the hand-over.
OWL2_DATATYPES = {
    RDF.PlainLiteral, RDF.XMLLiteral, RDF.langString, RDFS.Literal, OWL.real, OWL.rational,
    XSD.decimal, XSD.integer, XSD.nonNegativeInteger, XSD.nonPositiveInteger, XSD.positiveInteger,
    XSD.negativeInteger, XSD.long, XSD.int, XSD.short, XSD.byte, XSD.unsignedLong, XSD.unsignedInt,
    XSD.unsignedShort, XSD.unsignedByte, XSD.double, XSD.float, XSD.string, XSD.normalizedString,
    XSD.token, XSD.language, XSD.Name, XSD.NCName, XSD.NMTOKEN, XSD.boolean, XSD.hexBinary,
    XSD.base64Binary, XSD.anyURI, XSD.dateTime, XSD.dateTimeStamp,
}  # fmt: skip

#: Annotation predicates built into RDF Schema (the ontology declares the others).
ANNOTATIONS = {RDFS.label, RDFS.comment, RDFS.isDefinedBy, RDFS.seeAlso}

#: Predicates whose presence on a property makes its values matter to a reasoner.
PROPERTY_AXIOMS = {
    RDFS.domain, RDFS.range, RDFS.subPropertyOf, OWL.inverseOf, OWL.equivalentProperty,
    OWL.propertyChainAxiom, OWL.propertyDisjointWith,
}  # fmt: skip


#: Classes every individual trivially belongs to.
TRIVIAL_CLASSES = {OWL.Thing, RDFS.Resource, OWL.NamedIndividual, RDFS.Class, OWL.Class}


class InconsistentOntology(Exception):
    """The ontology and the asserted facts contradict each other; the message says how."""


class ReasonerUnavailable(RuntimeError):
    """HermiT cannot run (no Java)."""


def infer(asserted: Dataset | Graph, ontology: Graph) -> Graph:
    """The non-trivial instance triples entailed by ``asserted`` + ``ontology`` and not asserted."""
    facts = _merge(_triples(asserted))
    base = _merge(ontology, facts)
    derived = apply_rules(base)
    logical = logical_view(_merge(base, derived), ontology)
    closure = _rl_closure(logical)
    errors = [str(o) for o in closure.objects(None, ERRNS.error)]
    errors += _functional_clashes(facts, ontology)  # owlrl misses some (its AllDifferent rule)
    if errors:
        raise InconsistentOntology(_explain(errors, asserted, ontology))
    classified = _hermit(logical)
    return _keep_new_instance_triples(_merge(derived, closure, classified), base, ontology)


def logical_view(graph: Graph, ontology: Graph) -> Graph:
    """The triples that can take part in an inference: no annotations, no values of axiom-free properties.

    Labels, definitions, article texts, quotes and selector offsets entail nothing, and leaving
    them out makes both reasoners several times faster.
    """
    annotations = set(ontology.subjects(RDF.type, OWL.AnnotationProperty)) | ANNOTATIONS
    logical = {p for p, q in ontology.subject_predicates() if q in PROPERTY_AXIOMS}
    logical |= {
        p for q in (RDFS.subPropertyOf, OWL.inverseOf, OWL.onProperty) for p in ontology.objects(None, q)
    }
    logical |= {p for c in CHARACTERISTICS for p in ontology.subjects(RDF.type, c)}
    for chain in ontology.objects(None, OWL.propertyChainAxiom):
        logical.update(ontology.items(chain))
    tbox = set(ontology.subjects())
    view = Graph()
    for s, p, o in graph:
        if p in annotations:
            continue
        if s in tbox or p == RDF.type or p in logical:
            view.add((s, p, o))
    return view


def check_ontology(ontology: Graph) -> list[str]:
    """HermiT's verdict on the ontology alone: inconsistency or unsatisfiable classes."""
    try:
        inferred = _hermit(ontology)
    except InconsistentOntology as error:
        return [str(error)]
    return [
        f"class {cls} is unsatisfiable (equivalent to owl:Nothing)"
        for cls in inferred.subjects(OWL.equivalentClass, OWL.Nothing)
        if cls != OWL.Nothing
    ]


def apply_rules(graph: Graph, rules: Iterable[Path] | None = None) -> Graph:
    """Run each CONSTRUCT rule on ``graph``; return what they construct."""
    derived = Graph()
    for rule in sorted(rules if rules is not None else RULES.glob("*.rq")):
        for triple in graph.query(rule.read_text(encoding="utf-8")):
            derived.add(triple)
    return derived


def _rl_closure(graph: Graph) -> Graph:
    closure = _merge(graph)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(
        closure
    )
    return closure


def _hermit(graph: Graph) -> Graph:
    """Run HermiT on ``graph``: check consistency, return the types it infers (owlrl does property values)."""
    if shutil.which(owlready2.JAVA_EXE) is None:
        raise ReasonerUnavailable(
            f"HermiT needs a Java runtime and {owlready2.JAVA_EXE!r} is not on PATH: "
            "install one (Debian: apt-get install default-jre-headless) and build again"
        )
    world = owlready2.World()
    with tempfile.TemporaryDirectory() as folder:
        handover = Path(folder) / "facts.nt"
        handover.write_bytes(_sanitised(graph).serialize(format="nt", encoding="utf-8"))
        world.get_ontology(handover.as_uri()).load()
        inferred = world.get_ontology("http://inferred.diplomacy-kg.invalid/")
        try:
            with inferred:
                owlready2.sync_reasoner_hermit(world, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            raise InconsistentOntology(
                "HermiT found the ontology and the asserted facts inconsistent, and no OWL 2 RL rule "
                "names the clash (it needs DL reasoning: look at unions, disjointness and "
                "functional properties involving recently added facts)"
            ) from None
        result = Graph()
        for triple in world.as_rdflib_graph().get_context(inferred):
            result.add(triple)
    world.close()
    return result


def _sanitised(graph: Graph) -> Graph:
    """A copy without literals HermiT rejects (xsd:date, gYear, duration ...): no axiom uses them."""
    clean = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype is not None and o.datatype not in OWL2_DATATYPES:
            continue
        clean.add((s, p, o))
    return clean


def _keep_new_instance_triples(candidates: Graph, base: Graph, ontology: Graph) -> Graph:
    classes = set(ontology.subjects(RDF.type, OWL.Class)) - TRIVIAL_CLASSES
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty)
    )
    vocabulary = set(ontology.subjects())
    kept = Graph()
    for s, p, o in candidates:
        if isinstance(s, (Literal, BNode)) or s in vocabulary or (s, p, o) in base:
            continue
        if p == RDF.type:
            if isinstance(o, URIRef) and o in classes:
                kept.add((s, p, o))
        elif p in properties and not isinstance(o, BNode):
            if isinstance(o, Literal) and any(o.eq(x) for x in base.objects(s, p)):
                continue  # the same value in another lexical form
            kept.add((s, p, o))
    return kept


def _functional_clashes(facts: Graph, ontology: Graph) -> list[str]:
    """Two different named values of a functional property, e.g. two factualities for one event."""
    clashes = []
    for prop in ontology.subjects(RDF.type, OWL.FunctionalProperty):
        for subject in set(facts.subjects(prop, None)):
            values = sorted(v for v in facts.objects(subject, prop) if isinstance(v, URIRef))
            if len(values) > 1:
                listed = " and ".join(str(v) for v in values)
                clashes.append(f"functional property {prop} has several values for {subject}: {listed}")
    return clashes


def _explain(errors: list[str], asserted: Dataset | Graph, ontology: Graph) -> str:
    """The clashes, then the asserted facts that lead to them, each with the axioms that make it count."""
    lines = ["the asserted facts contradict the ontology:"]
    lines += [f"  - {message}" for message in errors]
    named = {word.strip(",;:()'") for message in errors for word in message.split() if "://" in word}
    vocabulary = {str(term) for term in ontology.subjects()}
    individuals = named - vocabulary
    for s, p, o, graph in _quads(asserted):
        if str(s) in individuals:
            reasons = (
                _class_paths(o, named, ontology)
                if p == RDF.type
                else [
                    f"{_short(p)} has domain {path}"
                    for d in ontology.objects(p, RDFS.domain)
                    for path in _class_paths(d, named, ontology, include_start=True)
                ]
            )
        elif str(o) in individuals:
            reasons = [
                f"{_short(p)} has range {path}"
                for r in ontology.objects(p, RDFS.range)
                for path in _class_paths(r, named, ontology, include_start=True)
            ]
        else:
            continue
        if p == RDF.type or reasons or str(o) in individuals:
            where = f" (in graph <{graph}>)" if graph is not None else ""
            lines.append(f"  asserted: {s.n3()} {p.n3()} {o.n3()}{where}")
            lines += [f"    because {reason}" for reason in reasons]
    return "\n".join(lines)


def _class_paths(start, targets: set[str], ontology: Graph, include_start: bool = False) -> list[str]:
    """Superclass chains from ``start`` to any class named in ``targets`` ("A ⊑ B ⊑ C")."""
    if include_start and str(start) in targets:
        return [_short(start)]
    paths, frontier = [], [[start]]
    while frontier:
        path = frontier.pop()
        for parent in ontology.objects(path[-1], RDFS.subClassOf):
            if isinstance(parent, URIRef) and parent not in path:
                if str(parent) in targets:
                    paths.append(" ⊑ ".join(_short(c) for c in [*path, parent]))
                frontier.append([*path, parent])
    return paths


def _short(iri: URIRef) -> str:
    return iri.split("#")[-1] if "#" in iri else str(iri)


def _triples(asserted: Dataset | Graph) -> Iterable[tuple]:
    return (quad[:3] for quad in _quads(asserted))


def _quads(asserted: Dataset | Graph) -> Iterable[tuple]:
    if isinstance(asserted, Dataset):
        for s, p, o, graph in asserted.quads((None, None, None, None)):
            yield s, p, o, graph
    else:
        for s, p, o in asserted:
            yield s, p, o, None


def _merge(*sources: Iterable[tuple]) -> Graph:
    merged = Graph()
    for source in sources:
        for triple in source:
            merged.add(triple)
    return merged
