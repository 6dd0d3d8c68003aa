"""A briefing as Markdown: what a journalist reads in the terminal or pastes into chat."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..schema import Briefing



def _ev(ids: list[str]) -> str:
    return f" [{', '.join(ids)}]" if ids else ""


def _md(text: str | None) -> str:
    """Keep article text from turning into Markdown markup (headings, links, HTML)."""
    if not text:
        return ""
    return text.replace("\\", "\\\\").replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]")


def briefing_markdown(b: Briefing) -> str:
    out: list[str] = [f"# {_md(b.headline)}", ""]
    src = b.source
    meta = [x for x in (src.publisher, src.byline, src.published, src.url) if x]
    if src.title and src.title != b.headline:
        meta.insert(0, f"“{src.title}”")
    if meta:
        out += ["*" + _md(" · ".join(meta)) + "*", ""]
    out += [f"**Bottom line:** {_md(b.bottom_line)}", "", f"**Why it matters:** {_md(b.why_it_matters)}", ""]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend([f"## {title}", "", *lines, ""])

    section("Key facts", [f"- {_md(f.text)} _({f.status})_{_ev(f.evidence)}" for f in b.key_facts])
    actors = []
    for a in b.key_actors:
        role = ", ".join(x for x in (a.role, a.affiliation) if x)
        actors.append(f"- **{_md(a.name)}** ({a.type}{', ' + _md(role) if role else ''}){_ev(a.evidence)}")
        for s in a.statements:
            said = f"“{_md(s.text)}”" if s.direct_quote else _md(s.text)
            via = f" via {_md(s.via)}" if s.via else ""
            actors.append(f"  - {s.cue_verb or 'said'}{via}: {said}{_ev(s.evidence)}")
    section("Key actors", actors)
    section("Stakes", [
        f"- **{_md(s.who)}** — {_md(s.what)} ({s.direction}, {s.basis})"
        + (f": {_md(s.consequence)}" if s.consequence else "") + _ev(s.evidence) for s in b.stakes])
    section("Sourcing caveats", [
        f"- **{c.type.replace('_', ' ')}** — {_md(c.detail)} (cue: “{_md(c.cue)}”){_ev(c.evidence)}"
        for c in b.sourcing_caveats])
    section("Timeline", [f"- **{_md(t.when)}** — {_md(t.event)}{_ev(t.evidence)}" for t in b.timeline])
    section("What's next", [f"- {_md(n.event)}" + (f" ({_md(n.when)})" if n.when else "") + _ev(n.evidence)
                            for n in b.whats_next])
    section("Open questions", [f"- {_md(q.question)}{_ev(q.evidence)}" for q in b.open_questions])
    section("Warnings", [f"- {_md(w)}" for w in b.warnings])
    p = b.provenance
    out.append(f"---\n_Engine: {p.engine}{' · ' + p.model if p.model else ''} · {len(p.attempts)} attempt(s)"
               f" · {p.tokens.prompt + p.tokens.completion} tokens · id {b.id}_")
    return "\n".join(out) + "\n"
