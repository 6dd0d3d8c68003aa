"""Second-hand accounts ("reportedly", "told the BBC"), by the kind of outlet as well as its name,
and outlets a state runs.

"Local outlets reported", "British tabloids claim", "according to accounts circulating on
social media", "speaking to a local radio station", "is reported to have": the words came
through someone else's pages. "Egypt's state-run Al-Ahram", "a news agency affiliated with
the Revolutionary Guards", "official Venezuelan media": the outlet speaks for a state.
``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

from .names import DEMONYMS
from .text import alternation

_PRESS = (r"(?:outlets|media outlets|news outlets|tabloids|newspapers|papers|gossip sites|websites|blogs|news sites|"
          r"trade press|press|broadcasters|tv stations|radio stations|television channels|tv channels|media|sites)")
# Whose pages: a country's ("Pakistani television channels"), a beat's ("celebrity websites"), or a hedge ("some").
_DEMONYMS = alternation(tuple(DEMONYMS))
_WHOSE = (rf"(?:(?:local|national|foreign|regional|western|arab|arabic|independent|several|some|multiple|other|earlier|"
          rf"initial|unconfirmed|celebrity|industry|trade|tech|financial|entertainment|sports|online|opposition|"
          rf"{_DEMONYMS}) )")
# A title as written after its descriptor: "Gazzetta dello Sport", "Channel 12", "Automotive Week".
_NAME = r"(?-i:[A-Z][\w’'\-]*(?: (?:[A-Z][\w’'\-]*|\d+|dello|della|del|de|di|du|la|le|el|of))*)"
_STATE_RUN = (r"(?:state-run|state-owned|state-controlled|state-backed|state-funded|semi-official|government-run|"
              r"government-owned|government-controlled|government-funded|government-backed|state-financed|kremlin-controlled|kremlin-funded|kremlin-backed|"
              r"regime-controlled|party-run)")
_ORGAN = (r"(?:news agency|media|newspapers?|dail(?:y|ies)|broadcasters?|television|tv|radio|outlets?|news service|"
          r"press|tv channels?|television channels?)")

RELAY_RULES: list[tuple[str, str]] = [
    # The stock phrases first: where two rules match at one place, the earlier one's cue is kept.
    ("relayed_report", r"\b(?:has|had|have) (?:seen|obtained|reviewed) (?:a copy of|a draft of|copies of|the (?:letter|"
                       r"memo|report|document|documents|email|emails|draft))\b"),
    ("relayed_report", r"\bquoted (?:a|an|the|one|two|several) (?:[\w\-]+ ){0,3}?as saying\b|\breports? carried by\b"),
    ("relayed_report", r"\bciting (?:a |an |the )?(?:leaked |internal |confidential |unpublished |secret )?(?:memo|document|"
                       r"report|email|letter|filing|dossier|recording|source)s?\b|\bfirst (?:reported|published) by\b"),
    ("relayed_report", r"\breportedly(?: \w+)?\b"),
    # "As both the Ledger and Channel 9 have reported": other outlets' reporting, taken over.
    ("relayed_report", r"\bas (?:both |several |other |many )?(?:the )?(?:(?-i:[A-Z][\w’'&\-]*)\s+){1,4}(?:and (?:the )?(?:(?-i:"
                       r"[A-Z][\w’'&\-]*)\s+){1,4})?(?:has |have |had )?(?:first |previously |also )?(?:reported|revealed)\b"),
    ("relayed_report", r"\breports (?:have |has )?(?:also )?(?:suggest|suggested|said|say|indicate|indicated|claimed)\b"),
    ("relayed_report", r"\baccording to (?:\w+ )?(?:media |news |press )?reports\b|\bmedia reports?\b"),
    ("relayed_report", r"\b(?:it|he|she|they) (?:was|were|is|are|has been|have been) reported\b"),
    ("relayed_report", r"\b(?:local |foreign |international |western |news |social )?media (?:outlets )?(?:reported|said|"
                       r"say|reports)\b|\bciting (?:a |an )?(?:reports?|media reports?)\b"),
    ("relayed_report", r"\b(?:is|are|was|were) said to (?:have|be)\b|\bas reported by (?:the )?(?:[\w’'-]+ ){0,3}?"
                       r"(?:newspaper|agency|outlet|broadcaster|channel|website|[A-Z][\w’'-]+)\b"),
    ("relayed_report", r"\b(?:an? |the )?(?:local |national |regional |private )?(?:radio station|television station|"
                       r"TV station|TV channel|newspaper|news outlet|media outlet|broadcaster)s? (?:reported|said|says|"
                       r"reports|quoted)\b"),
    ("relayed_report", r"\b(?:posted|shared|published) (?:on|to) (?:social media|Twitter|X|Facebook|Instagram|TikTok|YouTube|"
                       r"Reddit|a forum) by\b"),
    ("relayed_report", r"\btold (?:(?:the |a |its |our )?(?:[\w-]+ ){0,2}?)(?:affiliates?|sister (?:station|network|"
                       r"paper|publication|outlet)|partner station|member station)\b"),
    ("relayed_report", r"\b(?:data|figures|information|list|numbers|statistics|details|material|quotes)\b(?: [\w-]+){0,3}? "
                       r"(?:was|were|is|are|has been|have been) (?:\w+ )?(?:obtained|compiled|sourced|adapted|gathered|"
                       r"drawn) from\b"),
    # Other reporting named after the fact, or heard of without a source: ", reported Euro News",
    # "amid reports of", "we have received reports that".
    ("relayed_report", r"(?:(?<=, )|(?<=,” )|(?<=,\" ))reported (?:the )?(?-i:[A-Z][\w’'\-]*)(?:\s+(?-i:[A-Z][\w’'\-]*)){0,3}(?=\s*[.;]|$)"),
    ("relayed_report", r"\b(?:amid|amidst|following|after|despite) (?:(?:new|recent|fresh|growing|widespread|local|"
                       r"media|press|news|unconfirmed) )*reports (?:of|that)\b|(?<=\bas )reports (?:of|that)\b|\b(?:(?:has|have|had) )?received "
                       r"(?:(?:several|multiple|numerous|many|some|credible|unconfirmed) )?reports(?= (?:that|of|from)\b)"),
    # A credit line and a post on another site as the source: "(via Geeks Are Sexy)", "according to a blog post for".
    ("relayed_report", r"\b(?:via|h/t) (?:(?<=\(via )|(?<=\(h/t ))[^()]{1,50}(?=\))|\baccording to (?:a|an|the) (?:recent |new )?"
                       r"(?:blog post|post|article|column|op-ed|piece) (?:for|in|on|by|from)\b|\b(?:says|said) (?:a|the) "
                       r"(?:new |recent |latest |separate )?report\b"),
    # A find passed on from social media: "spotted by a developer on Twitter", "On Reddit, one user explains".
    ("relayed_report", r"\b(?:spotted|noticed|discovered|unearthed|flagged|dug up|first shared) by (?:[\w@.’'\-]+ ){1,4}?"
                       r"on (?:twitter|x|reddit|mastodon|bluesky|threads|facebook|instagram|tiktok|youtube|a forum)\b|"
                       r"\b(?=on )(?:(?<=^)|(?<=[.!?]\s))on (?:twitter|x|reddit|mastodon|bluesky|threads|facebook|instagram|tiktok|"
                       r"youtube), (?:[\w@.’'\-]+ ){1,4}?(?:explains|explained|says|said|writes|wrote|notes|noted|"
                       r"points out|pointed out|shows|showed|claims|claimed|reports|reported)\b"),
    # Research invoked without naming or citing it: "Studies have also found", "Research suggests" (no "(14, 15)").
    ("relayed_report", r"(?<!the )(?<!these )(?<!those )(?<!both )(?<!two )(?<!its )(?<!their )\b(?:studies|research|"
                       r"surveys|polls) (?:have|has) (?:also |long |consistently |repeatedly )?(?:found|shown|"
                       r"suggested|indicated|concluded)\b(?![^.]{0,300}\(\d+(?:[,–-] ?\d+)*\))"),
    # Another outlet's scoop: "The Daily Ledger first reported the talks".
    ("relayed_report", r"(?-i:[A-Z][\w’'&\-]*)(?:\s+(?-i:[A-Z][\w’'&\-]*)){0,4} (?:first|previously|initially|originally) "
                       r"reported\b"),
    ("relayed_report", rf"\b{_WHOSE}{{1,2}}(?:{_PRESS}|reports) (?:had |have |has )?(?:reported|report|reports|said|claim|"
                       r"claimed|claims|suggest|suggested|suggests|put|indicated|speculated)\b"),
    ("relayed_report", rf"\b(?:according to|per|citing) (?:some |several |multiple |other )?(?:[\w\-]+ ){{0,2}}?(?<!state )(?:{_PRESS}|"
                       r"accounts circulating)\b|\b(?:accounts|posts|claims|videos|reports) (?:circulating|shared|"
                       r"posted) (?:on|online)\b|\bposts on (?:[\w\-]+ ){0,3}?(?:forums?|social media|twitter|facebook|"
                       r"reddit|tiktok|instagram) (?:suggest|say|said|claim|claimed|show|indicate)\b|\bper (?:a|the) report "
                       r"(?:in|by|from)\b"),
    ("relayed_report", r"\b(?:is|are|was|were) (?:widely )?reported to have\b|\b(?:speaking|spoke|talking|talked|"
                       r"telling|told|in an interview with|interviewed by) (?:to |with )?(?:a|an) (?:[\w\-]+ ){0,2}?(?:"
                       r"newspaper|paper|radio station|tv station|television station|broadcaster|magazine|outlet|website|"
                       r"podcast|tabloid)\b"),
    ("relayed_report", r"\b(?:carrying|carried|ran|running) reports (?:of|that)\b|\bthe (?:tabloids|papers|newspapers|"
                       r"gossip sites|trade press) (?:claim|claimed|say|said|report|reported)\b|\bunconfirmed reports\b|"
                       r"\bword has reached (?:this|our|the) \w+\b"),
    ("relayed_report", r"\bword (?:spread|circulated|got out) (?:through|on|across|among)\b|\b(?:it )?has been (?:widely )?"
                       r"reported that\b|\b(?:buzzing|rife|awash|abuzz) with (?:reports|rumou?rs|speculation)\b|"
                       r"\bpicked up by (?:other |several |many |tech |local |national |major |foreign )?(?:outlets|blogs|media|"
                       r"news sites|newspapers|websites|the press|tabloids)\b|\b(?:broadcaster|daily|newspaper|magazine|"
                       rf"weekly|tabloid|publication|outlet|wire service) {_NAME} (?:said|says|reported|reports|quoted|"
                       rf"cited)\b|\bobtained by (?:the )?(?:[\w\-]+ )?(?:publication|newspaper|magazine|website|outlet|"
                       rf"broadcaster) {_NAME}"),
    ("state_media", rf"\b{_STATE_RUN} (?:[\w’'\-]+ ){{0,3}}?{_ORGAN}\b|\bofficial (?:{_DEMONYMS}) (?:media|news agency|"
                    rf"broadcaster|television|press)\b|\b{_STATE_RUN} (?-i:[A-Z][\w\-]+)(?: (?-i:[A-Z][\w\-]+)){{0,3}} "
                    r"(?:reported|said|says|quoted|carried|published|aired)\b"),
    ("state_media", r"\b(?:news agency|news outlet|outlet|newspaper|broadcaster|television|tv channel|news service|media),? "
                    r"(?:[\w,]+ ){0,4}?(?:affiliated with|close to|linked to|run by|controlled by|owned by|funded by) the "
                    r"(?:government|state|military|army|(?:islamic )?revolutionary guards?(?: corps)?|guards|kremlin|"
                    r"communist party|ruling party|regime)\b"),
    # Round 5: "was rumored to have", "several news outlets, including Le Monde, said", "by several accounts in the
    # music press", "reports emerging overnight", "according to a new book by", "news agencies reported".
    ("relayed_report", r"\b(?:is|are|was|were|has been|had been) (?:widely )?rumou?red to\b|\b(?:several|multiple|many|"
                       r"various|other) (?:news |media )?(?:outlets|publications|newspapers|news organi[sz]ations)(?:,[^,]{1,60},)? "
                       r"(?:said|reported|say|report|claimed)\b|\b(?:by|according to) (?:several|many|some|most|multiple) "
                       r"accounts\b|\bin the (?:music|trade|local|tabloid|financial|sports|celebrity|fashion|tech|gaming) "
                       r"press\b|\breports (?:emerging|circulating|coming out|surfacing|filtering out)\b|\bnews agencies "
                       r"(?:[\w\s]{0,30}?)(?:reported|said|say|report)\b|\b(?:is|are|was|were) reported to (?:be|have)\b(?! (?:been )?missing\b)|"
                       r"\baccording to (?:a|an|the) (?:new |forthcoming |recent |upcoming |unauthori[sz]ed )?(?:book|memoir|"
                       r"biography|documentary|podcast)\b|\b(?:doing|making) the rounds (?:in|on|among)\b"),
    ("relayed_report", r"\bthe (?:[\w\-]+ )?(?:sports|business|financial|tabloid|local|regional|national|italian|spanish|"
                       r"french|german|british|american) (?:daily|weekly|newspaper|broadsheet|tabloid|news site|website|"
                       r"magazine) (?:said|says|reported|reports|claimed|claims)\b|\baccording to (?:[\w\-]+ ){0,2}?(?:in|from) "
                       r"(?:local|regional|national|state|foreign|international|social|the) media\b|\b(?:told|telling|tells) "
                       r"(?-i:Deadline|Variety|Billboard|Politico|Axios|Semafor)\b"),
    # Round 5: "a state-controlled channel", "the Kremlin-funded network", "Venezuela's government channel".
    ("state_media", rf"\b{_STATE_RUN} (?:channel|network|station|daily|broadcaster|outlet|tabloid|newspaper)\b(?! "
                    r"(?:was|were|has been|have been) (?:banned|blocked|closed|shut))|"
                    r"\bgovernment (?:channel|broadcaster|television|tv station|news agency|newspaper|mouthpiece)\b|"
                    r"\b(?:agency|outlet|channel|network|newspaper|broadcaster),? (?:which is |seen as |considered |widely "
                    r"seen as )?close to (?:the |iran['’]s |russia['’]s |china['’]s )?(?:security (?:services|establishment)|"
                    r"government|regime|kremlin|military|revolutionary guards?)\b"),
    # Round 6: "was carried earlier by TechCrunch", "several outlets, including Politico, have reported", "there were
    # reports late Tuesday of", "the Sentinel reported, citing court records", "outlets carried accounts of", "in press
    # reports", "confirmed to the regional broadcaster NDR", "word of the settlement spread".
    ("relayed_report", r"\b(?:was|were|had been) (?:first |earlier |also )?(?:carried|broken) (?:earlier |first )?by\b|\b(?:several|"
                       r"multiple|many|various|other) (?:news |media )?(?:outlets|publications|newspapers)(?:,[^,]{1,60},)? (?:have |"
                       r"has |had )(?:reported|said|claimed)\b|\bthere (?:were|have been|had been) (?:unconfirmed |several |"
                       r"multiple )?reports\b|, (?:the )?(?-i:[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2}) reported, citing\b|"
                       r"\b(?:outlets|newspapers|media|broadcasters|tabloids|papers) (?:carried|ran|published) (?:accounts|reports|"
                       r"stories)\b|\bin (?:press|media|newspaper|tabloid|several|multiple) reports\b|\bconfirmed to (?:the )?"
                       r"(?:[\w\-]+ ){0,2}?(?:broadcaster|newspaper|paper|outlet|agency|magazine|website|station)\b|\bword of "
                       r"[\w’'\- ]{1,40}? (?:spread|circulated|got out|leaked)\b"),
    ("state_media", rf"\b{_STATE_RUN} (?-i:[A-Z][\w\-]+)(?: (?-i:[A-Z][\w\-]+)){{0,3}} (?:warned|claimed|alleged|insisted|wrote|"
                    r"described|accused|cited)\b|\b(?:[\w’']+['’]s )?official (?:news )?(?:outlet|agency|newspaper|broadcaster|"
                    r"mouthpiece|television|tv)\b"),
]
