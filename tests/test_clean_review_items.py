"""Reviewer findings on the article cleaner: body text that was cut, clutter that was kept."""

from __future__ import annotations

import pytest

from brief.clean import clean_html, clean_text
from brief.clean.text import classify

TITLE = "Aid convoy reaches besieged city"
LEAD = [
    "An aid convoy of 40 trucks reached the besieged city on Sunday after weeks of negotiations between "
    "the warring parties, the United Nations said, bringing food and medicine.",
    "Residents queued for hours in the central square as the trucks arrived, according to witnesses, some "
    "of whom said they had not eaten a proper meal for days.",
]
REST = [
    "Aid workers said hospitals were running out of anaesthetics and that at least two had closed because "
    "they had no fuel for their generators.",
    "The convoy was agreed after talks mediated by Qatar. Both sides accused each other of violating a "
    "ceasefire that was meant to hold during the delivery.",
    "The UN said a third convoy was being prepared but gave no date for its departure, citing security "
    "concerns along the route.",
]
TIMELINE = ["March 3, 2024: Government forces encircle the city",
            "April 12, 2024: First UN convoy turned back at checkpoint",
            "May 12, 2024: Convoy of 40 trucks enters the city",
            "May 13, 2024: Talks resume in Doha",
            "May 14, 2024: Second convoy is announced"]


def _text(lines: list[str]) -> list[str]:
    return [p.text for p in clean_text("\n\n".join([TITLE, *lines])).paragraphs]


# 1. A dated list is content, not byline clutter.

@pytest.mark.parametrize("bullet", ["", "- "])
def test_timeline_entries_keep_the_article(bullet):
    entries = [bullet + t for t in TIMELINE]
    lines = LEAD + ["Here is how the siege unfolded:"] + entries + REST
    assert _text(lines) == lines


def test_timeline_in_html_list_kept():
    html = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            + "".join(f"<p>{x}</p>" for x in LEAD) + "<ul>" + "".join(f"<li>{t}</li>" for t in TIMELINE)
            + "</ul>" + "".join(f"<p>{x}</p>" for x in REST) + "</article></body></html>")
    text = " ".join(p.text for p in clean_html(html).paragraphs)
    assert all(x in text for x in LEAD + TIMELINE + REST)


@pytest.mark.parametrize("line", ["March 3, 2024", "Updated March 3, 2024 - 10:45 AM",
                                  "March 3, 2024 — By Jane Doe", "Sun 12 May 2024 14.05 BST"])
def test_plain_dates_and_bylines_still_clutter(line):
    assert classify(line).clutter == "byline/date"


@pytest.mark.parametrize("line", TIMELINE + ["- May 3, 2024", "12 May 2024 - Talks resume in Doha"])
def test_dated_entries_are_not_bylines(line):
    assert classify(line).clutter != "byline/date"


# 2. A caption credit glued to a paragraph goes, the paragraph stays; caption words in reporting stay.

BANK = [
    "The central bank raised interest rates by a quarter point on Thursday, its fifth increase this year, "
    "citing stubborn inflation in services and wages.",
    "Governor Maria Lopez said the bank would keep rates high for as long as needed, and that the labour "
    "market remained too tight for comfort.",
]
ECON = ("Economists had expected the move. Markets were little changed after the announcement, with the "
        "currency trading flat against the dollar.")
GROWTH = ("The bank also cut its growth forecast for next year to 0.8% from 1.1%, pointing to weaker exports "
          "and the lagged effect of higher borrowing costs on households.")
CRITICS = ("Critics in parliament said the bank had moved too slowly in 2021 and was now overcorrecting, "
           "risking an unnecessary recession.")


@pytest.mark.parametrize("para, credit", [(ECON, "Photo: AP"), (GROWTH, "(Photo by John Doe/Getty Images)")])
def test_credit_tail_stripped_paragraph_kept(para, credit):
    art = clean_text("\n\n".join(["Bank raises rates", *BANK, f"{para} {credit}", CRITICS]))
    assert [p.text for p in art.paragraphs] == [*BANK, para, CRITICS]
    assert any(r.line == credit and r.reason == "caption/credit" for r in art.removed)


