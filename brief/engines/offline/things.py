"""Names of things, not actors: products, vintages, venues and named places the text marks as such.

A name shaped like a person's or with an organisation's head word ("Club", "House") may still be a
hotel's restaurant, a game's season pass or a grape. The words around it say so: "a new X",
"his 2011 X", "X 4 will begin", "varieties such as X", "using X", "the X island", "The X in Miami".
A name that speaks, holds a role or carries a title is kept whatever else is said of it, except a market
index, a law or public programme, a work or a character, which cannot act for themselves whatever verbs follow.
"""

from __future__ import annotations

import re

from .ent import Ent, acts_strongly, speaks
from .given import is_given_name
from .lexicon import AGENT_VERBS, SPEECH_VERBS, STOPWORDS

# "his highly prized 2011 B Goldkapsel", "the 2020 Camry": a vintage or model year (not "in 2011 Ann Lee")
_VINTAGE = re.compile(r"(?<!\w)(?!(?:in|since|by|until|till|from|of|during|after|before|to|and|for|on|around|"
                      r"circa|through|at|about|early|late|mid)\s)(?:[a-z]+|[A-Z][\w\-]*[’']s)\s+(?:19|20)\d\d\s+$")
# "a new Rocket Pass.", "an updated Widget in": one of a kind of thing, when the name heads the phrase
_ONE_OF = re.compile(r"\b(?:a|an)\s+(?:(?:new|free|brand-new|limited|special|updated|upcoming)\s+)?$", re.I)
_HEADS_PHRASE = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|for|that|which|with|to|is|was|will|from)\b")
_VERSION = re.compile(r"\s+\d{1,2}\s+(?:will|is|was|has|begins?|starts?|launch(?:es)?|arrives?|includes?)\b")  # "Pass 4 will"
# "grapes like Portugieser, Dornfelder and Riesling": examples of a kind of thing
_KINDS = (r"varieties|grapes|wines|beers|drinks|dishes|foods|fruits|crops|cultivars|breeds|flavou?rs|games|titles|"
          r"apps|products|models|devices|phones|gadgets|cars|vehicles|shows|films|movies|songs|albums|books|tools|"
          r"drugs|medicines|languages|frameworks|features")
_EXAMPLE = re.compile(rf"\b(?:{_KINDS})(?:\s*,)?\s+(?:such as|like|including|especially)\s+"
                      rf"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*,?\s+(?:and\s+|or\s+)?)*$")
_TOOL = re.compile(r"\b(?:us(?:e|es|ed|ing)|powered by|built (?:on|with))\s+$", re.I)  # "uses ARKit to map"
# "the private Hong Bang island", "Holston House in Nashville": a place or a property
_PLACE_AFTER = re.compile(r"\s+(?:island|islands|river|lake|bay|beach|mountains?|province|street|road|avenue|valley|"
                          r"peninsula|village|district|county|archipelago|coast)\b")
_VENUES = {"Spa", "Resort", "Hotel", "Restaurant", "Lounge", "Casino", "Café", "Cafe", "Villas", "Suites", "Club",
           "Bistro", "Brasserie", "Tavern", "Pub", "Ballroom", "Mall", "Inn",
           "Base", "Airport", "Stadium", "Arena", "Headquarters", "HQ",  # where things happen
           "Marathon", "Olympics", "Expo", "Plan", "Act"}  # events and laws, which do not act
_BUILDINGS = {"House", "Bar", "Grill", "Pool", "Villa", "Lodge", "Kitchen", "Terrace", "Pavilion", "Gallery", "Tower",
              "Towers"}  # also surnames: "Ann House" may be a person
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SEATS = {"University", "College", "Hospital", "School"}  # named once after "at" or "to", a place in someone's story
_AT = re.compile(r"\b(?:at|to|from)\s+(?:the\s+)?$")
_FORMER = re.compile(r"\b(?:retired|former|onetime|one-time)\s+$|\bex-$", re.I)
_LOWER_NEXT = re.compile(r" [a-z]")
# what a place does or is: "serves as a setting", "offers massages", ", located on an island"
_SETTING = re.compile(r",?\s+(?:\w+ly\s+|also\s+)?(?:serves|offers|provides|features|boasts|hosts|houses|overlooks|"
                      r"sits|lies|welcomes|opens|stands|located|situated|nestled|perched|set)\b")


