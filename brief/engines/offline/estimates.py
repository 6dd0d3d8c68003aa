"""Cue rules for figures the article itself treats as estimates, not counts.

"estimates for total payouts reach $1 billion", "conservative estimates suggest": an estimate
is not a settled figure, so editors mark it preliminary. ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

ESTIMATE_RULES: list[tuple[str, str]] = [
    # Estimates as the subject of the figure: "estimates of the damage put it at", "estimates suggest".
    # Only the plural noun: "researchers estimate places like Miami will flood" is the verb.
    ("preliminary", r"\bestimates (?:(?:of|for) (?:[\w$.,’'\-]+ ){0,7}?)?(?:reach|reached|put|suggest|suggested|show|"
                    r"showed|indicate|indicated|place|placed)\b"),
    # One estimate as the subject needs its figure: "the estimate puts the toll at 40", "one estimate places it at $2bn".
    ("preliminary", r"\bestimate (?:(?:of|for) (?:[\w$.,’'\-]+ ){0,7}?)?(?:reaches|reached|puts|suggests|suggested|"
                    r"shows|showed|indicates|indicated|places|placed)(?= (?:[\w’'\-]+ ){0,4}?(?:at |to )?(?:[$£€]?\d|"
                    r"(?:about|around|some|nearly|almost|over|more than) ))"),
]
