"""A byline is a name (or names): page chrome, share buttons and job titles are not part of it."""

from __future__ import annotations

import pytest

from brief.clean import clean_html
from brief.clean.byline import clean_byline

BODY = ("<p>The city council approved the budget on Tuesday after a six-hour debate, with seven members "
        "voting in favour and two against, the clerk said.</p><p>The budget raises spending on schools and "
        "roads and cuts the parks department, which had asked for more money to repair its playgrounds.</p>")


@pytest.mark.parametrize("raw, name", [
    ("Ann Lee Twitter Email", "Ann Lee"),
    ("Ann Lee Follow", "Ann Lee"),
    ("Ann Lee Senior Washington Correspondent", "Ann Lee"),
    ("Ann Lee, Senior Editor", "Ann Lee"),
    ("Bo Ray Contributor", "Bo Ray"),
    ("Bo Ray View author archive Get author RSS feed", "Bo Ray"),
    ("Bo Ray More stories by Bo Ray", "Bo Ray"),
    ("Bo Ray borayhandle", "Bo Ray"),
    ("Bo Ray December", "Bo Ray"),
    ("October ; Bo Ray", "Bo Ray"),
    ("Ann Lee; Bo Ray; ANN LEE", "Ann Lee; Bo Ray"),
    ("Ann Lee and Bo Ray", "Ann Lee and Bo Ray"),
    ("April Glaser", "April Glaser"),
    ("Alejandro de la Garza", "Alejandro de la Garza"),
    ("Lindsey O'Donnell", "Lindsey O'Donnell"),
    ("Reuters", "Reuters"),
])
def test_byline_keeps_only_the_names(raw, name):
    assert clean_byline(raw) == name


@pytest.mark.parametrize("raw", ["Sign In", "Account You're logged", "Wednesday January", "September", "By",
                                 "Log in", "Editor December"])
def test_a_byline_of_ui_words_is_no_byline(raw):
    assert clean_byline(raw) is None


def test_page_byline_from_author_meta_is_cleaned():
    html = (f"<html><head><meta name='author' content='Ann Lee Twitter Email'></head><body><article>"
            f"<h1>Council approves budget</h1>{BODY}</article></body></html>")
    assert clean_html(html).source.byline == "Ann Lee"


def test_page_byline_of_sign_in_chrome_is_dropped():
    html = (f"<html><head><meta name='author' content='Sign In'></head><body><article>"
            f"<h1>Council approves budget</h1>{BODY}</article></body></html>")
    assert clean_html(html).source.byline is None


@pytest.mark.parametrize("desk", ["Doug Stanglin; USA TODAY", "World's Editorial Writers", "CNN Staff"])
def test_a_desk_or_outlet_byline_is_kept_whole(desk):
    assert clean_byline(desk) == desk


def test_staff_title_after_a_name_goes():
    assert clean_byline("Ann Lee Staff Writer") == "Ann Lee"
