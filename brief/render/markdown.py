"""A briefing as Markdown: what a journalist reads in the terminal or pastes into chat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mdtext import md
from .view import actor_label, attribution, meta, n, stake_tags, when

if TYPE_CHECKING:
    from ..schema import Briefing


def _ev(ids: list[str]) -> str:
    return f" [{', '.join(ids)}]" if ids else ""


def briefing_markdown(b: Briefing) -> str:
    out: list[str] = [f"# {md(b.headline)}", ""]
    if b.source.dek:
        out += [f"> {md(b.source.dek)}", ""]
    if source := meta(b):
        out += ["*" + md(" · ".join(source)) + "*", ""]
    out += [f"**Bottom line:** {md(b.bottom_line)}", "", f"**Why it matters:** {md(b.why_it_matters)}", ""]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend([f"## {title}", "", *lines, ""])

    section("Key facts", [f"- {md(f.text)} *({f.status})*{_ev(f.evidence)}" for f in b.key_facts])
    actors = []
    for a in b.key_actors:
        actors.append(f"- **{md(a.name)}** ({md(actor_label(a))}){_ev(a.evidence)}")
        for s in a.statements:
            said = f"“{md(s.text)}”" if s.direct_quote else md(s.text)
            actors.append(f"  - {md(attribution(s))}: {said}{_ev(s.evidence)}")
    section("Key actors", actors)
    section("Stakes", [
        f"- **{md(s.who)}** — {md(s.what)} ({md(', '.join(stake_tags(s)))})"
        + (f": {md(s.consequence)}" if s.consequence else "") + _ev(s.evidence) for s in b.stakes])
    section("Sourcing caveats", [
        f"- **{c.type.replace('_', ' ')}** — {md(c.detail)} (cue: “{md(c.cue)}”){_ev(c.evidence)}"
        for c in b.sourcing_caveats])
    section("Timeline", [f"- **{md(when(t))}** — {md(t.event)}{_ev(t.evidence)}" for t in b.timeline])
    section("What's next", [f"- {md(e.event)}" + (f" ({md(e.when)})" if e.when else "") + _ev(e.evidence)
                            for e in b.whats_next])
    section("Open questions", [f"- {md(q.question)}{_ev(q.evidence)}" for q in b.open_questions])
    section("Warnings", [f"- {md(w)}" for w in b.warnings])
    p = b.provenance
    tokens = p.tokens.prompt + p.tokens.completion
    out.append(f"---\n*Engine: {md(p.engine)}{' · ' + md(p.model) if p.model else ''} · "
               f"{n(len(p.attempts), 'attempt')} · {n(tokens, 'token')} · id {b.id}*")
    return "\n".join(out) + "\n"
