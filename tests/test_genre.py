"""Opinion and analysis pieces are told from news by the publisher's own labels."""

from __future__ import annotations

import pytest

import brief
from brief.article import Source
from brief.clean import clean_html
from brief.genre import label


@pytest.mark.parametrize("source,kind", [
    (Source(section="Opinion"), "Opinion"),
    (Source(section="News > Analysis"), "Analysis"),
    (Source(title="Editorial: The city needs its bridge"), "Editorial"),
    (Source(dek="Opinion | Why the council got it wrong"), "Opinion"),
    (Source(url="https://example.com/opinion/2024/why-the-council-is-wrong"), "Opinion"),
    (Source(url="https://example.com/columnists/201911/royal-arrogance/"), "Column"),
])
def test_the_publishers_label_is_found(source: Source, kind: str) -> None:
    assert label(source) == kind


@pytest.mark.parametrize("source", [
    Source(section="News"), Source(section="Business"),
    Source(title="Council opinion split over bridge"),  # a news headline about opinions
    Source(title="Analysis of ballots delayed, officials say"),
    Source(url="https://example.com/news/opinion-poll-shows-lead"),  # the slug, not a folder
    Source(url="https://example.com/world/2024/03/analysis"),
    Source(),
])
def test_news_is_not_labelled(source: Source) -> None:
    assert label(source) is None


PAGE = """<html lang="en"><head><title>The city needs its bridge</title>
<meta property="article:section" content="Opinion"></head><body><article><h1>The city needs its bridge</h1>
<p>The council's decision to close the Kavel bridge for a year is a failure of nerve that will cost the
city dearly, and its members should think again before the vote on Thursday.</p>
<p>Every shop on the east bank depends on the traffic the bridge carries, and the council has offered
them nothing but a promise of a study that will not report until next spring.</p></article></body></html>"""


def test_an_opinion_page_is_briefed_with_a_warning_saying_so() -> None:
    article = clean_html(PAGE)
    assert article.source.section == "Opinion"
    b = brief.summarize(article, offline=True)
    assert b.warnings and b.warnings[0].startswith("the publisher labels this piece Opinion")
    news = clean_html(PAGE.replace('content="Opinion"', 'content="News"'))
    assert not any("labels this piece" in w for w in brief.summarize(news, offline=True).warnings)


def test_the_digest_tags_a_labelled_piece() -> None:
    from brief.digest import build_digest

    opinion = brief.summarize(clean_html(PAGE), offline=True)
    d = build_digest([opinion])
    assert d.items[0].label == "Opinion"
    assert "**Opinion** · " in d.to_markdown() and '<span class="tag">Opinion</span>' in d.to_html()
