"""Figures still moving, and versions that do not agree.

The stock phrases ("at least", "toll could rise", "conflicting reports") are in ``cues``;
these are the other ways a newsroom says a number is early ("with 60 percent of ballots
counted", "feared dead", "so far", "pending review", "not yet peer reviewed") or that the
facts are in dispute ("still murky", "traded blame", "competing explanations", "at odds
with"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_VERSIONS = r"(?:accounts|versions|explanations|readouts|stories|descriptions|narratives|figures|tallies|claims|timelines)"
# A whole number as written, not a year: "41", "1,200", "3 million" (not "2024").
_NUM = r"(?!(?:19|20)\d\d\b)\d[\d,.]*(?: (?:million|billion|thousand|hundred))?"
_COUNTED = r"(?:toll|number|figures?|count|tally|total|numbers|estimates?|results|data)"

COUNT_RULES: list[tuple[str, str]] = [
    ("preliminary", r"\bwith (?:about |nearly |almost |more than |over |some )?\d[\d.,]*(?: percent|%) of (?:the )?(?:ballots|"
                    r"votes|precincts|polling stations|vote|returns) (?:counted|tallied|in|reporting|processed)\b|"
                    r"\b(?:remain|remains|remained|still) (?:missing|unaccounted for)\b|\b(?:feared|presumed) (?:dead|"
                    r"killed|drowned|trapped|missing)\b"),
    ("preliminary", r"\b(?:interim|provisional|initial|early|advance|unofficial|partial|overnight|flash) (?:[\w\-]+ )?"
                    r"(?:tally|count|results|estimates?|findings|figures|data|ratings|assessment|toll|exit polls|returns|"
                    r"indications|inspection|numbers)\b|\b(?:interim|preliminary|provisional) (?:[\w\-]+ )?report\b|"
                    r"\bfirst count (?:by|from|of)\b|\b(?:was|is|were|are) not (?:yet )?final\b|\b(?:likely|probably|almost "
                    r"certainly) (?:an )?undercount(?:ed)?\b|\bwarned (?:that )?(?:it|the (?:toll|number|figure|count|tally)) "
                    r"could (?:climb|rise|grow|increase)\b|\bcould change as\b|\bfirst (?:[\w\-]+ )?(?:tally|estimates?|results|indications|toll|"
                    r"assessment)\b|\bnot (?:yet )?(?:been )?peer[- ]reviewed\b|\b(?:pending|awaiting) (?:review|"
                    r"ratification|verification|certification|a full count)\b"),
    ("preliminary", rf"\b(?:so far|thus far),? (?:[\w’'\-]+ ){{0,4}}?{_NUM}\b|\b{_NUM} (?:[\w’'\-]+ ){{0,5}}?(?:so far|"
                    r"thus far)(?=[.,;])|\b(?:final|official) (?:results?|figures?|count|tally|toll) (?:is|are|was|were) not "
                    r"(?:expected|due)\b|\bcounting (?:is|was) (?:continuing|ongoing|still under way)\b"),
    ("preliminary", rf"\b(?:have|has) yet to (?:ratify|certify|confirm|complete|finali[sz]e|publish) (?:the |their |its )?"
                    rf"(?:report|count|results?|figures?|tally|findings|time|record)\b|\b(?:situation|{_COUNTED}) "
                    rf"(?:[\w’'\- ]{{0,30}}?)?(?:remains?|is|was) (?:still )?fluid\b|\b(?:the )?{_COUNTED} (?:could|may|"
                    rf"might|is likely to|are likely to) (?:climb|rise|grow|increase|change|be revised)\b|\b{_COUNTED} "
                    r"(?:[\w’'\- ]{0,40}?)?will be revised\b"),
    ("preliminary", rf"\b{_NUM} (?:[\w\-]+ ){{0,3}}?(?:are|were|is) (?:believed|thought|feared|estimated) to have (?:been )?"
                    r"(?:killed|injured|died|hurt|wounded|displaced|affected)\b|\bonce (?:the )?final (?:[\w\-]+ ){0,3}?"
                    r"(?:are|is) in\b|\b(?:results|figures|count|tally|times|record|totals?) (?:remain|remains|are|is) "
                    rf"unofficial\b|\buntil (?:they are |it is )?certified\b|\bupwards of {_NUM}|\bstill (?:being )?(?:assessed|"
                    r"determined|calculated|verified)\b|\b(?:final )?(?:tally|toll|number|figure|count|total) (?:may|could|"
                    r"might|is likely to) be (?:higher|lower)\b|\b(?:released|reported|counted|published) (?:so far|thus far|"
                    r"to date)\b|\b(?:findings|results|data) are (?:still )?(?:early|preliminary)\b|\bbased on (?:a |only a )?"
                    r"small sample\b|\bsmall sample size\b|\b(?:still )?(?:needs?|has|have) to be (?:ratified|certified)\b"),
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
    ("conflicting_accounts", r"\b(?:versions|accounts|stories|narratives|testimonies|tallies|estimates|figures (?:from|given "
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
                             r"figures|reports?|evidence|testimony|records?|footage|findings)\b|\b(?:neither|none) (?:[\w’'\-]+ )"
                             r"{0,4}?(?:version|account|story)s? (?:squares?|tall(?:y|ies)|match(?:es)?|agrees?) with\b|"
                             r"\b(?:tally|toll|count|figures?|estimates?) (?:[\w’'\- ]{1,40}? )?(?:is|are|was|were) (?:far |much )?"
                             r"(?:lower|higher) than (?:those|that|the (?:figures?|tallies|counts?|estimates?)) (?:compiled|"
                             r"reported|given|published|kept) by\b|\bsome (?:reports|witnesses|accounts|sources) (?:said|say|"
                             r"put)\b[^.;]{0,200}?[.;,] (?:while |but )?others (?:said|say|put)\b"),
]
