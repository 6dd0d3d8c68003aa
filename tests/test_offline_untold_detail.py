"""An untold detail ("did not say which …") is neither a denial nor an unverified claim."""

from __future__ import annotations

from brief.article import Article
from brief.engines.offline import analyze


def _types(*paragraphs: str) -> set[str]:
    return {c.type for c in analyze(Article.from_paragraphs(list(paragraphs))).sourcing_caveats}


def test_did_not_say_which_or_why_raises_no_caveat():
    for s in ("The mill operator did not say which sites would be affected by the closures.",
              "Railway officials did not say why they had decided to reopen the line now.",
              "They also did not say whether the firm had paid the fine."):
        got = _types("The mill operator announced on Monday it would close three sites.", s)
        assert not got & {"denial", "unverified"}, s


def test_an_untold_count_stays_unverified():
    assert "unverified" in _types("The airline cancelled flights on Monday.",
                                  "The airline did not say how many passengers were stranded.")
