"""Reading articles from files, folders, JSONL records and stdin.

One bad input must never sink a batch: ``iter_inputs`` turns each failure into an
``InputFailure`` the caller can report, while ``read_path`` (one file) raises
``InputError`` with a single clear message.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal

from brief.clean.encoding import decode_bytes
from brief.errors import InputError

Kind = Literal["text", "html", "markdown", "json"]
MAX_BYTES = 10 * 1024 * 1024
SUFFIX_KIND: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "json",
}
META_KEYS = ("title", "url", "published", "publisher", "byline", "dek")
#: A record's article text, in the order tried; the first non-empty one is read.
TEXT_KEYS: tuple[tuple[str, Kind], ...] = (("html", "html"), ("text", "text"), ("markdown", "markdown"),
                                           ("body", "text"))
READS = ", ".join(SUFFIX_KIND)  # ".txt, .text, .md, ..." for messages and --help
RECORD_FIELDS = (f"one of {', '.join(repr(k) for k, _ in TEXT_KEYS)} (the article, a non-empty string); "
                 f"optional {', '.join(repr(k) for k in ('id', *META_KEYS))}")
#: Formats people save articles in that brief cannot read, by their first bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"), (b"{\\rtf", "an RTF document"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word (.doc) document"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)


@dataclass
class RawDoc:
    """One article as read, before cleaning."""

    name: str
    data: bytes | str
    kind: Kind = "text"
    meta: dict = field(default_factory=dict)
    path: str | None = None

    def __post_init__(self) -> None:
        # The bytes are read: from here on a name and a path are only shown and stored, and a file
        # name that is not UTF-8 (kept as surrogates) would break JSON, SQLite and the terminal.
        self.name = printable(self.name)
        self.path = printable(self.path) if self.path is not None else None


def loads(text: str) -> Any:
    """``json.loads``; nesting too deep for it (a RecursionError) is invalid JSON like any other."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


def _try_loads(text: str) -> Any:
    """``loads``, or None when the text is not JSON."""
    try:
        return loads(text)
    except json.JSONDecodeError:
        return None


