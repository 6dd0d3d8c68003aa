"""Chunks fit their budget, cut at the gentlest boundary available, and keep paragraph ids."""

from __future__ import annotations

import pytest

from brief.article import Article
from brief.chunk import Chunker, chunk_article, render_line, sentence_spans, split_sentences
from brief.errors import ConfigError
from brief.tokens import get_encoding


@pytest.fixture(scope="module")
def enc():
    return get_encoding("o200k_base")


def squash(text: str) -> str:
    return "".join(text.split())


def assert_faithful(article: Article, chunks, budget: int, enc) -> None:
    """Every chunk fits, and the chunks hold exactly the article's text, id by id, in order."""
    for chunk in chunks:
        assert chunk.tokens == len(enc.encode(chunk.text, disallowed_special=()))
        assert chunk.tokens <= budget
        assert len(set(chunk.ids)) == len(chunk.ids)
    pieces = [p for c in chunks for p in c.paragraphs]
    assert [p.id for p in article.paragraphs] == list(dict.fromkeys(p.id for p in pieces))
    for para in article.paragraphs:
        assert squash("".join(p.text for p in pieces if p.id == para.id)) == squash(para.text)


def test_short_article_is_one_chunk(enc):
    article = Article.from_paragraphs(["One short paragraph.", "And another."])
    chunks = chunk_article(article, 1000, enc)
    assert len(chunks) == 1
    assert chunks[0].text == "[p1] One short paragraph.\n[p2] And another."


def test_paragraphs_are_kept_whole_when_they_fit(enc):
    paras = [" ".join(f"Sentence {i}.{j} is here." for j in range(6)) for i in range(30)]
    article = Article.from_paragraphs(paras)
    budget = 120
    chunks = chunk_article(article, budget, enc)
    assert len(chunks) > 3
    assert_faithful(article, chunks, budget, enc)
    for para in article.paragraphs:  # no paragraph that fits a chunk is ever split
        assert sum(para.id in c.ids for c in chunks) == 1


def test_long_paragraph_splits_between_sentences_and_keeps_its_id(enc):
    para = " ".join(f"This is sentence number {i} of a very long paragraph." for i in range(80))
    article = Article.from_paragraphs(["Lead.", para, "Tail."])
    chunks = chunk_article(article, 100, enc)
    assert_faithful(article, chunks, 100, enc)
    parts = [p.text for c in chunks for p in c.paragraphs if p.id == "p2"]
    assert len(parts) > 3
    assert all(part.endswith("paragraph.") for part in parts)  # cut only at sentence ends
    holders = [c for c in chunks if "p2" in c.ids]
    assert all(render_line("p2", part) in c.text for c, part in zip(holders, parts))


def test_giant_paragraph_without_punctuation_is_cut_by_tokens(enc):
    para = " ".join(["word"] * 5000)
    article = Article.from_paragraphs([para])
    chunks = chunk_article(article, 200, enc)
    assert len(chunks) > 20
    assert_faithful(article, chunks, 200, enc)
    assert all(c.ids == ["p1"] for c in chunks)


def test_cjk_and_emoji_are_never_broken(enc):
    cjk = "北京市政府周三宣布新的交通政策并表示将在下个月开始实施" * 40
    emoji = "👩‍👩‍👧‍👦🇺🇦🏳️‍🌈" * 60
    article = Article.from_paragraphs([cjk, emoji, "中文句子。另一个句子！" * 30])
    chunks = chunk_article(article, 50, enc)
    assert_faithful(article, chunks, 50, enc)
    for chunk in chunks:
        assert "\ufffd" not in chunk.text
        for p in chunk.paragraphs:
            assert not p.text.startswith("\u200d") and not p.text.endswith("\u200d")


def test_sentence_splitter_knows_cjk_and_closing_quotes():
    text = "He said “no.”  Then 你好。世界！ok"
    assert split_sentences(text) == ["He said “no.”", "Then 你好。", "世界！", "ok"]
    assert "".join(sentence_spans(text)) == text


def test_sentence_cuts_keep_the_text_verbatim(enc):
    para = "中文句子在这里结束。另一个句子也在这里！" * 30
    chunks = chunk_article(Article.from_paragraphs([para]), 40, enc)
    assert len(chunks) > 3
    assert "".join(p.text for c in chunks for p in c.paragraphs) == para


def test_budget_too_small_is_a_config_error(enc):
    with pytest.raises(ConfigError):
        Chunker(enc, 3)


def test_chunk_article_keeps_metadata_and_original_ids(enc):
    article = Article.from_paragraphs([f"Paragraph {i} text here." for i in range(1, 40)])
    article.source.title = "A title"
    chunks = chunk_article(article, 60, enc)
    sub = chunks[-1].article(article)
    assert sub.source.title == "A title"
    assert sub.paragraphs[-1].id == "p39"
    assert sub.paragraphs[0].id != "p1"
