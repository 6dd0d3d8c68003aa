"""A newcomer's mistakes get one line on stderr that says what is wrong and what to do instead."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from brief.cli.daily import _PlainProgress
from brief.inputs import META_KEYS, SUFFIX_KIND, TEXT_KEYS
from tests.conftest import EXAMPLES
from tests.test_cli_errors import ENV, STORY, brief, one_line

OTHER = EXAMPLES / "sample-election-dispute.md"


def test_daily_dash_given_article_text_says_it_reads_a_list(tmp_path):
    err = one_line(brief("daily", "-q", "-", "-o", str(tmp_path / "out"), stdin=STORY.read_bytes()), 2)
    assert "one per line" in err and "brief summarize -" in err
    assert not (tmp_path / "out").exists()  # refused before anything was written


def test_daily_dash_with_a_list_still_reads_it(tmp_path):
    listing = f"{STORY}\n{tmp_path / 'missing.txt'}\n".encode()
    r = brief("daily", "-", "-o", str(tmp_path / "out"), stdin=listing)
    assert r.returncode == 0, r.stderr
    assert "1 articles" in r.stderr.decode() and "1 failed" in r.stderr.decode(), r.stderr


def test_progress_line_says_why_an_item_failed(capsys):
    progress = _PlainProgress()
    progress("found", "a.txt")
    progress("failed", "a.txt", "no such file")
    assert capsys.readouterr().err.strip() == "brief: [1/1+] failed    a.txt: no such file"


def test_daily_progress_says_why_an_item_failed(tmp_path):
    r = brief("daily", str(STORY), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"))
    err = r.stderr.decode()
    assert any("failed" in ln and "missing.txt: no such file" in ln for ln in err.splitlines()), err


def test_daily_and_clean_note_the_files_they_skip(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(STORY, inbox)
    (inbox / "notes.docx").write_bytes(b"PK\x03\x04word/")
    (inbox / "data.csv").write_text("a,b\n")
    (inbox / "README").write_text("read me\n")
    r = brief("daily", str(inbox), "-o", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    assert "skipped 3 files brief does not read (.csv, .docx, no extension)" in r.stderr.decode()
    r = brief("clean", str(inbox), "-o", str(tmp_path / "clean"))
    assert r.returncode == 0, r.stderr
    assert "skipped 3 files brief does not read" in r.stderr.decode()
    assert (tmp_path / "clean" / f"{STORY.stem}.txt").exists()


@pytest.mark.parametrize("command", ["daily", "clean"])
def test_help_lists_what_brief_reads(command):
    out = " ".join(brief(command, "--help").stdout.decode().split())  # help text is wrapped
    assert all(re.search(re.escape(suffix) + r"(?!\w)", out) for suffix in SUFFIX_KIND), out
    if command == "daily":  # the record format, every field
        assert all(f"'{key}'" in out for key in ("id", *META_KEYS, *(k for k, _ in TEXT_KEYS))), out


def test_summarize_on_a_folder_names_brief_daily(tmp_path):
    assert "brief daily" in one_line(brief("summarize", "-q", str(tmp_path)), 2)


def test_log_without_a_folder_names_the_out_dir_argument(tmp_path):
    r = subprocess.run([sys.executable, "-m", "brief", "log"], capture_output=True, env=ENV, cwd=tmp_path,
                       timeout=60)
    err = one_line(r, 2)
    assert "brief log OUT_DIR" in err or "brief log out" in err, err


def test_option_aliases_match_across_commands(tmp_path):
    r = brief("clean", str(STORY), "-o", str(tmp_path / "c"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "c" / f"{STORY.stem}.txt").exists()
    r = brief("daily", "-q", str(STORY), "--output", str(tmp_path / "o"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "o" / "daily.json").exists()
    r = brief("log", "--log-db", str(tmp_path / "o" / ".brief" / "runs.db"))
    assert r.returncode == 0 and b"done" in r.stdout, r.stderr


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    out = tmp_path_factory.mktemp("b") / "b.json"
    r = brief("summarize", "-q", "-f", "json", "-o", str(out), str(STORY))
    assert r.returncode == 0, r.stderr
    return out


def test_validate_with_arguments_swapped_hints_at_the_order(briefing):
    err = one_line(brief("validate", str(briefing), str(STORY)), 2)
    assert "ARTICLE BRIEFING" in err and "briefing" in err


def test_validate_against_another_article_is_one_mismatch_line(briefing):
    r = brief("validate", str(OTHER), str(briefing))
    assert r.returncode == 1
    assert r.stdout.decode().count("\n") <= 1
    err = r.stderr.decode()
    assert "not made from" in err and len(err.strip().splitlines()) == 1, err


def test_validate_still_passes_its_own_article(briefing):
    r = brief("validate", str(STORY), str(briefing))
    assert r.returncode == 0, (r.stdout, r.stderr)


def test_validate_given_a_digest_says_so(tmp_path):
    r = brief("daily", "-q", str(STORY), "-o", str(tmp_path / "o"))
    assert r.returncode == 0, r.stderr
    err = one_line(brief("validate", str(STORY), str(tmp_path / "o" / "daily.json")), 2)
    assert "daily digest" in err and "briefings/" in err


def test_no_arguments_prints_the_plain_help():
    r = brief()
    err = r.stderr.decode()
    assert r.returncode in (0, 2)
    text = r.stdout.decode() + err
    assert "Commands:" in text and "brief: Usage" not in text and "see 'brief --help'" not in text
