"""The cue phrases of the denial type: a subject rejecting a claim, or not answering at all.

Newsrooms phrase a non-answer many ways ("did not respond to a question about", "ignored a
request for comment", "declined to be interviewed", "was not immediately available", "has not
said whether"); each is the subject keeping its side of the story back, so each is a denial
cue. ``cues.CUE_RULES`` takes these in as its denial rules, in this order.
"""

from __future__ import annotations

NOT_DONE = r"(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t|never)"
# What a reporter asks with: "a request for comment", "written questions", "repeated emails".
_ASKED = (r"(?:an? |the |our |his |her |their |several |repeated |multiple |numerous |written |emailed |detailed |"
          r"further |follow-up |phone |telephone )*(?:questions?|requests?|inquir(?:y|ies)|quer(?:y|ies)|e-?mails?|"
          r"messages?|voicemails?)")

DENIAL_RULES: list[tuple[str, str]] = [
    ("denial", r"\bcalled (?:the |these |those |such |it |them |that )(?:(?:accusations?|allegations?|claims?|reports?|"
               r"charges?|stor(?:y|ies)|article) )?(?:completely |totally |entirely |utterly |absolutely |patently )?"
               r"(?:false|baseless|untrue|unfounded|lies|a lie|fabricated|groundless|absurd|ridiculous|fake news|fake|"
               r"a hoax|a smear|a fabrication|a witch hunt|nonsense|politically motivated)(?=[.,;:!?”\"]|\s+and\b|$)"),
    ("denial", r"\b(?:has|have|had|did) not (?:yet |publicly )?comment(?:ed)? on\b"),
    ("denial", r"\b(?:(?:has|have|had) )?(?:strongly |repeatedly |flatly |also )?(?:denied|denies|deny) (?:the )?(?:[\w\-]+ ){0,2}?"
               r"[\w\-]+[’']s (?:\w+ )?(?:claims?|allegations?|accusations?|account|version|story)\b"),
    ("denial", r"\b(?:(?:has|have|had) )?(?:strongly |repeatedly |flatly |also )?(?:denied|denies|deny)(?! (?:the|a|an|his|"
               r"her|their|its) (?:[\w\-]+ )?(?:motion|request|appeal|bail|petition|application|permission|entry|access|"
               r"visas?|parole|injunction|licen[cs]e|permit|asylum|clemency|pardon|bid|variance|applications?|requests?)\b)(?= (?:this|"
               r"that|the|it|any|all|wrongdoing|involvement|allegations?|claims?|reports?|responsibility|charges?|"
               r"accusations?|being|having|knowing)\b|[.,;])"),
    ("denial", r"\bdisputed (?:that|the|this|these|those) (?:account|claims?|version|figures?|reports?)\b"),
    ("denial", r"\bdid not (?:immediately )?return (?:a |multiple )?(?:calls?|messages?|emails?|requests?)"
               r"(?: seeking| for) comment\b|\bdismissed (?:them|it|this|that|the \w+) as\b"),
    # Declining to answer, in any tense: "refusing to comment on", "has refused to reveal which".
    ("denial", r"\b(?:declined|declines|declining|refused|refuses|refusing) to (?:comment|respond|answer|confirm|say|"
               r"discuss|elaborate|explain|reveal|disclose|specify|be (?:any )?more specific)\b|\bwithout elaborating\b"),
    # Pushing back, rebutting, nothing to add, no comment, questions left unanswered by both.
    ("denial", r"\b(?:pushed|pushes|pushing|push) back (?:on|against) (?:the |that |this |these |those |its |his |her |"
               r"their |such )?(?:[\w\-]+ )?(?:claims?|allegations?|accusations?|characteri[sz]ation|criticism|reports?|"
               r"suggestions?|idea|narrative|account|report)\b|\b(?:rebutted|rebuts|rebut)\b|"
               r"\b(?:said|says|saying) (?:that )?(?:he|she|it|they|the \w+) (?:had|has) nothing (?:further |more )?to add\b|\bno comment\b|\b(?:does|do|did) not comment "
               r"on\b|\bneither [\w\s’'\-]{1,60}? nor [\w\s’'\-]{1,60}? (?:answered|responded to|replied to|returned|"
               r"commented on) (?:questions|calls|requests|e-?mails|messages|inquiries)\b|\b(?:did not|didn['’]t|would not|wouldn['’]t) answer (?:questions|calls|messages)\b|"
               r"\b(?:disputes|dispute|disputing|disputed|contests|contested) (?:that|this|the|these|those|its|his|her|"
               r"their|[\w’'\-]+[’']s?) (?:[\w’'\-]+ )?(?:account|version|claims?|characteri[sz]ation|figures?|findings?|"
               r"reports?|description)\b|\b(?:flatly |strongly |consistently |repeatedly )?(?:denies|denied|deny) "
               r"(?:ever|having|being|knowing|taking|receiving|paying|making|ordering|operating|leaking|sending|meeting|"
               r"accepting|abusing|harassing|lying|holding|writing|saying|running)\b"),
    # Questions that went nowhere, and the subject's own "never": "attempts to reach the company were unsuccessful",
    # "requests for comment went unanswered", "has repeatedly said he never sold the horse", "no truth to".
    ("denial", r"\battempts to reach (?:[\w’'\- ]{1,40}?) for comment (?:were|have been|was) unsuccessful\b|"
               r"\brequests? for comment (?:[\w’'\- ]{1,60}? )?(?:went|have gone|has gone|were left|was left) unanswered\b|"
               r"\b(?:calls?|messages?|e-?mails?|requests?|voicemails?|inquir(?:y|ies))\b[^.;:]{0,40}? (?:was|were) not "
               r"(?:immediately )?returned\b|\b(?:has|have|had) not (?:publicly )?(?:responded|"
               r"commented) (?:to|on) (?:the )?(?:allegations?|claims?|accusations?|charges?|reports?|criticism)\b|"
               r"\bno truth (?:whatsoever |at all )?(?:to|in)\b|\b(?:has |have )?(?:repeatedly |consistently )"
               r"(?:said|says|insisted|maintained) (?:that )?(?:he|she|they|it) (?:never|did not|didn['’]t|had not|"
               r"hadn['’]t)\b|\blaughed off (?:the |those |these |such |any )?(?:rumou?rs|reports|claims|speculation|suggestions?|"
               r"questions?|criticism|accusations?|talk)\b|\blaughed (?:it|them) off\b|\bhung up without\b|\bdismissed "
               r"(?:[\w’'\-]+ ){1,8}?as (?:fiction|false|untrue|nonsense|baseless|rumou?rs?|speculation|fake|a lie|lies|"
               r"gossip|absurd|ridiculous)\b|\b(?:flatly |firmly |strongly )?(?:rejected|rejects|reject) (?:the |these |"
               r"those |such |[\w’'\-]+[’']s? )(?:[\w\-]+ )?(?:description|characteri[sz]ation|account|version|findings|"
               r"suggestion)\b"),
    # Unwilling is declining: "didn't want to talk Surface Pro 5", "would not discuss", "wouldn't comment on".
    ("denial", r"\b(?:did not|didn['’]t|does not|doesn['’]t) (?:want|wish) to (?:talk|comment|discuss|elaborate|"
               r"speculate|go into)\b|\b(?:would not|wouldn['’]t|will not|won['’]t) (?:discuss|comment|elaborate|"
               r"speculate|talk about|go into (?:detail|details|specifics)|confirm (?:or deny|whether|reports|that|the "
               r"(?:report|figure|figures|number|amount|details|deal|terms))|disclose)\b"),
    ("denial", r"\bdid not (?:immediately )?respond to (?:a |multiple |repeated )?requests? for comment\b|"
               r"\b(?:did not|didn['’]t) (?:immediately )?(?:respond|reply) to (?:(?:our|the|written|emailed|detailed) )?"
               r"(?:questions|inquiries|queries)\b"),
    ("denial", r"\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t) (?:immediately )?"
               r"(?:respond|reply|return)(?:ed)? to (?:[\w’'\-]+ ){0,4}?(?:requests?|inquir(?:y|ies)|quer(?:y|ies)|"
               r"e-?mails?|calls?|messages?) (?:for|seeking) comment\b"),
    # Not remembering is how a side in a dispute declines to admit it.
    ("denial", r"\b(?:does not|doesn['’]t|did not|didn['’]t|could not|couldn['’]t|cannot|can['’]t|can not) (?:\w+ )?"
               r"(?:remember|recall)\b|\b(?:has|had|have) no (?:memory|recollection) of\b"),
    ("denial", r"\b(?:could not|couldn['’]t) be reached for comment\b|\b(?:had|has|have) no (?:immediate )?comment\b"),
    ("denial", r"\b(?:rejected|dismissed) (?:the |these |those |such )?(?:claims?|allegations?|accusations?|reports?)\b|"
               r"\b(?:rejected|rejects|dismissed|dismisses|refuted|refutes|debunked|knocked down|shot down|scotched|"
               r"quashed) (?:a |the |an |any |those |these |such |online |internet |social media |persistent |widespread )?"
               r"(?:[\w\-]+ )?(?:rumou?rs?|speculation|suggestions? that|reports? that|claims? that)\b"),
    ("denial", r"\b(?:declined|declines|declining|refused|refuses|refusing) to (?:provide|give|offer|make|issue|release|"
               r"share) (?:an? |any |further |more |the )?(?:[\w-]+ )?(?:comments?|response|statement|answers?|details|"
               r"specifics|explanation|names|figures|data|documents|information)\b|\bdismiss(?:es|ing) (?:them|it|this|that|the \w+) as\b"),
    # Professed ignorance answers an accusation: "she insisted she had no idea", "claimed they knew nothing".
    ("denial", r"\b(?:claimed|claims|insisted|insists|said|says|maintained|maintains|told \w+) (?:that )?(?:he|she|they|"
               r"it|the \w+) (?:had|has|have) no (?:idea|knowledge)\b|\b(?:claimed|insisted|said|maintained) (?:that )?"
               r"(?:he|she|they|it) (?:knew|knows|know) nothing\b|\b(?:pleaded|professed|claimed) ignorance\b|"
               r"\b(?:hung|hangs|hang) up (?:on|when|after|as)\b"),
    # Questions left unanswered: "did not respond to a question about", "ignored a request for comment",
    # "has not responded to requests to substantiate the claim", "did not return phone messages".
    ("denial", rf"\b{NOT_DONE} (?:yet |immediately )?(?:respond(?:ed)?|reply|replied|answer(?:ed)?) to {_ASKED}\b|"
               rf"\b(?:ignored|ignores|ignoring) {_ASKED}\b|"
               rf"\b{NOT_DONE} (?:yet |immediately )?return(?:ed)? (?:an? |the |our |multiple |repeated |several )?"
               r"(?:phone |telephone |voicemail |email |e-mail )?(?:calls?|messages?|e-?mails?)\b"),
    # The tabloid's "didn't get back to us": a non-answer to the publisher or another outlet. Any other
    # capitalised name is a place ("did not get back to Washington"); the publisher's own name is
    # matched against the site (``channels.own_sourcing_hits``).
    ("denial", rf"\b{NOT_DONE} (?:yet |immediately )?(?:get|got|gotten) back to (?:us|me|reporters|journalists|(?:the |a )?"
               r"(?:reporter|newspaper|paper|magazine|station|site|outlet)|(?:the )?(?:(?-i:[A-Z])[\w’'&\-]+ ){0,3}"
               r"(?-i:Times|Post|News|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Independent|Observer|"
               r"Mail|Mirror|Express|Star|Globe|Ledger|Courier|Inquirer|Examiner|Reuters|Bloomberg|AP|AFP|BBC|CNN|NPR))\b"),
    # Unavailable or unwilling to be interviewed: "was not immediately available", "declined to be interviewed".
    ("denial", r"\b(?:was|were|is|are) not (?:immediately )?available (?:for|to) comment\b|\b(?:was|were|is|are) not "
               r"immediately available\b|\bunavailable for comment\b|\b(?:declined|declines|declining|refused|refuses|"
               r"refusing) (?:to be interviewed|(?:an? |our |repeated |multiple |several )?(?:interview )?requests? for "
               r"(?:an )?interviews?|to (?:speak|talk) (?:to|with) (?:reporters|journalists|the press|us))\b"),
    # The answer in court or to the charge: "pleaded not guilty", "maintains his innocence", "claims without merit".
    ("denial", r"\b(?:pleaded|pleads|pleading|pled|plead) not guilty\b|\b(?:maintains?|maintained|maintaining|protests?|"
               r"protested|protesting) (?:his|her|their|its) innocence\b|\b(?:claims?|allegations?|accusations?|charges?|"
               r"lawsuit|suit|reports?) (?:were|was|are|is) (?:without merit|baseless|false|untrue|unfounded|meritless|"
               r"frivolous)\b"),
    # Calls left unanswered, told from the other end: "Messages left for the owner were not returned".
    ("denial", r"\b(?:calls?|messages?|e-?mails?|requests? for comment|inquir(?:y|ies)|questions)(?: [\w’'\-]+){0,4}? "
               r"(?:were|was|went|have gone|has gone) (?:not returned|unanswered|unreturned|not answered)\b"),
    # Silence on the point itself: "has not said whether it is investigating", "had not issued any comment".
    ("denial", r"\b(?:has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t) (?:yet |publicly )?(?:said|disclosed|"
               r"revealed|explained|specified) (?:whether|if|what|why|how|when|who|which)\b|\b(?:has|have|had) not "
               r"(?:[\w-]+ ){0,4}?(?:issued|made|offered|given) (?:any|a) (?:public |formal |official )?(?:comment|"
               r"response|statement)\b"),
    # Round 5: "has not responded to the Herald's questions", "has not publicly addressed the report", "called the claims
    # categorically untrue", "repudiated the memo", "pushed back on the figures", "could not be reached", "would not
    # be drawn on", "did not recognise the description", "has always insisted she was not", "hung up".
    ("denial", r"\b(?:has|have|had|did) not (?:yet )?(?:publicly )?(?:responded|replied|answered|addressed|acknowledged) "
               r"(?:to )?(?:the |a |an |its |their |our |his |her )?(?:[\w’'\-]+['’]s )?(?:[\w\-]+ )?(?:questions?|report|reports|"
               r"requests?|queries|query|claims?|allegations?|findings|inquir(?:y|ies)|emails?|calls?|messages?|story|"
               r"article|criticism)\b|\bcalled (?:the |these |those |such )?(?:claims?|allegations?|reports?|story|"
               r"accusations?|suggestions?|figures) (?:categorically |completely |entirely |wholly |totally |utterly |simply )?"
               r"(?:untrue|false|baseless|unfounded|fabricated|nonsense|a lie|lies|without merit|groundless|misleading|"
               r"inaccurate|wrong|defamatory)\b|\brepudiat(?:ed|es|e|ing) (?:the|these|those|its|their|his|her|that|this) (?:[\w\-]+ )?(?:memo|claims?|"
               r"reports?|allegations?|story|account|findings|document|letter|figures)\b|\bpush(?:ed|es)? back (?:on|against) (?:the |"
               r"these |those |its |their |his |her |that |this )?(?:figures|claims?|report|findings|allegations?|"
               r"characteri[sz]ation|suggestion|criticism|account|numbers)\b"),
    ("denial", r"\b(?:could not|couldn['’]t|cannot|can['’]t) be reached\b|\bneither (?:[\w’'\-]+ ){1,6}?could be "
               r"reached\b|\b(?:would|will|could) not be drawn (?:on|into)\b|"
               r"\bdid not recogni[sz]e (?:the|this|that|these|those) (?:[\w\-]+ )?(?:description|characteri[sz]ation|"
               r"account|picture|claims?|figures?|allegations?|portrayal)\b|\b(?:has |have )?(?:always |long |repeatedly |"
               r"consistently )?insist(?:ed|s)? (?:that )?(?:he|she|they|it|the \w+) (?:was|were|is|are|had|has|did|does) "
               r"(?:not|never)\b|\bhung up\b(?=[.,;]| on\b| before\b| when\b| without\b)|\b(?:refuted|refutes|"
               r"rebutted|rebuts|contested|contests|disputed|disputes) (?:the |these |those |its |their |his |her )?"
               r"(?:findings|report|study|figures|claims?|allegations?|accusations?|account|characteri[sz]ation|"
               r"numbers|conclusions?)\b"),
    # Round 6: "has repeatedly denied targeting", "would not say how many", "brushed off questions", "rejected that
    # characterization", "who denies murder", "would not discuss the case".
    ("denial", r"\b(?:has|have|had|repeatedly|consistently|strongly|flatly|always) (?:denied|denies|deny) "
               r"(?!(?:being|having)\b)[a-z]+ing\b(?! [\w\-]+ to\b)|\b(?:would|will|could) not say (?:how|whether|why|what|who|when|"
               r"where|if|which)\b|\bbrush(?:ed|es|ing)? (?:off|aside) (?:the |these |those |all )?(?:questions|criticism|"
               r"accusations|claims|suggestions|allegations|concerns|reports|queries)\b|\breject(?:ed|s)? (?:that|this|the) "
               r"(?:characteri[sz]ation|description|portrayal|account|version|depiction|interpretation)\b|\bwho (?:denies|"
               r"denied|deny) (?:[\w\-]+ ){0,3}?(?:murder|manslaughter|charges?|fraud|assault|rape|theft|wrongdoing|"
               r"allegations?|the offences?|all charges)\b|\b(?:would|will) not discuss\b"),
]
