"""Benchmark of the daily run against the loopback mock server. Prints figures; asserts nothing.

    python bench/daily.py [--articles 200] [--latency 0.2] [--concurrency 16] [--memory-articles 2000]

1. N articles at LATENCY s per request with --concurrency C, against the ideal N/C × LATENCY
   (the digest's overview, written by the model, is one request more, after the briefings; the
   same run without it is timed too);
2. the same run with --concurrency 1, for the speed-up ratio;
3. a rerun from the cache (--repeat times, the median): time as a share of the first run, and
   model calls (mock stats);
   (the first run, with and without the overview, is timed --repeat times, each from an empty
   cache, and the median reported beside each ratio: this shared machine's noise is ±10 %)
4. peak memory (ru_maxrss) of a `brief daily` subprocess over M small articles.

The mock runs in its own process so it does not compete with the run for the GIL, but on the
same cores: its offline analysis of every request (~15 ms) is CPU a remote model would not take
from this machine. So the analysing mock runs at nice --mock-nice (default 10) and gets the CPU
the client leaves instead of taking turns with it (it is timed at the client's priority too),
and the first run is also timed against a mock that answers from memory. The analysing mock
answers in --mock-workers processes (default: one per core), in parallel as a model server
does; answering in its own threads, as it did before, the analyses queue on one GIL and
stretch every latency (that run is timed once too, for comparison).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SYLLABLES = ["ka", "lo", "mer", "vin", "tas", "rel", "dor", "pa", "sun", "bri", "ol", "gen", "tu", "mar",
             "es", "quin", "zo", "hal", "ber", "ni"]
TOPICS = [("port workers", "strike over pay"), ("the central bank", "rate decision"),
          ("flood crews", "rescue operation"), ("the electoral commission", "vote count"),
          ("hospital staff", "vaccine rollout"), ("the army", "border exercise"),
          ("a software maker", "data breach"), ("farmers", "drought relief talks"),
          ("rail operators", "timetable overhaul"), ("city council", "housing plan")]
VERBS = ["said", "told reporters", "confirmed", "claimed", "announced", "warned"]


def invented(i: int, salt: int) -> str:
    """A made-up proper name unique to article ``i``, so no two articles tell one event."""
    rnd = random.Random(i * 7919 + salt)
    return "".join(rnd.choice(SYLLABLES) for _ in range(3)).capitalize() + SYLLABLES[i % len(SYLLABLES)]


def make_article(i: int, words: int = 180) -> str:
    """A distinct plain-text article: its own title, place, people, figures and topic."""
    rnd = random.Random(i)
    who, what = rnd.choice(TOPICS)
    place, person, other = invented(i, 1), f"{invented(i, 2)} {invented(i, 3)}", f"{invented(i, 4)} {invented(i, 5)}"
    n, m = rnd.randint(3, 900), rnd.randint(10, 99)
    title = f"{place} {what}: {who} act after {n} cases"
    paras = [f"{who.capitalize()} in {place} began a {what} on Tuesday, affecting {n} people in "
             f"the {invented(i, 6)} district, officials {rnd.choice(VERBS)}."]
    while sum(len(p.split()) for p in paras) < words:
        paras.append(f"{person} {rnd.choice(VERBS)} that the {what} in {place} would last at least {m} days, "
                     f"while {other} said the figure of {n + len(paras)} could rise as reports came in from "
                     f"{invented(i, 10 + len(paras))} and {invented(i, 50 + len(paras))}.")
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def write_articles(folder: Path, count: int, *, start: int = 0, words: int = 180) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        (folder / f"a{i:05d}.txt").write_text(make_article(i, words), encoding="utf-8")
    return folder


def start_mock(latency: float, *extra: str, nice: int = 0) -> tuple[subprocess.Popen, str]:
    """The mock server in its own process; ``nice`` lowers its priority (its workers inherit it)."""
    prefix = ["nice", "-n", str(nice)] if nice else []
    proc = subprocess.Popen([*prefix, sys.executable, "-m", "brief", "mock-server", "--port", "0", "--latency",
                             str(latency), *extra], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline() if proc.stderr else ""
    found = re.search(r"(http://\S+/v1)", line)
    if not found:
        proc.kill()
        raise SystemExit(f"mock server did not start: {line!r}")
    return proc, found.group(1)


def mock_requests(url: str) -> int:
    """Chat requests the mock has answered (the stats request itself is not one)."""
    with urllib.request.urlopen(url.removesuffix("/v1") + "/_mock/stats") as response:
        return int(json.load(response)["paths"].get("POST /v1/chat/completions", 0))


def _stat(pid: int | str) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def process_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) a process and its live children have used so far (the mock's
    workers); None where /proc is missing."""
    if not Path(f"/proc/{pid}/stat").exists():
        return None
    total = 0
    for entry in Path("/proc").iterdir():
        try:
            fields = _stat(entry.name) if entry.name.isdigit() else None
        except OSError:  # a process that ended while we looked
            continue
        if fields and (entry.name == str(pid) or fields[1] == str(pid)):
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def timed_run(folder: Path, out: Path, url: str, concurrency: int, **kw: object) -> tuple[float, float, int, object]:
    """Wall time, this process's CPU time, chat requests made, and the digest."""
    from brief.dailyrun import adaily

    before = mock_requests(url)
    t0, cpu0 = time.perf_counter(), time.process_time()
    digest = asyncio.run(adaily([str(folder)], out, model="mock-1", base_url=url, api_key="x",
                                concurrency=concurrency, **kw))
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    return elapsed, cpu, mock_requests(url) - before, digest


