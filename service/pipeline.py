"""The build: articles → facts → RDF → inferences → validation → store.

Reading ``build`` and ``ingest`` explains the system.  Every stage is a
function of the previous stage's output; only the last step writes, and it
writes a new store version that replaces the old one atomically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from service import ontology as ontology_module
from service import rdf, reason, store, validate
from service.extract import extract_article
from service.extract.gazetteer import load_gazetteer

ONTOLOGY_GRAPH = ontology_module.ONTOLOGY_IRI

Progress = Callable[[str], None]


class BuildError(RuntimeError):
    """The data did not validate; nothing was written."""

    def __init__(self, violations: list):
        self.violations = violations
        lines = "\n".join(f"  - {v}" for v in violations)
        super().__init__(f"{len(violations)} violation(s); the store was left unchanged:\n{lines}")


@dataclass
class BuildResult:
    version: Path
    articles: int
    quads: int
    inferred: int


def graph_iris(config: dict) -> dict[str, URIRef]:
    base = config["KG_BASE_IRI"]
    return {
        "inferred": URIRef(f"{base}id/graph/inferred"),
        "curated": URIRef(f"{base}id/graph/curated"),
        "gazetteer": URIRef(f"{base}id/graph/gazetteer"),
    }


def article_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Expand folders into their ``.txt`` articles, sorted; keep files as given."""
    found: list[Path] = []
    for path in map(Path, paths):
        found.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return found


def extract_graphs(paths: list[Path], config: dict, progress: Progress, when: date | None = None) -> dict:
    """Extract each article and turn it into its named graph."""
    graphs = {}
    for number, path in enumerate(paths, 1):
        article = extract_article(path, when)
        iri, graph = rdf.article_graph(article, config["KG_BASE_IRI"])
        graphs[iri] = graph
        progress(f"[{number}/{len(paths)}] {path.name}: {len(article.events)} events, {len(graph)} triples")
    return graphs


def build(config: dict, paths: Iterable[Path | str] | None = None, progress: Progress = print) -> BuildResult:
    """Rebuild the whole store from the ontology and the articles."""
    paths = article_paths(paths or [config["KG_ARTICLES"]])
    if not paths:
        raise FileNotFoundError("no articles (*.txt) found to build from")
    graphs = extract_graphs(paths, config, progress)
    return _finish(config, graphs, progress)


def ingest(
    config: dict, paths: Iterable[Path | str], progress: Progress = print, when: date | None = None
) -> BuildResult:
    """Add articles to the existing store; an article ingested again replaces its graph."""
    stored = stored_graphs(config, articles_only=True)
    new = extract_graphs(article_paths(paths), config, progress, when)
    graphs = {**stored, **new}
    return _finish(config, graphs, progress)


def check(config: dict) -> list:
    """The problems in the ontology (HermiT's verdict) and the violations in the current store's data."""
    ontology = load_ontology(config)
    dataset = Dataset()
    for iri, graph in stored_graphs(config, articles_only=False).items():
        _put(dataset, iri, graph)
    return reason.check_ontology(ontology) + validate.find_violations(dataset, ontology)


def load_ontology(config: dict) -> Graph:
    return ontology_module.load(Path(config["KG_ONTOLOGY"]))


def stored_graphs(config: dict, articles_only: bool) -> dict[URIRef, Graph]:
    """The named graphs of the current store, as rdflib graphs (only the article graphs, if asked)."""
    version = store.current_version(Path(config["KG_STORE"]))
    if version is None:
        raise store.StoreMissing(f"no store at {config['KG_STORE']}: run `kg build` first")
    current = ox.Store.read_only(str(version))
    prefix = f"{config['KG_BASE_IRI']}id/graph/"
    special = set(graph_iris(config).values())
    graphs = {}
    for name in current.named_graphs():
        iri = URIRef(name.value)
        if articles_only and (not iri.startswith(prefix) or iri in special):
            continue
        data = current.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
        graphs[iri] = Graph().parse(data=data, format="nt")
    return graphs


def _put(dataset: Dataset, iri: URIRef, graph: Graph) -> None:
    named = dataset.graph(iri)
    named += graph


def assemble(config: dict, graphs: dict[URIRef, Graph], ontology: Graph) -> Dataset:
    """The asserted dataset: the ontology, the gazetteer, the article graphs and the curated facts."""
    iris = graph_iris(config)
    dataset = Dataset()
    _put(dataset, ONTOLOGY_GRAPH, ontology)
    _put(dataset, iris["gazetteer"], rdf.gazetteer_graph(load_gazetteer(), config["KG_BASE_IRI"]))
    for iri, graph in graphs.items():
        _put(dataset, iri, graph)
    curated_dir = Path(config["KG_CURATED"])
    if curated_dir.is_dir():
        _put(dataset, iris["curated"], rdf.curated_graph(curated_dir, config["KG_BASE_IRI"]))
    return dataset


def _finish(config: dict, graphs: dict, progress: Progress) -> BuildResult:
    iris = graph_iris(config)
    ontology = load_ontology(config)
    dataset = assemble(config, graphs, ontology)

    progress("reasoning ...")
    inferred = reason.infer(dataset, ontology)
    _put(dataset, iris["inferred"], inferred)

    progress("validating ...")
    warnings: list = []
    violations = validate.find_violations(dataset, ontology, warnings=warnings)
    for warning in warnings:
        progress(f"warning: {warning}")
    if violations:
        raise BuildError(violations)

    nquads = dataset.serialize(format="nquads", encoding="utf-8")
    version = store.write_new_version(
        Path(config["KG_STORE"]),
        lambda s: s.bulk_load(nquads, format=ox.RdfFormat.N_QUADS),
    )
    ontology_module.export_rdfxml(version, ontology)  # diplomacy.owl, for Protégé and owlready2
    quads = sum(len(g) for g in dataset.graphs())
    progress(f"stored {quads} quads from {len(graphs)} article(s), {len(inferred)} inferred, in {version.name}")
    return BuildResult(version, len(graphs), quads, len(inferred))
