"""The article's title, chosen from what the page itself declares and agrees on.

A heading picked by markup alone ("the h1/h2 with class headline") is often page
chrome: "Most Popular", "See Also", "Join the Discussion". The publisher's own
metadata (og:title, twitter:title, a JSON-LD or microdata headline) and the
``<title>`` element are declarations about *this* article, so they lead; a visible
h1 is used only when it agrees with such a declaration or the page declares
nothing, and trafilatura's pick only counts as one more voice. Chrome rarely agrees
with anything, so agreement rejects it without a list of phrases.
"""

from __future__ import annotations

import html
import json
import re
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from lxml.html import HtmlElement

SAME = 0.8  # share of their words two strings must have in common to be the same headline
AGREE = 0.6  # share of a declared title's words another string must repeat to agree with it
MAX_WORDS = 40  # longer than this is a summary or a whole block, not a title
_WORD = re.compile(r"\w+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report)$")
_META_KEYS = {"og:title": "og", "twitter:title": "twitter"}
SEPARATORS = (" | ", " - ", " -- ", " – ", " — ", " :: ", " : ", " · ", " • ", " // ")
PIPES = (" | ", " :: ", " · ", " • ", " // ")
LABEL_WORDS = 4  # "| Example News", "| Opinion": a pipe tail this short is a label
_SITE_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title")


@dataclass
class Candidates:
    """Every title the page offers, read in one pass over the parsed tree."""

    declared: list[str] = field(default_factory=list)  # publisher metadata, in order of trust
    doc_title: str | None = None  # the <title> element
    headings: list[str] = field(default_factory=list)  # visible h1s, in the article first
    sites: list[str] = field(default_factory=list)  # names the site goes by
    chrome: str = ""  # squashed text of the masthead, logo and footer: where the site names itself


def _text(value: str | None) -> str:
    return " ".join((value or "").split())


def _usable(value: str) -> bool:
    return bool(value) and len(value.split()) <= MAX_WORDS


def gather(root: "HtmlElement") -> Candidates:
    """Read the title candidates from a parsed page (never mutates it)."""
    found = Candidates()
    meta: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = _text(el.get("content"))
        if not content:
            continue
        if key in _META_KEYS:
            meta.setdefault(_META_KEYS[key], content)
        elif key in _SITE_KEYS:
            found.sites.append(content)
    found.declared = [t for t in (meta.get("og"), *_json_ld_headlines(root), *_microdata(root),
                                  meta.get("twitter")) if t and _usable(t)]
    titles = root.xpath("//title[not(ancestor::svg)]")
    doc_title = _text(titles[0].text_content()) if titles else ""
    found.doc_title = doc_title if _usable(doc_title) else None
    found.headings = [h for h in (_text(el.text_content()) for el in _visible_h1s(root)) if _usable(h)]
    found.chrome = " ".join(_squash(t) for t in _chrome_texts(root))
    return found


_CHROME = ("//header | //footer | //*[@role='banner' or @role='contentinfo']"
           " | //*[contains(@class, 'logo') or contains(@id, 'logo') or contains(@class, 'brand')"
           " or contains(@class, 'masthead') or contains(@class, 'site-name') or contains(@class, 'site-title')"
           " or contains(@class, 'copyright')]")


def _chrome_texts(root: "HtmlElement") -> Iterator[str]:
    """Masthead, logo and footer text (and logo alt text), where a page names its site."""
    for el in root.xpath(_CHROME)[:50]:
        if el.xpath("ancestor::article or ancestor::main or self::article or self::main"):
            continue
        yield el.text_content()[:2000]
        for alt in el.xpath(".//img/@alt")[:5]:
            yield alt


_HIDDEN = ("ancestor-or-self::*[@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''),"
           " 'display:none')]")


def _visible_h1s(root: "HtmlElement") -> list["HtmlElement"]:
    """The h1s a reader sees (a hidden one is a logo or a screen-reader label), those inside
    the page's <article> or <main> first."""
    shown = [el for el in root.iter("h1") if not el.xpath(_HIDDEN)]
    inside = [el for el in shown if el.xpath("ancestor::article or ancestor::main")]
    return inside + [el for el in shown if el not in inside]


def _json_ld_headlines(root: "HtmlElement") -> Iterator[str]:
    """Headlines of the Article-like objects in the page's JSON-LD blocks."""
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:  # strict=False: CMSs leave raw newlines inside strings
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):  # a block nested thousands deep exhausts the stack
            continue
        queue = deque([data])
        while queue:
            item = queue.popleft()
            if isinstance(item, list):
                queue.extend(item)
            elif isinstance(item, dict):
                queue.extend(v for k, v in item.items() if k in ("@graph", "mainEntity"))
                kinds = item.get("@type")
                if _article_like(kinds if isinstance(kinds, list) else [kinds]):
                    value = next((v for v in (item.get("headline"), item.get("name"))
                                  if isinstance(v, str) and _text(v)), None)
                    if value:
                        yield _text(html.unescape(value))  # some CMSs escape entities twice