def orchestration_run(folder: Path, out: Path, latency: float, concurrency: int) -> float:
    """The same run with an engine that only waits: what daily's own scheduling costs."""
    from brief.dailyrun import adaily
    from brief.engines.base import Draft, Engine
    from brief.schema import BriefingContent

    class WaitingEngine(Engine):
        name = "wait"

        def draft(self, article):  # type: ignore[no-untyped-def]
            raise NotImplementedError

        async def adraft(self, article):  # type: ignore[no-untyped-def]
            await asyncio.sleep(latency)
            first = article.paragraphs[0].text
            return Draft(BriefingContent(headline=first[:100], bottom_line=first, why_it_matters="",
                                         key_facts=[], key_actors=[], stakes=[], sourcing_caveats=[],
                                         timeline=[], whats_next=[], open_questions=[]), engine=self.name)

    import brief.pipeline

    chunking = brief.pipeline._needs_chunking
    brief.pipeline._needs_chunking = lambda *a, **k: False  # measure the scheduling, not the prompt sizing
    try:
        t0 = time.perf_counter()
        asyncio.run(adaily([str(folder)], out, engine=WaitingEngine(), concurrency=concurrency))
        return time.perf_counter() - t0
    finally:
        brief.pipeline._needs_chunking = chunking


def memory_run(folder: Path, out: Path, url: str, concurrency: int) -> tuple[float, float]:
    env = {**os.environ, "OPENAI_API_KEY": "x", "OPENAI_BASE_URL": url}
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "brief", "daily", str(folder), "-o", str(out), "-q",
                    "--model", "mock-1", "--concurrency", str(concurrency)], cwd=ROOT, env=env, check=True)
    elapsed = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # Linux: kilobytes
    return elapsed, peak_kb / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--memory-articles", type=int, default=2000)
    ap.add_argument("--mock-workers", type=int, default=os.cpu_count() or 1,
                    help="Processes the analysing mock answers in (default: one per core)")
    ap.add_argument("--mock-nice", type=int, default=10,
                    help="Niceness of the analysing mock (default 10): a remote model's work takes no CPU from "
                         "the client, so here it only gets what the client leaves; 0 shares the cores evenly")
    ap.add_argument("--skip-serial", action="store_true", help="Skip the --concurrency 1 run (N × latency s).")
    ap.add_argument("--repeat", type=int, default=3,
                    help="First runs to time, with and without the overview (the median is reported; default 3)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="brief-bench-") as tmp:
        base = Path(tmp)
        # The memory run goes first so the peak is that of its own process, a fresh child.
        small = write_articles(base / "small", args.memory_articles, start=100_000, words=60)
        fast, fast_url = start_mock(0.0)
        try:
            mem_s, peak_mb = memory_run(small, base / "out-mem", fast_url, args.concurrency)
        finally:
            fast.kill()
            fast.wait()

        articles = write_articles(base / "in", args.articles)
        warm = write_articles(base / "warm", 1, start=999_999)
        mock, url = start_mock(args.latency, "--workers", str(args.mock_workers), nice=args.mock_nice)
        try:
            timed_run(warm, base / "out-warm", url, 1)  # imports, tokenizer, first connection
            ideal = args.articles / args.concurrency * args.latency
            firsts, plains = [], []
            for r in range(args.repeat):  # each a first run: its own output folder, so its own empty cache
                mock_cpu0 = process_cpu(mock.pid)
                first, first_cpu, calls, digest = timed_run(articles, base / f"out{r}", url, args.concurrency)
                mock_cpu1 = process_cpu(mock.pid)
                firsts.append(first)
                # the overview is one more request, after the last briefing: a round trip the ideal leaves out
                plain, _, plain_calls, _ = timed_run(articles, base / f"out-plain{r}", url, args.concurrency,
                                                     overview=False)
                plains.append(plain)
            reruns, rerun_calls = [], 0
            for _ in range(args.repeat):  # a rerun is a few tenths of a second: one slow disk flush swings it
                took, _, calls_made, _ = timed_run(articles, base / "out0", url, args.concurrency)
                reruns.append(took)
                rerun_calls += calls_made
            rerun = statistics.median(reruns)
            first, plain = statistics.median(firsts), statistics.median(plains)
            waiting = orchestration_run(articles, base / "out-wait", args.latency, args.concurrency)
            serial = None
            if not args.skip_serial:
                serial, _, _, _ = timed_run(articles, base / "out-serial", url, 1)
        finally:
            mock.kill()
            mock.wait()

        # The same run against a mock that answers from memory: the model's work then costs this
        # 2-core machine nothing, as a remote model's would. A priming pass fills the memory;
        # brief's own cache is off in both, so every article is a real request through the SDK.
        memo, memo_url = start_mock(args.latency, "--memo")
        try:
            timed_run(articles, base / "out-prime", memo_url, args.concurrency, cache=False)
            remote, remote_cpu, remote_calls, _ = timed_run(articles, base / "out-remote", memo_url,
                                                            args.concurrency, cache=False)
        finally:
            memo.kill()
            memo.wait()

        threaded, threaded_url = start_mock(args.latency, "--workers", "0")
        try:
            timed_run(warm, base / "out-warm-threaded", threaded_url, 1)
            one_gil, _, _, _ = timed_run(articles, base / "out-threaded", threaded_url, args.concurrency)
        finally:
            threaded.kill()
            threaded.wait()

        even = None
        if args.mock_nice:  # the analysing mock again, at the client's own priority
            peer, peer_url = start_mock(args.latency, "--workers", str(args.mock_workers))
            try:
                timed_run(warm, base / "out-warm-even", peer_url, 1)
                even = [timed_run(articles, base / f"out-even{r}", peer_url, args.concurrency)[0]
                        for r in range(args.repeat)]
            finally:
                peer.kill()
                peer.wait()

    stats = digest.stats  # type: ignore[attr-defined]
    print(f"articles: {args.articles}  latency: {args.latency:.2f} s  concurrency: {args.concurrency}")
    each = "  ".join(f"{t / ideal:.2f}" for t in firsts)
    print(f"  first run:   {first:6.2f} s   ideal {ideal:.2f} s   ratio to ideal {first / ideal:.2f} (target ≤ 1.25;"
          f" median of {len(firsts)}: {each})   model calls {calls}   briefed {stats.articles}   failed {stats.failed}")
    each = "  ".join(f"{t / ideal:.2f}" for t in plains)
    print(f"  the same without the overview request (--extractive-overview): {plain:.2f} s   ratio to ideal "
          f"{plain / ideal:.2f} (median of {len(plains)}: {each})   model calls {plain_calls}")
    print(f"  client CPU in the last first run: {first_cpu:.2f} s = {1000 * first_cpu / args.articles:.0f} ms/article"
          f" (the floor on wall time when it exceeds the ideal)")
    if mock_cpu0 is not None and mock_cpu1 is not None:
        mock_cpu = mock_cpu1 - mock_cpu0
        print(f"  mock server CPU ({args.mock_workers} workers) in the last first run: {mock_cpu:.2f} s = "
              f"{1000 * mock_cpu / max(1, calls):.0f} ms/request"
              f" (same cores; client + mock CPU {first_cpu + mock_cpu:.2f} s against 2 cores × the ideal)")
    if even:
        each = "  ".join(f"{t / ideal:.2f}" for t in even)
        print(f"  the analysing mock at the client's priority (nice 0, sharing the cores evenly): "
              f"{statistics.median(even):.2f} s   ratio to ideal {statistics.median(even) / ideal:.2f} (median of "
              f"{len(even)}: {each})")
    print(f"  mock answering in its own threads (one GIL), one run: {one_gil:.2f} s   ratio to ideal {one_gil / ideal:.2f}")
    print(f"  model answers cost this machine nothing (mock from memory, as a remote model): {remote:.2f} s"
          f"   ratio to ideal {remote / ideal:.2f}   model calls {remote_calls}   client CPU {remote_cpu:.2f} s")
    print(f"  orchestration only (engine that just waits {args.latency:.2f} s, no model CPU): {waiting:.2f} s"
          f"   ratio to ideal {waiting / ideal:.2f}")
    if serial is not None:
        print(f"  concurrency 1: {serial:6.2f} s   speed-up with {args.concurrency}: {serial / first:.1f}×")
    each = "  ".join(f"{100 * t / first:.1f}" for t in reruns)
    print(f"  cached rerun: {rerun:6.2f} s   = {100 * rerun / first:.1f}% of the first run (target ≤ 10%; median of "
          f"{len(reruns)}: {each})   model calls {rerun_calls} in all (target 0)")
    print(f"memory: {args.memory_articles} small articles, mock at 0 s latency, `brief daily` subprocess: "
          f"{mem_s:.1f} s, peak RSS {peak_mb:.0f} MB (target < 400 MB)")


if __name__ == "__main__":
    main()
