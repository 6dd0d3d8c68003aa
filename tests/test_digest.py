"""The digest: near-duplicate merge, sections, ranking, overview, actors, caveats."""

from __future__ import annotations

import json

from brief.digest import Digest, Failure, RunStats, build_digest, cluster, jaccard, words
from brief.schema import CAVEAT_TYPES

from .test_digest_helpers import actor, breach, briefing, election, flood


def day() -> list:
    return [
        flood("Northfield Courier", "Floods cut off villages in the Merrow Valley"),
        flood("Valley Times", "Merrow river floods kill 12 and cut off valley villages"),
        flood("Wire Service", "Twelve dead as Merrow Valley floods strand villagers"),
        election(),
        breach(),
    ]


def test_words_fold_plurals_and_drop_stop_words() -> None:
    assert words("The ships and the Ship were waiting") == {"ship", "waiting"}
    assert jaccard({"a"}, set()) == 0.0


def test_near_duplicates_merge_into_one_item_listing_every_outlet() -> None:
    d = build_digest(day(), date="2026-11-28")
    assert len(d.items) == 3
    flood_item = next(i for i in d.items if "Merrow" in i.headline)
    assert flood_item.corroboration == 3
    assert {s.publisher for s in flood_item.sources} == {"Northfield Courier", "Valley Times", "Wire Service"}
    assert len(flood_item.briefing_ids) == 3
    # corroborated by three outlets, it outranks the single-source stories
    assert d.top_story is not None and d.top_story.id == flood_item.id
    assert flood_item.caveats == {"preliminary": 3}


def test_unrelated_stories_stay_apart() -> None:
    groups = cluster([election(), breach(), flood("A", "Floods cut off villages in the Merrow Valley")])
    assert sorted(len(g) for g in groups) == [1, 1, 1]


def test_shared_actors_lower_the_bar_for_merging() -> None:
    people = (actor("Anton Varga"), actor("Unity Party", "political_party"), actor("Lena Ors"))
    a = briefing("Varga sworn in for third term amid protests", "Varga took the oath in Dalmora.",
                 publisher="A", actors=people)
    b = briefing("Varga begins new term as protesters march in Dalmora", "Crowds marched in Dalmora.",
                 publisher="B", actors=people)
    c = briefing("Varga begins new term as protesters march in Dalmora", "Crowds marched in Dalmora.",
                 publisher="C")
    assert len(cluster([a, b])) == 1
    assert len(cluster([a, c])) == 2


def test_the_same_briefing_twice_is_one_item() -> None:
    b = election()
    d = build_digest([b, b])
    assert len(d.items) == 1 and d.items[0].corroboration == 1


def test_sections_group_items_by_theme() -> None:
    d = build_digest(day())
    where = {i.headline: i.section for i in d.items}
    assert where["Lumenware confirms breach of customer records"] in ("Technology", "Economy & business")
    assert where["Opposition alleges fraud after Dalmora election"] == "Politics & diplomacy"
    assert all(s.items for s in d.sections)
    # the top story shows once on a page, above the sections
    assert all(i.id != d.top_story.id for s in d.sections_after_top() for i in s.items)


def test_overview_is_built_from_item_bottom_lines_and_cites_them() -> None:
    d = build_digest(day())
    assert d.overview_refs and d.overview_refs[0] == d.top_story.id
    by_id = {i.id: i for i in d.items}
    for ref in d.overview_refs:
        assert f"[{ref}]" in d.overview
        assert by_id[ref].line.rstrip(".") in d.overview
    assert "3 stories from" in d.overview and "1 reported by more than one outlet" in d.overview


def test_actors_of_the_day_count_events_and_fold_aliases() -> None:
    extra = briefing("Varga meets envoys", "Varga met foreign envoys on Monday.", publisher="Z",
                     actors=(actor("Varga"),))
    d = build_digest([*day(), extra])
    top = {a.name: a for a in d.actors_of_the_day}
    assert top["Hanna Volk"].items == 1 and len(top["Hanna Volk"].briefing_ids) == 3
    assert top["Anton Varga"].items == 2  # "Varga" is a listed alias
    assert "Varga" not in top


def test_caveat_counts_cover_every_type() -> None:
    d = build_digest(day())
    assert set(d.caveat_counts) == set(CAVEAT_TYPES)
    assert d.caveat_counts["preliminary"] == 3 and d.caveat_counts["allegation"] == 1
    assert d.caveat_counts["denial"] == 0


def test_digest_is_independent_of_input_order_and_round_trips_json() -> None:
    a = build_digest(day(), date="2026-11-28")
    b = build_digest(list(reversed(day())), date="2026-11-28")
    assert [i.id for i in a.items] == [i.id for i in b.items]
    again = Digest.model_validate_json(a.to_json())
    assert again.items == a.items


