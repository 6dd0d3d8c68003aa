"""Organisations written out once and then shortened: "the Screen Actors Guild (SAG) ... SAG said",
"the University and College Union ... UCU's members", "Microsoft Corp ... Microsoft".

A long name seldom acts in the text (it is written out once, then the short form does the
work), and the short form alone looks like a term ("HDMI"). Together they are one body; it is
an actor if its name's head says so ("Guild", "Union") or either form acts, speaks or has staff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...article import Article
from .ent import Ent, is_agent, speaks
from .lexicon import COUNTRIES, ORG_HEADS, ROLE_WORDS, TITLES
from .names import DEMONYMS, LEXICON, Mention, org_type
from .text import furniture

_PAREN = re.compile(r"\((?P<acr>[A-Z\u00C0-\u00DE\u0130][A-Za-z\u00C0-\u024F\u0130\u0131]{1,7})\)")
_GLOSS = re.compile(r"\s*\([^()]{3,80}\)\s*$")  # "(Initiative of Black People in Germany)": a translation between
_CONN = {"of", "for", "and", "the", "in", "on", "de", "du", "der", "des", "la", "le", "für", "&"}
_BARE = re.compile(r"(?<![\w.\-])[A-Z]{3,6}(?![\w\-]|\.\w)")
_STAFF = re.compile(r"\s+(?:\w+\s+)?(\w+)")  # "ISD spokesman", "the UCU general secretary"
_MEMBERS = re.compile(r"\b(\w+?)s?\s+(?:from|of|at|with|for)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$")  # "lawmakers from the"
_PARTY = re.compile(r"(?i)\b(?:party|populist|far-right|far-left|right-wing|left-wing|nationalist|opposition)\s+"
                    r"(?:[\w\-]+\s+){0,2}$")


@dataclass
class Spelled:
    long: Mention
    short: str
    mentions: list[Mention]  # every mention of either form, the long one first
    kind: str
    acts: bool


def _initial(word: str) -> str:
    return word[0].lower()


def _subsequence(short: str, letters: list[str]) -> bool:
    it = iter(letters)
    return all(c in it for c in short)


def _fits(words: list[str], short: str) -> bool:
    """"Screen Actors Guild" / SAG; "Initiative Schwarze Menschen in Deutschland" / ISD; a translated
    name keeps only the count of capitals ("Alternative for Germany" / AfD)."""
    caps = [w for w in words if w[0].isupper()]
    low = short.lower()
    if not caps or _initial(caps[0]) != low[0]:
        return False
    spelled = _subsequence(low, [_initial(w) for w in words]) and _initial(caps[-1]) == low[-1] and \
        len(caps) <= len(short) + 1
    return spelled or sum(c.isupper() for c in short) == len(caps) >= 2


def _long_before(text: str, at: int, short: str) -> tuple[int, str] | None:
    """The capitalised name written just before "(SAG)", as (start, name)."""
    head = text[:at]
    gloss = _GLOSS.search(head)
    if gloss:
        head = head[:gloss.start()]
    head = head.rstrip()
    words = list(re.finditer(r"[^\s()“”\"]+", head[max(0, len(head) - 160):]))
    offset = max(0, len(head) - 160)
    kept: list[re.Match[str]] = []
    for w in reversed(words):
        tok = w.group()
        if len(kept) >= 8 or not (tok[0].isupper() or tok in _CONN) or tok.endswith((",", ";", ":", ".")):
            break
        kept.insert(0, w)
    while kept and (kept[0].group() in _CONN or kept[0].group() in ("The", "A", "An")):
        kept.pop(0)
    for i in range(len(kept)):
        words_i = [w.group() for w in kept[i:]]
        if words_i[0][0].isupper() and _fits(words_i, short):
            return offset + kept[i].start(), head[offset + kept[i].start():offset + kept[-1].end()]
    return None


_CHAIN = re.compile(r"[A-Z][\w’'\-]+(?:(?:\s+(?:of|and|for|the|in|&)){0,2}\s+[A-Z][\w’'\-]+)+")
_CAP = re.compile(r"[A-Z][\w’'\-]+")


def _spelled(paras: list) -> dict[str, Mention]:
    """"University and College Union" under UCU: every run of capitalised words (small words between)
    by its initials, first occurrence kept."""
    out: dict[str, Mention] = {}
    for p in paras:
        for chain in _CHAIN.finditer(p.text):
            caps = list(_CAP.finditer(p.text, chain.start(), chain.end()))
            for i in range(len(caps) - 1):
                for j in range(i + 1, min(len(caps), i + 6)):
                    key = "".join(c.group()[0] for c in caps[i:j + 1])
                    if key not in out:
                        a, b = caps[i].start(), caps[j].end()
                        out[key] = Mention(p.id, a, b, p.text[a:b], "span", p.text[a:b])
    return out


def _acts(m: Mention, text: str) -> bool:
    staff = _STAFF.match(text, m.end)
    nxt = [w.lower() for w in (staff.group(0).split() if staff else [])]
    return is_agent(text, m.end) or speaks(text, m.start, m.end) or any(w in ROLE_WORDS for w in nxt) or \
        bool((b := _MEMBERS.search(text, max(0, m.start - 60), m.start)) and b.group(1).lower() in ROLE_WORDS)


def spelled_out(article: Article) -> list[Spelled]:
    """Every organisation whose name the text writes out and shortens, with both forms' mentions."""
    paras = [p for p in article.paragraphs if not furniture(p.text)]
    longs: dict[str, Mention] = {}
    for p in paras:
        for m in _PAREN.finditer(p.text):
            short = m.group("acr")
            if short in longs or sum(c.isupper() for c in short) < 2 or LEXICON.fullmatch(short):
                continue
            found = _long_before(p.text, m.start(), short)
            if found:
                longs[short] = Mention(p.id, found[0], found[0] + len(found[1]), found[1], "span", found[1])
    bare = {m.group() for p in paras for m in _BARE.finditer(p.text)} - set(longs)
    if bare:  # a short form the text never puts in brackets, spelled out somewhere all the same
        spelled = _spelled(paras)
        for short in sorted(bare):
            if short in spelled and short not in TITLES and short.lower() not in ROLE_WORDS and \
                    not LEXICON.fullmatch(short):
                longs[short] = spelled[short]
    out = []
    for short, long in longs.items():
        rx = re.compile(rf"(?<![\w.\-]){re.escape(short)}(?![\w\-]|\.\w)")
        shorts = [Mention(p.id, h.start(), h.end(), short, "span", long.text) for p in paras for h in rx.finditer(p.text)]
        texts = {p.id: p.text for p in paras}
        both = [long, *shorts]
        kind = org_type(long.text) or ("political_party" if _PARTY.search(texts[long.pid], max(0, long.start - 40),
                                                                            long.start) else "other")
        out.append(Spelled(long, short, both, kind, any(_acts(m, texts[m.pid]) for m in both)))
    return out


