"""Find name mentions in a paragraph: lexicon hits and capitalised spans, cleaned of titles.

Mentions are raw material; ``actors`` decides which are people, organisations or states
and merges the variants of one name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .given import is_given_name, is_surname
from .text import asides
from .lexicon import (ARMED_GROUPS, COUNTRIES, COUNTRY_ALIASES, DAYS, GENERIC_PLURALS, HOLIDAYS, INTL_ORGS, MONTHS, ORG_HEADS, OUTLETS,
                      JOB_NOUNS, PLACE_HEADS, PLACES, POLITICAL, ROLE_WORDS, STATE_MEDIA, TITLES, US_AGENCIES, US_STATES)


@dataclass
class Mention:
    pid: str
    start: int
    end: int
    text: str
    kind: str  # lexicon type, "country", "span"
    canonical: str = ""
    titles: list[str] = field(default_factory=list)


def _lexicon() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One alternation of every known name (longest first, so "RIA Novosti" beats "RIA")."""
    table: dict[str, tuple[str, str]] = {}
    for kind, entries in (("state_media", STATE_MEDIA), ("media_outlet", OUTLETS), ("armed_group", ARMED_GROUPS),
                          ("international_org", INTL_ORGS), ("agency", US_AGENCIES)):
        for canon, aliases in entries.items():
            table.update({alias: (kind, canon) for alias in aliases})
    for country, (_dem, metonyms) in COUNTRIES.items():
        table.update({m: ("country", country) for m in (country, *metonyms)})
    table.update({alias: ("country", country) for alias, country in COUNTRY_ALIASES.items()})
    names = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-]|\.\w)")
    return pattern, table


LEXICON, _LEXICON_TABLE = _lexicon()
DEMONYMS = {dem: country for country, (dem, _m) in COUNTRIES.items()}
_TOKEN = (r"(?:[A-Z][A-Za-z]*&[A-Z][A-Za-z]*|[A-Z]\.(?:[A-Z]\.)+|[A-Z]+\d+[A-Z]*(?![\w\-])|(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Brig|Cpl|Pvt|Cmdr|Cdr|Prof|Det|Hon|Rt)\."
          r"|[A-Z][A-Za-z\u00C0-\u024F'’\-]*[A-Za-z\u00C0-\u024F](?:['’](?=\s+[A-Z]))?|[A-Z]\.(?=\s+[A-Z][a-z])|[A-Z])")
_CONN = r"(?:of|the|de|da|del|der|van|von|bin|al|la|le|du|and|for|on|&)"
_CONN_RX = re.compile(_CONN)
_CENTRES = {"Center", "Centre", "Centers", "Centres"}  # "Center for ..." is a body; "Moscone Center" a venue
_SPAN = re.compile(rf"(?<![\w.&]){_TOKEN}(?:\s+(?:{_CONN}\s+|for\s+an?\s+(?=[A-Z]))*{_TOKEN})*")  # "Center for a New ..."
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")
_STARTERS = {
    "the", "a", "an", "in", "on", "at", "but", "and", "as", "after", "before", "while", "when", "it", "this", "that",
    "these", "those", "he", "she", "they", "we", "i", "his", "her", "their", "our", "its", "if", "although",
    "despite", "following", "during", "since", "recent", "ahead", "there", "here", "what", "who", "why", "how",
    "for", "with", "by", "from", "to", "of", "so", "yet", "then", "now", "also", "still", "meanwhile", "however",
    "earlier", "later", "last", "next", "some", "many", "most", "all", "both", "one", "two", "no", "not", "my",
    "your", "instead", "under", "over", "about", "like", "unlike", "according", "once", "such", "even", "just",
    "nor", "hey", "maybe", "yes", "oh", "well", "please", "thanks", "sure", "okay", "every", "each", "any", "only",
    "where", "which", "whether", "though", "because", "until", "unless", "among", "between", "without", "within",
    "besides", "beyond", "against", "around", "through", "throughout", "toward", "towards", "upon", "amid", "inside",
    "outside", "behind", "near", "via", "except", "whereas", "thus", "hence", "indeed", "perhaps", "otherwise",
    "therefore", "moreover", "furthermore", "nevertheless", "nonetheless", "again", "soon", "already", "either",
    "neither", "another", "other", "several", "few", "more", "much", "very", "never", "always", "often", "today",
    "yesterday", "tonight", "happy", "dear", "welcome", "you", "me", "us", "them",
}
# Words that begin a sentence and never end a name (unlike "One" in "Air Force One", or "Now" in "DirecTV Now")
_RUN_ON = {"the", "a", "an", "in", "on", "at", "from", "to", "for", "with", "by", "as", "after", "before", "while", "when",
           "but", "if", "this", "that", "these", "those", "he", "she", "they", "we", "it", "his", "her", "their", "its"}
