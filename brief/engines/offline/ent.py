"""The record of one actor while the engine reads, and the verbs that show a name acts or speaks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import AGENT_VERBS, SPEECH_VERBS
from .names import Mention


@dataclass(eq=False)  # identity matters: two actors may share a name until merged
class Ent:
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    evidence_of_kind: bool = False
    state_media: bool = False

    @property
    def surname(self) -> str:
        toks = [t for t in self.name.split() if t not in ("Jr", "Jr.", "Sr", "Sr.", "II", "III")]
        return toks[-1] if len(toks) > 1 else ""

    @property
    def pids(self) -> list[str]:
        return list(dict.fromkeys(m.pid for m in self.mentions))


def _next_word(text: str, end: int) -> str:
    """The verb after a name, past an adverb or a gloss in brackets ("Amazonas (the largest state) declared")."""
    m = re.match(r"\s*(?:\((?:the|a|an)\s[^()]{1,60}\)\s*)?(?:,\s*)?(\w+)(?:\s+(\w+))?", text[end:])
    if not m:
        return ""
    first = m.group(1)
    return (m.group(2) or "") if first.endswith("ly") and m.group(2) else first


_AUXILIARIES = {"is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                "should", "must", "did", "does"}


def acts_strongly(text: str, end: int) -> bool:
    """"Amazonas declared", not "the Amazon has": an agent's own verb, not an auxiliary that places share."""
    return is_agent(text, end) and _next_word(text, end) not in _AUXILIARIES


def is_agent(text: str, end: int) -> bool:
    nxt = _next_word(text, end)
    return nxt in AGENT_VERBS or (nxt.islower() and nxt.endswith("ed") and len(nxt) > 4)


def speaks(text: str, start: int, end: int) -> bool:
    after = re.match(r"[\s,]*(?:\w+ly\s+)?(\w+)", text[end:])
    before = re.search(r"(\w+)[\s,]*$", text[max(0, start - 40):start])
    return bool((after and after.group(1) in SPEECH_VERBS) or (before and before.group(1) in SPEECH_VERBS))


_PLAIN = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss")


def _stem(title: str) -> str:
    return title.rstrip(".").lower()[:3]


def _holds(e: Ent, stem: str, texts: dict) -> bool:
    """Whether the full-named person is given the office: "President Barack Obama", "Elizabeth Warren, a senator"."""
    for m in e.mentions:
        if len(m.canonical.split()) > 1:
            if any(_stem(t) == stem for t in m.titles):
                return True
            text = texts[m.pid].text
            after = text[m.end:m.end + 60].split(".")[0].split()[:6] if text.startswith(",", m.end) else []
            near = text[max(0, m.start - 40):m.start].split()[-3:] + after
            if any(w.strip(",;:()“”\"'").lower().startswith(stem) for w in near):
                return True
    return False


def kin(people: list[Ent], texts: dict) -> list[Ent]:
    """"Michelle Obama ... President Obama ... Michelle Obama": a titled surname is someone else
    when the full-named person never holds that office and the story goes back to the full name
    after it (papers repeat a full name to tell two of a family apart). Returns the people split off."""
    split: list[Ent] = []
    for e in people:
        full = [m for m in e.mentions if len(m.canonical.split()) > 1]
        titled = [m for m in e.mentions if len(m.canonical.split()) == 1 and
                  any(t not in _PLAIN and t[:1].isupper() for t in m.titles)]
        if not full or not titled:
            continue
        stem = _stem(next(t for t in titled[0].titles if t not in _PLAIN))
        first = min((int(m.pid[1:]), m.start) for m in titled)
        if _holds(e, stem, texts) or not any((int(m.pid[1:]), m.start) > first for m in full):
            continue
        other = next((p for p in people + split if p is not e and (p.surname or p.name) == e.surname and
                      (len(p.name.split()) == 1 or _holds(p, stem, texts))), None)
        if other is None:
            other = Ent(e.surname, "person")
            split.append(other)
        for m in titled:
            e.mentions.remove(m)
            other.mentions.append(m)
        for f in [f for f in e.forms if f != e.surname and f.endswith(" " + e.surname) and
                  any(texts[m.pid].text[max(0, m.end - len(f)):m.end] == f for m in titled)]:
            e.forms.remove(f)
            other.forms.append(f)
    return split


