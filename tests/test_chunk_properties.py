"""Property: for any text, no chunk exceeds its budget and no text or id is lost."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brief.article import Article
from brief.chunk import chunk_article
from brief.tokens import get_encoding

ENC = get_encoding("o200k_base")

words = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
            max_size=12),
    st.sampled_from(["said.", "Putin", "北京", "政府。", "👩‍👩‍👧", "🇺🇦", "e\u0301", "!", "?", "…",
                     "“quoted.”"]),
)
paragraph = st.lists(words, min_size=1, max_size=200).map(" ".join).filter(lambda t: t.strip())
# One giant "word" with no break anywhere: Latin, CJK, or emoji joined by zero-width joiners.
giant = st.tuples(st.sampled_from(["x", "北京市", "👩‍👩‍👧", "🇺🇦"]), st.integers(100, 1500)).map(
    lambda t: t[0] * t[1])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(paragraph, giant), min_size=1, max_size=12), st.integers(16, 300))
def test_no_chunk_exceeds_budget_and_nothing_is_lost(texts, budget):
    article = Article.from_paragraphs([t.strip() for t in texts])
    chunks = chunk_article(article, budget, ENC)
    for chunk in chunks:
        assert len(ENC.encode(chunk.text, disallowed_special=())) <= budget
    pieces = [p for c in chunks for p in c.paragraphs]
    assert [p.id for p in article.paragraphs] == list(dict.fromkeys(p.id for p in pieces))
    for para in article.paragraphs:
        joined = "".join(p.text for p in pieces if p.id == para.id)
        assert "".join(joined.split()) == "".join(para.text.split())
