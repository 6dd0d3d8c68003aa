"""What a daily run reads and where a run that briefs nothing writes: it never wipes an
earlier digest, never re-reads its own output, and never drops a folder without a word."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from brief.folders import is_output_folder, walk_folder
from brief.dailyrun import daily
from brief.inputs import InputFailure

from .test_daily import STORIES, inbox, read_digest  # noqa: F401  (fixture)


def run_cli(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str]:
    from brief.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["daily", *args, "-q", "--offline"])
    return exit_info.value.code or 0, capsys.readouterr().err


def test_a_run_that_briefs_nothing_keeps_the_earlier_digest(inbox: Path, tmp_path: Path,  # noqa: F811
                                                            capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    assert run_cli(capsys, str(inbox), "-o", str(out))[0] == 0
    before = {name: (out / name).read_text() for name in ("daily.json", "daily.md", "daily.html")}
    code, err = run_cli(capsys, str(tmp_path / "typo-folder"), "-o", str(out))
    assert code == 2
    assert f"see {out / 'daily-failed.md'}" in err and f"earlier digest {out / 'daily.md'} was kept" in err
    assert {name: (out / name).read_text() for name in before} == before
    report = read_digest(out).model_validate_json((out / "daily-failed.json").read_text())
    assert [(f.stage, f.reason) for f in report.failures] == [("input", "no such file")]
    assert "no such file" in (out / "daily-failed.md").read_text()
    assert run_cli(capsys, str(inbox), "-o", str(out))[0] == 0  # a good run clears the stale report
    assert not (out / "daily-failed.json").exists() and not (out / "daily-failed.md").exists()


def test_empty_stdin_keeps_the_earlier_digest(inbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture,  # noqa: F811
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    daily([str(inbox)], out, offline=True)
    before = (out / "daily.json").read_text()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, err = run_cli(capsys, "-", "-o", str(out))
    assert code == 2 and "nothing listed on stdin" in err and "was kept" in err
    assert (out / "daily.json").read_text() == before and read_digest(out).stats.articles == 3


def test_without_an_earlier_digest_a_failed_run_writes_the_digest_as_before(tmp_path: Path) -> None:
    digest = daily([str(tmp_path / "missing.txt")], tmp_path / "out", offline=True)
    assert read_digest(tmp_path / "out").failures == digest.failures
    assert not (tmp_path / "out" / "daily-failed.json").exists()


def test_an_output_folder_inside_the_input_folder_is_not_read_back(inbox: Path) -> None:  # noqa: F811
    first = daily([str(inbox)], inbox / "out", offline=True, pages=True)
    again = daily([str(inbox)], inbox / "out", offline=True, pages=True)
    assert again.stats.inputs == 3 and again.failures == [] and len(again.items) == len(first.items)


def test_a_brief_output_folder_is_skipped_whatever_out_is(inbox: Path, tmp_path: Path) -> None:  # noqa: F811
    daily([str(inbox)], inbox / "old", offline=True)
    daily([str(inbox)], inbox / "stateless", offline=True, cache=False, log=False)  # only daily.json marks it
    digest = daily([str(inbox)], tmp_path / "elsewhere", offline=True)
    assert digest.stats.inputs == 3 and digest.failures == []


def test_the_input_folder_as_the_output_folder_reads_only_the_articles(inbox: Path) -> None:  # noqa: F811
    daily([str(inbox)], inbox, offline=True)
    again = daily([str(inbox)], inbox, offline=True)
    assert again.stats.inputs == 3 and again.failures == [] and again.stats.cache_hits == 3


def test_a_file_named_in_an_output_folder_is_still_read(inbox: Path, tmp_path: Path) -> None:  # noqa: F811
    daily([str(inbox)], inbox / "out", offline=True)
    digest = daily([str(inbox / "out" / "daily.md")], tmp_path / "other", offline=True)
    assert digest.stats.inputs == 1 and digest.stats.articles == 1


def test_a_records_file_named_daily_json_is_an_article_not_a_marker(tmp_path: Path) -> None:
    (tmp_path / "daily.json").write_text('[{"title": "Mill cuts jobs", "text": "%s"}]' % ("Words. " * 3))
    assert not is_output_folder(tmp_path, None)
    assert list(walk_folder(tmp_path)) == [tmp_path / "daily.json"]


def test_an_unreadable_subfolder_is_a_recorded_failure(inbox: Path, tmp_path: Path,  # noqa: F811
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    locked = inbox / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(STORIES["mill.txt"])
    real = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    digest = daily([str(inbox)], tmp_path / "out", offline=True)
    assert digest.stats.articles == 3
    assert [(f.name, f.stage, f.reason) for f in digest.failures] == [
        (str(locked), "input", "cannot read the folder (Permission denied)")]


def test_an_unreadable_input_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def scandir(path: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", scandir)
    assert [f.reason for f in walk_folder(tmp_path)] == ["cannot read the folder (Permission denied)"]


def test_a_linked_folder_is_followed_once_and_a_link_back_up_does_not_loop(inbox: Path,  # noqa: F811
                                                                          tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "extra.txt").write_text(STORIES["vote.txt"].replace("Tarsk", "Orvik"))
    (inbox / "ext").symlink_to(elsewhere, target_is_directory=True)
    (inbox / "ext2").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "back").symlink_to(inbox, target_is_directory=True)
    (inbox / "self").symlink_to(inbox / "self")  # a link to itself: no folder, no article name
    digest = daily([str(inbox)], tmp_path / "out", offline=True)
    assert digest.stats.articles == 4 and digest.failures == [] and digest.stats.inputs == 4
    found = list(walk_folder(inbox))
    assert [p.relative_to(inbox).as_posix() for p in found if not isinstance(p, InputFailure)] == [
        "bridge.txt", "ext/extra.txt", "mill.txt", "vote.txt"]
