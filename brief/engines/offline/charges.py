"""Accusations not yet proven: alleged, accused, charged, suspected, sued.

An allegation is a claim against someone that a court or an inquiry has not settled: "is
accused in a civil suit of", "according to the indictment", "prosecutors say", "charges of
plagiarism", "over suspected espionage". ``cues.CUE_RULES`` takes these in.
"""

from __future__ import annotations

_WRONGS = (r"(?:plagiarism|mistreatment|abuse|fraud|misconduct|harassment|corruption|bias|racism|sexism|cheating|doping|"
           r"wrongdoing|negligence|bribery|embezzlement|espionage|spying|theft|assault|discrimination|price-fixing|"
           r"collusion|insider trading|money laundering|tax evasion|match-fixing|favoritism|favouritism|nepotism)")

CHARGE_RULES: list[tuple[str, str]] = [
    ("allegation", r"\binvestigat(?:ing|ed|es|e) (?:claims|allegations|reports|accusations) (?:that|of)\b"),
    ("allegation", r"\bon suspicion of\b|\bunder investigation (?:for|over|into|in)\b|\b(?:is|are|was|were) being "
                   r"investigated (?:for|over)\b"),
    ("allegation", r"\balleg(?:e|ed|edly|es|ing)\b|\ballegations?\b|\b(?:faces?|facing|faced) (?:\w+ )?(?:charges?|counts?)\b|"
                   r"\bsuspected (?:gunm[ae]n|attackers?|shooters?|bombers?|killers?|militants?|terrorists?|smugglers?|"
                   r"thie(?:f|ves)|hackers?|arsonists?|perpetrators?|members? of)\b"),
    ("allegation", r"\baccus(?:e|ed|es|ing) (?:[\w'’&.-]+ ){0,4}?of\b|\baccusations?\b|\bcharged (?:\w+ )?with\b|"
                   r"\b(?:lawsuit|suit|complaint|indictment|petition) (?:also )?(?:alleges|alleged|claims|claimed|accuses|"
                   r"accused|says|said)\b|\baccording to (?:the )?(?:court|charging|legal) (?:papers|documents|filings|"
                   r"records)\b|\baccording to (?:the |an |a )?(?:federal |criminal |civil |amended )?(?:indictment|"
                   r"complaint|lawsuit|suit|affidavit|charging documents?|charge sheet)\b"),
    # Charged or indicted is accused, not convicted: "was charged by the high court in May with fraud".
    ("allegation", r"\b(?:was|were|has been|have been|had been|is being|are being) (?:formally |also |later |subsequently |"
                   r"since )?(?:charged\b(?=[^.;]{0,80}?\bwith\b)|indicted\b)"),
    # Suspicion, not proof: "believed to be responsible", "police believe", "arrested in connection with".
    ("allegation", r"\b(?:believed|thought|suspected) to (?:be|have been) (?:responsible|behind|involved|linked|connected|"
                   r"the (?:gunman|attacker|shooter|bomber|killer|mastermind|perpetrator|culprit|ringleader))\b|"
                   r"\b(?:police|authorities|investigators|prosecutors|detectives) (?:now |also |initially )?(?:believe|"
                   r"believed|suspect|suspected)\b|\bsuspected of\b|\b(?:arrested|detained|charged|questioned|sought|"
                   r"wanted) (?:[\w,.-]+ ){0,6}?in connection with\b"),
    # The accuser's word for the wrong, and the accusers: "charges of plagiarism", "prosecutors say".
    ("allegation", rf"\b(?:charges|claims|complaints|accusations|reports|suspicions?) of {_WRONGS}\b|\bsuspected "
                   rf"{_WRONGS}\b|\b(?:has |have |had |also |long |repeatedly |publicly )?charged that\b|\b(?:prosecutors|"
                   r"the prosecution) (?:have |had |also )?(?:allege|alleged|contend|contended)\b|"
                   r"\baccusers (?:have |had |also )?(?:say|says|said|allege|alleged|claim|claimed)\b"),
    ("allegation", r"\b(?:lawsuit|suit|complaint|indictment|petition)(?: (?:unsealed|filed|brought|lodged|amended)(?: "
                   r"(?:on|in|last|this) \w+)?)? (?:also )?(?:alleges|alleged|accuses|accused|says|said|contends|contended|"
                   r"asserts|asserted)\b|\b(?:believed|suspected|thought) to have (?:planted|carried out|committed|stabbed|"
                   r"stolen|orchestrated|masterminded|ordered|leaked)\b|\bimplicat(?:ed|es|ing) (?:[\w’'\-]+ ){0,4}?in "
                   r"(?:the )?(?:[\w\-]+ )?(?:killings?|murders?|attacks?|scandal|plot|fraud|scheme|bribery|abuse|deaths?|"
                   r"crimes?|affair|conspiracy|massacre|shooting|bombing|theft|cover-?up)\b|\bas "
                   r"(?:described|alleged|outlined|laid out) by (?:prosecutors|the prosecution|investigators|police|the "
                   r"indictment|the complaint|plaintiffs)\b|\bunder suspicion\b|\bfiled (?:a )?(?:suit|lawsuit|complaint),? "
                   r"(?:claiming|alleging|accusing|saying)\b|\bfaces? (?:claims|accusations|allegations|complaints|charges) "
                   r"that\b|\bnot (?:yet )?(?:been )?(?:tested|proven|proved) in court\b"),
    # Round 5: "a lawsuit filed Monday claims", "claims in the suit that", "the purported bribes", "a whistleblower
    # contends", "prosecutors say", "the target of claims that", "is said by investigators to have", "brought a claim
    # of", "raised suspicions that", "the suspected ringleader".
    ("allegation", r"\b(?:lawsuit|suit|complaint|grievance|indictment|petition|claim) (?:filed|lodged|brought|submitted) "
                   r"(?:[\w\-]+ ){0,4}?(?:claims|says|alleges|accuses|contends|argues|said|claimed)\b|\bclaims? in (?:the|a|"
                   r"her|his|their|its) (?:suit|lawsuit|complaint|filing|petition|grievance)\b|\bpurported(?:ly)?\b|"
                   r"\bwhistle-?blowers? (?:claims?|contends?|alleges?|says?|said|told|accuses|accused)\b|\b(?:prosecutors|"
                   r"the prosecution) (?:say|says|claim|claimed|argue|argued)\b(?! (?:the |a |that the )?(?:trial|hearing|"
                   r"case|sentencing|jury|retrial|verdict|appeal|plea)\b)|\b(?:target|subject) of (?:claims|"
                   r"allegations|accusations|complaints)\b|\b(?:is|are|was|were) (?:said|alleged) by (?:investigators|"
                   r"prosecutors|police|authorities|officials|the \w+) to have\b|\bbrought (?:a|an) (?:claim|case|complaint|"
                   r"lawsuit|suit|action) (?:of|against|alleging)\b|\b(?:raised|voiced) suspicions? that\b|\bsuspected "
                   r"(?:ringleaders?|masterminds?|leaders?|culprits?|kidnappers?|traffickers?|fraudsters?|robbers?|"
                   r"burglars?|killers?|spies|spy|dealers?|gang members?)\b"),
    # Round 6: "regulators contend the bank misled", "the suit, filed in federal court, claims", "the indictment charges
    # that", "the affidavit asserts", "suspected smuggling ring", "the subject of misconduct complaints", "the jury heard".
    ("allegation", r"\b(?:regulators|prosecutors|investigators|authorities|plaintiffs|critics|the (?-i:SEC|FTC|DOJ)) (?:contend|"
                   r"contended|allege|alleged|claim|claimed|say|said|charge|charged|accuse|accused) (?:that )?(?:the |a |an |his |"
                   r"her |its |their )?(?:[\w\-]+ ){0,3}?(?:misled|defrauded|concealed|hid|falsified|inflated|lied|violated|"
                   r"broke|cheated|overcharged|discriminated|stole|laundered|bribed|manipulated|rigged|covered up|"
                   r"downplayed|siphoned|embezzled)\b|\b(?:lawsuit|suit|complaint|indictment|affidavit|petition|grievance)"
                   r"(?:,[^,]{1,60},)? (?:claims|alleges|says|accuses|contends|asserts|charges)\b|\b(?:indictment|"
                   r"complaint|affidavit) (?:charges|asserts) that\b|\bsuspected (?:[\w\-]+ )?(?:ring|gang|network|cell|plot|"
                   r"scheme|cartel)\b|\bsubject of (?:[\w\-]+ )?(?:complaints|allegations|accusations|claims|investigations?|"
                   r"probes?)\b|\b(?:the )?(?:jury|court|trial|tribunal|inquest|hearing) (?:has |had |was )?(?:heard|was told) "
                   r"that\b"),
]
