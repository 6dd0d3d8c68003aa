"""Sourcing caveats from cue phrases and attribution structure.

Each rule names a class of wording ("reportedly", "declined to comment", a state agency
as the channel); the cue reported is the exact slice of the paragraph. Words inside
quotation marks are the speaker's, not the publisher's, so no rule fires there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...article import Article
from ...schema import Caveat
from .actors import Ent
from .attribution import attribution_hits
from .lexicon import EVALUATIVE, LOADED_TERMS, SPEECH_VERBS
from .sources import source_hits
from .text import Caseless, alternation, fold, inside, quote_spans, sentences

_I = re.IGNORECASE
_NUM = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands)"
# "at least 8 hours a night" is advice, not a early count.
_NOT_COUNTED = (r"(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|times|percent|per cent|servings?|"
                r"glasses|cups|grams|steps|miles|kilometres|kilometers|inches|feet|pounds|kg|mg)")
_RULES: list[tuple[str, str]] = [
    ("anonymous_source", r"\b(?:people|persons?|sources?) (?:familiar with|close to|with knowledge of)\b"),
    ("anonymous_source", r"\bon (?:the )?condition of anonymity\b|\b(?:people|persons?|sources?|officials?) (?:briefed on|"
                         r"with (?:direct )?knowledge of|aware of the (?:matter|plans?|talks|discussions))\b"),
    ("anonymous_source", r"\bwho (?:asked|declined|requested) not to be (?:named|identified)\b"),
    ("anonymous_source", r"\b(?:unnamed|anonymous) (?:\w+ )?(?:officials?|sources?|people|insiders?)\b"),
    ("anonymous_source", r"\b(?:according to |cited )?(?:industry|diplomatic|military|security|intelligence|"
                         r"government|western|several|multiple|two|three) sources\b"),
    ("anonymous_source", r"\bsources (?:said|say|says|told)\b|\baccording to (?:\w+ )?sources\b|\b(?:declined|asked) "
                         r"to be (?:named|identified)\b|\binsiders (?:said|say|says|told)\b"),
    ("anonymous_source", r"\b(?:speaking|spoke) (?:anonymously|on background)\b|\bnot (?:authori[sz]ed|permitted) to "
                         r"(?:speak|talk|comment) (?:publicly|on the record)\b|\bciting (?:unnamed |anonymous )?"
                         r"(?:sources|people|officials|insiders)\b|\bwho did not want to be (?:named|identified)\b"),
    ("anonymous_source", r"\b(?:an?|two|three|several) (?:senior |top |western |u\.s\. |government |military |\w+ )?"
                         r"(?:official|diplomat|source|insider)s? (?:said|says|told)\b"),
    ("single_source", r"\baccording to (?:a|one) (?:single |senior )?(?:source|official|person|witness|resident)\b"),
    # One unnamed person the reporter found stands for many: "we spoke to one mother".
    ("single_source", r"\b(?:spoke|speaking|talked|talking|interviewed) (?:to |with )?one (?:[\w-]+ )?[\w-]+\b"),
    ("single_source", r"\b(?:said|says|according to) one (?:[\w-]+ )?(?:expert|official|source|analyst|insider|diplomat|"
                      r"witness|resident|person|lawyer|observer|aide)\b"),
    ("unverified", r"\b(?:could|can|has|have|had|was|were|is|are)(?: not|n['’]t)(?: be| been| yet been)?"
                   r"(?: independently| immediately)? (?:verified|confirmed|authenticated|corroborated|checked|"
                   r"substantiated)\b"),
    ("anonymous_source", r"\b(?:requested|asked for|was granted|were granted|given|spoke on condition of) anonymity\b"),
    ("single_source", r"\bthe only (?:account|source|witness|evidence|record|version) (?:of|for)\b"),
    ("relayed_report", r"\bciting (?:a |an |the )?(?:leaked |internal |confidential |unpublished |secret )?(?:memo|document|"
                       r"report|email|letter|filing|dossier|recording|source)s?\b|\bfirst (?:reported|published) by\b"),
    ("denial", r"\b(?:has|have|had|did) not (?:yet |publicly )?comment(?:ed)? on\b"),
    ("conflicting_accounts", r"\bin dispute\b|\bestimates (?:of (?:the )?[\w\-]+(?: [\w\-]+)? )?(?:ranged|range|varied|vary|"
                             r"differ|differed)\b"),
    ("allegation", r"\bon suspicion of\b|\bunder investigation (?:for|over|into|in)\b|\b(?:is|are|was|were) being "
                   r"investigated (?:for|over)\b"),
    ("preliminary", r"\bnot yet (?:final|complete|confirmed|official)\b|\bpartial (?:results|count|returns|figures)\b|"
                    r"\b(?:likely|expected|subject|liable) to (?:change|be revised|rise)\b|\bprovisional\b"),
    ("loaded_language", r"\b(?:scandal|gaffe|crisis|corruption|controversy)-(?:plagued|ridden|hit|prone|tainted|mired)\b|"
                        r"\bembattled\b|\bdisgraced\b"),
    ("unverified", r"\bunable to (?:independently )?(?:verify|confirm)\b"),
    ("unverified", r"\b(?:could|can|was|were|did) not (?:independently |immediately )?(?:verify|confirm)\b"),
    ("unverified", r"\bwithout (?:providing|offering|giving|presenting|citing) (?:any )?(?:evidence|proof)\b"),
    ("unverified", r"\b(?:provided|offered|gave|presented|produced|cited) no (?:evidence|proof)\b|\bunverified\b|"
                   r"\bunconfirmed\b"),
    # The publisher guessing at a motive or a cause: "a trip likely designed to", "Maybe the firm likes it".
    ("unverified", r"\b(?:likely|probably|presumably|possibly|almost certainly) (?:designed|intended|meant|aimed|"
                   r"timed|planned|calculated|chosen|motivated|driven)\b|(?:^|(?<=[.!?]\s))(?:Maybe|Perhaps)\b"),
    ("relayed_report", r"\breportedly(?: \w+)?\b"),
    # "As both the Ledger and Channel 9 have reported": other outlets' reporting, taken over.
    ("relayed_report", r"\bas (?:both |several |other |many )?(?:the )?(?:(?-i:[A-Z][\w’'&\-]*)\s+){1,4}(?:and (?:the )?(?:(?-i:"
                       r"[A-Z][\w’'&\-]*)\s+){1,4})?(?:has |have |had )?(?:first |previously |also )?(?:reported|revealed)\b"),
    ("relayed_report", r"\breports (?:have |has )?(?:also )?(?:suggested|said|say|indicated|claimed)\b"),
    ("relayed_report", r"\baccording to (?:\w+ )?(?:media |news |press )?reports\b|\bmedia reports?\b"),
    ("relayed_report", r"\b(?:it|he|she|they) (?:was|were|is|are|has been|have been) reported\b"),
    ("relayed_report", r"\b(?:local |foreign |international |western |news |social )?media (?:outlets )?(?:reported|said|"
                       r"say|reports)\b|\bciting (?:a |an )?(?:reports?|media reports?)\b"),
    ("relayed_report", r"\b(?:is|are|was|were) said to (?:have|be)\b|\bas reported by (?:the )?(?:[\w’'-]+ ){0,3}?"
                       r"(?:newspaper|agency|outlet|broadcaster|channel|website|[A-Z][\w’'-]+)\b"),
    ("relayed_report", r"\b(?:an? |the )?(?:local |national |regional |private )?(?:radio station|television station|"
                       r"TV station|TV channel|newspaper|news outlet|media outlet|broadcaster)s? (?:reported|said|says|"
                       r"reports|quoted)\b"),
    ("official_account", r"\bsaid in (?:a|an|the) (?:written |joint )?(?:statement|release|news release|press release)\b"),
    ("official_account", r"\bin (?:the |its |his |her |their |(?:the )?[\w\-]+[’']s )(?:own )?(?:official |written |"
                         r"joint |latest |quarterly )?(?:statement|news release|press release|earnings release|"
                         r"securities filing|regulatory filing)\b"),
    ("official_account", r"\b(?:in|issued) (?:a|an) (?:official |written |joint |emailed |prepared )?statement\b|\baccording to (?:a|an|the) "
                         r"(?:[\w-]+ )?statement\b"),
    ("official_account", r"\b(?:an? |the )?(?:[\w’'\-]+ )?spokes(?:man|woman|person)\b"),
    # A side's own channel: its announcement or advert, its social media account, its own records or website.
    ("official_account", r"\b(?:said|says|wrote|writes|stated|declared) in (?:(?:the |its |his |her |their |an? )"
                         r"(?:[\w\-]+[’']s )?|[\w\-]+[’']s )(?:own )?(?:[\w-]+ )?(?:public service announcement|announcement|advert|"
                         r"advertisement|ad|blog post|newsletter|campaign video|video message|manifesto)\b"),
    ("official_account", r"\b(?:shared|posted|published|announced|said|wrote|tweeted) (?:on|via|in|through) "
                         r"(?:the |its |his |her |their |[\w\-]+[’']s )?(?:official |verified )?(?:Twitter|X|"
                         r"Facebook|Instagram|LinkedIn|YouTube|Telegram|TikTok|social media) (?:handle|account|page|"
                         r"feed|channel|post)s?\b"),
    ("official_account", r"\baccording to (?:the |its |his |her |their )?(?:[\w\-]+[’']s |(?:state|government|"
                         r"federal|city|county|company|ministry|department|agency|council|official|public) )(?:own )?"
                         r"(?:[\w-]+ )?(?:website|records|data|figures|filings?|documents?|accounts|budget|register|"
                         r"database|disclosures?)\b"),
    ("official_account", r"\b(?:ministry|government|military|army|police|authorities|department|administration|"
                         r"company|agency|prosecutors|Pentagon|Kremlin|White House|State Department|Foreign Office|"
                         r"Downing Street) (?:has |have |had )?(?:also )?(?:said|says|say|announced|hailed|stated|"
                         r"insisted|maintains|maintained)\b"),
    ("official_account", r"\b(?:said|says|say) (?:the )?(?:ministry|government|military|army|police|authorities|"
                         r"company|officials)(?=[.,;])|\bofficials (?:said|say|says)\b"),
    ("party_claim", r"(?:\b[\w’'\-]+ to )?(?<!the )(?<!these )(?<!those )(?<!such )(?<!his )(?<!her )(?<!its )(?<!their )(?<!a )(?<!'s )"
                    r"(?<!’s )\bclaim(?:ed|s)? (?:that|to|it|they|he|she|responsibility)\b"),
    ("party_claim", r"\bsaid (?:it|they) (?:had )?(?:destroyed|killed|shot down|captured|downed|repelled|seized)\b"),
    # A side praising its own initiative ("X called its new plan a triumph"): self-assessment, not fact.
    ("party_claim", r"\b(?:called|calls|described|describes|hailed|hails|billed|bills|touted|touts|praised|praises) "
                    r"(?:its|his|her|their|the new|the latest|its own|their own) (?:new |own |latest |flagship )?"
                    r"(?:campaign|programme|program|plan|policy|initiative|product|project|strategy|effort|scheme|"
                    r"law|bill|reform|service|app|device|phone|launch)s?\b"),
    ("denial", r"\b(?:(?:has|have|had) )?(?:strongly |repeatedly |flatly |also )?(?:denied|denies|deny) (?:the )?(?:[\w\-]+ ){0,2}?"
               r"[\w\-]+[’']s (?:\w+ )?(?:claims?|allegations?|accusations?|account|version|story)\b"),
    ("denial", r"\b(?:(?:has|have|had) )?(?:strongly |repeatedly |flatly |also )?(?:denied|denies|deny)(?= (?:this|"
               r"that|the|it|any|all|wrongdoing|involvement|allegations?|claims?|reports?|responsibility|charges?|"
               r"accusations?|being|having|knowing)\b|[.,;])"),
    ("denial", r"\bdisputed (?:that|the|this|these|those) (?:account|claims?|version|figures?|reports?)\b"),
    ("denial", r"\bdid not (?:immediately )?return (?:a |multiple )?(?:calls?|messages?|emails?|requests?)"
               r"(?: seeking| for) comment\b|\bdismissed (?:them|it|this|that|the \w+) as\b"),
    ("denial", r"\b(?:declined|refused) to (?:comment|respond|answer|confirm|say|discuss)\b"),
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
    ("denial", r"\b(?:rejected|dismissed) (?:the |these |those |such )?(?:claims?|allegations?|accusations?|reports?)\b"),
    ("conflicting_accounts", r"\bconflicting (?:reports|accounts|claims|information|figures)\b"),
    ("conflicting_accounts", r"\b(?:it|it's|it’s|it is|it was|it remains|it remained) (?:still )?(?:not )?(?:immediately )?"
                             r"(?:unclear|clear)\b"),
    ("conflicting_accounts", r"\bhe said,? she said\b|\b(?:one|his|her|their) word against (?:the other|another|his|"
                             r"hers|theirs)\b|\bversions? of events (?:differ|varied|vary|clash)\b"),
    ("conflicting_accounts", r"\bdiffering (?:accounts|versions)\b|\bcontradict(?:s|ed|ory)\b"),
    ("conflicting_accounts", r"\b(?:is|are|was|were|remains?) (?:hotly |still )?disputed\b|\baccounts (?:(?:of|about) (?:the |this |that )?[\w\-]+ )?(?:differ|differed|varied|vary)\b"),
    ("conflicting_accounts", r"\b(?:is|are|was|were|remains?|remained) (?:still |now |also )?(?:uncertain|unknown|unconfirmed)\b"),
    ("preliminary", r"\b(?:more|further|additional|larger) (?:research|studies|study|trials|work|evidence|data) (?:is|are) "
                    r"(?:still )?(?:needed|required|necessary)\b"),
    ("single_source", r"\b(?:one|a single) (?:small |recent |new |older |early |tiny |preliminary )*(?:study|trial|survey|"
                      r"experiment|poll|review)\b"),
    ("party_claim", r"\b(?:is|are|was|were) (?:sponsored|paid for|funded|underwritten) by\b|\bpaid partnership\b|"
                    r"\b(?:coupon|promo|promotional|discount|referral) code\b|\baffiliate (?:links?|commission)\b|"
                    r"\b(?:may|might) earn (?:a|an affiliate) commission\b"),
    ("preliminary", r"\b(?:initial|early|preliminary|first) (?:testing|tests|results|findings|impressions|data|figures|"
                    r"estimates?|benchmarks?)\b|\b(?:only )?just (?:started|begun) (?:testing|to test|our tests)\b"),
    ("loaded_language", r"\b(?:score|rating|verdict|rated)\s*:?\s*\d(?:\.\d)? out of (?:5|10|five|ten)\b|"
                        r"\b\d(?:\.\d)? out of (?:5|five) stars\b"),
    ("relayed_report", r"\b(?:posted|shared|published) (?:on|to) (?:social media|Twitter|X|Facebook|Instagram|TikTok|YouTube|"
                       r"Reddit|a forum) by\b"),
    ("anonymous_source", r"\bone (?:[\w\-]+ ){0,2}?(?:official|executive|CEO|source|insider|employee|staffer|aide|diplomat|"
                         r"banker|investor|person|member|resident|worker|manager|founder|officer) (?:told|tells|said|says)\b"),
    ("allegation", r"\ballege(?:d|dly|s)?\b|\ballegations?\b|\b(?:faces?|facing|faced) (?:\w+ )?charges?\b"),
    ("loaded_language", r"\b(?:the )?views (?:and opinions )?expressed (?:in (?:this|the) (?:article|piece|column) )?"
                        r"(?:are|do not|don't)\b"),
    ("loaded_language", r"\b(?:seems?|seemed|appears?|appeared) (?:to be )?(?:intent|hell-bent|bent|determined|"
                        r"desperate|eager) (?:on|to)\b|\b(?:pour|add)(?:s|ed|ing)? fuel (?:on|to) the (?:fire|flames)\b|"
                        r"\bfan(?:s|ned|ning)? the flames\b|\b(?:far|much|way) too (?:little|late|much|few|slow|long)\b|"
                        r"\bkiller (?:disease|virus|bug|flu|storm|heatwave|drug|infection)\b|\bmedieval (?:disease|"
                        r"plague|practices?|punishments?|conditions|attitudes|laws?|torture|tactics)\b|"
                        r"\b(?:hardly|scarcely|not) surprising\b|\bunsurprisingly\b|\bnail in the coffin\b|"
                        r"\bspeaks? volumes\b|\b(?:good|bad|great|grim|terrible) news for\b"),
    ("allegation", r"\baccus(?:ed|es|ing) (?:[\w'’-]+ ){0,3}?of\b|\baccusations?\b|\bcharged (?:\w+ )?with\b|"
                   r"\b(?:lawsuit|suit|complaint|indictment|petition) (?:also )?(?:alleges|alleged|claims|claimed|accuses|"
                   r"accused|says|said)\b|\baccording to (?:the )?(?:court|charging|legal) (?:papers|documents|filings|"
                   r"records)\b"),
    ("preliminary", rf"\bat least (?!(?:19|20)\d\d\b)(?!one\b(?! (?:hundred|thousand|million)))(?!once\b){_NUM}\b(?! (?:[\w-]+ )?{_NOT_COUNTED}\b)|\bpreliminary\b|"
                    r"\bprovisional\b"),
    ("preliminary", r"\b(?:initial|early) (?:reports?|figures|estimates?|results|findings|count|indications)\b|"
                    rf"\ban estimated {_NUM}\b"),
    ("preliminary", r"\b(?:toll|number|figure)s? (?:could|may|might|is expected to|is likely to) (?:rise|climb|increase)\b"),
]



def _alternation(patterns: list[str], flags: int = 0) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


# One alternation per type: a dozen scans of a paragraph instead of forty. Case-insensitive
# matching costs twice as much in ``re``, so rules run case-sensitively on the lowered text,
# except those that need capitals (``(?-i:...)``), which see the text as written.
_TYPES = list(dict.fromkeys(k for k, _ in _RULES))
RULES: list[tuple[str, re.Pattern[str]]] = [(t, _alternation([p for k, p in _RULES if k == t], _I)) for t in _TYPES]  # type: ignore[misc]
_FOLDED = [(t, _alternation([fold(p) for k, p in _RULES if k == t and "(?-i:" not in p]),
            _alternation([p for k, p in _RULES if k == t and "(?-i:" in p], _I)) for t in _TYPES]
_PLURALS = (r"(?:experts|analysts|economists|observers|commentators|strategists|scientists|insiders|brokerages|"
            r"market watchers|pundits|specialists|researchers|attendees|participants|witnesses|onlookers|insiders|"
            r"residents|locals|neighbou?rs|eyewitnesses|bystanders)")
_QUALIFIER = r"(?:some |many |most |several |other |independent |market |industry |legal |health |political )?"
# Unnamed plural sources: "experts say", "say analysts", "Experts and brokerages are of the view".
_UNNAMED = Caseless(rf"\b{_QUALIFIER}{_PLURALS}(?: and (?:[\w-]+ )?[\w-]+s)? "
                      r"(?:say|said|believe|believed|argue|argued|warn|warned|reckon|expect|feel|think|agree|suggest|"
                      r"caution|cautioned|predict|predicted|are of the view|were of the view|are of the opinion)\b|"
                      rf"\b(?:say|said|according to) {_QUALIFIER}{_PLURALS}\b(?! (?:at|from|with|of|in|for) )")
_NAMED_BEFORE = re.compile(r"(?:\b(?:the|these|those|its|his|her|their|our|both|two|three|four|five)|"
                           r"\b[A-Z][\w’'\-]*)\s+$")
# The publisher's own verdict on an outcome: "it's already a success", "is an obvious failure".
_VERDICT = Caseless(r"\b(?:is|was|it['’]s|are|were|proved|proves|remains) (?:(?:already|clearly|obviously|plainly|"
                      r"now|also|an?|by all accounts),? )*(?:(?:obvious|manifest|clear|resounding|unmitigated|abject|"
                      r"total|complete|huge|major|runaway|undeniable|spectacular|dismal|utter|stunning|abysmal)"
                      r"(?:,? and | ))*(?:success|failure|triumph|disaster|fiasco|flop)\b")
_LOADED = re.compile(r"\b" + alternation((*LOADED_TERMS, *EVALUATIVE)) + r"\b")  # run on lowered text
_LOADED_ANYCASE = re.compile(_LOADED.pattern, _I)  # where lowering would shift offsets ("İstanbul")
_NEUTRAL_REGIME = re.compile(r"(?i)\b(?:tax|sanctions|trade|visa|regulatory|export|import|inspection|legal|training|"
                             r"drug|treatment|diet|exercise|dosing|tariff|pricing)\s+$")
# "Revolutionary Guards", "the revolutionary war": a name or a period, not praise.
_HISTORIC = re.compile(r"(?i)\s+(?:guards?|war|army|armed|forces|party|front|council|committee|movements?|period|era|"
                       r"leaders?|government|tribunal|courts?|cells?|fighters|struggle|history|politics|socialism)\b")
_CLEAR_NOT = re.compile(r"(?i)\bnot (?:immediately )?clear|unclear")
_LABELS = {"opinion", "analysis", "comment", "editorial", "op-ed", "commentary", "column", "perspective", "viewpoint",
           "news analysis", "guest column", "guest essay", "letter to the editor"}
DETAIL = {
    "anonymous_source": "Rests on sources the article does not name.",
    "single_source": "Rests on a single source without corroboration.",
    "unverified": "The article says this has not been verified or evidenced.",
    "relayed_report": "Second-hand: relayed from other reports rather than reported first-hand.",
    "state_media": "Relayed by state-controlled media.",
    "official_account": "An official's or organisation's own version of events.",
    "party_claim": "A claim by a side with a stake in it.",
    "denial": "The subject denies the claim or will not comment.",
    "conflicting_accounts": "The article says the facts are unclear or accounts differ.",
    "allegation": "An unproven accusation.",
    "preliminary": "Early or minimum figures that may change.",
    "loaded_language": "The publisher's own loaded wording, not a neutral description.",
}


@dataclass
class Hit:
    type: str
    pid: str
    start: int
    end: int
    cue: str


def _hits(pid: str, text: str, actors: list[Ent], own: set[str]) -> list[Hit]:
    qs = quote_spans(text)
    hits: list[Hit] = []
    low = text.lower()
    same_offsets = len(low) == len(text)  # else ("İ" lowers to two characters) match the text as written
    for kind, folded, cased in _FOLDED if same_offsets else [(k, None, rx) for k, rx in RULES]:
        found = [*(folded.finditer(low) if folded else ()), *(cased.finditer(text) if cased else ())]
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
                (m.group().lower() == "revolutionary" and _HISTORIC.match(text, m.end())):
            continue
        hits.append(Hit("loaded_language", pid, m.start(), m.end(), text[m.start():m.end()]))
    for m in _UNNAMED.finditer(text, low):
        if not inside(qs, m.start()) and not _NAMED_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            hits.append(Hit("anonymous_source", pid, m.start(), m.end(), text[m.start():m.end()]))
    for m in _VERDICT.finditer(text, low):
        if not inside(qs, m.start()) and not inside(speech, m.start()):
            hits.append(Hit("loaded_language", pid, m.start(), m.end(), text[m.start():m.end()]))
    hits += _outlet_hits(pid, text, qs, [e for e in actors if e.name not in own])
    hits += [Hit(kind, pid, a, b, text[a:b]) for kind, a, b in attribution_hits(text, qs, actors, pid)]
    hits += [Hit(kind, pid, a, b, text[a:b]) for kind, a, b in source_hits(text, qs, actors)]
    if text.strip().lower().rstrip(":") in _LABELS:
        hits.append(Hit("loaded_language", pid, 0, len(text), text.strip()))
    return hits


# "..., the mayor said." / "..., said the mayor.": the reported words come before the verb.
_INVERTED = re.compile(r"\s*[.!?;]|\s+(?!(?:he|she|they|it|we|i|that|this|there)\b)(?!.*\b(?:is|was|were|are|has|"
                       r"have|had|will|would|could|should|can|may|might|must|did|does|do)\b)(?:(?:the|a|an)\s+)?"
                       r"(?:[\w’'\-]+\s+){0,3}[\w’'\-]+\s*[.!?]?\s*$", re.I)
_SPEECH = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r"|according to)\b")


def _speech_spans(pid: str, text: str, qs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The reported words of a sentence ("critics said [the plan was a sham]", "[...], according to X"):
    the speaker's, not the publisher's. The subject and its description stay the publisher's."""
    spans = []
    for s in sentences(pid, text):
        for m in _SPEECH.finditer(text, s.start, s.end):
            if inside(qs, m.start()):
                continue
            inverted = m.group() == "according to" or bool(_INVERTED.match(text, m.end(), s.end))
            spans.append((s.start, m.start()) if inverted else (m.end(), s.end))
    return spans


