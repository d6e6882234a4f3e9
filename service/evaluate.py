"""Score extraction against the ``*.gold.json`` files: precision and recall
per event type, for entities and for their Wikidata ids.

An expulsion order counts as correct only when its sending party, expelled
person, issuer (its state, and whether it is a junta), deadline and status
all agree with the gold order; the issue date is scored apart, as a day only
(the named query's ``issued`` is an ``xsd:date``: a month or a year alone is
no issue date, whichever side gives it).  Other events are matched by type
and evidence sentence; rejecting an accusation is a denial (CAMEO 016, the
ontology's ``dipl:Denial``), whichever the gold file calls it.  The staff of a
field mission (MINUSMA, MONUSCO) may be sent by the mission or by the
organisation that runs it: the gold sets are split on it, so either is right.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from service.extract import extract_article
from service.extract.facts import Article, Entity

#: gold event type → (our kind, our suspension mode or modality, if it matters)
GOLD_KINDS = {
    "ExpulsionOrder": ("ExpulsionOrder", None),
    "Denial": ("Denial", None),
    "Accusation": ("Accusation", None),
    "Rejection": ("Rejection", None),
    "SecurityPartnership": ("SecurityPartnership", None),
    "Independence": ("IndependenceEvent", None),
    "Coup": ("CoupDEtat", None),
    "MilitaryPresence": ("MilitaryPresence", None),
    "SuspensionOfCooperation": ("Suspension", "JointOperations"),
    "SuspensionOfAid": ("Suspension", "FinancialAid"),
    "SanctionCall": ("CallForSanctions", None),
    "SanctionThreat": ("CallForSanctions", None),
    "Sanctions": ("SanctionImposition", None),
    "Summons": ("Summons", None),
    "Recall": ("Recall", None),
    "ExpressionOfSupport": ("ExpressionOfSupport", None),
    "Threat": ("Threat", None),
    "ExpulsionDemand": ("Appeal", None),
    "Appeal": ("Appeal", None),
}
#: gold actor types that an issuer of that kind must have
#: "rejected the accusations", "dismissed the allegation as baseless": a denial, not a rejection of a demand
REJECTED_CHARGE = re.compile(r"\b(?:reject|dismiss)\w*\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:accusations?|allegations?|charges?)\b", re.I)
#: a person's name, not a description written in capitals ("Venezuelan diplomatic staff in Peru"): capitalised
#: words and the particles between them
PROPER_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:al|el|bin|ben|de|da|du|van|von|der|di|la|le)\s+)*"
                         r"[A-ZÀ-Ý][\w'’.-]*)*")
ISSUER_KINDS = {"Junta": {"MilitaryJunta"}, "InternationalOrganization": {"InternationalOrganization"},
                "ArmedGroup": {"NonStateArmedGroup"}}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    articles: int = 0
    mistakes: list[str] = field(default_factory=list)

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def table(self) -> str:
        lines = [f"{'measure':32} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6}"]
        for name, s in sorted(self.scores.items()):
            lines.append(f"{name:32} {s.tp:4d} {s.fp:4d} {s.fn:4d} {s.precision:6.2f} {s.recall:6.2f}")
        lines.append(f"({self.articles} article(s))")
        return "\n".join(lines)


def _norm(text: str | None) -> str:
    text = re.sub(r"[\W_]+", " ", text or "")  # typographic and straight apostrophes alike
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", " ", text).strip()


def evaluate(articles_dir: Path, gazetteer_dir: Path | None = None) -> Report:
    """Extract every article that has a gold file next to it, and score it."""
    report = Report()
    for gold_path in sorted(Path(articles_dir).glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        kwargs = {"gazetteer_dir": gazetteer_dir} if gazetteer_dir else {}
        article = extract_article(text_path, **kwargs)
        report.articles += 1
        _score_orders(article, gold, report)
        _score_events(article, gold, report)
        _score_entities(article, gold, report)
    return report


class _Gold:
    """Gold entity names → their record, and the state each belongs to."""

    def __init__(self, gold: dict):
        self.by_name = {e["name"]: e for e in gold["entities"]}

    def state(self, name: str | None) -> dict | None:
        seen = set()
        while name and name in self.by_name and name not in seen:
            seen.add(name)
            e = self.by_name[name]
            if e["type"] == "State":
                return e
            name = e.get("part_of")
        return None


def _state_of(article: Article, key: str | None) -> Entity | None:
    seen = set()
    while key and key in article.entities and key not in seen:
        seen.add(key)
        e = article.entities[key]
        if e.kind == "State":
            return e
        key = e.part_of or e.represents
    return None


def _same(entity: Entity | None, gold: dict | None, text: str = "") -> bool:
    """Our entity is the gold one: same Wikidata id, else a shared name (with ``text``, the
    article: also a name as written there, such as an acronym the gazetteer label spells out)."""
    if entity is None or gold is None:
        return entity is None and gold is None
    if entity.wikidata and gold.get("wikidata"):
        return entity.wikidata == gold["wikidata"]
    names = {_norm(gold["name"]), *(_norm(m) for m in gold.get("mentions", []))}
    written = {_norm(text[m.start : m.end]) for m in entity.mentions} if text else set()
    return _norm(entity.label) in names or _norm(entity.name) in names or \
        _norm(gold["name"]) in _norm(entity.label) or bool(written & names)  # fmt: skip


def _same_sender(article: Article, ours: Entity | None, gold: dict | None, g: _Gold) -> bool:
    """The same sending party; a field mission's staff are sent by the mission or by the organisation that
    runs it (MINUSMA or the UN), whichever side names which: the gold sets are split on it."""
    if _same(ours, gold, article.text):
        return True
    if ours is None or gold is None:
        return False
    parent = article.entities.get(ours.part_of or "")
    if ours.kind == "InternationalMission" and _same(parent, gold, article.text):
        return True
    return bool(gold.get("part_of")) and _same(ours, g.by_name.get(gold["part_of"]), article.text)


def _score_orders(article: Article, gold: dict, report: Report) -> None:
    g = _Gold(gold)
    ours = [e for e in article.events if e.kind == "ExpulsionOrder"]
    golds = [e for e in gold["events"] if e["type"] == "ExpulsionOrder"]
    found, exact = report.score("expulsion orders (found)"), report.score("expulsion orders (all right)")
    unmatched = list(ours)
    for ge in golds:
        sender = g.by_name.get(ge["target"])
        person = g.by_name.get(ge["person"])
        match = None
        # of several orders for the same sender and person, the one by the gold issuer's state
        gold_state = g.state(ge["actor"])
        candidates = sorted(unmatched, key=lambda oe: not _same(
            _state_of(article, (oe.roles.get("issuer") or [None])[0]), gold_state))
        for oe in candidates:
            envoy = article.entities[oe.roles["envoy"][0]]
            our_sender = article.entities.get((oe.roles.get("sender") or [None])[0])
            named = person and person["type"] == "Person" and _named_in(person, article.text)
            same_person = not named or _norm(envoy.name or envoy.label) == _norm(person["name"])
            if _same_sender(article, our_sender, sender, g) and same_person:
                match = oe
                break
        if match is None:
            found.fn += 1
            exact.fn += 1
            report.mistakes.append(f"{article.id}: missed order for {ge['person']} ({ge['target']})")
            continue
        unmatched.remove(match)
        found.tp += 1
        issuer = article.entities.get((match.roles.get("issuer") or [None])[0])
        gold_issuer = g.by_name.get(ge["actor"]) or {}
        # a junta is a (de facto) government in the ontology: right where the gold names the state or its government
        issuer_kinds = ISSUER_KINDS.get(gold_issuer.get("type"), {"State", "Government", "GovernmentAgency",
                                                                  "MilitaryJunta"})
        checks = {
            "issuing state": _same(_state_of(article, issuer and issuer.key), g.state(ge["actor"])),
            "issuer": issuer is not None and issuer.kind in issuer_kinds,
            "deadline": match.deadline_hours == ge["deadline_hours"],
            "status": match.status == ge["status"],
        }
        dated = report.score("expulsion orders (issue date)")
        gold_day = ge["date"] if ge["date"] and len(ge["date"]) == 10 else None
        if _issued(match) == gold_day:
            dated.tp += gold_day is not None
        else:
            dated.fp += _issued(match) is not None
            dated.fn += gold_day is not None
            report.mistakes.append(f"{article.id}: order for {ge['person']}: date {_issued(match)} != {gold_day}")
        if all(checks.values()):
            exact.tp += 1
        else:
            exact.fp += 1
            exact.fn += 1
            wrong = ", ".join(k for k, ok in checks.items() if not ok)
            report.mistakes.append(f"{article.id}: order for {ge['person']}: wrong {wrong}")
    found.fp += len(unmatched)
    exact.fp += len(unmatched)
    for oe in unmatched:
        report.mistakes.append(f"{article.id}: spurious {oe.label}")


def _named_in(person: dict, text: str) -> bool:
    """The gold names this person: a proper name that the gold lists as a mention or the article writes out
    ("the consul, Ihar Sakalou, ..." names Ihar Sakalou though the gold lists only the whole phrase)."""
    name = _norm(person["name"])
    return bool(PROPER_NAME.fullmatch(person["name"])) and (
        any(_norm(m) == name for m in person.get("mentions", [])) or f" {name} " in f" {_norm(text)} ")


def _issued(event) -> str | None:
    """The order's issue day, as the named query returns it (a month or a year alone is none)."""
    t = event.time
    return t.value.isoformat() if t and t.value else None


