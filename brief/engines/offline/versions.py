"""Versions that do not agree, and facts the article says are unsettled.

The stock phrases ("conflicting reports", "it was not immediately clear") and the other ways
("still murky", "traded blame", "competing explanations", "figures from the
two ministries do not match", "at odds with statements from"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_VERSIONS = r"(?:accounts|versions|explanations|readouts|stories|descriptions|narratives|figures|tallies|claims|timelines)"

_ASSERTS = (r"(?:asserts?|asserted|says|say|said|claims?|claimed|insists?|insisted|maintains?|maintained|argues?|argued|"
            r"contends?)")

VERSION_RULES: list[tuple[str, str]] = [
    # The stock phrases first: where two rules match at one place, the earlier one's cue is kept.
    ("conflicting_accounts", r"\b(?:reports|accounts|estimates|figures) (?:of|on|about) (?:the )?(?:[\w\-]+ ){0,4}?"
                             r"(?:vary|varied|differ|differed|conflict|conflicted)\b|\b(?:remains?|remained) (?:still )?"
                             r"unclear\b|\bdisagree(?:d|s)? (?:about|over|on)\b"),
    ("conflicting_accounts", r"\b(?:different|contradictory|competing|conflicting|differing) versions?\b|"
                             r"\bcould not be reconciled\b|\b(?:is|was|are|were|remains?) (?:still )?not known\b"),
    ("conflicting_accounts", r"\bin dispute\b|\bestimates (?:of (?:the )?[\w\-]+(?: [\w\-]+)? )?(?:ranged|range|varied|vary|"
                             r"differ|differed)\b"),
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
    # The publisher saying the question is open: "There may still be debate as to whether".
    ("conflicting_accounts", r"\bthere (?:is|was|remains|remained|has been|is still|may (?:still )?be|might (?:still )?be|"
                             r"will always be|continues to be) (?:still )?(?:some |much |considerable |ongoing |lively |"
                             r"fierce |heated )?(?:debate|disagreement) (?:about|over|as to|among|between|whether)\b|\bwould (?:(?:most |almost )?"
                             r"(?:certainly|surely|probably)|no doubt|strongly|beg to) disagree\b"),
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
    # The open question as the subject: "Precisely when that day will arrive is unclear", "Why he left is not known".
    ("conflicting_accounts", r"(?:^|(?<=[.!?;:]\s)|(?<=, but )|(?<=\bbut )|(?<=\band ))(?:exactly |precisely |just )?"
                             r"(?:when|whether|why|how|who|what|where)\b[^.;:!?“”\"(),]{1,80}? (?:is|was|remains|remained) "
                             r"(?:still )?(?:unclear|not (?:yet )?(?:clear|known))\b"),
    ("conflicting_accounts", r"\b(?:circumstances|details|cause|causes|origins?|sequence of events|facts|timeline|"
                             r"motive) (?:[\w’'\- ]{1,40}? )?(?:is|are|was|were|remains?|remained) (?:still |also )?"
                             r"(?:murky|disputed|contested|in dispute|hazy|uncertain)\b|\b(?:is|are|was|were|remains?) "
                             r"(?:still )?(?:a matter of )?(?:some |much )?dispute\b|\b(?:could not|cannot|couldn['’]t) be "
                             r"(?:established|determined)\b"),
    ("conflicting_accounts", rf"\b(?:starkly|sharply|strikingly|markedly|wildly|very|widely) (?:different|differing|"
                             rf"divergent) {_VERSIONS}\b|\b(?:issued|tell|told|tells) (?:different|differing|conflicting|"
                             rf"contradictory|competing) {_VERSIONS}\b|\bcompeting {_VERSIONS}\b|\btraded (?:blame|"
                             r"accusations)\b|\bblamed (?:each other|one another)\b|\bconfusion (?:over|about|as to|surrounded|"
                             r"surrounds) (?:whether|who|what|when|how|why|where|the (?:number|cause|timing|identity|details|"
                             r"exact|sequence|toll|fate))\b"),
    ("conflicting_accounts", r"\bvar(?:y|ies|ied) (?:widely |sharply )?depending on (?:the )?(?:source|who)\b|\bput "
                             r"(?:the )?(?:crowd|toll|number|turnout|death toll|figure) at [\d,.]+(?: million)?[^.]{0,40}?[;,] "
                             r"(?:while |but )?(?:[\w\-]+ ){1,3}?(?:said|say|put it at|claimed|estimated)\b|\bleft it "
                             r"(?:unclear|uncertain) (?:whether|who|what|when|how|why)\b|\bmixed (?:messages|signals)\b|"
                             r"\b(?:has|have) yet to be (?:determined|established)\b"),
    ("conflicting_accounts", r"\b(?:versions|accounts|stories|narratives|testimonies|recollections|memories|tallies|"
                             r"estimates|figures (?:from|given "
                             r"by|released by|published by) [\w’'\- ]{1,40}?) (?:[\w’'\- ]{1,40}? )?(?:diverge|diverged|clash|"
                             r"clashed|contradict|contradicted|(?:do|does|did) not (?:match|add up|agree|tally)|don['’]t "
                             rf"(?:match|add up|agree|tally))\b|\b(?:reports|accounts) (?:conflicted|differed|varied)\b|"
                             rf"\b(?:irreconcilable|contradictory|divergent) {_VERSIONS}\b|\bcontradict(?:s|ed)? (?:the )?"
                             r"(?:[\w’'\-]+ )?(?:figures|accounts?|versions?|statements?|claims?|testimony|reports?)\b|\bdepends "
                             r"on (?:who|whom) you ask\b|\b(?:scientists|experts|researchers|historians|analysts|officials|"
                             r"investigators|witnesses) (?:remain|are|were) (?:deeply |sharply |still )?divided (?:over|on|about) "
                             r"(?:whether|how|why|what|who|when)\b|\b(?:his|her|their|its) (?:story|account|version|explanation) "
                             r"(?:has |have )?(?:shifted|changed) (?:several times|repeatedly|over time|over the years)\b|"
                             r"\b(?:cause|causes|origin|motive|circumstances|whereabouts|fate|extent|identity|timing) (?:of "
                             r"[\w\s’'\-]{1,40}? )?(?:is|was|are|were|remains?|remained) (?:still )?(?:unclear|not clear|unknown|"
                             r"not known)\b"),
    ("conflicting_accounts", r"\bat odds with (?:the |its |their |his |her )?(?:statements?|accounts?|version|"
                             r"figures|reports?|evidence|testimony|records?|footage|findings)\b|\bat odds with those "
                             r"(?:published|given|released|reported|compiled) by\b|\b(?:neither|none) (?:[\w’'\-]+ )"
                             r"{0,4}?(?:version|account|story)s? (?:squares?|tall(?:y|ies)|match(?:es)?|agrees?) with\b|"
                             r"\b(?:tally|toll|count|figures?|estimates?) (?:[\w’'\- ]{1,40}? )?(?:is|are|was|were) (?:far |much )?"
                             r"(?:lower|higher) than (?:those|that|the (?:figures?|tallies|counts?|estimates?)) (?:compiled|"
                             r"reported|given|published|kept) by\b|\bsome (?:reports|witnesses|accounts|sources) (?:said|say|"
                             r"put)\b[^.;]{0,200}?[.;,] (?:while |but )?others (?:said|say|put)\b"),
    # Round 5: "is at odds with video posted by", "gave different death tolls", "versions of what happened conflict",
    # "do not match those released by", "could be reconciled with", "clash with those compiled by", "could hardly be
    # further apart", "each blamed the other".
    ("conflicting_accounts", r"\b(?:account|version|story|figures?|data|claims?|statement|report|description|timeline|"
                             r"numbers|tally|recollection|testimony|narrative) (?:[\w’'\- ]{1,40}? )?(?:is|are|was|were) "
                             r"(?:also |sharply |starkly )?at odds with\b|\b(?:gave|give|gives|giving|offered|offering|"
                             r"provided|providing) (?:different|conflicting|differing|contradictory|varying|contrasting) "
                             r"(?:[\w\-]+ )?(?:accounts|versions|figures|tolls|numbers|estimates|explanations|dates|totals|"
                             r"stories)\b|\b(?:versions|accounts) of (?:what|how|why|when|who|the)\b[^.;]{0,60}?\b(?:conflict|"
                             r"differ|diverge|vary|clash)\b|\b(?:could|can|could not|cannot|can['’]t) be reconciled with\b|"
                             r"\b(?:figures|numbers|data|accounts?|claims?|versions?|tallies|totals) (?:[\w’'\- ]{0,40}? )?"
                             r"(?:clash(?:es|ed)?|conflict(?:s|ed)?) with\b|\bcould (?:hardly|not|scarcely) be (?:further|"
                             r"farther|more far) apart\b|\b(?:each|both) blam(?:ed|es|ing) the other\b"),
    # Round 6: "timeline does not match the one given by", "witness accounts ... were inconsistent", "recollections of
    # that night vary", "which agency gave the order has not been established", "cannot be reconciled", "X said ...,
    # while Y said", "sharply divergent casualty figures", "is contested".
    ("conflicting_accounts", r"\b(?:timeline|account|version|figures?|numbers|data|tally|count|description|story|record) "
                             r"(?:[\w’'\- ]{0,30}? )?(?:does|do|did) not (?:match|square with|tally with|agree with) (?:the one|those|that|"
                             r"(?:the |its |their |his |her )?(?:[\w’'\-]+['’]s )?(?:account|version|figures?|numbers|data|"
                             r"timeline|records?|story|description|statements?|testimony|estimates?)s?)\b|"
                             r"\b(?:accounts|versions|statements|testimon(?:y|ies)|reports|recollections|descriptions|"
                             r"figures|estimates) (?:[\w’'\- ]{0,30}? )?(?:were|are|was|is|have been|remain) (?:wildly |highly |"
                             r"deeply |somewhat )?(?:inconsistent|contradictory|conflicting|at variance)\b|\b(?:recollections|"
                             r"accounts|versions|memories|descriptions|estimates) (?:of [\w’'\- ]{1,40}? )?(?:vary|differ)\b|"
                             r"(?:^|(?<=[.!?;:]\s))(?:which|what|who|how|when|whether|why)\b[^.;:!?“”\"(),]{1,80}? (?:has|have) "
                             r"not (?:yet )?been (?:established|determined)\b|(?:^|(?<=[.!?;:]\s))(?:which|what|who|how|when|"
                             r"whether|why)\b[^.;:!?“”\"(),]{1,80}? (?:is|was|remains|are) (?:hotly |still |fiercely )?"
                             r"(?:contested|disputed)\b|\bcannot be reconciled\b|\b(?:sharply|starkly|wildly|widely) (?:divergent|different|differing) (?:[\w\-]+ )?"
                             r"(?:figures|accounts|tallies|estimates|totals|numbers|versions)\b"),
]
