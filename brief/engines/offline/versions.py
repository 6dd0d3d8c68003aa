"""Versions that do not agree, and facts the article says are unsettled.

The stock phrases ("conflicting reports", "it was not immediately clear") are in ``cues``; these
are the other ways ("still murky", "traded blame", "competing explanations", "figures from the
two ministries do not match", "at odds with statements from"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_VERSIONS = r"(?:accounts|versions|explanations|readouts|stories|descriptions|narratives|figures|tallies|claims|timelines)"

VERSION_RULES: list[tuple[str, str]] = [
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
]
