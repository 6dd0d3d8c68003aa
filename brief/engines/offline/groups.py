"""Actors with no proper name: a collective the story keeps returning to ("protesters", "police"),
and an unnamed person who is the story's subject ("A hunter who ate a rabbit ... the hunter").

Both are core to many stories yet invisible to a capitalised-name finder; they are taken
only on repetition, so a passing mention never becomes an actor.
"""

from __future__ import annotations

import re

from ...article import Article
from .actors import Ent
from .ent import is_agent, speaks
from .names import Mention

# Plural nouns for groups that act in news stories -> actor type.
COLLECTIVES: dict[str, str] = {
    "protesters": "civil_society", "demonstrators": "civil_society", "strikers": "civil_society",
    "activists": "civil_society", "campaigners": "civil_society", "police": "government", "rebels": "armed_group",
    "militants": "armed_group", "insurgents": "armed_group", "troops": "military", "lawmakers": "government",
    "legislators": "government", "residents": "civil_society", "teachers": "civil_society",
    "students": "civil_society", "workers": "civil_society", "farmers": "civil_society", "migrants": "civil_society",
    "refugees": "civil_society", "researchers": "other", "scientists": "other",
}
# "A team of researchers ... has found": the study's authors are the story's subject; researchers merely
# cited ("researchers have warned") are a source's staff and left to the named source.
_TEAM_ONLY = {"researchers", "scientists"}
_TEAM = re.compile(r"(?i)\ban?\s+(?:[\w\-]+\s+)?(?:team|group)\s+of\s+(?:[\w\-]+\s+)?(researchers|scientists)\b")
MIN_MENTIONS = 4  # a collective is an actor only when the story keeps coming back to it
_COLLECTIVE = re.compile(r"(?i)\b(" + "|".join(COLLECTIVES) + r")\b")
_SUBJECT = re.compile(r"^(?:An?|The)\s+([A-Za-z][a-z\-]+|[A-Z][A-Z\-]+)\s+who\b")


def collectives(article: Article, named: list[Ent]) -> list[Ent]:
    """Plural groups mentioned again and again, acting or speaking at least once ("the increase in students"
    counts them, "students protested" is them), and not part of a named actor's name."""
    found: dict[str, Ent] = {}
    names = [m for e in named for m in e.mentions]
    for p in article.paragraphs:
        for m in _COLLECTIVE.finditer(p.text):
            if any(x.pid == p.id and x.start <= m.start() < x.end for x in names):
                continue
            word = m.group(1).casefold()  # (?i) also matches "lawmakerſ", "İ"; casefold folds what it can
            if word not in COLLECTIVES or (m.group(1) != m.group(1).lower() and m.start() > 0):
                continue  # a look-alike, or capitalised mid-sentence: part of a name
            ent = found.setdefault(word, Ent(word, COLLECTIVES[word], evidence_of_kind=True))
            ent.mentions.append(Mention(p.id, m.start(), m.end(), m.group(1), "group", word))
    teams = {m.group(1).lower() for m in _TEAM.finditer(article.body)}
    if any(_POLICE_BODY.search(e.name) for e in named):
        found.pop("police", None)  # "the police" are the department or sheriff's office the story names
    texts = article.by_id
    return [e for e in found.values() if len(e.mentions) >= MIN_MENTIONS and len(e.pids) >= 2 and
            (e.name not in _TEAM_ONLY or e.name in teams) and
            any(is_agent(texts[m.pid].text, m.end) or speaks(texts[m.pid].text, m.start, m.end) for m in e.mentions)
            ] + court_sides(article, names)


_POLICE_BODY = re.compile(r"\bPolice\b|\b[Ss]heriff[’']s\s+(?:[Oo]ffice|[Dd]epartment)|\bPD\b|\bConstabulary\b")


# The two bodies a criminal trial turns on when the story names no one for them: "Federal prosecutors
# are seeking a death sentence", "A jury in Charleston has found him guilty ... told the jury".
_PROSECUTORS = re.compile(r"\b(?:((?-i:[A-Z][\w.]*)|federal|state|county|district|military)\s+)?prosecutors\b", re.I)
_JURY = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?:(?:federal|grand|trial|civil|criminal)\s+)?jury\b(?!\s+(?:selection|trial|pool|box))")
_VERDICT = re.compile(r"^(?:[^.;]|\.(?![\s\"”]|$)){0,60}?\b(?:found|convicted|acquitted|deliberated|deliberating|returned|awarded|"
                      r"deadlocked|indicted|ruled|decided|recommended|sentenced|cleared|reached)\b")


