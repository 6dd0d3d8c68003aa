"""Clustering: one digest item per event, not per template.

Wire copy reuses one template for many events ("X profit rises N percent as ... sales grow",
"Row over hospital number N deepens"); the words match but the actors, places and figures do
not, and those must not be merged and reported as corroboration.
"""

from __future__ import annotations

import random

import pytest

import brief
from brief.cluster import cluster
from brief.digest import build_digest

from .test_digest_helpers import actor, briefing

EARNINGS = {
    "acme": "Acme Corp profit rises 12 percent as cloud sales grow\n\n"
            "Acme Corp said on Thursday that its quarterly profit rose 12 percent to $4.1 billion, helped by "
            "strong demand for its cloud services.\n\n"
            "Chief executive Jane Doe said the company expected growth to continue next year.\n\n"
            "Shares in Acme rose 3 percent in after-hours trading.\n",
    "globex": "Globex profit falls 8 percent as chip sales slow\n\n"
              "Globex said on Thursday that its quarterly profit fell 8 percent to $2.3 billion, hurt by weak "
              "demand for its memory chips.\n\n"
              "Chief executive Hank Scorpio said the company expected a recovery next year.\n\n"
              "Shares in Globex fell 5 percent in after-hours trading.\n",
    "initech": "Initech profit rises 4 percent as software sales grow\n\n"
               "Initech said on Thursday that its quarterly profit rose 4 percent to $900 million, helped by "
               "demand for its accounting software.\n\n"
               "Chief executive Bill Lumbergh said the company expected growth to continue next year.\n\n"
               "Shares in Initech rose 1 percent in after-hours trading.\n",
}
# another outlet's rewrite of the Acme story: other words, the same company, people and figures
ACME_REWRITE = ("Acme Corp quarterly profit up 12 percent on cloud demand\n\n"
                "Acme Corp reported a 12 percent rise in quarterly profit to $4.1 billion on Thursday, as demand "
                "for its cloud services stayed strong.\n\n"
                "Jane Doe, the chief executive, said she expected growth to continue into next year.\n\n"
                "Acme shares gained 3 percent after hours.\n")

PLACES = [("hospital", "nurses", "wards"), ("bridge", "engineers", "lanes"), ("school", "teachers", "classes"),
          ("farm", "farmers", "fields"), ("mine", "miners", "shafts")]
SPOKESPEOPLE = [f"{a} {b}" for a in ("Bo", "Lou", "Cara") for b in ("Lee", "Hart", "Moss")]


def offline(text: str):
    return brief.summarize(text, offline=True)


def district_text(n: int, rng: random.Random) -> str:
    """One story of the reviewer's templated set: its own place, district, figures, spokesperson."""
    place, staff, unit = PLACES[n % len(PLACES)]
    return (f"Row over {place} number {n} deepens\n\n"
            f"Officials said on Monday that {rng.randint(100, 999)} {staff} at the {place} in district {n} would "
            f"stop work, affecting {unit} across the region.\n\n"
            f"{rng.choice(SPOKESPEOPLE)}, a spokesperson, said talks had failed after {rng.randint(1, 12)} weeks.\n\n"
            "The ministry declined to comment.\n")


def district_briefing(n: int, rng: random.Random, publisher: str = "Wire"):
    """The same story as the offline engine briefs it (title, lead, spokesperson as the actor)."""
    head, lead, said, _ = district_text(n, rng).split("\n\n")
    return briefing(head, lead, publisher=publisher, facts=(lead, said), actors=(actor(said.split(",")[0]),))


def test_three_earnings_stories_from_one_template_are_three_items() -> None:
    d = build_digest([offline(t) for t in EARNINGS.values()], date="2026-11-28")
    assert sorted(i.headline for i in d.items) == sorted(t.split("\n")[0] for t in EARNINGS.values())
    assert [i.corroboration for i in d.items] == [1, 1, 1]


def test_templated_district_stories_give_one_item_per_story() -> None:
    rng = random.Random(7)
    groups = cluster([district_briefing(n, rng) for n in range(300)])
    assert len(groups) == 300


def test_templated_district_stories_through_the_offline_engine() -> None:
    rng = random.Random(3)
    d = build_digest([offline(district_text(n, rng)) for n in range(25)])
    assert len(d.items) == 25 and {i.corroboration for i in d.items} == {1}


