"""Properties of cleaning that must hold for any input at all."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from brief.clean import clean, clean_html, clean_markdown, clean_text
from brief.clean.encoding import normalize_text
from brief.clean.lines import to_lines
from brief.inputs import RawDoc

_WORDS = ["Share", "Advertisement", "Comments", "said", "the", "Minister", "on", "Tuesday", "©", "2024",
          "Read more", "Subscribe", "newsletter", "photo", "Getty Images", "“quoted”", "café", "By",
          "Jane", "Doe", "in", "a", "statement.", "Home", "News", "It", "was", "not", "clear.", "U.S.",
          "difference.Russian", "—", "(@user)", "March 3, 2024", "\u00a0", "\t", "…", "!"]
_line = st.lists(st.sampled_from(_WORDS), min_size=0, max_size=40).map(" ".join)
_page = st.lists(st.one_of(_line, st.text(max_size=80)), min_size=0, max_size=40).map("\n".join)
_fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_fast
@given(st.one_of(_page, st.text()))
@example("Share Read more clear.\nA\nShare Read more clear.")  # a body line repeated outside it
def test_text_never_raises_and_is_idempotent(text):
    art = clean_text(text)
    again = clean_text(art.body)
    assert [p.text for p in again.paragraphs] == [p.text for p in art.paragraphs]


@_fast
@given(st.one_of(_page, st.text()))
def test_paragraphs_keep_reading_order(text):
    lines = to_lines(normalize_text(text))
    pos = -1
    for p in clean_text(text).paragraphs:
        pos = lines.index(p.text, pos + 1)  # raises ValueError if missing or out of order


@_fast
@given(st.binary(max_size=2000), st.sampled_from(["text", "html", "markdown", "json"]))
def test_any_bytes_never_raise(data, kind):
    art = clean(RawDoc(name="x", data=data, kind=kind))
    assert all(p.id == f"p{i}" for i, p in enumerate(art.paragraphs, 1))


@settings(max_examples=60, deadline=None)
@given(st.one_of(_page, st.text()))
def test_html_and_markdown_never_raise(text):
    clean_html(text)
    clean_html(f"<html><body><p>{text}</p></body></html>")
    clean_markdown(text)