def _article_like(kinds: list) -> bool:
    return any(isinstance(k, str) and _ARTICLE_TYPES.search(k.strip()) for k in kinds)


def _microdata(root: "HtmlElement") -> Iterator[str]:
    """Headlines of Article-like microdata items: an untyped itemscope is as often a sidebar
    teaser as the article. A headline in no item at all is kept (pages that never declare
    the item still mark their one headline so), and must then agree with the page."""
    for el in root.xpath('//*[@itemprop="headline"]'):
        scope = el.xpath("ancestor::*[@itemscope][1]")
        if scope and not _article_like((scope[0].get("itemtype") or "").split()):
            continue
        value = _text(el.get("content") if el.tag == "meta" else el.text_content())
        if value:
            yield value


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold().translate(_QUOTES).replace("'", ""))


def agrees(declared: str, other: str) -> bool:
    """True when ``other`` repeats most of ``declared``'s words and is not far longer:
    the same story told by an SEO ``<title>`` and a display h1.

    One-sided on purpose: a short site name inside "Headline | Site" must not count
    as agreeing with that title, while "Headline | Site" does agree with "Headline".
    """
    want, have = _words(declared), _words(other)
    if not want or not have or len(have) > 2 * len(want) + 6:
        return False
    pool = set(have)
    return sum(w in pool for w in want) >= AGREE * len(want)


def same(a: str, b: str) -> bool:
    """True when two strings give the same headline: one's words run unbroken inside the
    other's ("Headline" in "Headline | Site") and make up most of it, or the two share
    nearly all their words. Stricter than ``agrees``: two headlines on one story share
    topic words without being the same title."""
    x, y = _words(a), _words(b)
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    if 2 * len(short) >= len(long_) and f" {' '.join(short)} " in f" {' '.join(long_)} ":
        return True
    sx, sy = set(x), set(y)
    return len(sx & sy) >= SAME * len(sx | sy)


def _echoes(a: str, b: str) -> bool:
    """True when most words of the shorter string recur in the longer: an SEO ``<title>``
    and a social headline on one story ("Millennial Decorating Mistakes", "The 5 Biggest
    Decorating Mistakes Millennials Make"), however unequal their lengths. Looser than
    ``agrees``: it only tells a declaration about this article from a slogan or a teaser."""
    x, y = sorted((set(_words(a)), set(_words(b))), key=len)
    return bool(x) and len(x & y) >= AGREE * len(x)


def _truncated(text: str) -> bool:
    return text.endswith(("...", "…"))


def _squash(text: str) -> str:
    return "".join(_words(text)).removeprefix("the")


def site_names(sites: list[str], host: str | None = None) -> set[str]:
    """Squashed names a site goes by: declared names, and the host with and without its suffix
    ("www.nj.com" -> "njcom", "nj"), so "| NJ.com" and "| Miami Herald" are recognised."""
    names = {_squash(s) for s in sites}
    if host:
        labels = host.lower().removeprefix("www.").split(".")
        # the registrable label: "nj" in nj.com, "prospectmagazine" in prospectmagazine.co.uk
        short_suffix = len(labels) > 2 and len(labels[-1]) == 2 and len(labels[-2]) <= 3
        main = labels[-3] if short_suffix else labels[-2] if len(labels) > 1 else labels[0]
        names |= {_squash(".".join(labels)), _squash(main)}
    return names - {""}


def strip_site(title: str, names: set[str]) -> str:
    """Drop "| Site" tails (and "Site |" heads) naming the site, as often as they occur."""
    changed = True
    while changed:
        changed = False
        for sep in SEPARATORS:
            head, _, tail = title.rpartition(sep)
            if head.strip() and _squash(tail) in names:
                title, changed = head.strip(), True
            lead, _, rest = title.partition(sep)
            if rest.strip() and _squash(lead) in names:
                title, changed = rest.strip(), True
    return title


def _drop_label(title: str) -> str:
    """"Headline | Site Or Section" -> "Headline" for an unknown but short label after a pipe.

    Only pipe-like separators: a dash or colon tail is often part of the headline
    ("Budget fight - part two"), a pipe tail almost never is.
    """
    for sep in PIPES:
        head, _, tail = title.rpartition(sep)
        if head.strip() and len(tail.split()) <= LABEL_WORDS < len(head.split()):
            return head.strip()
    return title


