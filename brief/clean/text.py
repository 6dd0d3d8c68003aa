"""Finding the article body in plain text, such as a whole web page copied and pasted.

The body is the densest run of prose on the page: each line scores positive when it
reads like a paragraph (long, ends like a sentence) and negative when it reads like
page furniture (short, no sentence punctuation, or a known clutter class), and the
best-scoring contiguous run wins (maximum-sum segment). Inside that run everything
is kept except lines that are clearly clutter, because cutting body text is worse
than leaving a stray line: what is cut cannot be summarized.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from brief.clean.header import header_meta
from brief.clean.glued import split_glued
from brief.clean.lines import to_lines
from brief.clean.related import RELATED_LIST, mark_related
from brief.clean.rules import APPEAL_HEAD, APPEAL_KEYS, FIRST_PLURAL, match_long, match_short, words_of

_CLOSERS = "\"”’)»]'」』）"
_TWEET_END = re.compile(r"(pic\.twitter\.com/\w+|https?://t\.co/\w+)$")
_TWEET_BY = re.compile(r"^[—–-]\s*\S.*\(@\w+\)\s*\w+ \d{1,2}, \d{4}$")
_LETTER = re.compile(r"[^\W\d_]")
_END_CUE = re.compile(r"comment|repl|discussion|conversation|©|copyright|reserved", re.IGNORECASE)
# Comment-section headings strong enough to end the article ("Discussion" alone may be a subhead).
_COMMENTS_HEAD = re.compile(r"comment|leave a reply|join (the|our) (discussion|conversation)", re.IGNORECASE)
_FOOTER = re.compile(r"(all rights reserved|(copyright|©)\s*(©\s*)?(\d{4}|\d{4}\s*-\s*\d{4})\b)", re.IGNORECASE)
SHORT_WORDS = 12    # up to this many words a line is judged as a whole by the short rules
REPEAT_WORDS = 20   # a body line this short that also appears outside the body is a link
TEASER_WORDS = 20   # a line this short ending in "…" is a cut-off teaser
PROSE_WORDS = 8     # a sentence-final line this long reads as a paragraph
ISOLATED = 0.35     # weight of a paragraph with no paragraph beside it (teasers, comments)
_BULLETS = ("- ", "• ", "* ", "– ", "· ", "▪ ")  # list items an author wrote, not a site menu
GAP, GAP_BELOW = 4, 1  # plain short lines the body run may grow over, upwards and downwards
MENU, MENU_WORDS, MENU_RUN = "menu or link list", 6, 3  # runs of >= 3 lines of <= 6 words
BARRIER = {"comments prompt": -25.0, "copyright/footer": -40.0, "byline/date": -12.0, MENU: -3.0,
           RELATED_LIST: -3.0}
NEIGHBOUR_SKIP = frozenset({"advertisement", "caption/credit", "share buttons"})
CACHE_CHARS, CACHE_SIZE = 60, 50_000
_CACHE: dict[str, "Line"] = {}
ABOVE, BELOW = "above the article body", "below the article body"
BELOW_END = "after the end of the article"
ARM_LINES, ARM_WORDS = 3, 80  # a run of real paragraphs that must precede an end-of-article cut
FOOTER_FROM = 0.6  # a copyright line without "all rights reserved" ends the article only this low


@dataclass(slots=True)
class Line:
    """One candidate paragraph with what the rules measured about it."""

    text: str
    words: int
    terminal: bool
    clutter: str | None = None
    appeal_head: bool = False
    tweet_by: bool = False
    score: float = 0.0

    @property
    def prose(self) -> bool:
        """Reads like a body paragraph: a sentence of some length, or simply long."""
        return not self.clutter and ((self.terminal and self.words >= PROSE_WORDS) or self.words >= 20)


@dataclass
class TextResult:
    """Body lines kept, lines dropped with reasons, and header metadata found."""

    paragraphs: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    found_body: bool = True  # False when no line scored as prose at all


# Chinese and Japanese run their words together: about two characters a word.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words in a line of single-spaced text, counting CJK text by its characters."""
    n = text.count(" ") + 1
    return n + len(_DENSE.findall(text)) // 2


