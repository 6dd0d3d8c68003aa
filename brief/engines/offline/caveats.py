"""Sourcing caveats from cue phrases and attribution structure.

Each rule names a class of wording ("reportedly", "declined to comment", a state agency
as the channel); the cue reported is the exact slice of the paragraph. Words inside
quotation marks are the speaker's, not the publisher's, so no rule fires there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from dataclasses import dataclass

from ...article import Article
from ...schema import Caveat
from .actors import Ent
from .attribution import attribution_hits
from .channels import names_publisher, outlet_hits, own_documents, own_site, own_sourcing_hits, publisher, told_publisher
from .context import describes, excused, is_release, retyped, self_account, sides_of
from .gates import GatedRules, foldable, words_in
from .cues import CUE_RULES, DISPUTE_LABELS
from .framing import GRADE_LINE, JUDGING_DEGREE, MARKETING, PEJORATIVES
from .lexicon import EVALUATIVE, LOADED_TERMS, SPEECH_VERBS
from .sources import source_hits
from .spokes import fullest_channel, speaking_spokes
from .text import Caseless, alternation, fold, inside, quote_spans, sentences

_I = re.IGNORECASE



# Case-insensitive matching costs twice as much in ``re``, so rules run case-sensitively on the
# lowered text, except those that need capitals (``(?-i:...)``), which see the text as written.
_TYPES = list(dict.fromkeys(k for k, _ in CUE_RULES))


@lru_cache(maxsize=1)
def _whole_rules() -> list[tuple[str, re.Pattern[str]]]:
    """One case-insensitive alternation per type, for the rare text whose lowered form changes
    length ("İ"): compiled on first need, not at import."""
    return [(t, re.compile("|".join(f"(?:{p})" for k, p in CUE_RULES if k == t), _I)) for t in _TYPES]


# What runs when offsets allow: per type, the rules a paragraph holds the words of (``gates``).
def _gated(kind: str) -> GatedRules:
    """A type's rules in table order: folded to run on the lowered text, or, with a case-sensitive part, as written."""
    rules = [p for k, p in CUE_RULES if k == kind]
    return GatedRules([p if "(?-i:" in p else fold(p) for p in rules],
                      as_written=frozenset(i for i, p in enumerate(rules) if "(?-i:" in p))


_FOLDED = [(t, _gated(t)) for t in _TYPES]
_PLURALS = (r"(?:experts|analysts|economists|observers|commentators|strategists|scientists|insiders|brokerages|"
            r"market watchers|pundits|specialists|researchers|attendees|participants|witnesses|onlookers|insiders|"
            r"residents|locals|neighbou?rs|eyewitnesses|bystanders)")
_QUALIFIER = r"(?:some |many |most |several |other |independent |market |industry |legal |health |political )?"
# Unnamed plural sources: "experts say", "say analysts", "Experts and brokerages are of the view".
_UNNAMED = Caseless(rf"\b{_QUALIFIER}{_PLURALS}(?: and (?:[\w-]+ )?[\w-]+s)? "
                      r"(?:say|said|believe|believed|argue|argued|warn|warned|reckon|expect|feel|think|agree|suggest|"
                      r"caution|cautioned|predict|predicted|are of the view|were of the view|are of the opinion|"
                      r"told|tell|tells)\b|"
                      rf"\b(?:say|said|according to) {_QUALIFIER}{_PLURALS}\b(?! (?:at|from|with|of|in|for) )")
_NAMED_BEFORE = re.compile(r"(?:\b(?:the|these|those|its|his|her|their|our|both|two|three|four|five)|"
                           r"\b[A-Z][\w’'\-]*)\s+$")
# The publisher's own verdict on an outcome: "it's already a success", "is an obvious failure".
_VERDICT = Caseless(r"\b(?:is|was|it['’]s|are|were|proved|proves|remains) (?:(?:already|clearly|obviously|plainly|"
                      r"now|also|an?|by all accounts),? )*(?:(?:obvious|manifest|clear|resounding|unmitigated|abject|"
                      r"total|complete|huge|major|runaway|undeniable|spectacular|dismal|utter|stunning|abysmal)"
                      r"(?:,? and | ))*(?:success|failure|triumph|disaster|fiasco|flop)\b")
