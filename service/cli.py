"""The `kg` command: a thin layer over the pipeline, the store and the web app."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click
import pyoxigraph as ox

from service import config as config_module
from service import formats, pipeline, store
from service.extract import ArticleError
from service.queries import ParameterError, load_queries, parse_query_file


def _config(ctx: click.Context) -> dict:
    return ctx.obj


@click.group()
@click.option("--store", "store_path", type=click.Path(path_type=Path), help="store directory (KG_STORE)")
@click.pass_context
def main(ctx: click.Context, store_path: Path | None) -> None:
    """diplomacy-kg: build, query and serve the knowledge graph."""
    overrides = {"KG_STORE": str(store_path)} if store_path else {}
    try:
        ctx.obj = config_module.load(overrides)
    except ValueError as exc:
        raise click.UsageError(f"configuration: {exc}") from None


def _run_pipeline(step, *args, **kwargs) -> None:
    """Run a build step, turning expected failures into a message and exit code 1."""
    try:
        step(*args, progress=lambda line: click.echo(line, err=True), **kwargs)
    except (pipeline.BuildError, ArticleError, FileNotFoundError, store.StoreMissing) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.pass_context
def build(ctx: click.Context, paths: tuple[Path, ...]) -> None:
    """Rebuild the whole store from the ontology and PATHS (default: data/articles/)."""
    _run_pipeline(pipeline.build, _config(ctx), list(paths) or None)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--date", "when", type=click.DateTime(formats=["%Y-%m-%d"]), help="override the date line")
@click.pass_context
def ingest(ctx: click.Context, files: tuple[Path, ...], when) -> None:
    """Add articles to the existing store; an article ingested again replaces its graph."""
    day: date | None = when.date() if when else None
    _run_pipeline(pipeline.ingest, _config(ctx), list(files), when=day)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", type=int, help="worker processes (KG_WORKERS)")
@click.option("--threads", type=int, help="threads per worker (KG_THREADS)")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, workers: int | None, threads: int | None) -> None:
    """Serve the store with gunicorn; builds it first when it is empty."""
    from service import create_app
    from service.server import run

    config = _config(ctx)
    if store.current_version(Path(config["KG_STORE"])) is None:
        click.echo("no store yet: building it first", err=True)
        _run_pipeline(pipeline.build, config)
    run(create_app(config), host, port, workers or config["KG_WORKERS"], threads or config["KG_THREADS"])


@main.command()
@click.argument("name")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="a query parameter (repeatable)")
@click.option(
    "--format", "fmt", default="table", show_default=True,
    type=click.Choice(["table", "json", "csv", "tsv", "xml"]),
)
@click.pass_context
def query(ctx: click.Context, name: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a named query (a name from queries/ or a .rq file) against the store."""
    config = _config(ctx)
    if name.endswith(".rq"):
        named = parse_query_file(Path(name))
    else:
        named = load_queries(Path(config["KG_QUERIES"])).get(name)
        if named is None:
            raise click.UsageError(f"no named query {name!r}; see queries/ for the names")
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--param takes NAME=VALUE, got {item!r}")
        values[key] = value
    try:
        result = store.EmbeddedStore(config["KG_STORE"]).query(
            named.text,
            use_default_graph_as_union=config["KG_UNION_DEFAULT_GRAPH"],
            substitutions=named.bindings(values),
        )
    except ParameterError as exc:
        raise click.UsageError(str(exc)) from None
    except store.StoreMissing as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    if fmt == "table":
        click.echo(_table(result))
    else:
        sys.stdout.buffer.write(result.serialize(format=formats.by_name(fmt, formats.RESULT_FORMATS).engine))


def _table(result) -> str:
    """A plain-text table of a SELECT or ASK result."""
    if isinstance(result, ox.QueryBoolean):
        return "true" if bool(result) else "false"
    names = [v.value for v in result.variables]
    rows = [[_cell(solution[name]) for name in names] for solution in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    return "\n".join(lines + [f"({len(rows)} rows)"])


def _cell(term) -> str:
    return "" if term is None else term.value


@main.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Check the ontology, the shapes and queries/checks against the built store."""
    try:
        problems = pipeline.check(_config(ctx))
    except store.StoreMissing as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    for problem in problems:
        click.echo(f"- {problem}")
    click.echo(f"{len(problems)} problem(s)", err=True)
    sys.exit(1 if problems else 0)


@main.command("eval")
@click.argument("articles", default="data/articles", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--verbose", is_flag=True, help="also list each mistake")
def evaluate_command(articles: Path, verbose: bool) -> None:
    """Score extraction against the *.gold.json files next to the articles (precision and recall)."""
    from service.evaluate import evaluate

    report = evaluate(articles)
    click.echo(report.table())
    if verbose:
        for mistake in report.mistakes:
            click.echo(f"- {mistake}")
