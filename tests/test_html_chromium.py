"""The digest page in real headless Chromium: it loads cleanly, and hostile article text runs nothing.

Skipped where Chromium is not installed (Debian package ``chromium``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from brief.dailyrun import daily

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

PAYLOAD_JS = "document.title='PWNED';document.body.insertAdjacentHTML('beforeend','<div id=pwned>x</div>')"
SCRIPT = f"<script>{PAYLOAD_JS}</script>"
ONERROR = f'<img src=x onerror="{PAYLOAD_JS}">'
TITLE = "Daily briefing — 2026-11-28"


def chromium(page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    profile = page.parent / "chromium-profile"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
           "--enable-logging=stderr", "--v=0", *extra, page.resolve().as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def console_problems(stderr: str) -> list[str]:
    """Console messages (errors, uncaught exceptions) that Chromium logged for the page."""
    return [line for line in stderr.splitlines()
            if "CONSOLE" in line or "Uncaught" in line or "Refused to" in line]


def hostile_inbox(folder: Path) -> None:
    folder.mkdir()
    (folder / "hostile.txt").write_text(
        f"{SCRIPT} Minister resigns {ONERROR}\n\n"
        f"The minister resigned on Monday, {SCRIPT} the prime minister's office said {ONERROR}.\n\n"
        f"\"I leave with my head high {ONERROR}\", the minister said in a statement to reporters.\n",
        encoding="utf-8")
    record = {"id": "rec", "title": f"Port closes {ONERROR}", "publisher": f"<b>Evil</b> {SCRIPT}",
              "url": "javascript:document.title='PWNED'",
              "text": f"The port of Ardel closed on Tuesday after a storm, {ONERROR} harbour officials said.\n\n"
                      "Ships were told to wait offshore until the storm passes, officials said."}
    (folder / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / f"{ONERROR.replace('/', '')[:40]}.txt").write_text("", encoding="utf-8")  # a failure named by a payload


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("digest")
    hostile_inbox(base / "in")
    daily([str(base / "in")], base / "out", offline=True, date="2026-11-28")
    return base / "out" / "daily.html"


def test_hostile_article_text_executes_nothing(hostile_page: Path) -> None:
    html = hostile_page.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "&lt;script&gt;" in html  # the text is there, as text
    assert "javascript:" not in html  # the hostile link was dropped, not just escaped
    result = chromium(hostile_page, "--dump-dom")
    dom = result.stdout
    assert f"<title>{TITLE}</title>" in dom, result.stderr[-2000:]
    assert 'id="pwned"' not in dom and "PWNED</title>" not in dom
    assert "Minister resigns" in dom
    assert console_problems(result.stderr) == []


def test_detector_catches_a_page_that_does_not_escape(tmp_path: Path) -> None:
    """The check above can fail: the same payloads unescaped do run in this browser."""
    page = tmp_path / "unsafe.html"
    page.write_text(f"<!doctype html><html><head><title>{TITLE}</title></head><body>{SCRIPT}{ONERROR}</body></html>",
                    encoding="utf-8")
    dom = chromium(page, "--dump-dom").stdout
    assert "<title>PWNED</title>" in dom and 'id="pwned"' in dom


def test_page_is_phone_ready_printable_and_self_contained(hostile_page: Path) -> None:
    html = hostile_page.read_text(encoding="utf-8")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@media print" in html and "@media (max-width" in html
    # no external asset: every src/href is a relative briefing file, an anchor, or an http(s) source link
    for url in re.findall(r'(?:src|href)="([^"]*)"', html):
        assert url.startswith(("briefings/", "#", "https://", "http://")), url
    assert not re.search(r'<(?:link|script|img|iframe)\b', html)
    for ref in re.findall(r'href="(briefings/[^"]+)"', html):
        assert (hostile_page.parent / ref).is_file(), ref


def test_screenshot_at_phone_width(hostile_page: Path) -> None:
    shot = hostile_page.parent / "phone.png"
    result = chromium(hostile_page, "--window-size=412,1400", "--hide-scrollbars", f"--screenshot={shot}")
    assert shot.is_file() and shot.stat().st_size > 10_000, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_console_detector_sees_errors(tmp_path: Path) -> None:
    """The console check can fail too: a page that throws is reported."""
    page = tmp_path / "throws.html"
    page.write_text("<!doctype html><title>t</title><script>console.error('boom'); missingFn();</script>",
                    encoding="utf-8")
    problems = console_problems(chromium(page, "--dump-dom").stderr)
    assert any("boom" in p for p in problems) and any("missingFn" in p for p in problems)
