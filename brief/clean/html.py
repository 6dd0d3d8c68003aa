"""Main content and metadata from an HTML page, via trafilatura.

trafilatura finds the article block far better than anything line-based can, because
it sees the markup; but on some pages it keeps share dialogs, reader comments or
sidebar items, so its text goes through the same line rules as plain text. The
page's visible text (``html_to_text``) is the fallback when it finds nothing or only
part of the article (see ``brief.clean.clean_html``).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from brief.clean.hovercard import drop_hover_cards

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from brief.clean.title import Candidates

_TAGS = re.compile(r"<[^>]+>")
_DROP = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
         "select", "option", "datalist", "head", "title", "button")
_BLOCKS = ("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
           "td", "th", "table", "section", "article", "header", "footer", "nav", "aside", "figure",
           "figcaption", "blockquote", "form", "label", "br", "hr", "pre", "address", "main",
           "details", "summary", "caption", "center", "fieldset", "legend", "menu")

_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col")
_PARAS = ".//p | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//ul | .//ol | .//blockquote | .//pre"


@dataclass
class HtmlResult:
    """What trafilatura found: the body text (may be empty) and page metadata."""

    text: str = ""
    meta: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _quiet_page_dates() -> None:
    """Silence dateutil's warning about a page's unknown zone name ("…T14:05:00PST"): the page
    is at fault, not the user, and a warning per page would bury brief's own stderr line.
    A filter, not ``catch_warnings``, because pages are cleaned in worker threads."""
    try:
        from dateutil.parser import UnknownTimezoneWarning
    except ImportError:  # pragma: no cover - trafilatura's date parsing brings dateutil
        return
    warnings.filterwarnings("ignore", category=UnknownTimezoneWarning)


def extract_html(html: str, url: str | None = None) -> HtmlResult:
    """Run trafilatura once for body and metadata, the title chosen by ``brief.clean.title``;
    never raises on bad markup."""
    import trafilatura

    _quiet_page_dates()
    try:
        tree = trafilatura.load_html(html)
    except Exception:  # lxml raises many types on broken markup; fall back to text
        tree = None
    if tree is None:
        return HtmlResult()
    titles = _titles(tree)  # parsed once: the candidates come from the tree trafilatura then copies
    language, section = page_language(tree), page_section(tree)
    drop_hover_cards(tree)
    _unwrap_layout_tables(tree)
    try:
        doc = trafilatura.bare_extraction(tree, url=url, include_comments=False, with_metadata=True)
    except Exception:  # trafilatura raises many types on broken markup; fall back to text
        doc = None
    if doc is None or isinstance(doc, dict):  # a Document (as_dict=False); the stub does not overload on it
        # no body found, but the page may still say what it is called
        return HtmlResult(meta=_present({"title": _title(titles, None, urlsplit(url or "").hostname),
                                         "language": language, "section": section}))
    meta = {
        "title": _title(titles, doc.title, doc.hostname), "byline": doc.author, "published_iso": doc.date,
        "publisher": doc.sitename or doc.hostname, "url": doc.url or url, "dek": doc.description,
        "language": language or _primary(doc.language), "section": section,
    }
    return HtmlResult(text=doc.text or "", meta=_present(meta))


_LANG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")
_LANG_META = ('//meta[translate(@http-equiv, "CONTENT-LANGUAGE", "content-language")="content-language"]/@content',
              '//meta[@property="og:locale" or @name="og:locale"]/@content',
              '//meta[@name="language" or @name="dc.language" or @name="DC.language"]/@content')


def _primary(tag: str | None) -> str | None:
    """"en-US", "pt_BR", " AR " -> "en", "pt", "ar"; None for anything not shaped like a language tag."""
    m = _LANG.match(tag or "")
    return m.group(1).lower() if m else None


def page_language(tree: "HtmlElement") -> str | None:
    """The language the page declares, as a primary tag: ``<html lang>`` first (it is what
    browsers and screen readers use), then content-language, og:locale or a language meta."""
    root = tree.getroottree().getroot()
    found = _primary(root.get("lang") or root.get("xml:lang"))
    for path in _LANG_META:
        if found:
            break
        found = next((t for v in root.xpath(path) if (t := _primary(str(v).split(",")[0]))), None)
    return found


def page_section(tree: "HtmlElement") -> str | None:
    """The section the page files the piece under (``article:section``), e.g. "Opinion"."""
    found = tree.getroottree().getroot().xpath('//meta[@property="article:section" or @name="article:section"]/@content')
    return next((" ".join(str(v).split())[:60] for v in found if str(v).strip()), None)


def _unwrap_layout_tables(tree: "HtmlElement") -> None:
    """Turn tables used for page layout into plain blocks, in place.

    trafilatura writes a table as one line of " | "-separated cells, so an article set in a
    cell (old CMS templates) became a single paragraph glued to the sidebar cell beside it.
    A cell holding two or more paragraph blocks is layout, not data: its table's rows and
    cells become divs, so each paragraph stays a paragraph and each cell a block of its own.
    """
    for table in list(tree.iter("table")):
        cells = [c for c in table.iter("td", "th") if _owner(c) is table]
        if not any(len(c.xpath(_PARAS)) >= 2 for c in cells):
            continue
        for el in [table, *(e for e in table.iter(*_TABLE_PARTS) if _owner(e) is table)]:
            el.tag = "div"


def _owner(el: "HtmlElement") -> "HtmlElement | None":
    """The table a row, cell or section belongs to (its nearest table ancestor)."""
    parent = el.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _present(meta: dict) -> dict[str, str]:
    return {k: v for k, v in meta.items() if isinstance(v, str) and v}


def _titles(tree: "HtmlElement") -> "Candidates | None":
    """The page's title candidates, or None if reading them fails: a title problem must
    never cost the body and the rest of the metadata."""
    from brief.clean.title import gather

    try:
        return gather(tree)
    except Exception:
        return None


def _title(titles: "Candidates | None", extracted: str | None, host: str | None) -> str | None:
    """The chosen title; trafilatura's own pick when the candidates could not be read."""
    from brief.clean.title import choose

    if titles is None:
        return extracted
    try:
        return choose(titles, extracted, host)
    except Exception:
        return extracted


def html_to_text(html: str) -> str:
    """The page's visible text, a line per block element, as a reader would copy it.

    Inline elements are joined without a separator, exactly as in the markup, so the
    text reads like a browser copy; the text rules then find the body in it.
    """
    from lxml import etree, html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return _TAGS.sub("\n", html)
    etree.strip_elements(root, *_DROP, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for el in root.xpath("//*[@hidden]"):
        el.drop_tree()
    drop_hover_cards(root)
    for el in root.iter(*_BLOCKS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    body = root.find("body")
    return (body if body is not None else root).text_content()
