"""Caveats that misread their sentence, from an editor's review of real briefings: a person's own
account to doctors or the publisher's own documents are not relayed reports, a prediction of a
rebuttal is not a denial, a non-answer is not an official account, the writer's doubt is not an
accusation, a status yet to be decided for a coming game is provisional, not a dispute over facts, and a disclaimer's "do not" is no cue.
Every sentence is invented; each class has sentences that must keep their caveat too.
"""

from __future__ import annotations

from brief.article import Article, Source
from brief.engines.offline import analyze

from .offline_probe import caveats, does_not_raise, each_caveat, each_near_miss, raises


def _types(got: list[tuple[str, str]], cue_part: str) -> set[str]:
    return {t for t, c in got if cue_part.lower() in c.lower()}


def test_a_persons_account_to_doctors_or_police_is_one_source_not_a_relay():
    got = caveats("The man told doctors he ate the rabbit meat in the hills on November 5.",
                  "The driver told investigators he had not slept.")
    assert _types(got, "told doctors") == {"single_source"}, got
    assert _types(got, "told investigators") == {"single_source"}, got
    hearsay = caveats("The prince has reportedly told friends that the interview went well.")
    assert {t for t, _ in hearsay} == {"relayed_report"}, hearsay


def test_papers_the_publishers_own_reporter_obtained_are_first_hand():
    got = caveats("Court papers obtained by our correspondent on Monday showed that the suit was filed in May.")
    assert "relayed_report" not in {t for t, _ in got} and _types(got, "obtained by our correspondent") == \
        {"single_source"}, got
    own = Article.from_paragraphs(["Internal emails obtained by the Daily Ledger show the plan was known in May."],
                                  source=Source(url="https://www.dailyledger.com/news/plan"))
    types = {c.type for c in analyze(own).sourcing_caveats}
    assert "relayed_report" not in types and "single_source" in types, types
    # Another outlet's documents stay relayed.
    assert "relayed_report" in {t for t, _ in caveats("Internal emails obtained by the Herald show the plan was known.")}


def test_a_predicted_rebuttal_is_the_writers_forecast_not_a_denial():
    got = caveats("It will angrily dismiss any criticism, as it has that from Britain.")
    assert "denial" not in {t for t, _ in got} and _types(got, "dismiss any criticism") == {"loaded_language"}, got
    assert ("denial", "flatly rejected any criticism") in caveats("The ministry flatly rejected any criticism of the plan.")
    assert "denial" in {t for t, _ in caveats("The spokesman said the ministry would reject any criticism.")}
    assert "denial" in {t for t, _ in caveats("Hale, 45, will deny the charges when he appears in court on Monday.")}


def test_a_spokesperson_who_declined_to_comment_gave_no_official_account():
    got = caveats("An Acme spokesperson declined to comment on the pricing to Reuters.")
    assert "official_account" not in {t for t, _ in got} and "denial" in {t for t, _ in got}, got
    assert "official_account" in {t for t, _ in caveats("An Acme spokesperson said the pricing was fair.")}


def test_the_writers_doubt_about_a_claimed_act_is_loaded_not_an_allegation():
    got = caveats("This purported severance of friendship required three days at the mansion.")
    assert _types(got, "purported") == {"loaded_language"}, got
    assert "allegation" in {t for t, _ in caveats("The purported bribery scheme ran for a decade, the indictment says.")}


def test_a_quoted_denial_names_the_denying_words_in_its_cue():
    got = caveats("“There was no indication, absolutely no indication,” Andrew said.")
    assert any(t == "denial" and "There was no indication" in c for t, c in got), got


def test_a_publishers_disclaimer_marks_opinion_without_its_do_not():
    got = caveats("The views and opinions expressed in the article do not necessarily reflect those of the Ledger.")
    loaded = [c for t, c in got if t == "loaded_language"]
    assert loaded and not any("do not" in c for c in loaded), got


def test_an_opinion_label_opening_the_piece_is_loaded_language():
    got = caveats("Editorial: The authorities’ repression has only fuelled the crisis.",
                  "The city must now choose a different course.")
    assert ("loaded_language", "Editorial:") in got, got


CASES = [
    ("conflicting_accounts", "The cause of the fire is still unknown."),
    ("conflicting_accounts", "The timing of the launch is uncertain, with the company and its suppliers giving "
                             "different dates."),
    ("preliminary", "Initial findings suggest a mechanical failure caused the derailment."),
]
NOT_CAVEATS = [
    ("conflicting_accounts", "The status of quarterback Sam Reed is uncertain for Saturday’s game at Iowa after a "
                             "concussion."),
    ("conflicting_accounts", "His future at the club remains uncertain."),
    ("preliminary", "The podcast team gave their initial impressions of the new format."),
]


@each_caveat(CASES)
def test_facts_unclear_and_early_findings_still_raise(kind, sentence):
    raises(kind, sentence)


@each_near_miss(NOT_CAVEATS)
def test_a_coming_game_or_an_early_opinion_is_no_caveat(kind, sentence):
    does_not_raise(kind, sentence)


def test_a_status_yet_to_be_decided_is_provisional():
    got = caveats("The status of quarterback Sam Reed is uncertain for Saturday’s game at Iowa after a concussion.")
    assert ("preliminary", "is uncertain") in got, got
