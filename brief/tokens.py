"""Token counting that works with no network.

tiktoken downloads its encoding files on first use, which fails on locked-down
machines. The ``bpe-openai`` wheel on PyPI ships the same files (gzipped), so brief
loads them from there and checks them against the SHA-256 that tiktoken itself
expects: tiktoken's own constructor is run with its loader swapped for one that reads
the packaged file and verifies the hash tiktoken passes in.

Order of sources: (1) the packaged file, (2) tiktoken's normal loader (its cache, or
the network), (3) an estimate of ``len(text) / 4`` with a one-time warning.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import threading
import warnings
from functools import lru_cache
import importlib.util
from pathlib import Path
from typing import Any, Protocol

DEFAULT_ENCODING = "o200k_base"
_lock = threading.Lock()


class Encoder(Protocol):
    name: str

    def encode(self, text: str, *, disallowed_special: Any = ...) -> list[int]: ...

    def decode(self, tokens: list[int]) -> str: ...


class EstimateEncoding:
    """Fallback when no encoding file can be had: about four characters per token."""

    name = "estimate"

    def encode(self, text: str, *, disallowed_special: Any = ()) -> list[int]:
        return list(range((len(text) + 3) // 4))

    def decode(self, tokens: list[int]) -> str:  # pragma: no cover - never decoded
        raise NotImplementedError("the estimate encoding cannot decode")


def _packaged_file(name: str) -> Path:
    """The gzipped encoding inside the bpe-openai wheel, found without importing the package
    (its ``__init__`` builds every encoding it knows, which costs over a second)."""
    spec = importlib.util.find_spec("bpe_openai")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the bpe-openai package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / f"{name}.tiktoken.gz"


def _packaged_ranks(name: str, expected_hash: str | None) -> dict[bytes, int]:
    data = gzip.decompress(_packaged_file(name).read_bytes())
    if expected_hash is not None and hashlib.sha256(data).hexdigest() != expected_hash:
        raise ValueError(f"packaged {name} does not match tiktoken's hash")
    return {base64.b64decode(tok): int(rank) for tok, rank in (line.split() for line in data.splitlines() if line)}


def _from_package(name: str) -> Any:
    import tiktoken
    import tiktoken_ext.openai_public as public

    ctor = public.ENCODING_CONSTRUCTORS[name]
    original = public.load_tiktoken_bpe
    seen: list[str | None] = []

    def load(_url: str, expected_hash: str | None = None) -> dict[bytes, int]:
        seen.append(expected_hash)
        return _packaged_ranks(name, expected_hash)

    with _lock:  # the swap is process-wide, so it is done once and under a lock
        public.load_tiktoken_bpe = load
        try:
            params = ctor()
        finally:
            public.load_tiktoken_bpe = original
    if not seen or seen[0] is None:
        raise ValueError("tiktoken gave no hash to check the packaged file against")
    return tiktoken.Encoding(**params)


@lru_cache(maxsize=None)
def get_encoding(name: str = DEFAULT_ENCODING) -> Encoder:
    """The tiktoken encoding ``name``, loaded offline where possible, else an estimate."""
    errors = []
    for loader in (_from_package, _from_tiktoken):
        try:
            return loader(name)
        except Exception as exc:  # any failure moves on to the next source
            errors.append(f"{loader.__name__}: {exc}")
    warnings.warn(f"no tokenizer for {name} ({'; '.join(errors)}); estimating tokens as len/4",
                  RuntimeWarning, stacklevel=2)
    return EstimateEncoding()


def _from_tiktoken(name: str) -> Any:
    import tiktoken

    return tiktoken.get_encoding(name)


def encoding_name_for(model: str | None) -> str:
    """tiktoken's encoding for ``model``; current models default to o200k_base."""
    if not model:
        return DEFAULT_ENCODING
    try:
        from tiktoken.model import encoding_name_for_model

        return encoding_name_for_model(model)
    except (KeyError, ImportError):
        return DEFAULT_ENCODING


def encoding_for(model: str | None = None) -> Encoder:
    return get_encoding(encoding_name_for(model))


def count_tokens(text: str, model: str | None = None) -> int:
    return len(encoding_for(model).encode(text, disallowed_special=()))


def count_message_tokens(messages: list[dict[str, Any]], model: str | None = None) -> int:
    """OpenAI cookbook estimate for chat messages: 3 per message, 3 for the reply priming."""
    enc = encoding_for(model)
    total = 3
    for message in messages:
        total += 3
        for key, value in message.items():
            if isinstance(value, str):
                total += len(enc.encode(value, disallowed_special=()))
            if key == "name":
                total += 1
    return total
