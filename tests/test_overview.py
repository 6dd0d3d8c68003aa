"""The model-written overview of the digest: held to the items it cites, or not used."""

from __future__ import annotations

from brief.digest import DigestItem, DigestSource, EvidenceLine
from brief.overview import OverviewContent, check, refs

A, B = "a1b2c3d4e5f6", "0f9e8d7c6b5a"


def _item(id_: str, headline: str, line: str, facts: tuple[str, ...] = ()) -> DigestItem:
    return DigestItem(id=id_, headline=headline, line=line, section="World", score=1.0, briefing_ids=[id_],
                      sources=[DigestSource(briefing_id=id_, publisher="Harbor Times")], corroboration=1,
                      key_facts=[EvidenceLine(text=f, briefing_id=id_, evidence=["p1"]) for f in facts])


ITEMS = [_item(A, "Dock workers strike at Avalen port", "Dock workers at Avalen began a strike on Monday.",
               ("The union said 1,200 members walked out.",)),
         _item(B, "Flood relief reaches Marsh County", "Relief crews reached Marsh County after the flood.")]


def test_a_cited_paragraph_built_from_the_items_stands():
    text = f"Dock workers at Avalen began a strike on Monday; the union said 1,200 members walked out. [{A}] " \
           f"Relief crews reached Marsh County after the flood. [{B}]"
    assert check(OverviewContent(overview=text), ITEMS) == []
    assert refs(text) == [A, B]


def test_uncited_sentences_unknown_ids_and_invented_details_are_errors():
    text = ("Dock workers at Avalen struck on Monday. "
            f"About 5,000 people joined them, Mayor Quentin Ruiz said. [{A}] "
            f"Relief crews called it \"a miracle\". [{B}, ffffffffffff]")
    errors = check(OverviewContent(overview=text), ITEMS)
    assert any("sentence 1" in e and "cites no item" in e for e in errors)
    assert any("5,000" in e for e in errors) and any("Quentin" in e for e in errors)
    assert any("a miracle" in e for e in errors) and any("ffffffffffff" in e for e in errors)


def test_a_number_must_come_from_the_item_the_sentence_cites():
    text = f"Relief crews reached Marsh County, where 1,200 members walked out. [{B}]"
    assert any("1,200" in e for e in check(OverviewContent(overview=text), ITEMS))
    assert check(OverviewContent(overview="   "), ITEMS)


# Through the model: the real SDK path against the in-process mock.

import asyncio  # noqa: E402

import pytest  # noqa: E402

from brief.digest import build_digest  # noqa: E402
from brief.engines.offline import OfflineEngine  # noqa: E402
from brief.engines.openai import make_mock_engine  # noqa: E402
from brief.mock import register_answerer  # noqa: E402
from brief.mock.answerers import get_answerer  # noqa: E402
from brief.overview import amodel_overview  # noqa: E402
from brief.pipeline import summarize  # noqa: E402
from tests.conftest import EXAMPLES  # noqa: E402

SAMPLES = sorted(p for p in EXAMPLES.glob("sample-*") if p.suffix in (".txt", ".md", ".html"))


@pytest.fixture(scope="module")
def digest():
    offline = OfflineEngine()
    briefings = [summarize(str(p), engine=offline) for p in SAMPLES]
    return build_digest(briefings, date="2026-11-28")


def test_the_model_writes_the_overview_and_it_cites_the_items(digest):
    engine = make_mock_engine()
    written, attempts = asyncio.run(amodel_overview(engine, digest))
    ids = {i.id for i in digest.items}
    assert written.overview_by == "mock" and written.overview != digest.overview
    assert written.overview_refs and set(written.overview_refs) <= ids
    assert len(attempts) == 1 and engine.mock.stats()["paths"]["POST /v1/chat/completions"] == 1
    assert check(OverviewContent(overview=written.overview), list(digest.items)) == []


def test_a_broken_answer_is_reasked_then_the_extractive_overview_stands(digest):
    engine = make_mock_engine(script=["invalid"] * 10, max_reasks=1)
    written, attempts = asyncio.run(amodel_overview(engine, digest))
    assert written.overview == digest.overview and written.overview_by == "extractive"
    assert len(attempts) == 2 and "not used" in written.warnings[0]


def test_an_invented_figure_in_the_models_paragraph_is_caught(digest):
    item = digest.items[0]
    original = get_answerer("overview")
    register_answerer("overview", lambda request: {"overview": f"Some 98,765 people were affected. [{item.id}]"})
    try:
        engine = make_mock_engine(max_reasks=1)
        written, attempts = asyncio.run(amodel_overview(engine, digest))
    finally:
        register_answerer("overview", original)  # type: ignore[arg-type]
    assert written.overview == digest.overview and "98,765" in written.warnings[0]
    assert [a.outcome for a in attempts][-1] == "accepted_with_problems" and len(attempts) == 2


def test_a_daily_run_shows_who_wrote_the_overview_and_why_it_fell_back(tmp_path):
    from brief.dailyrun import daily

    inbox = tmp_path / "in"
    inbox.mkdir()
    for p in SAMPLES:
        (inbox / p.name).write_bytes(p.read_bytes())
    good = daily([str(inbox)], tmp_path / "good", engine=make_mock_engine(), concurrency=1)
    md = (tmp_path / "good" / "daily.md").read_text(encoding="utf-8")
    assert good.overview_by == "mock" and "written by mock; every sentence checked" in md
    assert "written by" in (tmp_path / "good" / "daily.html").read_text(encoding="utf-8")
    # the sections were rendered while the model wrote the overview: the pages are still whole
    assert md == good.to_markdown()
    assert (tmp_path / "good" / "daily.html").read_text(encoding="utf-8") == good.to_html()
    broken = make_mock_engine(script=["ok"] * 3 + ["invalid"] * 3, max_reasks=1)
    bad = daily([str(inbox)], tmp_path / "bad", engine=broken, concurrency=1)
    md = (tmp_path / "bad" / "daily.md").read_text(encoding="utf-8")
    assert bad.overview_by == "extractive" and "## Warnings" in md and "the extractive overview stands" in md
    assert bad.stats.model_calls == 3 + 2  # the two overview attempts are counted like any other


def test_sentences_end_at_punctuation_before_a_capital_not_inside_numbers_or_abbreviations():
    from brief.overview import sentences

    text = f"Lumenware said about 1.2 million customers. [{A}] U.S. officials met Dr. Hale. [{A}, {B}] Then quiet"
    assert sentences(text) == [f"Lumenware said about 1.2 million customers. [{A}]",
                               f"U.S. officials met Dr. Hale. [{A}, {B}]", "Then quiet"]


def test_times_titles_and_capitals_after_a_colon_do_not_break_a_good_paragraph():
    from brief.overview import sentences

    assert len(sentences(f"Voting opens at 9 a.m. Tuesday in Avalen. [{A}] Prof. Hale spoke. [{A}]")) == 2
    text = f"The union said: Dock workers at Avalen began a strike on Monday. [{A}]"
    assert check(OverviewContent(overview=text), ITEMS) == []
