"""Words of the genre: how news prose names governments, juntas, ministries,
envoys and officials.  These are facts about English, not about the world
(which lives in the gazetteer files), so they are kept here as patterns.
"""

from __future__ import annotations

import re

POSS = r"(?:’s|'s|’|')"
#: a preposition just before a name: the name is its object, not a subject ("the crisis in Niger")
PREPOSITION = re.compile(r"\b(?:in|of|to|for|from|with|against|on|at|about|into)\s+$")

#: modifiers that may stand before a governing body's noun
GOV_MODS = (
    r"(?:(?:military|military-led|military-dominated|military-backed|military-run|army-controlled|"
    r"army-backed|army-led|army-dominated|(?i:transitional)|interim|ruling|new|self-proclaimed|de facto|"
    r"junta-led|coup-installed|current|national|federal|central)\s+)*"
)
#: nouns for a state's governing body (bare "authorities" is handled apart)
GOV_NOUN = (
    r"(?:junta|military rulers|rulers|putschists|coup leaders|coup plotters|military council|"
    r"(?:[A-Z][a-z]+\s+){0,3}Military\s+Council|"
    r"government|regime|authorities|administration|leadership|cabinet)"
)
#: words that make a governing body a military junta
JUNTA_CUES = (
    r"junta|putschist|coup leader|coup plotter|military ruler|military council|military government|"
    r"military regime|military-led|military-dominated|military-run|military-backed|military authorities"
)
#: modifiers marking the deposed or constitutional authorities, a body of their own
LEGITIMATE_MODS = r"(?:(?:legitimate|elected|civilian|constitutional|ousted|deposed|democratically)\s+)+"

MINISTRY = (
    r"(?:[Ff]oreign [Mm]inistry|[Mm]inistry of [Ff]oreign [Aa]ffairs(?: and [A-Z][\w ]+?)?|"
    r"[Ff]oreign [Aa]ffairs [Mm]inistry|[Mm]inistry of [Ee]xternal [Aa]ffairs|[Ee]xternal [Aa]ffairs [Mm]inistry|"
    r"(?:[Ff]ederal )?[Ff]oreign [Oo]ffice|[Ss]tate [Dd]epartment|"
    r"[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e|[Ii]nterior [Mm]inistry|"
    r"[Mm]inistry of (?:the )?[Ii]nterior|[Pp]residency)"
)

#: the head of an office abroad, by any of its titles: "the head of delegation", "the chief of mission", "the
#: delegation head"
HEAD_OF_OFFICE = r"(?:head|chief)\s+of\s+(?:the\s+)?(?:mission|delegation)|(?:mission|delegation)\s+(?:chief|head)"
#: people sent by a state or organisation (expulsion targets); titles are often capitalised ("the Indian High
#: Commissioner", "Canada's Ambassador"), so the role is matched in either case
ENVOY_ROLE = (
    r"(?i:(?:deputy\s+)?(?:ambassador|head of mission)|envoy|special envoy|special representative|representative|"
    r"diplomat|"
    r"chargé d[’']affaires|charge d[’']affaires|consul-general|consul general|vice-consul|consul|"
    # a diplomat's rank in the embassy: "the first secretary", "the second counsellor", "a minister-counsellor"
    r"(?:first|second|third)\s+(?:secretary|counsell?or)|minister-counsell?or|"
    rf"{HEAD_OF_OFFICE}|defen[cs]e attach[ée]|military attach[ée]|attach[ée]|"
    # (not the UN's "High Commissioner for Human Rights" or "for Refugees": an office, not a post abroad)
    r"high commissioner(?!\s+for\b)|"
    r"coordinator|official|officer|counsell?or|(?:military|defen[cs]e|naval|air|security)\s+advis[eo]r|"
    r"staff member|staffer|employee|aid worker|"
    # a state's staff as one body, with no count: "Uruguay's diplomatic staff", "the entire embassy staff"
    r"(?:(?:diplomatic|embassy|consular)\s+)?(?:staff|personnel))"
)
#: titles of one post, by their slugs: a high commission's military adviser is an embassy's defence attaché
SAME_POST = {f"{kind}-{title}": "defence-attache" for kind in ("defence", "defense", "military")
             for title in ("attache", "adviser", "advisor")}
#: (a deputy holds a post of its own: "deputy head of mission" is part of the role, see ENVOY_ROLE)
ROLE_MODS = r"(?:(?:special|senior|top|acting|interim|resident|chief|humanitarian|entire|whole)\s+)*"
#: what an official works on, between the sender and the role: "a UN human rights officer"
#: a word that cannot be part of a person's field or occupation: a function word or a verb
NOT_FIELD_WORD = (r"(?:and|or|of|to|in|the|with|who|from|for|has|is|was|are|were|\w+ed|recalls|expels|summons|"
                  r"names|says|tells|orders|asks|gives|sends|declares|accuses)\b")
