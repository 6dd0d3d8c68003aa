"""The library takes what callers naturally pass, and refuses the rest with brief's own errors."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import brief
from tests.conftest import EXAMPLES


def test_daily_takes_one_folder_as_a_string_or_path_and_lists_of_paths(tmp_path):
    one = brief.daily(str(EXAMPLES), offline=True)
    assert len(one.items) >= 5 and not one.failures
    assert len(brief.daily(Path(EXAMPLES), offline=True).items) == len(one.items)
    story = sorted(Path(EXAMPLES).glob("*.txt"))[0]
    listed = brief.daily([story, str(story.with_name("missing.txt"))], offline=True)
    assert len(listed.items) == 1 and [f.stage for f in listed.failures] == ["input"]
    assert "missing.txt" in listed.failures[0].name
    with pytest.raises(brief.ConfigError, match="inputs must be"):
        brief.daily(42, offline=True)  # type: ignore[arg-type]


def test_daily_inside_a_running_loop_says_to_await_adaily():
    async def call() -> None:
        with pytest.raises(brief.ConfigError, match="adaily"):
            brief.daily([str(EXAMPLES)], offline=True)

    asyncio.run(call())


def test_strict_fails_on_errors_only_not_on_a_shortened_headline():
    """A too-long headline is shortened with a warning; --strict must not turn that into a failure."""
    from brief.engines.offline import OfflineEngine

    class LongHeadline(OfflineEngine):
        def draft(self, article):
            d = super().draft(article)
            d.content.headline = (d.content.headline + " — " + d.content.bottom_line)[:176]
            d.grounded = False
            return d

    article = brief.load_article(str(EXAMPLES / "sample-harbor-strike.txt"))
    b = brief.summarize_article(article, LongHeadline(), strict=True)
    assert len(b.headline) <= 110 and any("shortened headline" in w for w in b.warnings)


def test_odd_arguments_raise_brief_errors_not_bare_python_ones():
    with pytest.raises(brief.InputError, match="int"):
        brief.summarize(42)  # type: ignore[arg-type]
    with pytest.raises(brief.InputError, match="NoneType"):
        brief.summarize(None)  # type: ignore[arg-type]
    with pytest.raises(brief.ConfigError, match="not a URL"):
        brief.make_engine(model="m", base_url="http://[::1/v1")
    with pytest.raises(brief.ConfigError, match="http"):
        brief.make_engine(model="m", base_url="localhost:11434")
    with pytest.raises(brief.ConfigError, match="HTTP header"):
        brief.make_engine(model="m", api_key="klé")


def test_bytes_are_read_like_a_file():
    raw = (EXAMPLES / "sample-harbor-strike.txt").read_bytes()
    assert brief.summarize(raw).headline == brief.summarize(EXAMPLES / "sample-harbor-strike.txt").headline
    assert brief.summarize(raw.decode().encode("utf-16")).headline == brief.summarize(raw).headline
    # bytes are content: b"README.md" is the text "README.md", not the file of that name
    assert [p.text for p in brief.load_article(b"README.md").paragraphs] == ["README.md"]


def test_every_export_is_visible_to_type_checkers():
    """mypy --strict callers saw no exports: __all__ was computed and the imports lacked 'as X'."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(brief))
    listed = next(n.value for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "__all__")
    assert isinstance(listed, ast.List)  # a literal list, not an expression a checker cannot read
    guarded = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    reexported = {a.name for imp in guarded.body for a in imp.names if a.asname == a.name}
    assert set(ast.literal_eval(listed)) == reexported == set(brief._EXPORTS)


def test_a_string_of_html_or_a_json_record_is_read_as_the_cli_reads_it():
    """The library sniffed only <html>/<body>: an HTML fragment or a JSON record was briefed as raw text."""
    html = ("<p>The mayor of Springfield said on Monday that the old bridge will close for repairs in May.</p>\n"
            "<p>Officials disagreed about the cost, which one engineer put at $2 million.</p>")
    b = brief.summarize(html)
    assert "<p>" not in b.headline and "<p>" not in b.bottom_line
    record = '{"title": "Bridge to close for repairs", "text": "' + html.replace("<p>", "").replace(
        "</p>\n", "\\n\\n").replace("</p>", "") + '"}'
    article = brief.load_article(record)
    assert article.source.title == "Bridge to close for repairs" and not article.paragraphs[0].text.startswith("{")


def test_an_empty_article_is_an_input_error_whatever_the_engine():
    with pytest.raises(brief.InputError, match="no article text"):
        brief.summarize(brief.Article())
    with pytest.raises(brief.InputError, match="no article text"):
        asyncio.run(brief.asummarize(brief.Article()))


def test_an_invented_bottom_line_is_replaced_by_the_articles_own_lead():
    """ground() cannot drop a bottom line, so an invented one was published with a mere warning."""
    from brief.engines.offline import OfflineEngine

    class Inventive(OfflineEngine):
        def draft(self, article):
            d = super().draft(article)
            d.content.bottom_line = 'Vladimir Putin said "we will sink the fleet" as 99 ships sank.'
            d.grounded = False
            return d

    article = brief.load_article(str(EXAMPLES / "sample-harbor-strike.txt"))
    honest = brief.summarize_article(article, OfflineEngine())
    b = brief.summarize_article(article, Inventive())
    assert b.bottom_line == honest.bottom_line
    assert any(w.startswith("replaced bottom_line with the article's own lead") for w in b.warnings)
    assert not any(w.startswith("could not ground bottom_line") for w in b.warnings)
    with pytest.raises(brief.ValidationFailed):
        brief.summarize_article(article, Inventive(), strict=True)