_SIGNED = re.compile(r"\s*\(@\w+\)")
_DASH = re.compile(r"(?:^|\s)[—–-]\s*$")


def signature(text: str, start: int, end: int) -> bool:
    """"— Jane Roe (@janeroe) May 2, 2016": the byline of an embedded post, not someone the story follows."""
    return bool(_SIGNED.match(text, end)) and bool(_DASH.search(text, max(0, start - 3), start))


# "Ann Lee may be reached at alee@example.com.", "Ann Lee is an editor at Acme. Follow her on Twitter",
# "Reporting was contributed by Ann Lee": the newsroom's own people at the foot of the page
_CONTACT = re.compile(r"\b(?:may|can|could) be (?:reached|contacted|emailed) (?:at|by|on|via)\b|"
                      r"\b[Ff]ollow (?:him|her|them) (?:on|at)\b|\b(?:[Ee]mail|[Rr]each) (?:him|her|them) at\b")
# a bare address is a contact line only at the very foot: "contact her at 555-0100" may be a police appeal
_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+\.[a-z]{2,}|\b[Cc]ontact (?:him|her|them) at\b")
# a story's own verbs: "was charged with sending threats to mayor@example.gov", "has asked anyone ... to contact her"
_NEWS = re.compile(r"\b(?:said|says|told|asked|asks|urged|charged|accused|arrested|alleged|sued|sent|sending|"
                   r"threatened|pleaded|convicted|sentenced|killed|died|reported)\b")
_CREDITED = re.compile(r"^(?:Additional\s+)?(?:[Rr]eporting|[Rr]esearch)\s+(?:was\s+)?contributed\s+by\b")


# "Ann Lee is a staff writer at WIRED covering ...": the writer's own bio, closing the page
_BIO = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?i:writer|reporter|correspondent|editor|"
                  r"columnist|journalist|contributor)\b(?:\s+(?:at|for|with|of)\b|,)")
_OPENING_NAME = re.compile(r"[A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'.\-]+){1,3}(?=\s+(?:is|was|may|can|could|has)\b)")


# "The views and opinions expressed in the article do not necessarily reflect those of Sputnik": the publisher's
# own disclaimer, page furniture rather than a source in the story
_DISCLAIMER = re.compile(r"(?i)\b(?:views?|opinions?)\b[^.]{0,80}\b(?:do|does)\s+not\s+(?:necessarily\s+)?"
                         r"(?:reflect|represent)\b")


def disclaimer(text: str) -> bool:
    """Whether a paragraph is the publisher's disclaimer of its contributors' views."""
    return len(text.split()) <= 60 and _DISCLAIMER.search(text) is not None


def staff_line(paragraphs: list[str], i: int) -> bool:
    """Whether paragraph ``i`` is the writer's own contact line, bio or credit: in the foot of the page,
    it opens with a name and gives a contact (a bare address only in the last two paragraphs, and never beside a
    story's own verbs), or follows the page's "About <name>" line."""
    text = paragraphs[i]
    if 2 * i < len(paragraphs) or len(text.split()) > 80:
        return False
    if _CREDITED.match(text):
        return True
    name = _OPENING_NAME.match(text)
    above = paragraphs[i - 1].strip()
    if name is None:
        return False
    if above == "About " + name.group() or _BIO.match(text, name.end()):
        return True
    return not _NEWS.search(text) and bool(_CONTACT.search(text) or (i >= len(paragraphs) - 2 and _ADDRESS.search(text)))
