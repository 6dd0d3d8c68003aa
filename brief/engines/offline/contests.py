"""The sides of a result: "Palm Bay d. Rockledge 70-44", "Eastern Michigan rolled past Northern Illinois, 45-17".

A score makes both names competitors, whatever they are called (a school, a town, a club),
so a results page or a match report names its teams as actors.
"""

from __future__ import annotations

import re

from ...article import Article
from .actors import Ent
from .names import Mention

_SIDE = r"((?-i:[A-Z][\w’'\-.]*)(?:\s+(?-i:[A-Z][\w’'\-.]*)){0,3})"
_RESULT = re.compile(rf"(?<![\w’'\-]){_SIDE}\s+(?:d\.|def\.|defeated|beat|beats|edged|routed|downed|topped|"
                     rf"rolled past|outlasted|held off|won against|lost to|fell to|tied)\s+(?:the\s+)?{_SIDE},?\s+\d{{1,3}}-\d{{1,3}}\b",
                     re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:On|In|At|The|Then|And|But|Last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                   r"Sunday|Tonight|Today|Yesterday)\s+)+")


def contest_sides(article: Article, named: list[Ent]) -> list[Ent]:
    """Every side of a scored result not already an actor, with its other mentions by the same name."""
    known = {n for e in named for n in (e.name, *e.forms)}
    found: dict[str, Ent] = {}
    for p in article.paragraphs:
        for m in _RESULT.finditer(p.text):
            for g in (1, 2):
                lead = _LEAD.match(m.group(g))  # "On Friday Palm Bay", "The Eagles"
                start = m.start(g) + (lead.end() if lead else 0)
                name = p.text[start:m.end(g)].rstrip(".")
                if name in known or len(name) < 3:
                    continue
                ent = found.setdefault(name, Ent(name, "other", evidence_of_kind=True))
                ent.mentions.append(Mention(p.id, start, start + len(name), name, "side", name))
    for name, ent in found.items():
        seen = {(x.pid, x.start) for x in ent.mentions}
        for p in article.paragraphs:
            for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", p.text):
                if (p.id, m.start()) not in seen:
                    ent.mentions.append(Mention(p.id, m.start(), m.end(), name, "side", name))
        ent.mentions.sort(key=lambda x: (int(x.pid[1:]), x.start))
    return list(found.values())
