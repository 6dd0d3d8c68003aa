"""The cue phrases of the twelve caveat types, one pattern per class of wording.

"reportedly", "declined to comment", "could not be independently verified", "at least 40":
each pattern names a way newsrooms phrase a sourcing caveat. ``caveats`` runs them (one
alternation per type) and keeps the exact slice of the paragraph as the cue.
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

_NUM = r"(?:(?:us|c|a)?[$£€¥] ?\d[\d,.]*(?: (?:million|billion|trillion))?|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands)"
# "at least 8 hours a night" is advice, not a early count.
_NOT_COUNTED = (r"(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|times|percent|per cent|servings?|"
                r"glasses|cups|grams|steps|miles|kilometres|kilometers|inches|feet|pounds|kg|mg)")
# Unnamed people who speak: one of them ("a patron said") or a count of them ("Two donors tell").
_PEOPLE = (r"(?:patron|customer|resident|neighbou?r|witness|eyewitness|passer-?by|bystander|shopper|diner|commuter|"
           r"passenger|student|parent|employee|worker|staffer|aide|adviser|advisor|relative|friend|acquaintance|owner|"
           r"manager|nurse|teacher|driver|guard|"
           r"classmate|co-?worker|colleague|associate|insider|source|donor|activist|volunteer|lawmaker|"
           r"legislator|member|official|officer|investigator|agent|executive|diplomat|man|woman|person)")
_TOLD = r"(?:tell|tells|told|say|says|said|recalled|predicted|described|confirmed)"
_ASSERTS = (r"(?:asserts?|asserted|says|say|said|claims?|claimed|insists?|insisted|maintains?|maintained|argues?|argued|"
            r"contends?)")
# (type, pattern), matched case-insensitively; a pattern that needs capitals says so with (?-i:...).
_RULES: list[tuple[str, str]] = [
    ("anonymous_source", r"\b(?:people|persons?|sources?) (?:familiar with|close to|with knowledge of)\b(?! (?:the )?(?:area|"
                         r"trail|route|city|town|region|neighbou?rhood|game|sport|language|software|rules|park|venue)\b)"),
    ("anonymous_source", r"\bon (?:the )?condition of anonymity\b|\b(?:people|persons?|sources?|officials?) (?:briefed on|"
                         r"with (?:direct )?knowledge of|aware of the (?:matter|plans?|talks|discussions))\b"),
    ("anonymous_source", r"\bwho (?:asked|declined|requested) not to be (?:named|identified)\b|"
                         r"\b(?:declining|declined|asking|asked|refusing|refused|not wishing|wishing not) to be "
                         r"(?:named|identified)\b"),
    ("anonymous_source", r"\ba (?:senior |government |party |police |military |diplomatic |security |palace |"
                         r"company |team )?source (?:in|at|within|inside|close to|familiar with)\b"),
    ("unverified", r"\b(?:not|never) been able to (?:independently )?(?:verify|confirm|corroborate)\b|"
                   r"\brumou?rs (?:circulated|spread|swirled|began|grew)\b"),
    ("relayed_report", r"\b(?:has|had|have) (?:seen|obtained|reviewed) (?:a copy of|a draft of|copies of|the (?:letter|"
                       r"memo|report|document|documents|email|emails|draft))\b"),
    ("conflicting_accounts", r"\b(?:reports|accounts|estimates|figures) (?:of|on|about) (?:the )?(?:[\w\-]+ ){0,4}?"
                             r"(?:vary|varied|differ|differed|conflict|conflicted)\b|\b(?:remains?|remained) (?:still )?"
                             r"unclear\b|\bdisagree(?:d|s)? (?:about|over|on)\b"),
    ("anonymous_source", r"\b(?:unnamed|anonymous) (?:\w+ )?(?:officials?|sources?|people|insiders?)\b"),
    ("anonymous_source", r"\b(?:according to |cited )?(?:industry|diplomatic|military|security|intelligence|"
                         r"government|western|several|multiple|two|three) sources\b"),
    ("anonymous_source", r"\bsources (?:said|say|says|told|tells? (?:us|me))\b|\baccording to (?:\w+ )?sources\b|\b(?:declined|asked) "
                         r"to be (?:named|identified)\b|\binsiders (?:said|say|says|told|tell|tells)\b"),
    ("anonymous_source", r"\b(?:speaking|spoke) (?:anonymously|on background)\b|\bnot (?:authori[sz]ed|permitted) to "
                         r"(?:speak|talk|comment) (?:publicly|on the record)\b|\bciting (?:unnamed |anonymous )?"
                         r"(?:sources|people|officials|insiders)\b|\bwho did not want to be (?:named|identified)\b"),
    ("anonymous_source", r"\b(?:an?|two|three|several) (?:senior |top |western |u\.s\. |government |military |\w+ )?"
                         r"(?:official|diplomat|source|insider)s? (?:said|says|told)\b"),
    # Unnamed, but placed: "An aide to the senator said", "a source in the ministry told".
    ("anonymous_source", r"\b(?:an?|two|three|several|one) (?:senior |top |former |\w+ )?(?:official|diplomat|source|"
                         r"insider|aide|adviser|advisor|staffer|employee|executive)s? (?:to|for|of|in|at|with|inside|within|"
                         r"close to) (?:the |a |an |his |her |their )?(?:[\w.’'\-]+ ){1,4}?(?:said|says|told|tells)\b"),
    # Someone of a named body, left unnamed: "a NIST cryptographer at the workshop estimated", "a Google engineer said".
    ("anonymous_source", r"(?-i:\b[Aa]n? (?:[A-Z][\w&.\-]*[’']?s? )+(?:[a-z]+ )?(?:official|engineer|economist|executive|"
                         r"employee|staffer|aide|adviser|advisor|analyst|researcher|scientist|cryptographer|diplomat|insider|"
                         r"lawyer|manager|investigator|officer|agent|worker|contractor|consultant|strategist|lobbyist|"
                         r"operative|designer|developer|trader|banker|source))(?: (?:at|in|for|with|on) (?:the )?[\w\-]+"
                         r"(?: [\w\-]+)?)? (?:said|says|told|"
                         r"estimated|estimates|predicted|predicts|acknowledged|conceded|admitted|warned)\b"),
    ("single_source", r"\baccording to (?:a|an|one) (?:[\w-]+ ){0,3}?(?:source|official|person|witness|resident)\b"),
    # One unnamed person the reporter found stands for many: "we spoke to one mother".
    ("single_source", r"\b(?:spoke|speaking|talked|talking|interviewed) (?:to |with )?one (?:[\w-]+ )?[\w-]+\b"),
    ("single_source", r"\b(?:said|says|according to) one (?:[\w-]+ )?(?:expert|official|source|analyst|insider|diplomat|"
                      r"witness|resident|person|lawyer|observer|aide)\b"),
    ("unverified", r"\b(?:could|can|has|have|had|was|were|is|are)(?: not|n['’]t)(?: be| been| yet been)?"
                   r"(?: independently| immediately)? (?:verified|confirmed|authenticated|corroborated|checked|"
                   r"substantiated)\b"),
    ("anonymous_source", r"\b(?:requested|asked for|was granted|were granted|given|spoke on condition of) anonymity\b"),
    ("anonymous_source", r"\bspeaking (?:privately|on background|off the record)\b|\bon (?:deep )?background\b|"
                         r"\boff the record\b|\bnot authori[sz]ed to speak\b"),
    ("unverified", r"\bno independent (?:confirmation|verification|corroboration)\b|\b(?:impossible|difficult|hard) to "
                   r"(?:verify|confirm|corroborate)\b|\bauthenticity of\b.{0,60}\b(?:has not been|could not be|cannot be|"
                   r"was not|is not|not been) (?:established|confirmed|verified)\b"),
    ("relayed_report", r"\bquoted (?:a|an|the|one|two|several) (?:[\w\-]+ ){0,3}?as saying\b|\breports? carried by\b"),
    ("official_account", r"\b(?:police|company|ministry|government|army|military|official|club|school|hospital|"
                         r"council|agency|court) statement (?:said|says|read|added|stated)\b"),
    ("conflicting_accounts", r"\b(?:different|contradictory|competing|conflicting|differing) versions?\b|"
                             r"\bcould not be reconciled\b|\b(?:is|was|are|were|remains?) (?:still )?not known\b"),
    ("single_source", r"\bthe only (?:account|source|witness|evidence|record|version) (?:of|for)\b"),
    ("relayed_report", r"\bciting (?:a |an |the )?(?:leaked |internal |confidential |unpublished |secret )?(?:memo|document|"
                       r"report|email|letter|filing|dossier|recording|source)s?\b|\bfirst (?:reported|published) by\b"),
    ("conflicting_accounts", r"\bin dispute\b|\bestimates (?:of (?:the )?[\w\-]+(?: [\w\-]+)? )?(?:ranged|range|varied|vary|"
                             r"differ|differed)\b"),
    ("preliminary", r"\bnot yet (?:final|complete|confirmed|official)\b|\bpartial (?:results|count|returns|figures)\b|"
                    r"\b(?:likely|expected|subject|liable) to (?:change|be revised|rise|increase|climb|grow|go up)\b|"
                    r"\bprovisional\b"),
    ("unverified", r"\bunable to (?:independently )?(?:verify|confirm)\b"),
    ("unverified", r"\b(?:could|can|was|were|did) not (?:independently |immediately )?(?:verify|confirm)\b"),
    ("unverified", r"\bwithout (?:(?:providing|offering|giving|presenting|citing) )?(?:any )?(?:evidence|proof)\b"),
    ("unverified", r"\b(?:provided|offered|gave|presented|produced|cited) no (?:evidence|proof)\b|\bunverified\b|"
                   r"\bunconfirmed\b"),
    # The publisher guessing at a motive or a cause: "a trip likely designed to", "Maybe the firm likes it".
    ("unverified", r"\b(?:likely|probably|presumably|possibly|almost certainly) (?:designed|intended|meant|aimed|"
                   r"timed|planned|calculated|chosen|motivated|driven)\b|(?:^|(?<=[.!?]\s))(?:Maybe|Perhaps)\b(?! \w+ly,)"
                   r"(?!(?: [\w’'\-]+){1,3} (?:will|can|could|would|might|should|may)\b)"
                   r"(?! no(?:thing|where|body|ne)?\b)"),
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
    ("official_account", r"\bsaid in (?:a|an|the) (?:written |joint |e-?mailed |prepared |brief |separate )?(?:statement|release|news release|press release)\b"),
    ("official_account", r"\bin (?:the |its |his |her |their |(?:the )?[\w\-]+[’']s )(?:own )?(?:official |written |"
                         r"joint |latest |quarterly )?(?:statement|news release|press release|earnings release|"
                         r"securities filing|regulatory filing)\b"),
    ("official_account", r"\b(?:in|issued) (?:a|an) (?:official |written |joint |emailed |prepared )?statement\b|\baccording to (?:a|an|the) "
                         r"(?:[\w-]+ )?(?:statement|press release|news release|readout|communiqu[eé])\b"),
    ("official_account", r"\b(?:an? |the )?(?:[\w’'\-]+ )?spokes(?:man|woman|person)\b"),
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
    ("conflicting_accounts", r"\bconflicting (?:reports|accounts|claims|information|figures)\b"),
    ("conflicting_accounts", r"\b(?:gave|give|gives|offered|offer|offers|provided) (?:very |starkly |sharply |wildly )?"
                             r"(?:different|differing|conflicting|contradictory|competing|opposing) (?:accounts|versions|"
                             r"explanations|figures|descriptions)\b"),
    ("conflicting_accounts", r"\b(?:it|it's|it’s|it is|it was|it remains|it remained) (?:still )?(?:not )?(?:immediately )?"
                             r"(?:unclear|clear)\b"),
    ("conflicting_accounts", r"\bhe said,? she said\b|\b(?:one|his|her|their) word against (?:the other|another|his|"
                             r"hers|theirs)\b|\bversions? of events (?:differ|varied|vary|clash)\b"),
    ("conflicting_accounts", r"\bdiffering (?:accounts|versions)\b|\bcontradict(?:s|ed|ory)\b"),
    ("conflicting_accounts", r"\b(?:is|are|was|were|remains?) (?:hotly |still )?disputed\b|\baccounts (?:(?:of|about) (?:the |this |that )?[\w\-]+ )?(?:differ|differed|varied|vary)\b"),
    ("conflicting_accounts", r"\b(?:is|are|was|were|remains?|remained) (?:still |now |also )?(?:uncertain|unknown|unconfirmed)\b"),
    ("preliminary", r"\b(?:more|further|additional|larger) (?:research|studies|study|trials|work|evidence|data) (?:is|are) "
                    r"(?:still )?(?:needed|required|necessary)\b"),
    ("single_source", r"\b(?:one|a single) (?:small |recent |new |older |early |tiny |preliminary )*(?:study|trial|survey|"
                      r"experiment|poll|review)\b"),
    ("party_claim", r"\b(?:is|are|was|were) (?:sponsored|paid for|funded|underwritten) by\b|\bpaid partnership\b|"
                    r"\b(?:coupon|promo|promotional|discount|referral) code\b|\baffiliate (?:links?|commission)\b|"
                    r"\b(?:may|might) earn (?:a|an affiliate) commission\b"),
    ("preliminary", r"\b(?:initial|early|preliminary|first) (?:testing|tests|results|findings|impressions|data|figures|"
                    r"look|assessment|"
                    r"counts|returns|tallies|"
                    r"estimates?|benchmarks?)\b|\b(?:only )?just (?:started|begun) (?:testing|to test|our tests)\b"),
    ("relayed_report", r"\b(?:posted|shared|published) (?:on|to) (?:social media|Twitter|X|Facebook|Instagram|TikTok|YouTube|"
                       r"Reddit|a forum) by\b"),
    ("anonymous_source", r"\bone (?:[\w\-]+ ){0,2}?(?:official|executive|CEO|source|insider|employee|staffer|aide|diplomat|"
                         r"banker|investor|person|member|resident|worker|manager|founder|officer) (?:told|tells|said|says|"
                         r"attributed|acknowledged|conceded|admitted|noted|insisted|explained|described|suggested)\b"),
    ("preliminary", rf"\bat least (?!(?:19|20)\d\d\b)(?!one\b(?! (?:hundred|thousand|million)))(?!once\b){_NUM}\b(?! (?:[\w-]+ )?{_NOT_COUNTED}\b)"
                    r"(?! of (?:the )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))"
                    rf"(?! (?:and|or) (?:possibly|perhaps|maybe|as many as|up to)\b)|\bpreliminary\b(?! (?:rounds?|heats?|"
                    r"stages?|matches|match|games?|hearings?|draw|competition|qualifying|injunction|sketch(?:es)?|"
                    r"designs?|drawings?|talks|rulings?))|\bprovisional\b"),
    ("preliminary", r"\b(?:initial|early) (?:reports?|figures|estimates?|results|findings|count|indications)\b|"
                    rf"\ban estimated {_NUM}\b"),
    ("preliminary", r"\b(?:toll|number|figure)s? (?:could|may|might|is expected to|is likely to) (?:rise|climb|increase)\b"),
    # The publisher's own inference from appearances: "in apparent protest", "appears to have worked through".
    ("unverified", r"\b(?:in |in an )apparent (?:protest|retaliation|response|reprisal|reference|attempt|bid|effort|"
                   r"reaction|show|sign|signal|nod|dig|jab|swipe|rebuke|warning|message|violation|breach)\b|"
                   r"\ban apparent (?:[\w-]+ ){0,3}?(?:operation|attack|plot|campaign|attempt|effort|scheme|"
                   r"cover-?up|suicide|murder|killing|strike|hack|leak|breach|bribe|payment|deal|retaliation)\b"),
    # "seems to have its own laws" is a description; "seems to have fled" guesses at an event.
    ("unverified", r"\b(?:appears?|appeared|seems?|seemed) (?:not )?to (?:\w+ )?(?:have\b(?! (?:its|his|her|their|"
                   r"a|an|the|no|some|any|little|much|many|more|own)\b)|be\b)"
                   r"(?! (?:intent|hell-bent|bent|determined|desperate|eager) )"),
    # Insiders the article does not name: "two former staffers said", "the ex-partner recalled".
    ("anonymous_source", r"\bthe (?:ex-|former )(?:[\w-]+ )?(?:partner|staffer|employee|worker|associate|colleague|"
                         r"contractor|insider|aide|guard|bodyguard|specialist|technician|engineer|manager)s? "
                         r"(?:\w+ )?(?:said|says|told|testified|recalled|suspected|claimed|alleged|noted|added|"
                         r"explained|described|remembered|believed|stated|revealed)\b"),
    ("anonymous_source", r"\b(?:a|one) (?:reliable|trusted|credible|well-placed|well-informed|knowledgeable|"
                         r"confidential|high-level|high-ranking|separate|second|third) source\b|\ba source (?:involved in|"
                         r"who (?:was|is|had|has)|with ties to|inside)\b|\bthe (?:same )?source (?:also |later |further )?"
                         r"(?:told|said|says|added|explained|claimed|alleged|confirmed|described)\b"),
    ("anonymous_source", r"\b(?:whose|his|her|their) (?:real |full )?names? (?:has |have |had )?(?:been |was |were |is |"
                         r"are )?(?:withheld|changed)\b|\bto protect (?:his|her|their) (?:identity|identities|anonymity)\b"),
    # Passing a rumour on, or unnamed witnesses as the basis: "revealed a rumour", "according to witness statements".
    ("unverified", r"\b(?:revealed|shared|spread|heard|repeated|passed on|relayed|reported|circulated) (?:a |the |"
                   r"one |another )?rumou?rs?\b"),
    ("anonymous_source", r"\b(?:according to|citing|based on) (?:the )?(?:[\w-]+ )?(?:witness(?:es)?|witness statements|"
                         r"witness accounts|eyewitness(?:es| accounts)|testimon(?:y|ies) (?:of|from|by) (?:former|current|"
                         r"several|two|three|unnamed)|local residents|residents)\b"),
    ("relayed_report", r"\btold (?:(?:the |a |its |our )?(?:[\w-]+ ){0,2}?)(?:affiliates?|sister (?:station|network|"
                       r"paper|publication|outlet)|partner station|member station)\b"),
    ("relayed_report", r"\b(?:data|figures|information|list|numbers|statistics|details|material|quotes)\b(?: [\w-]+){0,3}? "
                       r"(?:was|were|is|are|has been|have been) (?:\w+ )?(?:obtained|compiled|sourced|adapted|gathered|"
                       r"drawn) from\b"),
    # One side's findings contested by another, as opposed to a subject denying an accusation.
    ("conflicting_accounts", r"\b(?:disputes|disputed|disputing|contests|contested|challenges|challenged|questions|"
                             r"questioned|rejects|rejected) (?:(?:the|these|those|his|her|their|its) )?(?:[\w\-]+[’']s )?"
                             r"(?:[\w-]+ )?(?:conclusions?|findings?|interpretations?|analysis|analyses|methodology|"
                             r"projections?|modell?ing|calculations?|premise|thesis)\b"),
    ("conflicting_accounts", r"\b(?:few|not all|not everyone|not every|fewer|only a few|only some|a minority of) "
                             r"(?:[\w-]+ ){0,2}?(?:hold|holds|share|shares|accept|accepts|agree with|agrees with|"
                             r"subscribe to|subscribes to|endorse|endorses|support|supports) (?:the|this|that|his|her|their|"
                             r"its|such an?|an?) (?:[\w-]+ ){0,2}?(?:views?|position|conclusions?|assessment|argument|theory|"
                             r"interpretation|analysis|claim|idea|notion|thesis|belief|premise|reading)\b|\b(?:others|many others|some others|critics|other [\w-]+s) "
                             r"(?:\w+ )?(?:disagree|dispute|are skeptical|are sceptical|remain unconvinced|are unconvinced)\b"),
    ("conflicting_accounts", r"\b(?:outside|at odds with|contrary to|in conflict with|counter to|departs? from|a departure "
                             r"from|breaks? with|diverges? from|out of step with) the (?:[\w-]+ ){0,3}?(?:consensus|"
                             r"mainstream|conclusions|prevailing view|majority view|established view)\b"),
    # A side's interest in the matter, disclosed: "has business ties to the lender", "stands to profit".
    ("party_claim", r"\b(?:business|financial|commercial) (?:ties|links|interests?|connections?|relationships?) "
                    r"(?:to|with|in)\b|\bstands? to (?:gain|benefit|profit)\b|\bconflicts? of interest\b"),
    # An expert engaged by one side of a case speaks for that side.
    ("party_claim", r"\b(?:expert|witness|consultant|appraiser|economist|analyst|accountant|valuer|"
                    r"investigator)s? (?:for|hired by|retained by|paid by|working for|called by|commissioned by|on behalf "
                    r"of) (?:the )?(?:[\w’'-]+ ){0,3}?(?:attorney general|prosecution|prosecutors?|defen[cs]e|plaintiffs?|"
                    r"defendants?|claimants?|respondents?|petitioners?|(?:his|her|their|its) (?:side|lawyers|team))\b"),
    ("party_claim", r"\bargued (?:that )?(?:his|her|their|its) (?!case\b)"),
    # Other reporting named after the fact, or heard of without a source: ", reported Euro News",
    # "amid reports of", "we have received reports that".
    ("relayed_report", r"(?:(?<=, )|(?<=,” )|(?<=,\" ))reported (?:the )?(?-i:[A-Z][\w’'\-]*)(?:\s+(?-i:[A-Z][\w’'\-]*)){0,3}(?=\s*[.;]|$)"),
    ("relayed_report", r"\b(?:amid|amidst|following|after|despite) (?:(?:new|recent|fresh|growing|widespread|local|"
                       r"media|press|news|unconfirmed) )*reports (?:of|that)\b|(?<=\bas )reports (?:of|that)\b|\b(?:(?:has|have|had) )?received "
                       r"(?:(?:several|multiple|numerous|many|some|credible|unconfirmed) )?reports(?= (?:that|of|from)\b)"),
    # The piece says it is not final: "this story will be updated", "we will keep this statement updated".
    ("preliminary", r"\b(?:will|we['’]ll) (?:keep|continue to keep) (?:this|the) (?:statement|story|article|post|page|"
                    r"report|blog|list) updated\b|\b(?:this|the) (?:story|article|post|page|statement|report) (?:will "
                    r"be|is being|has been|may be) updated\b|\bwill (?:update|be updating) (?:this|the) (?:story|article|"
                    r"post|page|statement)\b|\b(?:this is a )?developing story\b"),
    # One unnamed member of a group, or the rest of it, as the source: "One nurse told the inquiry", "Others said".
    ("anonymous_source", r"\bone (?:(?<=^one )|(?<=[.!?] one )|(?<=[.!?][”\"] one ))(?!of\b)(?!(?:media |news |press )?(?:account|report)\b)[\w\-]+(?: [\w\-]+)? "
                         r"(?:told|tells|said|says|described|recalled|complained|reported|wrote|admitted)\b|"
                         r"\bothers (?:(?<=^others )|(?<=[.!?] others )|(?<=, others )|(?<=while others ))(?:also )?"
                         r"(?:reported|report|said|say|told|described|recalled|complained)\b"),
    # What the source leaves out: "police did not say how many", "researchers don't say whether".
    ("unverified", r"\b(?:did not|didn['’]t|do not|don['’]t|does not|doesn['’]t|would not|wouldn['’]t|could not|"
                   r"couldn['’]t) (?:say|specify|disclose|reveal|detail|explain|elaborate on) (?:how many|how much|"
                   r"whether|what|when|where|why|who|which|exactly)\b"),
    # An organisation writing as "we" outside quotation marks: its own statement, whoever publishes it.
    ("official_account", r"\bwe (?:(?<=^we )|(?<=[.!?] we ))(?:are|were|remain) (?:\w+ )?(?:thrilled|delighted|pleased|"
                         r"proud|excited|glad|"
                         r"happy|honou?red|saddened|disappointed|heartened|encouraged)\b"),
    # One piece of work as the basis: "in a Monday analysis", "in their paper published in".
    ("single_source", r"\bin (?:an?|their|his|her|its) (?:new |recent |latest |[\w\-]+ )?(?:analysis|research note|"
                      r"white ?paper|write-?up|paper|study)\b"),
    # A credit line and a post on another site as the source: "(via Geeks Are Sexy)", "according to a blog post for".
    ("relayed_report", r"\b(?:via|h/t) (?:(?<=\(via )|(?<=\(h/t ))[^()]{1,50}(?=\))|\baccording to (?:a|an|the) (?:recent |new )?"
                       r"(?:blog post|post|article|column|op-ed|piece) (?:for|in|on|by|from)\b|\b(?:says|said) (?:a|the) "
                       r"(?:new |recent |latest |separate )?report\b"),
    # A company or body speaking through its own channel, fronted: "In a blog post, the firm said".
    ("official_account", r"\bin (?:(?<=^in )|(?<=[.!?] in ))(?:a|an|its|their) (?:[\w\-]+ )?(?:blog post|statement|"
                         r"press release|news release|"
                         r"letter|tweet|filing|memo|email|e-mail)(?=,)"),
    # One study as the basis of a finding: "a 2014 study warned", "a new survey found".
    ("single_source", r"\b(?:a|one|another) (?:(?:19|20)\d\d|new|recent|separate|earlier|previous) (?:research |scientific |"
                      r"peer-reviewed )?(?:study|paper|survey|analysis)(?: published (?:in|by) [^.;,]{1,80}?)? (?:warned|"
                      r"found|finds|showed|shows|suggested|suggests|concluded|estimated|predicted|argues|claims)\b"),
    # The paper's authors as the voice of the finding: "posit scientists in the paper".
    ("single_source", r"\b(?:posit|posits|posited|argue|argues|contend|contends|write|writes|conclude|concludes) (?:the )?"
                      r"(?:scientists|researchers|authors) (?:in|of|behind) the (?:paper|study|report)\b"),
    # The earliest date anyone knows of, not the start: "active since at least July".
    ("preliminary", r"\bsince at least (?:early |late |mid-)?(?:\d{1,4}|january|february|march|april|may|june|july|"
                    r"august|september|october|november|december|last|the)\b"),
    # A count to date, not a final one: "in 2019 so far", "as of Monday".
    ("preliminary", r"\b(?:in (?:19|20)\d\d|this year|this season|this month) so far\b|\bso far (?:this|in) (?:year|season|"
                    r"month|(?:19|20)\d\d)\b|\bas of (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                    r"yesterday|this morning|last night)\b"),
    # A side's case argued in its own filing: "The lawsuit contends", "the petition argues".
    ("party_claim", r"\b(?:case|lawsuit|suit|complaint|petition|appeal|filing|claim) (?:also )?(?:contends|argues|"
                    r"maintains|asserts|insists)\b"),
    # A press release passed on as news: "announced the opening of", "used in this release".
    ("official_account", r"\b(?:announced|announces|unveiled|unveils|celebrated|celebrates) the (?:grand |official |"
                         r"soft )?(?:opening|launch|debut|arrival|introduction) of\b|\b(?:in|of) this (?:press|news) release\b|"
                         r"\b(?:used|referred to) in this release\b|\bfor immediate release\b"),
    # A find passed on from social media: "spotted by a developer on Twitter", "On Reddit, one user explains".
    ("relayed_report", r"\b(?:spotted|noticed|discovered|unearthed|flagged|dug up|first shared) by (?:[\w@.’'\-]+ ){1,4}?"
                       r"on (?:twitter|x|reddit|mastodon|bluesky|threads|facebook|instagram|tiktok|youtube|a forum)\b|"
                       r"\b(?=on )(?:(?<=^)|(?<=[.!?]\s))on (?:twitter|x|reddit|mastodon|bluesky|threads|facebook|instagram|tiktok|"
                       r"youtube), (?:[\w@.’'\-]+ ){1,4}?(?:explains|explained|says|said|writes|wrote|notes|noted|"
                       r"points out|pointed out|shows|showed|claims|claimed|reports|reported)\b"),
    # The publisher saying the question is open: "There may still be debate as to whether".
    ("conflicting_accounts", r"\bthere (?:is|was|remains|remained|has been|is still|may (?:still )?be|might (?:still )?be|"
                             r"will always be|continues to be) (?:still )?(?:some |much |considerable |ongoing |lively |"
                             r"fierce |heated )?(?:debate|disagreement) (?:about|over|as to|among|between|whether)\b|\bwould (?:(?:most |almost )?"
                             r"(?:certainly|surely|probably)|no doubt|strongly|beg to) disagree\b"),
    # A speaker selling as they speak, and a side's own promo as the evidence: "said as he touted a bottle".
    ("party_claim", r"\b(?:said|says|explained|explains|insisted|insists) (?:as|while) (?:he|she|they) (?:spruik\w*|"
                    r"tout\w*|pitch\w*|hawk\w*|plug\w*|promot\w*|sell\w*|sold|market\w*)\b"),
    ("official_account", r"\bas (?:you can see|seen|shown|revealed) (?:from|in) the (?:official |new |reveal |launch )?"
                         r"(?:trailer|teaser|promo|promotional video|announcement video|press images?)\b"),
    # The publisher's own guess from what is shown: "it looks like it will", "appears to use".
    ("unverified", r"\b(?:it|they|this|that) (?:looks|look|seems|seem) like (?:it|they|this|the [\w-]+) (?:will|would|"
                   r"might|could)\b|\b(?:appears|appear|seems|seem) to (?:use|rely on|contain|target|work by)\b"),
    # Unnamed people as the source, counted or single: "Two donors tell", "a restaurant patron said".
    ("anonymous_source", rf"\b(?:two|three|four|five|several|some|many|a few|a number of|multiple|dozens of) "
                         rf"(?:[\w.’'\-]+ ){{0,2}}?(?:{_PEOPLE}s|men|women|people) (?:also )?{_TOLD}\b"),
    ("anonymous_source", rf"\b(?:an?|one) (?:[\w.’'\-]+ ){{0,2}}?{_PEOPLE} (?:who [^,.;“”\"]{{1,60}}? )?{_TOLD}\b"),
    # Led by its literal, so ``re`` can skip ahead to each "sa": most paragraphs hold a "said".
    ("anonymous_source", rf"sa(?:id|ys)(?<=\bsaid|\bsays) (?:an?|one) (?:[\w.’'\-]+ ){{0,2}}?{_PEOPLE}(?=[.;]|,(?! \d)| "
                         r"who\b)"),
    ("anonymous_source", r"\b(?:according to|based on|drawn from|through|from) (?:[\w-]+ ){0,2}?interviews\b|"
                         r"\b(?:responded|answered|completed|filled out|took part|participated|spoke|speaking|commented|"
                         r"talked|wrote|posted|testified)(?: [\w-]+){0,3}? anonymously\b|\bit (?:is|was) understood "
                         r"(?:that|the|he|she|they)\b|\b(?:followers|observers|students|watchers) of (?:[\w.’'\-]+ ){1,3}?"
                         r"(?:say|said|believe|believed|think|argue|note|noted)\b|\b[\w.\-]+ watchers (?:say|said|believe|"
                         r"note|noted|warn|suggest)\b"),
    # The publisher asserting what "everyone" thinks: "It is widely believed", "considered likely to".
    ("unverified", r"\b(?:widely|generally|commonly|popularly) (?:believed|thought|assumed|presumed|held to be|seen as|"
                   r"regarded as)\b|\bwidespread (?:perception|belief|assumption|sense|"
                   r"suspicion|expectation)\b|\bconsidered (?:likely|unlikely|certain) to\b|\bnot publicly (?:known|"
                   r"disclosed|released)\b|\bpublicly (?:it['’]s|it is) not known\b|\b(?:has|have|had) not been made "
                   r"public\b"),
    # Research invoked without naming or citing it: "Studies have also found", "Research suggests" (no "(14, 15)").
    ("relayed_report", r"(?<!the )(?<!these )(?<!those )(?<!both )(?<!two )(?<!its )(?<!their )\b(?:studies|research|"
                       r"surveys|polls) (?:have|has) (?:also |long |consistently |repeatedly )?(?:found|shown|"
                       r"suggested|indicated|concluded)\b(?![^.]{0,300}\(\d+(?:[,–-] ?\d+)*\))"),
    # The facts left open: "was not immediately clear", "few answers", "impossible to determine who".
    ("conflicting_accounts", r"\bnot (?:immediately |yet |entirely |fully )?clear\b(?! (?:of|the|a|an|his|her|their|its|"
                             r"up|away|out)\b)|\bfew answers\b|\bunanswered questions\b|\bquestions (?:remain|"
                             r"linger|persist)\b|\bremains? (?:a )?mystery\b|\b(?:impossible|difficult|hard|unable)\s+to\s+"
                             r"(?:(?:determine|establish|ascertain) (?:exactly |precisely |for certain |for sure |with certainty )?|"
                             r"(?:know|tell|say) (?:exactly|precisely|for certain|for sure|with certainty) )(?:who|what|when|"
                             r"where|why|how|whether|which|if)\b"),
    # Two sides' versions set side by side, or one side changing its story.
    ("conflicting_accounts", rf"\bwhile (?:the )?(?:[\w.’'\-]+ ){{0,4}}?{_ASSERTS}\b(?=[^.;]{{5,200}}?, (?:the )?"
                             rf"(?:[\w.’'\-]+ ){{0,6}}?(?:{_ASSERTS}|counters|countered|disputes|disputed|denies|denied)\b)|"
                             r"\b(?:later|subsequently|eventually) (?:conceded|retracted|corrected|walked back|backtracked)\b"),
    # Details the reporter could not get: "Details of the attack were scarce", "Details remain murky".
    ("conflicting_accounts", r"\bdetails (?:of [\w\s’'-]{1,40}? )?(?:were|are|was|is|remain|remained|remains) (?:still )?"
                             r"(?:scarce|sketchy|murky|scant|thin|few|unclear|limited|hazy)\b"),
    # Someone who has seen the document, unnamed: "a person who has seen it".
    ("anonymous_source", r"\b(?:a|one|two|three|several) (?:person|people|officials?|sources?) who (?:has|have|had) "
                         r"(?:seen|read|reviewed|heard|viewed)\b"),
    # Another outlet's scoop: "The Daily Ledger first reported the talks".
    ("relayed_report", r"(?-i:[A-Z][\w’'&\-]*)(?:\s+(?-i:[A-Z][\w’'&\-]*)){0,4} (?:first|previously|initially|originally) "
                       r"reported\b"),
    ("preliminary", r"\bstill (?:being )?(?:counted|counting|tallied|tallying)\b"),
    # An early count said to be incomplete: "At least one other officer was injured", "expect to find more".
    ("preliminary", r"\bat least one (?:[\w-]+ ){0,2}?(?:was|were|has been|had been|is) (?:also )?(?:killed|injured|hurt|"
                    r"wounded|shot|dead|missing|hospitali[sz]ed|arrested)\b|\bexpect(?:s|ed)? to (?:learn (?:about |of )?|"
                    r"find |identify |discover |uncover |hear (?:from|about|of) )more\b|\bmore (?:victims|cases|arrests|"
                    r"charges|deaths|casualties|bodies) (?:are|were) (?:expected|likely)\b"),
    # A body's own document as the source ("An internal report ... reveals"), not an internal inquiry as news.
    ("official_account", r"\binternal (?:report|review|audit|investigation|memo|document|e-?mails?)\b(?=[^.;]{0,120}?"
                         r"\b(?:found|finds|shows?|showed|says?|said|reveals?|revealed|concluded|concludes|states?|stated)\b)"),
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