def _shown_part(title: str, headings: list[str]) -> str:
    """"Headline | Unknown Site" or "Opinion | Headline" -> "Headline" when the page shows
    exactly that part as a heading: the rest is a label, not the headline."""
    shown = {tuple(_words(h)) for h in headings}
    for sep in SEPARATORS:
        for part in (title.rpartition(sep)[0], title.partition(sep)[2]):
            if part.strip() and tuple(_words(part)) in shown:
                return part.strip()
    return title


def _unlabelled(title: str, headings: list[str], sites: set[str]) -> str:
    """The headline part of a declared title: the part the page shows as a heading, or what
    is left once site names and short pipe labels ("| DW | 10.06.2019") are dropped."""
    while (shown := _shown_part(title, headings)) == title:
        shorter = strip_site(_drop_label(title), sites)
        if shorter == title:
            return title
        title = shorter
    return shown


def _site_title(title: str, headings: list[str], sites: set[str], chrome: str) -> str | None:
    """The headline in a ``<title>`` that disagrees with the page's h1, once the segments naming
    the site (a declared name, the host, or a name the masthead or footer shows) are gone:
    "Headline | Gazette" -> "Headline". A title that is all site ("Gazette", "News | Gazette",
    "Gazette | Local news, sport and weather": a tagline after the name) gives way to the h1.
    None when no segment names the site."""
    if not headings:
        return None
    parts = [title]
    for sep in SEPARATORS:
        parts = [q for p in parts for q in p.split(sep)]
    parts = [p.strip() for p in parts if p.strip()]

    def named(part: str) -> bool:
        key = _squash(part)
        return key in sites or (len(key) >= 4 and len(part.split()) <= LABEL_WORDS and key in chrome)

    site = [named(p) for p in parts]
    if not any(site):
        # "Springfield Gazette" alone: a short <title> the h1 shares nothing with names the site
        if len(parts) == 1 and len(title.split()) <= LABEL_WORDS and not any(_echoes(title, h) for h in headings):
            return headings[0]
        return None
    rest = [p for p, s in zip(parts, site) if not s]
    if site[0] or not rest or all(len(p.split()) <= 2 for p in rest):
        return headings[0]  # site first ("Gazette | tagline", "Gazette - Headline") or a section label
    return max(rest, key=lambda p: len(p.split()))


def choose(found: Candidates, extracted: str | None = None, host: str | None = None) -> str | None:
    """The title the page agrees on; ``extracted`` is trafilatura's pick, ``host`` the page's host.

    1. Publisher metadata: the declared title most other sources repeat (ties go to
       the more trusted kind: og:title, JSON-LD, microdata, twitter:title; a title
       cut short with "..." only when nothing else is declared). A declaration that
       only names the site, or that neither ``<title>`` nor an h1 echoes while the
       page has a ``<title>``, is not counted (trafilatura's pick is no witness: it
       usually copies og:title).
    2. Else ``<title>``, site name stripped; an h1 that agrees with it replaces it,
       since it is the same headline as shown, free of SEO variants and section tails.
    3. Else (no declaration at all) an h1 trafilatura agrees with, or the first
       visible h1. Never trafilatura's pick alone: with nothing to agree with it is a
       guess from class names; None leaves the title to the text rules, which take
       the headline line right above the body.
    """
    sites = site_names(found.sites, host)
    headings = [h for h in found.headings if _squash(h) not in sites]  # a logo h1 is not a headline
    support = [s for s in (found.doc_title, *headings, extracted) if s]
    doc_title = strip_site(found.doc_title, sites) if found.doc_title else None
    if doc_title and _squash(doc_title) in sites:
        doc_title = None  # a <title> that only names the site says nothing about the article
    declared = [d for d in found.declared if _squash(d) not in sites]  # og:title "Example News"
    declared = [d for d in declared if not _truncated(d)] or declared
    if doc_title:  # the page gives its own word: a declaration nothing on it echoes is not this article's
        witnesses = (_unlabelled(doc_title, headings, sites), *headings)
        declared = [d for d in declared if any(_echoes(d, w) for w in witnesses)]
    if declared:
        best = max(declared, key=lambda d: (
            sum(same(d, s) for s in found.declared + support), -declared.index(d)))
        return _unlabelled(best, headings, sites)
    if doc_title:
        shown = next((h for h in headings if agrees(doc_title, h)), None)
        if shown:
            return shown
        site_free = _site_title(found.doc_title or doc_title, headings, sites, found.chrome)
        return site_free or _unlabelled(doc_title, headings, sites)
    if found.doc_title and headings:  # the <title> only names the site: the h1 is the headline
        return next((h for h in headings if extracted and agrees(extracted, h)), headings[0])
    for heading in headings:
        if extracted and agrees(extracted, heading):
            return heading
    return headings[0] if headings else None

