"""Cue rules for figures the article itself treats as estimates, not counts.

"estimates for total payouts reach $1 billion", "conservative estimates suggest": an estimate
is not a settled figure, so editors mark it preliminary. ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

ESTIMATE_RULES: list[tuple[str, str]] = [
    # Estimates as the subject of the figure: "estimates of the damage put it at", "estimates suggest".
    ("preliminary", r"\bestimates? (?:(?:of|for) (?:[\w$.,’'\-]+ ){0,7}?)?(?:reach|reached|reaches|put|puts|suggest|"
                    r"suggests|suggested|show|shows|showed|indicate|indicates|indicated|place|places|placed)\b"),
]
