"""Where the output goes: never silently lost, never over the article, never over a device node."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.test_cli_errors import ENV, STORY, brief, one_line


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("schema",), ("summarize", "-q", str(STORY)), ("clean", str(STORY))])
def test_a_full_disk_on_stdout_is_an_error_not_exit_0(args):
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "brief", *args], stdout=full, stderr=subprocess.PIPE, env=ENV,
                           timeout=60)
    assert "cannot write the output" in one_line(r, 2)


def test_a_closed_stdout_is_an_error_not_a_silent_success():
    r = subprocess.run([sys.executable, "-m", "brief", "summarize", "-q", str(STORY)], stderr=subprocess.PIPE,
                       preexec_fn=lambda: os.close(1), env=ENV, timeout=60)
    assert "stdout is closed" in one_line(r, 2)


def test_summarize_refuses_to_write_over_its_own_article(tmp_path):
    article = tmp_path / "story.txt"
    article.write_bytes(Path(STORY).read_bytes())
    before = article.read_bytes()
    err = one_line(brief("summarize", "-q", str(article), "-o", str(article)), 2)
    assert "is the article itself" in err and article.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs fifos")
def test_output_to_a_fifo_or_link_writes_through_it_and_keeps_the_node(tmp_path):
    """-o /dev/stdout, a fifo or a symlink: renaming a temp file over it replaced the node itself."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    r = brief("summarize", "-q", str(STORY), "-o", str(fifo))
    reader.join(30)
    assert r.returncode == 0 and got and got[0].startswith(b"# ")
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a fifo, not a regular file
    target, link = tmp_path / "target.md", tmp_path / "link.md"
    target.write_text("old")
    link.symlink_to(target)
    assert brief("summarize", "-q", str(STORY), "-o", str(link)).returncode == 0
    assert link.is_symlink() and target.read_text().startswith("# ")
