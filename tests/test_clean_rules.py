"""Clutter classes and input kinds: each rule catches its class and spares real reporting."""

from __future__ import annotations

import pytest

from brief.clean import clean, clean_html, clean_markdown, clean_text
from brief.clean.lines import to_lines
from brief.clean.text import classify
from brief.inputs import RawDoc

BODY = [
    "The city council voted 7-2 on Tuesday to approve the new transit budget, officials said.",
    "Opponents argued the plan would raise fares for the poorest riders by as much as 20 percent.",
    "“We cannot keep asking the same people to pay more,” said council member Ana Ruiz, who voted no.",
    "The budget now goes to the mayor, who is expected to sign it before the end of the month.",
]


@pytest.mark.parametrize("line, reason", [
    ("Share this article", "share buttons"),
    ("Advertisement", "advertisement"),
    ("Sign up for our daily newsletter", "newsletter/subscription"),
    ("Read more: Council approves budget", "related links"),
    ("42 Comments", "comments prompt"),
    ("Top Rated Comments", "comments prompt"),
    ("Copyright © 2024 Example Media. All rights reserved.", "copyright/footer"),
    ("Photo: Jane Doe/Getty Images", "caption/credit"),
    ("We use cookies to improve your experience. By continuing to use this site you agree.",
     "cookie/consent notice"),
    ("Enter your email address to get the best stories delivered straight to your inbox every morning.",
     "newsletter/subscription"),
    ("Your donation allows us to keep sending journalists to speak to both sides of the story.",
     "donation appeal"),
    ("Updated 3 hours ago", "byline/date"),
])
def test_clutter_classes(line, reason):
    assert classify(line).clutter == reason


@pytest.mark.parametrize("line", BODY + [
    "Subscribers to the service will pay $10 a month, the company said in a statement.",
    "He said he would register to vote in the next election, according to court papers.",
    "The photo, taken in 1945, shows soldiers raising a flag over the city hall.",
])
def test_reporting_is_not_clutter(line):
    assert classify(line).clutter is None


def test_glued_block_boundary_split():
    assert to_lines("makes all the difference.Russian president said.\nU.S.Army stays.") == [
        "makes all the difference.", "Russian president said.", "U.S.Army stays."]


def test_hard_wrapped_text_unwrapped():
    text = ("The council voted on Tuesday to approve the budget after a long\n"
            "debate that ran late into the night, officials said on Wednesday.\n\n"
            "Opponents said the plan would raise fares for the poorest riders.")
    assert [p.text for p in clean_text(text).paragraphs] == [
        "The council voted on Tuesday to approve the budget after a long debate that ran late "
        "into the night, officials said on Wednesday.",
        "Opponents said the plan would raise fares for the poorest riders."]


def _page() -> str:
    menu = ["Home", "News", "Politics", "Sports", "Business", "Opinion", "Skip to content"]
    top = ["Council passes transit budget after long fight", "By Jane Doe", "March 3, 2024",
           "Share", "Tweet", "Email"]
    tail = ["Advertisement", "Related Stories", "Mayor names new police chief",
            "Storm knocks out power to thousands", "12 Comments", "Leave a reply",
            "Great article, thanks for writing it, I really enjoyed reading about this topic today.",
            "© 2024 Example Media. All rights reserved.", "Privacy Policy", "Terms of Use"]
    return "\n".join(menu + top + BODY[:2] + ["Advertisement"] + BODY[2:] + tail)


def test_whole_page_copy():
    art = clean_text(_page())
    assert [p.text for p in art.paragraphs] == BODY
    assert art.source.title == "Council passes transit budget after long fight"
    assert art.source.byline == "Jane Doe"
    assert art.source.published == "March 3, 2024"
    removed = {line for r in art.removed for line in r.line.split("\n")}
    assert {"Home", "Advertisement", "12 Comments", "Privacy Policy"} <= removed


def test_exact_duplicates_removed_and_logged():
    art = clean_text("\n".join(BODY[:2] + [BODY[0]] + BODY[2:]))
    assert [p.text for p in art.paragraphs] == BODY
    assert any(r.reason == "duplicate paragraph" and r.line == BODY[0] for r in art.removed)


def test_html_uses_main_content_and_metadata():
    html = ("<html><head><title>Council passes budget</title>"
            '<meta property="og:site_name" content="Example News">'
            '<meta name="author" content="Jane Doe"></head><body>'
            "<nav><a href='/'>Home</a> <a href='/n'>News</a></nav><article><h1>Council passes budget</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY)
            + "<p>Share this article</p></article><footer>© 2024 Example. All rights reserved.</footer>"
            "</body></html>")
    art = clean_html(html, url="https://example.org/news/budget")
    assert [p.text for p in art.paragraphs] == BODY
    assert art.source.title == "Council passes budget"
    assert art.source.url == "https://example.org/news/budget"
    assert art.source.byline == "Jane Doe"


def test_html_without_article_falls_back_to_text():
    art = clean_html("<div>" + "<br>".join(BODY) + "</div>")
    assert [p.text for p in art.paragraphs] == BODY


