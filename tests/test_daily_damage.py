"""A damaged briefing file or cache row left by an earlier run: a rerun repairs it, never ships it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from brief.dailyrun import daily
from brief.schema import Briefing

from .test_daily import inbox  # noqa: F401  (fixture)

DAMAGE = {
    "truncated": lambda text, other: text[: len(text) // 2],
    "not json": lambda text, other: "\x00\x7f garbage \ufffd",
    "json, not a briefing": lambda text, other: '{"headline": "half a briefing"}',
    "another briefing": lambda text, other: other,
}


def parsed(path: Path) -> Briefing:
    return Briefing.model_validate_json(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_briefing_file_is_rewritten_from_the_cache(inbox: Path, tmp_path: Path,  # noqa: F811
                                                             damage: str) -> None:
    from brief.engines.openai import make_mock_engine

    out = tmp_path / "out"
    engine = make_mock_engine()
    daily([str(inbox)], out, engine=engine, pages=True)
    first, other = sorted((out / "briefings").glob("*.json"))[:2]
    good = first.read_text(encoding="utf-8")
    first.write_text(DAMAGE[damage](good, other.read_text(encoding="utf-8")), encoding="utf-8")
    again = daily([str(inbox)], out, engine=engine, pages=True)
    assert again.stats.cache_hits == 3 and engine.mock.stats()["requests"] == 4  # nothing asked again
    assert first.read_text(encoding="utf-8") == good and parsed(first).id == first.stem
    assert first.with_suffix(".html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_a_truncated_page_is_rewritten_too(inbox: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "out"
    daily([str(inbox)], out, offline=True, pages=True)
    page = sorted((out / "briefings").glob("*.html"))[0]
    good = page.read_text(encoding="utf-8")
    page.write_text(good[:200], encoding="utf-8")
    daily([str(inbox)], out, offline=True, pages=True)
    assert page.read_text(encoding="utf-8") == good


def test_another_articles_page_in_its_place_is_rewritten(inbox: Path, tmp_path: Path) -> None:  # noqa: F811
    """A whole page, but not this briefing's (copied over by hand, or left by another article)."""
    out = tmp_path / "out"
    daily([str(inbox)], out, offline=True, pages=True)
    first, second = sorted((out / "briefings").glob("*.html"))[:2]
    good = first.read_text(encoding="utf-8")
    first.write_text(second.read_text(encoding="utf-8"), encoding="utf-8")
    daily([str(inbox)], out, offline=True, pages=True)
    assert first.read_text(encoding="utf-8") == good


def test_a_cache_row_holding_another_article_is_a_miss_and_the_article_is_briefed_again(
        inbox: Path, tmp_path: Path) -> None:  # noqa: F811
    from brief.engines.openai import make_mock_engine

    out = tmp_path / "out"
    engine = make_mock_engine()
    first = daily([str(inbox)], out, engine=engine)
    ids = sorted(b for item in first.items for b in item.briefing_ids)
    db = sqlite3.connect(out / ".brief" / "cache.db")
    (other,) = db.execute("SELECT briefing FROM briefings WHERE article_id = ?", (ids[1],)).fetchone()
    db.execute("UPDATE briefings SET briefing = ? WHERE article_id = ?", (other, ids[0]))
    db.commit()
    db.close()
    (out / "briefings" / f"{ids[0]}.json").write_text("{", encoding="utf-8")
    again = daily([str(inbox)], out, engine=engine)
    assert again.stats.cache_hits == 2 and again.stats.model_calls >= 1
    assert sorted(b for item in again.items for b in item.briefing_ids) == ids  # each article once, its own
    assert parsed(out / "briefings" / f"{ids[0]}.json").id == ids[0]


def test_a_damaged_cache_file_is_a_miss_and_a_warning_not_a_crash(inbox: Path, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "out"
    daily([str(inbox)], out, offline=True)
    db = out / ".brief" / "cache.db"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (size,) = conn.execute("PRAGMA page_size").fetchone()
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
    conn.close()
    data = bytearray(db.read_bytes())
    for page in range(2, pages):  # every page but the schema's
        data[(page - 1) * size:(page - 1) * size + 64] = b"\xff" * 64
    db.write_bytes(bytes(data))
    again = daily([str(inbox)], out, offline=True)
    assert again.stats.articles == 3 and again.stats.cache_hits == 0 and not again.failures
    assert any("cache" in w and "damaged" in w for w in again.warnings)
    assert all(parsed(p).id == p.stem for p in (out / "briefings").glob("*.json"))


def test_cli_rerun_repairs_a_truncated_briefing_without_a_traceback(inbox: Path, tmp_path: Path) -> None:  # noqa: F811
    from brief.cli import cli

    out = tmp_path / "out"
    args = ["daily", str(inbox), "-o", str(out), "-q", "--offline"]
    assert CliRunner().invoke(cli, args, catch_exceptions=False).exit_code == 0
    damaged = sorted((out / "briefings").glob("*.json"))[0]
    damaged.write_text(damaged.read_text(encoding="utf-8")[:100], encoding="utf-8")
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert parsed(damaged).id == damaged.stem