_ATTRIB_BEFORE = re.compile(r"(?i)\b(according to|cited by|quoted by|told|reported by|via|by)\s+(?:[\w’'\-]+\s+){0,5}?$")
_ATTRIB_AFTER = re.compile(r"\s*(?:news agency\s+|agency\s+)?(?:reported|reports|said|says|quoted|cited)\b")
_CREDIT = re.compile(r"[\[(]\s*(?:(?i:via|source:?)\s+)?[^\[\]()]{2,60}?\s*[\])]\s*$")
_STATE_PHRASE = re.compile(r"(?i)\bstate(?:-run|-controlled|-owned)?\s+(?:media|news agency|television|TV|"
                           r"broadcaster|outlet|newspaper)\b|\bofficial\s+(?:news agency|media)\b")


def _outlet_hits(pid: str, text: str, qs: list[tuple[int, int]], actors: list[Ent]) -> list[Hit]:
    """An outlet as the channel: state media, or another outlet the words were relayed from."""
    hits: list[Hit] = []
    for e in actors:
        if e.type != "media_outlet":
            continue
        for m in e.mentions:
            if m.pid != pid or inside(qs, m.start):
                continue
            kind = "state_media" if e.state_media else "relayed_report"
            before = _ATTRIB_BEFORE.search(text[max(0, m.start - 80):m.start])
            if before and (kind == "state_media" or before.group(1).lower() != "by"):
                start = m.start - (len(text[max(0, m.start - 80):m.start]) - before.start())
                agency = re.match(r"\s+news agency", text[m.end:])
                end = m.end + (len(agency.group()) if agency else 0)
                hits.append(Hit(kind, pid, start, end, text[start:end]))
            elif (credit := _CREDIT.search(text, max(0, m.start - 6), m.end + 6)) and credit.start() <= m.start:
                hits.append(Hit(kind, pid, credit.start(), credit.end(), credit.group()))  # a credit line: built on it
            elif (after := _ATTRIB_AFTER.match(text, m.end)):
                hits.append(Hit(kind, pid, m.start, after.end(), text[m.start:after.end()]))
    for phrase in _STATE_PHRASE.finditer(text):
        if not inside(qs, phrase.start()):
            hits.append(Hit("state_media", pid, phrase.start(), phrase.end(), phrase.group()))
    return hits


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per type and span: the longer cue wins where two overlap."""
    hits.sort(key=lambda h: (h.type, h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in hits:
        if any(k.type == h.type and k.pid == h.pid and k.start < h.end and h.start < k.end for k in kept):
            continue
        kept.append(h)
    return kept


def find_caveats(article: Article, actors: list[Ent], ids: dict[int, str]) -> list[Caveat]:
    """Caveats in reading order; ``ids`` maps ``id(Ent)`` to the actor id used in the briefing."""
    out: list[Caveat] = []
    own = _publisher(article, actors)
    for p in article.paragraphs:
        hits = _dedupe(_hits(p.id, p.text, actors, own))
        hits.sort(key=lambda h: h.start)
        spans = sentences(p.id, p.text)
        seen: set[tuple[str, object]] = set()  # one caveat of a type per sentence, and per cue
        kept = []
        for h in hits:
            sent_no = next((i for i, s in enumerate(spans) if s.start <= h.start < s.end), -1)
            keys = {(h.type, h.cue.lower()), (h.type, sent_no)}
            if not keys & seen:
                kept.append(h)
            seen |= keys
        hits = kept
        for h in hits:
            sent = next((s for s in spans if s.start <= h.start < s.end), None)
            lo, hi = (sent.start, sent.end) if sent else (0, len(p.text))
            applies = []
            for e in actors:
                if id(e) in ids and any(m.pid == p.id and lo <= m.start < hi for m in e.mentions):
                    if e.type != "media_outlet":
                        applies.append(ids[id(e)])
            out.append(Caveat(id=f"c{len(out) + 1}", type=h.type, detail=DETAIL[h.type], cue=h.cue.strip(),
                              applies_to=applies[:4], evidence=[p.id]))
    return _condense(out)


MAX_PER_TYPE, MAX_CAVEATS, MAX_EVIDENCE = 8, 24, 12


def _condense(caveats: list[Caveat]) -> list[Caveat]:
    """One caveat per repeated cue (citing every paragraph), a few per type: a briefing, not a concordance."""
    merged: dict[tuple[str, str], Caveat] = {}
    for c in caveats:
        key = (c.type, c.cue.lower())
        if key in merged:
            first = merged[key]
            first.evidence = list(dict.fromkeys(first.evidence + c.evidence))[:MAX_EVIDENCE]
            first.applies_to = list(dict.fromkeys(first.applies_to + c.applies_to))[:6]
        else:
            merged[key] = c.model_copy(deep=True)
    per_type: dict[str, int] = {}
    kept: list[Caveat] = []
    for c in merged.values():
        per_type[c.type] = per_type.get(c.type, 0) + 1
        if per_type[c.type] <= MAX_PER_TYPE and len(kept) < MAX_CAVEATS:
            kept.append(c.model_copy(update={"id": f"c{len(kept) + 1}"}))
    return kept


def _publisher(article: Article, actors: list[Ent]) -> set[str]:
    """The outlet that wrote the article ("NEW YORK (Reuters) -"): its own name relays nothing."""
    head = article.paragraphs[0].text[:100] if article.paragraphs else ""
    own = {e.name for e in actors if e.type == "media_outlet" and
           any(f"({f})" in head for f in [e.name, *e.forms])}
    if article.source.publisher:
        own |= {e.name for e in actors if e.type == "media_outlet" and
                (e.name.lower() in article.source.publisher.lower() or article.source.publisher.lower() in e.name.lower())}
    return own
