"""A caveat's detail says which claim it qualifies, in the article's own words, not a stock line."""

from __future__ import annotations

from brief.article import Article
from brief.engines.offline import OfflineEngine
from brief.engines.offline.caveats import CLAIM_CHARS, LABEL
from brief.textmatch import normalize


def caveats(*paragraphs: str):
    return OfflineEngine().draft(Article.from_paragraphs(list(paragraphs))).content.sourcing_caveats


def test_the_detail_quotes_the_sentence_the_cue_is_in():
    cs = caveats("The council met on Monday to discuss the budget.",
                 "The mayor will resign next month, sources said. The budget passed by seven votes.")
    anon = next(c for c in cs if c.type == "anonymous_source")
    assert anon.detail == f"{LABEL['anonymous_source']}: The mayor will resign next month, sources said."


def test_a_long_sentence_is_cut_around_its_cue_and_stays_verbatim():
    long = ("After a week of talks that ran late into the night in the capital and drew envoys from nine "
            "countries, the ministry said it had reportedly agreed a ceasefire that would begin at dawn on "
            "Saturday and hold for at least three days while aid convoys moved into the besieged northern towns.")
    cs = caveats("Envoys gathered in the capital on Monday.", long)
    relayed = next(c for c in cs if c.type == "relayed_report")
    claim = relayed.detail.split(": ", 1)[1]
    assert relayed.cue in claim and claim.startswith("…") and claim.endswith("…")
    assert len(claim) <= CLAIM_CHARS + 2 and normalize(claim.strip("…")) in normalize(long)
    assert len({c.detail for c in cs}) == len(cs)  # no two caveats share a stock line


def test_a_caveat_merged_over_paragraphs_says_it_stands_for_more_than_the_claim_it_quotes():
    cs = caveats("The council met on Monday.", "The mayor will resign, sources said.",
                 "The budget will be cut, sources said.", "The vote will be delayed, sources said.")
    anon = [c for c in cs if c.type == "anonymous_source"]
    assert len(anon) == 1 and anon[0].evidence == ["p2", "p3", "p4"]
    assert anon[0].detail.endswith("The mayor will resign, sources said. (and 2 more like it)")
