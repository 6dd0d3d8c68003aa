"""How much stands behind a claim: one source and no second, or nothing shown at all.

The stock phrases ("according to one official", "could not be independently verified"), and
the other ways a newsroom says it: the account "rests on the word of one
former employee", "comes solely from" someone, "no other official has confirmed it"; the claim
was made "offering no proof", "did not substantiate its assertion", "if genuine".
``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_ONE = r"(?:one|a single|a lone|a sole|just one|only one)(?!-| of\b)"
_ACCOUNT = r"(?:testimony|account|word|report|reports|statements?|recollections?|memory|evidence|say-so|claims?)"
# What a claim stands on: a source, or the account it gave ("a single diplomat", "one man's memory").
_SOURCE = (r"(?:source|witness|eyewitness|informant|whistle-?blower|employee|official|diplomat|insider|aide|staffer|"
           r"analyst|agent|tipster|person|man|woman|man['’]s|woman['’]s|soldier|officer|resident|juror|guest|bidder|"
           r"document|post|study|survey|listing|account|report|interview|recording|photo|video|lab|laboratory|e-?mail|"
           r"memo|letter|message|text message|tipster|engineer|analyst|trader)")
# What a claim is: the subject that "comes solely from" or "was provided by" one source.
# More who may be the only one telling: "a single neighbor", "one attendee", "one campaign volunteer".
_WITNESS = (r"(?:neighbou?r|participant|attendee|volunteer|guard|security guard|producer|scout|academic|dancer|passenger|"
            r"informant|insider|executive|manager|parent|teacher|nurse|doctor|expert|"
            r"researcher|scientist|historian|economist|lawyer|relative|friend|colleague|worker|staff member|"
            r"spokesperson|spokesman|spokeswoman|participant['’]s|witness['’]s|guard['’]s|source['’]s)")
_CLAIM = (r"(?:account|version|story|claim|claims|detail|details|figure|figures|information|allegation|report|"
          r"timeline|description|evidence|quote|tip|toll|estimate|forecast|count|date|price|fee)")
_PROOF = r"(?:evidence|proof|documentation|documents|data|records|corroboration|benchmarks?)"
_ASSERTED = r"(?:claims?|assertions?|allegations?|accounts?|statements?|figures|numbers|charges?)"

SUPPORT_RULES: list[tuple[str, str]] = [
    # The stock phrases first: where two rules match at one place, the earlier one's cue is kept.
    ("unverified", r"\b(?:not|never) been able to (?:independently )?(?:verify|confirm|corroborate)\b|"
                   r"\brumou?rs (?:circulated|spread|swirled|began|grew)\b"),
    ("single_source", r"\baccording to (?:a|an|one) (?:[\w-]+ ){0,3}?(?:source|official|person|witness|resident)\b"),
    # One unnamed person the reporter found stands for many: "we spoke to one mother".
    ("single_source", r"\b(?:spoke|speaking|talked|talking|interviewed) (?:to |with )?one (?:[\w-]+ )?[\w-]+\b"),
    ("single_source", r"\b(?:said|says|according to) one (?:[\w-]+ )?(?:expert|official|source|analyst|insider|diplomat|"
                      r"witness|resident|person|lawyer|observer|aide)\b"),
    ("unverified", r"\b(?:could|can|has|have|had|was|were|is|are)(?: not|n['’]t)(?: be| been| yet been)?"
                   r"(?: independently| immediately)? (?:verified|confirmed|authenticated|corroborated|checked|"
                   r"substantiated)\b"),
    ("unverified", r"\bno independent (?:confirmation|verification|corroboration)\b|\b(?:impossible|difficult|hard) to "
                   r"(?:verify|confirm|corroborate)\b|\bauthenticity of\b.{0,60}\b(?:has not been|could not be|cannot be|"
                   r"was not|is not|not been) (?:established|confirmed|verified)\b"),
    ("single_source", r"\bthe only (?:account|source|witness|evidence|record|version) (?:of|for)\b"),
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
    ("single_source", r"\b(?:one|a single) (?:small |recent |new |older |early |tiny |preliminary )*(?:study|trial|survey|"
                      r"experiment|poll|review)\b"),
    # The publisher's own inference from appearances: "in apparent protest", "appears to have worked through".
    ("unverified", r"\b(?:in |in an )apparent (?:protest|retaliation|response|reprisal|reference|attempt|bid|effort|"
                   r"reaction|show|sign|signal|nod|dig|jab|swipe|rebuke|warning|message|violation|breach)\b|"
                   r"\ban apparent (?:[\w-]+ ){0,3}?(?:operation|attack|plot|campaign|attempt|effort|scheme|"
                   r"cover-?up|suicide|murder|killing|strike|hack|leak|breach|bribe|payment|deal|retaliation)\b"),
    # "seems to have its own laws" is a description; "seems to have fled" guesses at an event.
    ("unverified", r"\b(?:appears?|appeared|seems?|seemed) (?:not )?to (?:\w+ )?(?:have\b(?! (?:its|his|her|their|"
                   r"a|an|the|no|some|any|little|much|many|more|own)\b)|be\b)"
                   r"(?! (?:intent|hell-bent|bent|determined|desperate|eager) )"),
    # Passing a rumour on, or unnamed witnesses as the basis: "revealed a rumour", "according to witness statements".
    ("unverified", r"\b(?:revealed|shared|spread|heard|repeated|passed on|relayed|reported|circulated) (?:a |the |"
                   r"one |another )?rumou?rs?\b"),
    # What the source leaves out: "police did not say how many", "researchers don't say whether".
    ("unverified", r"\b(?:did not|didn['’]t|do not|don['’]t|does not|doesn['’]t|would not|wouldn['’]t|could not|"
                   r"couldn['’]t) (?:say|specify|disclose|reveal|detail|explain|elaborate on) (?:how many|how much|"
                   r"exactly)\b"),  # "did not say which/why" leaves out a detail: nothing unverified
    # One piece of work as the basis: "in a Monday analysis", "in their paper published in".
    ("single_source", r"\bin (?:an?|their|his|her|its) (?:new |recent |latest |[\w\-]+ )?(?:analysis|research note|"
                      r"white ?paper|write-?up|paper|study)\b"),
    # One study as the basis of a finding: "a 2014 study warned", "a new survey found".
    ("single_source", r"\b(?:a|one|another) (?:(?:19|20)\d\d|new|recent|separate|earlier|previous) (?:research |scientific |"
                      r"peer-reviewed )?(?:study|paper|survey|analysis)(?: published (?:in|by) [^.;,]{1,80}?)? (?:warned|"
                      r"found|finds|showed|shows|suggested|suggests|concluded|estimated|predicted|argues|claims)\b"),
    # The paper's authors as the voice of the finding: "posit scientists in the paper".
    ("single_source", r"\b(?:posit|posits|posited|argue|argues|contend|contends|write|writes|conclude|concludes) (?:the )?"
                      r"(?:scientists|researchers|authors) (?:in|of|behind) the (?:paper|study|report)\b"),
    # The publisher's own guess from what is shown: "it looks like it will", "appears to use".
    ("unverified", r"\b(?:it|they|this|that) (?:looks|look|seems|seem) like (?:it|they|this|the [\w-]+) (?:will|would|"
                   r"might|could)\b|\b(?:appears|appear|seems|seem) to (?:use|rely on|contain|target|work by)\b"),
    # The publisher asserting what "everyone" thinks: "It is widely believed", "considered likely to".
    ("unverified", r"\b(?:widely|generally|commonly|popularly) (?:believed|thought|assumed|presumed|held to be|seen as|"
                   r"regarded as)\b|\bwidespread (?:perception|belief|assumption|sense|"
                   r"suspicion|expectation)\b|\bconsidered (?:likely|unlikely|certain) to\b|\bnot publicly (?:known|"
                   r"disclosed|released)\b|\bpublicly (?:it['’]s|it is) not known\b|\b(?:has|have|had) not been made "
                   r"public\b"),
    # One source and no second: what the account rests on, or comes from.
    ("single_source", rf"\b(?:rests?|resting|relies|rely|relied|rested|based|built|hinges?|hinged|depends?|depended) "
                      rf"(?:solely |entirely |wholly |only |largely |chiefly )?on (?:the )?{_ACCOUNT} of {_ONE}\b|"
                      rf"\bon (?:the |an? )?(?:[\w’'\-]+ ){{0,3}}?(?:memory|word|account|recollection|say-so) alone\b|"
                      rf"\b(?:relies|rely|relied|rests?|rested|based|originates?|originated|built) (?:solely |entirely |"
                      rf"wholly |only |largely )?(?:on|with|upon) {_ONE} (?:[\w\-]+ ){{0,2}}?{_SOURCE}\b"),
    ("single_source", rf"\b{_CLAIM}\b[^.;:]{{0,60}}? (?:comes?|came|coming|is drawn|was drawn|is taken|was taken) "
                      rf"(?:solely |entirely |only |wholly |exclusively |largely )?from\b|\b{_CLAIM}\b[^.;:]{{0,60}}? (?:was |"
                      rf"were |is |are )?(?:provided|given|supplied|offered) by {_ONE}\b|\bwhich (?:came|comes) from {_ONE}\b|"
                      rf"\bdrawn from {_ONE}\b|\bbased on what {_ONE}\b|\b(?:supported|backed|corroborated|confirmed) "
                      r"(?:so far |only )?by (?:just |only )?(?:one|a single)\b|\balone among (?:those|the [\w\-]+) "
                      r"(?:contacted|interviewed|asked|approached|reached)\b"),
    ("single_source", r"\baccording to (?:a single|a lone|a sole|one|just one|only one)(?!-| of\b) (?:[\w\-]+ ){0,2}?"
                      r"[a-z][\w\-]*\b|\b(?:beyond|on) the word of (?:a single|a lone|a sole|one)\b|\bwith only one "
                      r"(?:person|source|official|witness)\b|\bis the (?:only |sole )?source (?:for|of) (?:the )?(?:[\w\-]+ )?"
                      r"(?:timeline|account|claim|story|report|figures?|details|information)\b|\bthe only (?:one|account|"
                      r"version) on record\b|\b(?:remains|is|was) the only (?:account|source|version|record)\b|"
                      r"\b(?:only|just) one of (?:the |its |his |her |their )?[\w’'\- ]{1,40}? (?:has|have) described\b|"
                      r"\bno one else (?:[\w\-]+ )?(?:would|could|has|have|had) (?:confirm|corroborate|back)|\bonly one "
                      r"(?:of them |person |source |official |witness |resident |trader |analyst )?(?:[\w’'\- ]{1,40}?"
                      r"(?:,[^,]{1,60},)? )?(?:said|says|told|confirmed|agreed)\b|\b(?:other|no other) (?:[\w\-]+ ){0,2}?"
                      r"(?:did not|didn['’]t|have not|has not|could not) (?:corroborate|confirm|back up|support)\b|\bno one "
                      r"(?:else )?has come forward to (?:support|corroborate|confirm|back)\b|\bbeyond (?:one|a single|a lone) "
                      r"(?:[\w\-]+ ){0,2}?[a-z]+, (?:nobody|no one|none)\b|\bis the (?:sole |only )?basis for\b"),
    ("single_source", r"(?:\b(?:according to|based on|from|on the word of|beyond the word of) |(?<!not )\b)(?:a single|a lone|"
                      r"a sole) (?:[\w\-]+ ){0,2}?(?:source|witness|eyewitness|informant|whistle-?blower|tipster|insider|"
                      r"employee|official|diplomat|aide|staffer|analyst|listing agent|juror|guest|bidder|shopkeeper|"
                      r"councill?or|laboratory|lab|document|post|resident)(?:,[^,]{1,60},| [\w’'\-]+(?: [\w’'\-]+){0,4}?)? "
                      r"(?:said|says|told|tells|claimed|"
                      r"claims|reported|described|recalled|estimated|confirmed|is the source|was the source)\b"),
    # One estimate among none: "one estimate figured as much as", "one study found".
    ("single_source", r"(?:(?<=^)|(?<=[,;:] )|(?<=[.!?] )|(?<=\bbut )|(?<=\band )|(?<=\bwhile ))one (?:[\w\-]+ )?"
                      r"(?:estimate|study|survey|analysis|poll|report|count|projection|calculation|forecast) "
                      r"(?:figured|figures|put|puts|suggested|suggests|found|finds|estimated|estimates|showed|shows|"
                      r"claimed|claims|reckoned|reckons|placed|places|pegged|pegs)\b"),
    # No second source found, nobody else confirms, nothing matched elsewhere.
    ("single_source", r"\b(?:find|locate|get|without|lacking|with) (?:a|any) (?:second|independent|other) "
                      r"(?:source|witness|confirmation)\b|\b(?:no|none of the) (?:other|second|independent) (?:[\w\-]+ )?"
                      r"(?:sources?|officials?|witness(?:es)?|persons?|outlets?|organi[sz]ations?|laborator(?:y|ies)|labs?|"
                      r"attendees?|members?|jurors?|participants?|researchers?|analysts?|scientists?|firms?) "
                      r"(?:has|have|had)?\s*(?:yet )?(?:confirmed|corroborated|backed|matched|replicated|reproduced|verified|"
                      r"supported|published|reported|recalled|offered)\b|"
                      r"\bno other (?:[\w\-]+ ){1,2}?(?:has |have |had )?(?:confirmed|corroborated|verified|backed up) "
                      r"(?:it|this|that|the|his|her|their|its)\b"),
    ("single_source", r"\b(?:has|have|had|was|were) not (?:yet )?been (?:matched|replicated|corroborated|backed up|"
                      r"echoed|independently confirmed) (?:by|elsewhere|anywhere)\b|\b(?:no one|nobody|no-one) else (?:has|have|had) "
                      r"(?:backed|confirmed|corroborated|supported)\b|\bnot been backed up by anyone else\b|"
                      r"\b(?:corroborated|confirmed|verified|backed up|supported) beyond (?!(?:a |any )?(?:reasonable )?doubt)"
                      r"(?:the |a |one |his |her |its |their )|\buncorroborated beyond\b|\b(?:account|version|story|testimony) "
                      r"(?:\w+ ){0,2}?(?:stands|remains|is|was) uncorroborated\b"),
    ("single_source", r"\bthe only (?:eyewitness|witness|source) (?:account|to (?:describe|speak|come forward|have seen|see))\b|"
                      r"\bthe (?:only|sole) source (?:for|of) (?:the |this |that )?(?:report|account|claims?|story|allegation|"
                      r"information|figures?|timeline|details)\b|\b(?:could|was able to|were able to) (?:find|locate|reach|"
                      r"identify) only one (?:[\w\-]+ )?(?:person|source|witness|eyewitness|official|resident|employee)\b|"
                      r"\bonly one (?:eye)?witness\b|\bthe only one (?:[\w\-]+ ){0,4}?who (?:agreed|was willing|would agree) to "
                      r"(?:speak|talk|comment|be interviewed)\b|\b(?:only|just) one (?:of (?:the |its |his |her |their )?"
                      r"[\w’'\- ]{1,40}? )(?:[\w\-]+ ){0,2}?(?:confirmed|corroborated|agreed to (?:speak|talk|comment)|"
                      r"would confirm)\b|\bthe only basis for (?:the |this |that )?(?:report|claim|story|allegation|account)\b"),
    # The claim made with nothing shown for it.
    ("unverified", rf"\b(?:offering|offered|offers|providing|provided|provides|presenting|presented|presents|giving|gave|"
                   rf"gives|citing|cited|produced|producing|showing|showed|included|includes|contained|contains) (?:no|little|"
                   rf"scant) (?:independent |hard |supporting )?{_PROOF}\b|\bwithout (?:offering|providing|presenting|"
                   rf"giving|citing|producing|showing) (?:any )?(?:{_PROOF}|figures|details|sources)\b|\b(?:presented|"
                   r"provided|offered|produced|gave|showed|shared|released) (?:nothing|no record|no records|no data|no "
                   r"documents?) (?:to back|to support|supporting|backing|to substantiate|to prove|to verify|to corroborate)\b|"
                   rf"\bno {_PROOF} (?:was|were|has been|have been) (?:provided|offered|given|presented|produced|released)\b|"
                   r"\b(?:claims?|assertion|allegation|theory|story|link|benefits?) (?:[\w’'\- ]{1,40}? )?(?:is |are |was |"
                   r"were )?not (?:supported|backed) by any\b|\b(?:claims?|allegations?|theory|assertions?|story|link|"
                   r"connection|benefits?|efficacy) (?:[\w’'\- ]{1,40}? )?(?:remains?|remained|is|was|are|were|still) "
                   r"unproven\b|\bthere (?:is|was) no (?:evidence|proof) (?:that|of)\b"),
    ("unverified", rf"\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|never) (?:yet )?(?:substantiated?|"
                   rf"back(?:ed)? up|corroborated?|documented?|proved?|provided? (?:any )?{_PROOF} (?:for|to support|"
                   rf"supporting)|(?:published|released|shared) (?:the |any )?(?:data|evidence|figures|records)) "
                   rf"(?:underpinning |behind |for |supporting )?(?:its|his|her|their|the|that|this) (?:[\w\-]+ )?{_ASSERTED}\b"),
    ("unverified", r"\b(?:could not|couldn['’]t|cannot|can['’]t|can not) be (?:independently (?:checked|tested|"
                   r"authenticated)|authenticated|checked against)\b|\b(?:independent )?verification (?:of [\w\s’'\-]{1,50}? )?"
                   r"(?:was|is|has been|proved) (?:impossible|not possible)\b|\b(?:impossible|not possible) to (?:check|"
                   r"verify|confirm) independently\b|\b(?:impossible|not possible|difficult|hard) to (?:independently )?"
                   r"(?:verify|confirm|corroborate)\b|\b(?:impossible|not possible|difficult|hard) to independently check\b|"
                   r"\b(?:has|have) yet to be (?:independently )?(?:confirmed|verified|corroborated)\b|\b(?:was|were) not "
                   r"able to (?:reach|locate|find|contact) (?:[\w’'\-]+ ){1,6}?to (?:confirm|verify)\b|"
                   r"\bnone of (?:the |these |those )?[\w\s’'\-]{1,60}? could be (?:independently )?(?:confirmed|verified|"
                   r"checked|authenticated)\b|\bunable to (?:reach|locate|find|contact) (?:[\w’'\-]+ ){1,6}?to (?:confirm|"
                   r"verify)\b|\bcould not (?:locate|find) any such\b|\bunable to (?:corroborate|authenticate)\b|"
                   r"\bunable to (?:test|check) (?:[\w’'\-]+ ){0,4}?before publication\b|"
                   r"\bno way(?:,? as yet,)? to (?:independently )?(?:confirm|verify)\b|\bit (?:was|is|has been) "
                   r"(?:not possible|impossible) to (?:independently )?(?:verify|confirm|check|authenticate)\b|"
                   r"\bneither (?:[\w’'\-]+ ){1,4}?could be (?:independently )?(?:checked|verified|confirmed)\b"),
    ("unverified", r"\b(?:authenticity|identity|origin|provenance|veracity|accuracy|source) (?:of [\w\s’'\-]{1,50}? )?(?:has|"
                   r"have|had) not been (?:established|authenticated)\b|\bnone of (?:the )?[\w\s’'\-]{1,60}? "
                   r"(?:has|have) been (?:independently )?(?:verified|authenticated|confirmed)\b|\bunsubstantiated\b|"
                   r"\bunverifiable\b|\b(?:not|never) been able to (?:establish|determine|authenticate)\b|"
                   r"\bif (?:genuine|authentic)\b"),
    # Round 5: what the account rests on ("relies heavily on a single informant", "drawn entirely from a single
    # guard's testimony", "traces back to one volunteer", "per one attendee"), nobody else ("no second source has
    # emerged", "uncorroborated by anyone else", "the story's only source"), one among many ("just one scout rated").
    ("single_source", r"\b(?:based|relies|rely|relied|relying|rests?|rested|resting|drawn|draws|drew|depends?|depended|"
                      r"hinges?|hinged|built|comes?|came) (?:heavily |entirely |solely |largely |wholly |only |chiefly |"
                      r"mostly )?(?:on|from|upon) (?:the (?:testimony|word|account|recollection) of )?(?:a single|a lone|a sole|"
                      rf"one|just one|only one)(?!-| of\b) (?:[\w\-]+ )?(?:{_SOURCE}|{_WITNESS})(?:['’]s)?\b(?! to \w)|\bper (?:one|a single|a lone|a sole) [a-z][\w\-]*|\btraced? (?:back )?"
                      r"to (?:one|a single|a lone|just one)\b|\btraces back to (?:one|a single|a lone|just one)\b"),
    ("single_source", r"\bno (?:second|other|independent) (?:[\w\-]+ )?(?:source|witness|passenger|resident|official|"
                      r"employee|person|account|outlet)s? (?:has|have|had)? ?(?:yet |so far )?(?:emerged|come forward|surfaced|"
                      r"been found)\b|\bno other (?:[\w\-]+ )?(?:source|official|witness|person|passenger|resident|employee)s? "
                      r"(?:could be found|would (?:confirm|corroborate|back)|was willing)\b|\buncorroborated by (?:anyone|"
                      r"anybody|any other|others)\b|\b(?:the|its|the story['’]s|the report['’]s|the article['’]s) (?:only|"
                      r"sole) source\b(?! of)|\bnone of the others (?:we|I|the \w+) (?:spoke|talked) (?:to|with)\b|\b(?:a|the) "
                      r"(?:sole|lone) (?:eye)?witness\b"),
    ("single_source", r"(?:(?<=^)|(?<=[.;:] )|(?<=, ))(?:just|only) one (?:[\w\-]+ ){0,2}?[a-z\-]+(?:,[^,]{1,60},)? (?:has "
                      r"(?:so far )?)?(?:rated|said|says|told|claimed|described|reported|predicted|estimated|backed|"
                      r"would (?:describe|talk|speak|confirm|comment)|agreed to (?:speak|talk|comment))\b|\b(?:made|raised|"
                      r"levell?ed|described|detailed|reported|confirmed|backed|supported) (?:so far )?by (?:just|only) "
                      r"(?:one|a single)\b|\b(?:detailed|described|reported|told) by one [a-z]+, who\b|\b(?:appears?|appeared) "
                      r"(?:only |just )?in (?:just |only )?(?:one|a single) (?:document|report|account|source|email|memo|"
                      r"letter|file|record)\b"),
    # Round 5: nothing checked, nothing shown ("has not been independently tested", "did not say how he arrived at
    # the figure", "a shred of evidence", "unsupported by any evidence", "could find no record").
    ("unverified", r"\b(?:has|have|had) not (?:yet )?been independently (?:[a-z]+ed)\b|\b(?:has|have|had|did) not (?:yet )?"
                   r"independently (?:verified|confirmed|reviewed|checked|authenticated|tested|examined|seen|assessed|"
                   r"audited|established|corroborated)\b|\bcould not independently\b|\b(?:was|were|is|are) unable to "
                   r"(?:verify|confirm|corroborate|authenticate|independently|check (?:the|its|his|her|their|these|those|that|this) "
                   r"(?:[\w\-]+ )?(?:claims?|figures?|numbers|account|accounts|statements?|reports?|footage|video|details))\b|\bdid not (?:say|explain|disclose|"
                   r"specify) how (?:he|she|they|it|the \w+) (?:had )?(?:arrived at|calculated|reached|got|came up with|"
                   r"derived|obtained)\b"),
    ("unverified", r"\b(?:did not|didn['’]t|failed to|has not|hasn['’]t|have not|never) back(?:ed)? up (?:the|his|her|their|its|"
                   r"that|this|those) (?:[\w\-]+ )?(?:figures?|claims?|numbers?|assertions?|statements?|allegations?|boasts?)\b|"
                   r"\bunsupported by (?:any |the )?(?:[\w\-]+ )?(?:evidence|data|documents|proof|records)\b|\b(?:could|can|"
                   r"were able to|was able to) find no (?:record|evidence|trace|sign|documentation)\b|\bno record (?:could "
                   r"be found|exists) of\b|\b(?:seen|found|produced|offered|shown) nothing to (?:support|back up|substantiate|"
                   r"corroborate)\b|\bnothing in (?:the )?[\w\s’'\-]{1,50}? supports\b|\b(?:a|one|any) shred of (?:evidence|"
                   r"proof)\b|\byet to (?:produce|provide|offer|show|present|publish) (?:any )?(?:evidence|proof|data|"
                   r"documents)\b|\bneither (?:[\w’'\-]+ ){1,5}?could be (?:independently )?(?:corroborated|authenticated)\b"),
    # Round 6: "rests solely on the testimony of", "described by a single board member", "unable to find a second
    # person", "apart from X, no one has", "from anyone else", "corroboration has been limited to one", "nowhere else",
    # "the only person willing to discuss", "just one of the eight has given an account", "a single analyst ... put".
    ("single_source", rf"\brests? (?:solely|entirely|wholly|only|largely) on (?:the )?(?:testimony|word|account|recollection|"
                      rf"say-so) of\b|\b(?:by|from) (?:a single|a lone|a sole|just one|only one) (?:[\w\-]+ ){{0,2}}?(?:{_SOURCE}|"
                      rf"{_WITNESS}|member|juror|board member)\b|\b(?:could not|couldn['’]t|unable to|failed to) (?:find|locate|"
                      r"get|reach) (?:a|any) (?:second|other|independent) (?:person|source|witness|official|account)\b|"
                      r"\b(?:apart|aside) from [\w’'\- ]{1,40}?, (?:no one|nobody|no-one) (?:else )?(?:has|have|had)\b|"
                      r"\b(?:obtain|confirm|verify|get|corroborate) (?:it|them|this|that|the \w+) from anyone else\b|"
                      r"\bcorroboration (?:has |had )?(?:so far )?(?:been )?limited to (?:one|a single)\b|\band nowhere else\b"),
    ("single_source", r"\bthe only (?:one|person|official|source|member|resident|witness) (?:[\w’'\- ]{1,40}? )?(?:willing|"
                      r"prepared|able|who would agree|who agreed) to (?:discuss|speak|talk|comment|describe)\b|\b(?:just|only) "
                      r"one of (?:the |its |his |her |their )?[\w’'\- ]{1,40}? (?:has|have) (?:given|offered|provided|described)\b|"
                      r"\b(?:a single|a lone|a sole) (?:analyst|economist|expert|estimate|forecaster)(?:,[^,]{1,60},)? "
                      r"(?:put|puts|estimated|estimates|forecast|forecasts|pegged|pegs)\b|(?:(?<=^)|(?<=[.;:] )|(?<=, ))(?:just|"
                      r"only) one (?:[\w\-]+ ){0,5}?[a-z\-]+(?:,[^,]{1,60},)? (?:has|have) (?:so far )?(?:described|"
                      r"given an account|publicly described)\b"),
    # Round 6: nothing checked ("did not provide data to back up", "none of the claims has been substantiated", "cannot
    # vouch for", "have not been audited", "self-reported", "could not establish the authenticity", "no documentation has
    # surfaced to support", "unable to assess the damage for themselves").
    ("unverified", r"\b(?:did not|didn['’]t|has not|hasn['’]t|failed to|would not|does not) (?:provide|offer|give|share|release|"
                   r"produce|publish) (?:any )?(?:data|evidence|proof|documentation|figures|details|records) (?:to back|to "
                   r"support|to substantiate|for|backing|supporting)\b|\b(?:none of|no) (?:the |these |those |his |her |its |"
                   r"their )?(?:[\w\-]+ )?(?:claims?|allegations?|assertions?|figures|statements?) (?:has|have) been "
                   r"(?:substantiated|verified|corroborated|proven|proved|confirmed)\b|\b(?:cannot|can['’]t|could not|"
                   r"couldn['’]t) vouch for\b|\b(?:numbers|figures|data|claims?|results|accounts|statements?|rates?|"
                   r"estimates?|revenues?|totals|sales) (?:[\w’'\- ]{0,30}? )?(?:has|have|had) not (?:yet )?been (?:independently "
                   r")?(?:audited|verified|checked|tested|vetted)\b|\bnot been reviewed by (?:any|an) (?:outside|independent|"
                   r"external)\b|\bself-reported\b"),
    ("unverified", r"\b(?:could not|couldn['’]t|unable to|was unable to|were unable to) (?:establish|determine|confirm|verify) "
                   r"(?:the )?(?:authenticity|provenance|origin|veracity|accuracy)\b|\b(?:authenticity|provenance|origin|"
                   r"veracity) (?:[\w’'\- ]{0,30}? )?could not be (?:established|verified|confirmed|determined)\b|\bcould not "
                   r"(?:immediately |independently )?be (?:corroborated|verified|confirmed|authenticated)\b|\bno (?:documentation|"
                   r"evidence|proof|records?|documents?) (?:has|have) (?:surfaced|emerged|been produced|been presented) to "
                   r"(?:support|back|substantiate|corroborate)\b|\b(?:unable|not able) to (?:assess|see|check|verify|confirm) "
                   r"(?:[\w’'\- ]{1,30}? )?for (?:themselves|ourselves|itself|himself|herself)\b|\bneither (?:[\w’'\-]+ ){1,8}?"
                   r"could be (?:established|determined|corroborated|authenticated|traced)\b|\bno (?:public |independent |"
                   r"hard |direct )evidence (?:that|of)\b|\bwithout citing any (?:supporting |hard |independent )?(?:evidence|"
                   r"data|proof)\b|\bcites? no (?:[\w\-]+ )?(?:data|evidence|studies|research|proof)\b"),
]