def merge_spelled(ents: dict[str, Ent], found: list[Spelled]) -> None:
    """One actor for both forms, absorbing what the other rules made of either ("College Union", "SAG")."""
    for sp in found:
        name = sp.long.text
        olds = {k: e for k, e in ents.items() if e.name in (name, sp.short) or k in (name, sp.short) or
                (len(e.name.split()) > 1 and name.endswith(" " + e.name)) or
                (e.mentions and all(m.kind in ("span", "described") and m.pid == sp.long.pid and
                                    sp.long.start <= m.start and m.end <= sp.long.end for m in e.mentions))}  # "Citizens for Responsibility and Ethics" in Washington
        if not (olds or sp.kind != "other" or sp.acts):
            continue
        typed = [e.type for e in olds.values() if e.type not in ("person", "other")]
        ent = Ent(name, typed[0] if typed else sp.kind, evidence_of_kind=True, forms=[sp.short])
        seen: set[tuple[str, int]] = set()
        for m in [*sp.mentions, *(m for e in olds.values() for m in e.mentions)]:
            if (m.pid, m.start) not in seen and not any(m.pid == x.pid and x.start <= m.start < x.end for x in ent.mentions):
                seen.add((m.pid, m.start))
                ent.mentions.append(m)
        for e in olds.values():
            ent.forms += [f for f in (e.name, *e.forms) if f not in (name, *ent.forms) and not name.endswith(" " + f)]
            ent.role = ent.role or (e.role if e.type != "person" else None)
        ent.mentions.sort(key=lambda y: (int(y.pid[1:]), y.start))
        for k in olds:
            del ents[k]
        ents[name] = ent


_LEGAL = re.compile(r"\s+(?:Corp|Corp\.|Corporation|Inc|Inc\.|Ltd|Ltd\.|LLC|plc|PLC|Co\.|Group|Holdings)$")


def merge_suffixed(ents: dict[str, Ent]) -> None:
    """"Microsoft Corp said ... Microsoft plans": a company's legal name and its everyday one, merged
    under the one the story uses."""
    for key, e in list(ents.items()):
        base = _LEGAL.sub("", e.name)
        short = ents.get(base)
        if base == e.name or short is None or short is e or short.type not in ("company", "other"):
            continue
        short.type = e.type if short.type == "other" else short.type
        short.forms += [f for f in (e.name, *e.forms) if f not in (short.name, *short.forms)]
        short.mentions = sorted([*short.mentions, *e.mentions], key=lambda y: (int(y.pid[1:]), y.start))
        short.evidence_of_kind |= e.evidence_of_kind
        del ents[key]


