"""The CLI end to end, offline: summarize, validate, and bad input without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import SEED

ENV = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}


def brief(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "brief", *args], input=stdin, capture_output=True,
                          env=env or ENV, timeout=120)


def test_summarize_seed_offline_markdown():
    r = brief("summarize", str(SEED))
    assert r.returncode == 0, r.stderr
    err = r.stderr.decode()
    assert "offline engine" in err and len(err.strip().splitlines()) == 1
    md = r.stdout.decode()
    assert md.startswith("# ") and "Bottom line" in md
    assert "Your support" not in md and "commenting forum" not in md


def test_summarize_json_validates_against_schema_and_article(tmp_path):
    import jsonschema

    out = tmp_path / "b.json"
    assert brief("summarize", str(SEED), "--format", "json", "-o", str(out)).returncode == 0
    data = json.loads(out.read_text())
    schema = json.loads(brief("schema").stdout)
    jsonschema.validate(data, schema)
    assert data["source"]["title"].startswith("Putin hails")
    r = brief("validate", str(SEED), str(out))
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()


def _tamper(data: dict) -> dict:
    data = json.loads(json.dumps(data))
    data["key_facts"].append({"text": "Putin said in 2019 that the summit would fail.", "status": "reported",
                              "attributed_to": None, "evidence": ["p1"]})
    data["key_facts"].append({"text": "The leaders met in Ashgabat.", "status": "reported",
                              "attributed_to": None, "evidence": ["p99"]})
    actor = data["key_actors"][0]
    actor["statements"].append({"text": "We will defeat the West together", "direct_quote": True,
                                "cue_verb": "said", "channel": "direct", "via": None, "evidence": ["p3"]})
    return data


def test_validate_rejects_tampered_briefing_naming_each_problem(tmp_path):
    good = tmp_path / "good.json"
    assert brief("summarize", str(SEED), "-f", "json", "-o", str(good)).returncode == 0
    data = json.loads(good.read_text())
    assert data["key_actors"], "the offline engine found no actors to tamper with"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_tamper(data)))
    r = brief("validate", str(SEED), str(bad))
    assert r.returncode == 1
    report = r.stdout.decode().lower()
    assert "p99" in report                      # unknown evidence id
    assert "2019" in report                     # invented year
    assert "defeat the west" in report          # invented quote
    assert "traceback" not in r.stderr.decode().lower()


def test_summarize_reads_stdin():
    r = brief("summarize", "-", "-f", "json", stdin=SEED.read_bytes())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["source"]["title"].startswith("Putin hails")


def test_clean_out_writes_body_only(tmp_path):
    r = brief("clean", str(SEED), "--out", str(tmp_path))
    assert r.returncode == 0, r.stderr
    body = (tmp_path / "independent-putin-iran.txt").read_text()
    paras = body.strip().split("\n\n")
    assert paras[0].startswith("Russian president Vladimir Putin")
    assert len(paras) == 14 and "Putin hails" not in body


def _one_line_error(r: subprocess.CompletedProcess, code: int) -> str:
    err = r.stderr.decode()
    assert r.returncode == code, (r.returncode, err)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize("make, needle", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "directory"),
    (lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt", "empty"),
    (lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 40) and d / "bin.txt", "binary"),
])
def test_bad_input_one_clear_line(tmp_path, make, needle):
    path = make(tmp_path)
    err = _one_line_error(brief("summarize", str(path)), 2)
    assert needle in err.lower()


def test_huge_file_is_refused_cleanly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (4 * 1024 * 1024))  # 20 MB
    err = _one_line_error(brief("summarize", str(big)), 2)
    assert "mb" in err.lower() or "large" in err.lower()


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_decoded(tmp_path, encoding):
    text = ("Café owners in Lyon said on Monday that the new rules would cost them dearly. "
            "The mayor, Jérôme Dupré, said the city would review the decision next month.\n\n"
            "Business groups said the rules had been rushed through without consultation.\n")
    if encoding == "cp1252":
        text = text.replace("said on Monday", "said “on Monday”")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    r = brief("clean", str(path), "-f", "json")
    assert r.returncode == 0, r.stderr
    body = " ".join(p["text"] for p in json.loads(r.stdout.decode("utf-8"))["paragraphs"])
    assert "Jérôme Dupré" in body and "Café owners" in body
    if encoding == "cp1252":
        assert "“on Monday”" in body
    assert brief("summarize", str(path)).returncode == 0


def test_validate_bad_json_is_one_line(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("{not json")
    _one_line_error(brief("validate", str(SEED), str(bad)), 2)


def test_unknown_option_is_usage_error():
    r = brief("summarize", str(SEED), "--format", "pdf")
    assert r.returncode == 2 and "Traceback" not in r.stderr.decode()


def test_a_page_dated_in_an_unknown_zone_costs_no_warning(tmp_path):
    """Pages date themselves "…T14:05:00PST"; dateutil warns about the zone name, which
    would put a Python warning above brief's one stderr line on every such page."""
    body = "".join(f"<p>The council met on Tuesday and agreed budget line {i} after a long debate about "
                   f"housing, roads and the harbour, officials said.</p>" for i in range(8))
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Council agrees budget</title></head><body><article><h1>Council agrees "
                    f'budget</h1><time itemprop="datePublished" datetime="2016-12-16T14:05:00PST"></time>{body}'
                    "</article></body></html>", encoding="utf-8")
    r = brief("summarize", str(page))
    assert r.returncode == 0, r.stderr
    assert r.stderr.decode().strip().splitlines() == [
        "brief: no API key in $OPENAI_API_KEY; using the offline engine (extractive, no network)"]


def test_clean_json_of_several_inputs_is_one_object_per_line(tmp_path):
    """Pretty-printed objects one after another were neither JSON nor JSONL."""
    from tests.conftest import EXAMPLES

    r = brief("clean", str(EXAMPLES / "sample-records.jsonl"), "-f", "json")
    lines = r.stdout.decode("utf-8").splitlines()
    assert r.returncode == 0 and len(lines) >= 2
    assert all(json.loads(line)["paragraphs"] for line in lines)


def test_summarize_output_format_follows_the_file_extension(tmp_path):
    page = tmp_path / "page.html"
    assert brief("summarize", str(SEED), "-q", "-o", str(page)).returncode == 0
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert 'id="p1"' in page.read_text(encoding="utf-8")  # the article's paragraphs, linked from the evidence
    data = tmp_path / "b.json"
    assert brief("summarize", str(SEED), "-q", "-o", str(data)).returncode == 0
    assert data.read_text(encoding="utf-8").lstrip().startswith("{")
    clash = brief("summarize", str(SEED), "-q", "-f", "md", "-o", str(tmp_path / "x.html"))
    assert clash.returncode == 2 and not (tmp_path / "x.html").exists()
    err = clash.stderr.decode()
    assert "Traceback" not in err and "--format md does not fit" in err