def printable(name: str) -> str:
    """``name`` with any undecodable file-name bytes shown as U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@dataclass
class InputFailure:
    """An input that could not be read, kept so a batch can report it."""

    name: str
    reason: str

    def __post_init__(self) -> None:
        self.name, self.reason = printable(self.name), printable(self.reason)


def sniff_kind(text: str) -> Kind:
    """Guess the kind of stdin or extension-less input from its first bytes."""
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<p>" in head):
        return "html"
    if head.startswith("{"):
        return "json"
    return "text"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; `brief summarize` reads one article "
                         f"(brief a folder with `brief daily {path} -o OUT_DIR`)")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path}: file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    try:
        with path.open("rb") as fh:  # bounded: devices and pipes report size 0 yet never end
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: over the {max_bytes / 1e6:.0f} MB limit")
    return data


def unsupported_format(head: bytes) -> str | None:
    """What a document brief cannot read is ("a PDF", "a Word (.docx) document"), from its first
    bytes; None for anything else. A text-only PDF or an RTF decodes fine and would be briefed as
    markup, so this runs before decoding, not only when decoding fails."""
    head = head[:65536].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head.startswith(b"PK\x03\x04"):  # a ZIP: office documents are ZIPs of XML
        if b"word/" in head:
            return "a Word (.docx) document"
        if b"opendocument.text" in head:
            return "an OpenDocument (.odt) text"
        return "a ZIP archive (a .docx, .odt or .epub?)"
    return None


def _unsupported(where: str, what: str) -> InputError:
    return InputError(f"{where}: {what}, which is not supported: save the article as text or HTML "
                      f"(brief reads {READS})")


def _read_stdin(max_bytes: int) -> bytes:
    if sys.stdin is None:  # started with stdin closed (`<&-`)
        raise InputError("stdin: closed, no text to read")
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"stdin: input over the {max_bytes / 1e6:.0f} MB limit")
    return data


def record_to_doc(rec: object, name: str, path: str | None = None) -> RawDoc:
    """One JSON record (``text`` or ``html`` plus optional metadata) as a RawDoc."""
    if not isinstance(rec, dict):
        raise InputError(f"{name}: a record must be a JSON object")
    meta = {k: rec[k] for k in META_KEYS if isinstance(rec.get(k), str) and rec[k].strip()}
    rid = rec.get("id")
    name = str(rid) if rid not in (None, "") else name
    for key, kind in TEXT_KEYS:
        value = rec.get(key)
        if isinstance(value, str) and value.strip():
            return RawDoc(name=name, data=value, kind=kind, meta=meta, path=path)
    raise InputError(f"{name}: record has no article text; a record holds {RECORD_FIELDS}")


def read_path(path: str | Path, max_bytes: int = MAX_BYTES) -> RawDoc:
    """Read one file (or "-" for stdin) as a RawDoc; raise InputError if it holds no text."""
    if str(path) == "-":
        data, name, p, suffix = _read_stdin(max_bytes), "stdin", None, ""
    else:
        pp = Path(path)
        data, name, p, suffix = _read_bytes(pp, max_bytes), pp.stem, str(pp), pp.suffix.lower()
    what = unsupported_format(data)
    if what:
        raise _unsupported(p or name, what)
    try:
        text = decode_bytes(data, name=p or name)
    except InputError as exc:  # binary: say what brief does read
        raise InputError(f"{exc.message}; brief reads text, Markdown, HTML or JSON ({READS})") from None
    return text_to_doc(text, name, p, SUFFIX_KIND.get(suffix))


def text_to_doc(text: str, name: str = "text", p: str | None = None, kind: Kind | None = None) -> RawDoc:
    """A document from text already decoded (a file's, stdin's, or a library caller's string):
    HTML, a JSON record or plain text, by ``kind`` or else by sniffing its first bytes."""
    if not text.strip():
        raise InputError(f"{p or name}: empty input, no text to read")
    what = unsupported_format(text.lstrip()[:16].encode("utf-8", "replace"))
    if what:
        raise _unsupported(p or name, what)
    sniffed = kind is None
    kind = kind or sniff_kind(text)
    if kind == "json":
        several = (f"brief each record with `brief daily {p} -o OUT_DIR`"
                   if p and Path(p).suffix.lower() in (".json", ".jsonl") else
                   "save them as a .jsonl file and brief each record with `brief daily FILE.jsonl -o OUT_DIR`")
        try:
            rec = loads(text)
        except json.JSONDecodeError as exc:
            lines = [ln for ln in text.splitlines() if ln.strip()]
            if len(lines) > 1 and isinstance(_try_loads(lines[0]), dict):
                raise InputError(f"{p or name}: holds several JSON records; {several}") from None
            if sniffed:  # text that merely opens with "{" ("{Update} The mayor..."): an article
                return RawDoc(name=name, data=text, kind="text", path=p)
            raise InputError(f"{p or name}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        if isinstance(rec, list):
            if not any(isinstance(r, dict) for r in rec):
                raise InputError(f"{p or name}: a JSON array of {len(rec)} items, none of them an article record")
            raise InputError(f"{p or name}: holds {len(rec)} JSON records; {several}")
        try:
            return record_to_doc(rec, name, p)
        except InputError as exc:  # named by the file the user gave, not its stem
            raise InputError(f"{p or name}: {_reason(exc, name)}") from None
    return RawDoc(name=name, data=text, kind=kind, path=p)


def _reason(exc: InputError, name: str) -> str:
    """The message without its leading "name: ", which the failure already carries."""
    prefix = f"{name}: "
    return exc.message[len(prefix):] if exc.message.startswith(prefix) else exc.message


def _entries(text: str, suffix: str) -> tuple[str, list[tuple[int | None, object, str | None]]]:
    """The file's records as ``(unit, [(number, value, error)])``, numbered as a reader counts them:
    "item" in a JSON array (a lone object has no number), "line" in JSON Lines. A .jsonl none of
    whose lines is JSON is read whole: a pretty-printed object is one record, not an error per line."""
    stripped = text.strip()
    whole: json.JSONDecodeError | None = None  # why a .json document that looks like one is not JSON
    if suffix == ".json":  # one document (object or array), possibly pretty-printed
        try:
            return _numbered(loads(text))  # the text, not stripped: line numbers as the file counts
        except json.JSONDecodeError as exc:
            if stripped.startswith("["):
                return "item", [(None, None, _invalid(exc))]
            if stripped.startswith("{"):
                whole = exc
    entries: list[tuple[int | None, object, str | None]] = []
    for i, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                entries.append((i, loads(line), None))
            except json.JSONDecodeError as exc:
                entries.append((i, None, f"not valid JSON ({exc.msg})"))
    if whole is not None and not any(isinstance(value, dict) for _, value, _ in entries):
        # a pretty-printed object with a syntax error, not JSON Lines: its lines one by one say
        # only "line 1: Expecting property name", far from the missing comma on line 5
        return "item", [(None, None, _invalid(whole))]
    if len(entries) > 1 and all(error for _, _, error in entries):
        try:
            return _numbered(loads(stripped))
        except json.JSONDecodeError:
            pass
    return "line", entries


def _invalid(exc: json.JSONDecodeError) -> str:
    """A whole document's parse error, with the line it is on (too-deep nesting has none)."""
    if exc.msg == "nested too deeply":
        return f"not valid JSON ({exc.msg})"
    return f"not valid JSON ({exc.msg}, line {exc.lineno})"


def _numbered(whole: object) -> tuple[str, list[tuple[int | None, object, str | None]]]:
    if isinstance(whole, list):
        return "item", [(i, v, None) for i, v in enumerate(whole, 1)]
    return "item", [(None, whole, None)]


def _iter_jsonl(path: Path, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    """Each record of a .json or .jsonl file. A file with no usable record at all is ONE failure
    (a batch reports a bad file once, not once per item); bad records beside good ones are named
    by their line or item number."""
    try:
        text = decode_bytes(_read_bytes(path, max_bytes), name=str(path))
    except InputError as exc:
        yield InputFailure(str(path), _reason(exc, str(path)))
        return
    unit, entries = _entries(text, path.suffix.lower())
    if not entries:
        yield InputFailure(str(path), "holds no records")
        return

    def where(num: int | None) -> str:  # "file:7" is line 7, so an array's items say "item"
        return "" if num is None else f": item {num}" if unit == "item" else f":{num}"

    held: list[tuple[int | None, str]] = []  # failures kept until a good record shows the file is not all bad
    good = False
    for num, value, error in entries:
        name = f"{path.stem}:{num}" if num is not None else path.stem
        if error is None:
            try:
                doc = record_to_doc(value, name, str(path))
            except InputError as exc:
                error = _reason(exc, name)
        if error is None:
            yield from (InputFailure(f"{path}{where(n)}", why) for n, why in held)
            held, good = [], True
            yield doc
        elif good:
            yield InputFailure(f"{path}{where(num)}", error)
        else:
            held.append((num, error))
    if len(held) == 1:
        yield InputFailure(f"{path}{where(held[0][0])}", held[0][1])
    elif held:
        n, (num, why) = len(entries), held[0]
        what = f"a JSON array of {n} items" if unit == "item" else f"{n} lines"
        yield InputFailure(str(path), f"{what}, none of them an article record ({unit} {num}: {why})")


def _iter_file(path: Path, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    if path.suffix.lower() in (".jsonl", ".json"):
        yield from _iter_jsonl(path, max_bytes)
        return
    try:
        yield read_path(path, max_bytes)
    except InputError as exc:
        yield InputFailure(str(path), _reason(exc, str(path)))


def iter_inputs(paths: Iterable[str], max_bytes: int = MAX_BYTES, *, out: Path | None = None,
                skip: Path | None = None, skipped: Counter[str] | None = None) -> Iterator[RawDoc | InputFailure]:
    """Every article in files, folders (recursive, see ``folders.walk_folder``; ``out`` is the
    run's output folder, never read back) and JSONL; "-" reads a list of paths from stdin.
    ``skip`` is a folder the run writes into (``brief clean --out``): a folder walk leaves it out
    whole, so a rerun does not read its own output back (inbox/clean/clean/x.txt). Files in the
    folders that brief does not read are counted by extension in ``skipped``."""
    from .folders import walk_folder
    for raw in paths:
        if raw == "-":
            from .dailyinputs import stdin_list

            try:
                listed = stdin_list()
            except InputError as exc:  # closed, or article text where a list belongs
                yield InputFailure("stdin", _reason(exc, "stdin"))
                continue
            if not listed:
                yield InputFailure("stdin", "no paths listed")
            yield from iter_inputs([p for p in listed if p != "-"], max_bytes, out=out, skip=skip, skipped=skipped)
            continue
        path = Path(raw)
        if path.is_dir():
            for found in walk_folder(path, out, skip, skipped):
                if isinstance(found, InputFailure):
                    yield found
                else:
                    yield from _iter_file(found, max_bytes)
        elif not path.exists():
            yield InputFailure(str(path), "no such file")
        else:
            yield from _iter_file(path, max_bytes)


def input_files(paths: Iterable[str], *, out: Path | None = None, skip: Path | None = None) -> Iterator[Path]:
    """The files ``iter_inputs`` would read from ``paths`` (no "-"), without reading them: what a
    run that writes files must never overwrite."""
    from .folders import walk_folder

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from (found for found in walk_folder(path, out, skip) if isinstance(found, Path))
        elif raw != "-" and path.exists():
            yield path
