"""The briefing's Markdown and HTML: article text stays literal, both formats show the same
content, and evidence ids lead somewhere."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from brief.article import Article, Source
from brief.render.mdtext import md
from brief.schema import Actor, Briefing, KeyFact, Provenance, Stake, Statement, TimelineEntry

from .test_digest_helpers import briefing

HOSTILE = ["*Anna* _Berg_ ran `rm -rf`", "- The president said on Monday", "> Critics claimed",
           "1. first", "AT&amp;T & co", "<script>alert(1)</script>", "# not a heading", "---",
           "a | b | c", "~~struck~~"]


def _rendered_text(markdown: str) -> str:
    """What a reader sees once the Markdown is rendered: the HTML's text, entities decoded."""
    import html

    out = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(markdown)
    return html.unescape(re.sub(r"<[^>]+>", "", out))


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_shows_article_text_literally(text: str) -> None:
    out = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(f"- {md(text)}\n")
    assert out.count("<li>") == 1 and not re.search(r"<(em|strong|code|blockquote|h\d|ol|hr|table|s|del|script)\b", out)
    assert _rendered_text(f"- {md(text)}\n").strip() == text


def _rich() -> Briefing:
    b = briefing("Council votes on budget\n\n## Injected heading\n\n- injected bullet", "The council voted.",
                 facts=("The council voted.", "- Spending rises 4 percent"))
    spokes = Statement(text="We will appeal", direct_quote=True, cue_verb="said", channel="spokesperson",
                       via=None, evidence=["p2"])
    tass = Statement(text="the vote was fair", direct_quote=False, cue_verb="said", channel="state_media",
                     via="Tass", evidence=["p3"])
    return b.model_copy(update={
        "source": Source(title=b.headline, dek="A standfirst the page gave", publisher="Ledger", published_iso="2024-03-14",
                         language="ar", word_count=300),
        "key_actors": [Actor(id="oskar-lind", name="Oskar Lind", aliases=[], type="person", role="minister",
                             affiliation="Transport", country="Sweden", stance=None, statements=[spokes, tass],
                             evidence=["p2"])],
        "stakes": [Stake(who="Dock workers", what="their bonus", direction="loss", consequence="pay falls",
                         timeframe="from June", basis="stated", evidence=["p4"])],
        "timeline": [TimelineEntry(when="on Monday", date="2024-03-11", event="The vote", evidence=["p1"])],
        "provenance": Provenance(engine="test")})


def test_markdown_keeps_a_multiline_title_on_its_heading() -> None:
    out = _rich().to_markdown()
    assert "\n## Injected heading" not in out and "\n- injected bullet" not in out
    assert out.startswith("# Council votes on budget \\#\\# Injected heading - injected bullet\n")
    assert "\n- \\- Spending rises 4 percent" in out


def test_both_formats_show_the_same_details() -> None:
    b = _rich()
    texts = {"md": _rendered_text(b.to_markdown()), "html": re.sub(r"<[^>]+>", "", b.to_html())}
    for name, text in texts.items():
        flat = " ".join(text.split())
        for shown in ("A standfirst the page gave", "2024-03-14", "minister, Transport, Sweden",
                      "said through a spokesperson", "said via Tass (in state media)", "pay falls", "from June",
                      "on Monday (2024-03-11)"):
            assert shown in flat, (name, shown)


def test_html_page_takes_the_article_language_and_direction() -> None:
    page = _rich().to_html()
    assert '<html lang="ar" dir="rtl">' in page
    english = briefing("Vote", "The council voted.").to_html()
    assert '<html lang="en" dir="auto">' in english and '<p class="meta"></p>' not in briefing("V", "x").model_copy(
        update={"source": Source(word_count=1)}).to_html()


def test_html_evidence_links_to_the_articles_paragraphs() -> None:
    article = Article.from_paragraphs(["The council voted.", "Spending rises <4> percent."])
    b = briefing("Vote", "The council voted.", facts=("Spending rises 4 percent.",)).model_copy(
        update={"key_facts": [KeyFact(text="Spending rises 4 percent.", status="reported", attributed_to=None,
                                      evidence=["p2", "p9"])]})
    page = b.to_html(article)
    assert '<a href="#p2">p2</a>, p9]' in page  # an id the article lacks stays text
    assert '<p class="para" id="p2"><span class="pid">p2</span>Spending rises &lt;4&gt; percent.</p>' in page
    assert 'id="p1"' not in b.to_html()  # without the article: no paragraphs, no dead links
    assert "<a href=\"#p" not in b.to_html()


def test_provenance_counts_read_right() -> None:
    b = briefing("Vote", "The council voted.")
    b.provenance.tokens.prompt = 1
    assert "1 attempt · 1 token ·" in b.to_markdown() and "1 attempt · 1 token ·" in b.to_html()


def test_a_country_that_repeats_the_name_is_not_shown_twice() -> None:
    from brief.render.view import actor_label

    iran = Actor(id="iran", name="Iran", aliases=[], type="government", role=None, affiliation=None,
                 country="Iran", stance=None, statements=[], evidence=["p1"])
    assert actor_label(iran) == "government"
    envoy = iran.model_copy(update={"name": "Ali Vaezi", "type": "person", "role": "envoy"})
    assert actor_label(envoy) == "person, envoy, Iran"
