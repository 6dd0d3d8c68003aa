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
          r"progressives|people)")

UNNAMED_RULES: list[tuple[str, str]] = [
    # A circle around someone, unnamed: "those close to the minister say", "those who know her believe".
    ("anonymous_source", r"\bthose (?:close to|around|near|inside|within|familiar with|who know|who knew|who have "
                         r"(?:known|worked (?:with|for))|who work (?:with|for)) (?:[\w.’'\-]+ ){1,5}?(?:(?:now|also|"
                         r"privately|still) )?" + _VOICES + r"\b"),
    # A vague crowd as the source: "some West Wing aides say", "many Republicans privately worry".
    ("anonymous_source", r"\b(?:some|many|several|a number of|a few|a handful of|a growing number of) (?:of (?:the|his|"
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
    # Accounts passed on without an author: "one account reported", "some accounts said".
    ("relayed_report", r"\b(?:one|some|other|several|many|multiple|earlier|initial|conflicting) (?:media |news |press |"
                       r"local |eyewitness |online )?accounts? (?:have |had )?(?:said|say|says|reported|report|reports|"
                       r"suggested|suggest|suggests|claimed|claim|claims|indicated|indicate|described|put)\b"),
]
