"""Markdown and HTML renderings of the digest: complete, linked, and inert whatever the articles say."""

from __future__ import annotations

import re

from brief.digest import build_digest
from brief.render.digest_html import cite, digest_body_html, digest_html
from brief.render.digest_md import digest_markdown, digest_markdown_body
from brief.render.mdtext import md, safe_url

from .test_digest_helpers import breach, briefing, election, flood


def hostile():
    return briefing("<script>alert(1)</script> [click](javascript:alert(2)) # Heading",
                    "A *bold* claim <img src=x onerror=alert(3)> | pipe", publisher="<b>Evil</b>",
                    url="javascript:alert(4)", facts=("Fact with `code` and <i>tags</i>.",))


def day():
    return [flood("Northfield Courier", "Floods cut off villages in the Merrow Valley"),
            flood("Valley Times", "Merrow river floods kill 12 and cut off valley villages"),
            election(), breach(), hostile()]


def test_markdown_escapes_article_text() -> None:
    assert md("# a *b* [c](d) <e>") == r"\# a \*b\* \[c\](d) \<e\>"
    text = build_digest(day(), date="2026-11-28").to_markdown()
    assert not re.search(r"(?<!\\)<(script|img|b)\b", text)  # every < of the article is escaped
    assert "(javascript:" not in text.replace(r"\[click\](javascript:alert(2))", "")
    assert r"\<script\>alert(1)\</script\>" in text


def test_markdown_lists_every_part_of_the_digest() -> None:
    d = build_digest(day(), date="2026-11-28")
    text = d.to_markdown()
    assert text.startswith("# Daily briefing — 2026-11-28")
    for heading in ("## Top story", "## Actors of the day", "## Sourcing caveats"):
        assert heading in text
    for item in d.items:
        for bid in item.briefing_ids:
            assert f"(briefings/{bid}.json)" in text
    assert "[Valley Times](https://valleytimes.example/flood)" in text
    assert text.count("### ") == len(d.items)  # the top story once, not again in its section


def test_safe_url_keeps_only_web_links() -> None:
    assert safe_url("https://a.example/x y(1)") == "https://a.example/x%20y%281%29"
    for bad in ("javascript:alert(1)", "data:text/html,<b>", "file:///etc/passwd", "", None):
        assert safe_url(bad) is None


def test_html_escapes_everything_and_links_items() -> None:
    d = build_digest(day(), date="2026-11-28")
    page = d.to_html()
    assert "<script" not in page and "<img" not in page and "<b>Evil" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "=\"javascript:" not in page
    for item in d.items:
        assert f'id="item-{item.id}"' in page
        for bid in item.briefing_ids:
            assert f'href="briefings/{bid}.json"' in page and f'href="briefings/{bid}.html"' not in page
    # the overview's citations jump to their items
    for ref in d.overview_refs:
        assert f'href="#item-{ref}"' in page
    assert len(re.findall(r'<article class="item"', page)) == len(d.items)


def test_cite_escapes_before_linking() -> None:
    out = str(cite("<b>x</b> done. [0123456789abcdef] case [20240314].", {"0123456789abcdef"}))
    assert out.startswith("&lt;b&gt;x&lt;/b&gt;")
    assert '<a class="ref" href="#item-0123456789abcdef">[0123456789abcdef]</a>' in out
    assert "case [20240314]." in out  # looks like an id, is not one the overview cites


def test_markdown_overview_citations_link_to_briefings() -> None:
    d = build_digest(day(), date="2026-11-28")
    first_paragraph = d.to_markdown().split("\n\n")[1]
    for ref in d.overview_refs:
        assert f"[{ref}](briefings/{ref}.json)" in first_paragraph


def test_html_links_pages_when_they_were_written() -> None:
    d = build_digest(day(), date="2026-11-28")
    d.pages = True
    page = d.to_html()
    for bid in (b for item in d.items for b in item.briefing_ids):
        assert f'href="briefings/{bid}.html"' in page and f'href="briefings/{bid}.json"' in page


def test_the_sections_rendered_before_the_overview_make_the_same_pages() -> None:
    """A daily run renders the sections while the model writes the overview: nothing the
    overview step changes (overview, warnings, stats) may be in them."""
    from brief.digest import Failure, RunStats

    before = build_digest(day(), date="2026-11-28", failures=[Failure(name="x.txt", stage="clean", reason="empty")])
    before.pages = True
    item = before.items[1].id
    after = before.model_copy(update={
        "overview": f"A written paragraph about <the day> [{item}].", "overview_by": "mock",
        "warnings": ["overview: a *late* warning"], "stats": RunStats(articles=5, model_calls=6, elapsed_s=3.2)})
    assert digest_markdown(after, digest_markdown_body(before)) == after.to_markdown()
    assert digest_html(after, digest_body_html(before)) == after.to_html()
    assert "a \\*late\\* warning" in after.to_markdown() and "&lt;the day&gt;" in after.to_html()
    assert f'href="#item-{item}"' in after.to_html() and "6 model calls" in after.to_html()
