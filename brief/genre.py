"""Whether the publisher itself labels a piece as opinion or analysis rather than news.

Readers of a briefing must not take a column's claims for reported fact, and the label is
often only in the page's furniture (its section, a "Editorial:" standfirst, an /opinion/
URL) where no paragraph id can cite it, so it travels as a warning and a digest tag."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .article import Source

_KINDS = {"opinion": "Opinion", "opinions": "Opinion", "op-ed": "Opinion", "oped": "Opinion",
          "editorial": "Editorial", "editorials": "Editorial", "commentary": "Commentary",
          "comment": "Comment", "column": "Column", "columns": "Column", "columnists": "Column",
          "analysis": "Analysis", "perspective": "Perspective", "perspectives": "Perspective",
          "letters": "Letters", "review": "Review", "reviews": "Review"}
_WORD = "|".join(sorted(map(re.escape, _KINDS), key=len, reverse=True))
# "Opinion | Headline", "EDITORIAL: ...", "Analysis — ..."
_LEADING = re.compile(rf"^\s*({_WORD})\s*[:|—–-]\s*\S", re.IGNORECASE)
_SECTION = re.compile(rf"^\s*(?:[\w ]+[/>]\s*)?({_WORD})\b", re.IGNORECASE)


def label(source: Source) -> str | None:
    """"Opinion", "Editorial", "Analysis"…, when the page's section, title, standfirst or URL
    path says so; None for news (and whenever in doubt)."""
    if source.section and (m := _SECTION.match(source.section)):
        return _KINDS[m.group(1).lower()]
    for text in (source.title, source.dek):
        if text and (m := _LEADING.match(text)):
            return _KINDS[m.group(1).lower()]
    try:
        path = urlsplit(source.url or "").path.lower()
    except ValueError:
        return None
    for part in path.strip("/").split("/")[:-1]:  # a folder, not the story's own slug
        if part in _KINDS:
            return _KINDS[part]
    return None


def warning(source: Source) -> str | None:
    """The briefing's warning for a labelled piece."""
    kind = label(source)
    if kind is None:
        return None
    return (f"the publisher labels this piece {kind}: its claims and judgements are the writer's, "
            "not reported fact")
