"""The reasoning stage on hand-written seed-shaped facts (tests/data/seed-facts.trig).

Runs the real reasoners: owlrl in process and HermiT through owlready2 (needs Java).
"""

from pathlib import Path

import owlready2
import pytest
from rdflib import OWL, RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef

from service import ontology, reason
from service.ontology import DIPL

DATA = Path(__file__).parent / "data"
SEED = "http://127.0.0.1:8000/id/seed/"
ENTITY = "http://127.0.0.1:8000/id/entity/"
JUNTA, ENVOY_FRA = URIRef(SEED + "junta"), URIRef(SEED + "envoy-fra")
ORDER_FRA, ORDER_USA = URIRef(SEED + "order-fra"), URIRef(SEED + "order-usa")
NER, FRA, USA = (URIRef(ENTITY + key) for key in ("ner", "fra", "usa"))


def seed_facts() -> Dataset:
    return Dataset().parse(DATA / "seed-facts.trig", format="trig")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology.load()


@pytest.fixture(scope="module")
def inferred(onto) -> Graph:
    return reason.infer(seed_facts(), onto)


def test_a_junta_is_inferred_to_be_a_government(inferred):
    assert (JUNTA, RDF.type, DIPL.Government) in inferred
    assert (JUNTA, RDF.type, DIPL.DeFactoGovernment) in inferred


def test_the_french_envoy_represents_france_through_the_post_chain(inferred):
    assert (ENVOY_FRA, DIPL.representsState, FRA) in inferred
    assert (ENVOY_FRA, DIPL.represents, FRA) in inferred
    # the US envoy holds no post in the facts: nothing is guessed
    assert not set(inferred.objects(URIRef(SEED + "envoy-usa"), DIPL.representsState))


def test_only_the_confirmed_order_is_a_confirmed_event(inferred):
    assert (ORDER_FRA, RDF.type, DIPL.ConfirmedEvent) in inferred
    assert (ORDER_USA, RDF.type, DIPL.ConfirmedEvent) not in inferred
    assert (ORDER_USA, RDF.type, DIPL.RefutedEvent) in inferred


def test_partners_of_a_confirmed_partnership_are_allied_both_ways(inferred):
    for one, other in ((NER, FRA), (NER, USA), (FRA, USA)):
        assert (one, DIPL.alliedWith, other) in inferred
        assert (other, DIPL.alliedWith, one) in inferred
    assert not any(s == o for s, o in inferred.subject_objects(DIPL.alliedWith))
    # the partnership that is only reported makes nobody allied
    assert (NER, DIPL.alliedWith, JUNTA) not in inferred


def test_the_inferred_graph_holds_only_new_non_trivial_instance_triples(inferred, onto):
    asserted = Graph()
    for s, p, o, _ in seed_facts().quads((None, None, None, None)):
        asserted.add((s, p, o))
    assert len(inferred) > 0
    for triple in inferred:
        assert triple not in asserted
        s, p, o = triple
        assert not isinstance(s, BNode) and not isinstance(o, BNode)
        assert o not in (OWL.Thing, RDFS.Resource, OWL.NamedIndividual)
        assert s not in set(onto.subjects()), "inferences about the ontology's own terms"


def test_a_disjointness_clash_names_the_individual_the_classes_and_the_graphs(onto):
    facts = seed_facts()
    facts.graph(URIRef("http://127.0.0.1:8000/id/graph/other")).add((JUNTA, RDF.type, DIPL.State))
    with pytest.raises(reason.InconsistentOntology) as error:
        reason.infer(facts, onto)
    message = str(error.value)
    assert str(JUNTA) in message and "#State" in message and "#Government" in message
    assert "MilitaryJunta ⊑ DeFactoGovernment ⊑ Government" in message
    assert "http://127.0.0.1:8000/id/graph/other" in message


def test_two_factualities_for_one_event_are_a_clash(onto):
    facts = seed_facts()
    facts.graph(URIRef("http://127.0.0.1:8000/id/graph/other")).add(
        (ORDER_USA, DIPL.factuality, DIPL.Confirmed)
    )
    with pytest.raises(reason.InconsistentOntology) as error:
        reason.infer(facts, onto)
    assert "#factuality" in str(error.value) and str(ORDER_USA) in str(error.value)


def test_hermit_finds_a_clash_the_rl_rules_cannot(onto):
    # evidence's domain is a union (eventuality or information entity), both disjoint with agents:
    # only reasoning by cases, which OWL 2 RL lacks, shows that a state cannot have evidence.
    facts = seed_facts()
    facts.graph(URIRef("http://127.0.0.1:8000/id/graph/other")).add(
        (FRA, DIPL.evidence, URIRef(SEED + "evidence-0"))
    )
    assert not list(
        reason._rl_closure(reason._merge(onto, reason._triples(facts))).objects(None, reason.ERRNS.error)
    )
    with pytest.raises(reason.InconsistentOntology, match="HermiT"):
        reason.infer(facts, onto)


def test_dates_hermit_rejects_are_set_aside_not_fatal(onto):
    facts = seed_facts()
    dated = [
        o for _, _, o, _ in facts.quads((None, None, None, None)) if isinstance(o, Literal) and o.datatype
    ]
    assert any(o.datatype.endswith("#date") for o in dated)
    assert reason._hermit(reason._merge(onto, reason._triples(facts))) is not None


def test_a_missing_java_runtime_is_a_clear_error(onto, monkeypatch):
    monkeypatch.setattr(owlready2, "JAVA_EXE", "no-such-java-runtime")
    with pytest.raises(reason.ReasonerUnavailable, match="default-jre-headless"):
        reason.infer(seed_facts(), onto)


def test_hermit_finds_the_ontology_consistent_with_every_class_satisfiable(onto):
    assert reason.check_ontology(onto) == []


def test_hermit_reports_an_unsatisfiable_class(onto):
    broken = reason._merge(onto)
    broken.add((DIPL.StateRunJunta, RDF.type, OWL.Class))
    broken.add((DIPL.StateRunJunta, RDFS.subClassOf, DIPL.State))
    broken.add((DIPL.StateRunJunta, RDFS.subClassOf, DIPL.MilitaryJunta))
    problems = reason.check_ontology(broken)
    assert any("StateRunJunta" in p and "unsatisfiable" in p for p in problems)
