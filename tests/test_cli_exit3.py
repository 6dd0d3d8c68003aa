"""Exit 3 means what the docs say: an unusable model answer (no --strict needed), or --strict."""

from __future__ import annotations

from pathlib import Path

from brief.mock import serve
from tests.test_cli import ENV, brief

README = Path(__file__).resolve().parents[1] / "README.md"


def test_an_unusable_answer_exits_3_and_the_docs_say_so(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Council votes\n\nThe council of Tarsk voted on Monday to reopen the bridge, "
                       "the clerk said.\n", encoding="utf-8")
    with serve(script=["badjson"] * 3) as server:
        result = brief("summarize", str(article), "--model", "mock-1", "--base-url", server.url, "-f", "json",
                       env={**ENV, "OPENAI_API_KEY": "x"})
    assert result.returncode == 3, result.stderr
    helptext = brief("--help").stdout.decode()
    assert "3 validation failed (unusable model answer, or --strict)" in " ".join(helptext.split())
    assert "no usable model answer after its re-asks, with or without `--strict`" in " ".join(
        README.read_text(encoding="utf-8").split())
