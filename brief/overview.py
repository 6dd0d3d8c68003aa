"""The digest's overview paragraph, written by the model and held to the items it sums up.

With the offline engine the overview stays extractive (``digest.overview``). With a model,
one more structured request asks for a short paragraph over the day's leading items. Every
sentence must cite item ids in brackets, and every number, year, quote and name in it must
be found in the items: the re-ask loop (``retry.Reask``) sends the errors back, and if the
last answer still fails, the extractive overview stands and a warning says why.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .digest import Digest, DigestItem
from .errors import BriefError
from .schema import Attempt

MAX_ITEMS = 8  # the paragraph leads the page; the sections below carry the rest
MAX_CHARS = 2000  # ~200 words asked for, plus a 16-character id per citation

_CITE = re.compile(r"\[([0-9a-f]{6,64}(?:\s*,\s*[0-9a-f]{6,64})*)\]")
# A sentence ends at . ! or ? (and its citations) before a capital or the end: not in "1.2 million",
# "U.S. officials" or "Dr. Hale".
_END = re.compile(r"[.!?][”\"’']?(?:\s*\[[^\]]*\])*(?=\s+[A-Z“\"‘(]|\s*$)")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Ft|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Hon|Jr|Sr|No|Inc|"
                     r"Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)|\b[A-Z]|\.[A-Z]|\b[a-z]\.[a-z])$")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_QUOTED = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'\-]+")


class OverviewContent(BaseModel):
    """What the model writes: one paragraph (strict-mode schema)."""

    model_config = ConfigDict(extra="forbid")
    overview: str = Field(description="3 to 5 sentences, each ending with the ids of its items in brackets.")


def leading_items(digest: Digest) -> list[DigestItem]:
    items = [i for s in digest.sections for i in s.items]
    return sorted(items, key=lambda i: (-i.score, i.id))[:MAX_ITEMS]


def _item_text(item: DigestItem) -> str:
    return " ".join([item.headline, item.line, item.why_it_matters or "", *(f.text for f in item.key_facts),
                     *item.actors, *(s.publisher or "" for s in item.sources)])


def _safe(text: str) -> str:
    return re.sub(r"<\s*/?\s*items\b", "[items]", text, flags=re.IGNORECASE)


def messages(items: list[DigestItem], prompts: Any) -> list[dict[str, str]]:
    shown = [i.model_copy(update={"headline": _safe(i.headline), "line": _safe(i.line),
                                  "key_facts": [f.model_copy(update={"text": _safe(f.text)}) for f in i.key_facts]})
             for i in items]
    user = prompts.render("overview.j2", items=shown, sentences="3 to 5" if len(items) > 2 else "2 or 3",
                          words=40 * min(5, max(2, len(items))), example_id=items[0].id)
    return [{"role": "system", "content": prompts.system()}, {"role": "user", "content": user}]


def sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in _END.finditer(text):
        if not _ABBREV.search(text, max(0, m.start() - 5), m.start()):
            out.append(text[start:m.end()].strip())
            start = m.end()
    tail = text[start:].strip()
    return [s for s in [*out, tail] if s]


def refs(text: str) -> list[str]:
    """Item ids an overview cites, in order of first citation."""
    found = [i.strip() for group in _CITE.findall(text) for i in group.split(",")]
    return list(dict.fromkeys(found))


def check(content: OverviewContent, items: list[DigestItem]) -> list[str]:
    """Why this overview cannot stand (empty when it can)."""
    text = content.overview.strip()
    by_id = {i.id: i for i in items}
    everything = " ".join(_item_text(i) for i in items)
    lowered = everything.lower()
    if not text:
        return ["overview: it is empty (write 2 to 5 sentences)"]
    errors = [f"overview: it is {len(text)} characters long (keep it under {MAX_CHARS})"] if len(text) > MAX_CHARS else []
    for n, sentence in enumerate(sentences(text), 1):
        cited = [i.strip() for group in _CITE.findall(sentence) for i in group.split(",")]
        unknown = [i for i in cited if i not in by_id]
        if not cited:
            errors.append(f"overview sentence {n}: it cites no item (end it with the item ids in brackets)")
        if unknown:
            errors.append(f"overview sentence {n}: unknown item id(s) {', '.join(unknown)}")
        body = _CITE.sub("", sentence)
        source = " ".join(_item_text(by_id[i]) for i in cited if i in by_id) or everything
        for num in _NUMBER.findall(body):
            if num not in source:
                errors.append(f"overview sentence {n}: the number {num} is not in the items it cites")
        for quote in _QUOTED.findall(body):
            if quote not in source:
                errors.append(f"overview sentence {n}: the quote \"{quote[:60]}\" is not in the items it cites")
        for name in _NAME.findall(body.strip()):  # case aside: "said: Prices will rise" is no invented name
            if name.lower() not in lowered:
                errors.append(f"overview sentence {n}: the name {name} is in no item")
    return errors


def cache_key(engine: Any, items: list[DigestItem]) -> str:
    """Same items, same prompt, same model settings: the same paragraph, so a rerun asks nothing."""
    shown = [[i.id, i.headline, i.line, i.section, i.corroboration, [f.text for f in i.key_facts[:3]]] for i in items]
    blob = json.dumps([engine.fingerprint(), engine.prompts.version_of("overview.j2"), shown], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def with_overview(digest: Digest, text: str, by: str) -> Digest:
    return digest.model_copy(update={"overview": text, "overview_refs": refs(text), "overview_by": by})


def _fallback(digest: Digest, why: str, attempts: list[Attempt]) -> tuple[Digest, list[Attempt]]:
    warning = f"overview: the model's paragraph was not used ({why}); the extractive overview stands"
    return digest.model_copy(update={"warnings": [*digest.warnings, warning]}), attempts


async def amodel_overview(engine: Any, digest: Digest) -> tuple[Digest, list[Attempt]]:
    """The digest with its overview written by ``engine`` (an OpenAI-compatible engine), when it holds up."""
    items = leading_items(digest)
    if not items:
        return digest, []
    validator = lambda value: check(value, items)  # noqa: E731
    try:
        value, attempts = await engine.aask(messages(items, engine.prompts), OverviewContent, step="overview",
                                            validator=validator, schema_name="overview")
    except BriefError as exc:
        return _fallback(digest, str(exc), list(getattr(exc, "attempts", [])))
    problems = check(value, items)
    if problems:
        return _fallback(digest, problems[0], attempts)
    return with_overview(digest, value.overview.strip(), engine.name), attempts


async def acached_overview(engine: Any, digest: Digest, read: Any, write: Any) -> tuple[Digest, list[Attempt]]:
    """The overview through the model when ``engine`` is one, from the cache ``read`` when it
    holds these items already (a rerun asks nothing); a model's paragraph goes to ``write``."""
    if not callable(getattr(engine, "aask", None)) or not digest.items:
        return digest, []
    key = cache_key(engine, leading_items(digest))
    cached = read.get_overview(key) if read is not None else None
    if cached is not None:
        return with_overview(digest, cached, engine.name), []
    written, attempts = await amodel_overview(engine, digest)
    if written.overview_by != "extractive" and write is not None:
        write.put_overview(key, written.overview)
    return written, attempts


__all__ = ["OverviewContent", "acached_overview", "amodel_overview", "cache_key", "check", "leading_items", "messages", "refs",
           "with_overview"]
