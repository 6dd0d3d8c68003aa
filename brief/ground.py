"""Grounding by removal: after the last re-ask, drop each unit of a briefing that still fails
its checks (an item, a statement, one bad id, an optional field), and say what went and why."""

from __future__ import annotations

from typing import Any

from .article import Article
from .schema import BriefingContent
from .validate import HEADLINE_MAX, Key, Problem, _where, check

# How a grounding warning begins: a unit dropped, a field that could not be, a field replaced
# (by the pipeline, with the article's own lead). A briefing carrying one held only after repair.
DROPPED, UNGROUNDED, REPLACED = "dropped ", "could not ground ", "replaced "
REPAIRS = (DROPPED, UNGROUNDED, REPLACED)

_NULLABLE = {"role", "affiliation", "country", "stance", "consequence", "timeframe", "attributed_to", "when", "date"}
_SECTIONS = {"key_facts", "key_actors", "stakes", "sourcing_caveats", "timeline", "whats_next", "open_questions"}


def _unit(key: Key) -> Key | None:
    """The smallest part of the briefing that carries the problem and can be removed."""
    if not key or key[0] not in _SECTIONS or len(key) < 2:
        return None
    n = 4 if len(key) >= 4 and key[2] in ("statements", "aliases") else 2  # a statement or alias, else the item
    rest = key[n:]
    if len(rest) == 2 and rest[0] in ("evidence", "applies_to") and isinstance(rest[1], int):
        return key  # one bad id: drop just the id
    if len(rest) == 1 and rest[0] in _NULLABLE and not (key[0] == "timeline" and rest[0] == "when"):
        return key  # an optional field: blank it
    return key[:n]


def _label(data: dict, unit: Key) -> str:
    node: Any = data
    for part in unit:
        node = node[part]
    if isinstance(node, dict):
        for field in ("name", "text", "cue", "what", "event", "question"):
            if isinstance(node.get(field), str):
                return f"{_where(unit)} ({node[field][:50]!r})"
    return f"{_where(unit)} ({str(node)[:50]!r})"


def _apply(data: dict, units: set[Key]) -> None:
    # deepest and highest index first, so earlier indices stay valid
    for unit in sorted(units, key=lambda k: (len(k), k), reverse=True):
        parent: Any = data
        for part in unit[:-1]:
            parent = parent[part]
        if isinstance(parent, list):
            del parent[unit[-1]]
        else:
            parent[unit[-1]] = None


def ground(content: BriefingContent, article: Article) -> tuple[BriefingContent, list[str]]:
    """Drop every unit that still fails its checks; return the rest and one warning per drop."""
    data = content.model_dump()
    warnings: list[str] = []
    current: BriefingContent | None = content  # None once ``data`` has been edited
    for _ in range(6):
        if current is None:
            current = BriefingContent.model_validate(data)
        errors = [(k, p) for k, p in check(current, article) if p.level == "error"]
        units: dict[Key, Problem] = {}
        for key, p in errors:
            unit = _unit(key)
            if unit is None:
                msg = f"{UNGROUNDED}{p}"
                if msg not in warnings:
                    warnings.append(msg)
            elif not any(unit[: len(u)] == u for u in units if len(u) < len(unit)):
                units.setdefault(unit, p)
        units = {u: p for u, p in units.items() if not any(u[: len(v)] == v and u != v for v in units)}
        if not units:
            break
        for unit, p in units.items():
            warnings.append(f"{DROPPED}{_label(data, unit)}: {p.what}")
        _apply(data, set(units))
        current = None
    if len(data["headline"]) > HEADLINE_MAX:
        cut = data["headline"][: HEADLINE_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
        warnings.append(f"shortened headline from {len(data['headline'])} characters")
        data["headline"] = cut + "…"
        current = None
    # nothing dropped: the content as it came, not a second validation of its own dump
    return (BriefingContent.model_validate(data) if current is None else current), warnings
