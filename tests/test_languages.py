"""Articles in other languages: cleaned like any other, and the offline engine says it reads English only."""

from __future__ import annotations

import pytest

import brief
from tests.conftest import EXAMPLES

ZH = ("北京——中国国家统计局周一公布的数据显示，今年第三季度国内生产总值同比增长百分之四点六。\n\n"
      "国家统计局发言人表示，经济运行总体平稳，但外部环境依然复杂严峻。\n\n"
      "分析人士认为，政府可能在年底前出台更多刺激措施。\n")
JA = ("東京――日本銀行は火曜日、政策金利を据え置くと発表した。\n\n"
      "植田和男総裁は記者会見で、物価の動向を注意深く見守ると述べた。\n\n"
      "市場関係者の間では、年内の利上げを予想する声が多い。\n")
DE = ("Die Regierung in Berlin hat am Montag neue Maßnahmen für die Bahn beschlossen, teilte ein Sprecher mit.\n\n"
      "Kritiker sagen, die Pläne gingen nicht weit genug, und die Gewerkschaft will sich am Freitag dazu äußern.\n")


@pytest.mark.parametrize("text", [ZH, JA], ids=["zh", "ja"])
def test_chinese_and_japanese_paragraphs_are_kept_not_taken_for_a_menu(text):
    article = brief.load_article(text)
    assert [p.text for p in article.paragraphs] == [t for t in text.split("\n\n") if t.strip()][:3] or \
        len(article.paragraphs) == 3
    assert article.source.word_count > 30  # counted by characters, not by spaces


@pytest.mark.parametrize("text, language", [(ZH, "a non-Latin script"), (JA, "a non-Latin script"), (DE, "German")])
def test_the_offline_engine_warns_it_reads_english_only(text, language):
    b = brief.summarize(text)
    assert any(f"reads English and this article is in {language}" in w for w in b.warnings)


def test_english_articles_get_no_language_warning():
    for path in sorted(EXAMPLES.glob("sample-*")) + [EXAMPLES / "independent-putin-iran.txt"]:
        if path.suffix == ".jsonl":
            continue
        assert not any("reads English" in w for w in brief.summarize(path).warnings), path
