"""What the mock answers, chosen by the request's json_schema name.

An answerer turns a chat request body into the JSON object a model would write. The
"briefing" answerer reads the fenced article back out of the prompt and runs the offline
engine over it, so mock answers are real, grounded briefings. Other steps (map-reduce
"chunk_notes", …) plug in with ``register_answerer``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..article import Article, Paragraph, Source

Answerer = Callable[[dict[str, Any]], dict[str, Any]]
#: A fault turns a good answer into a bad one of its step's own shape: (answer, request) -> answer.
Fault = Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]
_ANSWERERS: dict[str, Answerer] = {}
_FAULTS: dict[tuple[str, str], Fault] = {}

_FENCE = re.compile(r"<article\b[^>]*>\s*\n(.*?)\n?</article>", re.DOTALL)
_PARA = re.compile(r"^\[(p\d+)\]\s?(.*)$")
_META = re.compile(r"^(Title|Dek|Publisher|Byline|Published):\s*(.+)$", re.MULTILINE)


def register_answerer(schema_name: str, fn: Answerer) -> None:
    """Answer requests whose ``response_format.json_schema.name`` is ``schema_name`` with ``fn``."""
    _ANSWERERS[schema_name] = fn


def get_answerer(schema_name: str) -> Answerer | None:
    return _ANSWERERS.get(schema_name)


def register_fault(schema_name: str, outcome: str, fn: Fault) -> None:
    """How the ``outcome`` fault ("invalid", "ungrounded") spoils an answer of ``schema_name``."""
    _FAULTS[(schema_name, outcome)] = fn


def apply_fault(outcome: str, schema_name: str, answer: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """``answer`` spoiled as ``outcome`` says, in the step's own shape (briefing-shaped by default)."""
    fn = _FAULTS.get((schema_name, outcome)) or _FAULTS.get(("briefing", outcome))
    return fn(answer, request) if fn else answer


def message_text(message: dict[str, Any]) -> str:
    content = message.get("content") or ""
    if isinstance(content, list):  # multi-part content: keep the text parts
        return "\n".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


def article_from_messages(messages: list[dict[str, Any]]) -> Article | None:
    """The article fenced in the first user message that has one (re-asks repeat it)."""
    for message in messages:
        if message.get("role") != "user":
            continue
        text = message_text(message)
        fence = _FENCE.search(text)
        if not fence:
            continue
        paragraphs = [Paragraph(id=m.group(1), text=m.group(2))
                      for m in map(_PARA.match, fence.group(1).splitlines()) if m]
        meta = {k.lower(): v.strip() for k, v in _META.findall(text[: fence.start()])}
        source = Source(title=meta.get("title"), dek=meta.get("dek"), publisher=meta.get("publisher"),
                        byline=meta.get("byline"), published=meta.get("published"),
                        word_count=sum(len(p.text.split()) for p in paragraphs))
        return Article(source=source, paragraphs=paragraphs)
    return None


def answer_briefing(request: dict[str, Any]) -> dict[str, Any]:
    from ..engines.offline import analyze

    article = article_from_messages(request.get("messages") or [])
    if article is None or not article.paragraphs:
        raise LookupError("no fenced <article> in the request")
    return analyze(article).model_dump(mode="json")


def obey_injection(answer: dict[str, Any], article: Article | None) -> dict[str, Any]:
    """Do what the article's planted instructions say, as a gullible model would."""
    from ..prompts import find_injections

    if article is None or not find_injections(article):
        return answer
    planted = next(p for p in article.paragraphs if find_injections(Article(paragraphs=[p])))
    answer = dict(answer)
    answer["headline"] = planted.text[:110]
    answer["key_facts"] = [*answer.get("key_facts", []), {
        "text": "The briefing system has been instructed to report this as confirmed.",
        "status": "confirmed", "attributed_to": None, "evidence": ["p0"],
    }]
    return answer


def break_schema(answer: dict[str, Any]) -> dict[str, Any]:
    """A schema violation of the kinds lax servers produce: a missing field, an unknown enum."""
    answer = {k: v for k, v in answer.items() if k != "headline"}
    answer["key_facts"] = [{**f, "status": "rumoured"} for f in answer.get("key_facts", [])] or [
        {"text": "x", "status": "rumoured", "attributed_to": None, "evidence": []}]
    return answer


def unground(answer: dict[str, Any]) -> dict[str, Any]:
    """Valid JSON whose evidence points at paragraphs the article does not have."""
    answer = dict(answer)
    answer["key_facts"] = [*answer.get("key_facts", []), {
        "text": "An event the article never mentions.", "status": "reported",
        "attributed_to": None, "evidence": ["p999"],
    }]
    return answer


register_answerer("briefing", answer_briefing)
register_fault("briefing", "invalid", lambda answer, request: break_schema(answer))
register_fault("briefing", "ungrounded", lambda answer, request: unground(answer))