_DEGREE, _GRADE = Caseless(JUDGING_DEGREE), Caseless(GRADE_LINE)
_LOADED = re.compile(r"\b" + alternation((*LOADED_TERMS, *EVALUATIVE, *PEJORATIVES)) + r"\b")  # run on lowered text
_LOADED_ANYCASE = re.compile(_LOADED.pattern, _I)  # where lowering would shift offsets ("İstanbul")
# In a company's own release, the executive quoted speaks for it: "“We are delighted,” said Ann Lee, President".
_RELEASE_SPEAKER = re.compile(r"(?<=[”\"] )said [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}(?=,)")
_MARKETING = re.compile(r"\b" + alternation(MARKETING) + r"\b", _I)
_NEUTRAL_REGIME = re.compile(r"(?i)\b(?:tax|sanctions|trade|visa|regulatory|export|import|inspection|legal|training|"
                             r"licensing|licencing|testing|reporting|planning|safety|compliance|immigration|"
                             r"drug|treatment|diet|exercise|dosing|tariff|pricing|nazi|apartheid|vichy|fascist)\s+$")
# "Revolutionary Guards", "the revolutionary war": a name or a period, not praise.
_HISTORIC = re.compile(r"(?i)\s+(?:guards?|war|army|armed|forces|party|front|council|committee|movements?|period|era|"
                       r"leaders?|government|tribunal|courts?|cells?|fighters|struggle|history|politics|socialism)\b")
_CLEAR_NOT = re.compile(r"(?i)\bnot (?:immediately )?clear|unclear")
_LABELS = {"opinion", "analysis", "comment", "editorial", "op-ed", "commentary", "column", "perspective", "viewpoint",
           "news analysis", "guest column", "guest essay", "letter to the editor"}
# What each type means, said before the words it is about.
LABEL = {
    "anonymous_source": "Rests on sources the article does not name",
    "single_source": "One source, not corroborated",
    "unverified": "Not verified or evidenced, the article says",
    "relayed_report": "Second-hand, relayed from other reports",
    "state_media": "Relayed by state-controlled media",
    "official_account": "The official or organisation's own version",
    "party_claim": "Claimed by a side with a stake in it",
    "denial": "Denied, or left unanswered, by the subject",
    "conflicting_accounts": "Accounts differ or the facts are unclear",
    "allegation": "An unproven accusation",
    "preliminary": "Early or minimum figures that may change",
    "loaded_language": "The publisher's own loaded wording",
}
CLAIM_CHARS = 160


