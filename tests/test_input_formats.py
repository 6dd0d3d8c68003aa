"""Files brief does not read are named as what they are, with a hint, and never lost silently."""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter

import pytest

from brief.errors import InputError
from brief.folders import walk_folder
from brief.inputs import InputFailure, iter_inputs, read_path, record_to_doc, text_to_doc


def _docx(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")


@pytest.mark.parametrize("name, make, what", [
    ("story.docx", _docx, "Word"),
    ("story.pdf", lambda p: p.write_bytes(b"%PDF-1.4\n\x00\x01binary stream\x00"), "PDF"),
    ("story.pdf", lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"), "PDF"),
    ("story.rtf", lambda p: p.write_text("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello world.}"), "RTF"),
    ("story.doc", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64), "Word"),
])
def test_unsupported_formats_are_named_with_a_hint(tmp_path, name, make, what):
    path = tmp_path / name
    make(path)
    with pytest.raises(InputError) as err:
        read_path(path)
    msg = str(err.value)
    assert what in msg and "not supported" in msg and "text or HTML" in msg, msg
    failure, = iter_inputs([str(path)])  # the same word in a batch
    assert isinstance(failure, InputFailure) and what in failure.reason


def test_unknown_binary_says_what_brief_reads(tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(InputError) as err:
        read_path(path)
    assert "binary" in str(err.value) and ".txt" in str(err.value) and ".html" in str(err.value)


@pytest.mark.parametrize("text", [
    "{Update} The mayor resigned on Monday after a long dispute with the council.\n\nShe said so.",
    "{\n  not json at all, but an article\n}\n",
])
def test_text_starting_with_a_brace_is_text_when_not_json(text):
    doc = text_to_doc(text, "stdin")
    assert doc.kind == "text" and doc.data == text


def test_json_file_that_is_not_json_still_errors_with_its_line(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"text": "x",\n "title" "y"}\n')
    with pytest.raises(InputError) as err:
        read_path(path)
    assert "not valid JSON" in str(err.value) and "line 2" in str(err.value)


def test_record_without_text_names_every_accepted_field():
    with pytest.raises(InputError) as err:
        record_to_doc({"title": "t", "content": "words"}, "r")
    msg = str(err.value)
    for field in ("text", "html", "markdown", "body", "title", "url", "published", "publisher", "byline", "dek", "id"):
        assert f"'{field}'" in msg or f"{field}" in msg.split("optional", 1)[-1], (field, msg)
    assert "'body'" in msg and "'markdown'" in msg


@pytest.mark.parametrize("name, make", [
    ("many", lambda p: p.write_text(json.dumps({"text": "a"}) + "\n" + json.dumps({"text": "b"}) + "\n")),
    ("many.json", lambda p: p.write_text(json.dumps([{"text": "a"}, {"text": "b"}]))),
])
def test_several_records_point_to_brief_daily(tmp_path, name, make):
    path = tmp_path / name  # "many": no suffix, sniffed as JSON
    make(path)
    with pytest.raises(InputError) as err:
        read_path(path)
    assert "brief daily" in str(err.value) and "batch command" not in str(err.value)


def test_a_folder_given_as_one_article_points_to_brief_daily(tmp_path):
    with pytest.raises(InputError) as err:
        read_path(tmp_path)
    assert "brief daily" in str(err.value)


def test_folder_walk_counts_the_files_it_skips(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.docx").write_bytes(b"PK")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.pdf").write_bytes(b"%PDF")
    (tmp_path / "sub" / "d.DOCX").write_bytes(b"PK")
    (tmp_path / "README").write_text("read me")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")  # hidden: not the user's document
    skipped: Counter = Counter()
    found = list(walk_folder(tmp_path, skipped=skipped))
    assert found == [tmp_path / "a.txt"]
    assert skipped == Counter({".docx": 2, ".pdf": 1, "no extension": 1})


def test_folder_of_only_unread_files_says_what_it_holds(tmp_path):
    (tmp_path / "b.docx").write_bytes(b"PK")
    (tmp_path / "c.csv").write_text("a,b")
    failure, = iter_inputs([str(tmp_path)])
    assert isinstance(failure, InputFailure)
    assert ".docx" in failure.reason and ".csv" in failure.reason and ".txt" in failure.reason