def test_markdown():
    md = "# Council passes budget\n\n" + "\n\n".join(
        [f"**{BODY[0][:8]}**{BODY[0][8:]}", f"[{BODY[1][:9]}](https://x.org){BODY[1][9:]}", *BODY[2:]])
    art = clean_markdown(md)
    assert art.source.title == "Council passes budget"
    assert [p.text for p in art.paragraphs] == BODY


def test_json_record_via_clean():
    doc = RawDoc(name="r", data='{"text": "%s", "title": "T", "publisher": "P"}' % " ".join(BODY[:1]),
                 kind="json")
    art = clean(doc)
    assert art.source.publisher == "P" and art.source.title == "T"
    assert [p.text for p in art.paragraphs] == BODY[:1]


def test_record_metadata_wins_and_title_not_in_body():
    art = clean(RawDoc(name="r", data="Council passes budget\n" + "\n".join(BODY), kind="text",
                       meta={"title": "Council passes budget", "url": "https://x.org/a"}))
    assert art.source.url == "https://x.org/a"
    assert [p.text for p in art.paragraphs] == BODY


def _sample_lines() -> list[str]:
    from pathlib import Path

    lines = list(BODY) + _page().split("\n")
    shared = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction"
    for p in sorted(shared.glob("*.txt"))[:60] if shared.exists() else []:
        lines += to_lines(p.read_text(encoding="utf-8"))
    return lines


def test_first_word_keys_never_hide_a_rule():
    from brief.clean.rules import SHORT_ANCHORED, anchored_candidates, words_of

    missed = [(rule.reason, ln) for ln in _sample_lines() for rule in SHORT_ANCHORED
              if rule.rx.match(ln.lower()) and rule not in anchored_candidates(ln.lower(), words_of(ln.lower()))]
    assert missed == []


@pytest.mark.parametrize("line, reason", [
    ("President Biden speaks in the Rose Garden on Monday. (AP Photo/Evan Vucci)", "caption/credit"),
    ("The latest case was reported after a hunter ate a rabbitCredit: Getty - Contributor", "caption/credit"),
    ("Police: Oklahoma double-murder suicide was domestic-related …", "truncated teaser"),
    ("Share to LinkedInLinkedInShare to FacebookFacebookShare to TwitterTwitter", "share buttons"),
    ("[Related: Salesforce Dreamforce Keynote: AI, Integration And Protestors]", "related links"),
    ("Joseph Tsidulko November 19, 2019, 07:47 PM EST", "byline/date"),
    ("[ 167 comments ]", "comments prompt"),
])
def test_more_clutter_classes(line, reason):
    assert classify(line).clutter == reason


def test_reader_comments_after_the_article_are_cut():
    comments = ["Top Rated Comments", "user123", "2 days ago at 07:52 am",
                "I think this is a great decision and the council should be proud of the work it did here.",
                "Rating: 12 Votes", "other_user", "2 days ago at 08:01 am",
                "Totally disagree with this, the fares are already far too high for working families today."]
    art = clean_text("\n".join(BODY + comments))
    assert [p.text for p in art.paragraphs] == BODY


def test_teaser_list_after_the_article_is_left_out():
    teasers = []
    for i in range(6):
        teasers += [f"Headline number {i} about another story entirely today", "Jane Roe",
                    "Tuesday November 19, 2019",
                    f"Summary {i} of a different story that runs to a couple of dozen words so that it reads "
                    "like a paragraph of prose on its own, in a list of teasers."]
    art = clean_text("\n".join(BODY + ["More from Example News"] + teasers))
    assert [p.text for p in art.paragraphs] == BODY


def test_body_line_repeated_in_page_furniture_is_a_link():
    teaser = "Mayor names new police chief after long search."
    page = "\n".join(["Home", "News", "Sport", teaser, "Advertisement"] + BODY[:2] + [teaser] + BODY[2:])
    art = clean_text(page)
    assert [p.text for p in art.paragraphs] == BODY
    assert any(r.line == teaser and "repeated" in r.reason for r in art.removed)


def test_copied_article_keeps_lead_subheads_and_lists():
    text = "\n\n".join([
        "Council approves budget", BODY[0], "What changes", "The plan includes:\n- Higher fares at peak hours\n"
        "- New bus lanes\n- Free rides for children", BODY[1], "“No,” she said.", BODY[3]])
    art = clean_text(text)
    assert art.source.title == "Council approves budget"
    assert [p.text for p in art.paragraphs] == [
        BODY[0], "What changes", "The plan includes:", "- Higher fares at peak hours", "- New bus lanes",
        "- Free rides for children", BODY[1], "“No,” she said.", BODY[3]]


@pytest.mark.parametrize("title", ["Council passes budget", "Opinion | Council passes budget",
                                   "Council passes budget - Example News"])
def test_headline_in_body_moves_to_metadata(title):
    art = clean_text("Council passes budget\n" + "\n".join(BODY), title=title)
    assert [p.text for p in art.paragraphs] == BODY
    assert art.source.title == title
