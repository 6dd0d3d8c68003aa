"""How much stands behind a claim: one source and no second, or nothing shown at all.

The stock phrases ("according to one official", "could not be independently verified") are in
``cues``; these are the other ways a newsroom says it: the account "rests on the word of one
former employee", "comes solely from" someone, "no other official has confirmed it"; the claim
was made "offering no proof", "did not substantiate its assertion", "if genuine".
``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_ONE = r"(?:one|a single|a lone|a sole|just one|only one)"
_ACCOUNT = r"(?:testimony|account|word|report|reports|statements?|recollections?|memory|evidence|say-so|claims?)"
_PROOF = (r"(?:evidence|proof|documentation|documents|support|data|records?|details|corroboration|basis|figures|"
          r"numbers|sources|benchmarks?|study|studies)")

SUPPORT_RULES: list[tuple[str, str]] = [
    # One source and no second: what the account rests on, or comes from.
    ("single_source", rf"\b(?:rests?|resting|relies|rely|relied|rested|based|built|hinges?|hinged|depends?|depended) "
                      rf"(?:solely |entirely |wholly |only |largely |chiefly )?on (?:the )?{_ACCOUNT} of {_ONE}\b|"
                      rf"\bon (?:the |an? )?(?:[\w’'\-]+ ){{0,3}}?(?:memory|word|account|recollection|say-so) alone\b"),
    ("single_source", rf"\b(?:comes?|came|coming) (?:solely |entirely |only |wholly |exclusively )?from {_ONE}\b|"
                      r"\b(?:comes?|came|coming) (?:solely|entirely|wholly|exclusively) from\b|"
                      rf"\b(?:provided|given|supplied|offered) by (?:only )?(?:one|a single|a lone|a sole|just one)\b(?! of)"),
    ("single_source", r"\b(?:a single|a lone|a sole) (?:[\w\-]+ ){0,2}?(?:source|witness|informant|whistle-?blower|"
                      r"employee|official|diplomat|insider|aide|staffer|analyst|agent|resident|parent|fan|reviewer|"
                      r"producer|laboratory|lab|document|post|study|survey|eyewitness|guard|guest|player|tipster|trader|"
                      r"bidder|juror|neighbou?r|council+or|cyclist|shopkeeper)\b"),
    # No second source found, nobody else confirms, nothing matched elsewhere.
    ("single_source", r"\b(?:find|locate|get|without|lacking|with) (?:a|any) (?:second|independent|other) "
                      r"(?:source|witness|confirmation)\b|\b(?:no|none of the) (?:other|second|independent) (?:[\w\-]+ )?"
                      r"(?:sources?|officials?|witness(?:es)?|persons?|outlets?|organi[sz]ations?|laborator(?:y|ies)|labs?|"
                      r"firms?|agenc(?:y|ies)|governments?|attendees?|members?) (?:has|have|had)?\s*(?:yet )?(?:confirmed|"
                      r"corroborated|backed|matched|replicated|verified|supported|published|reported|recalled)\b"),
    ("single_source", r"\b(?:has|have|had|was|were) not (?:yet )?been (?:matched|replicated|corroborated|backed up|"
                      r"independently confirmed) (?:by|elsewhere)\b|\b(?:no one|nobody|no-one) else (?:has|have|had) "
                      r"(?:backed|confirmed|corroborated|supported)\b|\bnot been backed up by anyone else\b|"
                      r"\b(?:corroborated|confirmed|verified|backed up|supported) beyond\b|\buncorroborated beyond\b|"
                      r"\b(?:account|version|story|testimony) (?:\w+ ){0,2}?(?:stands|remains|is|was) uncorroborated\b"),
    ("single_source", r"\b(?:relies|rely|relied|rests?|rested|based|originates?|originated|built) (?:solely |entirely |"
                      r"wholly |only |largely )?(?:on|with|upon) (?:one|a single|a lone|a sole)\b|\bthe (?:only|sole) "
                      r"(?:eyewitness|witness|source)\b|\bsole source\b|\b(?:could|was able to|were able to) (?:find|locate|"
                      r"reach|identify) only one\b|\bonly one (?:eye)?witness\b|\bthe only one (?:[\w\-]+ ){0,4}?who "
                      r"(?:agreed|was willing|would agree) to (?:speak|talk|comment|be interviewed)\b|\bno other (?:[\w\-]+ ){1,2}?"
                      r"(?:has |have |had )?(?:confirmed|corroborated|backed|matched|replicated|verified|reported|recalled|"
                      r"offered|described|mentioned)\b|\b(?:only|just) one (?:of (?:the |its |his |her |their )?[\w’'\- ]{1,40}? )"
                      r"(?:[\w\-]+ ){0,2}?(?:confirmed|corroborated|agreed to (?:speak|talk|comment)|would confirm)\b"),
    ("single_source", r"\bthe only (?:basis|support|backing) for\b|\b(?:only|just) one (?:of (?:the )?[\w’'\- ]{1,40}? )?"
                      r"(?:[\w\-]+ ){0,2}?(?:has|have) (?:spoken|described|confirmed|talked|commented) (?:about|publicly|on)\b"),
    # The claim made with nothing shown for it.
    ("unverified", rf"\b(?:offering|offered|offers|providing|provided|provides|presenting|presented|presents|giving|gave|"
                   rf"gives|citing|cited|produced|producing|showing|showed|included|includes|contained|contains) (?:no|little|"
                   rf"scant) (?:independent |hard |supporting )?{_PROOF}\b|\bwithout (?:offering|"
                   rf"providing|presenting|giving|citing|producing|showing) (?:any )?{_PROOF}\b|\b(?:presented|provided|"
                   r"offered|produced|gave|showed|shared|released) (?:nothing|no record|no records|no data|no documents?) "
                   r"(?:to back|to support|supporting|backing|for|to substantiate|to prove|to verify|to corroborate)\b|"
                   rf"\bno {_PROOF} (?:was|were|has been|have been) (?:provided|offered|given|presented|produced|released)\b|"
                   r"\bnot (?:supported|backed) by any\b|\b(?:remains?|remained|is|was|are|were|still) unproven\b|"
                   r"\bthere (?:is|was) no (?:evidence|proof|record|official record) (?:that|of)\b"),
    ("unverified", rf"\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|never) (?:yet )?(?:substantiated?|"
                   rf"back(?:ed)? up|corroborated?|documented?|proved?|provided? (?:any )?{_PROOF} (?:for|to support|"
                   rf"supporting)|(?:published|released|shared) (?:the |any )?(?:data|evidence|figures|records)) "
                   r"(?:underpinning |behind |for |supporting )?(?:its|his|her|their|the|that|this)\b"),
    ("unverified", r"\b(?:could not|couldn['’]t|cannot|can['’]t|can not) be (?:independently )?(?:checked|tested|"
                   r"authenticated)\b|\b(?:independent )?verification (?:of [\w\s’'\-]{1,50}? )?(?:was|is|has been|proved) "
                   r"(?:impossible|not possible)\b|\b(?:impossible|not possible) to (?:check|verify|confirm) independently\b|"
                   r"\b(?:impossible|not possible|difficult|hard) to (?:independently )?(?:check|verify|confirm)\b|"
                   r"\bnone of (?:the |these |those )?[\w\s’'\-]{1,60}? could be (?:independently )?(?:confirmed|verified|"
                   r"checked|authenticated)\b|\bunable to (?:reach|locate|find|contact) (?:[\w’'\-]+ ){1,6}?to (?:confirm|"
                   r"verify)\b|\bcould not (?:locate|find) any such\b|\bunable to (?:test|check|corroborate|"
                   r"authenticate)\b|"
                   r"\bno way(?:,? as yet,)? to (?:independently )?(?:confirm|verify|check)\b|\bit (?:was|is|has been) "
                   r"(?:not possible|impossible) to (?:independently )?(?:verify|confirm|check|authenticate)\b|"
                   r"\bneither (?:[\w’'\-]+ ){1,4}?could be (?:independently )?(?:checked|verified|confirmed)\b"),
    ("unverified", r"\b(?:has|have|had) not been (?:established|authenticated)\b|\bnone of (?:the )?[\w\s’'\-]{1,60}? "
                   r"(?:has|have) been (?:independently )?(?:verified|authenticated|confirmed)\b|\bunsubstantiated\b|"
                   r"\bunverifiable\b|\b(?:not|never) been able to (?:establish|determine|authenticate)\b|"
                   r"\bif (?:genuine|authentic|true|accurate)\b"),
]
