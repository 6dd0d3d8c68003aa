"""Title recovery in text mode, more repros: a byline or time stamp glued onto the headline line,
a short headline taken for a menu item above its dateline, a headline opening the body run."""

from __future__ import annotations

import pytest

from brief.clean import clean_text
from tests.test_clean_titles_recovery import BODY, HEADLINE  # the same story, other repros

MENU = ["Home", "News", "World", "Business", "Sport", "Opinion", "Culture", "Weather", "Video", "Search"]


def page(*header: str, body: list[str] = BODY) -> str:
    return "\n".join([*header, *body])


@pytest.mark.parametrize("tail", [" by", " By", " Today 12:01 AM", " Yesterday at 5:30 PM",
                                  " Updated 3 hours ago", " 45 minutes ago"])
def test_glued_byline_or_time_stamp_cut_off_the_headline(tail):
    assert clean_text(page(*MENU, HEADLINE + tail, "By Jane Doe")).source.title == HEADLINE
    assert clean_text(page(HEADLINE + tail)).source.title == HEADLINE  # a copied article


def test_glued_tail_in_a_hard_wrapped_block():  # the join happens when the block is unwrapped
    text = "\n\n".join([HEADLINE + "\nToday 12:01 AM", *BODY])
    assert clean_text(text).source.title == HEADLINE


def test_headline_words_that_look_like_a_tail_stay():
    title = "Why the vote on the budget was decided by"
    assert clean_text(page(*MENU, "Council approves tax rise by a vote of 7-2", "By Jane Doe")).source.title == (
        "Council approves tax rise by a vote of 7-2")
    assert title.endswith("by")  # a lone trailing "by" is a glued byline, a "by" mid-line is not


def test_short_headline_over_credit_label_and_dateline_is_not_a_menu_item():  # 1f765c487806
    art = clean_text(page(*MENU, "Listen Live", "Royal Self-Indicting Arrogance", "©", "REUTERS / POOL",
                          "Columnists", "21:17 18.11.2019Get short URL", "by Finian Cunningham", "4553",
                          "Subscribe"))
    assert art.source.title == "Royal Self-Indicting Arrogance"


def test_short_headline_over_an_author_link():
    art = clean_text(page(*MENU, "Analysis", "Institutes get behind IFRS big bang", "by Rose Orlik",
                          "More from this author", "26 Sep 2011", "Comments: 9"))
    assert art.source.title == "Institutes get behind IFRS big bang"


@pytest.mark.parametrize("above", [
    "you are here: HomeNewsBusinessMarkets",  # a breadcrumb
    "Sioux Falls Argus",  # a name with no "By" line under it: the outlet or the author
    "Search by Keyword",  # a site control, with too many lines skipped to reach it
])
def test_menu_lines_over_the_dateline_are_not_the_headline(above):
    art = clean_text(page(*MENU, above, "Nov 20, 2019 01:41 PM IST",
                          body=["The vote on Tuesday was the closest in years, and the council " + b for b in BODY]))
    assert art.source.title != above


def test_headline_opening_the_body_under_the_dateline():  # 65408257dbe4
    title = "Economy in stress and markets on a high; time to be careful?"
    art = clean_text(page(*MENU, "you are here: HomeNewsBusinessMarkets",
                          "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com", title))
    assert art.source.title == title
    assert title not in art.body
