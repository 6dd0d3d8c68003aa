"""Publisher boilerplate (reprint notices, slogans, sponsor and production credits), person
hover cards glued into sentences, and the page's declared language."""

from __future__ import annotations

import pytest

from brief.clean import clean_html, clean_text
from brief.clean.text import classify

BODY = [
    "The city council voted 7-2 on Tuesday to approve the new transit budget, officials said.",
    "Opponents argued the plan would raise fares for the poorest riders by as much as 20 percent.",
    "“We cannot keep asking the same people to pay more,” said council member Ana Ruiz, who voted no.",
    "The budget now goes to the mayor, who is expected to sign it before the end of the month.",
]


def _page(paras: list[str], head: str = "", html_attrs: str = 'lang="en"', site: str = "Example News") -> str:
    return (f"<html {html_attrs}><head>{head}<title>Council approves transit budget - {site}</title>"
            f'<meta property="og:site_name" content="{site}"></head><body><article>'
            "<h1>Council approves transit budget</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")


def _body(paras: list[str], **kw) -> list[str]:
    return [p.text for p in clean_html(_page(paras, **kw)).paragraphs]


# 6. Publisher boilerplate.

@pytest.mark.parametrize("line", [
    "This copy is for your personal, non-commercial use only. To order presentation-ready copies for "
    "distribution to your colleagues, clients or customers visit http://www.djreprints.com.",
    "This week's Tennis Podcast is sponsored by the Davis Cup by Rakuten Madrid Finals, which takes place "
    "18-24 November. Ticket details: http://www.daviscupfinals.com/",
    "- This week's Tennis Podcast is sponsored by the Davis Cup by Rakuten Madrid Finals.",
    "Today's episode is brought to you by Acme Mattresses.",
    "Order Reprints",
    "- Print Article",
])
def test_reprint_and_sponsor_lines_are_clutter(line):
    assert classify(line).clutter is not None


@pytest.mark.parametrize("line", [
    "The tournament is sponsored by Rakuten, which signed a five-year deal worth $20 million last year.",
    "The finals, sponsored by a Japanese retailer, drew fewer fans than organisers had hoped.",
    "Critics said the show was sponsored by a company with ties to the ruling party.",
    "The museum's new wing is for personal reflection, the architect said, not for commercial events.",
])
def test_reporting_about_sponsorship_kept(line):
    assert classify(line).clutter is None


def test_site_slogan_at_the_end_removed():
    slogan = ("WIRED is where tomorrow is realized. It is the essential source of information and ideas "
              "that make sense of a world in constant transformation.")
    assert _body(BODY + [slogan], site="Wired") == BODY


def test_podcast_production_credit_at_the_end_removed():
    credit = ("The Tennis Podcast is produced weekly throughout the year, daily during the Grand Slam "
              "tournaments, the WTA and ATP Finals, and the Fed Cup and Davis Cup Finals.")
    assert _body(BODY + [credit], site="The Telegraph") == BODY


def test_publisher_named_in_reporting_kept():
    lines = ["Wired is the magazine that first reported the breach, according to the company's filing."] + BODY
    assert _body(lines, site="Wired") == lines
    caveat = "Reuters is not able to independently verify the reports."
    assert _body(BODY + [caveat], site="Reuters") == BODY + [caveat]


def test_self_description_of_another_outlet_kept():
    line = "Wired is where the leaked memo first appeared, before it spread to other outlets."
    assert _body(BODY + [line], site="Example News") == BODY + [line]


def test_production_credit_in_the_middle_kept():
    mid = "The show is produced by Shonda Rhimes and premieres on Netflix in March, the company said."
    lines = BODY[:2] + [mid] + BODY[2:]
    assert [p.text for p in clean_text("\n\n".join(["Council approves transit budget", *lines])).paragraphs] \
        == lines


# 7. A person's hover card (their full name, photo and recent headlines) inside a sentence.

def _hover(name: str, full: str) -> str:
    return (f'<span class="rollover-people"><a class="rollover-people-link" href="/people/x">{name}</a>'
            f'<span class="rollover-people-block"><span class="rollover-block"><span>'
            f'<img src="/x.jpg" width="100" height="100" alt=""><a class="name" href="/people/x">{full}</a>'
            '<a class="people-articles" href="/a">Governor doubles down on anti-drug campaign </a> '
            '<a class="people-articles" href="/b">State drops pipeline protest laws after lawsuit</a> '
            '<a class="more" href="/people/x">MORE<span></span></a></span></span></span></span>')


def test_person_hover_card_dropped_from_sentence():
    lead = (f"South Dakota Gov. {_hover('Kristi Noem', 'Kristi Lynn Noem')} (R) is defending the state's "
            "launch of an anti-drug campaign with the slogan, officials said on Tuesday morning.")
    body = _body([lead] + BODY)
    assert body[0].startswith("South Dakota Gov. Kristi Noem (R) is defending")
    assert not any("Lynn" in p or "pipeline" in p or "MORE" in p for p in body)


def test_inline_links_in_a_sentence_kept():
    lead = ('The mayor, <span class="name"><a href="/p/a">Ana Ruiz</a></span>, met <a href="/p/b">Bo Lee</a> '
            'and <a href="/p/c">Cy Diaz</a> on Tuesday to discuss the transit budget, officials said.')
    body = _body([lead] + BODY)
    assert body[0].startswith("The mayor, Ana Ruiz, met Bo Lee and Cy Diaz on Tuesday")


# 4. The page's declared language.

@pytest.mark.parametrize("attrs, head, lang", [
    ('lang="ar" dir="rtl"', "", "ar"),
    ('lang="en-US"', "", "en"),
    ("", '<meta http-equiv="content-language" content="fr-FR">', "fr"),
    ("", '<meta property="og:locale" content="de_DE">', "de"),
])
def test_language_from_page(attrs, head, lang):
    assert clean_html(_page(BODY, head=head, html_attrs=attrs)).source.language == lang


def test_language_absent_when_undeclared():
    assert clean_html(_page(BODY, html_attrs="")).source.language is None


def test_contact_line_and_error_notice_at_the_end_removed():
    tail = ["Write to Al Root at allen.root@dowjones.com", "An error has occurred, please try again later."]
    assert _body(BODY + tail, site="Barron's") == BODY


def test_email_in_reporting_kept():
    line = "Write to the council at clerk@example.gov before Friday, the mayor urged residents on Tuesday."
    assert _body(BODY + [line]) == BODY + [line]
