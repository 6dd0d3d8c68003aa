"""Unnamed sources in the forms the stock phrases miss, and vague accounts passed on.

"People familiar with the matter" is in ``cues``; careful editors also flag the looser ways
a reporter leans on people the article never names: a circle ("those close to the
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

UNNAMED_RULES: list[tuple[str, str]] = [
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
]
