"""Public offices known by their holder's title: "the attorney general's office", "the Morton County
sheriff's department", "the AG's office".

Such a body has no capitalised name of its own (or only a place before a lowercase title), so
the name finder never sees it, yet it is often the one investigating, arresting or charging.
Every form of one office is one actor; it is an actor when the story returns to it, when it
acts or speaks, or when someone works for it ("a special agent for the attorney general's office").
A named person's transition team or campaign is such a body too ("the Trump transition team").
"""

from __future__ import annotations

import re

from ...article import Article
from .ent import Ent, acts_strongly, is_agent, speaks
from .lexicon import ROLE_WORDS
from .names import Mention

_SHORT = {"ag": "attorney general", "da": "district attorney", "state attorney": "state's attorney",
          "state’s attorney": "state's attorney"}
_TITLE = (r"attorney general|district attorney|state(?:[’']s)? attorney|u\.s\. attorney|sheriff|coroner|"
          r"medical examiner|mayor|governor|prosecutor|public defender|inspector general|comptroller|"
          r"fire marshal|(?-i:AG|DA)")
_OFFICE = re.compile(r"(?P<place>(?-i:[A-Z][\w.’'\-]*)(?:\s+(?-i:[A-Z][\w.’'\-]*)){0,3}\s+)?"
                     rf"(?<![\w’'])(?P<title>{_TITLE})[’']s\s+(?P<head>office|department)\b", re.I)
_LEADING = re.compile(r"^(?:(?:The|A|An|Officers|Officials|Agents|Deputies)\s+)+")
# "a special agent for the", "Officers with the", "according to the": someone works for it or cites it
_STAFF_WORDS = {"agent", "investigator", "employee", "staffer", "staff", "trooper", "detective", "lawyer"}
_STAFF = re.compile(r"\b(?:(\w+?)s?\s+(?:for|with|from|of|at)|according\s+to)\s+(?:the\s+)?$", re.I)


def _place(raw: str | None) -> str:
    """"The Morton County " -> "Morton County"; "Trump's " -> "" (an owner, not a place)."""
    words = _LEADING.sub("", (raw or "").strip()).split()
    owners = [i for i, w in enumerate(words) if re.search(r"[’']s$", w)]
    return " ".join(words[owners[-1] + 1:] if owners else words)


def offices(article: Article) -> list[Ent]:
    """One actor per office the story gives evidence for, named by its fullest form."""
    found: list[tuple[str, Mention]] = []  # (title, mention), the mention's canonical being its place or ""
    for p in article.paragraphs:
        if "ffice" not in p.text and "epartment" not in p.text:
            continue  # most paragraphs name no office: skip the scan
        for m in _OFFICE.finditer(p.text):
            place = _place(m.group("place"))
            start = p.text.index(place, m.start()) if place else m.start("title")
            title = m.group("title").lower()
            found.append((_SHORT.get(title, title), Mention(p.id, start, m.end(), p.text[start:m.end()], "office", place)))
    groups: dict[tuple[str, str], list[Mention]] = {}
    for title in dict.fromkeys(t for t, _m in found):
        ms = [m for t, m in found if t == title]
        places = {m.canonical for m in ms if m.canonical}
        last = next(iter(places)) if len(places) == 1 else ""
        for office in ms:
            last = office.canonical or last  # "the sheriff's department" is the one the story last named
            groups.setdefault((title, last), []).append(office)
    texts = article.by_id
    return [_office(ms) for ms in groups.values() if len(ms) >= 2 or any(
        is_agent(texts[m.pid].text, m.end) or speaks(texts[m.pid].text, m.start, m.end) or
        _staffed(texts[m.pid].text, m.start) for m in ms)]


def _office(ms: list[Mention]) -> Ent:
    """Named with its place if the story gives one, else in words rather than "AG's office"."""
    name = next((m.text for m in ms if m.canonical), None) or \
        next((m.text for m in ms if not re.match(r"(?:AG|DA)\b", m.text)), ms[0].text)
    return Ent(name, "government", ms, forms=[f for f in dict.fromkeys(m.text for m in ms) if f != name],
               evidence_of_kind=True)


def _staffed(text: str, start: int) -> bool:
    m = _STAFF.search(text, max(0, start - 40), start)
    word = (m.group(1) or "").lower() if m else ""
    return m is not None and (m.group(1) is None or word in ROLE_WORDS or word in _STAFF_WORDS)


def inside_office(m: Mention, found: list[Ent]) -> bool:
    """Whether a name the finder saw ("Baldwin County Sheriff") is only part of an office's name."""
    return any(x.pid == m.pid and x.start <= m.start and m.end <= x.end for e in found for x in e.mentions)


# "the Trump transition team", "Donald Trump's transition team", "the Clinton campaign said": a person's
# team, acting for them. Bare "the transition team" is the same team; bare "the campaign" is too often the
# race itself to count.
_TEAM = re.compile(r"(?:(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:[’']s)?\s+)?(?P<body>transition team|campaign)\b")
_CHIEF = re.compile(r"\s+(\w+)")


def teams(article: Article, people: set[str]) -> list[Ent]:
    """A named person's transition team or campaign (``people``: the story's people's surnames), when the
    story returns to it or it acts; "the Republican campaign" is a party's, and left to the party."""
    found: dict[str, list[Mention]] = {}
    for p in article.paragraphs:
        if "transition team" not in p.text and "campaign" not in p.text:
            continue
        for m in _TEAM.finditer(p.text):
            owner = re.sub(r"^(?:The|A|An|His|Her|Their)\s+", "", m.group("owner") or "") or None
            if (m.group("body") == "campaign" and not owner) or (owner and owner.split()[-1] not in people):
                continue
            start = m.end("owner") - len(owner) if owner else m.start("body")
            found.setdefault(m.group("body"), []).append(
                Mention(p.id, start, m.end(), p.text[start:m.end()], "team", owner or ""))
    texts = article.by_id
    out = []
    for body, ms in found.items():
        if len({m.canonical for m in ms if m.canonical}) > 1:
            continue  # two candidates' teams: which one "the transition team" is cannot be told
        acts = any(acts_strongly(texts[m.pid].text, m.end) or speaks(texts[m.pid].text, m.start, m.end) or
                   ((c := _CHIEF.match(texts[m.pid].text, m.end)) is not None and c.group(1).lower() in ROLE_WORDS)
                   for m in ms)
        if len(ms) >= 2 or acts:
            named = next((m.text for m in ms if m.canonical), ms[0].text)
            out.append(Ent(named, "other", ms, forms=[m.text for m in ms if m.text != named], evidence_of_kind=True))
    return out
