"""JSON and JSONL files that hold no usable article: one failure per file, numbered as a reader counts."""

from __future__ import annotations

import json
from pathlib import Path

from brief.inputs import RECORD_FIELDS, InputFailure, RawDoc, iter_inputs
from tests.test_cli import brief

TEXT = "The council met on Monday and voted 7 to 2 to approve the budget, officials said."


def _failures(path: Path) -> list[InputFailure]:
    return [f for f in iter_inputs([str(path)]) if isinstance(f, InputFailure)]


def test_an_array_of_non_records_is_one_clear_line(tmp_path):
    """`[1,2,3]` gave three errors numbered arr.json:1/2/3, as if the one-line file had three lines."""
    arr = tmp_path / "arr.json"
    arr.write_text("[1,2,3]\n")
    r = brief("clean", str(arr))
    err = r.stderr.decode().strip().splitlines()
    assert r.returncode == 2 and len(err) == 1, err
    assert err[0].startswith(f"brief: {arr}: a JSON array of 3 items, none of them an article record")
    s = brief("summarize", "-q", str(arr))
    assert s.returncode == 2 and "none of them an article record" in s.stderr.decode()


def test_a_pretty_printed_object_saved_as_jsonl_is_read_as_that_object(tmp_path):
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_text(json.dumps({"title": "Budget", "text": TEXT}, indent=2))
    bad.write_text(json.dumps({"title": "Budget", "txt": TEXT}, indent=2))
    (doc,) = iter_inputs([str(good)])
    assert isinstance(doc, RawDoc) and doc.meta["title"] == "Budget"
    assert [(f.name, f.reason) for f in _failures(bad)] == [
        (str(bad), f"record has no article text; a record holds {RECORD_FIELDS}")]


def test_jsonl_with_no_good_line_is_one_failure_naming_its_first_bad_line(tmp_path):
    p = tmp_path / "junk.jsonl"
    p.write_text("5\n\n{oops\n[1]\n")
    (f,) = _failures(p)
    assert f.name == str(p)
    assert f.reason == "3 lines, none of them an article record (line 1: a record must be a JSON object)"


def test_bad_items_beside_good_ones_are_named_by_item_and_line(tmp_path):
    arr, lines = tmp_path / "mix.json", tmp_path / "mix.jsonl"
    arr.write_text(json.dumps([{"text": TEXT}, 5, {"id": "b"}]))
    lines.write_text("\n".join([json.dumps({"text": TEXT}), "", "5", "{oops"]))
    assert [f.name for f in _failures(arr)] == [f"{arr}: item 2", f"{arr}: item 3"]
    assert [f.name for f in _failures(lines)] == [f"{lines}:3", f"{lines}:4"]  # file:line, blank line counted


def test_daily_lists_each_bad_file_once(tmp_path):
    from brief.dailyrun import daily

    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "ok.txt").write_text(TEXT + "\n", encoding="utf-8")
    (inbox / "arr.json").write_text("[1,2,3]")
    (inbox / "pretty.jsonl").write_text(json.dumps({"title": "x", "txt": TEXT}, indent=2))
    digest = daily([str(inbox)], tmp_path / "out", offline=True)
    assert sorted(Path(f.name).name for f in digest.failures) == ["arr.json", "pretty.jsonl"]


def test_clean_and_batch_walk_folders_as_daily_does(tmp_path):
    """iter_inputs used rglob: a linked folder's articles vanished, and daily's output was read back."""
    from brief.inputs import InputFailure, iter_inputs

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.txt").write_text("A linked story about the council vote on Monday.\n")
    inbox = tmp_path / "inbox"
    (inbox / "out" / "briefings").mkdir(parents=True)
    (inbox / "story.txt").write_text("The council voted on Monday to reopen the bridge.\n")
    (inbox / "out" / ".brief").mkdir()
    (inbox / "out" / "daily.md").write_text("# Daily briefing\n")
    (inbox / "link").symlink_to(elsewhere, target_is_directory=True)
    found = list(iter_inputs([str(inbox)]))
    names = sorted(Path(d.path).name for d in found if not isinstance(d, InputFailure))
    assert names == ["linked.txt", "story.txt"]


PRETTY_BAD = '{\n  "title": "Budget",\n  "id": "x",\n  "url": "https://example.com/budget"\n  "text": "%s"\n}\n' % TEXT


def test_a_pretty_printed_json_with_a_syntax_error_names_the_error_and_its_line(tmp_path):
    """Read line by line it said "6 lines, none of them an article record (line 1: not valid JSON
    (Expecting property name…))", while summarize named the missing comma on line 5."""
    bad = tmp_path / "bad.json"
    bad.write_text(PRETTY_BAD)
    want = "not valid JSON (Expecting ',' delimiter, line 5)"
    assert [(f.name, f.reason) for f in _failures(bad)] == [(str(bad), want)]
    r = brief("clean", str(bad))
    assert r.returncode == 2 and r.stderr.decode().strip().splitlines() == [f"brief: {bad}: {want}"]
    s = brief("summarize", "-q", str(bad))
    assert s.returncode == 2 and want in s.stderr.decode()
    arr = tmp_path / "arr.json"
    arr.write_text('[\n  {"text": "%s"}\n  {"text": "%s"}\n]\n' % (TEXT, TEXT))
    assert [f.reason for f in _failures(arr)] == ["not valid JSON (Expecting ',' delimiter, line 3)"]


def test_line_numbers_of_a_bad_json_count_leading_blank_lines(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("\n\n" + PRETTY_BAD)
    assert [f.reason for f in _failures(bad)] == ["not valid JSON (Expecting ',' delimiter, line 7)"]


def test_daily_reports_the_bad_pretty_printed_json_once_with_its_line(tmp_path):
    from brief.dailyrun import daily

    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "ok.txt").write_text(TEXT + "\n", encoding="utf-8")
    (inbox / "bad.json").write_text(PRETTY_BAD)
    digest = daily([str(inbox)], tmp_path / "out", offline=True)
    assert [(Path(f.name).name, f.reason) for f in digest.failures] == [
        ("bad.json", "not valid JSON (Expecting ',' delimiter, line 5)")]


def test_json_lines_saved_as_json_are_still_read_line_by_line(tmp_path):
    """A .json holding one record per line fails as one document; its lines are still the records."""
    p = tmp_path / "feed.json"
    p.write_text("\n".join([json.dumps({"id": "a", "text": TEXT}), "{oops", json.dumps({"id": "b", "text": TEXT})]))
    items = list(iter_inputs([str(p)]))
    assert [d.name for d in items if isinstance(d, RawDoc)] == ["a", "b"]
    assert [f.name for f in items if isinstance(f, InputFailure)] == [f"{p}:2"]
