"""An engine is a long-lived object: reused across event loops, closed without leaking sockets."""

from __future__ import annotations

import asyncio
import gc
import warnings

import pytest

import brief
from brief.mock import MockModel
from brief.mock.server import MockServer
from tests.conftest import EXAMPLES

STORY = EXAMPLES / "sample-harbor-strike.txt"


@pytest.fixture
def url():
    with MockServer(MockModel()) as server:
        yield server.url


def test_one_engine_serves_one_asyncio_run_after_another(url):
    """A scheduler keeps one engine and calls asyncio.run per job; the second run used a closed loop's client."""
    engine = brief.make_engine(model="mock-1", base_url=url, api_key="x")
    article = brief.load_article(str(STORY))
    for _ in range(3):
        b = asyncio.run(brief.asummarize_article(article, engine))
        assert b.provenance.engine == "openai"
    digest = brief.daily([str(STORY)], engine=engine)
    assert len(digest.items) == 1 and not digest.failures
    engine.close()


def test_asummarize_and_async_with_leave_no_socket_open(url):
    async def run() -> None:
        await brief.asummarize(str(STORY), model="mock-1", base_url=url, api_key="x")
        async with brief.make_engine(model="mock-1", base_url=url, api_key="x") as engine:
            await brief.asummarize(str(STORY), engine=engine)

    gc.collect()  # earlier tests' garbage is theirs
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", ResourceWarning)
        asyncio.run(run())
        gc.collect()
    leaks = [w for w in seen if issubclass(w.category, ResourceWarning)]
    assert not leaks, [str(w.message) for w in leaks]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_request_cut_off_by_the_article_deadline_is_a_deadline_error_exit_5(mode):
    """The timeout was the deadline's doing: say so (BudgetExceeded, exit 5), not 'request timed out' (exit 4)."""
    with MockServer(MockModel(script=["timeout"], hang_s=5.0)) as server:
        engine = brief.make_engine(model="mock-1", base_url=server.url, api_key="x", deadline_s=0.5)
        article = brief.load_article(str(STORY))
        with pytest.raises(brief.BudgetExceeded, match="per-article deadline") as err:
            if mode == "sync":
                brief.summarize_article(article, engine)
            else:
                asyncio.run(brief.asummarize_article(article, engine))
        assert err.value.exit_code == 5 and "timed out" in str(err.value)
        engine.close()


def test_an_engine_closes_from_any_loop_and_reopens_after_close(url):
    engine = brief.make_engine(model="mock-1", base_url=url, api_key="x")
    article = brief.load_article(str(STORY))
    asyncio.run(brief.asummarize_article(article, engine))
    asyncio.run(engine.aclose())  # a later loop than the client's: no 'Event loop is closed'

    async def twice() -> None:
        async with engine:
            await brief.asummarize_article(article, engine)
        await brief.asummarize_article(article, engine)  # after async with: a fresh client, not a closed one

    asyncio.run(twice())
    with engine:
        brief.summarize_article(article, engine)
    assert brief.summarize_article(article, engine).provenance.engine == "openai"
    engine.close()
