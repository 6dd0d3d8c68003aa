"""Turning raw text into candidate paragraph lines.

Copy-paste text breaks where the page had blocks, but glues sentences where two
blocks sat inline ("…all the difference.Russian president…"), and plain-text files
are sometimes hard-wrapped at ~72 columns. Both are undone here, before any rule
looks at a line, so rules see one paragraph per line.
"""

from __future__ import annotations

import re

_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# A sentence end glued to the next capitalised word: "difference.Russian", "said.”The".
# The left side must be a lowercase word of 2+ letters so "U.S.Army" and "p.m." stay whole.
_GLUED = re.compile(r"[.!?](?<=[a-z]{2}[.!?])[\"”’]?(?=[A-Z][a-z])")
_TERMINAL = tuple(".!?\"”’)»:;…")


def _newline_after(m: re.Match[str]) -> str:
    return m.group(0) + "\n"


def _is_wrapped(block: list[str]) -> bool:
    """A block of hard-wrapped lines: similar widths, breaks mid-sentence."""
    if len(block) < 2:
        return False
    body = block[:-1]
    widths = [len(b) for b in body]
    if min(widths) < 30 or max(widths) > 110:
        return False
    open_ends = sum(1 for b in body if not b.endswith(_TERMINAL))
    return open_ends * 2 >= len(body)


def to_lines(text: str) -> list[str]:
    """Candidate paragraphs in reading order: unwrapped, unglued, whitespace-normalised."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _ZERO_WIDTH.sub("", text)
    text = _GLUED.sub(_newline_after, text)
    out: list[str] = []
    block: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line:
            block.append(line)
        elif block:
            out.extend([" ".join(block)] if _is_wrapped(block) else block)
            block = []
    if block:
        out.extend([" ".join(block)] if _is_wrapped(block) else block)
    return out
