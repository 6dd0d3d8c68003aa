"""Stakes (what the article says is at risk, to gain or to lose) and open questions.

Stakes are sentences whose wording states an aim, a risk, a deal or a transfer of force, for a
stakeholder the sentence names; they are labelled ``stated`` because the article says them.
Open questions come from what the article itself leaves unsettled (denials, no-comments,
unverified and relayed claims) and ask about the claim, never about the reporter's caveat.
"""

from __future__ import annotations

import re

from ...article import Article
from ...schema import Caveat, OpenQuestion, Stake
from .actors import Ent
from .text import Sentence, clip, dates, sentences, undated

_I = re.IGNORECASE
# Words that state a direction. Force words ("war", "missiles") only weigh: a military backdrop
# states no risk to anyone in particular.
_CUES: list[tuple[str, re.Pattern[str]]] = [(d, re.compile(p, _I)) for d, p in [
    ("risk", r"\b(?:at risk|at stake|threat(?:en(?:s|ed)?)?|risks?|jeopardi[sz]e|danger|could face|faces? up to|"
             r"warn(?:s|ed)?|fears?|concerns?|widen(?:ing)?|escalat\w+|tariffs?|deadly|target(?:s|ed|ing)?)\b"),
    ("gain", r"\b(?:agreement|partnership|deal|treaty|alliance|cooperation|ties|to counter|aims? to|seeks? to|"
             r"in a bid to|hopes?|hoped|benefit|boost|win|"
             r"raise(?! (?:tariffs|taxes|duties|prices|rates|concerns|fears|questions)))\b"),
    ("loss", r"\b(?:lose|loss(?:es)?|lost|cut|fell|fall|drop(?:ped|ping)?|decline[sd]?|deaths?|killed|died|"
             r"sanction(?:s|ed)?|layoffs?|prison|fine[sd]?|penalt\w+|"
             r"renounc(?:e|es|ed|ing)|ced(?:e|es|ed|ing)|surrender(?:s|ed|ing)?|g[ai]ve up)\b"),
]]
# Giving up what one holds weighs as much as the deal that records it: "a treaty to renounce sovereignty".
_YIELD = re.compile(r"\b(?:renounc(?:e|es|ed|ing)|ced(?:e|es|ed|ing)|surrender(?:s|ed|ing)?|g[ai]ve up)\b", _I)
# A pronoun subject ("…, it has criticized the U.S."): the stakeholder is named elsewhere, not the nearest name.
_PRONOUN_SUBJECT = re.compile(r"^(?:[^,]{0,120},\s+)?(?:it|he|she|they)\s+(?:has|have|had|is|are|was|were|will|would|"
                              r"could|may|might|\w+ed|\w+s)\b", _I)
_BULLET = " •·▪–—-*"
_TRANSFER = re.compile(r"\b(?:suppl(?:y|ies|ied)|transfers?|transferred|deliver(?:s|ed|ies)?)\b", _I)
_FORCE = re.compile(r"\b(?:war|weapons?|missiles?|drones?|arms|troops|military|attack\w*|strikes?)\b", _I)
# Background, not a live stake: "during the fourteenth century", "was known as".
_HISTORY = re.compile(r"\b(?:[a-z]+th|\d+(?:st|nd|rd|th)) century\b|\bwas known as\b", _I)
# Who a direction falls on, when the sentence names it right after these words.
_TARGET = {"risk": re.compile(r"\b(?:against|on|targeting|across)\s+(?:the\s+)?$", _I),
           "gain": re.compile(r"\b(?:to|for)\s+(?:the\s+)?$", _I)}
_QUOTE_START = ("“", '"', "‘")
# A name that says or threatens: "Donald Trump said he would raise tariffs" is no risk to Trump.
_SPEAKS = re.compile(r"(?:[A-Z][\w.’'\-]*\s+){1,4}(?:said|says|warned|threatened|told)\b")


def _score(text: str) -> tuple[int, str | None]:
    counts = {d: 0 for d in ("risk", "gain", "loss")}
    for d, rx in _CUES:
        counts[d] += len(rx.findall(text))
    counts["loss"] += len(_YIELD.findall(text))
    if _FORCE.search(text):  # arms supplied, transferred: force moves to the recipient
        counts["gain"] += len(_TRANSFER.findall(text))
    best = max(counts, key=lambda d: counts[d])
    return sum(counts.values()) + len(_FORCE.findall(text)), best if counts[best] else None


