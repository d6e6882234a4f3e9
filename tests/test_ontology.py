"""The ontology source: parses, passes its own checks, covers the domain, exports to RDF/XML faithfully."""

import re
from pathlib import Path

import owlready2
import pytest
from rdflib import OWL, RDF, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from service import ontology, validate
from service.ontology import DIPL, ONTOLOGY_IRI

CHECKS = sorted(validate.CHECKS.glob("ontology-*.rq"))
BAD = Path(__file__).parent / "data" / "bad"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology.load()


def ontology_violations(graph: Graph) -> list[validate.Violation]:
    return [v for v in validate.check_violations(Graph(), graph) if v.rule.startswith("check ontology-")]


def test_the_ontology_passes_every_ontology_check(onto):
    assert len(CHECKS) >= 20
    assert [str(v) for v in ontology_violations(onto)] == []


@pytest.mark.parametrize("check", CHECKS, ids=lambda p: p.stem)
def test_each_check_is_documented_and_fires_on_its_planted_violation(check):
    header = check.read_text(encoding="utf-8")
    assert re.search(r"^# title: \S", header, re.M) and re.search(r"^# description: \S", header, re.M)
    fixture = BAD / f"{check.stem}.ttl"
    text = fixture.read_text(encoding="utf-8")
    expected = re.search(r"^# expect: (\S+)", text, re.M).group(1)
    because = re.search(r"^# because: (.+)$", text, re.M).group(1)
    fired = [v for v in ontology_violations(Graph().parse(fixture)) if v.rule == f"check {check.stem}"]
    assert any(v.focus == expected and because in v.message for v in fired), fired


def test_header_metadata_is_complete(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    version = onto.value(ONTOLOGY_IRI, OWL.versionIRI)
    assert version is not None and version != ONTOLOGY_IRI
    assert onto.value(ONTOLOGY_IRI, URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix")) == Literal(
        "dipl"
    )
    assert str(onto.value(ONTOLOGY_IRI, URIRef("http://purl.org/vocab/vann/preferredNamespaceUri"))) == str(
        DIPL
    )
    assert not list(onto.objects(ONTOLOGY_IRI, OWL.imports))


def test_factuality_scheme_has_the_five_status_codes(onto):
    concepts = set(onto.subjects(SKOS.inScheme, DIPL.FactualityScheme))
    codes = {str(onto.value(c, SKOS.notation)): c for c in concepts}
    assert codes == {
        "confirmed": DIPL.Confirmed,
        "reported": DIPL.Reported,
        "unverified": DIPL.Unverified,
        "denied": DIPL.Denied,
        "false": DIPL.Refuted,
    }


CLASSES = """
    Agent State Government DeFactoGovernment MilitaryJunta GovernmentAgency InternationalOrganization
    InternationalMission NonStateArmedGroup Person UnresolvedAgent Region
    DiplomaticMission EnvoyPost AmbassadorPost ForeignMinisterPost SpokespersonPost
    Eventuality Event DiplomaticEvent ExpulsionOrder PersonaNonGrataDeclaration RetaliatoryExpulsion Summons
    Recall SpeechAct Statement Denial Accusation Rejection Appeal CallForSanctions ExpressionOfSupport Threat
    Suspension TerminationOfAgreement CoupDEtat IndependenceEvent SanctionImposition
    Situation MilitaryPresence SecurityPartnership CooperationActivity RecognitionStance Concern
    Proposition FactualityAssessment SanctionMeasure ConfirmedEvent RefutedEvent UnverifiedEvent
""".split()
OBJECT_PROPERTIES = """
    issuedBy targetEnvoy envoyOf hostState gracePeriod hasTime speaker onBehalfOf denies factuality
    sendingState receivingState representsState partner alliedWith directedAgainst personnelCount
    approximation quantityScope modality assessor evidence stanceHolder stanceValue cameoCode
""".split()


@pytest.mark.parametrize("name", CLASSES)
def test_domain_class_is_declared(onto, name):
    assert (DIPL[name], RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("name", OBJECT_PROPERTIES)
def test_domain_object_property_is_declared(onto, name):
    assert (DIPL[name], RDF.type, OWL.ObjectProperty) in onto


def test_axioms_the_build_relies_on(onto):
    assert (DIPL.alliedWith, RDF.type, OWL.SymmetricProperty) in onto
    assert (DIPL.factuality, RDF.type, OWL.FunctionalProperty) in onto
    chain = onto.value(DIPL.representsState, OWL.propertyChainAxiom)
    assert list(onto.items(chain)) == [
        URIRef("http://www.w3.org/ns/org#holds"),
        URIRef("http://www.w3.org/ns/org#postIn"),
        DIPL.sendingState,
    ]
    restriction = onto.value(DIPL.ConfirmedEvent, OWL.equivalentClass)
    assert onto.value(restriction, OWL.hasValue) == DIPL.Confirmed


def test_rdfxml_export_is_the_same_graph_and_owlready2_reads_it(onto, tmp_path):
    path = ontology.export_rdfxml(tmp_path)
    assert path.name == "diplomacy.owl"
    assert isomorphic(Graph().parse(path, format="xml"), onto)
    world = owlready2.World()
    loaded = world.get_ontology(path.as_uri()).load()
    assert loaded.base_iri.startswith(str(ONTOLOGY_IRI))
    assert world[str(DIPL.ExpulsionOrder)] is not None
    assert world[str(DIPL.MilitaryJunta)].is_a[0] is world[str(DIPL.DeFactoGovernment)]
    world.close()
