"""Unnamed sources: the stock phrases, the looser forms, and vague accounts passed on.

"People familiar with the matter", "on condition of anonymity"; careful editors also flag the
looser ways a reporter leans on people the article never names: a circle ("those close to the
president say"), a vague crowd ("some aides privately worry", "many Republicans say"), the
follow-up to an earlier unnamed source (", the people said.") and unattributed accounts
("one account reported", "some accounts said"). ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

# What an unnamed source is said to do: speak, or hold a view the reporter passes on.
_VOICES = (r"(?:say|says|said|admit|admits|admitted|believe|believes|believed|insist|insisted|concede|conceded|"
           r"acknowledge|acknowledged|suggest|suggested|argue|argued|contend|contended|worry|worried|fear|feared|"
           r"complain|complained|predict|predicted|expect|expected|describe|described|told|tell|warn|warned)")
# Plural people a reporter can quote without naming one of them.
_CROWD = (r"(?:aides|advisers|advisors|allies|strategists|insiders|staffers|donors|operatives|loyalists|officials|"
          r"lawmakers|legislators|diplomats|executives|bankers|investors|employees|leaders|members|confidants|"
          r"associates|friends|colleagues|Republicans|Democrats|Conservatives|Tories|conservatives|liberals|"
          r"progressives|people|women|men|staff|producers|anchors|reporters|players|residents)")

# Someone by their part in the story: "producer", "insider", "aide", "colleague".
_ROLE = (r"(?:insider|source|official|aide|person|veteran|colleague|friend|associate|staffer|executive|anchor|"
         r"employee|adviser|advisor|observer|producer|reporter|writer|editor|manager|worker|player|teacher|officer|"
         r"director|organi[sz]er|volunteer|lawyer|member|leader|designer|engineer|researcher|scientist|analyst|"
         r"journalist|activist|economist|diplomat|banker|trader|investor|partner|neighbou?r|resident)")

# What people close to a story are close to: "the matter", "the talks", "the family" (not "the stage").
_MATTER = (r"(?:the |his |her |their |its )?(?:[\w\-]+ )?(?:matter|talks|deal|plans?|investigation|decision|negotiations|"
           r"situation|discussions|program|project|case|conversation|meeting|family|president|minister|ministry|"
           r"company|administration|campaign|palace|government|leadership|board|club|team|couple|singer|star)")

# Unnamed people who speak: one of them ("a patron said") or a count of them ("Two donors tell").
_PEOPLE = (r"(?:patron|customer|resident|neighbou?r|witness|eyewitness|passer-?by|bystander|shopper|diner|commuter|"
           r"passenger|student|parent|employee|worker|staffer|aide|adviser|advisor|relative|friend|acquaintance|owner|"
           r"manager|nurse|teacher|driver|guard|"
           r"classmate|co-?worker|colleague|associate|insider|source|donor|activist|volunteer|lawmaker|"
           r"legislator|member|official|officer|investigator|agent|executive|diplomat|man|woman|person)")
_TOLD = r"(?:tell|tells|told|say|says|said|recalled|predicted|described|confirmed)"

UNNAMED_RULES: list[tuple[str, str]] = [
    # The stock phrases first: where two rules match at one place, the earlier one's cue is kept.
    ("anonymous_source", r"\b(?:people|persons?|sources?) (?:familiar with|close to|with knowledge of)\b(?! (?:the )?(?:area|"
                         r"trail|route|city|town|region|neighbou?rhood|game|sport|language|software|rules|park|venue)\b)"),
    ("anonymous_source", r"\bon (?:the )?condition of anonymity\b|\b(?:people|persons?|sources?|officials?) (?:briefed on|"
                         r"with (?:direct )?knowledge of|aware of the (?:matter|plans?|talks|discussions))\b"),
    ("anonymous_source", r"\bwho (?:asked|declined|requested) not to be (?:named|identified)\b|"
                         r"\b(?:declining|declined|asking|asked|refusing|refused|not wishing|wishing not) to be "
                         r"(?:named|identified)\b"),
    ("anonymous_source", r"\ba (?:senior |government |party |police |military |diplomatic |security |palace |"
                         r"company |team )?source (?:in|at|within|inside|close to|familiar with)\b"),
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
    ("anonymous_source", r"\b(?:requested|asked for|was granted|were granted|given|spoke on condition of) anonymity\b"),
    ("anonymous_source", r"\bspeaking (?:privately|on background|off the record)\b|\bon (?:deep )?background\b|"
                         r"\boff the record\b|\bnot authori[sz]ed to speak\b"),
    ("anonymous_source", r"\bone (?:[\w\-]+ ){0,2}?(?:official|executive|CEO|source|insider|employee|staffer|aide|diplomat|"
                         r"banker|investor|person|member|resident|worker|manager|founder|officer) (?:told|tells|said|says|"
                         r"attributed|acknowledged|conceded|admitted|noted|insisted|explained|described|suggested)\b"),
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
    ("anonymous_source", r"\b(?:according to|citing|based on) (?:the )?(?:[\w-]+ )?(?:witness(?:es)?|witness statements|"
                         r"witness accounts|eyewitness(?:es| accounts)|testimon(?:y|ies) (?:of|from|by) (?:former|current|"
                         r"several|two|three|unnamed)|local residents|residents)\b"),
    # One unnamed member of a group, or the rest of it, as the source: "One nurse told the inquiry", "Others said".
    ("anonymous_source", r"\bone (?:(?<=^one )|(?<=[.!?] one )|(?<=[.!?][”\"] one ))(?!of\b)(?!(?:media |news |press )?(?:account|report)\b)[\w\-]+(?: [\w\-]+)? "
                         r"(?:told|tells|said|says|described|recalled|complained|reported|wrote|admitted)\b|"
                         r"\bothers (?:(?<=^others )|(?<=[.!?] others )|(?<=, others )|(?<=while others ))(?:also )?"
                         r"(?:reported|report|said|say|told|described|recalled|complained)\b"),
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
    # Someone who has seen the document, unnamed: "a person who has seen it".
    ("anonymous_source", r"\b(?:a|one|two|three|several) (?:person|people|officials?|sources?) who (?:has|have|had) "
                         r"(?:seen|read|reviewed|heard|viewed)\b"),
    # A circle around someone, unnamed: "those close to the minister say", "those who know her believe".
    ("anonymous_source", r"\bthose (?:close to|around|near|inside|within|familiar with|who know|who knew|who have "
                         r"(?:known|worked (?:with|for))|who work (?:with|for)) (?:[\w.’'\-]+ ){1,5}?(?:(?:now|also|"
                         r"privately|still) )?" + _VOICES + r"\b"),
    # A vague crowd as the source: "some West Wing aides say", "many Republicans privately worry".
    ("anonymous_source", r"\b(?:some|many|several|multiple|numerous|dozens of|a number of|a few|a handful of|a growing number of) (?:of (?:the|his|"
                         r"her|their) )?(?:[\w’'\-]+ ){0,3}?" + _CROWD + r"(?: and (?:[\w\-]+ )?[\w\-]+)? (?:(?:have|"
                         r"had|now|also|privately|quietly|openly|already|still) ){0,2}" + _VOICES + r"\b"),
    # The bare crowd, as received opinion: "some say", "some have argued" ("Some said they felt" is the scene).
    ("anonymous_source", r"\bsome (?:say|argue|believe|suggest|contend|fear|worry|speculate|have (?:said|argued|"
                         r"suggested|speculated))\b"),
    # Said in private, so said without a name: "officials quietly applauded", "aides privately conceded".
    ("anonymous_source", r"\b" + _CROWD + r" (?:have |had )?(?:privately|quietly) [a-z]+(?:ed|s)\b"),
    # Bloomberg's and Reuters' follow-up to an unnamed source: "..., the people said."
    ("anonymous_source", r"(?:(?<=, )|(?<=,” )|(?<=,\" ))the (?:people|person|sources?|insiders?) (?:said|say|says|"
                         r"added|asked|requested|spoke)\b"),
    # Unnamed critics' charge or fear, reported as the story's backdrop: "critics who fear he is a threat".
    ("allegation", r"\bcritics (?:who |have |had |long |also |privately |publicly )*(?:say|said|charge|charged|fear|"
                   r"feared|worry|worried|contend|contended|allege|alleged|accuse|accused|warn|warned)\b"),
    # Anonymity asked for or granted, in any words: "on condition that he not be named", "granted anonymity".
    ("anonymous_source", r"\bon (?:the )?condition (?:that )?(?:he|she|they|it|their names?|his name|her name) (?:not|would "
                         r"not|never) be (?:named|identified|used|published)\b|\b(?:insisted on|requested|asked for|"
                         r"granted|given|demanded|on condition of) anonymity\b|\bnot authori[sz]ed to (?:discuss|speak|"
                         r"talk)\b|\b(?:speak|spoke|speaking) only (?:without attribution|on background|anonymously)\b|\bwho (?:did not|"
                         r"didn['’]t|does not|doesn['’]t) want (?:his|her|their) names? (?:used|published|printed|disclosed)\b|"
                         rf"\b(?:engineers?|employees?|staff(?:ers)?|executives?|officials?|lawyers?|diplomats?|aides?) with "
                         rf"(?:direct |first-?hand )?knowledge of {_MATTER}\b|\bper (?:a|an|one|two|three) (?:[\w\-]+ ){0,2}?sources?\b|"
                         r"\b(?:a|an) (?:[\w\-]+ ){1,2}?source (?:said|says|revealed|told|tells|claimed|confirmed)\b|"
                         r"\baccording to (?:someone|somebody|a person|one person) (?:who|familiar|close|with)\b"),
    # Unnamed people placed near the matter: "an individual familiar with", "insiders at the ministry",
    # "multiple people around the team say", "an unnamed U.S. defense official".
    ("anonymous_source", rf"\b(?:an? |two |several |multiple )?individuals? (?:familiar with|with knowledge of|briefed on|"
                         rf"close to {_MATTER})\b|\binsiders (?:at|in|within|inside|close to|around)\b|\b(?:multiple|several|"
                         r"two|three|four|many) (?:people|persons|sources|insiders|officials) (?:around|close to|inside|"
                         r"within|with ties to|in the know) [^.;:]{1,60}?(?:said|say|says|told|tell|tells)\b|\b(?:per|"
                         r"according to) (?:two|three|several|multiple|some) (?:[\w\-]+ )?insiders\b|\b(?:unnamed|anonymous) "
                         r"(?:[\w.\-]+ ){0,2}?(?:officials?|sources?|insiders?|executives?|diplomats?|aides?)\b"),
    # The long-form piece's unnamed witnesses: "as one insider put it", "one woman who worked there recalls",
    # "another former anchor said", "friends of the chairman say".
    ("anonymous_source", rf"\bas (?:one|a|another) (?:[\w\-]+ ){{0,2}}?{_ROLE} (?:put it|said|says|told me|noted|"
                         rf"described it|recalled)\b|(?<!, )\b(?:one|another) (?:former |current |senior |longtime |veteran )?"
                         rf"(?:[\w\-]+ )?(?:woman|man|{_ROLE})(?: who [\w’'\- ]{{1,40}}?)? (?:recalls|"
                         r"recalled|remembers|remembered|said|says|told|tells|described|describes|recounted|recounts)\b|"
                         r"\b(?:friends|associates|allies|confidants|colleagues) (?:of|close to|around) (?:(?:the|his|"
                         r"her|their) (?-i:[a-z])|(?!(?:the|his|her|their)\b)(?-i:[a-z]))[\w\-]* (?:[\w\-]+ ){0,2}?(?:say|said|"
                         r"says|told|believe|believed|insist|insisted)\b"),
    # Accounts passed on without an author: "one account reported", "some accounts said".
    ("relayed_report", r"\b(?:one|some|other|several|many|multiple|earlier|initial|conflicting) (?:media |news |press |"
                       r"local |eyewitness |online )?accounts? (?:have |had )?(?:said|say|says|reported|report|reports|"
                       r"suggested|suggest|suggests|claimed|claim|claims|indicated|indicate|described|put)\b"),
    # Round 5 of the phrasing batteries: "people in the know", "three diplomats familiar with the discussions",
    # "one source at the training ground", "whose name is known to the Gazette", "could not be named".
    ("anonymous_source", r"\b(?:people|sources?|those|someone|one person|insiders?) in the know\b|\b(?:two|three|four|five|"
                         r"several|multiple|many|some) (?:[\w\-]+ )?(?:diplomats|officials|people|executives|bankers|aides|"
                         r"insiders|staffers|lawyers|advisers|advisors|investors|managers|employees) (?:familiar with|briefed "
                         r"on|close to|with knowledge of)\b|\bone source (?:at|in|inside|within|close to|near|from)\b|"
                         r"\bwhose (?:name|identity) is known to (?:the|this|us)\b|\b(?:could not|cannot|can['’]t) be named\b|"
                         r"\bwould (?:speak|talk) only (?:on the understanding|on condition|if)\b|\bwould not be identified\b"),
    # Round 6: "someone familiar with the league's thinking", "who asked that their name be withheld", "not allowed to
    # speak on the record", "a Whitehall source insisted", "would talk only without attribution".
    ("anonymous_source", r"\b(?:someone|somebody|a person|individuals?|one person|a figure) (?:familiar with|with (?:direct )?"
                         r"knowledge of|involved in (?:the )?(?:talks|negotiations|discussions|deal|case|investigation|"
                         r"production|process|decision))\b|\bnames? (?:be |was |were )?withheld\b|"
                         r"\bnot (?:allowed|authori[sz]ed|permitted|cleared) to (?:speak|talk|comment|discuss)\b|\b(?:allow|let) "
                         r"(?:their|his|her) names? (?:to )?be (?:used|published|printed)\b|\b(?:without|not for) "
                         r"attribution\b|\ba (?-i:[A-Z][\w\-]*)(?: (?-i:[A-Z][\w\-]*))? source (?:said|says|insisted|insists|"
                         r"told|tells|added|claimed|claims|suggested|confirmed|admitted|warned)\b"),
]