def body_words(paragraphs: list[str]) -> int:
    """The article's word count, CJK counted by its characters as in ``count_words``."""
    n = sum(len(t.split()) for t in paragraphs)
    dense = [len(_DENSE.findall(t)) for t in paragraphs if _DENSE.search(t)]
    return n + sum(dense) // 2


def _is_terminal(text: str) -> bool:
    if text.endswith(("”", "’", '"')):
        return True
    if text.endswith(("…", "...")):
        return False  # a teaser cut short, or a sentence trailing off: not a paragraph end
    if text.rstrip(_CLOSERS).endswith((".", "!", "?", "…", "。", "！", "？")):
        return True
    return ("t.co/" in text or "twitter.com/" in text) and bool(_TWEET_END.search(text))


def classify(text: str, words: int | None = None, terminal: bool | None = None) -> Line:
    """Measure one line and name its clutter class; short lines are cached (menus repeat)."""
    if len(text) > CACHE_CHARS:
        return _classify(text, words, terminal)
    hit = _CACHE.get(text)
    if hit is None:
        if len(_CACHE) >= CACHE_SIZE:
            _CACHE.clear()
        hit = _CACHE[text] = _classify(text, words, terminal)
    return Line(text, hit.words, hit.terminal, hit.clutter, hit.appeal_head, hit.tweet_by)


def _classify(text: str, words: int | None = None, terminal: bool | None = None) -> Line:
    """Measure one line and name its clutter class, if any."""
    if words is None:
        words = count_words(text)  # lines arrive with single spaces (lines.to_lines)
    if terminal is None:
        terminal = _is_terminal(text)
    line = Line(text, words, terminal)
    low = text.lower()
    if not low.islower() and not _LETTER.search(text):  # no cased letter: check for any letter
        line.clutter = "no words"
        return line
    keys = words_of(low)
    if words <= SHORT_WORDS:
        line.clutter = match_short(low, keys, sentence=terminal and words >= 6)
        line.appeal_head = not APPEAL_KEYS.isdisjoint(keys) and bool(APPEAL_HEAD.search(low))
        if text[0] in "—–-" and _TWEET_BY.match(text):
            line.clutter, line.tweet_by = None, True
    if line.clutter is None and words > 2:
        line.clutter = match_long(low, keys)
    if line.clutter is None and words <= TEASER_WORDS and text.endswith(("…", "...")):
        line.clutter = "truncated teaser"
    return line


def classify_all(texts: list[str]) -> list[Line]:
    """Classify every line; in runs of menu items only the end-of-article cues are sought.

    A run of three or more short unpunctuated lines is a menu or link list whatever its
    items say, so naming each item's class would only cost time. Comment and copyright
    lines inside such runs still matter (they end the article) and are classified.
    """
    dense = _DENSE.search("".join(texts)) is not None  # one scan: most pages have no CJK at all
    words = [count_words(t) if dense else t.count(" ") + 1 for t in texts]
    terminal = [_is_terminal(t) for t in texts]
    menu = _menu_runs([w <= MENU_WORDS and not e and not t.startswith(_BULLETS)
                       for t, w, e in zip(texts, words, terminal)])
    out = []
    for t, w, e, m in zip(texts, words, terminal, menu):
        if m and not _END_CUE.search(t):
            out.append(Line(t, w, e, MENU))
        else:
            out.append(classify(t, w, e))
    return out