_SUFFIX = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
_POSS = re.compile(r"[’']s$|(?<=s)[’']$")  # "Kremlin's", "Wichita Heights'"
# Owners that make a possessive part of an organisation's name ("People’s Liberation Army").
_GROUP_OWNERS = {"people", "peoples", "women", "men", "children", "workers", "citizens", "veterans", "farmers",
                 "teachers", "nurses", "doctors", "students", "voters", "soldiers", "consumers", "taxpayers",
                 "americans", "physicians", "parents", "friends", "scientists", "lawyers", "mothers", "families"}


def sentence_starts(text: str) -> set[int]:
    starts = {0}
    lead = re.match(r"[\s•·▪\-–—*]+", text)  # "• If Republicans had won": a bullet opens the sentence
    if lead:
        starts.add(lead.end())
    for m in re.finditer(r"[.!?:;][\"'”’)]*\s+[\"'“‘(]?|[\"“‘(]\s*", text):
        starts.add(m.end())
    return starts


_ORG_TAIL = re.compile(r"(?:\s+[A-Z][\w’'\-]*){1,4}")


def _org_after(text: str, end: int) -> bool:
    """"Nigeria Police", "Hong Kong Polytechnic University": a place that begins an organisation's name."""
    m = _ORG_TAIL.match(text, end)
    return m is not None and any(t in ORG_HEADS for t in m.group().split())


# "SEOUL, Aug. 20 (Yonhap) --", "WASHINGTON (CNN) —": the wire that filed the story, not a source in it
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+\s$")
_DATELINE = re.compile(r"\s*\)\s*(?:--|—|–|-|:)")
# "CCTV cameras": an acronym that is also a common noun, used as one
_PARENT = re.compile(r"\s+(?:Media|Group|Company|Corporation|Corp\b|Inc\b|Holdings|Networks|Studios|Digital)\b")  # "Vox Media"
_AS_NOUN = re.compile(r"\s+(?:cameras?|footage|surveillance|monitors?|systems?|networks? of)\b")


def publisher(paragraphs: list[str]) -> str | None:
    """The wire or network that filed the story, named in its dateline ("WASHINGTON (CNN) --"): the
    article's own voice, so neither that mention nor its staff ("CNN meteorologist") is a source."""
    for text in paragraphs[:3]:
        for m in LEXICON.finditer(text, 0, 80):
            kind, canon = _LEXICON_TABLE[m.group()]
            if kind in ("media_outlet", "state_media") and text[m.start() - 1:m.start()] == "(" and \
                    _DATELINE.match(text, m.end()):
                return canon
    return None


def outlet_aliases() -> dict[str, str]:
    """Every way the lexicon writes an outlet, to its canonical name."""
    return {alias: canon for alias, (kind, canon) in _LEXICON_TABLE.items() if kind in ("media_outlet", "state_media")}


