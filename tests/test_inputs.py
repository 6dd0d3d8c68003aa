"""Reading inputs: every bad input gives one clear InputError; good ones decode right."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from brief.errors import InputError
from brief.inputs import InputFailure, RawDoc, iter_inputs, read_path


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_directory(tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_empty_file(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match="empty"):
        read_path(p)


def test_binary_file_with_nul(tmp_path):
    p = tmp_path / "img.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary"):
        read_path(p)


def test_binary_garbage_without_nul(tmp_path):
    p = tmp_path / "garbage.txt"
    p.write_bytes(bytes(range(1, 32)) * 200)
    with pytest.raises(InputError, match="binary"):
        read_path(p)


def test_cp1252_file_decoded(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("Le café “quoted” – naïve déjà vu.".encode("cp1252"))
    doc = read_path(p)
    assert "café" in doc.data
    assert "“quoted”" in doc.data and "–" in doc.data


def test_latin1_file_decoded(tmp_path):
    p = tmp_path / "l1.txt"
    p.write_bytes("Ångström façade, São Paulo, 25°C".encode("latin-1"))
    assert read_path(p).data == "Ångström façade, São Paulo, 25°C"


def test_utf8_bom_stripped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffcafé".encode("utf-8"))
    assert read_path(p).data == "café"


def test_mojibake_repaired(tmp_path):
    p = tmp_path / "moji.txt"
    p.write_text("The cafÃ© said â€œhelloâ€\x9d to everyone.", encoding="utf-8")
    assert read_path(p).data == "The café said “hello” to everyone."


def test_text_is_nfc(tmp_path):
    p = tmp_path / "nfd.txt"
    p.write_text("cafe\u0301", encoding="utf-8")
    assert read_path(p).data == "caf\u00e9"


def test_oversize_file_is_clear_error(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.truncate(20 * 1024 * 1024)  # sparse: no 20 MB written to disk
    with pytest.raises(InputError, match="over the 10 MB limit"):
        read_path(p)


def test_size_cap_configurable(tmp_path):
    p = tmp_path / "small.txt"
    p.write_text("x" * 2000)
    with pytest.raises(InputError, match="limit"):
        read_path(p, max_bytes=1000)


def test_kind_by_extension_and_sniff(tmp_path):
    (tmp_path / "a.html").write_text("<p>Hi</p>")
    (tmp_path / "a.md").write_text("# T\n\nBody.")
    (tmp_path / "noext").write_text("<!doctype html><html><body><p>x</p></body></html>")
    assert read_path(tmp_path / "a.html").kind == "html"
    assert read_path(tmp_path / "a.md").kind == "markdown"
    assert read_path(tmp_path / "noext").kind == "html"
    assert read_path(tmp_path / "a.md").name == "a"


def test_json_record(tmp_path):
    p = tmp_path / "rec.json"
    p.write_text(json.dumps({"id": "r1", "html": "<p>Body</p>", "title": "T", "url": "https://x.org/a"}))
    doc = read_path(p)
    assert (doc.name, doc.kind, doc.meta["title"], doc.meta["url"]) == ("r1", "html", "T", "https://x.org/a")


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("café text".encode("cp1252"))))
    doc = read_path("-")
    assert doc.name == "stdin" and doc.data == "café text"


def test_iter_inputs_folder_jsonl_and_failures(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("First article text.")
    (tmp_path / "two.html").write_text("<p>Second</p>")
    (tmp_path / "skip.png").write_bytes(b"\x00\x01")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "batch.jsonl").write_text(
        json.dumps({"id": "a", "text": "Alpha body.", "publisher": "P"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "title": "no body"}) + "\n"
        + json.dumps({"html": "<p>Gamma</p>"}) + "\n")
    items = list(iter_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    docs = [i for i in items if isinstance(i, RawDoc)]
    fails = [i for i in items if isinstance(i, InputFailure)]
    assert sorted(d.name for d in docs) == ["a", "batch:4", "one", "two"]
    assert next(d for d in docs if d.name == "a").meta == {"publisher": "P"}
    reasons = " | ".join(f.reason for f in fails)
    assert len(fails) == 4, reasons  # bad JSON line, record without body, empty file, missing path
    assert "not valid JSON" in reasons and "no article text" in reasons and "empty" in reasons


def test_iter_inputs_paths_from_stdin(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Alpha.")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{tmp_path / 'a.txt'}\n\n{tmp_path / 'b.txt'}\n"))
    items = list(iter_inputs(["-"]))
    assert isinstance(items[0], RawDoc) and isinstance(items[1], InputFailure)


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl"])
def test_json_nested_too_deeply_is_an_input_failure_not_a_crash(tmp_path, name):
    """The json module raises RecursionError, not JSONDecodeError, past its nesting limit: that
    once escaped as an internal error and sank the whole batch."""
    (tmp_path / name).write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("The council met on Monday.\n\nIt approved the budget, officials said.\n",
                                     encoding="utf-8")
    found = list(iter_inputs([str(tmp_path)]))
    failures = [f for f in found if isinstance(f, InputFailure)]
    assert [f.reason for f in failures] == ["not valid JSON (nested too deeply)"]
    assert sum(isinstance(d, RawDoc) for d in found) == 1


def test_a_file_name_that_is_not_utf8_is_shown_not_kept_as_surrogates(tmp_path):
    import os

    odd = tmp_path / os.fsdecode(b"caf\xe9.txt")
    try:
        odd.write_text("The council met on Monday.\n", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses a file name that is not UTF-8")
    (doc,) = iter_inputs([str(tmp_path)])
    json.dumps([doc.name, doc.path], ensure_ascii=False).encode("utf-8")  # surrogates would raise here
    assert "caf\ufffd" in doc.path


def test_utf8_with_one_stray_byte_stays_utf8(tmp_path):
    """Read as cp1252, a stray byte turned every curly quote's bytes into control characters, and
    the whole article was refused as binary; the stray is now U+FFFD and the rest kept."""
    p = tmp_path / "a.txt"
    p.write_bytes("Mayor Zoë said the café “will reopen” soon.".encode() + b"\xff\n\nThe council agreed.\n")
    text = read_path(p).data
    assert "Zoë" in text and "“will reopen”" in text and "\ufffd" in text


def test_a_broken_link_or_a_pipe_named_like_an_article_is_a_failure_not_silence(tmp_path):
    import os

    (tmp_path / "ok.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.md")
    found = list(iter_inputs([str(tmp_path)]))
    reasons = {Path(f.name).name: f.reason for f in found if isinstance(f, InputFailure)}
    assert reasons == {"gone.txt": "a link to nothing", "pipe.md": "not a regular file"}
    assert sum(isinstance(d, RawDoc) for d in found) == 1
