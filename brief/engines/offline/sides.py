"""A side's own version: an official's or a body's account, and a party's self-interested claim.

An office's account comes through its channels ("per the company's statement", "in a note to
investors", "the interior ministry put the number at", "the league's official explanation is
that", "a Pentagon spokesman, Maj. Ann Lee, said"); a side's claim shows in what it does with
the facts ("declared victory", "took credit for", "said its forces had captured") or in the stake
the article discloses ("which is lobbying against the tax"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

from .spokes import SPOKES_CUE

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
    # The stock phrases first: where two rules match at one place, the earlier one's cue is kept.
    ("official_account", r"\b(?:police|company|ministry|government|army|military|official|club|school|hospital|"
                         r"council|agency|court) statement (?:said|says|read|added|stated)\b"),
    ("official_account", r"\bsaid in (?:a|an|the) (?:written |joint |e-?mailed |prepared |brief |separate )?(?:statement|release|news release|press release)\b"),
    ("official_account", r"\bin (?:the |its |his |her |their |(?:the )?[\w\-]+[’']s )(?:own )?(?:official |written |"
                         r"joint |latest |quarterly )?(?:statement|news release|press release|earnings release|"
                         r"securities filing|regulatory filing)\b"),
    ("official_account", r"\b(?:in|issued) (?:a|an) (?:official |written |joint |emailed |prepared )?statement\b|\baccording to (?:a|an|the) "
                         r"(?:[\w-]+ )?(?:statement|press release|news release|readout|communiqu[eé])\b"),
    ("official_account", rf"\b{SPOKES_CUE}\b"),
    # A side's own channel: its announcement or advert, its social media account, its own records or website.
    ("official_account", r"\b(?:said|says|wrote|writes|stated|declared) in (?:(?:the |its |his |her |their |an? )"
                         r"(?:[\w\-]+[’']s )?|[\w\-]+[’']s )(?:own )?(?:[\w-]+ )?(?:public service announcement|announcement|advert|"
                         r"advertisement|ad|blog post|newsletter|campaign video|video message|manifesto)\b"),
    ("official_account", r"\b(?:shared|posted|published|announced|said|wrote|tweeted) (?:on|via|in|through) "
                         r"(?:the |its |his |her |their |[\w\-]+[’']s )?(?:official |verified )?(?:Twitter|X|"
                         r"Facebook|Instagram|LinkedIn|YouTube|Telegram|TikTok|social media) (?:handle|account|page|"
                         r"feed|channel|post)s?\b"),
    ("official_account", r"\baccording to (?:the |its |his |her |their )?(?:[\w\-]+[’']s |(?:state|government|"
                         r"federal|city|county|company|ministry|department|agency|council|official|public) )(?:own )?"
                         r"(?:[\w-]+ )?(?:website|records|data|figures|filings?|documents?|accounts|budget|register|"
                         r"database|disclosures?)\b"),
    ("official_account", r"\b(?:ministry|government|military|army|police|authorities|department|administration|"
                         r"company|agency|prosecutors|Pentagon|Kremlin|White House|State Department|Foreign Office|"
                         r"Downing Street) (?:has |have |had )?(?:also )?(?:said|says|say|announced|hailed|stated|"
                         r"insisted|maintains|maintained)\b"),
    ("official_account", r"\b(?:said|says|say) (?:the )?(?:ministry|government|military|army|police|authorities|"
                         r"company|officials)(?=[.,;])|\bofficials (?:said|say|says)\b"),
    ("party_claim", r"(?:\b[\w’'\-]+ to )?(?<!the )(?<!these )(?<!those )(?<!such )(?<!his )(?<!her )(?<!its )(?<!their )(?<!a )(?<!'s )"
                    r"(?<!’s )\bclaim(?:ed|s)?(?: responsibility\b|(?= (?:that|to|it|they|he|she)\b))"),
    # A side praising its own initiative ("X called its new plan a triumph"): self-assessment, not fact.
    ("party_claim", r"\b(?:called|calls|described|describes|hailed|hails|billed|bills|touted|touts|praised|praises) "
                    r"(?:its|his|her|their|the new|the latest|its own|their own) (?:new |own |latest |flagship )?"
                    r"(?:campaign|programme|program|plan|policy|initiative|product|project|strategy|effort|scheme|"
                    r"law|bill|reform|service|app|device|phone|launch)s?\b"),
    ("party_claim", r"\b(?:is|are|was|were) (?:sponsored|paid for|funded|underwritten) by\b|\bpaid partnership\b|"
                    r"\b(?:coupon|promo|promotional|discount|referral) code\b|\baffiliate (?:links?|commission)\b|"
                    r"\b(?:may|might) earn (?:a|an affiliate) commission\b"),
    # A side's interest in the matter, disclosed: "has business ties to the lender", "stands to profit".
    ("party_claim", r"\b(?:business|financial|commercial) (?:ties|links|interests?|connections?|relationships?) "
                    r"(?:to|with|in)\b|\bstands? to (?:gain|benefit|profit)\b|\bconflicts? of interest\b"),
    # An expert engaged by one side of a case speaks for that side.
    ("party_claim", r"\b(?:expert|witness|consultant|appraiser|economist|analyst|accountant|valuer|"
                    r"investigator)s? (?:for|hired by|retained by|paid by|working for|called by|commissioned by|on behalf "
                    r"of) (?:the )?(?:[\w’'-]+ ){0,3}?(?:attorney general|prosecution|prosecutors?|defen[cs]e|plaintiffs?|"
                    r"defendants?|claimants?|respondents?|petitioners?|(?:his|her|their|its) (?:side|lawyers|team))\b"),
    ("party_claim", r"\bargued (?:that )?(?:his|her|their|its) (?!case\b)"),
    # An organisation writing as "we" outside quotation marks: its own statement, whoever publishes it.
    ("official_account", r"\bwe (?:(?<=^we )|(?<=[.!?] we ))(?:are|were|remain) (?:\w+ )?(?:thrilled|delighted|pleased|"
                         r"proud|excited|glad|"
                         r"happy|honou?red|saddened|disappointed|heartened|encouraged)\b"),
    # A company or body speaking through its own channel, fronted: "In a blog post, the firm said".
    ("official_account", r"\bin (?:(?<=^in )|(?<=[.!?] in ))(?:a|an|its|their) (?:[\w\-]+ )?(?:blog post|statement|"
                         r"press release|news release|"
                         r"letter|tweet|filing|memo|email|e-mail)(?=,)"),
    # A side's case argued in its own filing: "The lawsuit contends", "the petition argues".
    ("party_claim", r"\b(?:case|lawsuit|suit|complaint|petition|appeal|filing|claim) (?:also )?(?:contends|argues|"
                    r"maintains|asserts|insists)\b"),
    # A press release passed on as news: "announced the opening of", "used in this release".
    ("official_account", r"\b(?:announced|announces|unveiled|unveils|celebrated|celebrates) the (?:grand |official |"
                         r"soft )?(?:opening|launch|debut|arrival|introduction) of\b|\b(?:in|of) this (?:press|news) release\b|"
                         r"\b(?:used|referred to) in this release\b|\bfor immediate release\b"),
    # A speaker selling as they speak, and a side's own promo as the evidence: "said as he touted a bottle".
    ("party_claim", r"\b(?:said|says|explained|explains|insisted|insists) (?:as|while) (?:he|she|they) (?:spruik\w*|"
                    r"tout\w*|pitch\w*|hawk\w*|plug\w*|promot\w*|sell\w*|sold|market\w*)\b"),
    ("official_account", r"\bas (?:you can see|seen|shown|revealed) (?:from|in) the (?:official |new |reveal |launch )?"
                         r"(?:trailer|teaser|promo|promotional video|announcement video|press images?)\b"),
    # A body's own document as the source ("An internal report ... reveals"), not an internal inquiry as news.
    ("official_account", r"\binternal (?:report|review|audit|investigation|memo|document|e-?mails?)\b(?=[^.;]{0,120}?"
                         r"\b(?:found|finds|shows?|showed|says?|said|reveals?|revealed|concluded|concludes|states?|stated)\b)"),
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
    # Round 6. A body's own channel: "the army's version, released through its press office, says", "the airline's
    # official explanation ... blames", "per the city's press office", "company representatives said", "the health
    # department's account ... is that", "responding by email", "the palace said".
    ("official_account", rf"\b(?:{_BODY}|airline|city|palace|council|ministry|agency|club)['’]s? (?:official )?(?:version|"
                         r"account|explanation|line)(?: of events)?(?:,[^,]{1,60},)? (?:says|said|states|stated|is that|was "
                         r"that|blames|blamed|puts|put)\b|\bper (?:the |a |its )?(?:[\w’'\-]+['’]s )?(?:press office|"
                         r"communications office|spokes(?:man|woman|person))\b|\b(?:company|agency|government|police|city|"
                         r"county|state|club|league|university|hospital|school|airline|ministry|department|team|network|"
                         r"studio) (?:representatives|spokespeople|officials) (?:said|say|says|told|confirmed|insisted)\b|"
                         r"\bresponding (?:by|via|in an?) (?:email|e-mail|statement|letter)\b|\b(?:the |buckingham |"
                         r"kensington |royal )palace (?:said|says|confirmed|announced|stated|insisted)\b"),
    # Round 6. A side's claim: "asserts its treatment is superior", "opposition leaders claim", "activists opposed to
    # the pipeline claimed", "which faces billions in payouts", "touts the scheme as", "credited its own pressure for",
    # "fighting to keep his job", "hailed the budget as a win", "which needs its permit renewed", "claimed victory",
    # "her publicist framed the split as", "that stands to lose its licence".
    ("party_claim", r"\b(?:asserts|asserted|insists|insisted|contends|contended) (?:its|their|his|her) "
                    r"[\w\-]+\b|\bopposition (?:[\w\-]+ )?(?:leaders?|figures|parties|politicians|lawmakers|mps) (?:claim|"
                    r"claimed|say|said|insist|insisted|allege|alleged|argue|argued|accuse|accused)\b|\b(?:activists|"
                    r"campaigners|groups|residents|critics|protesters|opponents|supporters) (?:opposed to|opposing|against|"
                    r"fighting|backing|supporting|in favou?r of) (?:the |a |an )?(?:[\w\-]+ ){1,3}?(?:claim|claimed|say|said|"
                    r"argue|argued|insist|insisted)\b|\b(?:which|who|that) (?:faces|faced) (?:billions|millions|hundreds|"
                    r"thousands|[$£€]|\d)|\b(?:touts?|touted|touting) (?:the|its|their|his|her) [\w\-]+(?: [\w\-]+)? as\b|"
                    r"\bcredit(?:s|ed)? (?:its|their|his|her) (?:own )?(?:[\w\-]+ ){0,3}?for\b"),
    ("party_claim", r", (?:fighting|battling|campaigning|seeking|bidding|hoping|desperate) (?:to|for) (?:keep|save|win|retain|"
                    r"secure|hold on to) (?:his|her|their|its) (?:job|seat|place|licen[cs]e|contract|post|title|majority)\b|"
                    r"\bhail(?:ed|s)? (?:the|its|their|his|her) (?:[\w\-]+ ){0,3}?as (?:a|an) (?:win|victory|triumph|success|"
                    r"breakthrough|vindication)\b|\b(?:which|that|who) needs? (?:its|their|his|her|a) (?:[\w\-]+ )?(?:permit|"
                    r"licen[cs]e|approval|contract|planning permission)\b|\b(?:both|each) (?:[\w\-]+ )?claim(?:ed|s)? victory\b|"
                    r"\bclaimed victory (?:after|despite) (?:the |a )?(?:recount|election|vote|poll|referendum|ballot)\b|\b(?:publicist|"
                    r"spokes(?:man|woman|person)|lawyer|attorney|representative|rep|camp|team) (?:framed|cast|painted|"
                    r"portrayed|spun|characteri[sz]ed) (?:the|it|his|her|their)\b|\bthat stands? to (?:lose|gain|earn|"
                    r"profit|benefit)\b"),
]