def test_failures_and_stats_are_carried() -> None:
    stats = RunStats(inputs=6, articles=5, failed=1, cache_hits=2)
    d = build_digest(day(), failures=[Failure(name="x.txt", stage="clean", reason="empty")], stats=stats)
    data = json.loads(d.to_json())
    assert data["failures"] == [{"name": "x.txt", "stage": "clean", "reason": "empty"}]
    assert data["stats"]["cache_hits"] == 2


def test_an_empty_day_still_makes_a_digest() -> None:
    d = build_digest([], failures=[Failure(name="a", stage="input", reason="no such file")])
    assert d.top_story is None and d.sections == [] and "No article" in d.overview
    assert "no such file" in d.to_markdown() and "no such file" in d.to_html()
    assert "leading items" not in d.to_markdown() + d.to_html()  # there are none
    assert "No items today" in d.to_html() and "no items today" in d.to_markdown()


def test_unlabelled_copies_are_not_corroboration() -> None:
    from brief.digest import make_item

    from .test_digest_helpers import briefing

    line = "Dock workers walked out at Port Avalen on Monday over a pay dispute."
    a = briefing("Dock workers walk out", line, publisher="")
    b = briefing("Dock workers walk out", line.replace("Monday", "Monday morning"), publisher="")
    assert make_item([a, b]).corroboration == 1
    web = [briefing("Dock workers walk out", line, publisher="", url=f"https://www.ledger.example/{n}") for n in "xy"]
    assert make_item(web).corroboration == 1  # one site, two pages
    two = [briefing("Dock workers walk out", line, publisher="", url="https://ledger.example/x"),
           briefing("Dock workers walk out", line, publisher="Harbour Times")]
    assert make_item(two).corroboration == 2


def test_a_key_fact_that_repeats_why_it_matters_is_not_shown_twice() -> None:
    from brief.digest import make_item

    from .test_digest_helpers import briefing

    b = briefing("Strike", "Dock workers walked out.", facts=("It matters.", "Ships wait offshore."))
    assert [f.text for f in make_item([b]).key_facts] == ["Ships wait offshore."]


def test_work_prepared_as_briefings_arrive_gives_the_same_digest() -> None:
    from brief.digest import prepare

    briefings = day()
    plain = build_digest(briefings, date="2026-11-28").model_dump(exclude={"generated_at"})
    ahead = {b.id: prepare(b) for b in briefings}
    assert build_digest(briefings, date="2026-11-28", prepared=ahead).model_dump(exclude={"generated_at"}) == plain
    # and the prepared work is what is used: a lone story takes its prepared section
    lone = election()
    forced = {lone.id: type(ahead[lone.id])(signature=ahead[lone.id].signature, theme="Technology")}
    assert build_digest([lone], prepared=forced).items[0].section == "Technology"
    assert build_digest([lone]).items[0].section != "Technology"


def test_repr_is_a_summary_not_every_item() -> None:
    """asyncio.run formats the finished task's result when it restores Ctrl-C handling."""
    d = build_digest(day(), date="2026-11-28")
    text = repr(d)
    assert text == f"Digest(date='2026-11-28', items={len(d.items)}, failures=0, overview_by='extractive')"
    assert len(d.items) >= 2


def test_words_in_most_articles_still_count_towards_a_match() -> None:
    """Candidate pairs come only from the rarer words, and pairs that cannot reach the bar
    are skipped unscored: the bound must still count the common words two articles share."""
    import random

    from brief.cluster import cluster

    rng = random.Random(5)
    letters = "bcdfghjklmnpqrstvwxz"

    def nonce() -> str:
        return "".join(rng.choice(letters) for _ in range(9))

    common = "Geneva summit talks resume as ministers weigh trade sanctions"
    filler = [briefing(f"{common} {nonce()}", f"{nonce().title()} {nonce()}.", publisher=f"P{n}") for n in range(300)]
    # 8 common words and one rare one in common: a match, though the rare word alone is far from one
    a = briefing(f"{common} in Lausanne", "Negotiators met privately overnight.", publisher="Courier")
    b = briefing(f"{common}, Lausanne", "Talks resume.", publisher="Ledger")
    groups = cluster(sorted([*filler, a, b], key=lambda x: x.id))
    together = [g for g in groups if len(g) > 1]
    assert [sorted(x.id for x in g) for g in together] == [sorted([a.id, b.id])]


def test_two_versions_of_one_article_are_one_event_whatever_their_words() -> None:
    """Same id (same cleaned body), briefed twice with different headlines: cluster() keeps the
    rule that one article is one event, even when the skipped-pair bound says the words differ."""
    b = election()
    other = b.model_copy(update={"headline": "Dalmora sets fishing quotas for the northern coast",
                                 "bottom_line": "Boats may land less cod.", "key_facts": []})
    other = other.model_copy(update={"source": b.source.model_copy(update={"title": "Dalmora fishing quotas"})})
    groups = cluster([b, other, breach()])
    assert sorted(len(g) for g in groups) == [1, 2]
