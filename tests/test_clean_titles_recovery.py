"""Title recovery repros: text-mode bylines, captions, score lines, taglines and one-line menus
taken for the headline; HTML <title>s that only name the site, or keep its name, beating the h1."""

from __future__ import annotations

import pytest

from brief.clean import clean_html, clean_text

BODY = [
    "The city council voted 7-2 on Tuesday to approve a rise in the property tax, officials said on Wednesday evening.",
    "Opponents argued the plan would raise bills for the poorest households by as much as 20 percent next year.",
    "“We cannot keep asking the same people to pay more,” said council member Ana Ruiz, who voted against it.",
    "The measure now goes to the mayor, who is expected to sign it before the end of the month, aides said.",
]
HEADLINE = "Council approves tax rise after a long fight over the budget"


def text_page(*header: str) -> str:
    return "\n".join([*header, *BODY])


@pytest.mark.parametrize("header", [
    # a byline between the headline and the date (776a1c046798)
    ["Welcome to USA TODAY NETWORK’S EUROPEAN UNION EXPERIENCE", "Learn More", HEADLINE,
     "Lisa Kaczke and Trevor J. Mitchell", "Sioux Falls Argus Leader", "Published 10:02 AM EST Nov 19, 2019"],
    # a photo caption and its credit under the date (65ce3a4577a0)
    ["Learn More", HEADLINE, "Detroit News wire services", "Published 11:11 PM EST Nov 19, 2019",
     "Eastern Michigan quarterback Mike Glass III", "Al Goldis, Associated Press"],
    # a score box under the date (c81e134ed499)
    ["Learn More", HEADLINE, "Elliot Brownstein", "Published 2:16 AM EST Nov 20, 2019",
     "Rockledge 14 11 6 15 — 44", "Palm Bay 18 22 13 17 — 70"],
])
def test_text_header_lines_that_are_not_the_headline(header):
    assert clean_text(text_page(*header)).source.title == HEADLINE


def test_text_byline_with_outlet_after_by():  # 3f65af7b6b98: the headline ends in a full stop
    title = "South Dakota doubles down on a slogan. They just might be."
    art = clean_text(text_page("Entertainment", title, "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
                               "By", "Amy Kuperinsky | NJ Advance Media for NJ.com"))
    assert art.source.title == title


def test_text_tagline_above_the_headline():  # 291a8bf33ee4: the headline ends in a closing quote
    title = "Tim Cook On Apple Being ‘Pulled Into The Enterprise’"
    dek = ("The CEOs of Apple and Salesforce talk enterprise mobility, environmental sustainability, "
           "and remembering the late Steve Jobs.")
    art = clean_text(text_page(  # a whole page: more text above than a copied article has
        "Welcome to our redesigned site for channel partners", "Learn More", "Sections", "News, Analysis and Perspective for Solution Providers and Technology Integrators",
        title, dek, "By", "Joseph Tsidulko November 19, 2019, 07:47 PM EST", "AddThis Sharing Buttons",
        "Share to LinkedIn", "Share to Facebook", "Share to Twitter"))
    assert art.source.title == title


def test_text_caption_under_the_date_is_not_the_headline():
    art = clean_text(text_page("Entertainment", HEADLINE, "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
                               "The council meets at City Hall.", "By", "Troy L. Smith, Cleveland.com"))
    assert art.source.title == HEADLINE


def test_text_long_line_under_a_headline_is_the_dek():  # 5fa3154ec031
    dek = ("The vote has only fuelled the anger of residents and it is up to the mayor to calm it, "
           "as others should tell him")
    art = clean_text(text_page("Opinion", HEADLINE, "Editorial", dek, "Mon 18 Nov 2019 18.54 GMT"))
    assert (art.source.title, art.source.dek) == (HEADLINE, dek)


def test_text_one_line_menu_is_not_the_headline():  # /tmp/review_clean/p9.py
    art = clean_text(text_page("Home | News | World | Politics", "Menu", "Search", HEADLINE,
                               "Maria Gonzalez in Beirut", "Sun 12 May 2024 14.05 BST"))
    assert art.source.title == HEADLINE


SITE = "Springfield Gazette"
H1 = "Council approves tax rise"


def html_page(title: str, h1: str = H1, chrome: bool = True) -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    logo = f"<header><a class='logo' href='/'>{SITE}</a></header>" if chrome else ""
    foot = f"<footer>© 2024 {SITE}</footer>" if chrome else ""
    return (f"<html><head><title>{title}</title></head><body>{logo}"
            f"<article><h1>{h1}</h1>{paras}</article>{foot}</body></html>")


@pytest.mark.parametrize("title", [
    SITE, f"News | {SITE}", f"{SITE} | Local news, sport and weather", f"{SITE} - {H1}", f"{SITE} — {H1}"])
def test_html_site_title_gives_way_to_h1(title):
    assert clean_html(html_page(title)).source.title == H1


def test_html_bare_site_name_title_without_chrome():
    assert clean_html(html_page(SITE, chrome=False)).source.title == H1


def test_html_site_segment_stripped_when_h1_differs():
    html = html_page(f"{H1} | {SITE}", h1="Tax rise passes after long debate")
    assert clean_html(html).source.title == H1


def test_html_site_first_title_with_a_different_h1():
    html = html_page(f"{SITE} - {H1}", h1="Tax rise passes after long debate")
    assert SITE not in clean_html(html).source.title


def test_html_site_segment_from_host():
    html = html_page(f"{H1} | {SITE}", h1="Tax rise passes after long debate", chrome=False)
    assert clean_html(html, url="https://www.springfieldgazette.com/a/1").source.title == H1
