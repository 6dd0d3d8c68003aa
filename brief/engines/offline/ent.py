"""The record of one actor while the engine reads, and the verbs that show a name acts or speaks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import AGENT_VERBS, SPEECH_VERBS
from .names import Mention


@dataclass(eq=False)  # identity matters: two actors may share a name until merged
class Ent:
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    evidence_of_kind: bool = False
    state_media: bool = False

    @property
    def surname(self) -> str:
        toks = [t for t in self.name.split() if t not in ("Jr", "Jr.", "Sr", "Sr.", "II", "III")]
        return toks[-1] if len(toks) > 1 else ""

    @property
    def pids(self) -> list[str]:
        return list(dict.fromkeys(m.pid for m in self.mentions))


def _next_word(text: str, end: int) -> str:
    """The verb after a name, past an adverb or a gloss in brackets ("Amazonas (the largest state) declared")."""
    m = re.match(r"\s*(?:\((?:the|a|an)\s[^()]{1,60}\)\s*)?(?:,\s*)?(\w+)(?:\s+(\w+))?", text[end:])
    if not m:
        return ""
    first = m.group(1)
    return (m.group(2) or "") if first.endswith("ly") and m.group(2) else first


_AUXILIARIES = {"is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "may", "might",
                "should", "must", "did", "does"}


def acts_strongly(text: str, end: int) -> bool:
    """"Amazonas declared", not "the Amazon has": an agent's own verb, not an auxiliary that places share."""
    return is_agent(text, end) and _next_word(text, end) not in _AUXILIARIES


def is_agent(text: str, end: int) -> bool:
    nxt = _next_word(text, end)
    return nxt in AGENT_VERBS or (nxt.islower() and nxt.endswith("ed") and len(nxt) > 4)


def speaks(text: str, start: int, end: int) -> bool:
    after = re.match(r"[\s,]*(?:\w+ly\s+)?(\w+)", text[end:])
    before = re.search(r"(\w+)[\s,]*$", text[max(0, start - 40):start])
    return bool((after and after.group(1) in SPEECH_VERBS) or (before and before.group(1) in SPEECH_VERBS))
