"""Timeline entries carry the event their date belongs to, and only real, past-or-scheduled events."""

from __future__ import annotations

from brief.article import Article
from brief.engines.offline import analyze
from brief.validate import validate


def _timeline(*paragraphs: str) -> list[tuple[str, str]]:
    article = Article.from_paragraphs(list(paragraphs))
    content = analyze(article)
    assert not [p for p in validate(content, article) if p.level == "error"]
    return [(t.when, t.event) for t in content.timeline]


def _event(entries: list[tuple[str, str]], when: str) -> str:
    return next(e for w, e in entries if w == when)


def test_event_is_the_clause_of_a_trailing_participle_not_the_main_clause():
    got = _timeline("Footage showed the mayor arriving at the stadium in his old car, despite the late governor, "
                    "who he met after the match, banning old cars in 2015.")
    event = _event(got, "in 2015")
    assert event.startswith("the late governor") and event.endswith("banning old cars in 2015")
    assert "Footage" not in event


def test_event_of_a_relative_clause_names_its_antecedent():
    got = _timeline("After a rescue deal worth $8 billion, the firm is now cutting costs, including layoffs at "
                    "Meetup, which it acquired for $200 million in 2017.")
    assert _event(got, "in 2017") == "Meetup, which it acquired for $200 million in 2017"
    got = _timeline("They seem intent on not antagonizing teachers as Gov. Matt Bevin, who lost his reelection bid "
                    "this month, did in lashing out at them.")
    assert _event(got, "this month") == "Gov. Matt Bevin, who lost his reelection bid this month"


def test_reported_content_is_the_event_unless_the_date_dates_the_saying():
    got = _timeline("The union disputed that account, saying the ballot had closed on 9 March with 87 percent in favour.")
    assert _event(got, "9 March") == "the ballot had closed on 9 March with 87 percent in favour"
    got = _timeline("The two sides are close to a deal, something Ann Lee said on Friday she hoped could be signed soon.")
    assert "Ann Lee said on Friday" in _event(got, "on Friday")


def test_questions_and_forecasts_are_not_timeline_events():
    got = _timeline("Was it a misjudgement to hold the opening ceremony at 2:30pm on a Monday?",
                    "Company management said comparable-store sales growth in 2019 will be 3.5%, compared with 4.0%.",
                    "Output beat forecasts and, combined with some worries over global demand next year, sent prices lower.",
                    "The city's way of life is safeguarded in theory until 2047.")
    assert got == []


def test_scheduled_events_stay():
    got = _timeline("A hearing on the request is scheduled for 21 March at the district court.")
    assert [w for w, _ in got] == ["21 March"]


def test_date_expression_kept_whole():
    got = _timeline("She asked how he could be so sure what he was doing on the night of March 10, when it happened.",
                    "Tickets go on sale at 10 a.m. Friday, Dec. 6.",
                    "The graphics earned a total score of 2072 and the Class of 2020 is large.")
    whens = [w for w, _ in got]
    assert "on the night of March 10" in whens and "Friday, Dec. 6" in whens
    assert not any("2072" in w or "2020" in w for w in whens)


def test_embedded_tweet_sign_off_is_not_an_event():
    got = _timeline("Omar asked for compassion in a letter posted on Twitter on Tuesday.",
                    "— Rep. Ilhan Omar (@Ilhan) November 19, 2019",
                    "we’re. on. it. https://t.co/HO1ZRs9T1P — tall glass (@_orabora) November 19, 2019")
    assert [w for w, _ in got] == ["on Tuesday"]


def test_a_dateline_does_not_open_a_timeline_event():
    got = _timeline("NEW DELHI: Their American dream ended on May 16 when police caught them at the border.",
                    "The families will appeal next month, their lawyer said.")
    assert all(not e.startswith("NEW DELHI") for _, e in got) and got
    nxt = analyze(Article.from_paragraphs(["WASHINGTON (AP) — The Senate will vote on the bill next week."])).whats_next
    assert nxt and nxt[0].event.startswith("The Senate will vote")
