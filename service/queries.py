"""Named queries: each ``queries/*.rq`` file, with its header, as a callable query.

Header lines at the top of a file::

    # title: Expulsion orders
    # description: One row per order ...
    # param: article iri — only orders from this article
    # param: limit integer default=100 — at most this many rows
    # param: status string enum=confirmed|false — only this status

Parameters are bound as RDF terms (pyoxigraph ``substitutions``), never
pasted into the query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox

PARAM_TYPES = ("iri", "string", "date", "integer")

_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>\w+)"
    r"(?P<options>(?:\s+(?:default|enum)=\S+)*)"
    r"\s*(?:[—-]+\s*(?P<description>.*))?$"
)


class ParameterError(ValueError):
    """A parameter value that does not fit its declared type; names the parameter."""

    def __init__(self, name: str, message: str):
        super().__init__(f"parameter {name!r}: {message}")
        self.name = name


class QueryFileError(ValueError):
    """A malformed header in a query file."""


@dataclass
class Parameter:
    name: str
    type: str
    description: str = ""
    default: str | None = None
    enum: list[str] | None = None

    def to_term(self, raw: str) -> ox.NamedNode | ox.Literal:
        """Check ``raw`` against the declared type and return it as an RDF term."""
        if self.enum is not None and raw not in self.enum:
            raise ParameterError(self.name, f"must be one of {', '.join(self.enum)}; got {raw!r}")
        if self.type == "iri":
            if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", raw):
                raise ParameterError(self.name, f"not an absolute IRI: {raw!r}")
            return ox.NamedNode(raw)
        if self.type == "integer":
            if not re.fullmatch(r"[+-]?\d+", raw.strip()):
                raise ParameterError(self.name, f"not an integer: {raw!r}")
            return ox.Literal(str(int(raw)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        if self.type == "date":
            try:
                value = date.fromisoformat(raw.strip())
            except ValueError:
                raise ParameterError(self.name, f"not a date (YYYY-MM-DD): {raw!r}") from None
            return ox.Literal(value.isoformat(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        return ox.Literal(raw)


@dataclass
class NamedQuery:
    name: str
    text: str
    title: str = ""
    description: str = ""
    parameters: list[Parameter] = field(default_factory=list)

    def bindings(self, values: dict[str, str]) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
        """Turn raw parameter values into substitutions; unknown names are an error."""
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise ParameterError(unknown[0], f"unknown parameter (this query takes: {', '.join(known) or 'none'})")
        substitutions = {}
        for param in self.parameters:
            raw = values.get(param.name, param.default)
            if raw is not None and raw != "":
                substitutions[ox.Variable(param.name)] = param.to_term(raw)
        return substitutions


def parse_query_file(path: Path) -> NamedQuery:
    """Read one ``.rq`` file and its header."""
    text = Path(path).read_text(encoding="utf-8")
    query = NamedQuery(name=Path(path).stem, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line.lstrip("#").strip().partition(":")
        value = value.strip()
        if key == "title":
            query.title = value
        elif key == "description":
            query.description = value
        elif key == "param":
            query.parameters.append(_parse_param(path, value))
    return query


def _parse_param(path: Path, spec: str) -> Parameter:
    match = _PARAM.match(spec)
    if not match or match["type"] not in PARAM_TYPES:
        raise QueryFileError(f"{path}: bad parameter line {spec!r} (expected: name type [default=…] [enum=a|b] — text)")
    param = Parameter(match["name"], match["type"], (match["description"] or "").strip())
    for option in match["options"].split():
        key, _, value = option.partition("=")
        if key == "default":
            param.default = value
        else:
            param.enum = value.split("|")
    return param


def load_queries(folder: Path) -> dict[str, NamedQuery]:
    """Every named query in ``folder`` (not its ``checks/``), by name."""
    return {p.stem: parse_query_file(p) for p in sorted(Path(folder).glob("*.rq"))}