def detail(kind: str, text: str, lo: int, hi: int, start: int, end: int) -> str:
    """The caveat's meaning and the words it applies to (its sentence ``text[lo:hi]``, cut
    around the cue at ``start:end`` when long), so a reader sees which claim it qualifies."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi - lo > CLAIM_CHARS:
        a = max(lo, min(start - (CLAIM_CHARS - (end - start)) // 3, hi - CLAIM_CHARS))
        b = min(hi, a + CLAIM_CHARS)
        a = text.find(" ", a, start) + 1 if a > lo and text.find(" ", a, start) >= 0 else a
        b = text.rfind(" ", end, b) if b < hi and text.rfind(" ", end, b) >= 0 else b
        claim = ("…" if a > lo else "") + text[a:b].strip(" ,;:") + ("…" if b < hi else "")
    else:
        claim = text[lo:hi]
    return f"{LABEL[kind]}: {claim}"


@dataclass
class Hit:
    type: str
    pid: str
    start: int
    end: int
    cue: str


def _hits(pid: str, text: str, actors: list[Ent], own: set[str], sides: frozenset[str] = frozenset(),
          release: bool = False, site: tuple[str, ...] = ()) -> list[Hit]:
    qs = quote_spans(text)
    hits: list[Hit] = []
    low = text.lower()
    # else ("İ" lowers to two characters, "ı" and "ſ" match i and s only under IGNORECASE) match the text as written
    same_offsets = len(low) == len(text) and foldable(low)
    if same_offsets:
        present = words_in(low)
        scans = [(kind, gated.finditer(low, present, text)) for kind, gated in _FOLDED]
    else:
        scans = [(kind, list(rx.finditer(text))) for kind, rx in _whole_rules()]
    for kind, found in scans:
        for m in sorted(found, key=lambda m: m.start()):
            cue = text[m.start():m.end()]
            if inside(qs, m.start()):
                continue
            if kind == "conflicting_accounts" and cue.lower().startswith("it") and not _CLEAR_NOT.search(cue):
                continue
            hits.append(Hit(kind, pid, m.start(), m.end(), cue))
    speech = _speech_spans(pid, text, qs)
    for m in (_LOADED.finditer(low) if same_offsets else _LOADED_ANYCASE.finditer(text)):
        if inside(qs, m.start()) or inside(speech, m.start()) or \
                (m.group().lower() == "regime" and _NEUTRAL_REGIME.search(text[:m.start()])) or \
                (m.group().lower() == "revolutionary" and _HISTORIC.match(text, m.end())) or \
                excused(m.group(), text, m.start(), m.end()):
            continue
        hits.append(Hit("loaded_language", pid, m.start(), m.end(), text[m.start():m.end()]))
    for m in (_MARKETING.finditer(text) if release else ()):
        if not inside(qs, m.start()):  # the release's "announced" introduces its own voice, not another's
            hits.append(Hit("loaded_language", pid, m.start(), m.end(), m.group()))
    for m in (_RELEASE_SPEAKER.finditer(text) if release else ()):  # an executive quoted in their company's release
        hits.append(Hit("official_account", pid, m.start(), m.end(), m.group()))
    for m in _UNNAMED.finditer(text, low):
        if not inside(qs, m.start()) and not _NAMED_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            hits.append(Hit("anonymous_source", pid, m.start(), m.end(), text[m.start():m.end()]))
    for m in (*_VERDICT.finditer(text, low), *_DEGREE.finditer(text, low), *_GRADE.finditer(text, low)):
        if not inside(qs, m.start()) and not inside(speech, m.start()):
            hits.append(Hit("loaded_language", pid, m.start(), m.end(), text[m.start():m.end()]))
    hits += [Hit(kind, pid, a, b, text[a:b]) for kind, a, b in
             outlet_hits(pid, text, qs, [e for e in actors if e.name not in own])]
    hits += [Hit(kind, pid, a, b, text[a:b]) for kind, a, b in attribution_hits(text, qs, actors, pid)]
    hits += [Hit(kind, pid, a, b, text[a:b]) for kind, a, b in source_hits(text, qs, actors)]
    hits += [Hit(kind, pid, a, b, text[a:b]) for kind, a, b in own_sourcing_hits(text, qs, site)]
    hits += [Hit(_teller(text, v) if kind == "person" else kind, pid, a, b, text[a:b])
             for kind, a, v, b in told_publisher(pid, text, qs, actors)]
    if text.strip().lower().rstrip(":") in _LABELS:
        hits.append(Hit("loaded_language", pid, 0, len(text), text.strip()))
    hits += _insider_hits(pid, text, qs)
    hits += _own_aim_hits(pid, text, qs, actors)
    hits += _labelling_hits(pid, text, qs, actors)
    # A side's label for the case against it is its claim, in quotation marks or not.
    hits += [Hit("party_claim", pid, m.start(), m.end(), text[m.start():m.end()]) for m in _DISPUTE.finditer(text, low)]
    # The words around a cue can cancel it or change its type (``context``).
    hits = [Hit(retyped(h.type, h.cue, text, h.start, h.end, sides), pid, h.start, h.end, h.cue) for h in hits
            if not describes(h.type, h.cue, text, h.start, h.end)]
    # The publisher's own interview or story ("told The Times" in the Times) is first-hand.
    # Told to the publisher itself, it is the teller's own account: an office's, or a side's.
    hits = [Hit(_teller(text, h.start), pid, h.start, h.end, h.cue) if h.type == "relayed_report" and
            names_publisher(h.cue, site) and h.cue.lower().startswith("told ") else h for h in hits
            if h.type != "relayed_report" or not names_publisher(h.cue, site) or h.cue.lower().startswith("told ")]
    # Papers the publisher's own reporter obtained are first-hand, resting on those papers alone.
    hits = [Hit("single_source", pid, h.start, h.end, h.cue) if h.type == "relayed_report" and own_documents(h.cue, site)
            else h for h in hits]
    # An outlet speaking for a state is state media, not an organisation's own account.
    state = [h for h in hits if h.type == "state_media"]
    return [h for h in hits if h.type not in ("official_account", "party_claim") or
            not any(s.start < h.end and h.start < s.end for s in state)]


_OFFICE_WORDS = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|officials?|agency|department|command|ministry|"
                           r"police|office|governor|gov\.|mayor|minister|secretary|commissioner|sheriff|chief|"
                           r"authorit(?:y|ies)|company|administration|[A-Z][a-z]+ (?:Inc|Corp|Co)\.?)\b")


def _teller(text: str, start: int) -> str:
    """Whose account "told <the publisher>" gives: an office's own (official), or anyone else's (a side's)."""
    before = re.split(r"[.!?;]\s|,\s(?=[a-z])", text[max(0, start - 90):start])[-1]
    return "official_account" if _OFFICE_WORDS.search(before) else "party_claim"


_DISPUTE = Caseless(DISPUTE_LABELS)
# Insiders the article does not name: "several former employees told", "according to a former staffer".
_INSIDER = Caseless(r"\b(?:(?:disgruntled|current|former|ex-|retired|onetime) ?)+(?:[\w-]+ ){0,3}?(?:employees?|workers?|staffers?|staff members?|associates?|"
                    r"partners?|colleagues?|contractors?|insiders?|executives?|managers?|officials?|officers?|agents?|"
                    r"specialists?|technicians?|engineers?|guards?|bodyguards?)\b")
_INSIDER_LEAD = re.compile(r"(?i)(?P<lead>according to |testimony (?:by|from|of) |statements? (?:by|from|of) )?"
                           r"(?:(?:an?|one|two|three|four|five|several|some|many|multiple|other|a group of) )?$")
_SOURCING = re.compile(r"(?i)\b(?:said|says|say|told|tell|testified|testify|recalled|alleged|claimed|revealed|"
                       r"inform(?:ed)?|described|explained|recounted|according to|suspected|believed?)\b")
_APPOSITIVE = re.compile(r"[A-Z][\w’'\-]*,\s*$")
_AFTER_QUOTE = re.compile(r",?[”\"],?\s*$")


def _insider_hits(pid: str, text: str, qs: Sequence[tuple[int, int]]) -> list[Hit]:
    """Unnamed insiders as the source: only where the sentence sources something to them, and
    never in apposition to a name ("Ann Lee, a former employee,")."""
    hits = []
    spans = sentences(pid, text)
    for m in _INSIDER.finditer(text, text.lower()):
        lead = _INSIDER_LEAD.search(text, max(0, m.start() - 40), m.start())
        start = lead.start() if lead else m.start()
        if inside(qs, start) or _APPOSITIVE.search(text, max(0, start - 40), start):
            continue
        end = next((s.end for s in spans if s.start <= start < s.end), len(text))
        if (lead and lead.group("lead")) or _AFTER_QUOTE.search(text, max(0, start - 5), start) or \
                _SOURCING.search(text, m.end(), end):
            hits.append(Hit("anonymous_source", pid, start, m.end(), text[start:m.end()]))
    return hits


# A side's name for the other side's act: "the capital has branded the drills a provocation".
_LABELS_IT = re.compile(r"\s+(?:has |have |had )?(?:long |repeatedly |often |previously |also |since |again )?(?:called|"
                        r"branded|denounced|labell?ed|decried|condemned|slammed|characteri[sz]ed) (?:it|them|this|that|"
                        r"the [\w-]+|these [\w-]+|those [\w-]+|such [\w-]+)(?: as)? (?:an?|the)\b")
_SIDES = {"government", "military", "political_party", "armed_group"}


def _labelling_hits(pid: str, text: str, qs: Sequence[tuple[int, int]], actors: list[Ent]) -> list[Hit]:
    """A state, army, party or armed group naming what the other side did: its claim, not a fact."""
    hits = []
    for e in actors:
        if e.type not in _SIDES:
            continue
        for x in e.mentions:
            if x.pid == pid and not inside(qs, x.start) and (m := _LABELS_IT.match(text, x.end)):
                hits.append(Hit("party_claim", pid, x.start, m.end(), text[x.start:m.end()]))
    return hits


_OWN_AIM = Caseless(r"\b(?:said|says) (?:it|they) (?:aims?|hopes?|seeks?|wants?|intends?|is trying|are trying)\b")
_STAKE_SIDES = {"civil_society", "political_party", "armed_group"}
_STAKE_GROUP = re.compile(r"(?i)\b(?:(?:the|an?|advocacy|campaign|activist|pressure|rights|animal[- ]rights|environmental|"
                          r"lobby) group|campaigners|activists|NGO|charity|the union|the campaign)\b")


def _own_aim_hits(pid: str, text: str, qs: Sequence[tuple[int, int]], actors: list[Ent]) -> list[Hit]:
    """A campaign, a party or an armed group describing its own aims: a side's claim about itself.
    The side is an actor of that kind, or one the paragraph has just described as a group."""
    hits = []
    for m in _OWN_AIM.finditer(text, text.lower()):
        if not inside(qs, m.start()) and (_STAKE_GROUP.search(text, 0, m.start()) or any(
                e.type in _STAKE_SIDES and any(x.pid == pid and x.start < m.start() for x in e.mentions) for e in actors)):
            hits.append(Hit("party_claim", pid, m.start(), m.end(), text[m.start():m.end()]))
    return hits


# "..., the mayor said." / "..., said the mayor.": the reported words come before the verb.
_INVERTED = re.compile(r"\s*[.!?;]|\s+(?!(?:he|she|they|it|we|i|that|this|there)\b)(?!.*\b(?:is|was|were|are|has|"
                       r"have|had|will|would|could|should|can|may|might|must|did|does|do)\b)(?:(?:the|a|an)\s+)?"
                       r"(?:[\w’'\-]+\s+){0,3}[\w’'\-]+\s*[.!?]?\s*$", re.I)
_SPEECH = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r"|according to|alleging|accusing|claiming|insisting)\b")


