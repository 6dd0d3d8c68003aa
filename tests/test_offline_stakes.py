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