# "the Chinese government", "the government of Turkey": the state by its government, an actor by definition
_GOVERNMENT = re.compile(r"\b(?:(?P<dem>" + "|".join(DEMONYMS) + r")\s+(?:[Gg]overnment|authorities|administration)|"
                         r"[Gg]overnment\s+of\s+(?:the\s+)?(?P<country>" + "|".join(COUNTRIES) + r"))\b")


def lexicon_mentions(pid: str, text: str) -> list[Mention]:
    aside = asides(pid, text)
    governs = "overnment" in text or "authorities" in text or "administration" in text
    out = [Mention(pid, g.start(), g.end(), g.group(), "country", DEMONYMS.get(g.group("dem") or "", g.group("country")))
           for g in (_GOVERNMENT.finditer(text) if governs else ()) if not any(a <= g.start() < b for a, b in aside)]
    for m in LEXICON.finditer(text):
        kind, canon = _LEXICON_TABLE[m.group()]
        if (aside and any(a <= m.start() < b for a, b in aside)) or any(g.start <= m.start() < g.end for g in out):
            continue
        if kind == "country" and _org_after(text, m.end()):
            continue
        if len(m.group()) <= 3 and m.group().isupper() and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Surface RT", "Galaxy AI": the end of a product's name, not the outlet or body

        if kind in ("media_outlet", "state_media") and (_AS_NOUN.match(text, m.end()) or _PARENT.match(text, m.end()) or (
                m.start() < 60 and text[m.start() - 1:m.start()] == "(" and _DATELINE.match(text, m.end()))):
            continue
        out.append(Mention(pid, m.start(), m.end(), m.group(), kind, canon))
    return out


def _peel_titles(tokens: list[str]) -> tuple[list[str], list[str]]:
    titles: list[str] = []
    while len(tokens) > 1:
        two = " ".join(tokens[:2])
        if tokens[0] in TITLES and tokens[1] == "of" and len(tokens) > 3:
            # "Secretary of State Ann Lee", "Minister of Foreign Affairs Ann Lee": the portfolio is part of the title
            cut = 3
            while len(tokens) - cut > 2 and not is_given_name(tokens[cut]):
                cut += 1
            titles.append(" ".join(tokens[:cut]))
            tokens = tokens[cut:]
            continue
        if two in TITLES and len(tokens) > 2:
            titles.append(two)
            tokens = tokens[2:]
        elif tokens[0] in TITLES or (tokens[0] in DEMONYMS and len(tokens) > 2) or (tokens[0] in POLITICAL and tokens[-1] not in ORG_HEADS) or \
                re.fullmatch(r"[A-Z][\w’']*-[a-z][\w-]*", tokens[0]) or _occupation(tokens):
            titles.append(tokens[0])
            tokens = tokens[1:]
        else:
            break
    return titles, tokens


_TRADE = re.compile(r"[A-Z][a-z]+(?:ist|ian|er|or)")


def _occupation(tokens: list[str]) -> bool:
    """"Cartoonist Matt Bors", "Historian Ann Lee": a capitalised trade before a given name and surname."""
    return len(tokens) >= 3 and (tokens[0].lower() in ROLE_WORDS or bool(_TRADE.fullmatch(tokens[0]))) and \
        not is_given_name(tokens[0]) and is_given_name(tokens[1]) and tokens[-1] not in ORG_HEADS