@pytest.mark.parametrize("line", [
    "The toll rose to 41, AFP reported.",
    "Pictures of the damage spread quickly on social media.",
    "Images from the scene showed entire streets under water.",
    "Getty Images declined to comment on the report.",
])
def test_short_sentences_with_caption_words_kept(line):
    assert classify(line).clutter is None
    assert line in _text(LEAD + [line] + REST)


@pytest.mark.parametrize("line", [
    "Trucks enter the city on Sunday. Photograph: Reuters",
    "President Biden speaks in the Rose Garden on Monday. (AP Photo/Evan Vucci)",
    "Photo: Jane Doe/Getty Images",
])
def test_captions_still_removed(line):
    assert line not in _text(LEAD + [line] + REST)


# 3. Clutter glued to a paragraph without punctuation.

@pytest.mark.parametrize("prefix", ["Advertisement", "Story continues below advertisement",
                                    "Trucks enter the city on Sunday. Photograph: Reuters"])
def test_glued_clutter_prefix_stripped(prefix):
    out = _text(LEAD + [prefix + REST[0]] + REST[1:])
    assert out == LEAD + REST


# 4. Related-story blocks go with their headlines.

HEADLINES = ["Pope calls for ceasefire in Easter address to crowds in St Peter's Square",
             "Earthquake of magnitude 6.1 strikes off the coast of northern Japan"]


@pytest.mark.parametrize("heading, items", [
    ("Most read in world news", HEADLINES),
    ("Read more:", HEADLINES),
    ("Our Latest Stories", HEADLINES),
    ("More Great WIRED Stories", HEADLINES),
    ("Related", ["- " + h for h in HEADLINES]),
])
def test_related_block_headlines_removed(heading, items):
    assert _text(LEAD + [heading, *items] + REST) == LEAD + REST


def test_related_heading_then_body_keeps_body():
    assert _text(LEAD + ["Related Links", "European Space Agency website"] + REST) == LEAD + REST


# 5. Appeals written as full sentences.

@pytest.mark.parametrize("appeal", [
    "… we have a small favour to ask. Millions are turning to the Guardian for open, independent, quality "
    "news every day, and readers in 180 countries around the world now support us financially.",
    "We hope you appreciated this article. Before you move on, we wanted to ask if you would consider "
    "supporting the Guardian’s journalism during one of the most consequential news cycles of our lifetimes.",
    "If you value what we do, please consider making a contribution. Every reader contribution, big or "
    "small, makes a difference.",
    "Independent journalism is under threat. Help us keep our reporting free for everyone by chipping in today.",
    "Sign up for our free morning briefing and get the day's top stories in your inbox.",
    "Get top stories and blog posts emailed to me each day.",
    "This article is part of our free coverage. Please consider subscribing to support local news.",
    "Listen to this article",
    "Gift this article",
    "This story has been shared 1,234 times.",
])
def test_sentence_appeals_removed(appeal):
    assert _text(LEAD + REST + [appeal]) == LEAD + REST


@pytest.mark.parametrize("line", [
    "Lawmakers said they would consider supporting the bill if the tax rise were dropped.",
    "“Please consider the families who lost everything,” the mayor said at the memorial service.",
    "She said she would sign up for the program as soon as it opened to residents over 65.",
    "The video has been shared more than 2 million times on social media since Friday.",
])
def test_reporting_near_appeal_cues_kept(line):
    assert classify(line).clutter is None


@pytest.mark.parametrize("heading", ["More Must-Reads From TIME", "Must Reads", "Most Popular",
                                     "Read More From The Herald", "You May Have Missed", "Further Reading"])
def test_related_heading_variants_take_their_headlines(heading):
    items = ["- The Struggle to Save Lives Inside the Hospitals", "- Is Using the Snooze Button Bad for You?",
             "- The War Is Making Americans Question Their Relationships"]
    assert _text(LEAD + REST + [heading, *items]) == LEAD + REST


def test_a_description_that_is_the_lead_without_its_dateline_is_not_a_dek():
    lead = "LONDON (Reuters) -- " + LEAD[0]
    html = (f"<html><head><meta name='description' content='{LEAD[0][:70]}'></head><body><article>"
            f"<h1>{TITLE}</h1><p>{lead}</p>" + "".join(f"<p>{p}</p>" for p in LEAD[1:] + REST) +
            "</article></body></html>")
    assert clean_html(html).source.dek is None
