"""Second-hand accounts by the kind of outlet rather than its name, and outlets a state runs.

"Local outlets reported", "British tabloids claim", "according to accounts circulating on
social media", "speaking to a local radio station", "is reported to have": the words came
through someone else's pages. "Egypt's state-run Al-Ahram", "a news agency affiliated with
the Revolutionary Guards", "official Venezuelan media": the outlet speaks for a state.
``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_PRESS = (r"(?:outlets|media outlets|news outlets|tabloids|newspapers|papers|gossip sites|websites|blogs|news sites|"
          r"trade press|press|broadcasters|tv stations|radio stations|television channels|tv channels|reports|accounts)")
_WHOSE = (r"(?:(?:local|national|foreign|regional|british|american|israeli|russian|chinese|french|german|italian|spanish|"
          r"indian|japanese|korean|turkish|iranian|arab|arabic|western|independent|several|some|multiple|other|earlier|"
          r"initial|unconfirmed|celebrity|industry|trade|tech|financial|entertainment|sports|online|opposition|"
          r"[a-z]+(?:an|ese|ish|i)) )")

# A title as written after its descriptor: "Gazzetta dello Sport", "Channel 12", "Automotive Week".
_NAME = r"(?-i:[A-Z][\w’'\-]*(?: (?:[A-Z][\w’'\-]*|\d+|dello|della|del|de|di|du|la|le|el|of))*)"

RELAY_RULES: list[tuple[str, str]] = [
    ("relayed_report", rf"\b{_WHOSE}{{1,2}}{_PRESS} (?:had |have |has )?(?:reported|report|reports|said|say|says|claim|"
                       r"claimed|claims|suggest|suggested|suggests|put|indicated|speculated)\b"),
    ("relayed_report", rf"\b(?:according to|per|citing) (?:some |several |multiple |other )?(?:[\w\-]+ ){{0,2}}?(?:{_PRESS}|"
                       r"posts|accounts circulating)\b|\b(?:accounts|posts|claims|videos|reports) (?:circulating|shared|"
                       r"posted) (?:on|online)\b|\bposts on (?:[\w\-]+ ){0,3}?(?:forums?|social media|twitter|facebook|"
                       r"reddit|tiktok|instagram) (?:suggest|say|said|claim|claimed|show|indicate)\b|\bper (?:a|the) report "
                       r"(?:in|by|from)\b"),
    ("relayed_report", r"\b(?:is|are|was|were) (?:widely )?reported to (?:have|be)\b|\b(?:speaking|spoke|talking|talked|"
                       r"telling|told|in an interview with|interviewed by) (?:to |with )?(?:a|an) (?:[\w\-]+ ){0,2}?(?:"
                       r"newspaper|paper|radio station|tv station|television station|broadcaster|magazine|outlet|website|"
                       r"podcast|tabloid|network|channel)\b"),
    ("relayed_report", r"\bword (?:spread|circulated|got out) (?:through|on|across|among)\b|\b(?:it )?has been (?:widely )?"
                       r"reported (?:that|in)\b|\b(?:buzzing|rife|awash|abuzz) with (?:reports|rumou?rs|speculation)\b|"
                       r"\bpicked up by (?:other |several |many |tech |local |national |major |foreign )?(?:outlets|blogs|media|"
                       r"news sites|newspapers|websites|the press|tabloids)\b|\b(?:broadcaster|daily|newspaper|paper|magazine|"
                       rf"weekly|tabloid|publication|website|outlet|network|channel|station|wire service) {_NAME} (?:said|says|"
                       rf"reported|reports|quoted|cited)\b|\bobtained by (?:the )?(?:[\w\-]+ )?(?:publication|newspaper|"
                       rf"magazine|website|outlet|broadcaster) {_NAME}"),
    ("state_media", r"\b(?:state-run|state-owned|state-controlled|state-backed|state-funded|semi-official|government-run|"
                    r"government-owned|government-controlled|kremlin-controlled|kremlin-funded|kremlin-backed|"
                    r"regime-controlled|party-run) (?:[\w’'\-]+ ){0,3}?(?:news agency|agency|media|newspapers?|dail(?:y|ies)|"
                    r"broadcasters?|television|tv|channels?|networks?|outlets?|radio|websites?|press|news service)\b|"
                    r"\bofficial (?:[a-z]+ )?media\b|\bofficial (?:[\w\-]+ ){1,3}?(?:news agency|broadcaster|television)\b|"
                    r"\b(?:state-run|state-owned|state-controlled|government-run|government-owned|government-controlled|"
                    r"kremlin-controlled|kremlin-funded|kremlin-backed) (?-i:[A-Z][\w\-]+)(?: (?-i:[A-Z][\w\-]+)){0,3} "
                    r"(?:reported|said|says|quoted|carried|published|aired)\b"),
    ("state_media", r"\b(?:news agency|agency|outlet|newspaper|broadcaster|channel|network|station),? (?:[\w,]+ ){0,4}?"
                    r"(?:affiliated with|close to|linked to|run by|controlled by|owned by|funded by) the (?:government|"
                    r"state|military|army|(?:islamic )?revolutionary guards?(?: corps)?|guards|kremlin|communist party|"
                    r"ruling party|regime)\b"),
]
