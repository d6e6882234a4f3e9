"""Entity mentions: gazetteer names, governing bodies, ministries, people and
their roles, with the coreference the genre needs ("the junta", "the
country", "the envoy", "its ambassador", surnames, capitals as metonyms).

Sentences are read in order, so a reference is resolved against what came
before it.  Entities from the gazetteer keep its key (``FRA``); others get a
key that is stable within the article (``gov-ner``, ``ambassador-fra``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache

from service.extract import lexicon as lx
from service.extract.apposed_names import name_described_posts
from service.extract.counted_groups import add_counted_groups
from service.extract.facts import Entity, Mention, Sentence, Span
from service.extract.gazetteer import Entry, Gazetteer
from service.extract.identified_names import name_identified_posts
from service.extract.junta_names import name_self_styled_juntas
from service.extract.located_posts import located_post
from service.extract.ngos import add_ngos
from service.extract.notified_names import name_notified_envoys
from service.extract.owned_posts import owned_post
from service.extract.quantities import parse_number
from service.extract.relative_posts import name_post_holders

BODY_KINDS = {"Government", "MilitaryJunta"}
ACTOR_KINDS = BODY_KINDS | {"State", "GovernmentAgency", "InternationalOrganization", "InternationalMission"}


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


#: a state's post abroad
#: ("the French embassy and consulates", "Algeria's consular and diplomatic network")
EMBASSY = (r"(?:(?:consular|diplomatic)\s+(?:and\s+(?:consular|diplomatic)\s+)?)?(?:embassy|embassies|mission|"
           r"consulates?|[Hh]igh [Cc]ommission|delegation|network)(?:\s+and\s+consulates?)?")
#: how a group is tied to its post: "at", "of", "working at", "serving in", "based at"
POSTED = r"(?:(?:(?:working|serving|employed|based|posted|stationed)\s+)?(?:at|of|from|in)|attached\s+to)"
#: a unit an official may head: "the UN political mission", "the human rights division", "the US embassy"
UNIT = r"(?:mission|office|delegation|team|agency|operation|embassy|consulate|division|section|department|unit)"


@cache
def _patterns(gazetteer: Gazetteer) -> dict[str, re.Pattern]:
    ent = rf"(?<!\w)(?:{gazetteer.alternation})(?!\w)"
    the = r"(?:the\s+)?"
    p = lx.POSS
    return {
        name: re.compile(pattern)
        for name, pattern in {
            "legitimate": rf"\bthe\s+(?P<mods>{lx.LEGITIMATE_MODS})(?:government|authorities|leaders|"
            rf"president)\s+(?:of\s+)?(?P<st>{ent})",
            "gov_of": rf"\b(?:[Tt]he\s+)(?P<mods>{lx.GOV_MODS})(?P<noun>{lx.GOV_NOUN})\s+(?:of|in)\s+"
            rf"(?P<st>{ent})",
            "gov_poss": rf"(?P<st>{ent}){p}\s+(?P<mods>{lx.GOV_MODS})(?P<noun>{lx.GOV_NOUN})(?![\w-])",
            "gov_adj": rf"(?P<st>{ent})\s+(?P<mods>{lx.GOV_MODS})(?P<noun>{lx.GOV_NOUN})(?![\w-])",
            "gov_bare": rf"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?P<mods>{lx.GOV_MODS})(?P<noun>{lx.GOV_NOUN})"
            r"(?![\w-])(?!\s+(?:statement|spokes\w+|officials?|sources?|television|media|forces|troops))",
            # "Colonel Goita's junta", "President Daniel Ortega's government": the body its leader heads
            "junta_poss": rf"\b(?P<who>{lx.NAME}){p}\s+(?P<j>(?:military\s+)?junta|government|administration|regime)\b",
            "unnamed_authorities": r"(?<![Tt]he )\b[Aa]uthorities\b",
            "ministry": rf"(?:(?P<st>{ent}){p}\s+|\b[Tt]he\s+(?P<st2>{ent})\s+|\b[Tt]he\s+)(?P<min>{lx.MINISTRY})"
            rf"(?:\s+of\s+(?P<st3>{ent}))?",
            "spokes": rf"(?:(?P<body>{ent}|{lx.MINISTRY}|government|junta|ministry|presidency|(?P<org>mission|bloc|"
            rf"organi[sz]ation|agency)){p}?\s+)(?P<sp>(?:press\s+)?(?:spokes(?:person|man|woman)|press secretary))\b",
            # "the spokesman of the UN peacekeeping mission": the body named just after the title
            "spokes_of": r"\b(?P<sp>spokes(?:person|man|woman))\s+(?:of|for)\s+(?:the\s+|its\s+)?",
            "envoy_of": rf"\b(?:[Tt]he\s+)?(?P<prev>{lx.PREVIOUS}\s+)?(?P<role>{lx.ENVOY_ROLE})s?\s+(?:of|from)\s+"
            # "the special representative of the West African regional bloc ECOWAS": a description, then the name
            rf"(?:{the}(?P<desc>(?:(?!(?:to|in|at|for|and|with|of|from|on|by|who|which|that)\b)[\w-]+\s+){{0,4}}?)"
            # (not "the counsellor of the Latvian embassy": the embassy's, read below)
            rf"(?P<list>{ent}(?:\s*,\s*{the}{ent})*(?:,?\s+and\s+{the}{ent})?)(?!(?:{p})?\s+{EMBASSY}\b)"
            # "the representatives of those governments": the states just listed
            r"|(?P<those>(?:those|these|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+"
            r"(?:governments|countries|states|nations)\b))",
            "state_list": rf"{the}{ent}(?:\s*,\s*{the}{ent})+,?\s+and\s+{the}{ent}",
            # "the consuls running Ethiopia's missions in Hargeisa ... and in Garowe", "Peru's consuls in Arica and
            # Iquique": one post in each place
            "posts_by_place": rf"(?:\b[Tt]he\s+(?:(?P<st>{ent})\s+)?|(?P<st2>{ent}){p}\s+)"
            r"(?P<role>consuls(?:[- ]general)?|consuls-general|ambassadors|envoys)\s+"
            rf"(?:(?:running|heading|at|of|in\s+charge\s+of)\s+(?:the\s+|(?P<st3>{ent}){p}\s+)?(?P<st4>{ent}\s+)?"
            r"(?:missions|consulates|embassies|posts)\s+)?"
            rf"in\s+(?P<first>{lx.PLACE})(?P<more>(?:,[^,;.]{{0,40}})?,?\s+and\s+(?:in\s+)?{lx.PLACE})",
            "envoy_adj": rf"(?P<prev>{lx.PREVIOUS}\s+)?(?P<st>{ent})(?P<poss>{p})?\s+(?:{ent}\s+)?(?:embassy{p}\s+)?"
            rf"(?P<prev2>{lx.PREVIOUS}\s+)?{lx.ROLE_MODS}{lx.ROLE_FIELD}(?P<role>{lx.ENVOY_ROLE})s?\b(?:\s+(?:to|in|"
            rf"at)\s+(?:{ent}|the\s+country|{lx.PLACE}))?",
            # "the defence attaché at the Rwandan embassy", "a counsellor of the embassy of Peru": the embassy's state
            "envoy_embassy": rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<prev>{lx.PREVIOUS}\s+)?{lx.ROLE_MODS}"
            rf"(?P<role>{lx.ENVOY_ROLE})s?\s+"
            rf"{POSTED}\s+(?:the\s+|its\s+)?(?:(?P<st>{ent})(?:{p})?\s+{EMBASSY}\b|{EMBASSY}\s+of\s+"
            rf"(?:the\s+)?(?P<st2>{ent})|(?P<bare>embassy|consulate|mission)\b(?!\s+(?:of|in)\b))",
            # "the embassy's defence attaché": the embassy met last
            "embassy_poss": rf"\b[Tt]he\s+(?:embassy|consulate|mission){p}\s+(?P<prev>{lx.PREVIOUS}\s+)?{lx.ROLE_MODS}"
            rf"(?P<role>{lx.ENVOY_ROLE})\b",
            # "the French embassy", "Algeria's consulate in Lille", "the embassy of Peru": which state's it is
            "embassy": rf"(?P<st>{ent})(?:{p})?\s+{EMBASSY}\b|\b{EMBASSY}\s+of\s+(?:the\s+)?(?P<st2>{ent})",
            # "the head of the UN human rights office": the office is itself a named body
            "head_of_office": rf"\b(?:head|chief|leader)\s+of\s+the\s+(?P<st>{ent})(?![\w-])"
            rf"(?:\s+(?:in|to)\s+(?:the\s+country|{ent}|{lx.PLACE}))?",
            # "the head of the UN political mission", "the deputy head of the US embassy in Baku", "the deputy
            # head of the human rights division of the UN peacekeeping mission, MINUSCA": the unit's head (or
            # deputy), sent by the body named last in the unit's description
            # (or of a field at the unit: "the head of political affairs at the UN peacekeeping mission")
            "head_of": rf"\b(?P<deputy>deputy\s+)?(?:head|chief|leader|director)\s+of\s+"
            rf"(?:(?:[a-z]+\s+){{1,3}}?(?:at|in|with)\s+)?(?:the\s+|an?\s+)?"
            rf"(?:(?P<st>{ent}){p}?\s+)?(?:[a-z]+\s+){{0,3}}?{UNIT}\b"
            rf"(?:\s+of\s+(?:the\s+|an?\s+)?(?:(?P<st2>{ent}){p}?\s+)?(?:[a-z]+\s+){{0,3}}?{UNIT}\b)?"
            rf"(?:,\s+(?P<st3>{ent})(?=\s*[,.;)]|$))?(?:\s+(?:in|to)\s+(?:the\s+country|{ent}|{lx.PLACE}))?",
            # "the World Food Programme's country director": an organisation's head in the host country
            "country_head": rf"(?P<st>{ent}){p}\s+(?:country|resident)\s+"
            r"(?P<role>director|representative|head|chief)\b",
            # "the bloc's resident representative", "the agency's country director": the post of the organisation
            # told before
            "org_post": rf"\b[Tt]he\s+(?:regional\s+)?(?:bloc|organi[sz]ation|agency|community|union|alliance){p}\s+"
            rf"{lx.ROLE_MODS}(?:country\s+)?(?P<role>{lx.ENVOY_ROLE}|head|director|chief)\b",
            "head_of_unnamed": r"\b(?:head|chief|leader)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:mission|delegation|office|team)\b",
            "office": rf"(?<!former )(?P<st>{ent})(?P<poss>{p})?\s+(?:[a-z]+-appointed\s+|new\s+|interim\s+)?"
            rf"(?P<role>{lx.OFFICE})\b",
            "titled": rf"(?:(?P<st>{ent})\s+)?(?:{lx.TITLE}\s+)*(?P<title>{lx.TITLE})\s+(?P<name>{lx.NAME})",
            # ", Anna Roth", ", Swiss diplomat Anna Roth", " Anna Roth said"
            # "the envoy, Swiss diplomat Anna Roth", "the ECOWAS representative, former Burkinabe minister Hamidou
            # Boly": a description of the person (a past career too) before the name
            "apposition": rf"^(?:{lx.LOCATIVE}(?=,))?(?:,\s+(?:{lx.NAME_DESCRIPTION}|(?P<named>{lx.NAMED_AS}))|,\s+|"
            rf"\s+(?=[A-ZÀ-Ý]))"
            rf"(?P<name>{lx.NAME})"
            r"(?=\s*(?:,|\)|\.|;|$|\s+(?:persona|and|was|who|has|had|is|[a-z]+ed|says|tells)\b))",
            "affiliated": rf"(?P<name>{lx.NAME})(?:,\s+(?!{lx.PREDICATE})(?:(?!{lx.NOT_DESCRIPTION}\b)[^,;()\s]+\s+)"
            rf"{{0,12}}?|\s+)"
            rf"(?:(?P<st>{ent}){p}\s+[a-z ]*?"
            rf"(?P<role>{lx.ENVOY_ROLE})|(?:(?P<role2>{lx.ENVOY_ROLE}|head|chief|director|member)\s+)?(?:with|of|at|"
            rf"for)\s+"
            rf"(?:the\s+)?(?P<org>{ent})(?:[^;,()]*\((?P<acronym>[A-Z][\w.]+)\))?)",
            "group": rf"\b(?P<num>\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
            rf"[Tt]welve|[Ee]leven)\s+(?:(?:senior|top|other|foreign|western|more|further|additional|technical|"
            rf"administrative|support|junior|international|local|expatriate|of\s+(?:its|their|his|her))\s+)*"
            rf"(?:(?P<st>{ent})\s+)?(?:(?:embassy|diplomatic|consular|military|security|army)\s+(?:and\s+)?)*"
            # "ordering 60 Russians to leave": a counted group named by its nationality alone
            rf"(?:(?P<noun>{lx.GROUP_NOUN})\b|(?P<st5>{ent})(?<=s)(?!\s+(?:[a-z]+\s+)?{lx.GROUP_NOUN}\b))"
            # "14 members of staff at ...", "six members of the embassy's diplomatic staff"
            rf"(?:\s+of\s+(?:the\s+)?(?P<own>embassy(?:{p})?\s+)?(?:(?:diplomatic|consular)\s+)?staff\b"
            # "two staff members of the agency": of the organisation told before
            rf"|\s+of\s+the\s+(?P<org>agency|organi[sz]ation|bloc|programme|mission)\b)?"
            # "three diplomats at the Ivorian embassy", "15 diplomats at the embassy of the UAE", "at Minsk's embassy"
            rf"(?:\s+{POSTED}\s+(?:the\s+|its\s+)?(?:(?P<st2>{ent})(?P<poss>{p})?\s+{EMBASSY}\b"
            rf"|{EMBASSY}\s+of\s+(?:the\s+)?(?P<st3>{ent})"
            rf"|(?P<st4>{ent})(?![\w-])))?",
            "the_number": r"\b[Tt]he\s+(?P<num>two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
            r"(?!\s+(?!(?:were|was|are|and|had|have|who|would|will|must|persona|personae)\b)[a-z])",
            "envoy_anaphor": lx.ENVOY_ANAPHOR,
            "named_anaphor": rf"(?P<ref>{lx.ENVOY_ANAPHOR})(?:{lx.OF_BODY})?{lx.LOCATIVE}?\s*,\s+"
            rf"(?:{lx.NAMED_AS}|{lx.NAME_DESCRIPTION}|{lx.DESCRIBED})?"
            rf"(?P<name>{lx.NAME})(?=\s*[,;.)]|\s+(?:who|was|were|has|had|is)\b)",
            "ngo": rf"(?:\b(?P<type>{lx.NGO_TYPE})\s+(?:the\s+|called\s+|named\s+)?(?P<org2>{lx.ORG_NAME})\b"
            rf"|(?P<org>{lx.ORG_NAME}),\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{lx.NGO_TYPE}\b)",
            # "the country director of a European development charity": an unnamed NGO, known by its staff
            "ngo_unnamed_staff": rf"\b(?:[Tt]he\s+|[Ii]ts\s+)(?P<role>(?:country\s+|regional\s+|local\s+)?"
            rf"{lx.NGO_ROLE})\s+"
            rf"(?:of|for|with|at)\s+(?:an?|one)\s+(?P<org>(?:[\w-]+\s+){{0,3}}?{lx.NGO_TYPE})\b",
            "ngo_staff": rf"(?P<name>{lx.NAME}),\s+(?:the|an?|its)\s+(?:[\w-]+\s+){{0,3}}?(?P<role>{lx.NGO_ROLE})\s+"
            rf"(?:of|for|with|at)\s+(?:the\s+)?$",
            "body_anaphor": rf"\b[Tt]he\s+(?:(?P<adj>{ent})\s+)?(?P<what>ministry|spokes(?:man|woman|person))\b"
            r"(?!\s+(?:of|for)\b)",
            "country": r"\b[Tt]he\s+country\b",
            "region": r"\b[Tt]he\s+region\b",
            # a named area the gazetteer lacks: "the disputed Essequibo region", "Malaita province"
            "named_region": r"\b(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:region|province|district|"
            r"governorate)\b|\b(?:region|province|district|"
            r"governorate)\s+of\s+(?P<name2>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})",
            "armed_generic": r"\b(?:(?:extremist|jihadist|Islamist|armed|militant|terrorist|rebel)\s+)+"
            r"(?:groups?|insurgents|insurgencies|militants|fighters|rebels|factions)\b",
        }.items()
    }


#: an apposition describing the person just named: "the envoy, a Burkinabe diplomat"
DESCRIBED = re.compile(rf"\b(?:{lx.ENVOY_ROLE}|[A-Z][\w’'-]+),\s+an?\s+$")
#: an owner just before a role: "its own staff", "their diplomats"
#: (or a possessor's: "his country's envoy from Peru", "Mexico's ambassador from Lima" is no Peruvian)
OWNED = re.compile(r"(?:\b(?:its|their|his|her)\s+(?:own\s+)?|\w[’']s\s+)$", re.I)
#: a government named in a clause about what led up to the story ("Managua broke off relations after the Dutch
#: government withdrew funding"): not the one a later bare "the government" means
AFTER_CLAUSE = re.compile(r"\b(?:after|because|since|although|though|whereas)\s+(?:[\w’'-]+\s+){0,3}$")
#: a unit of the mission named before: "the head of the mission's human rights division"
OWN_MISSION = re.compile(r"(?:deputy\s+)?(?:head|chief|leader)\s+of\s+the\s+mission$")
#: a place's preposition before a capitalised name
PLACED = re.compile(r"\b(?:in|at|from|near)\s+$")
#: a number just before a role: the group pattern, which keeps the count, reads it
COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$", re.I)


class MentionFinder:
    """Finds and resolves the mentions of one article, sentence by sentence."""

    def __init__(self, text: str, sentences: list[Sentence], gazetteer: Gazetteer):
        self.text = text
        self.sentences = sentences
        self.gaz = gazetteer
        self.p = _patterns(gazetteer)
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.posts: dict[tuple[str, str], str] = {}  # (role, sender) → person key
        self.bodies: dict[str, str] = {}  # "transitional authorities" → the government first described so
        self.surnames: dict[str, str] = {}
        self.last: dict[str, str] = {}  # "gov" | "state" | "envoy" | "group" | "region" | "org" → key
        self.main_state = self._main_state()

    # -- public ---------------------------------------------------------------

    def run(self) -> tuple[dict[str, Entity], list[Mention]]:
        for sentence in self.sentences:
            self._sentence(sentence)
        for mention in self.mentions:
            self.entities[mention.key].mentions.append(Span(mention.start, mention.end))
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        return self.entities, self.mentions

    # -- entities -------------------------------------------------------------

    def _main_state(self) -> str | None:
        """The state the article is about: most often named (not as demonym)."""
        counts = Counter()
        for m in self.gaz.pattern.finditer(self.text):
            entry, how = self.gaz.lookup(m.group(0)) or (None, None)
            if entry and entry.kind == "State" and how != "demonym":
                counts[entry.key] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _from_gazetteer(self, entry: Entry) -> str:
        if entry.key not in self.entities:
            self.entities[entry.key] = Entity(
                entry.key, entry.name, entry.kind, wikidata=entry.wikidata,
                part_of=entry.part_of, from_gazetteer=True,
            )  # fmt: skip
            if entry.part_of and entry.part_of in self.gaz.entries:
                self._from_gazetteer(self.gaz.entries[entry.part_of])
            if entry.kind == "GovernmentAgency" and entry.part_of:
                # ministry → government → state
                self.entities[entry.key].part_of = self.government(entry.part_of)
        return entry.key

    def mission_host(self, key: str) -> str | None:
        """The state a peacekeeping or field mission works in, as its name says ("... Mission in Mali")."""
        entry = self.gaz.entries.get(key)
        where = entry and entry.kind == "InternationalMission" and re.search(r"\bin\s+(?:the\s+)?(.+)$", entry.name)
        host, _ = self._entry(where and where.group(1))
        return self._from_gazetteer(host) if host and host.kind == "State" else None

    def _state_label(self, key: str) -> str:
        return self.entities[key].label if key in self.entities else key

    def government(self, state: str, junta: bool = False) -> str:
        key = f"gov-{state.lower()}"
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(key, "", "Government", part_of=state)
        if junta:
            entity.kind = "MilitaryJunta"
        noun = "military junta" if entity.kind == "MilitaryJunta" else "government"
        entity.label = f"{noun} of {self._state_label(state)}"
        return key

    def _ministry(self, state: str, noun: str) -> str:
        foreign = re.search(r"foreign|external affairs|state department", noun, re.I)
        function = "foreign" if foreign else "defence" if re.search(r"defen[cs]e", noun, re.I) else None
        known = function and self.gaz.agency(state, function)
        if known:
            return self._from_gazetteer(known)
        key = f"mfa-{state.lower()}" if foreign else f"ministry-{slug(noun)}-{state.lower()}"
        if key not in self.entities:
            label = "Ministry of Foreign Affairs" if foreign else noun[:1].upper() + noun[1:]
            if re.search(r"state department", noun, re.I):
                label = "State Department"
            self.entities[key] = Entity(
                key, f"{label} of {self._state_label(state)}", "GovernmentAgency",
                part_of=self.government(state),
            )  # fmt: skip
        return key

    def person(self, role: str | None, sender: str | None, name: str | None = None,
               part_of: str | None = None) -> str:  # fmt: skip
        """The person holding ``role`` for ``sender``, or named ``name``."""
        post = (lx.SAME_POST.get(slug(role), slug(role)), sender) if role and sender else None
        key = self.posts.get(post) if post else None
        if key is None and name:
            key = f"person-{slug(name)}"
        if key is None:
            key = f"{slug(role or 'person')}-{(sender or 'unknown').lower()}"
        entity = self.entities.get(key)
        if entity is None:
            label = name or " ".join(x for x in [self.adjective(sender), role or "person"] if x)
            entity = self.entities[key] = Entity(key, label, "Person", role=role, represents=sender,
                                                 part_of=part_of or sender)  # fmt: skip
        if name and not entity.name:
            entity.name = name
            entity.label = name
        if post:
            self.posts.setdefault(post, key)
        if name:
            self.remember_surname(name, key)
        return key

    def adjective(self, key: str | None) -> str | None:
        if key is None:
            return None
        entry = self.gaz.entries.get(key)
        if entry is None:
            return self._state_label(key)
        demonyms = [form for form, how in entry.forms.items() if how == "demonym"]
        return demonyms[0] if demonyms else entry.name

    def remember_surname(self, name: str, key: str) -> None:
        parts = name.split()
        self.surnames[name] = key
        if len(parts) >= 2:
            tail = parts[-1]
            if len(parts) >= 3 and parts[-2] in {"Le", "La", "De", "Van", "Von", "Al", "El"}:
                tail = f"{parts[-2]} {parts[-1]}"
            self.surnames.setdefault(tail, key)
        if len(parts) == 2:  # a family name written first: "Gao Jianmin" is "Gao" later, as "Kim Song-il" is "Kim"
            self.surnames.setdefault(parts[0], key)

    # -- one sentence ---------------------------------------------------------

    def add(self, key: str, start: int, end: int, sentence: Sentence, how: str) -> None:
        if key not in self.entities and key in self.gaz.entries:  # e.g. "the country" before the state is named
            self._from_gazetteer(self.gaz.entries[key])
        self.mentions.append(Mention(key, start, end, sentence.index, how))
        kind = self.entities[key].kind
        if kind in BODY_KINDS and not (self.last.get("gov") and AFTER_CLAUSE.search(self.text[sentence.start : start])):
            self.last["gov"] = key
        elif kind == "State":
            self.last["state"] = key
        elif kind == "Person" and self.entities[key].role:
            self.last["envoy" if re.search(lx.ENVOY_ROLE, self.entities[key].role) else "person"] = key
        elif kind == "Region":
            self.last["region"] = key
        elif kind in ACTOR_KINDS:
            self.last["org"] = key
        if kind == "GovernmentAgency":
            self.last["ministry"] = key
        elif kind == "Person" and self.entities[key].role == "spokesperson":
            self.last["spokesperson"] = key

    def _entry(self, form: str | None) -> tuple[Entry, str] | tuple[None, None]:
        return (self.gaz.lookup(form) if form else None) or (None, None)

    def _sentence(self, s: Sentence) -> None:
        text, at = s.text, s.start
        taken: list[tuple[int, int]] = []  # descriptor spans, relative to the sentence

        def claim(m: re.Match | tuple[int, int], group: int | str = 0) -> bool:
            start, end = m if isinstance(m, tuple) else m.span(group)
            if any(start < e and b < end for b, e in taken):
                return False
            taken.append((start, end))
            return True

        for m in self.gaz.pattern.finditer(text):
            entry, how = self.gaz.lookup(m.group(0))
            self.add(self._from_gazetteer(entry), at + m.start(), at + m.end(), s, how)
        name_self_styled_juntas(self, s, claim)
        for m in self.p["legitimate"].finditer(text):
            entry, _ = self._entry(m.group("st"))
            if entry and entry.kind == "State" and claim(m):
                key = f"legitimate-authorities-{entry.key.lower()}"
                label = f"{m.group('mods').strip()} authorities of {entry.name}"
                self.entities.setdefault(key, Entity(key, label, "Government", part_of=entry.key))
                self.mentions.append(Mention(key, at + m.start(), at + m.end(), s.index, "descriptor"))
        for name in ("gov_of", "gov_poss", "gov_adj"):
            for m in self.p[name].finditer(text):
                entry, how = self._entry(m.group("st"))
                if not entry or entry.kind != "State" or (name == "gov_adj" and how == "capital"):
                    continue
                if claim(m):
                    junta = bool(re.search(lx.JUNTA_CUES, m.group(0), re.I))
                    key = self.government(entry.key, junta)
                    self.add(key, at + m.start(), at + m.end(), s, "descriptor")
                    if m.group("mods").strip():
                        self.bodies.setdefault(_description(m), key)
        for m in self.p["junta_poss"].finditer(text):
            state = self._host_state()
            if state and claim(m, "j"):
                junta = "junta" in m.group("j")
                self.add(self.government(state, junta), at + m.start("j"), at + m.end("j"), s, "anaphor")
        for m in self.p["ministry"].finditer(text):
            if self.gaz.lookup(m.group("min")) or self.gaz.lookup(m.group(0)):
                continue  # the gazetteer knows this body (e.g. the US State Department)
            entry, _ = self._entry(m.group("st") or m.group("st2") or m.group("st3"))
            state = entry.key if entry and entry.kind == "State" else self._host_state(opening=True)
            if state and claim(m):
                self.add(self._ministry(state, m.group("min")), at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["gov_bare"].finditer(text):
            if m.group("noun") in {"leadership", "cabinet"} or not claim(m):
                continue
            junta = bool(re.search(lx.JUNTA_CUES, m.group(0), re.I))
            state = self._state_of(self.last.get("gov")) or self._host_state()
            juntas = [k for k, e in self.entities.items() if e.kind == "MilitaryJunta"]
            if junta and juntas:
                state = self._state_of(juntas[-1])  # "the junta": the one met before, not the last government
            scene = re.match(rf"(?:In|For|Across)\s+(?P<st>{self.gaz.alternation})\s*,", text)
            entry, _ = self._entry(scene and scene.group("st"))
            if entry and entry.kind == "State" and scene.end() <= m.start():
                state = entry.key  # "In Niger, where soldiers toppled the president, the junta ...": Niger's
            elif described := self._described(m):
                # "Mali's military-led transitional authorities ... the transitional authorities": that body
                state = self._state_of(described)
                junta = junta or self.entities[described].kind == "MilitaryJunta"
            if state:
                self.add(self.government(state, junta), at + m.start(), at + m.end(), s, "anaphor")
        for m in self.p["unnamed_authorities"].finditer(text):
            if claim(m):
                self.entities.setdefault("authorities", Entity("authorities", "unnamed authorities",
                                                               "UnresolvedAgent"))  # fmt: skip
                self.add("authorities", at + m.start(), at + m.end(), s, "descriptor")
        self._named_anaphor(s, claim)
        add_ngos(self, s, claim)
        self._people(s, claim)
        self._anaphora(s, claim)
        name_described_posts(self, s)

    def _described(self, m: re.Match) -> str | None:
        """The body described earlier with the same words (and maybe more): "the transitional authorities"."""
        words = _description(m)
        if not m.group("mods").strip():
            return None  # "the government" alone: any government
        same = [key for told, key in self.bodies.items() if told == words or told.endswith(" " + words)]
        return same[-1] if same else None

    def _state_of(self, key: str | None) -> str | None:
        while key and key in self.entities and self.entities[key].kind != "State":
            key = self.entities[key].part_of
        return key if key in self.entities else None

    def _host_state(self, opening: bool = False) -> str | None:
        """The state whose government acts in the article (the latest one named); with ``opening``, before
        any government is named, the state that last opened a sentence ("Moldova has ordered ... The foreign
        ministry said": Moldova's ministry)."""
        return self._state_of(self.last.get("gov")) or opening and self._opening_state() or self.main_state

    def _opening_state(self) -> str | None:
        """The state named last at the start of a sentence ("Moldova has ordered ..."): who acts, in news prose."""
        for m in reversed(self.mentions):
            opens = m.start - self.sentences[m.sentence].start <= 4
            if self.entities[m.key].kind == "State" and m.how == "name" and opens:
                return m.key
        return None

    def _people(self, s: Sentence, claim) -> None:
        text, at = s.text, s.start

        def sender(form: str, owner: bool = False) -> str | None:
            entry, how = self._entry(form)
            if entry is None or how == "capital" and not owner or entry.kind == "Region":
                return None  # a region sends no one; a capital only as an owner ("Pyongyang's envoy")
            return self._from_gazetteer(entry)

        def named(match_end: int) -> str | None:
            app = self.p["apposition"].match(text[match_end:])
            if app is None or app.group("named") and re.match(r"\s+and\b", text[match_end + app.end() :]):
                return None  # ("the French staff, a first secretary named as X and an attaché": one of a list)
            claim((match_end, match_end + app.end("name")))  # "..., Swiss diplomat Anna Roth": one person, not two
            name = self.clean_name(app.group("name"))
            if name:  # "Sofia" in "Sofia Mendes Carvalho" names no capital
                a, b = at + match_end + app.start("name"), at + match_end + app.end("name")
                self._drop_inside(a, b)
            return name

        for m in self.p["spokes"].finditer(text):
            if not claim(m, "sp"):
                continue
            body = None if m.group("org") else self._body_at(s, m.start("body"), m.end("body"))
            if body is None and re.fullmatch(r"government|junta|ministry|presidency", m.group("body")):
                state = self._host_state()  # "the government spokesman": the government's, not an organisation's
                body = self.government(state) if state else None
            key = self.person("spokesperson", self.organisation(body or self.last.get("org")), named(m.end()))
            self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["spokes_of"].finditer(text):
            after = [x for x in self.in_sentence(s.index) if 0 <= x.start - at - m.end() <= 40]
            body = after[0].key if after else None
            if body and self.entities[body].kind in {"InternationalOrganization", "InternationalMission"} \
                    and claim((m.start(), after[0].end - at)):  # fmt: skip
                key = self.person("spokesperson", self.organisation(body))
                self.add(key, at + m.start(), after[0].end, s, "descriptor")
        for m in self.p["affiliated"].finditer(text):
            name = self.clean_name(m.group("name"))
            if not name or f"person-{slug(name)}" in self.entities and m.group("org") is None:
                continue
            acronym = m.group("acronym") and self.gaz.lookup(m.group("acronym"))
            org = sender(m.group("acronym") if acronym else m.group("st") or m.group("org") or "")
            bare = m.group("org") and not m.group("role2") and text[m.end("name")] != ","
            if bare and org is not None and self.entities[org].kind == "State":
                continue  # "the Global New Light of Myanmar", "the Bank of Ghana": an institution's name
            if org is None or not claim(m):
                continue
            role = lx.singular(m.group("role") or m.group("role2") or "official")
            key = self.person(None, org, name, part_of=org)
            self.entities[key].role = self.entities[key].role or role
            self.add(key, at + m.start("name"), at + m.end("name"), s, "name")
        for m in self.p["envoy_of"].finditer(text):
            if COUNTED.search(text[: m.start()]):
                continue  # "12 employees of the French embassy": a group, with its count
            if OWNED.search(text[: m.start()]):
                continue  # "withdrawing its own diplomatic staff from those countries": the owner's, not theirs
            if m.group("desc") and self._entry(self.gaz.pattern.search(m.group("list")).group(0))[1] == "demonym":
                continue  # "diplomats from seven Latin American countries": no named sender
            listed = m.group("list") or self._last_list(s, m.start())
            whos = [sender(item.group(0)) for item in self.gaz.pattern.finditer(listed)]
            if not any(whos) or not claim(m):
                continue  # "two Egyptian diplomats from Ankara": a capital sends no one, the group may still be
            for who in whos:
                if who:
                    key = self.person(lx.post_name(m.group("role"), m.group("prev")), who)
                    self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["head_of_office"].finditer(text):
            who = sender(m.group("st"))
            if who and self.entities[who].part_of and claim(m):  # an organ, not "the head of the UN"
                key = self.person("head of mission", who, named(m.end()))
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["head_of"].finditer(text):
            form = m.group("st3") or m.group("st2") or m.group("st")
            # "the head of the mission's human rights division": of the mission named last
            who = sender(form) if form else OWN_MISSION.match(m.group(0)) and next((x.key for x in reversed(
                self.mentions) if self.entities[x.key].kind == "InternationalMission"), None)  # fmt: skip
            if who and claim(m):
                key = self.person(f"{'deputy ' if m.group('deputy') else ''}head of mission", who, named(m.end()))
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["country_head"].finditer(text):
            who = sender(m.group("st"))
            if who and self.entities[who].kind != "State" and claim(m):
                key = self.person(f"country {m.group('role')}", who, named(m.end()))
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["org_post"].finditer(text):
            org = self.organisation(self.last.get("org"))
            if org and self.entities[org].kind == "InternationalOrganization" and claim(m):
                key = self.person(lx.singular(m.group("role")), org, named(m.end()))
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["head_of_unnamed"].finditer(text):
            # "the head of a West African mediation mission, ..., the regional bloc ECOWAS said": the
            # mission is the one international organisation the sentence names
            bodies = {self.gaz.lookup(x.group(0))[0].key for x in self.gaz.pattern.finditer(text)}
            orgs = [k for k in bodies if self.gaz.entries[k].kind == "InternationalOrganization"]
            if len(orgs) == 1 and claim(m):
                key = self.person("head of mission", self._from_gazetteer(self.gaz.entries[orgs[0]]), named(m.end()))
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        add_counted_groups(self, s, claim, sender)
        for m in self.p["posts_by_place"].finditer(text):
            who = sender(m.group("st") or m.group("st2") or m.group("st3") or m.group("st4") or "")
            last = re.search(rf"\band\s+(?:in\s+)?(?P<place>{lx.PLACE})$", m.group("more"))
            if who is None or last is None or not claim(m):
                continue
            role = "consul-general" if "general" in m.group("role") else lx.singular(m.group("role"))
            for place, end in ((m.group("first"), m.end("first")), (last.group("place"), m.end())):
                key = self.person(f"{role} in {place}", who)
                self.add(key, at + m.start(), at + end, s, "descriptor")
        for m in self.p["envoy_embassy"].finditer(text):
            who = sender(m.group("st") or m.group("st2"))
            if who and claim(m):
                key = self.person(lx.post_name(m.group("role"), m.group("prev")), who, named(m.end()))
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["envoy_adj"].finditer(text):
            # (a capital owns one envoy: "Moscow's envoys" after two capitals' orders sums those orders up)
            who = sender(m.group("st"), owner=bool(m.group("poss")) and text[m.end("role") : m.end()] != "s")
            if DESCRIBED.search(text[: m.start()]):
                claim(m)  # "the envoy, a Burkinabe diplomat,": the nationality of someone named before
                continue
            if who and claim(m):
                role = lx.post_name(m.group("role"), m.group("prev") or m.group("prev2"))
                key = self.person(role, who, named(m.end()))
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in [*self.p["envoy_embassy"].finditer(text), *self.p["embassy_poss"].finditer(text)]:
            # "the embassy's defence attaché", "the attaché at the embassy": the embassy of the envoy just
            # named in the sentence ("summoned the Russian ambassador ... the embassy's attaché"), else the
            # embassy the text named last
            if "bare" in m.groupdict() and not m.group("bare"):
                continue
            envoys = [x for x in self.in_sentence(s.index) if x.start < at + m.start() and self.entities[x.key].kind
                      == "Person" and self._state_of(self.entities[x.key].represents)]  # fmt: skip
            # (else the embassy of the envoy met last: "the German ambassador ... the embassy's deputy head")
            last_envoy = self.entities.get(self.last.get("envoy") or "")
            who = self.entities[envoys[-1].key].represents if envoys else self.last.get("embassy") or (
                last_envoy and self._state_of(last_envoy.represents))
            if who and claim(m):
                key = self.person(lx.post_name(m.group("role"), m.group("prev")), who, named(m.end()))
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["embassy"].finditer(text):
            who = sender(m.group("st") or m.group("st2"))
            if who and self.entities[who].kind == "State":
                self.last["embassy"] = who
        for m in self.p["titled"].finditer(text):
            name = self.clean_name(m.group("name"))
            if not name or not claim(m):
                continue
            who = sender(m.group("st")) if m.group("st") else None
            title = m.group("title").rstrip(".").lower()
            body = who or self._body_before(s, m.start())
            envoyish = re.fullmatch(lx.ENVOY_ROLE, title) or title in {"ambassador", "envoy"}
            owner = self._state_of(body)
            if envoyish and who is None and owner and (slug(title), owner) in self.posts:
                who = owner  # "the Swedish foreign ministry said Ambassador Eva Lindgren": its envoy, named
            earlier = self._unnamed_envoy(title) if envoyish and who is None else None
            if earlier:  # "ordered Peru's top diplomat out ... told chargé d'affaires Ana Ruiz": that diplomat
                self.entities[earlier].name = self.entities[earlier].label = name
                self.remember_surname(name, earlier)
                self.add(earlier, at + m.start(), at + m.end(), s, "descriptor")
                continue
            sent = who or self.envoy_sender(s, m.start())  # a bare rank ("first secretary Ana Ruiz"): of those told
            key = self.person(title, sent if envoyish else None, name, part_of=who or body)
            self.entities[key].represents = self.entities[key].represents or (None if envoyish else body)
            self.add(key, at + m.start(), at + m.end(), s, "descriptor")
        for m in self.p["office"].finditer(text):
            who = sender(m.group("st"))
            if who and self.entities[who].kind == "State" and claim(m):
                body = self.last.get("gov") if self._state_of(self.last.get("gov")) == who else None
                key = self.person(m.group("role").lower(), who, named(m.end()), part_of=body or who)
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")

    def organisation(self, key: str | None) -> str | None:
        """Whom a mission's staff work for: the organisation that runs the mission (MINUSMA → the UN)."""
        e = self.entities.get(key or "")
        if e and e.kind == "InternationalMission" and e.part_of in self.entities:
            return e.part_of
        return key

    def _last_list(self, s: Sentence, before: int) -> str:
        """The last list of states ("Chile, Peru and Uruguay") before ``before`` in this sentence or the one before."""
        earlier = self.sentences[s.index - 1].text if s.index > 0 else ""
        lists = [x.group(0) for text in (earlier, s.text[:before]) for x in self.p["state_list"].finditer(text)]
        return lists[-1] if lists else ""

    def _drop_inside(self, start: int, end: int) -> None:
        """Forget the gazetteer mentions found inside a person's name."""
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        for m in inside:
            self.mentions.remove(m)
            spans = self.entities[m.key].mentions
            if Span(m.start, m.end) in spans:
                spans.remove(Span(m.start, m.end))

    def _unnamed_envoy(self, title: str) -> str | None:
        """The envoy met last, when still unnamed and of a post ``title`` may name."""
        key = self.last.get("envoy")
        earlier = self.entities.get(key or "")
        if earlier is None or earlier.name or earlier.count or not earlier.represents:
            return None
        titles = lx.GENERIC_ROLES | {slug(title).replace("-", " "), title}
        return key if lx.singular(earlier.role or "") in titles else None

    def named_members(self, s: Sentence, sender: str | None, role: str | None) -> list[str]:
        """People named in a list ("the three are A, B and C") who are not known yet."""
        known = [(m.start - s.start, m.end - s.start) for m in self.in_sentence(s.index)]
        keys = []
        for m in re.finditer(lx.NAME, s.text):
            name = self.clean_name(m.group(0))
            # (not a name after a preposition: "among them 12 at its mission in New York" names a place)
            if not name or any(m.start() < e and b < m.end() for b, e in known) or PLACED.search(s.text[: m.start()]):
                continue
            key = self.person(None, sender, name)
            self.entities[key].role = self.entities[key].role or role
            self.entities[key].mentions.append(Span(s.start + m.start(), s.start + m.end()))
            self.mentions.append(Mention(key, s.start + m.start(), s.start + m.end(), s.index, "name"))
            keys.append(key)
        return keys

    def _named_anaphor(self, s: Sentence, claim) -> None:
        """"The official, Maria Lindqvist, ...": an envoy met before gets its name."""
        for m in self.p["named_anaphor"].finditer(s.text):
            key = located_post(self, m) or self.envoy_for(m.group("ref"), s, m.start())
            name = self.clean_name(m.group("name"))
            entity = self.entities.get(key or "")
            if entity is None or not name or entity.name not in (None, name) or not claim(m):
                continue
            entity.name = entity.label = name
            self.remember_surname(name, key)
            self.add(key, s.start + m.start(), s.start + m.end(), s, "anaphor")
        for name_posts in (name_post_holders, name_identified_posts, name_notified_envoys):
            name_posts(self, s, claim)

    def _anaphora(self, s: Sentence, claim) -> None:
        text, at = s.text, s.start
        for form, key in sorted(self.surnames.items(), key=lambda x: -len(x[0])):
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                if claim(m):
                    self.add(key, at + m.start(), at + m.end(), s, "surname")
        for m in self.p["envoy_anaphor"].finditer(text):
            known = set(self.entities)
            key = self.envoy_for(m.group(0), s, m.start())
            if key and claim(m):  # (a post met for the first time is described, not referred to)
                self.add(key, at + m.start(), at + m.end(), s, "anaphor" if key in known else "descriptor")
        for m in self.p["the_number"].finditer(text):
            count = int(parse_number(m.group("num")) or 0)
            same = [k for k, e in self.entities.items() if getattr(e, "count", None) == count]
            key = same[-1] if same else self.last.get("group")
            if key and claim(m):
                self.add(key, at + m.start(), at + m.end(), s, "anaphor")
        for m in self.p["body_anaphor"].finditer(text):
            # "The ministry accused Kenya ...", "The spokesman, Ali Saleh, said ...": the one met before
            key = self.last.get("ministry" if m.group("what") == "ministry" else "spokesperson")
            entry, _ = self._entry(m.group("adj"))
            if entry and self._state_of(key) != entry.key:
                continue  # "the Russian ministry" is not the Latvian one met before
            if key and claim(m):
                self.add(key, at + m.start(), at + m.end(), s, "anaphor")
        for name, last in (("country", "state"), ("region", "region")):
            for m in self.p[name].finditer(text):
                key = self._subject_state(s) if name == "country" else self.last.get(last)
                if key and claim(m):
                    self.add(key, at + m.start(), at + m.end(), s, "anaphor")
        for m in self.p["named_region"].finditer(text):
            group = "name" if m.group("name") else "name2"
            name = m.group(group)
            if self.gaz.lookup(name) or name.split()[0] in lx.NOT_NAMES or not claim(m, group):
                continue
            key = f"region-{slug(name)}"
            self.entities.setdefault(key, Entity(key, name, "Region"))
            span = (at + m.start(group), at + m.end()) if group == "name" else (at + m.start(), at + m.end())
            # "Chad" in "the Lake Chad region" names no state
            self.mentions = [x for x in self.mentions if not (span[0] <= x.start and x.end <= span[1])]
            self.add(key, *span, s, "name")
        for m in self.p["armed_generic"].finditer(text):
            if claim(m):
                key = "armed-groups"
                self.entities.setdefault(key, Entity(key, "armed groups (unnamed)", "NonStateArmedGroup"))
                self.add(key, at + m.start(), at + m.end(), s, "descriptor")

    def envoy_for(self, phrase: str, s: Sentence, start: int) -> str | None:
        """"its ambassador": the envoy of the state the sentence is about."""
        if phrase.lower().startswith(("its", "their")):
            role = lx.singular(phrase.split(None, 1)[1])
            for m in reversed(self.in_sentence(s.index)):
                if m.start - s.start < start and self.entities[m.key].kind == "State" and m.how != "demonym":
                    # "Azerbaijan recalled its ambassador": that state's, met before or not
                    return owned_post(self, role, m.key) or self.person(role, m.key)
        role = lx.post_title(phrase.split(None, 1)[1]).lower()
        generic = role in lx.GENERIC_ROLES
        # "the consul": the last consul (general) met, not the last person met; "the diplomat": one of that very title
        for m in reversed(self.mentions):
            e = self.entities[m.key]
            held = e.role or ""
            if m.sentence < s.index and e.kind == "Person" and not e.count and \
                    (held == role or not generic and (held.startswith(role) or held.endswith(f" {role}"))):  # fmt: skip
                return m.key
        last = self.entities.get(self.last.get("envoy") or "")
        if last is None:
            return None
        if generic or not last.count and lx.singular(last.role or "") in lx.GENERIC_ROLES | {"head of mission"}:
            return None if last.count else last.key  # "the envoy ... the ambassador": one person, never a group
        # "two consular officials ... The consul in Klaipeda", "the attaché ... the consul": another post of the
        # sender just told, never the group nor a post of another title
        sender = self.envoy_sender(s, start)
        return self.person(role, sender) if sender else None

    def envoy_sender(self, s: Sentence, before: int) -> str | None:
        """Whose envoys are being told: the sender of the last envoy named before ``before`` in this sentence or
        in the ones before, else the embassy met last."""
        told = [self.entities[m.key].represents for m in self.mentions if self.entities[m.key].kind == "Person" and
                (m.sentence < s.index or m.sentence == s.index and m.start - s.start < before)]  # fmt: skip
        return next((x for x in reversed(told) if x), None) or self.last.get("embassy")

    def sentence_subject(self, s: Sentence, before: int) -> str | None:
        """The state that opens the sentence, named before ``before``: whom "its" stands for."""
        for m in self.in_sentence(s.index):
            if m.start - s.start >= before:
                break
            if self.entities[m.key].kind == "State" and m.how in {"name", "capital"}:
                return m.key
        return None

    def _subject_state(self, s: Sentence) -> str | None:
        """"the country": the state last named at the start of a sentence, else the main one."""
        for m in reversed(self.mentions):
            if m.sentence < s.index and self.entities[m.key].kind == "State" and m.how == "name":
                first = self.sentences[m.sentence]
                if m.start - first.start <= 4:
                    return m.key
        return self.main_state

    def _body_at(self, s: Sentence, start: int, end: int) -> str | None:
        overlapping = [m for m in self.in_sentence(s.index) if m.start - s.start < end and m.end - s.start > start]
        overlapping.sort(key=lambda m: (m.end - s.start != end, m.start - m.end))  # ends there, longest
        return overlapping[0].key if overlapping else None

    def _body_before(self, s: Sentence, start: int) -> str | None:
        for m in reversed(self.in_sentence(s.index)):
            if m.end - s.start <= start and self.entities[m.key].kind in ACTOR_KINDS:
                return m.key
        return None

    def in_sentence(self, index: int) -> list[Mention]:
        return sorted((m for m in self.mentions if m.sentence == index), key=lambda m: m.start)

    def clean_name(self, name: str) -> str | None:
        name = re.sub(rf"^(?:(?:{lx.TITLE}|{lx.HONORIFIC})\s+)+", "", name)
        parts = name.split()
        while parts and (parts[-1] in lx.NOT_NAMES or self.gaz.lookup(parts[-1])):
            parts.pop()
        first = self.gaz.lookup(parts[0]) if parts else None
        if len(parts) < 2 or parts[0] in lx.NOT_NAMES or first and first[1] != "capital" or self.gaz.lookup(name):
            return None  # "Sofia Mendes Carvalho": a capital's name may be a first name; "Costa Rica" is no one's
        return " ".join(parts)


def _description(m: re.Match) -> str:
    """A governing body's description without its state: "military-led transitional authorities"."""
    return re.sub(r"\s+", " ", f"{m.group('mods')}{m.group('noun')}").lower().strip()


def find_mentions(text: str, sentences: list[Sentence], gazetteer: Gazetteer):
    """Entities and their mentions in an article."""
    return MentionFinder(text, sentences, gazetteer).run()
