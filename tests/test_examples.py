"""The documented library tour keeps running."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import EXAMPLES, ROOT


def test_library_usage_example_runs_offline():
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    r = subprocess.run([sys.executable, str(EXAMPLES / "library_usage.py")], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "mock engine: mock" in r.stdout and "async: Putin hails" in r.stdout
    assert "Vladimir Putin" in r.stdout.split("actors:", 1)[1]
