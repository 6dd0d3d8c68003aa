"""Open questions ask about the claim left unsettled, in a well-formed sentence, or not at all."""

from __future__ import annotations

import re

from brief.article import Article
from brief.engines.offline import analyze


def _questions(*paragraphs: str) -> list[str]:
    return [q.question for q in analyze(Article.from_paragraphs(list(paragraphs))).open_questions]


def _well_formed(q: str) -> bool:
    body = q.split(" (", 1)[0]
    return (body.endswith("?") and body.count("?") == 1 and not body.endswith((".?", ":?", "…?"))
            and not re.search(r"\bthat (?:In|However|Unfortunately|Maybe|Better|Apparently|According)\b", body))


def test_no_comment_is_an_unanswered_question_not_a_dispute():
    qs = _questions("Dock workers walked out on Tuesday after talks over pay collapsed at the port.",
                    "The minister urged both sides to talk. Harbour Line Holdings declined to comment on the bonus "
                    "scheme.")
    assert qs and all("Disputed" not in q and "confirmed that Harbour Line Holdings declined" not in q for q in qs)
    assert any("the bonus scheme" in q and "declined to comment" in q for q in qs)


def test_no_comment_on_nothing_named_asks_nothing():
    qs = _questions("The state paid the agency nearly $449,000 for the campaign this year, officials said.",
                    "The governor's office didn't immediately respond to a request for comment.")
    assert not any("respond" in q for q in qs)


def test_could_not_be_verified_asks_about_the_claim_not_the_reporter():
    qs = _questions("The opposition said it would challenge the result in court. Its leader, Elena Moravec, claimed "
                    "that her party's own count showed her ahead. The claims could not be independently verified.")
    assert not any("could not be" in q for q in qs)
    assert any("her party's own count showed her ahead?" in q for q in qs)


def test_headings_questions_fragments_and_asides_raise_no_question():
    qs = _questions("He said, she said",
                    "Maybe Instagram likes it that way. Others say the company reportedly prefers it.",
                    "Is the claim true? The report could not be verified.",
                    "He instead told the BBC interviewer: “I had to go and see him and talk to him.”",
                    "In it, the British royal blankly denied having sex with the women who had accused him.")
    assert all(_well_formed(q) for q in qs), qs
    assert not any("He said, she said" in q or "Maybe" in q or "interviewer" in q for q in qs), qs


def test_relayed_claim_loses_its_attribution_and_hedge():
    qs = _questions("The campaign, which includes both digital and TV ads, cost the state roughly $449,000, "
                    "according to the Sioux Falls Argus Leader.")
    assert qs == ["Is it confirmed that the campaign, which includes both digital and TV ads, cost the state "
                  "roughly $449,000? (Not confirmed first-hand)"]


def test_a_denied_report_asks_about_the_report_not_the_denial():
    qs = _questions("A local radio station reported that engineers had found cracks in the dam wall, but the "
                    "utility that runs it, Merrow Hydro, denied that the structure was at risk.")
    assert qs == ["Is it confirmed that engineers had found cracks in the dam wall? (Disputed)"]


def test_an_outlet_that_could_not_confirm_asks_about_the_thing_or_nothing():
    qs = _questions("The city sent new tax forms to residents in May.",
                    "The Daily Ledger could not immediately confirm if the same forms had actually been sent to the "
                    "county office.")
    assert not any("could not" in q or "Daily Ledger" in q for q in qs)
    qs = _questions("Both armies claimed gains near the river on Monday.",
                    "The agency could not independently verify either side's battlefield reports.")
    assert not any("could not" in q for q in qs)


def test_an_untold_detail_asks_nothing():
    qs = _questions("The mill operator announced it would close three sites next year.",
                    "The company did not say which sites would be affected.")
    assert not any("did not say" in q for q in qs)


def test_parentheticals_and_others_reported_ask_nothing():
    qs = _questions("The fund gave money to a dozen charities last year, according to filings.",
                    "(Sourcing: much of this list was obtained from the fund's annual report).",
                    "Many staff said they had been overworked. Others reported managers demanding credit for "
                    "work, according to the survey of anonymous staff.")
    assert not any("(Sourcing" in q or "Others reported" in q for q in qs)


def test_a_two_word_opener_is_never_cut_in_two():
    qs = _questions("So far, insiders said, the deputy has done a careful job of staying out of the feud.")
    assert not any(re.search(r"\bthat far\b", q) for q in qs)
