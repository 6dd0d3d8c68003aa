"""Named sources read from the syntax of attribution, whatever the name.

A careful editor does not need to know "Eurogamer" to see that "according to Eurogamer’s
review" relays another outlet, or that "Google promised" is a side's own claim: the
clause says so. These rules read that shape; who the name is (a person, an organisation
the article describes, an unknown and so probably an outlet) only picks the caveat type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import Ent
from .context import RESEARCH_APPOSITIVE
from .gates import scan
from .lexicon import DAYS, GENERIC_PLURALS, MONTHS, ORG_HEADS, ROLE_WORDS
from .names import DEMONYMS
from .text import inside

_NAME = r"(?:[A-Z][\w’'\-]*|[A-Z]\.(?:[A-Z]\.)+)(?:\s+(?:of\s+|the\s+|and\s+)?(?:[A-Z][\w’'\-]*))*"
_POSS = r"[’']s"
# Works an outlet publishes; a person's "interview" is theirs, so it is not here.
_WORK = r"(?:review|report|reporting|story|article|investigation|coverage|analysis|exposé|podcast)"
_OUTLET_WORK = re.compile(rf"(?P<pre>\b(?i:according to|revealed in|reported in|cited in|published in|quoted in|in|from|via)\s+)?"
                          rf"(?:the\s+)?\b(?P<name>{_NAME}){_POSS}\s+(?:[\w\-]+\s+){{0,2}}?{_WORK}\b")
# The name must end the attribution: "according to Russian media" names no one.
_ACCORDING = re.compile(rf"\b(?i:according to)\s+(?:the\s+)?({_NAME})(?=\s*[.,;:!?)—–]|\s*$|\s+(?:on|in|at|last|"
                        r"this|which|who|as|and|but|earlier|later)\b)")
# An unknown name with "the" that reports or is told things is an outlet ("the Daily Ledger reported", "told the Ledger").
_THE_OUTLET = re.compile(rf"\bthe ({_NAME}) (?:(?:first|previously|also|earlier) )?(?:reported|reports|suggested|revealed)\b|"
                         rf"\b(?:told|(?i:in an?) (?:\w+ )?interview with) the ({_NAME})|"
                         rf"(?:(?<=, )|(?<=[.!?] )|^)(?!The )({_NAME}) (?:(?:first|previously|also|earlier) )?reported (?=last|this|on|"
                         rf"earlier|in|that|[.,;])")
# An organisation's own numbers: "according to Acme's latest sales figures", "according to the agency's count".
_OWN_FIGURES = re.compile(rf"\b(?i:according to)\s+(?:the\s+)?(?P<name>{_NAME}){_POSS}\s+(?:[\w\-]+\s+){{0,3}}?"
                          r"(?i:data|figures|numbers|statistics|tally|count|estimates?|research|survey|parsing|analysis|"
                          r"calculations?|projections?|records|rankings?|index|tracker|tracking)\b")
# What the article says a source is: "according to Open Fields, a group that campaigns against ...".
_STAKE_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:NGO|non-governmental organi[sz]ation|group|campaign|"
                               r"campaigners|advocacy|lobby|activist|pressure group|coalition|movement|union|nonprofit|"
                               r"non-profit|charity)\b")
_WHEN = {*DAYS, *MONTHS}
_PERSON_NOUNS = "|".join(sorted({*ROLE_WORDS, "man", "woman", "boy", "girl", "patient", "mother", "father", "source",
                                 "official", "people", "family", "neighbour", "neighbor", "friend"}, key=len, reverse=True))
# One person the article does not name, or names only by kin: "according to a witness", "according to her father".
_ACCORDING_PERSON = re.compile(rf"(?i)\baccording to (?:the|a|one|this|that) (?:[\w\-]+ )?(?:{_PERSON_NOUNS})\b|"
                               r"\baccording to (?:his|her|their) (?:[\w\-]+ )?(?:father|mother|wife|husband|son|daughter|"
                               r"brother|sister|parents|family|relatives?|friends?|neighbou?rs?|partner|girlfriend|boyfriend|"
                               r"uncle|aunt|cousin|grandmother|grandfather)\b")
_WORDS_OF = re.compile(r"(?i)\bin the (?:own )?words of (?:the |a |an |one |his |her |their )?(?:[\w\-]+ )?[\w\-]+")
# A side's own promise or boast is a claim with a stake in it, whoever makes it.
_PROMISE = re.compile(rf"\b({_NAME})\s+(?P<verb>(?:(?:has|have|had|also|repeatedly|publicly|previously|once|long)\s+)*"
                      r"(?i:promise[ds]|pledge[ds]|vow(?:ed|s)|boast(?:ed|s)|brag(?:ged|s)|tout(?:ed|s)|trumpet(?:ed|s)|"
                      r"guarantee[ds]|insist(?:ed|s)))\b")
_AS_PROOF = re.compile(rf"\b(?:({_NAME})\s+)?(?P<verb>(?i:cited|cites|pointed to|points to|held up))\s+(?:[\w’'\-]+\s+){{0,5}}?"
                       r"(?i:as (?:proof|evidence|a sign|vindication))\b")
_NOT_SUBJECTS = {"The", "A", "An", "No", "Not", "But", "And", "So", "If", "When", "While", "As", "It", "He", "She", "They", "We",
                 "I", "You", "This", "That", "There", "Prior", "After", "Before", "Still", "Yet", "Meanwhile"}
_CONTRACTED = re.compile(r"(?i)(?:you|we|they|i|he|she|it)[’'](?:re|ve|ll|d|s|m)\b")
# A quotation that opens by denying, then its speaker: "“There was no indication,” Andrew said".
_QUOTED_DENIAL = re.compile(r"[“\"](?:No[,.]|Not true|There (?:was|is|were|are) (?:no|nothing)|I (?:never|did not|didn['’]t|"
                            r"have never|had nothing|was not|wasn['’]t|do not recall|don['’]t recall)|We (?:never|did not|"
                            r"didn['’]t|have never|had nothing|were not|weren['’]t)|(?:That|This|It|These|Those)(?: is|’s|'s|"
                            r" was| are| were) (?:not true|false|untrue|a lie|lies|nonsense|baseless|fake|categorically)|"
                            r"(?:Absolutely|Certainly|Of course) not)[^”\"]*[”\"],?\s+((?-i:[A-Z][\w’'\-]*)(?:\s+(?-i:[A-Z]"
                            r"[\w’'\-]*)){0,2}|(?:he|she|they|the \w+))\s+(?:said|says|told|insisted|added|replied)\b")
_SHORT_QUOTE = 120
_ORG_TYPES = {"government", "company", "international_org", "civil_society", "political_party", "military",
              "armed_group"}


def _who(name: str, actors: list[Ent]) -> str | None:
    """The type of the actor a name belongs to, or None for a name the article never made an actor;
    "state_media" for an outlet the outlet rules already type."""
    bare = re.sub(r"^(?:The|the)\s+", "", name)
    if bare in DEMONYMS:
        return "government"
    for e in actors:
        if bare == e.name or bare in e.forms or name in e.forms or (e.surname and bare == e.surname):
            return "state_media" if e.state_media else e.type
    return None


_WITNESS = re.compile(r"(?i)\b(?:resident|witness|eyewitness|neighbou?r|passer-?by|bystander|scientist|researcher|"
                      r"professor|academic|expert|analyst|doctor|student|survivor|local)s?\b")


# Who speaks for a side, so that "according to" them is its claim; anyone else is one person's word.
_SIDE_ROLE = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|leader|founder|co-founder|chair(?:man|woman)?|activist|"
                        r"campaigner|lawyer|attorney|candidate|CEO|chief executive|minister|senator|congress(?:man|woman)|"
                        r"president|governor|mayor|secretary|party|campaign|union|owner)\b")
# A person's account of their own fight is a side's claim: "according to Lee, her label is blocking her",
# or the word of someone the article says is suing.
_FIGHT = re.compile(r"(?i)\b(?:prevent|block|refus|disput|accus|su(?:e|ed|ing)\b|lawsuit|feud|forbid|barr(?:ed|ing)|"
                    r"banned|threaten|unfair|retaliat|fired|sacked)")
# A reporter passing on what they learned: "according to Ann Lee, deputy news director at the Ledger".
_JOURNALIST = re.compile(r"(?i)\b(?:reporter|journalist|correspondent|editor|news director|columnist|anchor|"
                         r"producer|blogger)\b")


def _appositive(text: str, end: int) -> str:
    """What the article says a just-named source is: ", a reporter at the Ledger," (else "")."""
    m = re.match(r",\s+([^,;.]{1,80})", text[end:])
    return " " + m.group(1) if m else ""


def _role(name: str, actors: list[Ent]) -> str:
    """The role the article gives the person a name belongs to, or ""."""
    for e in actors:
        if e.type == "person" and (name == e.name or name in e.forms or (e.surname and name == e.surname)):
            return e.role or ""
    return ""


def _lead(name: str) -> str:
    """Drop sentence-initial function words swept into a capitalised span ("Prior to launch Google")."""
    toks = name.split()
    while toks and toks[0] in _NOT_SUBJECTS:
        toks = toks[1:]
    return " ".join(toks)


def source_hits(text: str, qs: Sequence[tuple[int, int]], actors: list[Ent]) -> list[tuple[str, int, int]]:
    """(type, start, end) of every named-source cue outside quotation marks."""
    hits: list[tuple[str, int, int]] = []
    low = text.lower()
    for m in scan(_OUTLET_WORK, text, low):
        kind = _who(m.group("name"), actors)
        if inside(qs, m.start()) or kind in ("person", "state_media"):
            continue
        if not m.group("pre") and kind != "media_outlet" and re.search(r"(?:report|analysis)$", m.group()):
            continue  # "Acme’s report is due": anyone's report, relayed only when the words come from it
        hits.append(("official_account" if kind in _ORG_TYPES else "relayed_report", m.start(), m.end()))
    for m in scan(_ACCORDING, text, low):
        if inside(qs, m.start()) or re.match(r"[A-Z]\.", text[m.start(1):m.end(1) + 1]):
            continue  # "according to H. David Rosenbloom": an initial, not the whole name
        name = m.group(1)
        kind = _who(name, actors)
        if RESEARCH_APPOSITIVE.match(text, m.end()):
            hits.append(("single_source", m.start(), m.end()))  # "according to X, a research firm": one source's figures
        elif kind == "person" and _WITNESS.search(_role(name, actors)):
            hits.append(("single_source", m.start(), m.end()))  # a bystander's or a scientist's account: one source
        elif kind == "person" and not _SIDE_ROLE.search(said := _role(name, actors) + _appositive(text, m.end())) \
                and not _FIGHT.search(text, max(0, m.start() - 250), m.end() + 250):
            hits.append(("relayed_report" if _JOURNALIST.search(said) else "single_source", m.start(), m.end()))
        elif kind in ("person", "civil_society", "political_party", "armed_group") or \
                (kind not in ("media_outlet", "state_media") and _STAKE_APPOSITIVE.match(text, m.end())):
            hits.append(("party_claim", m.start(), m.end()))  # a side's word, by what it is or what the article says it is
        elif kind is None:  # an outlet the article names is typed by the outlet rules
            last = name.split()[-1]
            org = ORG_HEADS.get(last) not in (None, "media_outlet")
            hits.append(("official_account" if org else "relayed_report", m.start(), m.end()))
    for m in scan(_OWN_FIGURES, text, low):
        kind = _who(m.group("name"), actors)
        if not inside(qs, m.start()) and kind not in ("person", "state_media"):
            hits.append(("relayed_report" if kind == "media_outlet" else "official_account", m.start(), m.end()))
    for m in scan(_THE_OUTLET, text, low):
        name = m.group(1) or m.group(2) or m.group(3)
        toks = name.split()
        if inside(qs, m.start()) or _who(name, actors) not in (None, "media_outlet") or name in DEMONYMS or \
                name.lower() in GENERIC_PLURALS or \
                any(ORG_HEADS.get(t, ORG_HEADS.get(t.rstrip("s"))) not in (None, "media_outlet") or
                    re.search(r"[’']s$", t) for t in toks):
            continue  # a public body or a company reports its own figures
        end = m.end()
        if m.group(2):
            while toks and toks[-1] in _WHEN:
                end -= len(toks.pop()) + 1
        hits.append(("relayed_report", m.start(), end))
    hits += [("single_source", m.start(), m.end()) for m in scan(_ACCORDING_PERSON, text, low) if not inside(qs, m.start())]
    hits += [("single_source", m.start(), m.end()) for m in scan(_WORDS_OF, text, low) if not inside(qs, m.start())]
    for rx in (_PROMISE, _AS_PROOF):
        for m in scan(rx, text, low):
            if inside(qs, m.start()):
                continue
            subject = _lead(m.group(1) or "")
            if _CONTRACTED.match(subject):
                subject = ""
            if re.search(r"[’']s$", subject):
                continue  # "Trump’s vows to resurrect coal": the noun, named in passing, not a claim made here
            if not subject and rx is _PROMISE:
                continue  # "If promised ...": no side to hold to it
            if rx is _PROMISE and re.match(r"\s+to (?!be\b|have\b)[a-z]+", text[m.end():]):
                continue  # "vowed to revive the industry": an intention the story reports, not a claim of fact
            start = m.end(1) - len(subject) if subject else m.start("verb")
            hits.append(("party_claim", start, m.end()))
    # The cue shows the denying words with their speaker, unless the quotation runs long.
    hits += [("denial", m.start() if m.start(1) - m.start() <= _SHORT_QUOTE else m.start(1), m.end())
             for m in scan(_QUOTED_DENIAL, text, low)]
    hits += [("party_claim" if rx is _HOLDER_SAYS and _SIDE_OFFICE.search(m.group()) else "official_account",
              m.start(), m.end()) for rx in (_OFFICE_HOLDER, _TITLED, _HOLDER_SAYS, _OFFICER_SAYS)
             for m in scan(rx, text, low) if not inside(qs, m.start())]
    # A speaker ascribing a motive to the other side is accusing it: "“They are trying to bury this,” she said".
    hits += [("party_claim", m.start(), m.end()) for m in scan(_MOTIVE, text, low) if inside(qs, m.start())]
    # A side's own research as its proof, quoted or not: "Our own analysis demonstrates".
    hits += [("party_claim", m.start(), m.end()) for m in scan(_OWN_PROOF, text, low)]
    for m in scan(_TEAM_READS, text, low):
        if not inside(qs, m.start()) and (not m.group(1) or _TEAM.search(text, 0, m.start())):
            hits.append(("single_source", m.start(), m.end()))
    return hits


# Someone's own office given with the words: "says Ann Lee, the director of the institute".
_OFFICE_HOLDER = re.compile(r"\b(?:says|said) [A-Z][\w’'\-.]*(?: [A-Z][\w’'\-.]*){0,3}, (?:the |an? )?(?:[\w\-]+ ){0,2}?"
                            r"(?i:chief scientist|director|president|chair(?:man|woman|person)?|CEO|chief executive|"
                            r"spokes(?:man|woman|person)|minister|secretary|commissioner|governor|mayor) (?:of|at|for) "
                            r"(?:the )?(?![^,.;]*?\b(?:Center|Centre|Institute|Observatory|University|College|Laboratory|"
                            r"Union|Association|Society)\b)[A-Z][\w’'\-]*(?: (?:of |and |for |the )*[A-Z][\w’'\-]*)*")
# An organisation's officer, named with it as the owner of the post, speaks for it: "admits Ralf Groene,
# Microsoft's head of industrial design", "Ann Lee, Acme's chief executive, said".
_OFFICER = (r"[A-Z][\w’'\-.]*(?: [A-Z][\w’'\-.]*){0,3}, [A-Z][\w&\-.]*(?: [A-Z][\w&\-.]*){0,3}[’']s? "
            r"(?!(?:former|ex-|onetime|one-time|then)\b)(?:[\w\-]+ ){0,2}?"  # a former officer speaks for no one
            r"(?i:CEO|chief executive|chief [a-z]+ officer|vice president|head of(?: [a-z][\w\-]*){1,4}|"
            r"chair(?:man|woman)|managing director|general manager|spokes(?:man|woman|person))")
_OFFICER_SAYS = re.compile(rf"\b(?:says|said|admits|admitted|explains|explained|adds|added|notes|noted|insists|insisted) "
                           rf"{_OFFICER}\b|\b{_OFFICER}, (?:said|says|told|tells|added|explained|admitted|insisted)\b")
# An office's holder announcing with the title first: "Attorney General Ann Lee announced", "Sheriff Bo Ruiz said".
_TITLED = re.compile(r"\b(?:Attorney General|District Attorney|U\.S\. Attorney|Police Chief|Police Commissioner|Chief of "
                     r"Police|Fire Chief|Sheriff|Mayor|Governor|Gov\.|Secretary of State|Press Secretary|Commissioner|"
                     r"Superintendent|Prosecutor|Coroner|Medical Examiner)\s+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,2}\s+"
                     r"(?:announced|said|says|stated|confirmed)\b(?! in (?:a|an|the|his|her|its) )")
# The office given before the words: "Ann Lee, the city's assistant commissioner for public information, said",
# "Bo Ruiz, director of public affairs at the state's military division, told reporters".
_HOLDER_SAYS = re.compile(r"\b[A-Z][\w’'\-.]*(?: [A-Z][\w’'\-.]*){0,3}, (?:the |an? )?(?:[\w’'\-.]+ ){0,4}?"
                          r"(?i:(?:assistant |deputy |police |fire )?commissioner|director of (?:public affairs|"
                          r"communications|public information|media relations)|communications director|press secretary|"
                          r"spokes(?:man|woman|person)|(?:police|fire) chief|chief of police|sheriff|superintendent)"
                          r"(?: (?:of|at|for|in) [^,;.]{1,80})?,? (?:said|says|(?:told|tells)(?: (?:the )?[A-Z][\w’'\-]*"
                          r"(?: [A-Z][\w’'\-]*){0,3}| reporters)?)\b")
# ... unless the office is a side's: "spokesman for the leadership council of the American Indian Movement".
_SIDE_OFFICE = re.compile(r"(?i)\b(?:movement|group|union|campaign|coalition|activists?|protesters|organi[sz]ers|party|"
                          r"lobby|nonprofit|non-profit|advocacy|alliance|rebels?)\b")
_MOTIVE = re.compile(r"\b(?:is|are|was|were|has been|have been) (?:deliberately |desperately |clearly )?(?:trying|"
                     r"attempting|seeking|working) to (?:minimi[sz]e|downplay|cover up|hide|bury|silence|whitewash|"
                     r"suppress|erase|rewrite|distract from|sweep)\b")
_OWN_PROOF = re.compile(r"\b(?:Our|our|My|my) (?:own )?(?:analysis|research|data|figures|survey|polling|study|modell?ing|"
                        r"numbers|findings|review) (?:shows?|demonstrates?|suggests?|finds|found|proves?|confirms?|"
                        r"indicates?)\b")
# One study's authors reading their own find: "The researchers believe", "They note that" after a team is named.
_TEAM = re.compile(r"(?i)\b(?:researchers|scientists|authors|the team|study|paper)\b")
_TEAM_READS = re.compile(r"(?:\b(?:The|the) (?:researchers|scientists|authors|study['’]s authors)|(?:^|(?<=[.!?]\s))(They)) "
                         r"(?:also )?(?:believe|note|noted|suggest|speculate|think|argue|conclude|theori[sz]e|caution)\b")
