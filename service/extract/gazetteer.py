"""The curated gazetteer (``data/gazetteer/*.tsv``) as surface forms → entries.

The files are data with their own stated sources; this module only reads
them.  Every name, alias, demonym and capital becomes a surface form that
points at one entry, with how it refers (``name``, ``demonym``, ``capital``)
so that callers can tell "France" from "French" from "Paris".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "gazetteer"

#: file stem → default ontology class of its entries
FILES = {
    "states": "State",
    "organizations": "InternationalOrganization",
    "armed-groups": "NonStateArmedGroup",
    "regions": "Region",
    "agencies": "GovernmentAgency",
}

#: the files' ``kind`` values → ontology classes ("Body": an organ of an organisation)
KINDS = {
    "InternationalOrganization": "InternationalOrganization",
    "InternationalMission": "InternationalMission",
    "Body": "InternationalOrganization",
    "GovernmentAgency": "GovernmentAgency",
}


@dataclass
class Entry:
    key: str
    name: str
    kind: str
    wikidata: str | None = None
    part_of: str | None = None
    function: str | None = None  # for a government agency: "foreign", "defence" ...
    forms: dict[str, str] = field(default_factory=dict)  # surface form → how


@dataclass(eq=False)  # hashed by identity: it is loaded once and cached
class Gazetteer:
    entries: dict[str, Entry]
    alternation: str  # every surface form, longest first, as a regex alternation
    pattern: re.Pattern  # the same, as whole words
    forms: dict[str, tuple[str, str]]  # surface form → (key, how)

    def lookup(self, form: str) -> tuple[Entry, str] | None:
        """The entry a surface form names, and how it names it."""
        hit = self.forms.get(form) or self.forms.get(_strip_the(form))
        return (self.entries[hit[0]], hit[1]) if hit else None

    def agency(self, state: str, function: str) -> Entry | None:
        """The state's ministry with that function ("foreign", "defence"), if the gazetteer lists it."""
        return next((e for e in self.entries.values() if e.part_of == state and e.function == function), None)

    def states(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == "State"]


def _strip_the(form: str) -> str:
    return form[4:] if form.lower().startswith("the ") else form


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _wikidata(value: str | None) -> str | None:
    value = (value or "").strip().rsplit("/", 1)[-1]
    return value if re.fullmatch(r"Q\d+", value) else None


def _read(path: Path, default_kind: str) -> list[Entry]:
    entries = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            key = (row.get("key") or "").strip()
            name = (row.get("name") or "").strip()
            if not key or not name:
                continue
            entry = Entry(
                key=key,
                name=name,
                kind=KINDS.get((row.get("kind") or "").strip(), default_kind),
                wikidata=_wikidata(row.get("wikidata")),
                part_of=(row.get("part_of") or "").strip() or None,
                function=(row.get("function") or "").strip() or None,
            )
            for form in [name, (row.get("official_name") or "").strip(), *_split(row.get("aliases"))]:
                if form:
                    entry.forms.setdefault(form, "name")
            for form in _split(row.get("demonyms")):
                entry.forms.setdefault(form, "demonym")
            for form in _split(row.get("capital")):
                entry.forms.setdefault(form, "capital")
            entries.append(entry)
    return entries


@cache
def load_gazetteer(directory: Path = DEFAULT_DIR) -> Gazetteer:
    """Load every known gazetteer file found in ``directory``."""
    entries: dict[str, Entry] = {}
    for stem, kind in FILES.items():
        path = directory / f"{stem}.tsv"
        if path.exists():
            for entry in _read(path, kind):
                entries.setdefault(entry.key, entry)
    forms: dict[str, tuple[str, str]] = {}
    for entry in entries.values():
        for form, how in entry.forms.items():
            # a name beats a demonym or capital spelled the same way
            if form not in forms or how == "name" and forms[form][1] != "name":
                forms[form] = (entry.key, how)
    # "the UN" would otherwise win over a longer name starting at "UN" ("the UN Office for ...")
    plain = [form for form in forms if _strip_the(form) == form or _strip_the(form) not in forms]
    alternatives = sorted(plain, key=len, reverse=True)
    body = "|".join(re.escape(form) for form in alternatives) or r"(?!)"
    pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    return Gazetteer(entries, body, pattern, forms)