def _menu_runs(menu_like: list[bool]) -> list[bool]:
    """True for lines in runs of MENU_RUN or more menu-like lines."""
    out = [False] * len(menu_like)
    i, n = 0, len(menu_like)
    while i < n:
        j = i
        while j < n and menu_like[j]:
            j += 1
        if j - i >= MENU_RUN:
            out[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return out


def _prose_neighbour(lines: list[Line], i: int, step: int) -> bool:
    j = i + step
    while 0 <= j < len(lines) and lines[j].clutter in NEIGHBOUR_SKIP:
        j += step
    return 0 <= j < len(lines) and lines[j].prose


def _score_all(lines: list[Line]) -> None:
    """Paragraphs score their words, page furniture scores negative.

    A paragraph weighs less when no paragraph stands beside it (teasers, comments) and
    when the same text occurs again on the page (teaser strips shown twice): an
    article's paragraphs come in runs and each occurs once.
    """
    counts = Counter(ln.text for ln in lines if ln.words >= PROSE_WORDS)
    repeated = {text for text, n in counts.items() if n > 1}
    for i, ln in enumerate(lines):
        if ln.clutter == "comments prompt" and not _COMMENTS_HEAD.search(ln.text):
            ln.score = -8.0  # "Reply", "Discussion": maybe a subhead, not a comment section
        elif ln.clutter:
            ln.score = BARRIER.get(ln.clutter, -8.0)
        elif ln.prose:
            near = _prose_neighbour(lines, i, -1) or _prose_neighbour(lines, i, 1)
            ln.score = ln.words * (1.0 if near else ISOLATED) * (ISOLATED if ln.text in repeated else 1.0)
        elif ln.tweet_by:
            ln.score = 1.0
        elif ln.terminal and ln.words >= 4:
            ln.score = 0.5
        elif ln.words >= 5:
            ln.score = -5.0
        else:
            ln.score = -3.0


def _is_footer(text: str, i: int, n: int) -> bool:
    """A copyright line that ends the page, not a photo credit: reserved rights, or low on the page."""
    m = _FOOTER.search(text)
    return m is not None and (m.group(0).lower() == "all rights reserved" or i >= FOOTER_FROM * n)


def _article_end(lines: list[Line]) -> int:
    """Index where reader comments or the page footer begin after real paragraphs, else len."""
    run_lines = run_words = 0
    armed = False
    for i, ln in enumerate(lines):
        if ln.prose:
            run_lines, run_words = run_lines + 1, run_words + ln.words
            armed = armed or (run_lines >= ARM_LINES and run_words >= ARM_WORDS)
        elif ln.clutter not in NEIGHBOUR_SKIP:
            run_lines = run_words = 0
        if armed and ((ln.clutter == "comments prompt" and _COMMENTS_HEAD.search(ln.text))
                      or (ln.clutter == "copyright/footer" and _is_footer(ln.text, i, len(lines)))):
            return i
    return len(lines)


def _mark_appeals(lines: list[Line]) -> None:
    """An appeal block: a heading like "Your support…" followed by first-person pleas."""
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.clutter == "donation appeal" or ln.appeal_head:
            ln.clutter = "donation appeal"
            j = i + 1
            while j < len(lines) and (lines[j].clutter == "donation appeal"
                                      or (not lines[j].clutter and FIRST_PLURAL.search(lines[j].text.lower())
                                          and _next_is_appeal(lines, j))):
                lines[j].clutter = "donation appeal"
                j += 1
            i = j
        else:
            i += 1


def _next_is_appeal(lines: list[Line], j: int) -> bool:
    """True when an appeal line follows within two lines (the plea continues)."""
    return any(lines[k].clutter == "donation appeal" or lines[k].appeal_head
               for k in range(j + 1, min(j + 3, len(lines))))


def _mark_menus(lines: list[Line]) -> None:
    """Runs of three or more short unpunctuated lines are menus or link lists."""
    menu_like = [ln.words <= MENU_WORDS and not ln.terminal and not ln.text.startswith(_BULLETS) for ln in lines]
    for ln, m in zip(lines, _menu_runs(menu_like)):
        if m and not ln.clutter:
            ln.clutter = MENU


def best_segment(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous run (Kadane); (start, end) inclusive, (0, -1) if none is positive."""
    best, best_s, best_e = 0.0, 0, -1
    run, run_s = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, run_s = 0.0, i
        run += s
        if run > best + 1e-9:
            best, best_s, best_e = run, run_s, i
    return best_s, best_e


def _grow(lines: list[Line], start: int, end: int, stop: int) -> tuple[int, int]:
    """Widen the body run to paragraphs that only plain short lines (subheads, list items,
    short quotes) separate from it; any clutter line stops the growth. The best run can
    leave out a lead paragraph isolated between a headline and a subhead."""
    if end < start:
        return start, end
    i, gap = start - 1, 0
    while i >= 0 and not lines[i].clutter and gap <= GAP:
        if lines[i].prose:
            start, gap = i, 0
        elif not lines[i].text.startswith(_BULLETS):  # list items are content, not a gap
            gap += 1
        i -= 1
    i, gap = end + 1, 0
    while i < stop and not lines[i].clutter and gap <= GAP_BELOW:  # below: teaser lists, keep it tight
        if lines[i].prose:
            end, gap = i, 0
        elif not lines[i].text.startswith(_BULLETS):
            gap += 1
        i += 1
    return start, end


class _Log:
    """The removal log; outside the body each run of dropped lines becomes one entry."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str]] = []
        self._run: list[str] = []
        self._reasons: dict[str, None] = {}
        self._side = ""

    def add(self, text: str, reason: str, side: str | None = None) -> None:
        if side != self._side:
            self._flush()
        if side is None:
            self.entries.append((text, reason))
            return
        self._side = side
        self._run.append(text)
        self._reasons[reason] = None

    def _flush(self) -> None:
        if self._run:
            self.entries.append(("\n".join(self._run), f"{self._side}: {', '.join(self._reasons)}"))
        self._run, self._reasons, self._side = [], {}, ""

    def done(self) -> list[tuple[str, str]]:
        self._flush()
        return self.entries


def _one_pass(lines: list[Line], region: bool, menus: bool) -> tuple[TextResult, list[Line]]:
    """One cleaning pass: label context clutter, find the body run, log what is dropped."""
    _mark_appeals(lines)
    if menus:
        _mark_menus(lines)
    cut = _article_end(lines) if region else len(lines)
    for ln in lines[cut:]:
        ln.clutter = ln.clutter or BELOW_END
    _score_all(lines)
    if region:
        start, end = _grow(lines, *best_segment([ln.score for ln in lines[:cut]]), cut)
    else:
        start, end = 0, len(lines) - 1
    res = TextResult(meta=header_meta(lines[:start], lines[start] if start <= end else None), found_body=end >= start)
    header_used = set(res.meta.values())
    seen: set[str] = set()
    kept: list[Line] = []
    log = _Log()
    # A short line also found outside the body is a link or teaser (body paragraphs are unique).
    outside = {ln.text for ln in lines[:start]} | {ln.text for ln in lines[end + 1:]}
    for i, ln in enumerate(lines):
        if i < start or i > end:
            if ln.text not in header_used:
                log.add(ln.text, ln.clutter or "page text", ABOVE if i < start else BELOW)
        elif ln.clutter:
            log.add(ln.text, ln.clutter)
        elif ln.words <= REPEAT_WORDS and ln.text in outside:
            log.add(ln.text, "repeated elsewhere on the page (link or teaser)")
        elif ln.text in seen:
            log.add(ln.text, "duplicate paragraph")
        else:
            seen.add(ln.text)
            res.paragraphs.append(ln.text)
            kept.append(ln)
    res.removed = log.done()
    return res, kept


def extract_body(text: str, region: bool = True, menus: bool = True) -> TextResult:
    """Body paragraphs of a text; passes repeat until stable so cleaning is idempotent.

    ``region=False`` keeps every line that is not clutter; ``menus=False`` also keeps
    runs of short lines: for text whose structure is the article's own (Markdown lists).
    """
    lines = split_glued(to_lines(text))
    first = classify_all(lines) if menus else [classify(t) for t in lines]
    mark_related(first)  # later passes see only kept lines, which hold no related heading
    res, kept = _one_pass(first, region, menus)
    if region and not res.found_body:
        # No run of prose at all (a headline, a few notes): keep what is not clutter.
        return extract_body(text, region=False, menus=menus)
    while True:  # each pass keeps a subset of the last, so this ends
        # Kept lines had no clutter class, so their classification is reused as is.
        again, kept = _one_pass([Line(k.text, k.words, k.terminal, None, k.appeal_head, k.tweet_by)
                                 for k in kept], region, menus)
        res.removed.extend(again.removed)
        if again.paragraphs == res.paragraphs:
            break
        res.paragraphs = again.paragraphs
    return res


def strip_clutter(text: str) -> TextResult:
    """Text an extractor already cut to the article (HTML mode): the same rules and body run.

    The body run is kept on purpose: trafilatura sometimes keeps reader comments or a
    list of related stories after the article, which the run leaves out.
    """
    return extract_body(text, region=True)