def court_sides(article: Article, names: list[Mention]) -> list[Ent]:
    """Prosecutors who act, and a jury the story returns to and that decides something."""
    out: list[Ent] = []
    pros: list[Mention] = []
    jury: list[Mention] = []
    for p in article.paragraphs:
        if "rosecutors" not in p.text and "jury" not in p.text:
            continue
        for m in _PROSECUTORS.finditer(p.text):
            if not any(x.pid == p.id and x.start <= m.end() - 1 < x.end for x in names) and \
                    not (m.group(1) and m.group(1).endswith(("’s", "'s"))):
                pros.append(Mention(p.id, m.start(), m.end(), m.group(), "group", m.group()))
        jury += [Mention(p.id, m.start(), m.end(), m.group(), "group", m.group()) for m in _JURY.finditer(p.text)]
    texts = article.by_id
    if pros and (len(pros) >= 2 or is_agent(texts[pros[0].pid].text, pros[0].end)):
        out.append(Ent(pros[0].text, "government", pros, forms=[m.text for m in pros[1:]], evidence_of_kind=True))
    if len(jury) >= 2 and len({m.pid for m in jury}) >= 2 and any(_VERDICT.match(texts[m.pid].text[m.end:]) for m in jury):
        out.append(Ent("the jury", "other", jury, forms=[m.text for m in jury], evidence_of_kind=True))
    return out


# Nouns for one unnamed person a story can be about ("a 43-year-old man ... the man").
PERSON_NOUNS = ("man", "woman", "boy", "girl", "patient", "teenager", "mother", "father", "driver", "pilot",
                "passenger", "victim", "suspect", "hunter", "worker", "student", "customer", "soldier", "officer")
_INTRODUCED = re.compile(r"(?i)\ban? (?:[\w\-]*year-old |young |elderly |local )?(" + "|".join(PERSON_NOUNS) + r")\b")
_IDENTIFIED = re.compile(r",?\s+(?:who\s+was\s+|was\s+|later\s+|since\s+|now\s+)?(?:identified|named)\s+as\s+[A-Z]")
MIN_RETURNS = 3  # "the man" this often, in at least two paragraphs: he is who the story is about


def unnamed_subject(article: Article) -> list[Ent]:
    """The lead's unnamed subject ("A hunter who ..."), when the story calls them "the hunter" again;
    or any unnamed person the story introduces ("a 43-year-old man") and keeps returning to as "the man"."""
    if not article.paragraphs:
        return []
    return _lead_subject(article) or _recurring_person(article)


def _recurring_person(article: Article) -> list[Ent]:
    intro = next(((p, m) for p in article.paragraphs for m in _INTRODUCED.finditer(p.text)), None)
    if intro is None:
        return []
    noun = intro[1].group(1).lower()
    again = re.compile(rf"\b[Tt]he {noun}\b")
    mentions = [Mention(p.id, x.start(), x.end(), x.group(), "group", x.group())
                for p in article.paragraphs for x in again.finditer(p.text)]
    if len(mentions) < MIN_RETURNS or len({m.pid for m in mentions}) < 2 or \
            any(_IDENTIFIED.match(p.text, m.end) for m in mentions for p in article.paragraphs if p.id == m.pid):
        return []  # "the man, later identified as Mr. Rahami": a named person, already found by name
    lead = Mention(intro[0].id, intro[1].start(), intro[1].end(), intro[1].group(), "group", noun)
    return [Ent(f"the {noun}", "person", sorted([lead, *mentions], key=lambda m: (int(m.pid[1:]), m.start)),
                forms=[intro[1].group()], evidence_of_kind=True)]


def _lead_subject(article: Article) -> list[Ent]:
    first = article.paragraphs[0]
    m = _SUBJECT.match(first.text)
    if not m:
        return []
    noun = m.group(1).lower()
    again = re.compile(rf"\bthe {re.escape(noun)}\b")
    mentions = [Mention(p.id, x.start(), x.end(), x.group(), "group", x.group())
                for p in article.paragraphs[1:] for x in again.finditer(p.text)]
    if not mentions:
        return []
    lead = Mention(first.id, m.start(1), m.end(1), m.group(1), "group", noun)
    return [Ent(mentions[0].text, "person", [lead, *mentions], evidence_of_kind=True)]