def test_copies_of_one_story_still_merge_on_a_templated_day() -> None:
    day = [district_briefing(n, random.Random(n)) for n in range(60)]
    copies = [district_briefing(7, random.Random(7), publisher=p) for p in ("Courier", "Ledger")]
    d = build_digest([*day, *copies])
    assert len(d.items) == 60
    seven = next(i for i in d.items if "number 7 " in i.headline)
    assert seven.corroboration == 3 and len(seven.briefing_ids) == 3


def test_two_outlets_rewriting_one_event_still_merge() -> None:
    def by(outlet: str, b):
        return b.model_copy(update={"source": b.source.model_copy(update={"publisher": outlet})})

    earnings = [by(f"Outlet {n}", offline(t)) for n, t in enumerate(EARNINGS.values())]
    d = build_digest([*earnings, by("Rewrite Wire", offline(ACME_REWRITE))])
    assert len(d.items) == 3
    acme = next(i for i in d.items if "Acme" in i.headline)
    assert len(acme.briefing_ids) == 2 and acme.corroboration == 2


def test_title_cased_headline_still_merges_with_its_story() -> None:
    from brief.cluster import profile

    plain = briefing("Acme Corp profit rises 12 percent as cloud sales grow",
                     "Acme Corp said its quarterly profit rose 12 percent to $4.1 billion.",
                     publisher="A", actors=(actor("Acme Corp", "company"), actor("Jane Doe")))
    shouting = briefing("Acme Corp Profit Rises 12 Percent As Cloud Sales Grow",
                        "Quarterly profit at Acme rose 12 percent to $4.1 billion, chief executive Jane Doe said.",
                        publisher="B")
    assert profile(shouting).subject == {"acme", "12"}  # "Profit", "Rises"... are not names
    assert len(cluster([plain, shouting])) == 1


@pytest.mark.parametrize("a,b", [("President Varga", "President Ors"), ("Acme Corp", "Initech Corp")])
def test_a_shared_title_or_suffix_is_not_a_shared_subject(a: str, b: str) -> None:
    one = briefing(f"{a} signs the new budget into law", f"{a} signed the budget on Monday.", publisher="A")
    two = briefing(f"{b} signs the new budget into law", f"{b} signed the budget on Monday.", publisher="B")
    assert len(cluster([one, two])) == 2


def test_a_chain_of_matches_does_not_join_stories_that_contradict() -> None:
    """Single linkage would join Acme~X and X~Initech; X names nothing, so neither pair is
    contradicted, but the groups it would join are."""
    acme = briefing("Acme profit rises as cloud sales grow", "Acme said profit rose on cloud demand.",
                    publisher="A", actors=(actor("Acme", "company"),))
    initech = briefing("Initech profit rises as cloud sales grow", "Initech said profit rose on cloud demand.",
                       publisher="B", actors=(actor("Initech", "company"),))
    bare = briefing("profit rises as cloud sales grow", "the company said profit rose on cloud demand.",
                    publisher="C")
    for order in ([acme, bare, initech], [bare, acme, initech], [acme, initech, bare]):
        groups = cluster(order)
        assert not any({acme.id, initech.id} <= {b.id for b in g} for g in groups)


def test_one_place_different_figures_are_different_stories() -> None:
    """The reviewer's council set: several votes per town, each with its own figures."""
    def vote(town: str, homes: int, who: str, years: int):
        return briefing(f"Council in {town} approves {homes} new homes",
                        f"The council in {town} voted on Tuesday to approve {homes} new homes on the edge of the town.",
                        publisher="Wire", facts=(f"Councillor {who} said the plan would ease a housing shortage "
                                                 f"that had lasted {years} years.",), actors=(actor(who),))
    votes = [vote("Ripon", 781, "Bo Lee", 3), vote("Ripon", 669, "Hal Dunn", 4), vote("Ripon", 46, "Bo Lee", 2),
             vote("York", 263, "Cara Moss", 2)]
    assert len(cluster(votes)) == 4
    assert len(cluster([*votes, vote("Ripon", 781, "Bo Lee", 3).model_copy(update={"id": "copy"})])) == 4