def _stakeholder(p_id: str, s: Sentence, text: str, direction: str, actors: list[Ent]) -> str | None:
    """The actor the direction falls on: one named right after "against"/"to", else the first named."""
    named = sorted((m.start, e.name) for e in actors if e.type != "media_outlet" for m in e.mentions
                   if m.pid == p_id and s.start <= m.start < s.end and text[m.end:m.end + 1] != "-")
    before = _TARGET.get(direction)
    target = next((n for start, n in named if before and before.search(text[max(0, start - 20):start])), None)
    if target or not named:
        return target
    spoken = {n for start, n in named if direction == "risk" and _SPEAKS.match(text, start)}
    return next((n for _, n in named if n not in spoken), named[0][1])


def stakes(article: Article, actors: list[Ent], limit: int = 5) -> list[Stake]:
    """The sentences that say most about what is at stake, and for whom, in reading order."""
    scored: list[tuple[int, int, Stake]] = []
    for order, p in enumerate(article.paragraphs):
        for s in sentences(p.id, p.text):
            text = undated(s.text).lstrip(_BULLET).strip()
            if text.startswith(_QUOTE_START) or len(text.split()) < 8 or _HISTORY.search(text) or \
                    text.rstrip(" \"'”’)").endswith("?") or _PRONOUN_SUBJECT.match(text):
                continue
            score, direction = _score(text)
            if score < 2 or direction is None:
                continue
            who = _stakeholder(p.id, s, p.text, direction, actors)
            if who is None:
                continue
            when = dates(text)
            scored.append((score, order * 1000 + s.start, Stake(
                who=who, what=clip(text, 240), direction=direction, consequence=None,
                timeframe=when[0][2] if when else None, basis="stated", evidence=[p.id])))
    top = sorted(scored, key=lambda t: (-t[0], t[1]))[:limit]
    return [s for _, _, s in sorted(top, key=lambda t: t[1])]


_OPEN_TYPES = {"denial": "Disputed", "unverified": "Unverified", "conflicting_accounts": "Unclear",
               "relayed_report": "Not confirmed first-hand", "anonymous_source": "Rests on unnamed sources"}
# Refusing to answer is not a denial of anything: the question is what went unanswered.
_NO_COMMENT = re.compile(r"\b(?:declined|refused) to (?:comment|say|discuss|elaborate)|\bhad no comment|"
                         r"\bno immediate comment|\b(?:did not|didn['’]t) (?:immediately )?(?:respond|reply|return)|"
                         r"\bcould not be reached|\bwould not comment", _I)
_TOPIC = re.compile(r"^\s*(?:on|about|regarding|to questions about)\s+(?P<t>[^,;:“”\"]+?)"
                    r"(?:\s+(?:to|when|after|by|in an?)\s+[A-Z].*|\s+(?:when|after)\s.*)?\s*[.,;]?$")
# The reporter's own caveat on the sentence before it ("The claims could not be independently verified.").
_VERIFY_NOTE = re.compile(r"\b(?:could not|cannot|can ?not|has not|have not|had not) be(?:en)? (?:independently )?"
                          r"(?:verified|confirmed|corroborated)|\bwas unable to (?:verify|confirm)", _I)
_BACK_REFERENCE = re.compile(r"\b(?:denied|denies|deny|disputed|disputes|dispute|rejected|rejects) "
                             r"(?:(?:this|that|it|them|these|those)(?=[.,;]|$)|the (?:claims?|allegations?|accusations?|reports?)\b|"
                             r"(?:that|the) account\b)", _I)
_UNCLEAR = re.compile(r"^(?:it['’]s|it is|it was|it remains) (?:still )?(?:unclear|not (?:yet )?clear|not known|"
                      r"uncertain) (?P<q>(?:whether|if|what|who|when|why|how|where|which)\b.+)$", _I)
_SPEECH = re.compile(r"\b(?:(?:said|says|saying|claimed|claims|claiming|alleged|alleging|insisted|argued|believes?|"
                     r"believed|suggested|(?:are|is|were|was) of the view)\s+(?!to\s)(?:that\s+)?|(?<!-)reported\s+that\s+|"
                     r"told (?:(?:[\w’'\-]+ ){1,4}?that\s+|[\w’'\-]+ (?=(?:he|she|they|it|the)\s)))(?=[a-zA-Z])", _I)
_LEAD_ATTRIBUTION = re.compile(r"^(?:[Aa]ccording to [^,]{3,80}(?:, (?:who|which) [^,]{3,120})?|"
                               r"[Aa]s [^,]{3,60} (?:reported|said|noted)|[A-Z][a-z]+(?:ed|ing) [^,]{3,80}),\s+")
