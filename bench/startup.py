"""How fast does `brief --help` answer? Target: under 0.3 s (heavy imports are lazy).

    python bench/startup.py [--runs 10]

Prints the median wall time of `brief --help` next to a bare `python -c pass` in the same
run, and the modules that `--help` imported that it should not (openai, trafilatura, tiktoken).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

HEAVY = ("openai", "trafilatura", "tiktoken", "httpx2", "pydantic", "lxml")


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    runs = ap.parse_args().runs
    base = timed([sys.executable, "-c", "pass"], runs)
    help_ = timed([sys.executable, "-m", "brief", "--help"], runs)
    probe = ("import sys; from brief.cli import cli; from click.testing import CliRunner; "
             "CliRunner().invoke(cli, ['--help']); "
             f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
    print(f"python -c pass   median {base * 1000:7.1f} ms")
    print(f"brief --help     median {help_ * 1000:7.1f} ms   ({help_ / base:.1f}x bare python)")
    print(f"heavy modules imported by --help: {loaded or 'none'}")
    print("target: < 300 ms ->", "PASS" if help_ < 0.3 and not loaded else "FAIL")


if __name__ == "__main__":
    main()