def a_thing(e: Ent, texts: dict) -> bool:
    """Whether the text marks a found name as a product, venue or place rather than an actor."""
    spans = [m for m in e.mentions if m.kind in ("span", "described")]
    if e.mentions and all(_MARKET.match(texts[m.pid].text, m.end) for m in e.mentions):
        return True
    if spans and len(spans) == len(e.mentions) and not_a_party(e, texts):
        return True
    if spans and len(spans) == len(e.mentions) and e.type != "person" and _biography(e, spans, texts):
        return True
    if not spans or len(spans) < len(e.mentions) or e.role or any(m.titles for m in spans) or \
            any(speaks(texts[m.pid].text, m.start, m.end) for m in spans):
        return False
    def before(m, rx, reach=60):
        return rx.search(texts[m.pid].text, max(0, m.start - reach), m.start) is not None
    for m in spans:
        text = texts[m.pid].text
        heads = _HEADS_PHRASE.match(text, m.end) is not None  # not "the 2017 NFL draft", "a Ford spokesman"
        if _VERSION.match(text, m.end) or before(m, _EXAMPLE, 120) or \
                (heads and (before(m, _ONE_OF, 30) or before(m, _VINTAGE, 40))):
            return True
    last = e.name.split()[-1]
    if len(e.name.split()) > 1 and (last in _VENUES or (last in _BUILDINGS and e.type != "person")) and \
            not any(acts_strongly(texts[m.pid].text, m.end) and not _SETTING.match(texts[m.pid].text, m.end)
                    for m in spans):
        return True  # "Rock Island Club", "Holston House": a property (but "the Harbor Club fired its coach" acts)
    if all(_PLACE_AFTER.match(texts[m.pid].text, m.end) for m in spans):
        return True
    if e.type == "person" and is_given_name(e.name.split()[0]) and 2 * sum(
            before(m, _THE_BEFORE, 5) and _HEADS_PHRASE.match(texts[m.pid].text, m.end) is not None
            for m in spans) >= len(spans):
        return True  # "The Eliza Jane in New Orleans": people do not take "the" (but "the Ann Lee song" is hers)
    if e.type == "person" and not is_given_name(e.name.split()[0]) and all(_qualifies(texts[m.pid].text, m.end)
                                                                           for m in spans):
        return True  # "handmade Native American beadwork", "a Native woman": a category, with no given name
    return 2 * sum(before(m, _TOOL, 30) for m in spans) >= len(spans)


def _qualifies(text: str, end: int) -> bool:
    """Whether the name is written before a common noun it qualifies ("Acme devices"), not a verb of its own."""
    nxt = re.match(r" ([a-z]+)\b", text[end:end + 30])
    word = nxt.group(1) if nxt else ""
    return bool(word) and word not in AGENT_VERBS and word not in SPEECH_VERBS and word not in STOPWORDS and \
        not word.endswith(("ed", "s"))


def _biography(e: Ent, spans: list, texts: dict) -> bool:
    """"taken to University Hospital", "a professor at DePaul University, said", "a retired Marine Corps
    colonel": where someone works, worked or was taken, named once, is part of their story, not a side in it."""
    toks = e.name.split()
    m = spans[0]
    text = texts[m.pid].text
    if len(spans) == 1 and (toks[-1] in _SEATS or toks[0] in _SEATS) and \
            _AT.search(text, max(0, m.start - 12), m.start) and not _acts_itself(text, m.end):
        return True
    return all(_FORMER.search(texts[x.pid].text, max(0, x.start - 12), x.start) and
               _LOWER_NEXT.match(texts[x.pid].text, x.end) for x in spans)


def _acts_itself(text: str, end: int) -> bool:
    """"the University said", not "a professor at the University, said": a comma hands the verb back to the person."""
    return text[end:end + 1] != "," and acts_strongly(text, end)


