"""What a briefing shows a reader, worded once for every format, so the Markdown and the HTML
never say different things about the same briefing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..schema import Actor, Briefing, Stake, Statement, TimelineEntry

_CHANNELS = {"spokesperson": "through a spokesperson", "state_media": "in state media",
             "other_outlet": "as another outlet reported", "anonymous": "through an unnamed source",
             "document": "in a document"}
# Languages written right to left (primary subtags).
RTL = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku", "ps", "sd", "ug", "ur", "yi"})


def meta(b: Briefing) -> list[str]:
    """The source line: title (when the headline differs), publisher, byline, date, URL."""
    src = b.source
    date = src.published or src.published_iso
    parts = [x for x in (src.publisher, src.byline, date, src.url) if x]
    return [f"“{src.title}”", *parts] if src.title and src.title != b.headline else parts


def actor_label(a: Actor) -> str:
    """"person, minister, Transport, Sweden": the type, then what the article says they are
    (a country that only repeats the name or the affiliation, "Iran (government, Iran)", left out)."""
    country = a.country if a.country not in (a.name, a.affiliation) else None
    return ", ".join(x for x in (a.type.replace("_", " "), a.role, a.affiliation, country) if x)


def attribution(s: Statement) -> str:
    """How the words reached the article: "said", "said via Tass (in state media)"."""
    words = [s.cue_verb or "said"]
    if s.via:
        words.append(f"via {s.via}")
    if s.channel in _CHANNELS and not (s.via and s.channel == "other_outlet"):
        words.append(f"({_CHANNELS[s.channel]})" if s.via else _CHANNELS[s.channel])
    return " ".join(words)


def stake_tags(s: Stake) -> list[str]:
    """direction, basis and, when given, when it bites."""
    return [s.direction, s.basis, *([s.timeframe] if s.timeframe else [])]


def when(t: TimelineEntry) -> str:
    """The date as written, with the ISO date beside it when the article makes it certain."""
    return f"{t.when} ({t.date})" if t.date and t.date not in t.when else t.when


def direction(language: str | None) -> str:
    """``rtl`` for a right-to-left language, else ``auto`` (the browser reads the text)."""
    return "rtl" if (language or "").split("-")[0].lower() in RTL else "auto"


def n(count: int, noun: str) -> str:
    """"1 article", "2 articles"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())