_MID_ATTRIBUTION = re.compile(r",\s+according to [^,]{3,80},", _I)
_TAIL_ATTRIBUTION = re.compile(r",\s+(?:according to [^,]{3,80}|(?:[^,]{2,50}\s+)?(?:said|says|reported|reports|"
                               r"say|told [^,]{2,30})|(?:say|said) [^,]{2,40})\.?$", _I)
_LEAD_MARKER = re.compile(r"^(?:(?:so far|however|but|and|so(?! far\b)|yet|still|meanwhile|moreover|indeed|instead|also|now|"
                          r"in it|in (?:the|that|this) [a-z]+|[a-z]+ly|better yet|worse still|even so),?\s+)+", _I)
# "So far, insiders said, X …": a short attribution set off by commas at the head of the claim
_LEAD_SAID = re.compile(r"^(?:[\w’'\-]+\s+){1,3}(?:said|say|says|reported|believe|believed),\s+", _I)
# The outlet's own "could not confirm if X": the claim is X; a noun object ("either side's reports") is no claim.
_OUTLET_UNCONFIRMED = re.compile(r"\b(?:could not|couldn['’]t|cannot|was unable to|were unable to) (?:immediately |"
                                 r"independently )*(?:confirm|verify)(?P<that> (?:if|whether|that) )?", _I)
# An untold detail ("did not say which plants") unsettles no claim; nor does a note in brackets or an
# unattributed "Others reported …".
_UNTOLD = re.compile(r"\b(?:did|does|do) not (?:say|specify|disclose) (?:which|why|whether|how|what|when|where|who)\b", _I)
_VAGUE_SPEAKER = re.compile(r"^(?:others|some|many|several|most|few|they|he|she)\s+(?:reported|said|say|says|"
                            r"described|recalled|complained)\b", _I)
_HEDGE = re.compile(r"\b(?:reportedly|allegedly|apparently|purportedly|supposedly)\s+", _I)
_SAID_TO = re.compile(r"\b(is|are|was|were) (?:said|reported|thought|believed|understood) to (be|have)\b", _I)
_HAVE = {"is": "has", "are": "have", "was": "had", "were": "had"}
_ASIDE = re.compile(r"^(?:maybe|perhaps|possibly|presumably|surely)\b|^(?:this|that|these|those)(?:,| (?:is|was|are|"
                    r"were|comes|came|means|has|had|will|would|could)\b)|\b(?:rightly|wrongly|sadly|thankfully|"
                    r"fortunately|unfortunately|luckily)\b|\b(?:I|me|my|we|us|our|you|your)\b|[!?]|"
                    r"\.\.\.|…|[:;]$", _I)
_TERMINAL = (".", "”", '"', "’")
_FUNCTION = {"the", "a", "an", "it", "its", "this", "that", "these", "those", "there", "their", "his", "her", "he",
             "she", "they", "recent", "some", "many", "most", "among", "in", "on", "at", "after", "before", "during",
             "since", "for", "with", "under", "other", "several", "both", "all", "one", "two", "three"}


def _clean_claim(text: str, body: str) -> str | None:
    """``text`` as a clause that reads after "that", or None when it is no plain claim: a heading,
    a question, the writer's aside, a quotation, or too long to ask whole."""
    text = text.strip()
    if text.startswith("(") or _VAGUE_SPEAKER.match(text) or _UNTOLD.search(text):
        return None
    if not text.endswith(_TERMINAL) or text.startswith(_QUOTE_START) or len(text.split()) < 5 or _ASIDE.search(text):
        return None
    speech = _SPEECH.search(text)
    if speech and not text[speech.end():].startswith(_QUOTE_START) and len(text[speech.end():].split()) >= 5:
        text = text[speech.end():]
    text = _LEAD_SAID.sub("", _LEAD_MARKER.sub("", _LEAD_ATTRIBUTION.sub("", text)))
    text = _TAIL_ATTRIBUTION.sub(".", text).rstrip(".").strip()
    text = _SAID_TO.sub(lambda m: m.group(1) if m.group(2) == "be" else _HAVE[m.group(1).lower()], _HEDGE.sub("", text))
    text = _MID_ATTRIBUTION.sub("", text)
    text = text[:-2] + text[-1] if text.endswith((".”", ".\"")) else text
    if (not text or text.startswith(_QUOTE_START) or _ASIDE.search(text) or len(text) > 200
            or len(text.split()) < 5 or text.count("“") != text.count("”")):
        return None
    return _decap(text, body)