def merge_variants(ents: dict[str, Ent]) -> None:
    """"The Post" and "Post", "Donald J. Trump Foundation" and "Trump Foundation": one organisation written
    with and without its article or its founder's full name, merged under the shorter form."""
    orgs = [e for e in ents.values() if e.type != "person"]
    for key, e in list(ents.items()):
        if e.type == "person" or ents.get(key) is not e:
            continue
        bare = re.sub(r"^The\s+", "", e.name)
        tails = [o for o in orgs if o is not e and e.name.endswith(" " + o.name) and
                 ((" " in o.name and o.name.split()[0] not in ORG_HEADS) or _national(e.name[:-len(o.name) - 1], o.name))]
        same = [o for o in orgs if o is not e and ((o.name == bare and bare != e.name) or
                                                   (_inverted(o.name) and _inverted(o.name) == _inverted(e.name)))]
        into = same[0] if same else (tails[0] if len(tails) == 1 and _only_tail(tails[0], orgs) else None)
        if into is None or into.type not in (e.type, "other") and e.type != "other":
            continue
        into.forms += [f for f in (e.name, *e.forms) if f not in (into.name, *into.forms)]
        into.mentions = sorted([*into.mentions, *e.mentions], key=lambda y: (int(y.pid[1:]), y.start))
        into.evidence_of_kind |= e.evidence_of_kind
        del ents[key]
        orgs.remove(e)


def _national(qualifier: str, name: str) -> bool:
    """"Nigerian Senate" and "the Senate": a chamber the story also names by its country."""
    return name in ORG_HEADS and (qualifier in DEMONYMS or qualifier in COUNTRIES)


def _only_tail(short: Ent, orgs: list[Ent]) -> bool:
    """"Police Department" ends both "Linden Police Department" and "New York Police Department": no merge."""
    return sum(o.name.endswith(" " + short.name) for o in orgs) == 1


_OF_FORM = re.compile(r"^(?:The\s+)?(?:U\.S\.\s+|US\s+)?(Department|Ministry)\s+of\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")
_HEAD_FORM = re.compile(r"^(?:The\s+)?(?:U\.S\.\s+|US\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(Department|Ministry)$")


def _inverted(name: str) -> tuple[str, str] | None:
    """"Department of Energy" and "Energy Department" read the same: (field, head)."""
    if m := _OF_FORM.match(name):
        return m.group(2), m.group(1)
    if m := _HEAD_FORM.match(name):
        return m.group(1), m.group(2)
    return None


_COMPASS = ("North", "South", "East", "West")


def merge_compass(ents: dict[str, Ent]) -> None:
    """"The North" in a story naming North Korea is North Korea written short, not a region of its own."""
    for word in _COMPASS:
        lone = ents.get(word)
        whole = [e for e in ents.values() if e is not lone and e.name.startswith(word + " ") and
                 e.type in ("government", "other") and len(e.name.split()) == 2 and
                 any(m.kind == "country" for m in e.mentions)]
        if lone is None or len(whole) != 1:
            continue
        into = whole[0]
        into.forms += [f for f in (lone.name, *lone.forms) if f not in (into.name, *into.forms)]
        into.mentions = sorted([*into.mentions, *lone.mentions], key=lambda y: (int(y.pid[1:]), y.start))
        del ents[word]


# A party's several names: its full name first, then how stories call it and its members as a body.
_PARTIES = (("Republican Party", "Republicans", "GOP"), ("Democratic Party", "Democrats"),
            ("Conservative Party", "Conservatives", "Tories"), ("Labour Party", "Labour"))
_PARTY_ADJECTIVES = ("Republican", "Democratic", "Democrat", "Conservative", "Tory")
_BOTH = re.compile(r"^(\w+) and (\w+)$")


def merge_parties(ents: dict[str, Ent], texts: dict) -> None:
    """"Republicans", "the Republican Party" and "the GOP" are one party; "Democrats and Republicans" are
    two; "Republican leaders", "House Democratic leaders" use a party's adjective, and name no one."""
    names = {n for group in _PARTIES for n in group}
    for key, e in list(ents.items()):
        both = _BOTH.match(key)
        adjective = key.split()[-1] in _PARTY_ADJECTIVES and e.mentions and \
            all(re.match(r"\s+[a-z]", texts[m.pid].text[m.end:]) for m in e.mentions)
        if (both and both.group(1) in names and both.group(2) in names) or adjective:
            del ents[key]
    for group in _PARTIES:
        found = [n for n in group if n in ents]
        if len(found) < 2:
            continue
        into = ents[found[0]]
        for n in found[1:]:
            e = ents.pop(n)
            into.forms += [f for f in (e.name, *e.forms) if f not in (into.name, *into.forms)]
            into.mentions = sorted([*into.mentions, *e.mentions], key=lambda y: (int(y.pid[1:]), y.start))
            into.evidence_of_kind |= e.evidence_of_kind
            into.type = "political_party"