ROLE_FIELD = rf"(?:(?!{NOT_FIELD_WORD})[a-z]+(?:\s+|-)){{0,2}}?"  # "Nigeria recalls ambassador": no post "recalls"
#: a clause break inside a person's description: "Name, as protesters marched ... for M23" is no affiliation
NOT_DESCRIPTION = r"(?:as|while|when|after|before|because|and|but|amid|saying|calling)"
#: the predicate right after a name: "Colonel Bertrand Lasserre, was ordered out of Gabon" describes no one
PREDICATE = r"(?:was|were|is|are|has|had|have)\b"
#: words marking an earlier holder of a post: another person than the current one
PREVIOUS = r"(?:former|previous|outgoing|then)"

#: titles written before a person's name
TITLE = (
    r"(?:Ambassador|Envoy|Special Envoy|Spokes(?:man|woman|person)|[Ss]pokes(?:man|woman|person)|"
    r"President|Vice-President|Vice President|Prime Minister|Foreign Minister|Defen[cs]e Minister|"
    r"Interior Minister|Minister|Secretary-General|Secretary of State|Secretary|"
    r"[Pp]ress secretary|aid chief|army chief|General|Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Captain|"
    r"[Oo]pposition [Ll]eader|Capt\.|Major|Commander|Chancellor|King|Queen|Senator|[Cc]hargé d[’']affaires|"
    r"[Cc]onsul(?:[- ][Gg]eneral)?|Brigadier|Admiral|Commodore|"
    r"High Commissioner|[Aa]mbassador|"
    # a diplomatic rank used as a title: "first secretary Claudine Uwera", "military attaché Ivan Petrov"
    r"(?:[Ff]irst|[Ss]econd|[Tt]hird)\s+[Ss]ecretary|[Cc]ounsell?or|"
    r"(?:[Mm]ilitary|[Dd]efen[cs]e|[Pp]ress|[Cc]ultural|[Tt]rade)\s+[Aa]ttach[ée])"
)
#: a courtesy title before a name, no post: "Dr Hélène Mbarga", "Ms Chisanga"
HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Mme|Prof)\.?"
#: a military rank written before a name, as one title: "Brigadier General", "Lieutenant Colonel", "Rear Admiral"
RANK = (r"(?:(?:Brigadier|Major|Lieutenant|Senior|Rear|Vice|Air|Wing|Group)[- ])?"
        r"(?:General|Colonel|Admiral|Commodore|Brigadier|Captain|Commander|Marshal)")
#: what an apposition says of a person before the name: "Swiss diplomat", "Belgian national", "a career
#: diplomat", "former foreign minister", "Brigadier General"
NAME_DESCRIPTION = (
    rf"(?:(?:(?:an?|the)\s+)?(?:{PREVIOUS}\s+)?(?:[A-Z][\w-]+\s+)?{ROLE_MODS}"
    rf"(?:(?:career|cabinet|foreign|defen[cs]e|prime|government)\s+)?"
    rf"(?:{ENVOY_ROLE}|national|citizen|minister|politician|general)\s+|{RANK}\s+)"
)
#: any description of a person just before the name: an occupation ("Dutch police commissioner", "the Italian
#: logistician"), or a whole apposition of its own ("the bloc's deputy secretary-general in charge of peace, ")
DESCRIBED = (rf"(?:(?:an?|the)\s+)?(?:[A-Z][a-z][\w-]*\s+)?(?:(?!{NOT_FIELD_WORD})[a-z][\w-]*\s+){{1,3}}"
             r"|the\s+[^,;.]{0,80}?,\s+")
#: an apposition giving the holder's name by a naming verb: "a Norwegian national identified in state media as",
#: "named by the ministry as", "a former minister called by his aides"
NAMED_AS = (r"(?:(?:an?\s+)?[^,;]{0,60}?\b)?(?:named|called|identified)(?:\s+(?:by|in)\s+[^,;]{0,40}?)??"
            r"\s+(?:as\s+)?")
#: where a post is, between the post and its holder's name: "the consul in the port city of Klaipeda", "the first
#: counsellor at the Ivorian embassy in Ouagadougou", "Nicaragua's ambassador to the bloc"
LOCATIVE = r"(?:\s+(?:in|at|to)\s+(?!(?:a|an)\s)(?:[\w’'-]+\s+){0,5}?[\w’'-]+)"
#: when and how an order was passed, between its verb and what it orders: "was told on Friday to leave", "was
#: told the same day, in a separate note, to depart", "had also been told that evening to go"
INTERPOSED = (r"(?:\s+(?:on\s+[A-Z][a-z]+|(?:the\s+same|that|this|the\s+next|the\s+following)\s+"
              r"(?:day|evening|morning|afternoon|night|week)|earlier|later|yesterday|today|also|separately)"
              r"|,\s+(?:in|by|through|via|under)\s+[^,.;]{1,40},)*")
#: a first participle sharing its auxiliary with the order after "and": "was summoned on Monday and [was] told to
#: leave", "had been notified of his expulsion and [been] given a week"; the gap holds no verb of its own
SHARED_AUXILIARY = (r"(?:(?:[a-z]+(?:ed|en)|told|sent|brought|held)\b"
                    r"(?:(?!\b(?:was|were|is|are|has|have|had|that|but|while)\b)[^.;,]){0,70}?"
                    r"\band\s+(?:then\s+|later\s+|also\s+)?)")
