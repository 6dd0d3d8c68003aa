"""Markdown to plain paragraphs: syntax stripped, the first heading kept as the title.

Articles arrive as Markdown from note apps and read-later tools; only the inline
syntax needs undoing (links, emphasis, headings, quotes, list bullets), after which
the text rules apply as for any other text.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(```|~~~).*?^\1\s*$", re.MULTILINE | re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_REFDEF = re.compile(r"^\s*\[[^\]]+\]:\s+\S+.*$", re.MULTILINE)
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_PREFIX = re.compile(r"^\s{0,3}(>\s?)+|^\s*([-*+]|\d+[.)])\s+")
_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)|`([^`]+)`")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def markdown_to_text(md: str) -> tuple[str, str | None]:
    """(plain text with paragraphs on blank-separated blocks, first level-1/2 heading or None)."""
    md = _FENCE.sub("", md)
    md = _REFDEF.sub("", md)
    title: str | None = None
    out: list[str] = []
    lines = md.splitlines()
    for i, raw in enumerate(lines):
        if _RULE.match(raw):
            out.append("")
            continue
        if _SETEXT.match(raw) and out and out[-1].strip() and i > 0:
            if title is None:
                title = out.pop().strip()
            out.append("")
            continue
        m = _HEADING.match(raw)
        if m:
            text = _inline(m.group(2))
            if title is None and len(m.group(1)) <= 2:
                title = text
            else:
                out.extend(["", text, ""])
            continue
        out.append(_inline(_PREFIX.sub("", raw)))
    return "\n".join(out), title


def _inline(s: str) -> str:
    s = _IMAGE.sub("", s)
    s = _LINK.sub(lambda m: m.group(1) or m.group(2), s)
    s = _EMPH.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", s)
    return _HTML_TAG.sub("", s)
