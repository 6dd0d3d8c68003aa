"""A side's own version, by its channel or by its stake, where no reporting verb follows a name.

An office's account comes through its channels ("per the company's statement", "in a note to
investors", "the interior ministry put the number at", "the league's official explanation is
that", "a Pentagon spokesman, Maj. Ann Lee, said"); a side's claim shows in what it does with
the facts ("declared victory", "took credit for", "said its forces had captured") or in the stake
the article discloses ("which is lobbying against the tax"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_CHANNEL = (r"(?:statement|press release|news release|release|blog|blog post|engineering blog|website|announcement|"
            r"notice|communiqu[eé]|memo|filing|note to (?:investors|clients|staff|employees|shareholders)|"
            r"letter to (?:shareholders|investors|staff|employees|customers|fans))")
_DEEDS = (r"(?:captured|taken|retaken|seized|targeted|struck|hit|repelled|shot down|downed|killed|destroyed|liberated|"
          r"knocked out|driven (?:[\w\-]+ ){0,3}?away|drove (?:[\w\-]+ ){0,3}?away|expelled|intercepted|won)")

SIDE_RULES: list[tuple[str, str]] = [
    ("official_account", rf"\bper (?:the |a |an |its |their )?(?:[\w’'\-]+ ){{0,3}}?{_CHANNEL}\b|\b(?:in|through|via) "
                         rf"(?:a|an|its|their) (?:[\w\-]+ ){{0,2}}?(?:press release|news release|note to (?:investors|"
                         r"clients|staff|employees|shareholders)|notice posted|communiqu[eé]|memo to|post on its website|"
                         r"regulatory filing)\b|\b(?:released|issued|put out) (?:a|an) (?:[\w\-]+ )?statement (?:saying|"
                         r"that)\b|\b(?:a|the) statement (?:issued|released|put out) by\b"),
    ("official_account", r"\b(?:ministry|police|authorities|officials|government|agency|army|military|department|navy|"
                         r"company|commission) (?:has |have |had )?put (?:the|its|their) (?:[\w\-]+ )?(?:number|toll|"
                         r"figure|count|total|tally|estimate)\b|\b(?:official (?:line|explanation|position|account|"
                         r"version)|(?:[\w’'\-]+[’']s) (?:official )?(?:line|explanation|position|version(?: of events)?)) "
                         r"(?:from [\w’'\- ]{1,30} )?(?:,[^,]{1,60}, )?(?:is|was|has been|holds|maintains) that\b|\b[\w’'\-]+[’']s? "
                         r"account (?:is|was) that\b|\bofficial (?:figures|data|statistics|estimates|tallies|numbers) "
                         r"(?:from|by|released by|published by)\b|\bcommuniqu[eé]\b"),
    ("official_account", r"\bspokes(?:man|woman|person),? (?-i:[A-Z])[\w.’'\- ]{2,40}?,? (?:said|says|told)\b|"
                         r"(?-i:\b[Aa]n? (?:[A-Z][\w&.\-]* )+(?:representative|press officer|publicist|spokes(?:man|woman|"
                         r"person)))(?:,[^,]{1,60},)? (?:said|says|told|confirmed)\b|\b(?:a|an|the) (?:representative|rep|"
                         r"publicist) for\b|\b(?:director of (?:communications|public affairs|media relations)|"
                         r"communications director|head of communications|press officer|publicist)(?: [\w’'\- ]{1,30}?)? "
                         r"(?:said|says|told|confirmed)\b|\bofficials (?:at|with|from|for) (?:the |a )?(?:[\w’'\-]+ ){1,4}?"
                         r"(?:said|say|says|told)\b"),
    ("official_account", r"\b(?:in|through) (?:a|an|its|their) (?:[\w\-]+ ){0,2}?(?:filing|response to questions|"
                         r"written response|own account|post on its|notice)\b|\bsaid on (?:its|their) (?:website|blog|"
                         r"official [\w\-]+|social media|account)\b|\bper (?:the |a |an |its |their )?(?:[\w’'\-]+ ){0,3}?"
                         r"injury report\b"),
    ("party_claim", rf"\b(?:declared|declares|declaring|claimed|claims) victory\b|\b(?:took|takes|taking|claimed|claims) "
                    rf"credit for\b|\b(?:said|says|say) (?:its|their) (?:forces|fighters|troops|soldiers|units|men|militia|"
                    rf"army|strikes|attacks|drones) (?:had |have |has )?{_DEEDS}\b|\b(?:said|says|say) (?:it|they) (?:had |have |"
                    rf"has )?{_DEEDS}\b|\bdeclared (?:himself|herself|itself|themselves) (?:the )?(?:winner|victor|victorious)\b"),
    ("party_claim", r"\b(?:(?:maintain|assert|boast)(?:s|ed)?(?= that\b)|(?:insist|contend)(?:s|ed)?(?= (?:that|it|they|he|she|the)\b))|"
                    r"\b(?:lawyers?|attorneys?|counsel|advocates?) (?:for|of|representing) (?:the |a |an )?"
                    r"(?:[\w.’'\-]+ ){1,4}?(?:argue|argued|argues|contend|contends|contended|maintain|maintains|maintained|"
                    r"insist|insists|insisted|claimed|claims|assert|asserted|asserts)\b"),
    # The stake disclosed beside the claim: "which is lobbying against the tax", "who stands to lose the lease".
    ("party_claim", r"\b(?:which|who) (?:is|are|was|were|has been|have been) (?:lobbying|campaigning|fighting|suing|"
                    r"seeking|pushing) (?:for|against|to)\b|\b(?:which|who) (?:faces|stands to (?:lose|gain)|has a "
                    r"(?:financial )?stake)\b|\b(?:touts?|touted|touting|pitching|pitches|pitched|markets|marketed|marketing|"
                    r"bills|billed|billing|promotes|promoted|promoting) (?:it|them|itself|(?:its|their|the|his|her) [\w\-]+"
                    r"(?: [\w\-]+)?) as\b|\b(?:is|was|are|were) (?:being )?(?:billed|touted|marketed|pitched|promoted) as\b|"
                    r"\bdescribes? (?:it|them) as the (?:best|finest|fastest|greatest|only|most|definitive|ultimate)\b|"
                    r"\b[\w\-]+ (?:opposing|supporting|backing|fighting|campaigning (?:for|against)) (?:the |a |an )?"
                    r"(?:[\w\-]+ ){1,3}?(?:say|said|says|argue|argued|claim|claimed)\b"),
]
