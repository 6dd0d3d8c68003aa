"""Turning raw text into candidate paragraph lines.

Copy-paste text breaks where the page had blocks, but glues sentences where two
blocks sat inline ("…all the difference.Russian president…"), and plain-text files
are sometimes hard-wrapped at ~72 columns (PDF and email copies), with or without
blank lines between paragraphs. Both are undone here, before any rule looks at a
line, so rules see one paragraph per line. Without blank lines, a paragraph ends at a
short line (one the next word would have fitted on) followed by a new sentence.
"""

from __future__ import annotations

import re

_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# A sentence end glued to the next capitalised word: "difference.Russian", "said.”The".
# The left side must be a lowercase word of 2+ letters so "U.S.Army" and "p.m." stay whole.
_GLUED = re.compile(r"[.!?](?<=[a-z]{2}[.!?])[\"”’]?(?=[A-Z][a-z])")
_TERMINAL = tuple(".!?\"”’)»:;…")
_OPENERS = "\"“‘'(«[¿¡-–—•*"
_MIN_WRAP, _MAX_WRAP = 30, 110


def _newline_after(m: re.Match[str]) -> str:
    return m.group(0) + "\n"


def _is_wrapped(block: list[str], width: int) -> bool:
    """A block of hard-wrapped lines: similar widths, breaks mid-sentence or (in a text known
    to be wrapped, ``width`` > 0) every break at the wrap width."""
    if len(block) < 2:
        return False
    body = block[:-1]
    widths = [len(b) for b in body]
    if min(widths) < _MIN_WRAP or max(widths) > _MAX_WRAP:
        return False
    open_ends = sum(1 for b in body if not b.endswith(_TERMINAL))
    if open_ends * 2 >= len(body):
        return True
    # every line ends at a sentence, but each is full: the next word would not have fitted
    return width > 0 and all(_full(b, n, width) for b, n in zip(body, block[1:]))


def _full(line: str, nxt: str, width: int) -> bool:
    """The wrapper broke here because the next word did not fit (not a paragraph's last line)."""
    n = len(line)
    return _MIN_WRAP <= n <= _MAX_WRAP and n + 1 + len(nxt.split(" ", 1)[0]) > width


def _new_sentence(line: str) -> bool:
    c = line[0]
    return c.isupper() or c.isdigit() or c in _OPENERS


def _width(lines: list[str]) -> int:
    """The wrap width: the longest line a wrapper could have produced."""
    return max((n for n in map(len, lines) if n <= _MAX_WRAP), default=0)


def _split_wrapped(block: list[str], width: int) -> list[str]:
    """A block holding several paragraphs with no blank lines between them: a paragraph ends
    at a short line (the next word would have fitted on it) followed by a new sentence;
    the lines of each paragraph are joined when they look wrapped."""
    out: list[str] = []
    seg: list[str] = [block[0]]
    for prev, line in zip(block, block[1:]):
        # a paragraph ends at a sentence end: "...who in 2008, won the / Africa Movie..." runs on
        if not _full(prev, line, width) and ((_new_sentence(line) and prev.rstrip("\"'”’)»]").endswith(_TERMINAL))
                                             or len(prev) > _MAX_WRAP):
            out.extend([" ".join(seg)] if _is_wrapped(seg, width) else seg)
            seg = []
        seg.append(line)
    out.extend([" ".join(seg)] if _is_wrapped(seg, width) else seg)
    return out


def _wraps(lines: list[str], width: int) -> bool:
    """The text is hard-wrapped: the lines followed by another are hardly ever longer than a
    wrapper makes them, mostly near the wrap width, and mostly end mid-sentence (copied web
    text has a paragraph a line, of any length, each ending a sentence)."""
    near = open_ends = long = 0
    floor = width * 3 // 4
    for x in lines:
        n = len(x)
        if n > _MAX_WRAP:
            long += 1
        elif n >= floor and n >= _MIN_WRAP:
            near += 1
            if not x.endswith(_TERMINAL):
                open_ends += 1
    return near > 0 and long * 10 <= len(lines) and near * 2 >= len(lines) and open_ends * 2 >= near


def _prose(block: list[str]) -> bool:
    """Several lines, most of them sentence-long (not a menu, header or signature)."""
    return len(block) > 1 and sum(1 for b in block if len(b) >= _MIN_WRAP) * 2 > len(block)


def to_lines(text: str) -> list[str]:
    """Candidate paragraphs in reading order: unwrapped, unglued, whitespace-normalised."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _ZERO_WIDTH.sub("", text)
    text = _GLUED.sub(_newline_after, text)
    blocks: list[list[str]] = []
    block: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line:
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    multi = [b for b in blocks if len(b) > 1]
    if not multi:
        return [line for b in blocks for line in b]
    width = _width([line for b in multi for line in b])
    if not _wraps([line for b in multi for line in b[:-1]], width):
        return [x for b in blocks for x in ([" ".join(b)] if _is_wrapped(b, 0) else b)]
    # Blank lines separate the paragraphs when several prose blocks are set apart by them;
    # otherwise one block may hold many paragraphs, told apart by their short last lines.
    by_blanks = sum(1 for b in multi if _prose(b)) > 1
    out: list[str] = []
    for b in blocks:
        if len(b) == 1:
            out.append(b[0])
        elif by_blanks:
            out.extend([" ".join(b)] if _is_wrapped(b, width) else b)
        else:
            out.extend(_split_wrapped(b, _width(b) if len(b) > 2 else width))
    return out
