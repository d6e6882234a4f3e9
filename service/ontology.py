"""The ontology: where it lives, its namespaces, its RDF/XML export and its static checks.

``ontology/diplomacy.ttl`` is the one hand-edited source.  The RDF/XML export
(what Protégé and owlready2 read best) is generated from it by the build; it is
never edited or committed.  The ontology's quality checks are the queries
``queries/checks/ontology-*.rq``, run by ``service.validate`` on the ontology
graph (each row is a violation); HermiT's verdict is ``service.reason.check_ontology``.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, Graph, Namespace, URIRef

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "ontology" / "diplomacy.ttl"

ONTOLOGY_IRI = URIRef("https://w3id.org/diplomacy-kg/ontology")
DIPL = Namespace("https://w3id.org/diplomacy-kg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
TIME = Namespace("http://www.w3.org/2006/time#")
SCHEMA = Namespace("http://schema.org/")
VANN = Namespace("http://purl.org/vocab/vann/")
WD = Namespace("http://www.wikidata.org/entity/")

#: The prefixes the ontology, the queries and the documentation use.
PREFIXES = {
    "dipl": DIPL,
    "org": ORG,
    "oa": OA,
    "prov": PROV,
    "sem": SEM,
    "time": TIME,
    "schema": SCHEMA,
    "vann": VANN,
    "wd": WD,
}

#: The OWL property characteristics (a property typed with one of these takes part in reasoning).
CHARACTERISTICS = (
    OWL.FunctionalProperty,
    OWL.InverseFunctionalProperty,
    OWL.TransitiveProperty,
    OWL.SymmetricProperty,
    OWL.AsymmetricProperty,
    OWL.ReflexiveProperty,
    OWL.IrreflexiveProperty,
)

RDFXML_NAME = "diplomacy.owl"


def load(path: Path = SOURCE) -> Graph:
    """Parse the Turtle source into a fresh graph."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph.parse(path, format="turtle")


def export_rdfxml(path: Path, graph: Graph | None = None) -> Path:
    """Write the ontology as RDF/XML to ``path`` (a file, or a directory to put diplomacy.owl in)."""
    path = Path(path)
    if path.is_dir():
        path = path / RDFXML_NAME
    (graph if graph is not None else load()).serialize(path, format="xml", encoding="utf-8")
    return path
