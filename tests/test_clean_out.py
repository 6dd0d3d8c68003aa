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


def test_out_never_overwrites_the_input_itself(tmp_path):
    """`brief clean story.txt --out .` replaced the story with its cleaned body, title lost, exit 0."""
    from tests.conftest import EXAMPLES

    story = tmp_path / "story.txt"
    original = (EXAMPLES / "sample-harbor-strike.txt").read_bytes()
    story.write_bytes(original)
    r = brief("clean", str(story), "--out", str(tmp_path))
    err = r.stderr.decode().strip().splitlines()
    assert r.returncode == 2 and len(err) == 1 and "is the input itself" in err[0], err
    assert story.read_bytes() == original
    link = tmp_path / "other" / "story.txt"  # another name of the same file is the same input
    link.parent.mkdir()
    link.symlink_to(story)
    assert brief("clean", str(story), "--out", str(link.parent)).returncode == 2
    assert story.read_bytes() == original


def test_an_earlier_output_never_overwrites_a_later_input(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.md").write_text("Alpha council met on Monday.\n")
    (tmp_path / "b" / "story.txt").write_text("Bravo council met on Tuesday.\n")
    r = brief("clean", str(tmp_path / "a" / "story.md"), str(tmp_path / "b" / "story.txt"),
              "--out", str(tmp_path / "b"))
    assert r.returncode == 2 and "is an input" in r.stderr.decode()
    assert (tmp_path / "b" / "story.txt").read_text() == "Bravo council met on Tuesday.\n"
    folder = tmp_path / "inbox"  # --out the input folder itself: each clash refused, the rest written
    folder.mkdir()
    (folder / "x.md").write_text("Charlie council met on Friday.\n")
    (folder / "y.txt").write_text("Delta council met on Sunday.\n")
    r = brief("clean", str(folder), "--out", str(folder))
    assert r.returncode == 2 and (folder / "y.txt").read_text() == "Delta council met on Sunday.\n"
    assert (folder / "x.txt").read_text() == "Charlie council met on Friday.\n"


def test_an_out_folder_inside_the_input_folder_is_not_read_back(tmp_path):
    """`brief clean inbox --out inbox/clean` read its own output on the next run: inbox/clean/clean/a.txt."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Alpha council met on Monday.\n")
    for _ in range(2):
        r = brief("clean", str(inbox), "--out", str(inbox / "clean"))
        assert r.returncode == 0 and not r.stderr.strip(), r.stderr
    assert _written(inbox / "clean") == {"a.txt": "Alpha council met on Monday."}
    only = tmp_path / "only"  # a folder holding nothing but the output: one clear failure
    (only / "clean").mkdir(parents=True)
    (only / "clean" / "a.txt").write_text("Alpha.\n")
    r = brief("clean", str(only), "--out", str(only / "clean"))
    assert r.returncode == 2 and "besides this run's output folder" in r.stderr.decode()


def test_paths_listed_on_stdin_are_protected_too(tmp_path):
    (tmp_path / "a.md").write_text("Alpha council met on Monday.\n")
    (tmp_path / "a.txt").write_text("Bravo council met on Tuesday.\n")
    listing = f"{tmp_path / 'a.md'}\n{tmp_path / 'a.txt'}\n".encode()
    r = brief("clean", "-", "--out", str(tmp_path), stdin=listing)
    assert r.returncode == 2 and "is an input" in r.stderr.decode()
    assert (tmp_path / "a.txt").read_text() == "Bravo council met on Tuesday.\n"
