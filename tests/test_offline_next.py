"""What's next holds the clause with the future cue, dated only by a date in that clause."""

from __future__ import annotations

from brief.article import Article
from brief.engines.offline import analyze


def _next(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(n.event, n.when) for n in analyze(Article.from_paragraphs(list(paragraphs))).whats_next]


def test_a_past_clause_with_a_warning_of_the_future_is_not_next():
    got = _next("The ministry attacked the neighbouring government on Tuesday over the border drills, "
                "warning that the capital will regret such reckless acts.")
    assert not any(w == "on Tuesday" for _, w in got)
    assert not any(e.startswith("The ministry attacked") for e, _ in got)


def test_the_date_of_the_saying_is_not_the_date_of_the_event():
    got = _next("Fresh rails will be laid along the coastal line on March 14, starting work that will last "
                "about a month, railway officials said Friday.")
    assert got and got[0][1] in ("on March 14", "March 14")
    assert "officials said" not in got[0][0]


def test_the_entry_is_the_clause_not_the_whole_lede():
    got = _next("The small studio drama was the surprise winner at the guild awards on Sunday, while two veteran "
                "players were named best actors, cementing their places as favourites at the finals next month.")
    assert got and got[0][1] == "next month"
    assert not got[0][0].startswith("The small studio drama")


def test_a_past_date_in_an_appositive_does_not_date_the_forecast():
    got = _next("According to the estimates, the biggest gainer will be Ohio, a swing state in 2004 that is "
                "expected to add two seats.")
    assert not any(w == "in 2004" for _, w in got)


def test_a_reported_future_after_a_past_saying_takes_the_future_date():
    got = _next("But the ministry announced Friday it will start pumping water into the new reservoir next Saturday.")
    assert got and got[0][1] == "next Saturday"
    assert got[0][0].startswith("it will start")


def test_a_clause_after_but_drops_the_conjunction():
    got = _next("The rules passed last year, but drivers will be required to carry new permits in 2031.")
    assert got and got[0] == ("drivers will be required to carry new permits in 2031", "in 2031")