def _score_events(article: Article, gold: dict, report: Report) -> None:
    sentences = {_norm(s.text) for s in article.sentences}

    def sentence(evidence: str) -> str:
        """The gold evidence as one of our sentences: a quote that starts with the wire dateline
        ("BAKU (AP) — Azerbaijan recalled ...") is the sentence after it."""
        quote = _norm(evidence)
        return next((x for x in sentences if x != quote and quote.endswith(" " + x)), quote)

    gold_counts: Counter = Counter()
    for ge in gold["events"]:
        if ge["type"] in GOLD_KINDS and ge["type"] != "ExpulsionOrder":
            kind, mode = GOLD_KINDS[ge["type"]]
            if kind == "Rejection" and REJECTED_CHARGE.search(ge.get("evidence") or ""):
                kind = "Denial"
            gold_counts[(kind, mode, sentence(ge["evidence"]))] += 1
    our_counts: Counter = Counter()
    known = {GOLD_KINDS[t][0] for t in GOLD_KINDS} - {"ExpulsionOrder"}
    for oe in article.events:
        if oe.kind in known:
            mode = oe.mode if oe.kind == "Suspension" else None
            weight = max(1, len(oe.roles.get("actor", []))) if oe.kind in {"MilitaryPresence", "Suspension"} else 1
            our_counts[(oe.kind, mode, _norm(article.sentences[oe.sentence].text))] += weight
    for key in gold_counts.keys() | our_counts.keys():
        s = report.score(f"event {key[0]}" + (f" ({key[1]})" if key[1] else ""))
        tp = min(gold_counts[key], our_counts[key])
        s.tp += tp
        s.fp += our_counts[key] - tp
        s.fn += gold_counts[key] - tp


def _score_entities(article: Article, gold: dict, report: Report) -> None:
    entities, wikidata = report.score("entities"), report.score("entity wikidata ids")
    ours = [e for e in article.entities.values() if e.mentions]
    surface = {e.key: {_norm(article.text[m.start : m.end]) for m in e.mentions} | {_norm(e.label)} for e in ours}
    matched: set[str] = set()
    for ge in gold["entities"]:
        forms = {_norm(ge["name"]), *(_norm(m) for m in ge.get("mentions", []))}
        hit = next((e for e in ours if surface[e.key] & forms or _same(e, ge) and e.from_gazetteer), None)
        if hit is None:
            entities.fn += 1
            wikidata.fn += bool(ge.get("wikidata"))
            continue
        entities.tp += 1
        matched.add(hit.key)
        if ge.get("wikidata"):
            if hit.wikidata == ge["wikidata"]:
                wikidata.tp += 1
            else:
                wikidata.fn += 1
                wikidata.fp += bool(hit.wikidata)
        elif hit.wikidata:
            pass  # gold does not know the id: neither right nor wrong
    entities.fp += sum(1 for e in ours if e.key not in matched)
