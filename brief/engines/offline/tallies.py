"""Figures still moving: counts a newsroom says are early or incomplete.

The stock phrases ("at least", "toll could rise", "preliminary") and the other ways ("with 60
percent of ballots counted", "feared dead", "so far ... 41", "pending review",
"not yet peer reviewed", "officials warned it could climb"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

# A whole number as written, not a year: "41", "1,200", "3 million" (not "2024").
_NUM = r"(?!(?:19|20)\d\d\b)\d[\d,.]*(?: (?:million|billion|thousand|hundred))?"
_COUNTED = r"(?:toll|number|figures?|count|tally|total|numbers|estimates?|results|data)"

# "at least 8 hours a night" is advice, not a early count.
_NOT_COUNTED = (r"(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|times|percent|per cent|servings?|"
                r"glasses|cups|grams|steps|miles|kilometres|kilometers|inches|feet|pounds|kg|mg)")
_AMOUNT = r"(?:(?:us|c|a)?[$£€¥] ?\d[\d,.]*(?: (?:million|billion|trillion))?|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands)"

TALLY_RULES: list[tuple[str, str]] = [
    # The stock phrases first: where two rules match at one place, the earlier one's cue is kept.
    ("preliminary", r"\bnot yet (?:final|complete|confirmed|official)\b|\bpartial (?:results|count|returns|figures)\b|"
                    r"\b(?:likely|expected|subject|liable) to (?:change|be revised|rise|increase|climb|grow|go up)\b|"
                    r"\bprovisional\b"),
    ("preliminary", r"\b(?:more|further|additional|larger) (?:research|studies|study|trials|work|evidence|data) (?:is|are) "
                    r"(?:still )?(?:needed|required|necessary)\b"),
    # Early findings may change; "initial impressions" are opinions, not figures.
    ("preliminary", r"\b(?:initial|early|preliminary|first) (?:testing|tests|results|findings|data|figures|"
                    r"look|assessment|"
                    r"counts|returns|tallies|"
                    r"estimates?|benchmarks?)\b|\b(?:only )?just (?:started|begun) (?:testing|to test|our tests)\b"),
    ("preliminary", rf"\bat least (?!(?:19|20)\d\d\b)(?!one\b(?! (?:hundred|thousand|million)))(?!once\b){_AMOUNT}\b(?! (?:[\w-]+ )?{_NOT_COUNTED}\b)"
                    r"(?! of (?:the )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))"
                    rf"(?! (?:and|or) (?:possibly|perhaps|maybe|as many as|up to)\b)|\bpreliminary\b(?! (?:rounds?|heats?|"
                    r"stages?|matches|match|games?|hearings?|draw|competition|qualifying|injunction|sketch(?:es)?|"
                    r"designs?|drawings?|talks|rulings?))|\bprovisional\b(?! (?:licen[cs]es?|driving|drivers?|wing|government|constitution))"),
    ("preliminary", r"\b(?:initial|early) (?:reports?|figures|estimates?|results|findings|count|indications)\b|"
                    rf"\ban estimated {_AMOUNT}\b"),
    ("preliminary", r"\b(?:toll|number|figure)s? (?:could|may|might|is expected to|is likely to) (?:rise|climb|increase)\b"),
    # The piece says it is not final: "this story will be updated", "we will keep this statement updated".
    ("preliminary", r"\b(?:will|we['’]ll) (?:keep|continue to keep) (?:this|the) (?:statement|story|article|post|page|"
                    r"report|blog|list) updated\b|\b(?:this|the) (?:story|article|post|page|statement|report) (?:will "
                    r"be|is being|has been|may be) updated\b|\bwill (?:update|be updating) (?:this|the) (?:story|article|"
                    r"post|page|statement)\b|\b(?:this is a )?developing story\b"),
    # The earliest date anyone knows of, not the start: "active since at least July".
    ("preliminary", r"\bsince at least (?:early |late |mid-)?(?:\d{1,4}|january|february|march|april|may|june|july|"
                    r"august|september|october|november|december|last|the)\b"),
    # A count to date, not a final one: "in 2019 so far", "as of Monday".
    ("preliminary", r"\b(?:in (?:19|20)\d\d|this year|this season|this month) so far\b|\bso far (?:this|in) (?:year|season|"
                    r"month|(?:19|20)\d\d)\b|\bas of (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
                    r"yesterday|this morning|last night)\b"),
    ("preliminary", r"\bstill (?:being )?(?:counted|counting|tallied|tallying)\b"),
    # An early count said to be incomplete: "At least one other officer was injured", "expect to find more".
    ("preliminary", r"\bat least one (?:[\w-]+ ){0,2}?(?:was|were|has been|had been|is) (?:also )?(?:killed|injured|hurt|"
                    r"wounded|shot|dead|missing|hospitali[sz]ed|arrested)\b|\bexpect(?:s|ed)? to (?:learn (?:about |of )?|"
                    r"find |identify |discover |uncover |hear (?:from|about|of) )more\b|\bmore (?:victims|cases|arrests|"
                    r"charges|deaths|casualties|bodies) (?:are|were) (?:expected|likely)\b"),
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
    # Round 6: "totals do not include", "the count of damaged homes was incomplete", "a first pass", "will be updated
    # once", "a pilot study", "final figures due Monday", "up to 300 ... could", "an exit poll", "believed to have been
    # flooded", "the number of missing could climb", "at an early stage", "subject to ratification".
    ("preliminary", r"\b(?:totals?|figures?|count|tally|numbers|results|data) (?:[\w’'\- ]{0,30}? )?(?:do|does|did) not (?:yet )?"
                    r"(?:include|account for|reflect)\b|\b(?:count|tally|toll|figures?|numbers|totals?|data|list|results)"
                    r"(?: of [\w’'\- ]{1,30}?)? (?:was|were|is|are|remains?) (?:still |as yet )?incomplete\b|\b(?:a|the) "
                    r"first (?:pass|snapshot|cut|draft estimate)\b|\bwill be (?:updated|revised) (?:once|when|as)\b|\bpilot "
                    r"(?:study|trial)\b|\blarger (?:trials|studies) (?:are|were) (?:planned|needed|under way)\b|\bfinal "
                    r"(?:[\w\-]+ )?(?:numbers|figures|results|tally|count|data|totals?) (?:are )?due\b|\bup to [\d,]+ "
                    r"(?:[\w\-]+ ){0,3}?(?:could|may|might)\b|\bexit polls?\b"),
    ("preliminary", r"\b(?:believed|thought|feared|estimated) to have been (?:flooded|destroyed|damaged|evacuated|lost|affected|"
                    r"displaced|missing|stranded)\b|\b(?:number|toll|tally|count|figure)s? of [\w’'\- ]{1,30}? (?:could|may|"
                    r"might|is likely to|are likely to|is expected to) (?:climb|rise|grow|increase)\b|\bat an early stage\b|"
                    r"\bsubject to (?:ratification|certification|confirmation|verification|revision)\b|\b(?:numbers?|toll|"
                    r"count|tally|figures?|totals?) (?:[\w’'\- ]{0,40}? )?will (?:almost certainly |likely |probably )?"
                    r"(?:grow|rise|climb|increase) as\b|\b(?:early|initial|first) "
                    r"(?:[\w\-]+ ){1,2}returns\b"),
]
