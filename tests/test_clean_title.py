"""The article title: what the page declares and agrees on, never a chrome heading.

Each failure class seen on real pages (Mercury Parser's fixtures) is an invented page here:
a headline-classed "Most Popular" box, a site-name h1, a comment-form heading, a teaser
headline, a blog banner. Metadata-free versions are the hard case: trafilatura then picks
a heading by its markup alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.clean import clean_html

BODY = [
    "The city council voted 7-2 on Tuesday to approve the new transit budget, officials said on Wednesday.",
    "Opponents argued the plan would raise fares for the poorest riders by as much as 20 percent next year.",
    "“We cannot keep asking the same people to pay more,” said council member Ana Ruiz, who voted no.",
    "The budget now goes to the mayor, who is expected to sign it before the end of the month, aides said.",
]
HEADLINE = "Council passes transit budget after a long fight over fares"


def page(head: str = "", before: str = "", h1: str | None = HEADLINE, after: str = "") -> str:
    """A news page: ``head`` markup, chrome ``before``/``after`` the article, the article itself."""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head>{head}</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"{before}<article>{heading}{paras}</article>{after}"
            "<footer>© 2024 Example Media. All rights reserved.</footer></body></html>")


def title_of(html: str, url: str | None = None) -> str | None:
    return clean_html(html, url=url).source.title


# --- failure classes: each picked page chrome before ---

def test_headline_classed_box_is_not_the_title():
    box = "<aside><h2 class='widget-headline'>Most Popular</h2><ul><li><a href='/x'>Other story</a></li></ul></aside>"
    html = page(f"<title>{HEADLINE} | Example News</title>", before=box, after="<h1>More Stories</h1>")
    assert title_of(html) == HEADLINE


def test_site_name_h1_and_comment_heading_lose_to_the_title_element():
    logo = "<header><h1>Example Geek</h1></header>"
    form = "<div id='respond'><h3 class='comment-reply-title'>Got Feedback? Join the Discussion</h3></div>"
    html = page("<title>Amazon Echo vs. Google Home: Which One Should You Buy?</title>",
                before=logo + logo, h1=None, after=form)
    assert title_of(html) == "Amazon Echo vs. Google Home: Which One Should You Buy?"


def test_teaser_headline_is_not_the_title():
    teaser = "<div class='related'><h2 class='entry-title'>Star slays in a black dress at the premiere</h2></div>"
    html = page(f"<title>{HEADLINE}</title>", before=teaser, after="<h1 class='faves-title'>Faves For You</h1>")
    assert title_of(html) == HEADLINE


def test_blog_banner_h1_is_not_the_title():
    banner = "<h1 class='blog-banner-title'>The Schmooze: Your Pop Culture Fix</h1>"
    html = page("<title>Why Does Slack Say Hummus? - The Schmooze – Example.com</title>", before=banner, h1=None)
    title = title_of(html, url="https://example.com/schmooze/slack-hummus")
    assert title is not None and title.startswith("Why Does Slack Say Hummus?")
    assert "Example.com" not in title


def test_display_h1_replaces_an_seo_title_it_agrees_with():
    html = page("<title>7 Places to Find Hidden Treasure Around Your House</title>",
                h1="7 Unexpected Places You Could Find Cash and Valuables Around Your House",
                after="<h3>Share Your Thoughts</h3><h1 class='heading'>Top Articles</h1>")
    assert title_of(html) == "7 Unexpected Places You Could Find Cash and Valuables Around Your House"


def test_chrome_headline_class_loses_to_og_title():
    box = "<div><h2 class='headline'>Styles</h2></div>"
    html = page(f'<meta property="og:title" content="{HEADLINE}">', before=box)
    assert title_of(html) == HEADLINE


# --- negatives: what was right stays right ---

def test_only_a_title_element():
    html = page(f"<title>{HEADLINE}</title>", h1=None)
    assert title_of(html) == HEADLINE


def test_no_metadata_at_all_uses_the_h1():
    assert title_of(page()) == HEADLINE


def test_no_metadata_hidden_logo_h1_is_not_the_title():
    html = page(before="<header><h1 hidden>Example Geek</h1></header>", after="<h1 class='faves'>Faves For You</h1>")
    assert title_of(html) == HEADLINE


def test_og_title_with_site_name_appended():
    head = (f'<meta property="og:title" content="{HEADLINE} | Example News">'
            '<meta property="og:site_name" content="Example News">')
    assert title_of(page(head, h1=None)) == HEADLINE


def test_og_title_with_host_appended_and_no_site_name():
    head = f'<meta property="og:title" content="{HEADLINE} - ExampleNews.co.uk">'
    assert title_of(page(head, h1=None), url="https://www.examplenews.co.uk/a") == HEADLINE


def test_section_label_dropped_when_the_page_shows_the_bare_headline():
    head = f'<meta property="og:title" content="Opinion | {HEADLINE}">'
    assert title_of(page(head)) == HEADLINE


def test_title_tail_that_is_not_the_site_is_kept():
    html = page("<title>Council budget fight - part two</title>", h1=None)
    assert title_of(html) == "Council budget fight - part two"


def test_og_title_wins_over_a_different_display_headline():
    html = page(f'<meta property="og:title" content="{HEADLINE}"><title>{HEADLINE}</title>',
                h1="The Revenge of the Riders")
    assert title_of(html) == HEADLINE


def test_declared_headline_the_page_repeats_wins_over_a_lone_social_title():
    shown = "Hunter diagnosed with plague after eating a rabbit, third local case this year"
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%s"}' % shown
    head = ('<meta property="og:title" content="Hunter in Beijing diagnosed with plague">'
            f'<script type="application/ld+json">{ld}</script><title>{shown} – The Daily</title>')
    assert title_of(page(head, h1=shown)) == shown


def test_truncated_twitter_title_is_not_chosen():
    head = (f'<meta name="twitter:title" content="Council passes transit budget after...">'
            f'<meta property="og:title" content="{HEADLINE}">')
    assert title_of(page(head, h1=None)) == HEADLINE


@pytest.mark.parametrize("head", ["", f"<title>{HEADLINE} | Example News</title>",
                                  f'<meta property="og:title" content="{HEADLINE}">'])
@pytest.mark.parametrize("lead", ["", "<h1 style='display:none'>Example Geek</h1>", "<p>City Hall</p>"])
def test_headline_goes_to_metadata_not_body(head, lead):
    box = "<aside><h2 class='widget-headline'>Most Popular</h2><ul><li><a href='/x'>Other</a></li></ul></aside>"
    art = clean_html(page(head, before=box, h1=None).replace("<article>", f"<article>{lead}<h2>{HEADLINE}</h2>"))
    assert art.source.title == HEADLINE
    assert [p.text for p in art.paragraphs] == BODY


def test_real_page_headline_in_body_is_moved_to_metadata():
    """How-To Geek's saved page (bench/corpus.py): trafilatura keeps the headline as the body's
    first line; once the title is right, the cleaner moves that line to metadata."""
    path = Path(__file__).resolve().parents[1] / "bench/.corpus/mercury/www.howtogeek.com/1482438125052.html"
    if not path.is_file():
        pytest.skip("bench corpus not fetched (python bench/corpus.py)")
    art = clean_html(path.read_text(encoding="utf-8"))
    headline = "Amazon Echo vs. Google Home: Which One Should You Buy?"
    assert art.source.title == headline
    assert art.paragraphs[0].text != headline
    assert any(r.line == headline and r.reason.startswith("title") for r in art.removed)


@pytest.mark.parametrize("html", ["<html><head><title>Only a title",
                                  "<title>Only a title</title><p>An unclosed <b>paragraph"])
def test_broken_markup_still_gives_its_title(html):
    """trafilatura finds no body here; the page's title is still read."""
    assert clean_html(html).source.title == "Only a title"


