"""``brief clean --out``: one output file per input, even when inputs share a stem."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import brief

BODIES = {"a/x.txt": "Alpha council met on Monday.", "b/x.txt": "Bravo council met on Tuesday.",
          "x.md": "Charlie council met on Friday."}


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    for rel, body in BODIES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(body + "\n", encoding="utf-8")
    (root / "r.jsonl").write_text(json.dumps({"id": "../../x", "text": "Delta council met on Sunday."}) + "\n")
    return root


def _written(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): p.read_text().strip() for p in sorted(out.rglob("*.txt"))}


def test_inputs_sharing_a_stem_in_a_folder_keep_their_sub_folders(tmp_path):
    """a/x.txt, b/x.txt and x.md all wrote DIR/x.txt: two of three bodies were silently lost."""
    out = tmp_path / "out"
    r = brief("clean", str(_folder(tmp_path)), "--out", str(out))
    assert r.returncode == 0, r.stderr
    got = _written(out)
    assert got["a/x.txt"] == BODIES["a/x.txt"] and got["b/x.txt"] == BODIES["b/x.txt"]
    assert sorted(got.values()) == sorted([*BODIES.values(), "Delta council met on Sunday."])
    assert all(".." not in name for name in got)


def test_files_named_alike_get_a_suffix_said_on_stderr_and_a_rerun_is_stable(tmp_path):
    root = _folder(tmp_path)
    out = tmp_path / "out"
    args = ("clean", str(root / "a" / "x.txt"), str(root / "b" / "x.txt"), "--out", str(out))
    r = brief(*args)
    assert r.returncode == 0, r.stderr
    assert _written(out) == {"x.txt": BODIES["a/x.txt"], "x-2.txt": BODIES["b/x.txt"]}
    assert "written as x-2.txt" in r.stderr.decode()
    assert brief(*args).returncode == 0 and _written(out) == {"x.txt": BODIES["a/x.txt"],
                                                              "x-2.txt": BODIES["b/x.txt"]}
