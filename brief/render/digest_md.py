"""The daily digest as Markdown: for the terminal, a chat message or a mail body."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mdtext import md, safe_url
from .view import n

if TYPE_CHECKING:
    from ..digest import Digest, DigestItem


_CITATION = re.compile(r"\\\[([0-9a-f]{8,64})\\\]")  # an escaped "[briefing-id]"


def _sources(item: DigestItem) -> str:
    parts = []
    for s in item.sources:
        label = md(s.publisher or s.title or s.briefing_id)
        url = safe_url(s.url)
        parts.append(f"[{label}]({url})" if url else label)
    return ", ".join(parts)


def _item(item: DigestItem, *, level: str = "###") -> list[str]:
    outlets = n(item.corroboration, "outlet")
    lines = [f"{level} {md(item.headline)}", "", (f"**{item.label}** · " if item.label else "") + md(item.line), ""]
    if item.why_it_matters:
        lines += [f"*Why it matters:* {md(item.why_it_matters)}", ""]
    for fact in item.key_facts:
        ev = f" [{', '.join(fact.evidence)}]" if fact.evidence else ""
        lines.append(f"- {md(fact.text)}{ev}")
    if item.key_facts:
        lines.append("")
    lines.append(f"Sources ({outlets}): {_sources(item)}  ")
    if item.caveats:
        lines.append("Caveats: " + ", ".join(f"{k.replace('_', ' ')} ×{v}" for k, v in item.caveats.items()) + "  ")
    links = " · ".join(f"[{b}](briefings/{b}.json)" for b in item.briefing_ids)
    lines += [f"Full briefing{'s' if len(item.briefing_ids) > 1 else ''}: {links}", ""]
    return lines


def digest_markdown_body(d: Digest) -> str:
    """The sections (top story, items, actors, caveat counts): all the overview does not change."""
    out: list[str] = []
    if d.top_story:
        out += ["## Top story", "", *_item(d.top_story)]
    for section in d.sections_after_top():
        out += [f"## {md(section.name)}", ""]
        for item in section.items:
            out += _item(item)
    if d.actors_of_the_day:
        out += ["## Actors of the day", ""]
        out += [f"- **{md(a.name)}** ({a.type}) — {a.items} stor{'ies' if a.items != 1 else 'y'}"
                for a in d.actors_of_the_day]
        out.append("")
    counted = {k: v for k, v in d.caveat_counts.items() if v}
    if counted:
        out += ["## Sourcing caveats", "", "| type | count |", "|---|---|"]
        out += [f"| {k.replace('_', ' ')} | {v} |" for k, v in sorted(counted.items(), key=lambda kv: -kv[1])]
        out.append("")
    return "".join(line + "\n" for line in out)


def digest_markdown(d: Digest, body: str | None = None) -> str:
    """The whole digest; ``body`` is ``digest_markdown_body`` of this digest or of one that
    differs only in its overview, warnings and stats."""
    cited = set(d.overview_refs) & {i.id for i in d.items}
    overview = _CITATION.sub(lambda m: f"[{m[1]}](briefings/{m[1]}.json)" if m[1] in cited else m[0], md(d.overview))
    by = ("no items today" if not d.items else "the leading items' own lines" if d.overview_by == "extractive" else
          f"written by {md(d.overview_by)}; every sentence checked against the items it cites")
    head = [f"# Daily briefing — {md(d.date)}", "", overview, "", f"_Overview: {by}._", ""]
    out: list[str] = []
    if d.warnings:
        out += ["## Warnings", "", *(f"- {md(w)}" for w in d.warnings), ""]
    if d.failures:
        out += ["## Failures", ""]
        out += [f"- {md(f.name)} ({f.stage}): {md(f.reason)}" for f in d.failures]
        out.append("")
    if d.duplicates:
        out += ["## Duplicates", ""]
        out += [f"- {md(x.name)}: the same text as [{x.briefing_id}](briefings/{x.briefing_id}.json)"
                for x in d.duplicates]
        out.append("")
    s = d.stats
    out += ["---", f"*{n(s.articles, 'article')} · {n(s.inputs, 'input')} · {s.failed} failed · "
            f"{s.cache_hits} from cache · {n(s.model_calls, 'model call')} · {n(s.prompt_tokens + s.completion_tokens, 'token')} · "
            f"${s.cost_usd:.4f} · {s.elapsed_s:.1f} s · engine {md(s.engine)}"
            f"{' ' + md(s.model) if s.model else ''} · generated {md(d.generated_at)}*"]
    return "\n".join(head) + "\n" + (digest_markdown_body(d) if body is None else body) + "\n".join(out) + "\n"
