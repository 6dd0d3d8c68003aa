"""Cleaning: any input (text, HTML, Markdown, JSON record) to one numbered Article.

Every kind ends in the same text-level rules, so a share bar or donation appeal is
caught whether it arrived as copied text or survived HTML extraction. Title, dek,
byline and date go to ``source``, never to the body; every dropped line is logged
with a reason in ``Article.removed``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.article import Article, Paragraph, Removed, Source
from brief.clean.boilerplate import strip_tail
from brief.clean.byline import clean_byline
from brief.clean.encoding import decode_bytes, normalize_text
from brief.clean.text import body_words, extract_body, strip_clutter
from brief.errors import InputError

if TYPE_CHECKING:
    from brief.inputs import RawDoc

CLEANER_VERSION = "clean-1"
_SOURCE_KEYS = ("title", "dek", "byline", "published", "published_iso", "publisher", "url",
                "language", "section", "path")
_MIN_HTML_WORDS = 40  # below this, trafilatura probably missed the article
TRUNCATION_RATIO, CONTAINED = 1.3, 0.9
_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ")
SITE_WORDS = 4  # "Headline - The Wall Street Journal": a tail this short may be the site name
DATELINE_CHARS = 40  # a description may skip the lead's dateline ("WASHINGTON (Aug. 13) -- ")


def _build(paragraphs: list[str], removed: list[tuple[str, str]], found: dict[str, str],
           given: dict) -> Article:
    """Assemble the Article; metadata given by the caller wins over what was found.

    Built with ``model_construct``: every value is a plain str made here, and
    validating thousands of removed menu lines per page would dominate cleaning time.
    """
    meta = {k: v for k, v in found.items() if k in _SOURCE_KEYS and v}
    if byline := clean_byline(meta.pop("byline", None)):
        meta["byline"] = byline  # a page's author field holds share buttons and job titles too
    meta.update({k: str(v) for k, v in given.items() if k in _SOURCE_KEYS and v})
    title = meta.get("title", "").strip()
    heads = {title, meta.get("dek", "").strip()} - {""}
    paragraphs, tail = strip_tail(paragraphs, meta.get("publisher"))
    log = [Removed.model_construct(line=t, reason=r) for t, r in removed + tail]
    body = []
    for p in paragraphs:
        if p in heads or (title and _same_headline(p, title)):
            log.append(Removed.model_construct(line=p, reason="title or dek, moved to metadata"))
        else:
            body.append(p)
    paras = [Paragraph.model_construct(id=f"p{i}", text=t) for i, t in enumerate(body, 1)]
    log += _unreadable(paras)
    source = Source(**meta, word_count=body_words(body))
    return Article.model_construct(source=source, paragraphs=paras, removed=log,
                                   cleaner_version=CLEANER_VERSION)


def _unreadable(paras: list[Paragraph]) -> list[Removed]:
    """Text lost to bytes no encoding could read (U+FFFD), logged so the reader is told it is gone."""
    log = []
    for p in paras:
        at = p.text.find("\ufffd")
        if at >= 0:
            snippet = p.text[max(0, at - 30):at + 30].strip()
            log.append(Removed.model_construct(line=snippet, reason=(
                f"unreadable bytes in {p.id} shown as \ufffd (U+FFFD): the text there is lost")))
    return log


def clean_text(text: str, **meta) -> Article:
    """Clean plain text (a copied page or a bare article)."""
    res = extract_body(normalize_text(text))
    return _build(res.paragraphs, res.removed, res.meta, meta)


def clean_markdown(md: str, **meta) -> Article:
    """Clean Markdown: syntax stripped, first heading as the title, then text rules."""
    from brief.clean.markdown import markdown_to_text

    text, title = markdown_to_text(normalize_text(md))
    res = extract_body(text, region=False, menus=False)
    found = dict(res.meta)
    if title:
        found["title"] = title
    return _build(res.paragraphs, res.removed, found, meta)


def clean_html(html: str, url: str | None = None, **meta) -> Article:
    """Clean an HTML page: trafilatura's main content, then the text-level clutter rules.

    The page is also read as a copy-paste would see it and cleaned in text mode. When
    that body holds trafilatura's and is much longer, trafilatura kept only part of a
    multi-block article (its known failure), so the text-mode body is used instead.
    """
    from brief.clean.html import extract_html, html_to_text

    html = normalize_text(html)
    found = extract_html(html, url=url)
    page = extract_body(html_to_text(html))
    res = strip_clutter(found.text) if found.text else None
    if res is None or _truncated(res.paragraphs, page.paragraphs):
        res = page
    merged = {**res.meta, **found.meta}
    if merged.get("title") and merged.get("publisher"):
        merged["title"] = _strip_site(merged["title"], merged["publisher"])
    if _is_lead(merged.get("dek"), res.paragraphs):
        merged.pop("dek")  # many sites describe a page by its first paragraph: that is body, not dek
    if url:
        meta.setdefault("url", url)
    return _build(res.paragraphs, res.removed, merged, meta)


def _strip_site(title: str, site: str | None = None) -> str:
    """"Headline - Site Name" or "Headline | Site" -> "Headline" (any short tail if no site given)."""
    for sep in _SEPARATORS:
        head, _, tail = title.rpartition(sep)
        if not head:
            continue
        if (tail.strip().lower() == site.strip().lower()) if site else len(tail.split()) <= SITE_WORDS:
            return head.strip()
    return title


def _same_headline(line: str, title: str) -> bool:
    """The headline with a site name or section label around it ("Opinion | Headline - Site")."""
    if not title.endswith(line) and not title.startswith(line):
        return False
    rest = title.replace(line, "", 1)
    return bool(rest.strip(" -|–—:")) and len(rest.split()) <= SITE_WORDS + 1 and any(
        sep in rest for sep in _SEPARATORS)


def _is_lead(dek: str | None, paragraphs: list[str]) -> bool:
    """True when a page description is (the start of) one of the first paragraphs, maybe past its dateline.

    Sites often describe a page by its lead paragraph; a standfirst shown on the page
    looks the same in extracted text. Either way the text stays in the body, where
    evidence can cite it, rather than risk cutting the lead: what is cut cannot be
    summarized.
    """
    if not dek:
        return False
    head = " ".join(dek.split())[:60].rstrip(".… ")
    return any(0 <= p.find(head) <= DATELINE_CHARS for p in paragraphs[:3])


def _truncated(extracted: list[str], page_body: list[str]) -> bool:
    """True when the page's text-mode body contains the extracted body and is far longer."""
    ex_words = " ".join(extracted).split()
    page_words = " ".join(page_body).split()
    if len(ex_words) < _MIN_HTML_WORDS:
        return len(page_words) > len(ex_words)
    if len(page_words) < TRUNCATION_RATIO * len(ex_words):
        return False
    ex_set, page_set = set(ex_words), set(page_words)
    return len(ex_set & page_set) >= CONTAINED * len(ex_set)


def _lenient_decode(data: bytes, name: str) -> str:
    """Bytes handed straight to clean() are decoded at any cost: cleaning never raises."""
    try:
        return decode_bytes(data, name=name)
    except InputError:
        return normalize_text(data.decode("utf-8", errors="replace"))


def clean(doc: "RawDoc") -> Article:
    """Clean any RawDoc, dispatching on its kind."""
    data = doc.data if isinstance(doc.data, str) else _lenient_decode(doc.data, doc.name)
    meta = {**doc.meta}
    if doc.path:
        meta.setdefault("path", doc.path)
    if doc.kind == "html":
        return clean_html(data, **meta)
    if doc.kind == "markdown":
        return clean_markdown(data, **meta)
    if doc.kind == "json":
        from brief.inputs import loads, record_to_doc

        try:
            inner = record_to_doc(loads(data), doc.name, doc.path)
        except (ValueError, InputError):
            return clean_text(data, **meta)
        inner.meta = {**inner.meta, **meta}
        return clean(inner)
    return clean_text(data, **meta)


__all__ = ["CLEANER_VERSION", "clean", "clean_text", "clean_html", "clean_markdown"]