def span_mentions(pid: str, text: str, lowercase_words: set[str], taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised spans not already claimed by the lexicon, split and stripped of titles."""
    starts = sentence_starts(text)
    out: list[Mention] = []
    masked = text
    for a, b in [*taken, *asides(pid, text)]:  # lexicon hits are not part of any other name; credits are no names
        masked = masked[:a] + "," * (b - a) + masked[b:]
    for m in _SPAN.finditer(masked):
        if _ORDINAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "21st Century Fox": the name starts with its number; its words alone name nobody
        tokens = m.group().split()
        start = m.start()
        while tokens and start in starts and _common(tokens[0], lowercase_words) and \
                not (tokens[0].lower() not in _STARTERS and len(tokens) > 1 and tokens[-1] in ORG_HEADS):
            start = text.index(tokens[1], start + len(tokens[0])) if len(tokens) > 1 else m.end()
            tokens = tokens[1:]
        while len(tokens) > 1 and tokens[-1].istitle() and tokens[-1].lower() in _RUN_ON:
            tokens = tokens[:-1]  # "the Washington Monument From a gallery": a heading run into its first sentence
        if not tokens or re.search(r"-(?:ish|esque|like|style)$", tokens[-1]):
            continue  # "a Chet Baker-ish ballad": a likeness, not the man
        groups = []
        for part in (q for piece in _split_possessives(tokens, lowercase_words) for q in _split_titles(piece)):
            groups += _split_connectors(part)
        pos, prefix = start, []
        for i, group in enumerate(groups):
            pos = text.index(group[0], pos)
            end = text.index(group[-1], pos) + len(group[-1])
            nxt = groups[i + 1] if i + 1 < len(groups) else []
            if nxt and _titled(nxt) and _jurisdiction(group) and text[end:text.index(nxt[0], end)].strip() == "":
                prefix = group  # "Indiana House Speaker Brian Bosma": the house is part of his title
                pos = end
                continue
            out += _clean(pid, text, pos, end, group, prefix)
            prefix, pos = [], end
    return out


def _common(token: str, lowercase_words: set[str]) -> bool:
    """A capitalised word that is only capitalised because it starts the sentence."""
    low = token.lower()
    if low in _STARTERS or low in lowercase_words or low in GENERIC_PLURALS:
        return True
    shaped = low.endswith(("ing", "ly")) or (low.endswith("ed") and len(low) > 4)  # "Meanwhile", "Asked"
    return shaped and not is_given_name(token)  # but "Ahmed", "Kelly", "Sterling" are names


def _jurisdiction(group: list[str]) -> bool:
    """"Indiana House", "Texas Senate": a place and its chamber, an office's name rather than an actor's."""
    places = " ".join(group[:-1])
    return group[-1] in ORG_HEADS and (not places or places in US_STATES or places in COUNTRIES or places in PLACES)


def _titled(group: list[str]) -> bool:
    return len(group) > 1 and (group[0] in TITLES or " ".join(group[:2]) in TITLES) and group[-1] not in ORG_HEADS


def _split_titles(tokens: list[str]) -> list[list[str]]:
    """"Indiana House Speaker Brian Bosma": an organisation, then a titled person."""
    for i in range(2 if " ".join(tokens[:2]) in TITLES else 1, len(tokens) - 1):  # "Vice President Harlan"
        if all(t in TITLES for t in tokens[i:]) or " ".join(tokens[i:]) in TITLES:
            break  # "New York State Attorney General": an office, not a titled name
        if tokens[i] in TITLES or " ".join(tokens[i:i + 2]) in TITLES:
            return [tokens[:i], *_split_titles(tokens[i:])] if i else [tokens]
    return [tokens]


def _split_possessives(tokens: list[str], lowercase_words: set[str]) -> list[list[str]]:
    """"Salesforce's Dreamforce" names two things: the owner and what it owns; "People’s Liberation
    Army" (a common noun's possessive, an organisation's head) names one."""
    groups: list[list[str]] = [[]]
    for i, t in enumerate(tokens):
        groups[-1].append(t)
        owner = _POSS.sub("", t).lower()
        common = owner in lowercase_words or owner in _GROUP_OWNERS or (i > 0 and tokens[i - 1] in ("St.", "Saint")) or \
            t.endswith(("s'", "s’"))  # "Avalen Dockers' Union": a plural's possessive, its members'
        if _POSS.search(t) and not (common and any(r in ORG_HEADS for r in tokens[i + 1:])):  # "St. Brigid's Hospital"
            groups.append([])
    return [g for g in groups if g]


def _split_connectors(tokens: list[str]) -> list[list[str]]:
    """Split "Saraki and Melaye", keep "Bank of England" and "Securities and Exchange Commission"."""
    groups: list[list[str]] = [[]]
    for i, t in enumerate(tokens):
        if not _CONN_RX.fullmatch(t):
            groups[-1].append(t)
            continue
        left, right = groups[-1], tokens[i + 1:]
        keep = t in ("of", "for", "on", "the") and bool(left) and (left[-1] in ORG_HEADS or left[-1] in ("for", "on")
                                                                 or (t == "of" and any(w in ORG_HEADS for w in left)))
        keep = keep or (t == "for" and len(left) == 1 and left[0] in _CENTRES and len(right) >= 1)  # "Center for ..."
        # "Center for Strategic and International Studies", "Citizens for Responsibility and Ethics": one cause's name
        # "House Oversight and Government Reform Committee": a chamber's committee names its two fields
        keep = keep or (t == "and" and left[:1] in (["House"], ["Senate"]) and bool(right) and
                        right[-1] in ("Committee", "Subcommittee", "Commission"))
        keep = keep or (t == "and" and "for" in left[1:2] and (left[0] in _CENTRES or left[0] in ORG_HEADS or
                                                               left[0].lower() in _GROUP_OWNERS) and bool(right))
        keep = keep or (t == "and" and len(left) == 1 and left[0].endswith("s") and bool(right) and right[-1] in ORG_HEADS)
        keep = keep or (t == "of" and len(left) == 1 and left[0] in TITLES and len(right) >= 2  # "Secretary of State"
                        and right[-1] not in ORG_HEADS)  # not "CEO of Memorial Health System": a title, then a body
        # "Breaking the Silence": a capitalised verb form inside a sentence begins a name
        keep = keep or (t == "the" and len(left) == 1 and left[0].endswith("ing") and bool(right) and right[0] != "the")
        # "People for the Ethical Treatment of Animals", "Students for Fair Admissions": a cause's members
        keep = keep or (t == "for" and len(left) == 1 and left[0].lower() in _GROUP_OWNERS and len(right) >= 2)
        keep = keep or (t == "&" and bool(left) and bool(right) and left[-1] not in TITLES)  # "Johnson & Wales"
        if keep or (t in ("de", "da", "del", "der", "van", "von", "bin", "al", "la", "le", "du") and left):
            groups[-1].append(t)
        else:
            groups.append([])
    return [_trim(g) for g in groups if _trim(g)]


def _trim(group: list[str]) -> list[str]:
    while group and (_CONN_RX.fullmatch(group[-1]) or group[-1] in ("a", "an")):
        group = group[:-1]
    while group and (_CONN_RX.fullmatch(group[0]) or group[0] in ("a", "an")):
        group = group[1:]
    return group


_STREET = re.compile(r"(?i)(?<=\w\w\w)(?:strasse|straße|platz|allee|gasse|straat|plein|gracht)$")  # "Petersallee"
_EVENTS = {"Award", "Awards", "Prize", "Cup", "Conference", "Summit", "Games", "Championship", "Tour"}  # "Producers Guild Awards"


_JOB_BEFORE = re.compile(r"(?:,|\b(?:a|an|as|our|its|their|his|her))\s+$")
_JOB_AFTER = re.compile(r"\s*(?:[,.;:)–—]|\s-\s|$)|\s+(?:at|for|of|with|on)\s")


def _clean(pid: str, text: str, start: int, end: int, tokens: list[str], prefix: list[str] | None = None) -> list[Mention]:
    last = tokens[-1]
    if _POSS.search(last):
        bare = _POSS.sub("", last)
        tokens = [*tokens[:-1], bare]
        end -= len(last) - len(bare)
    if tokens and tokens[-1] in JOB_NOUNS and _JOB_BEFORE.search(text, max(0, start - 8), start) and \
            _JOB_AFTER.match(text, end):
        return []  # "Ann Lee, General Manager, Acme": a job, not a name
    if tokens and tokens[0] in ("The",) and len(tokens) > 1 or \
            len(tokens) > 2 and tokens[0] in _IMPERATIVES and text[max(0, start - 40):start].rstrip()[-1:] in ("", *_OPENERS):
        start = text.index(tokens[1], start)
        tokens = tokens[1:]
    titles, rest = _peel_titles(tokens)
    rest = _trim(rest)
    if not rest:
        return []
    cut = next((i for i in range(1, len(rest)) if rest[i] in _MONTH_CUTS and rest[i - 1] in ("on", "in", "by")), 0) \
        if _MONTH_CUTS.intersection(rest) else 0
    if cut:  # "certified by Congress on Jan. 6": a date, not part of the name
        rest = _trim(rest[:cut])
        end = text.index(rest[-1], start) + len(rest[-1])
    start = text.index(rest[0], start)
    name = " ".join(rest)
    if _described_member(text, start, rest) or (rest[-1].endswith("s") and rest[-1][:-1] in DEMONYMS):
        return []  # "a Pennsylvania Republican said", "Many Native Americans": a description, not a name
    if name in PLACES or name in US_STATES or name.rstrip("s") in DEMONYMS or name in MONTHS or name in DAYS or name in DEMONYMS or name in TITLES or \
            rest[-1] in _EVENTS or (rest[-1] in PLACE_HEADS and not any(t in ORG_HEADS for t in rest) and
             not (len(rest) == 2 and is_given_name(rest[0]) and is_surname(rest[1]))) or re.fullmatch(r"[A-Z][\w’']*-[a-z][\w-]*", name):
        return []
    if any(t in MONTHS or t in DAYS or t in HOLIDAYS for t in rest) or name in HOLIDAYS or _STREET.search(rest[-1]):
        return []
    if len(name) < 2 or name.isdigit() or name in _DEITIES:
        return []
    if prefix and titles:
        titles = [" ".join([*prefix, titles[0]]), *titles[1:]]
    return [Mention(pid, start, end, text[start:end], "span", name, titles)]


# A sentence that opens with a command puts its verb before the name: "Ask Damien Chazelle about it".
_IMPERATIVES = {"Ask", "Meet", "Tell", "Thank", "Watch", "Call", "Follow", "Welcome", "Congratulate", "Blame"}
_OPENERS = tuple('.!?:"“”‘’')
_DEITIES = {"God", "Allah"}  # "God bless you all", "may God protect our troops": a blessing, not a side
_MONTH_CUTS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
_PARTY_MEMBERS = {"Republican", "Democrat", "Republicans", "Democrats"}
_SOME = re.compile(r"(?i)\b(?:a|an|another|one|two|three|four|five|some|several|many|few|other|couple of|number of)\s+$")


def _described_member(text: str, start: int, rest: list[str]) -> bool:
    """"a Pennsylvania Republican", "two Iowa Democrats": a party member described by place, an unnamed
    source; but "Texas Democrats fled the state" is the state party acting."""
    if len(rest) < 2 or rest[-1] not in _PARTY_MEMBERS:
        return False
    return not rest[-1].endswith("s") or _SOME.search(text, max(0, start - 20), start) is not None


def org_type(name: str) -> str | None:
    """The kind of organisation a name's head word says it is ("... University"), if any."""
    toks = [t.rstrip(".,") for t in name.split()]
    if len(toks) > 2 and toks[1] == "for" and (toks[0].lower() in _GROUP_OWNERS or toks[0] in _CENTRES):
        return "civil_society"
    cut = next((i for i, t in enumerate(toks) if t in ("of", "for") and i), len(toks))
    for t in [*reversed(toks[:cut]), *reversed(toks[cut:])]:  # "Institute for Radio Astronomy": the head comes first
        if t in ORG_HEADS and not (t == "Radio" and t not in (toks[0], toks[-1])):  # "... Radio Telescope"
            return ORG_HEADS[t]
    return None
