"""Bytes to text: the right codec, mojibake repaired, Unicode in one normal form.

UTF-8 is tried first because it is almost always right and a strict decode cannot
succeed by accident. For 8-bit text cp1252 is the prior (what Western pages that are
not UTF-8 use), and charset-normalizer is asked only when the cp1252 reading is
implausible. Its statistics alone misjudge mostly-ASCII text: it read a latin-1
"Jürgen Müller" as cp775 "J³rgen M³ller". So every reading is scored by how plausible
its letters are (``implausibility``), and another reading wins only when it is clearly better
than cp1252's: typography such as "plan—which" is not implausible, so ordinary cp1252 text
never gives a DOS code page ("planówhich JŁrgen") a vote.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from brief.errors import InputError

# C0 controls other than tab/newline/CR, and the C1 block: never in real prose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Sequences that UTF-8 read as cp1252/latin-1 produces ("Ã©", "â€™", "Â ").
_MOJIBAKE = re.compile(r"[ÃÂ][\x80-\xbf\u00a0-\u00bf]|â€|â„¢|Ã[\u0152\u0161\u0178\u017d\u2018-\u203a]")
_TOKEN = re.compile(r"\S*[^\x00-\x7f]\S*")  # a word holding at least one non-ASCII character
_IN_WORD = "’'ʼ‘‐‑-·\u00ad"  # apostrophes, hyphens, the Catalan middle dot: fine between letters
# Typography a writer puts between letters ("plan—which", "Müller’s", "yes…no", "Brand™X", a no-break
# space): never a sign of a wrong code page. Left out on purpose, since they are what cp1250 and
# latin-2 letters look like read as cp1252: ¡ ¥ ¯ £ ¿ ¹ ² ³ ¼ ¾ (Ą Ż Ł ż ą ł Ľ ľ: "mo¿e", "ve¾mi").
_TYPOGRAPHY = frozenset(
    "‒–—―‘’‚‛“”„‟‹›«»…•‣․‧⁃†‡‰‱′″§¶©®™°€¢¤¦±×÷¬½⅓⅔⅛\u00a0\u2009\u200a\u202f\u2007\u2002\u2003"
) | frozenset(_IN_WORD)
_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "THAI", "ARMENIAN", "GEORGIAN"})
_SAMPLE = 100_000  # characters scored per reading: enough to judge, bounded on a 10 MB file
_STRAYS = re.compile(r"[\udc80-\udcff]+")  # bytes that were not UTF-8, kept by surrogateescape


def _looks_binary(text: str) -> bool:
    """Too many control characters for any human text."""
    if not text:
        return False
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 200)


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    return unicodedata.name(ch, "").partition(" ")[0]


def implausibility(text: str) -> int:
    """How many places in ``text`` no writer would produce, which a wrong code page does:
    a symbol between letters ("J³rgen"), a word mixing alphabets ("Mьller"), and Latin
    letters that are mostly accented ("Ïðèâåò", Russian read as cp1252)."""
    sample = text[:_SAMPLE]
    bad = accented = 0
    for tok in _TOKEN.findall(sample):
        scripts = set()
        for i, ch in enumerate(tok):
            if ch.isalpha():
                script = _script(ch)
                scripts.add(script)
                accented += ch > "\x7f" and script == "LATIN"
            elif (ch > "\x7f" and ch not in _TYPOGRAPHY and unicodedata.category(ch)[0] != "M"
                  and 0 < i < len(tok) - 1 and tok[i - 1].isalpha() and tok[i + 1].isalpha()):
                bad += 1
        bad += len(scripts & _SCRIPTS) > 1
    if accented >= 6 and accented > sum(c.isascii() and c.isalpha() for c in sample):
        bad += accented
    return bad


def _clearly_better(other: int, prior: int) -> bool:
    """Whether a reading scoring ``other`` beats the cp1252 prior scoring ``prior``: strictly and
    substantially less implausible (at most half, and two places fewer), not a near tie."""
    return other * 2 <= prior and prior - other >= 2


def _guess_8bit(data: bytes) -> str:
    """The most plausible reading of 8-bit text; cp1252 unless another is clearly better."""
    try:
        as1252: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        as1252 = None
    if as1252 is not None and _CONTROL.search(as1252):
        as1252 = None
    prior = implausibility(as1252) if as1252 is not None else 0
    if as1252 is not None and prior < 2:
        return as1252  # nothing could be clearly better
    from charset_normalizer import from_bytes

    readings = [str(m) for m in from_bytes(data) if not m.encoding.startswith("utf_")]
    readings.append(data.decode("latin-1"))
    # min keeps the first of equals; a reading with control characters is a last resort
    controlled, score, best = min(((bool(_CONTROL.search(r)), implausibility(r), r) for r in readings),
                                  key=lambda t: t[:2])
    if as1252 is None or (not controlled and _clearly_better(score, prior)):
        return best
    return as1252


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode bytes to normalised text, or raise InputError for binary content."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _mostly_utf8(data) or _guess_8bit(data)
    if _looks_binary(text):
        raise InputError(f"{name}: looks like a binary file (control characters), not text")
    return normalize_text(text)


def _stray(match: re.Match) -> str:
    """A stray byte run as the cp1252 letters it plainly is ("Ren\\xe9 said" -> "René"): all letters,
    touching a letter. Anything else is U+FFFD, which the cleaner logs as lost text."""
    raw = bytes(ord(c) - 0xDC00 for c in match.group())
    text, start, end = match.string, match.start(), match.end()
    try:
        letters = raw.decode("cp1252")
    except UnicodeDecodeError:
        letters = ""
    touching = (start and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())
    if letters and letters.isalpha() and touching and not set(letters) & {"Ã", "Â"}:
        return letters  # Ã and Â are the first bytes of a cut UTF-8 character, not letters
    return "\ufffd" * len(raw)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a stray byte or two (a copy-paste accident) read as UTF-8, the strays as cp1252
    letters where that is plain, else U+FFFD; read as an 8-bit code page, every multibyte character
    around them would turn to garbage."""
    text = data.decode("utf-8-sig", errors="surrogateescape")
    strays = sum(len(m) for m in _STRAYS.findall(text))
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - strays
    if multibyte > strays and strays <= max(2, len(text) // 500):
        return _STRAYS.sub(_stray, text)
    return None


def fix_mojibake(text: str) -> str:
    """Repair UTF-8-read-as-cp1252 garbage, only when its fingerprints are present."""
    if not ("Ã" in text or "Â" in text or "â€" in text) or not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def normalize_text(text: str) -> str:
    """Mojibake repaired, NFC, line ends unified, stray controls dropped; quotes kept as written."""
    text = fix_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text.replace("\x0c", "\n"))
    return text