#: the body a bare post belongs to, between the post and its holder's name: "the representative of the Office of the
#: UN High Commissioner for Human Rights (OHCHR)", "the ambassador of the European Union"
OF_BODY = r"\s+of\s+the\s+(?:[A-Za-z’'-]+\s+){0,9}?[A-Za-z’'-]+(?:\s+\([A-Z]{2,8}\))?"
#: roles inside a government, used as "Niger's foreign minister"
OFFICE = (
    r"(?:foreign minister|prime minister|president|defen[cs]e minister|interior minister|"
    r"minister|head of state|army chief|military leader|leader)"
)
#: a proper name: two to four capitalised words, allowing particles (al-, de, van ...)
_NAME_WORD = r"[A-ZÀ-Ý][\w-]*(?:['’][A-Z][\w-]*)?"
NAME = rf"{_NAME_WORD}(?:\s+(?:(?:al|el|ad|bin|ben|de|da|du|van|von|der|di)[-\s])?{_NAME_WORD}){{1,3}}"
#: a place name not in the gazetteer ("the consul in Oran")
PLACE = r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
#: capitalised words that start sentences or titles, never a first name
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "However", "But", "And", "While", "After", "Before",
    "According", "It", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Both",
    "Last", "Late", "Early", "Western", "Four", "Seven", "Three", "Two", "UN", "US", "EU",
}  # fmt: skip

#: the terms of an order told before, given to another envoy: "was handed the same ultimatum", "been served a
#: similar notice"
SAME_TERMS = r"(?:the\s+same|a\s+similar|an\s+identical)\s+(?:ultimatum|notice|order|note|letter|decision)"
#: a new order, not a known one: "the attaché has also been told to leave"
ANOTHER = re.compile(r"\b(?:also|another|second|separate(?:ly)?|too|as well)\b", re.I)
#: titles that stand for any post of their sender: "the official" may be its ambassador
GENERIC_ROLES = {"diplomat", "envoy", "representative", "official", "officer"}
#: bare references to an envoy already mentioned
ENVOY_ANAPHOR = (
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    # a bare post, with its rank or field: "the deputy ambassador", "the political counsellor"
    r"(?:(?:deputy|first|second|third|political|military|defen[cs]e|trade|press|cultural|commercial|embassy)\s+)?"
    r"(?:ambassador|envoy|diplomat|representative|(?:vice-)?consul(?:[- ]general)?|official|officer|counsell?or|"
    # the head of an organisation's office: "the country director", "the mission chief"
    rf"country director|{HEAD_OF_OFFICE}|(?<=first )secretary|"
    # the same post as the one just told, elsewhere: "his counterpart in Quetta"
    r"counterpart(?=\s+(?:in|at)\s)|"
    r"(?<=second )secretary|(?<=third )secretary|"
    r"attaché|chargé d[’']affaires)\b"
)
GROUP_NOUN = (r"(?:officials|officers|diplomats|envoys|staff(?:\s+members)?|staffers|employees|personnel|ambassadors|"
              r"aid workers|agents|attach[ée]s|counsell?ors|secretaries|consuls|colleagues|"
              r"assistants|aides|deputies|advis[eo]rs|"
              # "40 members of the Russian embassy", not "three members of parliament"
              r"members(?=\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?:embass|consul|mission|"
              r"delegation|[Hh]igh [Cc]ommission)))")

#: how the text says an organisation is an NGO: "the Sahel Relief Alliance, a Dakar-based aid group"
NGO_TYPE = (
    r"(?:aid (?:group|agency|organi[sz]ation)|charity|humanitarian (?:group|organi[sz]ation|agency)|"
    r"relief (?:group|agency|organi[sz]ation)|(?:human )?rights (?:group|organi[sz]ation)|NGO|"
    r"non-governmental organi[sz]ation|advocacy group|development (?:group|agency|organi[sz]ation))"
)
#: a capitalised organisation name not in the gazetteer ("Sahel Relief Alliance", "Doctors for Peace")
ORG_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|de|du|sans)\s+)?[A-Z][\w'’-]*){0,5}"
#: the jobs of an NGO's staff
NGO_ROLE = (
    r"(?:director|head|chief|president|coordinator|representative|manager|officer|official|employee|worker|founder)"
)


def singular(noun: str) -> str:
    """A role's singular: "counsellors" → "counsellor" ("chargé d'affaires" is singular already)."""
    noun = noun.lower()
    if noun.endswith("affaires"):
        return noun
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def post_title(noun: str) -> str:
    """A bare post's title as posts are held: "the chief of mission" and "the delegation head" hold the post
    "head of mission"."""
    return "head of mission" if re.fullmatch(HEAD_OF_OFFICE, noun, re.I) else singular(noun)


def post_name(role: str, previous: str | None) -> str:
    """A post's name; an earlier holder ("the previous ambassador") holds another post than the current one."""
    return f"former {post_title(role)}" if previous else post_title(role)
