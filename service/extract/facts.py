"""The facts an article yields: plain dataclasses, no RDF.

This is the contract between extraction (``service.extract``) and the RDF
stage (``service.rdf``).  Offsets are zero-based, end-exclusive character
positions (Unicode code points) into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Factuality codes, as the named queries return them in ``statusCode``.
STATUSES = ("confirmed", "reported", "unverified", "denied", "false")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    heading: bool = False  # a headline: restates the body, so no events are read from it


@dataclass
class Entity:
    """Something the article talks about, linked to the gazetteer when known.

    ``key`` is stable across articles for gazetteer entities (e.g. ``FRA``,
    ``EU``) and unique within the article otherwise (e.g. ``envoy-fra``).
    ``kind`` is the local name of an ontology class (``State``,
    ``Government``, ``MilitaryJunta``, ``GovernmentAgency``,
    ``InternationalOrganization``, ``InternationalMission``,
    ``NonStateArmedGroup``, ``Person``, ``Region``, ``UnresolvedAgent``).
    """

    key: str
    label: str
    kind: str
    wikidata: str | None = None  # "Q142", never a guess
    name: str | None = None  # a person's proper name, only when the text gives it
    role: str | None = None  # "ambassador", "spokesperson", "foreign minister" ...
    part_of: str | None = None  # key of the body this one belongs to
    represents: str | None = None  # for envoys: key of the state/organisation they represent
    from_gazetteer: bool = False  # identity (label, wikidata) comes from curated data
    count: int | None = None  # a group of people ("four other OCHA staff"): how many
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Mention:
    """Where the text refers to an entity, and how."""
    key: str
    start: int  # article offsets
    end: int
    sentence: int
    how: str  # name | demonym | capital | descriptor | anaphor | surname | pronoun


@dataclass
class TimeExpression:
    text: str  # as written: "on Friday", "last Thursday", "in 1960"
    span: Span | None
    value: date | None  # resolved day, when known
    year: int | None = None  # when only the year (or month) is known
    month: int | None = None
    method: str = "explicit"  # "explicit" | "relative-to-dateline"
    day_of_week: str | None = None  # "Friday"


@dataclass
class Quantity:
    value: float
    text: str
    approximate: bool = False
    combined: bool = False  # one figure for several parties together
    unit: str = "military personnel"


@dataclass
class Assessment:
    """Who judged an event's factuality, in which sentence."""

    value: str  # one of STATUSES
    assessor: str | None  # entity key; None = the article's own voice
    sentence: int


@dataclass
class Event:
    """An event, speech act or situation, typed by an ontology class name.

    ``roles`` maps a role name to entity keys.  Role names used so far:
    issuer, envoy, sender, host, speaker, on_behalf_of, addressee, target,
    partner, against, region, actor, from_state.
    """

    id: str  # unique within the article, slug-like: "expulsion-order-1"
    kind: str  # "ExpulsionOrder", "Denial", "Suspension", ...
    status: str  # one of STATUSES
    sentence: int  # index of the evidence sentence
    trigger: Span  # the words that express it
    roles: dict[str, list[str]] = field(default_factory=dict)
    time: TimeExpression | None = None
    deadline_hours: int | None = None
    quantity: Quantity | None = None
    modality: str = "actual"  # "actual" | "proposed" | "threatened"
    refers_to: list[str] = field(default_factory=list)  # event ids it denies / is about
    reported_by: str | None = None  # entity key of the source the article cites
    assessments: list[Assessment] = field(default_factory=list)
    quote: str | None = None
    label: str | None = None
    mode: str | None = None  # what a suspension stops: "JointOperations", "MilitaryTraining", "FinancialAid"


@dataclass
class Article:
    id: str  # the file stem
    text: str  # the whole file, decoded; offsets point into it
    date: date
    sentences: list[Sentence]
    entities: dict[str, Entity] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    title: str | None = None
