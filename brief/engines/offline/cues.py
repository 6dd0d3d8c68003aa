"""The cue table of the twelve caveat types, gathered from the module of each family.

"reportedly", "declined to comment", "could not be independently verified", "at least 40":
each pattern names a way newsrooms phrase a sourcing caveat, and lives with its family
(``unnamed``, ``support``, ``relays``, ``sides``, ``denials``, ``versions``, ``charges``,
``tallies``, ``estimates``, ``framing``). ``caveats`` runs them (one alternation per type, rules
in table order) and keeps the exact slice of the paragraph as the cue. Also here: the phrases
other modules share (state organs, dispute labels, release marks).
"""

from __future__ import annotations

from .charges import CHARGE_RULES
from .denials import DENIAL_RULES
from .estimates import ESTIMATE_RULES
from .framing import LOADED_RULES
from .gates import split_top
from .relays import RELAY_RULES
from .sides import SIDE_RULES
from .support import SUPPORT_RULES
from .tallies import TALLY_RULES
from .unnamed import UNNAMED_RULES
from .versions import VERSION_RULES

# (type, pattern), matched case-insensitively; a pattern that needs capitals says so with (?-i:...).
_RULES: list[tuple[str, str]] = [
    *LOADED_RULES,
    *DENIAL_RULES,
    *CHARGE_RULES,
    *SUPPORT_RULES,
    *TALLY_RULES,
    *VERSION_RULES,
    *RELAY_RULES,
    *SIDE_RULES,
    *UNNAMED_RULES,
    *ESTIMATE_RULES,
]
# Each top-level alternative its own rule, so each is gated by its own words (``gates.split_top``).
CUE_RULES = [(kind, branch) for kind, pattern in _RULES for branch in split_top(pattern)]

# State and ruling-party organs the outlet lexicon does not list yet (``lexicon.STATE_MEDIA`` is their home).
STATE_ORGANS = ("Rodong Sinmun", "Korean Central News Agency", "Korean Central Television", "Minju Choson",
                "Uriminzokkiri", "Nhan Dan", "Granma", "PLA Daily", "Qiushi", "Rossiyskaya Gazeta", "Kayhan",
                "Islamic Republic News Agency", "Syrian Arab News Agency", "Xinhua News Agency", "China Daily")
# How an article says an outlet speaks for a state or its ruling party: "the North's official newspaper".
STATE_PHRASE = (r"\bstate(?:-run|-controlled|-owned|-backed)?\s+(?:media|news agency|television|TV|broadcaster|outlet|"
                r"newspaper|daily|radio)\b|\bofficial\s+(?:news agency|media|newspaper|daily|mouthpiece|organ|"
                r"broadcaster|television|radio)\b|\b(?:ruling |communist |workers['’] )?party(?:['’]s)?\s+(?:newspaper|"
                r"daily|mouthpiece|organ)\b|\bpropaganda (?:outlet|organ|arm|channel)\b")
# Labels a side puts on the case against it: "a witch hunt", "a hoax". Said in quotation marks as often as not.
DISPUTE_LABELS = r"\b(?:(?:political |partisan )?witch[- ]hunts?|hoax(?:es)?|smear campaign|politically motivated|" \
                 r"political persecution|kangaroo court|show trial|sham trial|lawfare|weaponi[sz]ation of)\b"
# How a page says it is a press release: "used in this release", "For immediate release", "(NYSE: H) announced".
RELEASE_MARKS = (r"\b(?:in|of) this (?:press|news) release\b|\b(?:used|referred to) in this release\b|"
                 r"\bfor immediate release\b|\((?:NYSE|NASDAQ|Nasdaq|LSE|"
                 r"TSX|ASX|OTC|HKEX|SGX)(?: American)?:\s*[A-Z][A-Z.]*\)\s+(?:today |recently |has )?(?:announced|"
                 r"unveiled|launched|opened)\b")
