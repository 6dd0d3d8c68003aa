"""The mock's fault language: a seeded mix of outcomes, modes, and forced scripts.

``"429:0.1,500:0.05,timeout:0.05,drop:0.03,badjson:0.05,truncate:0.03,invalid:0.05,refuse:0.02"``
draws one outcome per chat request with those probabilities (the rest answer normally);
bare words switch on modes such as ``obey-injection`` or ``reject-json-schema``.
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass, field

from ..errors import ConfigError

# Outcomes a request can be forced into; any HTTP status code (e.g. "503") is also one.
OUTCOMES = {
    "ok": "a normal answer",
    "timeout": "hold the request until the client times out",
    "drop": "close the connection without a response",
    "badjson": "answer with text that is not JSON",
    "truncate": "cut the answer short, finish_reason length",
    "invalid": "answer JSON that breaks the schema",
    "ungrounded": "answer with evidence ids the article lacks",
    "refuse": "refuse (message.refusal)",
    "filter": "withhold the answer (finish_reason content_filter)",
    "quota": "429 insufficient_quota",
}
MODES = {
    "obey-injection": "follow instructions found inside the article",
    "reject-json-schema": "400 for response_format json_schema, as some servers do",
}
_STATUS = re.compile(r"^[1-5]\d\d$")


def check_outcome(name: str) -> str:
    if name in OUTCOMES or _STATUS.match(name):
        return name
    raise ConfigError(f"unknown mock outcome {name!r}",
                      hint="one of " + ", ".join([*OUTCOMES, "an HTTP status such as 429"]))


@dataclass
class FaultSpec:
    """Probabilities per outcome, plus modes; ``pick`` is seeded and thread-safe."""

    rates: dict[str, float] = field(default_factory=dict)
    modes: set[str] = field(default_factory=set)
    seed: int = 0

    def __post_init__(self) -> None:
        total = sum(self.rates.values())
        if total > 1.0 + 1e-9:
            raise ConfigError(f"mock fault rates add up to {total:.2f}, more than 1")
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()

    @classmethod
    def parse(cls, spec: str | None, seed: int = 0) -> "FaultSpec":
        rates: dict[str, float] = {}
        modes: set[str] = set()
        for part in filter(None, (p.strip() for p in (spec or "").split(","))):
            name, sep, rate = part.partition(":")
            name = name.strip().lower()
            if not sep:
                if name not in MODES:
                    raise ConfigError(f"unknown mock mode {name!r}", hint="one of " + ", ".join(MODES))
                modes.add(name)
                continue
            try:
                value = float(rate)
            except ValueError:
                raise ConfigError(f"mock fault rate for {name!r} is not a number: {rate!r}") from None
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"mock fault rate for {name!r} must be within 0..1")
            rates[check_outcome(name)] = rates.get(name, 0.0) + value
        return cls(rates=rates, modes=modes, seed=seed)

    def pick(self) -> str:
        with self._lock:
            roll = self._rng.random()
        for name, rate in self.rates.items():
            if roll < rate:
                return name
            roll -= rate
        return "ok"

    @property
    def transient_rate(self) -> float:
        return sum(self.rates.values())
