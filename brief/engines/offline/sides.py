"""A side's own version, by its channel or by its stake, where no reporting verb follows a name.

An office's account comes through its channels ("per the company's statement", "in a note to
investors", "the interior ministry put the number at", "the league's official explanation is
that", "a Pentagon spokesman, Maj. Ann Lee, said"); a side's claim shows in what it does with
the facts ("declared victory", "took credit for", "said its forces had captured") or in the stake
the article discloses ("which is lobbying against the tax"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_CHANNEL = (r"(?:statement|press release|news release|release|blog|blog post|engineering blog|website|announcement|"
            r"communiqu[eé]|memo|regulatory filing|note to (?:investors|clients|staff|employees|shareholders)|"
            r"letter to (?:shareholders|investors|staff|employees|customers|fans)|injury report)")
# The bodies whose own version a newsroom passes on as theirs.
_BODY = (r"(?:government|ministry|army|military|police|company|league|club|team|school|university|department|agency|"
         r"authorities|federation|organi[sz]ers|network|studio|hospital|navy|council|administration|white house|"
         r"kremlin|pentagon|firm|bank|airline|board)")
# What a side says its forces did ("said its troops had captured"), not a trip or a score ("said they had taken the train").
_DEEDS = (r"(?:captured|retaken|seized|shot down|downed|repelled|destroyed|liberated|knocked out|driven (?:[\w\-]+ ){0,3}?"
          r"away|drove (?:[\w\-]+ ){0,3}?away|expelled|intercepted)")
_STRIKES = rf"(?:{_DEEDS}|targeted|struck|hit|killed|taken (?:control of |over )?the)"

SIDE_RULES: list[tuple[str, str]] = [
    # The side's own document speaking for it: "The statement said", "the company's website says", "the listing says".
    ("official_account", r"\b(?:the|its|their|a|an|(?-i:[A-Z][\w&\-]*)[’']s) (?:[\w$,.’'\-]+ ){0,2}?(?:statement|"
                         r"press release|news release|website|web site|listing|prospectus|brochure|fact sheet|readout)"
                         r"(?: of the [\w\-]+)? (?:said|says|stated|states|claimed|claims|read|reads|noted|notes|added|adds|"
                         r"boasted|boasts|promised|promises)\b(?! like\b)"),
    ("official_account", rf"\bper (?:the |a |an |its |their )?(?:[\w’'\-]+[’']s )?(?:official |engineering |press |news |"
                         rf"written |latest )?{_CHANNEL}\b|\b(?:in|through|via) (?:a|an|its|their) (?:[\w\-]+ ){{0,2}}?"
                         r"(?:press release|news release|note to (?:investors|clients|staff|employees|shareholders)|notice "
                         r"posted|communiqu[eé]|memo to|post on its website|regulatory filing|filing with)\b|\b(?:released|"
                         r"issued|put out) (?:a|an) (?:[\w\-]+ )?statement (?:saying|that)\b|\b(?:a|the) statement (?:issued|"
                         r"released|put out) by\b|\ba (?:government|ministry|military|army|joint|official) communiqu[eé]\b"),
    ("official_account", rf"\b(?:ministry|police|authorities|officials|government|agency|army|military|department|navy|"
                         rf"company|commission) (?:has |have |had )?put (?:the|its|their) (?:[\w\-]+ )?(?:number|toll|figure|"
                         rf"count|total|tally|estimate) (?:of [\w\s]{{1,30}}? )?at\b|\b(?:official (?:line|explanation|"
                         rf"position|account|version)|{_BODY}['’]s? (?:official )?(?:line|explanation|position|version(?: of "
                         r"events)?|account)) (?:from [\w’'\- ]{1,30} )?(?:,[^,]{1,60}, )?(?:is|was|has been|holds|maintains) "
                         r"that\b|\bofficial (?:figures|data|statistics|estimates|tallies|numbers) (?:from|by|released by|"
                         r"published by)\b"),
    ("official_account", r"\bspokes(?:man|woman|person),? (?-i:[A-Z])[\w.’'\- ]{2,40}?,? (?:said|says|told)\b|"
                         r"(?-i:\b[Aa]n? (?:[A-Z][\w&.\-]* )+(?:representative|press officer|publicist|spokes(?:man|woman|"
                         r"person)))(?:,[^,]{1,60},)? (?:said|says|told|confirmed)\b|\b(?:a|an|the) (?:representative|rep|"
                         r"publicist) for (?:the |a |an )?(?:[\w’'\-]+ ){1,4}?(?:said|says|told|confirmed|declined)\b|"
                         r"(?<!former )\b(?:director of (?:communications|public affairs|media relations)|communications "
                         r"director|head of communications|press officer|publicist)(?: [\w’'\- ]{1,30}?)? (?:said|says|told|"
                         r"confirmed)\b|\bofficials (?:at|with|from|for) (?:the |a )?(?:[\w’'\-]+ ){1,4}?(?:said|say|says|"
                         r"told)\b"),
    ("official_account", r"\b(?:in|through) (?:a|an|its|their) (?:[\w\-]+ ){0,2}?(?:regulatory filing|court filing|filing "
                         r"with|response to questions|written response|own account of|post on its)\b|\bsaid on (?:its|"
                         r"their) (?:website|blog|official [\w\-]+|social media)\b"),
    ("party_claim", rf"\bdeclared victory\b|\b(?:took|claimed) credit for\b|\b(?:said|says|say) (?:its|their) (?:forces|"
                    rf"fighters|troops|soldiers|units|men|militia|army|strikes|attacks|drones) (?:had |have |has )?"
                    rf"{_STRIKES}\b|\b(?:said|says|say) (?:it|they) (?:had |have |has )?{_DEEDS}\b|\bdeclared (?:himself|"
                    r"herself|itself|themselves) (?:the )?(?:winner|victor|victorious)\b"),
    ("party_claim", r"\b(?:(?:maintain|assert|boast)(?:s|ed)?|(?:insist|contend)(?:s|ed)?)(?= that (?:the|a|an|it|he|she|"
                    r"they|we|its|his|her|their|there|this|these|those)\b)|\b(?:insist|contend)(?:s|ed)?(?= (?:it|they|"
                    r"he|she) )|\b(?:lawyers?|attorneys?|counsel|advocates?) (?:for|of|representing) (?:the |a |an )?"
                    r"(?:[\w.’'\-]+ ){1,4}?(?:argue|argued|argues|contend|contends|contended|maintain|maintains|maintained|"
                    r"insist|insists|insisted|claimed|claims|assert|asserted|asserts)\b"),
    # A case argued rather than a fact reported: "made the argument that", "made the case that".
    ("party_claim", r"\b(?:made|makes|making|make|pressed|presses|pressing) (?:the|an?|his|her|their|its) (?:[\w\-]+ )?"
                    r"(?:argument|case|point|claim) (?:that|for)\b"),
    # A side named by what it does ("striking doctors say", "rival firm Brightpath says", "supporters of the former
    # president say"), its own count ("tenants' leaders put the number at"), or its blame of the other side.
    ("party_claim", r"\b(?:striking|protesting|campaigning|rival|opposing|dissident|disgruntled|aggrieved) (?:[\w\-]+ ){0,2}?"
                    r"(?:say|says|said|argue|argues|argued|claim|claims|claimed|insist|insists|insisted|contend|contends)\b|"
                    r"\b(?:supporters|opponents|critics|allies|backers|defenders) of (?:the |his |her |their )?(?:[\w\-]+ ){1,4}?"
                    r"(?:say|said|says|argue|argued|claim|claimed|insist|insisted)\b|\b(?:leaders|organi[sz]ers|activists|"
                    r"campaigners|unions?|protesters) (?:have |had )?put (?:the|their) (?:number|toll|figure|count|turnout|"
                    r"crowd)\b[^.;]{0,40}? at\b|\beach (?:side|party|camp) (?:is |has been )?blam(?:es|ing|ed) the other\b"),
    # The stake disclosed beside the claim: "which is lobbying against the tax", "who stands to lose the lease".
    ("party_claim", r"\b(?:which|who) (?:is|are|was|were|has been|have been) (?:lobbying|campaigning|suing) (?:for|against|"
                    r"to)\b|\b(?:which|who) (?:is|are|was|were) fighting (?:the|a|an) (?:[\w\-]+ )?(?:recall|ban|ruling|"
                    r"lawsuit|fine|charges|case|decision|law|tax|plan|order|deal|merger)\b|\b(?:which|who) (?:is|are|was|"
                    r"were) seeking (?:public money|damages|compensation|re-?election|public funding)\b|\b(?:which|who) "
                    r"(?:faces|faced) (?:a|an) (?:[\w$.,\-]+ ){0,3}?(?:fine|lawsuit|penalty|charges|investigation|inquiry|"
                    r"probe|recall|ban|suit)\b|\b(?:which|who) (?:stands to (?:lose|gain)|has a (?:financial )?stake)\b|"
                    r"\b(?:touts?|touted|touting|pitching|pitches|pitched|markets|marketed|marketing|promotes|promoted|"
                    r"promoting) (?:it|them|itself|(?:its|their|his|her) [\w\-]+(?: [\w\-]+)?) as\b|\b(?:is|was|are|were) "
                    r"(?:being )?(?:billed|touted|marketed|pitched|promoted) as\b|\bdescribes? (?:it|them) as the (?:best|"
                    r"finest|fastest|greatest|only|most|definitive|ultimate)\b|\b[\w\-]+ (?:opposing|backing|campaigning "
                    r"(?:for|against)) (?:the |a |an )?(?:[\w\-]+ ){1,3}?(?:say|said|says|argue|argued|claim|claimed)\b"),
    # Round 5 of the phrasing batteries. A body's own channel: "told a news conference", "the defense ministry's daily
    # briefing said", "told staff in a memo", "Writing to parents, the headteacher", "figures released by the ministry",
    # "The fire department's account, posted on its website, said", "Officials at the Home Office insisted".
    ("official_account", r"\btold (?:a|the|reporters at a) (?:news|press) (?:conference|briefing)\b|\btold (?:staff|"
                         r"employees|workers|parents|students|members|shareholders|investors) in a (?:memo|letter|"
                         r"email|note)\b|\b(?:daily |weekly |morning |regular )?"
                         r"(?:briefing|bulletin|update|situation report) (?:said|says|stated|reported|claimed)\b|\bin a "
                         r"(?:memo|letter|email|note|notice|circular|bulletin) to (?:staff|employees|parents|students|"
                         r"members|shareholders|investors|customers|residents|fans|players)\b|\bwriting to (?:parents|staff|"
                         r"employees|shareholders|investors|members|customers|fans|students|residents)\b|\b(?:figures|data|"
                         r"numbers|statistics) (?:released|published|provided|issued|supplied) by (?:the )?(?:[\w\-]+ ){0,3}?"
                         r"(?:ministry|department|agency|office|police|government|authorities|commission|bureau|council|"
                         r"company|club|league)\b"),
    ("official_account", r"\b(?:department|ministry|agency|office|force|service|company|police|army|military|council|"
                         r"league|club|school|hospital)['’]s? (?:own )?account,? (?:[^,]{1,50},)? ?(?:said|says|states|stated|"
                         r"claimed|claims)\b|\b(?:officials|bosses|executives|managers|spokespeople) (?:at|in|from) (?:the )?"
                         r"(?-i:[A-Z][\w&\-]*)(?: (?-i:[A-Z][\w&\-]*)){0,3} (?:said|says|insisted|insist|insists|told|claimed|"
                         r"maintained|argued)\b|\b(?:press office|press team|communications (?:office|team)|media office) "
                         r"(?:said|says|put|stated|told|confirmed)\b|\b(?:prison|health|ambulance|fire|coast ?guard|"
                         r"probation|park|parks|postal|civil|border|immigration) service (?:said|says|stated|confirmed|"
                         r"told|put)\b"),
    # Round 5: a side's claim. Credit taken ("credits its new pricing with", "quick to take credit"), blame laid
    # ("blamed the delays on"), its own figures ("according to figures it supplied", "its own attestation"),
    # "in the studio's telling", the claimant's word, the stake ("which holds the patent", "which stands to earn").
    ("party_claim", r"\bcredit(?:s|ed)? (?:its|their|his|her|the) (?:[\w\-]+ ){0,3}?with\b|\b(?:to take|taking) credit "
                    r"for\b(?! (?:orders|payments|purchases|cards))|\bblam(?:ed|es|e|ing) (?:the |its |their |his |her )?(?:[\w\-]+ ){0,3}?on (?:the |a |an |its |"
                    r"their |his |her )?(?:[\w\-]+ ){0,2}?(?:rivals?|opponents?|the other|weather|shortages?|"
                    r"staff|strikes?|regulators?|government|union|management|predecessors?|traffic control|suppliers?|"
                    r"contractors?|hackers?|critics|media)\b|\baccording to (?:figures|data|numbers|statistics) "
                    r"(?:it|they|he|she) (?:supplied|provided|released|published|shared)\b|\b(?:according to|by) (?:its|"
                    r"their|his|her) own (?:figures|data|numbers|attestation|audit|survey|account|count|tally|estimates?|"
                    r"reckoning)\b|\bin (?:the |its |his |her |their )?(?:[\w’'\-]+['’]s )?telling\b"),
    ("party_claim", r"\b(?:said|says|say|claimed|claims) (?:it|they) (?:had |has |have )?(?:killed|eliminated|"
                    r"neutrali[sz]ed|wounded|destroyed|downed|shot down)\b|\b(?:its|their) air defen[cs]es (?:had |have "
                    r"|has )?(?:downed|intercepted|shot down|destroyed)\b|"
                    r"\baccording to (?:the )?(?:claimant|plaintiff|complainant|petitioner|appellant)s?\b|\b(?:which|who) "
                    r"(?:holds|owns|makes|sells|markets|controls) (?:the|a|an) (?:[\w\-]+ )?(?:patent|rights|licen[cs]e|"
                    r"contract|franchise|drug|product|stake|monopoly)\b|\b(?:which|who) stands? to (?:earn|make|profit|"
                    r"benefit|pocket|collect|win)\b|\b(?:which|who) (?:is|are|was|were) fighting (?:the|a|an) [\w\-]+"
                    r"(?: [\w\-]+)?\b|\b(?:asserted|asserts|assert|insisted|insists|argued|argues|contended|contends) that "
                    r"(?:turnout|sales|demand|profits?|the (?:figures?|numbers?|results?|vote|count|election|deal|scheme|plan)|"
                    r"its|their|his|her)\b|\b(?:unions?|union['’]s|leaders|organi[sz]ers|campaigners) (?:have |had )?put "
                    r"(?:the )?(?:turnout|attendance|crowd|number|figure|count) at\b"),
]