def _speech_spans(pid: str, text: str, qs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The reported words of a sentence ("critics said [the plan was a sham]", "[...], according to X"):
    the speaker's, not the publisher's. The subject and its description stay the publisher's."""
    spans = []
    for s in sentences(pid, text):
        for m in _SPEECH.finditer(text, s.start, s.end):
            if inside(qs, m.start()):
                continue
            # A participle ("..., alleging X", "saying X") always introduces its words; it never follows them.
            inverted = m.group() == "according to" or (not m.group().endswith("ing") and
                                                       bool(_INVERTED.match(text, m.end(), s.end)))
            spans.append((s.start, m.start()) if inverted else (m.end(), s.end))
    return spans


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per type and span: the longer cue wins where two overlap."""
    hits.sort(key=lambda h: (h.type, h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in hits:
        if any(k.type == h.type and k.pid == h.pid and k.start < h.end and h.start < k.end for k in kept):
            continue
        kept.append(h)
    return kept


_FOLLOW_UP = {"anonymous_source": re.compile(r"(?i)the (?:people|person|sources?|insiders?)\b"),
              "official_account": re.compile(r"(?i)the (?:statement|press release|release)\b")}


def _drop_follow_ups(hits: list[Hit]) -> list[Hit]:
    """", the people said" restates the paragraph's earlier unnamed source, and "the statement said" its earlier
    statement: each is a caveat only on its own."""
    return [h for i, h in enumerate(hits) if not (h.type in _FOLLOW_UP and _FOLLOW_UP[h.type].match(h.cue) and
                                                  any(k.type == h.type for k in hits[:i]))]


def find_caveats(article: Article, actors: list[Ent], ids: dict[int, str]) -> list[Caveat]:
    """Caveats in reading order; ``ids`` maps ``id(Ent)`` to the actor id used in the briefing."""
    out: list[Caveat] = []
    own = publisher(article, actors)
    sides = sides_of(article, actors)
    release, own_word, site = is_release(article), self_account(article), own_site(article)
    for p in article.paragraphs:
        hits = _hits(p.id, p.text, actors, own, sides, release, site)
        if own_word and own_word[0] == p.id:  # an interview's subject on themselves: one voice, unchecked
            hits.append(Hit("single_source", p.id, own_word[1], own_word[2], p.text[own_word[1]:own_word[2]]))
        spans = sentences(p.id, p.text)
        hits = speaking_spokes(fullest_channel(_dedupe(hits), spans), spans, p.text)
        hits.sort(key=lambda h: h.start)
        seen: set[tuple[object, ...]] = set()  # one caveat of a type per sentence, and per cue
        kept: list[Hit] = []
        for h in hits:
            sent_no = next((i for i, s in enumerate(spans) if s.start <= h.start < s.end), -1)
            # A long sentence can judge twice ("his great, scathing critique ... out-and-out prejudice").
            second = h.type == "loaded_language" and (h.type, sent_no) in seen and (h.type, sent_no, 2) not in seen \
                and all(k.end + 60 < h.start for k in kept if k.type == h.type)
            keys = {(h.type, h.cue.lower()), (h.type, sent_no, 2) if second else (h.type, sent_no)}
            if (second and (h.type, h.cue.lower()) not in seen) or not keys & seen:
                kept.append(h)
            seen |= keys
        hits = _drop_follow_ups(kept)
        for h in hits:
            sent = next((s for s in spans if s.start <= h.start < s.end), None)
            lo, hi = (sent.start, sent.end) if sent else (0, len(p.text))
            applies = []
            for e in actors:
                if id(e) in ids and any(m.pid == p.id and lo <= m.start < hi for m in e.mentions):
                    if e.type != "media_outlet":
                        applies.append(ids[id(e)])
            out.append(Caveat(id=f"c{len(out) + 1}", type=h.type, detail=detail(h.type, p.text, lo, hi, h.start, h.end),
                              cue=h.cue.strip(),
                              applies_to=applies[:4], evidence=[p.id]))
    return _condense(out, len(article.paragraphs))


MAX_PER_TYPE, MAX_CAVEATS, MAX_EVIDENCE = 8, 24, 12


def _ends_with(text: str, words: str) -> bool:
    """``text`` ends with ``words``, not inside a longer word (a regex built per cue recompiled each time)."""
    before = text[-len(words) - 1:-len(words)]
    return text.endswith(words) and not (before.isalnum() or before == "_")


def _condense(caveats: list[Caveat], paragraphs: int = 0) -> list[Caveat]:
    """One caveat per repeated cue (citing every paragraph), a few per type: a briefing, not a concordance.
    A long investigation rests on more sources than a news item, so its caps grow with its length."""
    per_type_cap, total_cap = max(MAX_PER_TYPE, paragraphs // 8), max(MAX_CAVEATS, paragraphs // 2)
    merged: dict[tuple[str, str], Caveat] = {}
    more: dict[tuple[str, str], int] = {}
    for c in caveats:
        key: tuple[str, str] = (c.type, c.cue.lower())
        # "officials said" after "law enforcement officials said": the same account again, cited once.
        key = next((k for k in merged if k[0] == c.type and len(key[1].split()) > 1 and _ends_with(k[1], key[1])), key)
        if key in merged:
            first = merged[key]
            first.evidence = list(dict.fromkeys(first.evidence + c.evidence))[:MAX_EVIDENCE]
            first.applies_to = list(dict.fromkeys(first.applies_to + c.applies_to))[:6]
            more[key] = more.get(key, 0) + 1
        else:
            merged[key] = c.model_copy(deep=True)
    for key, n in more.items():  # the detail quotes the first claim: say it stands for the others too
        merged[key].detail += f" (and {n} more like it)"
    per_type: dict[str, int] = {}
    kept: list[Caveat] = []
    for c in merged.values():
        per_type[c.type] = per_type.get(c.type, 0) + 1
        if per_type[c.type] <= per_type_cap and len(kept) < total_cap:
            kept.append(c.model_copy(update={"id": f"c{len(kept) + 1}"}))
    return kept
