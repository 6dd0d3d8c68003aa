"""Attribution-structure caveats: who the words come from, judged by the shape of the clause.

Fixed subject lists miss most bodies ("His office said", "Inner Mongolia health authority
reported"), so these rules read the clause instead: an organisation-like subject or a known
organisation actor before a reporting verb, "according to" an organisation, a document
passed to or obtained by a reporter, and "the report says". The cue is the exact slice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .actors import Ent
from .lexicon import DAYS, MONTHS
from .text import Caseless, alternation, inside

# Heads of lowercase noun phrases that name an official body ("his office", "health bosses").
OFFICIAL_NOUNS = (
    "office", "offices", "police", "authority", "authorities", "ministry", "department", "government", "agency",
    "council", "commission", "court", "officials", "bosses", "chiefs", "administration", "prosecutors", "regulator",
    "regulators", "military", "army", "embassy", "bureau", "committee", "board", "legislature", "spokesperson",
    "command", "headquarters", "force", "company", "firm", "management", "hospital", "school district",
    # institutions that speak for themselves ("The museum says", "the league said")
    "museum", "university", "college", "network", "league", "studio", "foundation", "organization", "organisation",
    "institute", "airline", "bank", "retailer", "automaker", "carmaker", "manufacturer", "charity", "utility",
    "navy", "air force", "coast guard", "federation", "press secretary", "startup", "brand", "maker", "chain",
    "franchise", "label", "club", "team", "school", "zoo", "association", "associations", "developer", "developers",
    "fire service", "ambulance service", "coastguard",
)
# Heads of noun phrases that name a side with a stake in the story ("teachers unions", "advocacy groups").
STAKE_NOUNS = (
    "union", "unions", "group", "groups", "campaigners", "activists", "advocates", "organisers", "organizers",
    "opposition", "lawyers", "rebels", "insurgents", "militants", "protesters", "critics", "supporters", "campaign",
    "workers", "strikers", "employees", "families", "parents", "farmers", "opponents", "proponents", "backers",
    "detractors", "plaintiffs", "defendants", "defense", "defence", "separatists", "militia", "militias", "fighters",
    "camp", "promoter", "promoters", "landlord", "landlords", "tenants", "lobby", "lobbyists",
)
_VERBS = (r"said|says|say|reported|reports|announced|announces|confirmed|confirms|stated|states|told|tells|"
          r"estimated|estimates|estimate|(?:claimed|claims|claim)(?! (?:the|a|an|his|her|their|its) (?:[\w\-]+ ){0,2}?"
          r"(?:title|spot|place|win|victory|crown|trophy|medal|seat|lead|prize|record|championship|pole|berth|points?|"
          r"bronze|silver|gold|cup|pennant|stage|lives?)\b(?! (?:was|were|is|are|had|has|would|will|could)\b))|insisted|insists|declared|acknowledged|added|noted|warned|"
          r"promised|promises|pledged|pledges|vowed|vows|boasted|boasts|touted|"
          # a verb that also means something else counts only with its clause: "maintains that" (not "maintains 3,000
          # miles of lines"), "argue that" (not "argue over chores"), "expects to" (not "workers expected at the plant")
          r"(?:maintained|maintains|argued|argue|argues|contend|contends|contended|asserted|asserts|assert)"
          r"(?= (?:that|it|they|he|she)\b)|"
          r"expects(?= (?:(?:[\w\-]+ ){0,3}?to|that)\b)")
# A promise or a boast is a claim with a stake whoever makes it; the other stake verbs only from a side.
_PROMISES = {"promised", "promises", "pledged", "pledges", "vowed", "vows", "boasted", "boasts", "touted"}
_STAKE_VERBS = {"claimed", "claims", "claim", "insisted", "insists", "maintained", "maintains", "argued", "argue", "argues",
                "contend", "contends", "contended", "asserted", "asserts", "assert", *_PROMISES}
_WHEN_PHRASE = (r"(?:earlier|later) (?:this|that|last) (?:week|month|year)|last (?:week|month|year|night)|"
                r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_AUX = rf"(?:(?:has|have|had|also|later|earlier|previously|initially|first|then|separately|{_WHEN_PHRASE}),?\s+)*"
_HEADS = alternation((*OFFICIAL_NOUNS, *STAKE_NOUNS))
# Where a sentence starts capitalised, only a plural head is a body speaking ("Supporters say"); a singular one may be
# a surname ("Brand said").
_PLURAL_HEADS = alternation(tuple(h for h in (*OFFICIAL_NOUNS, *STAKE_NOUNS) if h.endswith("s") or h == "police"))
# Lowercase heads (a proper name is an actor), or capitalised where a sentence starts ("Supporters say").
# "The museum tells a history" narrates; it gives no account.
_SUBJECT = re.compile(rf"\b({_HEADS}|(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?=[A-Z])(?i:{_PLURAL_HEADS}))\s+{_AUX}({_VERBS})\b"
                      rf"(?!\s+(?:the |a |an |its |their )?(?:[\w\-]+ )?(?:story|stories|tale|tales|history|histories)\b)")
_ACCORDING = re.compile(rf"(?i)\baccording to (?:the |a |an |its |their |local |state )?(?:[\w’'\-]+\s+){{0,2}}?({_HEADS})\b")
# "A lawyer for the firm said": the firm is whom the speaker acts for, not the one speaking.
_AGENT_OF = re.compile(r"(?i)\b(?:lawyers?|attorneys?|counsel|representatives?|advisers?|advisors?|consultants?|"
                       r"agents?)\s+(?:for|of|representing)\s+$")
_OBJECT_OF = re.compile(r"(?i)\b(?:of|at|for|in|from|with|on|to|by|about|among|near|inside|outside)\s+$")
_MODIFIER = re.compile(r"([A-Za-z][\w’'\-]*)\s+$")
_DETERMINER = {"the", "his", "her", "its", "their", "our", "a", "an", "this", "that", "local", "state", "federal"}
_STOP = {"and", "or", "but", "as", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that", "which", "who",
         "when", "while", "after", "before", "if", "than", "because", "since", "although", "though", "said", "says",
         "is", "was", "were", "are", "be", "been", "it", "he", "she", "they", "we", "there", "not", "no", "so"}
_ORG_TYPES = {"government", "company", "international_org", "civil_society", "political_party", "military",
              "armed_group"}
_STAKE_TYPES = {"political_party", "armed_group", "civil_society"}

_CAP = r"(?-i:[A-Z][\w’'\-]*)(?:\s+(?-i:[A-Z][\w’'\-]*))*"
# (type, pattern): documents and reports passed on through an outlet or a reporter.
PATTERNS: list[tuple[str, Caseless]] = [(t, Caseless(p)) for t, p in (
    ("relayed_report", rf"\b(?:cited|quoted|reported|carried) by (?:the )?(?:[\w’'\-]+\s+){{0,3}}?(?:publication|"
                       rf"newspaper|outlet|magazine|website|site|blog|journal|daily|tabloid|broadcaster|agency|"
                       rf"network|channel|station|paper)\s+{_CAP}|\b(?:cited|quoted) by\b"),
    ("relayed_report", rf"\b(?:(?:[\w\-]+\s+)?(?:documents?|papers|memos?|files|records|e-?mails|letters?|minutes|"
                       rf"transcripts?|filings?|recordings?|footage|data|report|dossier|cables?)\s+)?(?:leaked to|"
                       rf"obtained by|provided to|passed to) (?:the |our |a |an )?"
                       rf"(?:[\w\-]+\s+)?(?:correspondents?|reporters?|journalists?|newspaper|{_CAP})|\b(?:seen|reviewed) by "
                       rf"(?:the )?{_CAP}"),
    ("relayed_report", r"\b(?:the|a|an|this|that|one|another) (?:new |recent |latest |earlier |separate |"
                       r"(?-i:[A-Z][\w’'\-]*) )?report (?:says|said|claims|claimed|states|stated|suggests|suggested|"
                       r"alleges|alleged|adds|added|notes|noted|indicates|indicated|found|finds)\b|\baccording to "
                       r"(?:a|the|one) (?:new |recent |separate |case |research |published |medical |scientific )?(?:report|review|"
                       r"article|story)\b|\ba report (?:by|from)\b"),
    # Told to someone who passes it on; testimony to a court, or a statement to police, is on the record.
    ("relayed_report", r"\btold (?:doctors|investigators|officers|detectives|medics|paramedics|nurses|relatives|"
                       r"friends)\b"),
    ("official_account", rf"\b(?:an? |the )?(?:earlier |previous |initial |official |prior |formal )?(?:declarations?|"
                         rf"statements?|assurances?|announcements?|assertions?) (?:by|from) (?:the )?(?:[\w’'\-.]+\s+){{0,8}}?"
                         rf"(?:{_HEADS})\b"),
    ("unverified", r"\b(?:apparently|purportedly|supposedly|presumably)\b|\brumou?red\b|"
                   r"\brumou?rs? (?:that|of|about)\b|\b(?:speculation|speculated) (?:that|about)\b"),
    ("single_source", r"\baccording to (?:a|the|one) (?:new |recent |separate |published |single )?(?:study|survey|"
                      r"paper|poll|analysis)\b"),
    ("single_source", r"\b(?:(?:has|have|had) (?:previously |earlier |long |also |repeatedly )?|previously )"
                      r"(?:predicted|forecast|projected|speculated)\b"),
    ("single_source", r"\b(?:(?:has|have|had) )?(?:cited|cites|citing|pointed to|points to) (?:a|an|one) "
                      r"(?:[\w\-]+\s+){0,2}?(?:study|survey|poll|analysis|paper|estimate)\b"),
    ("party_claim", r"\b(?:touted|trumpeted)\b|\b(?:praying|prayed|asking|asked|urging|"
                    r"urged|petitioning|petitioned|begging) the (?:court|judge|tribunal)\b"),
    ("denial", r"\b(?:\w+ly )?(?:dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|"
               r"rebuff(?:s|ed|ing)?|rebut(?:s|ted|ting)?) (?:any |all |the |such |these |those |this |that |his |her |"
               r"their |its |growing |mounting |recent )?(?:criticism|criticisms|critics|claims?|allegations?|"
               r"accusations?|charges?|reports?|suggestions?|concerns|wrongdoing|the idea|the notion|"
               r"responsibility|involvement|blame|speculation|rumou?rs)\b"),
)]


def _extend_left(text: str, start: int) -> int:
    """Take in the modifiers of a subject's head ("Inner Mongolia health", "His"), up to three words."""
    for _ in range(3):
        m = _MODIFIER.search(text, max(0, start - 40), start)
        if not m or m.end() != start:
            break
        word = m.group(1)
        if word.lower() in _STOP or (m.start() > 0 and not text[m.start() - 1].isspace()):
            break
        start = m.start()
        if word.lower() in _DETERMINER:
            break
    return start


