"""Article text made literal for Markdown, shared by the briefing and the digest renderers."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
# "&amp;" or "&#169;" would show as "&" and "©"; escaping the ampersand keeps what the article wrote.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What opens a block when it starts a line or a list item: a bullet, an ordered-list number,
# a thematic break or a setext underline.
_BLOCK_START = re.compile(r"^(?:([-+=])(?=\s|$|[-=\s]*$)|(\d{1,9})([.)])(?=\s|$))")


def md(text: str | None) -> str:
    """``text`` on one line, with nothing in it that Markdown would read as markup: no heading,
    list, quote, emphasis, code, link, table cell or raw HTML, whatever the article held."""
    flat = _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", " ".join((text or "").split())))
    return _BLOCK_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), flat)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links survive, and never with characters that would end a Markdown link."""
    if not url or urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
