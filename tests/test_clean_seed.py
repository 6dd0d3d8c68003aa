"""The seed article: exactly its 14 body paragraphs, title and dek in metadata, clutter logged."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.clean import clean
from brief.inputs import read_path

_ROOT = Path(__file__).resolve().parents[1]
_CANDIDATES = [
    _ROOT / "examples" / "independent-putin-iran.txt",
    _ROOT.parent / "shared" / "data" / "articles" / "independent-putin-iran.txt",
]


@pytest.fixture(scope="module")
def seed():
    path = next((p for p in _CANDIDATES if p.exists()), None)
    if path is None:
        pytest.skip("seed article not available")
    return clean(read_path(path)), path.read_text(encoding="utf-8").splitlines()


def test_body_is_exactly_lines_7_to_20(seed):
    art, lines = seed
    expected = [lines[6].split("difference.", 1)[1]] + lines[7:20]
    assert [p.text for p in art.paragraphs] == expected
    assert [p.id for p in art.paragraphs] == [f"p{i}" for i in range(1, 15)]
    assert art.paragraphs[0].text.startswith("Russian president Vladimir Putin has hailed")
    assert art.paragraphs[-1].text.endswith("Tass reported.")


def test_title_and_dek_in_metadata_not_body(seed):
    art, lines = seed
    assert art.source.title == lines[0]
    assert art.source.dek == lines[1]
    assert all(p.text not in (lines[0], lines[1]) for p in art.paragraphs)
    assert art.source.word_count == sum(len(p.text.split()) for p in art.paragraphs)
    assert art.cleaner_version.startswith("clean-")


def _removed_lines(art) -> dict[str, str]:
    return {line: r.reason for r in art.removed for line in r.line.split("\n")}


def test_appeal_and_comment_prompts_logged(seed):
    art, lines = seed
    removed = _removed_lines(art)
    for appeal in lines[2:6] + ["Your support makes all the difference."]:
        assert "donation appeal" in removed[appeal]
    for prompt in lines[20:23]:
        assert prompt == "Comments" or "Join" in prompt
        assert "comments prompt" in removed[prompt]
