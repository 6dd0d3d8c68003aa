"""Stakes name who stands to gain or lose, in the direction the article states, and only live stakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.article import Article
from brief.engines.offline import analyze
from brief.pipeline import load_article

SEED = Path(__file__).resolve().parents[1] / "examples" / "independent-putin-iran.txt"


def _stakes(*paragraphs: str):
    return analyze(Article.from_paragraphs(list(paragraphs))).stakes


def test_a_tariff_threat_is_no_gain_for_its_target():
    stakes = _stakes("Markets slipped in Beijing and New York on Tuesday as talks stalled.",
                     "U.S. President Donald Trump said he would raise tariffs on Chinese imports if no deal is "
                     "reached with China to end the trade war.")
    assert stakes and not any(s.direction == "gain" for s in stakes)


def test_history_is_not_a_stake():
    stakes = _stakes("Doctors in Beijing confirmed two cases of plague in patients from Inner Mongolia on Tuesday.",
                     "It was known as the Black Death during the fourteenth century, causing more than 50 million "
                     "deaths in Europe.")
    assert not any("Black Death" in s.what for s in stakes)


def test_every_stake_names_its_stakeholder():
    stakes = _stakes("Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of stocks across the "
                     "globe rose for a seventh straight session.",
                     "Russia warned it could lose export revenue if sanctions widen further next month.")
    assert stakes and all(s.who != "not named" for s in stakes)


def test_seed_military_backdrop_is_no_risk_to_iran():
    if not SEED.is_file():
        pytest.skip("seed article is not present")
    stakes = analyze(load_article(SEED)).stakes
    assert not any(s.who == "Iran" and s.direction == "risk" and s.evidence == ["p5"] for s in stakes)


def test_a_transfer_is_a_stake_only_when_it_moves_force():
    stakes = _stakes("The prince denied having sex with girls supplied to him by the financier Jeffrey Epstein, "
                     "who died in August.",
                     "Iran supplied Russia with ballistic missiles for Moscow to use in its war against Ukraine.")
    assert not any("prince" in s.what for s in stakes)
    assert any("missiles" in s.what for s in stakes)


def test_a_dateline_is_not_part_of_the_stake_or_its_timeframe():
    stakes = _stakes("KYIV, March 3 (Reuters) - Ukraine's army said it had lost two tanks near the border and "
                     "warned of a risk of further attacks.")
    assert stakes and not any(s.what.startswith("KYIV") for s in stakes)
    assert not any(s.timeframe == "March 3" for s in stakes)


def test_a_question_is_never_a_stake():
    assert not _stakes("Has the safety agency ever imposed fines on the mining firm for deaths at its sites?")


def test_a_memo_bullet_is_stripped():
    stakes = _stakes("Governor Ann Reyes vetoed the pension bill on Friday.",
                     "• The cut backed by Ann Reyes would mean retirees lose millions in pension payments.")
    assert stakes and not any(s.what.startswith("•") for s in stakes)


def test_renouncing_sovereignty_is_a_loss():
    stakes = _stakes("Defeated in the war, Portugal signed the peace treaty in 1919, specifying that Portugal would "
                     "renounce sovereignty over its colonies.", "Portugal's parliament approved the treaty.")
    assert stakes and all(s.direction == "loss" for s in stakes)


def test_a_pronoun_subject_does_not_make_the_nearest_name_the_stakeholder():
    stakes = _stakes("One of the big exporters, it has strongly criticized Canada and Mexico for imposing "
                     "separate sanctions and tariffs after the vote.")
    assert not any(s.who in ("Canada", "Mexico") for s in stakes)
