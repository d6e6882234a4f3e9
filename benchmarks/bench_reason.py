"""Time the reasoning stage on the seed article and on 100 articles' worth of facts.

    .venv/bin/python benchmarks/bench_reason.py [--copies 100]

The 100 articles are the seed's extracted facts copied 100 times, each copy
with its own article-local IRIs (events, envoys, evidence) and its own named
graph, sharing the gazetteer entities (states, organisations) as real articles
do.  Prints the time of each step (rules, OWL 2 RL closure, HermiT) and the
total; nothing is asserted.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from service import config as config_module
from service import ontology, pipeline, reason

SEED = Path(__file__).resolve().parent.parent / "data" / "articles" / "00-seed-niger-french-ambassador.txt"


def seed_graphs() -> dict[URIRef, Graph]:
    config = config_module.load({}, environ={})
    return pipeline.extract_graphs([SEED], config, progress=lambda line: None)


def copies(graphs: dict[URIRef, Graph], count: int) -> Dataset:
    """``count`` renamed copies of the article graphs (article-local IRIs get a per-copy stem)."""
    ((graph_iri, graph),) = graphs.items()
    stem = graph_iri.rsplit("/", 1)[-1]
    dataset = Dataset()
    for n in range(count):
        copy = f"{stem}-{n}"
        target = dataset.graph(_renamed(graph_iri, stem, copy))
        for s, p, o in graph:
            target.add((_renamed(s, stem, copy), p, _renamed(o, stem, copy)))
    return dataset


def _renamed(term, stem: str, copy: str):
    return URIRef(term.replace(stem, copy)) if isinstance(term, URIRef) else term


def timed(label: str, function, *args):
    start = time.perf_counter()
    result = function(*args)
    print(f"  {label:<22} {time.perf_counter() - start:8.2f} s")
    return result


def measure(label: str, dataset: Dataset, onto: Graph) -> None:
    triples = sum(len(g) for g in dataset.graphs())
    print(f"{label}: {triples} asserted triples + {len(onto)} ontology triples")
    start = time.perf_counter()
    base = reason._merge(onto, reason._triples(dataset))
    derived = timed("rules", reason.apply_rules, base)
    logical = timed("logical view", reason.logical_view, reason._merge(base, derived), onto)
    timed("OWL 2 RL (owlrl)", reason._rl_closure, logical)
    timed("HermiT (owlready2)", reason._hermit, logical)
    inferred = timed("infer() end to end", reason.infer, dataset, onto)
    print(f"  {len(inferred)} inferred triples; steps + infer() took {time.perf_counter() - start:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    args = parser.parse_args()
    onto = ontology.load()
    graphs = seed_graphs()
    measure("seed article", copies(graphs, 1), onto)
    measure(f"{args.copies} articles", copies(graphs, args.copies), onto)


if __name__ == "__main__":
    main()
