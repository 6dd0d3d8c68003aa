"""Figures still moving, and versions that do not agree.

The stock phrases ("at least", "toll could rise", "conflicting reports") are in ``cues``;
these are the other ways a newsroom says a number is early ("with 60 percent of ballots
counted", "feared dead", "so far", "pending review", "not yet peer reviewed") or that the
facts are in dispute ("still murky", "traded blame", "competing explanations", "at odds
with"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_VERSIONS = r"(?:accounts|versions|explanations|readouts|stories|descriptions|narratives|figures|tallies|claims|timelines)"

COUNT_RULES: list[tuple[str, str]] = [
    ("preliminary", r"\bwith (?:about |nearly |almost |more than |over |some )?\d[\d.,]*(?: percent|%) of (?:the )?(?:ballots|"
                    r"votes|precincts|polling stations|vote|returns) (?:counted|tallied|in|reporting|processed)\b|"
                    r"\b(?:remain|remains|remained|still) (?:missing|unaccounted for)\b|\b(?:feared|presumed) (?:dead|"
                    r"killed|drowned|trapped|missing)\b"),
    ("preliminary", r"\b(?:interim|provisional|initial|early|advance|unofficial|partial|overnight|flash|first) "
                    r"(?:[\w\-]+ )?(?:tally|count|results|estimates?|findings|figures|data|times|ratings|reading|assessment|"
                    r"toll|numbers|exit polls|returns|indications|inspection|examination)\b|"
                    r"\bnot (?:yet )?(?:been )?peer[- ]reviewed\b|\b(?:pending|awaiting) (?:review|confirmation|"
                    r"ratification|verification|certification|a full count)\b"),
    ("preliminary", r"\b(?:so far|thus far),? (?:[\w’'\-]+ ){0,4}?\d[\d,.]*\b|\b\d[\d,.]* (?:[\w’'\-]+ ){0,5}?(?:so far|"
                    r"thus far)(?=[.,;])|\b(?:final|official) (?:results?|figures?|count|tally|toll) (?:is|are|was|were) not "
                    r"(?:expected|due)\b|\bcounting (?:is|was) (?:continuing|ongoing|still under way)\b"),
    ("preliminary", r"\b(?:have|has) yet to (?:ratify|certify|confirm|complete|finali[sz]e|publish) (?:the |their |its )?"
                    r"(?:report|count|results?|figures?|tally|findings|time|record)\b|\bundercount(?:ed)?\b|"
                    r"\b(?:remains?|is|was) (?:still )?fluid\b|\b(?:the )?(?:toll|number|figures?|count|tally|total|"
                    r"numbers) (?:could|may|might|is likely to|are likely to) (?:climb|rise|grow|increase|change|be revised)\b|"
                    r"\bit (?:could|may|might) (?:climb|rise|grow|be revised)\b|\bwill be revised\b"),
    ("preliminary", r"\b\d[\d,]* (?:[\w\-]+ ){0,3}?(?:are|were|is) (?:believed|thought|feared|estimated) to have (?:been )?"
                    r"(?:killed|injured|died|hurt|wounded|displaced|affected)\b|\bonce (?:the )?final (?:[\w\-]+ ){0,3}?"
                    r"(?:are|is) in\b|\b(?:remain|remains|are|is) unofficial\b|\buntil (?:they are |it is )?certified\b|"
                    r"\bupwards of \d|\bstill (?:being )?(?:assessed|determined|calculated|verified)\b|\b(?:final )?(?:tally|"
                    r"toll|number|figure|count|total) (?:may|could|might|is likely to) be (?:higher|lower)\b|\b(?:released|"
                    r"reported|counted|available|published) (?:so far|thus far|to date)\b|\b(?:findings|results|data) are "
                    r"(?:still )?(?:early|preliminary)\b|\bsmall sample\b|\b(?:still )?(?:needs?|has|have) to be (?:ratified|"
                    r"certified)\b"),
    ("conflicting_accounts", r"\b(?:circumstances|details|cause|causes|origins?|sequence of events|facts|timeline|"
                             r"motive|events) (?:[\w’'\- ]{1,40}? )?(?:is|are|was|were|remains?|remained) (?:still |also )?"
                             r"(?:murky|disputed|contested|in dispute|hazy|uncertain)\b|\b(?:is|are|was|were|remains?) "
                             r"(?:still )?(?:a matter of )?(?:some |much )?dispute\b|\b(?:could not|cannot|couldn['’]t) be "
                             r"(?:established|determined)\b"),
    ("conflicting_accounts", rf"\b(?:starkly|sharply|strikingly|markedly|wildly|very|widely) (?:different|differing|"
                             rf"divergent) {_VERSIONS}\b|\b(?:issued|tell|told|tells) (?:different|differing|conflicting|"
                             rf"contradictory|competing) {_VERSIONS}\b|\bcompeting {_VERSIONS}\b|\btraded (?:blame|"
                             r"accusations)\b|\bblamed (?:each other|one another)\b|\bconfusion (?:over|about|as to) (?:whether|who|what|"
                             r"when|how|why|where|the (?:number|cause|timing|identity|details|exact|sequence|toll))\b"),
    ("conflicting_accounts", r"\b(?:versions|accounts|figures|estimates|stories|narratives|tallies|numbers|records) "
                             r"(?:[\w’'\- ]{1,40}? )?(?:diverge|diverged|clash|clashed|contradict|contradicted|(?:do|does|did) "
                             r"not (?:match|add up|agree|tally)|don['’]t (?:match|add up|agree|tally))\b|\b(?:reports|accounts) "
                             rf"(?:conflicted|differed|varied)\b|\b(?:irreconcilable|contradictory|divergent) {_VERSIONS}\b|"
                             r"\bconfusion (?:surrounded|surrounds|reigned|remains)\b|\bcontradict(?:s|ed)? (?:the )?(?:[\w’'\-]+ )?"
                             r"(?:figures|accounts?|versions?|statements?|claims?|testimony|reports?)\b|\bdepends on (?:who|whom) "
                             r"you ask\b|\b(?:remain|remains|are|were|is) (?:deeply |sharply |still )?divided (?:over|on|about)\b|"
                             r"\b(?:story|account|version|explanation) (?:has |have )?(?:shifted|changed) (?:over|several|"
                             r"repeatedly|since)\b|\b(?:cause|causes|origin|motive|circumstances|whereabouts|fate|extent|"
                             r"identity|timing) (?:of [\w\s’'\-]{1,40}? )?(?:is|was|are|were|remains?|remained) (?:still )?"
                             r"(?:unclear|not clear|unknown|not known)\b"),
    ("conflicting_accounts", r"\bat odds with (?:the |its |their |his |her )?(?:statements?|accounts?|version|"
                             r"figures|reports?|evidence|testimony|records?|footage|findings)\b|\b(?:neither|none) (?:[\w’'\-]+ ){0,4}?(?:version|account|story)s? "
                             r"(?:squares?|tall(?:y|ies)|match(?:es)?|agrees?) with\b|\b(?:far |much )?(?:lower|higher) "
                             r"than (?:those|that|the (?:figures?|tallies|counts?|estimates?)) (?:compiled|reported|given|"
                             r"published|kept) by\b|\bsome (?:reports|witnesses|accounts|residents|officials|sources) "
                             r"(?:said|say|put)\b[^.;]{0,200}?[.;,] (?:while |but )?others (?:said|say|put)\b"),
]