def _kind(head: str, verb: str) -> str:
    return "party_claim" if head.lower() in STAKE_NOUNS or verb.lower() in _STAKE_VERBS else "official_account"


def attribution_hits(text: str, qs: Sequence[tuple[int, int]], actors: list[Ent], pid: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every attribution-structure cue outside quotation marks."""
    hits: list[tuple[str, int, int]] = []
    for m in _SUBJECT.finditer(text):
        start = _extend_left(text, m.start())
        if _OBJECT_OF.search(text, max(0, start - 30), start):
            continue  # "Fans of the team say", "Students at the school said": the team is not who speaks
        if not inside(qs, start) and not _AGENT_OF.search(text, max(0, start - 40), start):
            hits.append((_kind(m.group(1), m.group(2)), start, m.end()))
    for m in _ACCORDING.finditer(text):
        if not inside(qs, m.start()):
            hits.append((_kind(m.group(1), "said"), m.start(), m.end()))
    low = text.lower()
    for kind, rx in PATTERNS:
        hits += [(kind, m.start(), m.end()) for m in rx.finditer(text, low) if not inside(qs, m.start())]
    hits += _actor_subjects(text, qs, actors, pid)
    return hits


_NEWS_VERBS = {"announced", "announces", "acknowledged"}
_ACTION_VERBS = {"confirmed", "confirms", "added", "adds"}
_NAMED_OBJECT = re.compile(r"\s+([A-Z][\w\-]+)\b(?![’'])")
_WHEN = {*DAYS, *MONTHS, "Today", "Tonight", "Yesterday"}
_AFTER = re.compile(rf"\s+{_AUX}({_VERBS})\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|of|from|at|for|across|throughout|to|with)\s+(?:the\s+)?$")
_BEFORE = re.compile(r"\b(?:said|says|say|according to)\s+(?:the\s+)?$")


def _actor_subjects(text: str, qs: Sequence[tuple[int, int]], actors: list[Ent], pid: str) -> list[tuple[str, int, int]]:
    """A named organisation as the subject of a reporting verb, or after "says"/"according to"."""
    hits: list[tuple[str, int, int]] = []
    for e in actors:
        if e.type not in _ORG_TYPES and not (e.type == "other" and e.evidence_of_kind and len(e.mentions) >= 2):
            continue
        for m in e.mentions:
            if m.pid != pid or inside(qs, m.start) or _PLACE_BEFORE.search(text, max(0, m.start - 20), m.start):
                continue  # "a hospital in the UK told": a place, not the subject
            after = _AFTER.match(text, m.end)
            if after:
                verb = after.group(1).lower()
                if verb in _NEWS_VERBS:
                    continue  # "NASA announced a launch date": the news itself, not a side's version of it
                if verb in _ACTION_VERBS and (obj := _NAMED_OBJECT.match(text, after.end())) and \
                        obj.group(1) not in _WHEN:
                    continue  # "the Senate confirmed Prelogar", "added Ann Lee to its board": a deed, not an account
                stake = verb in _PROMISES or (e.type in _STAKE_TYPES and verb in _STAKE_VERBS)
                hits.append(("party_claim" if stake else "official_account", m.start, after.end()))
                break  # "PETA said ... PETA said": one body's account, once a paragraph
            before = _BEFORE.search(text, max(0, m.start - 30), m.start)
            if before and re.match(r"\s*(?:[.,;]|$)", text[m.end:]):
                hits.append(("official_account", before.start(), m.end))
                break
    return hits
