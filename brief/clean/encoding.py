"""Bytes to text: the right codec, mojibake repaired, Unicode in one normal form.

UTF-8 is tried first because it is almost always right and a strict decode cannot
succeed by accident. charset-normalizer guesses poorly on short Western text (it
reads a cp1252 "café" as cp1250 or UTF-16), so for the 8-bit fallback we prefer
cp1252, which is what English pages that are not UTF-8 use in practice, and let
charset-normalizer decide only for long inputs where its statistics are sound.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from brief.errors import InputError

# C0 controls other than tab/newline/CR, and the C1 block: never in real prose.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Sequences that UTF-8 read as cp1252/latin-1 produces ("Ã©", "â€™", "Â ").
_MOJIBAKE = re.compile(r"[ÃÂ][\x80-\xbf\u00a0-\u00bf]|â€|â„¢|Ã[\u0152\u0161\u0178\u017d\u2018-\u203a]")
_WESTERN = {"cp1252", "cp1250", "cp1254", "cp1257", "latin_1", "iso8859_15", "iso8859_2",
            "iso8859_9", "mac_roman", "cp850", "cp437"}


def _looks_binary(text: str) -> bool:
    """Too many control characters for any human text."""
    if not text:
        return False
    sample = text[:20000]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 200)


def _guess_8bit(data: bytes) -> str:
    try:
        as1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        as1252 = None
    if len(data) >= 2048:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding not in _WESTERN and not best.encoding.startswith("utf_"):
            return str(best)
    if as1252 is not None and not _CONTROL.search(as1252):
        return as1252
    return data.decode("latin-1")


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


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a stray byte or two (a copy-paste accident) read as UTF-8, the strays as U+FFFD;
    read as an 8-bit code page, every multibyte character around them would turn to garbage."""
    text = data.decode("utf-8-sig", errors="replace")
    strays = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - strays
    return text if multibyte > strays and strays <= max(2, len(text) // 500) else None


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