# --- a title problem never costs the document ---

DEEP_LD = '<script type="application/ld+json">' + "[" * 100_000 + "</script>"


def test_deeply_nested_json_ld_keeps_body_and_metadata():
    """json.loads raises RecursionError here, which is no ValueError."""
    from brief.clean.html import extract_html

    found = extract_html(page(f"<title>{HEADLINE} | Example News</title>{DEEP_LD}"))
    assert found.meta.get("title") == HEADLINE
    assert BODY[0] in found.text


def test_failing_title_reader_falls_back_to_trafilaturas_title(monkeypatch):
    from brief.clean import title
    from brief.clean.html import extract_html

    def broken(root):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(title, "gather", broken)
    found = extract_html(page(f'<meta property="og:title" content="{HEADLINE}">'))
    assert found.meta.get("title") == HEADLINE
    assert BODY[0] in found.text


# --- publisher metadata must agree with the page ---

def test_og_title_naming_the_site_is_not_the_title():
    head = ('<meta property="og:title" content="Example News"><meta property="og:site_name" content="Example News">'
            f"<title>{HEADLINE} | Example News</title>")
    assert title_of(page(head)) == HEADLINE


def test_declared_slogan_nothing_on_the_page_echoes_loses_to_the_title_element():
    slogan = "Example News: breaking news, sport and weather"
    head = f'<meta property="og:title" content="{slogan}"><title>{HEADLINE}</title>'
    assert title_of(page(head)) == HEADLINE


def test_social_headline_the_page_echoes_wins_over_a_shorter_seo_title():
    social = "The 5 biggest decorating mistakes millennials make and how to solve them"
    head = f'<meta property="og:title" content="{social}"><title>Millennial Decorating Mistakes | Home</title>'
    assert title_of(page(head, h1="Millennial Decorating Mistakes")) == social


TEASER = '<aside><div itemscope><h3 itemprop="headline">Star slays in a black dress</h3></div></aside>'


@pytest.mark.parametrize("head", ["", f"<title>{HEADLINE} | Example News</title>"])
def test_microdata_teaser_outside_an_article_item_is_not_the_title(head):
    assert title_of(page(head, before=TEASER)) == HEADLINE


def test_microdata_headline_of_an_article_item_is_read():
    item = ('<div itemscope itemtype="https://schema.org/NewsArticle">'
            f'<meta itemprop="headline" content="{HEADLINE}"></div>')
    assert title_of(page(before=item, h1=None)) == HEADLINE


# --- JSON-LD shapes ---

@pytest.mark.parametrize("ld", [
    '[{"@type": "NewsArticle", "headline": "%s"}]' % HEADLINE,
    '{"@graph": [{"@type": "WebPage", "name": "Home"}, {"@type": ["NewsArticle"], "headline": "%s"}]}' % HEADLINE,
    '{"@type": "NewsArticle", "headline": "%s"}' % HEADLINE.replace(" after ", "\nafter "),
    '{"@type": "NewsArticle", "headline": ["Council", "budget"], "name": "%s"}' % HEADLINE,
], ids=["list", "graph", "raw-newline", "headline-list-name-fallback"])
def test_json_ld_headline_is_read(ld):
    assert title_of(page(f'<script type="application/ld+json">{ld}</script>', h1=None)) == HEADLINE


@pytest.mark.parametrize("ld", ['{not json', '{"@type": "NewsArticle", "headline": 42}', "[]"])
def test_unusable_json_ld_is_skipped(ld):
    art = clean_html(page(f'<script type="application/ld+json">{ld}</script><title>{HEADLINE}</title>', h1=None))
    assert art.source.title == HEADLINE
    assert [p.text for p in art.paragraphs] == BODY