# "the Dow Jones Industrial Average rose 220 points", "the Sensex scaled a new high": a market's measure
_INDEXES = {"Sensex", "Nifty", "Nikkei", "Topix", "Kospi", "Treasuries", "Gilts", "Bunds"}
_INDEX_HEADS = {"Index", "Average", "Composite", "Treasuries"}
# measured in points, per cent or to a level: "rose 220 points", "fell 2%", "climbed to 23,100" (not "gained 12 seats")
_MOVES = re.compile(r"\s+(?:rose|fell|gained|added|lost|slipped|dropped|climbed|jumped|tumbled|slid|declined|"
                    r"advanced|rallied|sank|surged|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?(?:to\s+)?"
                    r"\$?\d[\d,.]*(?:\s*%|\s+(?:percent|per\s+cent|points?|pts|basis\s+points)\b|(?=\s*(?:[,.;:]|$)))"
                    r"(?!\s+(?:of\s+the\s+(?:vote|ballots?|seats)|(?:in|among)\s+(?:the\s+)?(?:polls?|surveys?|voters)))")
# "the Affordable Care Act required ...", "Medicaid is far from perfect": laws and programmes are what sides fight over
_LAWS = {"Act", "Amendment", "Treaty", "Accords"}
# "The Davis Cup Final began on Monday": an event begins and ends, but is no side in the story
_EVENTS = {"Final", "Finals", "Cup", "Championship", "Championships", "Tournament", "Olympics", "Marathon"}
# "Japan’s Nikkei futures lost 0.66%": a name on an index or its futures is the market's measure, not an outlet
_MARKET = re.compile(r"\s+(?:futures|index|average|stock average|225)\b", re.I)
_PROGRAMMES = {"Medicaid", "Medicare", "Obamacare", "Trumpcare", "Social Security", "Medi-Cal", "CHIP", "SNAP"}
# "the 1956 film High Society", "La La Land, the recently released musical from ...": a work, not its makers
_WORKS = r"(?:film|movie|musical|novel|book|memoir|album|sitcom|documentary|miniseries|opera|podcast|TV series)"
_WORK_BEFORE = re.compile(rf"\b(?:graphic\s+)?{_WORKS}\s+[“\"]?$|\b(?:author|co-author|writer)\s+of\s+[“\"]$")
# the work noun heads the apposition: "High Society, the 1956 film," (not "the film’s director", "a documentary filmmaker")
_WORK_AFTER = re.compile(rf",\s+(?:the|a|an|his|her|their)\s+(?:[a-z\-]+\s+){{0,3}}{_WORKS}(?=\s*(?:[,.;:)—–]|$)|\s+"
                         r"(?:from|by|about|that|which|starring|directed|written|produced|released|based|set|in|of|"
                         r"with|and|is|was|will|has)\b)")
# "Mia, the actress played by Emma Stone", "a bandleader named Keith, played by ...": a character, not a person
_PLAYED_BY = re.compile(r"(?:,\s+(?:the|a|an)\s+[^,.;:]{0,40}?)?,?\s+(?:played|portrayed|voiced)\s+by\b")


def not_a_party(e: Ent, texts: dict) -> bool:
    """A market index, a law or public programme, a work or a fictional character: names the story is about
    that cannot act or speak for themselves, whatever verbs follow them."""
    toks = e.name.split()
    if e.name in _INDEXES or e.name in _PROGRAMMES or \
            (len(toks) > 1 and (toks[-1] in _INDEX_HEADS or toks[-1] in _LAWS or toks[-1] in _EVENTS)):
        return True
    if all(_MOVES.match(texts[m.pid].text, m.end) for m in e.mentions):
        return True
    # "on his podcast Joe Rogan said": a work does not speak, so a name that does is the one speaking of it
    return any((_WORK_BEFORE.search(texts[m.pid].text, max(0, m.start - 20), m.start) and
                not speaks(texts[m.pid].text, m.start, m.end)) or
               _WORK_AFTER.match(texts[m.pid].text, m.end) or _PLAYED_BY.match(texts[m.pid].text, m.end)
               for m in e.mentions)
