"""The mock's answer to the digest overview request: the leading items' own lines, cited.

It reads the items back out of the prompt, as the briefing answerer reads the article, so
its paragraph is grounded by construction and the overview's checks can pass or, with a
fault injected, fail for real.
"""

from __future__ import annotations

import re
from typing import Any

from .answerers import message_text, register_answerer

_ITEMS = re.compile(r"<items>\s*\n(.*?)</items>", re.DOTALL)
_HEAD = re.compile(r"^\[([0-9a-f]{6,64})\] ")
MAX_SENTENCES = 4


def answer_overview(request: dict[str, Any]) -> dict[str, Any]:
    text = "\n".join(message_text(m) for m in request.get("messages") or [] if m.get("role") == "user")
    block = _ITEMS.search(text)
    if block is None:
        raise LookupError("no <items> in the overview request")
    sentences: list[str] = []
    lines = block.group(1).splitlines()
    for i, line in enumerate(lines):
        head = _HEAD.match(line)
        if head and i + 1 < len(lines) and len(sentences) < MAX_SENTENCES:
            body = lines[i + 1].strip().rstrip(".")
            sentences.append(f"{body}. [{head.group(1)}]")
    return {"overview": " ".join(sentences)}


register_answerer("overview", answer_overview)