def _decap(text: str, body: str) -> str:
    """Lower the first word unless it is a name: a word the article writes lowercase elsewhere,
    not followed by another capitalised word."""
    first, _, rest = text.partition(" ")
    if first.lower() in _FUNCTION:
        return first.lower() + " " + rest
    if first[:1].isupper() and first != "I" and not rest[:1].isupper() and \
            re.search(rf"(?<=[a-z,;] ){re.escape(first.lower())}\b", body):
        return first[:1].lower() + first[1:] + " " + rest
    return text


def _no_comment(s: Sentence, cue: re.Match[str], body: str) -> str | None:
    """"What does X say about T?" for "X declined to comment on T"; None when T is not named."""
    subject = re.split(r",\s*(?:and|but)\s+|\b(?:and|but)\s+", s.text[:cue.start()])[-1].strip(" ,")
    topic = _TOPIC.match(s.text[cue.end():])
    if not topic or not subject or "," in subject or len(subject.split()) > 7 or not subject[:1].isupper():
        return None
    subject = _decap(subject, body) if subject.split()[0] in ("The", "An", "A") else subject
    what = topic.group("t").strip()
    if len(what.split()) > 12 or len(what.split()) < 1:
        return None
    return f"What does {subject} say about {what}? (Unanswered: {subject} {cue.group(0)})"


def _question(c: Caveat, article: Article) -> str | None:
    """One well-formed question about the claim ``c`` leaves unsettled, or None."""
    pid, body = c.evidence[0], article.body
    sents = sentences(pid, article.by_id[pid].text)
    at = next((i for i, s in enumerate(sents) if c.cue in s.text), None)
    if at is None:
        return None
    s = sents[at]
    if s.text.lstrip().startswith(_QUOTE_START):
        return None
    if c.type == "denial" and (cue := _NO_COMMENT.search(s.text)):
        return _no_comment(s, cue, body)
    if unconfirmed := _OUTLET_UNCONFIRMED.search(s.text):
        if not unconfirmed.group("that"):
            return None  # "could not verify either side's reports": what it refers to is named elsewhere
        claim = _clean_claim(s.text[unconfirmed.end():], body)
        return f"Is it confirmed that {claim}? ({_OPEN_TYPES[c.type]})" if claim else None
    if c.type == "conflicting_accounts":
        unclear = _UNCLEAR.match(re.split(r",\s*(?:and|but)\s+", s.text.strip())[0].rstrip("."))
        return f"Is it known {unclear.group('q')}? (Unclear)" if unclear and len(unclear.group("q")) < 160 else None
    refers_back = (c.type == "unverified" and _VERIFY_NOTE.search(s.text)) or \
        (c.type == "denial" and (_BACK_REFERENCE.search(s.text) or len(s.text.split()) < 10))
    if c.type == "denial" and not refers_back:  # "A reported that C, but B denied it": ask about C
        cut = s.text.rfind(", but ", 0, s.text.find(c.cue))
        claim = _clean_claim(s.text[:cut] + ".", body) if cut > 0 and _SPEECH.search(s.text[:cut]) else None
        return f"Is it confirmed that {claim}? ({_OPEN_TYPES[c.type]})" if claim else None
    if refers_back:
        if at == 0:
            return None  # what it refers to lies outside the paragraph: not safe to guess
        s = sents[at - 1]
    claim = _clean_claim(s.text, body)
    return f"Is it confirmed that {claim}? ({_OPEN_TYPES[c.type]})" if claim else None


def open_questions(article: Article, caveats: list[Caveat], limit: int = 4) -> list[OpenQuestion]:
    """What the article leaves unsettled: at most one well-formed question per paragraph."""
    out: list[OpenQuestion] = []
    seen: set[str] = set()
    rank = list(_OPEN_TYPES)
    for c in sorted(caveats, key=lambda c: rank.index(c.type) if c.type in _OPEN_TYPES else 99):
        pid = c.evidence[0]
        if c.type not in _OPEN_TYPES or pid in seen or pid not in article.by_id:
            continue
        if question := _question(c, article):
            seen.add(pid)
            out.append(OpenQuestion(question=question, evidence=[pid]))
        if len(out) >= limit:
            break
    order = {p.id: i for i, p in enumerate(article.paragraphs)}
    return sorted(out, key=lambda q: order[q.evidence[0]])
