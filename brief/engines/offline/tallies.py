"""Figures still moving: counts a newsroom says are early or incomplete.

The stock phrases ("at least", "toll could rise", "preliminary") are in ``cues``; these are the
other ways ("with 60 percent of ballots counted", "feared dead", "so far ... 41", "pending review",
"not yet peer reviewed", "officials warned it could climb"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

# A whole number as written, not a year: "41", "1,200", "3 million" (not "2024").
_NUM = r"(?!(?:19|20)\d\d\b)\d[\d,.]*(?: (?:million|billion|thousand|hundred))?"
_COUNTED = r"(?:toll|number|figures?|count|tally|total|numbers|estimates?|results|data)"

TALLY_RULES: list[tuple[str, str]] = [
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
    # Too soon to know, nothing official yet, figures that hold only if the trend does.
    ("preliminary", r"\b(?:too early|too soon|premature|early days) to (?:say|tell|know|predict|make (?:any )?predictions|"
                    r"judge|draw (?:any )?conclusions|assess|gauge|determine|quantify|estimate|call|forecast|measure|"
                    r"count)\b|\b(?:nothing|none of (?:it|this|that)|it|the (?:results?|figures?|numbers|count|tally|"
                    r"change|shift)) (?:will be|is|won['’]t be|isn['’]t|will not be) (?:official|final|certain)"
                    r"(?:,[^,]{1,20},)? until\b|\bif (?:the )?(?:newest |latest |current |early |these |those )?"
                    r"(?:[\w.\-]+ ){0,3}?(?:estimates|projections|forecasts|trends|numbers|figures|polls) (?:stay|hold|"
                    r"remain|continue|stand|keep)\b"),
    ("preliminary", rf"\b{_NUM} (?:[\w\-]+ ){{0,3}}?(?:are|were|is) (?:believed|thought|feared|estimated) to have (?:been )?"
                    r"(?:killed|injured|died|hurt|wounded|displaced|affected)\b|\bonce (?:the )?final (?:[\w\-]+ ){0,3}?"
                    r"(?:are|is) in\b|\b(?:results|figures|count|tally|times|record|totals?) (?:remain|remains|are|is) "
                    rf"unofficial\b|\buntil (?:they are |it is )?certified\b|\bupwards of {_NUM}|\bstill (?:being )?(?:assessed|"
                    r"determined|calculated|verified)\b|\b(?:final )?(?:tally|toll|number|figure|count|total) (?:may|could|"
                    r"might|is likely to) be (?:higher|lower)\b|\b(?:released|reported|counted|published) (?:so far|thus far|"
                    r"to date)\b|\b(?:findings|results|data) are (?:still )?(?:early|preliminary)\b|\bbased on (?:a |only a )?"
                    r"small sample\b|\bsmall sample size\b|\b(?:still )?(?:needs?|has|have) to be (?:ratified|certified)\b"),
    # Round 5: "final numbers will be released Monday", "an exact count was not yet available", "could climb further",
    # "it could be revised", "as many as 3,000 may have been", "a floor rather than a ceiling", "with a third of
    # precincts reporting", "which is still incomplete", "an early projection".
    ("preliminary", r"\bfinal (?:[\w\-]+ )?(?:numbers|figures|results|tally|count|data|totals?) (?:will|are expected to|are due|"
                    r"is due|are not due|won['’]t) (?:be )?(?:released|published|announced|come|follow|on|out|until|known)?\b|"
                    r"\b(?:exact|precise|full|final|official|complete) (?:count|number|figure|toll|tally|total)s? (?:was|were|"
                    r"is|are) (?:not (?:yet )?available|unavailable|not yet known)\b|\bcould (?:climb|rise|grow|increase) "
                    r"(?:sharply |significantly |further|again)|\b(?:could|may|might) be revised\b|\bsubject to "
                    r"revision\b|\bas many as [\d,]+ (?:[\w\-]+ ){0,3}?(?:may|might|could) have\b|\ba floor,? (?:rather "
                    r"than|not) a ceiling\b|\bwith (?:a|one|two) (?:third|quarter|half|fifth)s? of (?:the )?(?:precincts|"
                    r"ballots|votes|polling stations|districts|returns) (?:counted|reporting|in|tallied)\b|\b(?:still|remains?) "
                    r"incomplete\b|\b(?:early|initial|interim|preliminary) projections?\b"),
]
