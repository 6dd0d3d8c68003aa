"""Classes of page clutter, as patterns over single lowercased lines.

Every rule names a kind of clutter that every publisher has (share bars, newsletter
boxes, cookie notices, captions, teasers), never a site. Short lines are judged as a
whole; long lines only by cues that reporting about the world does not contain, so a
body paragraph that merely mentions "subscribers" is never cut.

Speed: patterns run on the lowercased line without IGNORECASE, anchored rules are
tried at position 0 only, and each unanchored rule carries the words one of which
must occur in the line (``keys``), checked with a set lookup before any regex runs.
"""

from __future__ import annotations

import re
import string
from typing import NamedTuple


class Rule(NamedTuple):
    reason: str
    rx: re.Pattern[str]
    keys: frozenset[bytes] = frozenset()


def _r(reason: str, pattern: str, keys: str = "") -> Rule:
    return Rule(reason, re.compile(pattern), frozenset(k.encode() for k in keys.split()))


# Short lines (<= SHORT_WORDS words), whole-line patterns tried with .match at position 0.
# Their keys are the first words a match can start with, so most lines try no regex at all;
# tests/test_clean_rules.py checks the keys against the patterns on every line it can find.
SHORT_ANCHORED: list[Rule] = [
    _r("share buttons",
       r"([-•*–·▪]\s+(?=(print|order|reprints?|share)\W*(article|story|page|reprints?)?\W*$))?"  # "- Print Article"
       r"(share|share (this|on|via|the|article|story)\b.*|tweet|pin( it)?|e-?mail|print|whatsapp|"
       r"order reprints?|reprints?( (&|and) permissions)?|print (this )?(article|story|page)|"
       r"facebook|twitter|linkedin|reddit|pinterest|flipboard|messenger|copy( the)? link|"
       r"link copied.*|save|saved|more sharing options|sharing options|"
       r"like this:?|like loading\.*|click to share.*|share your thoughts.*|"
       r"(share|post) (on|to) \w+)\W*$",
       "share order reprints reprint tweet pin email e print whatsapp facebook twitter linkedin reddit pinterest flipboard messenger copy link save saved more sharing like click post"),
    _r("follow prompt",
       r"(follow (us|@\w+|\w+ on)\b.*|like us on \w+|we are social.*|find us on \w+|connect with us.*|"
       r"join us\b.*|follow the author.*|never miss\b.*)$",
       "follow like we find connect join never"),
    _r("advertisement",
       r"(advertisement|advertising|\(?ad\)?|sponsored( content| by.*)?|paid (content|post)|"
       r"promoted( stories| content)?|story continues( below)?( advertisement)?|"
       r"continue reading( (the )?(main )?story)?( below)?|article continues below.*|"
       r"skip (the )?ad(vertisement)?|supported by|partner content|"
       r"content continues below.*|ad feedback|report (this )?ad)\W*$",
       "advertisement advertising ad sponsored paid promoted story continue article skip supported partner content report"),
    _r("comments prompt",
       r"\W*(\d+\W+)?(comments?|responses?|replies|reply|leave a (reply|comment)|post a comment|"
       r"add (a |your )?comment|(view|show|read|see) (all )?(\d+ )?comments|join (the|our) (discussion|conversation|"
       r"commenting forum)|comments? (are|have been) (closed|disabled)|cancel reply|"
       r"(be the )?first to comment|conversation|discussion|"
       r"(top|most|best|reader|readers'?|latest|recent|all|featured)( rated| popular| recent| liked)? comments|"
       r"join\b.*\b(conversations?|discussions?|comments?)\b.*)\W*$",
       "comments comment responses response replies reply leave post add view show read see join cancel be first conversation discussion top most best reader readers latest recent all featured"),
    _r("related links",
       r"(\W*(related|related (stories|articles|coverage|content|links?)|see also|read more|also read|"
       r"read also|more|recommended|read|watch|listen|more on this)\s*:.*|"
       r"related( (stories|articles|content|coverage|posts|topics|news|links|video|videos))?|"
       r"(our )?(more|also|recommended|trending|popular|latest|top|editor'?s picks?|most (read|popular|viewed|shared))"
       r"( [\w'’-]+){0,3}( now| today| this week)?|(more )?must[- ]reads?( from( [\w'’-]+){1,3})?|"
       r"(further|suggested|recommended|more) reading|you (may|might) have missed|"
       r"read (more|next|this|also|full (story|article))\b.*|"
       r"see also\b.*|you (may|might) (also )?(like|be interested in)\b.*|"
       r"(watch|listen)( now| next| live| more)?|(up )?next (story|article|up)\b.*|previous (story|article)\b.*|"
       r"\W*(newer|older|next|previous) (story|post|article)\W*|"
       r"recommended for you|what to read next|more from\b.*|more on this( story)?|"
       r"(more )?in this (series|section)|around the web|from our partners|"
       r"(back to|go to|skip to) (top|content|main content|navigation|article)\b.*|top stories|"
       r"view (all|more|comments|gallery|photos?)\b.*|show (more|less|comments)|load more.*|"
       r"click here\b.*|(photo|image|video) gallery|full coverage|explore more|more\.\.\.|"
       r"(tags?|topics?|filed under|categories|posted in|section)\s*:.*)\W*$",
       "related see read also more must further suggested recommended watch listen trending popular latest top editor editors most you up next previous newer older what in around from back go skip view show load click photo image video full explore tags tag topics topic filed categories posted section our"),
    _r("byline/date",
       r"((written |posted |published |reporting |words |photos? |story )?by(:?\s+\S.*|:)?|"
       r"(published|updated|posted|last updated|first published|modified|created)\b\W*(on |at )?"
       r"(\d|\w+day\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|an? |\w+ (hours?|minutes?|days?) ago).*|"
       r"(\w+day,?\s+)?(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
       r"\d{1,2}(st|nd|rd|th)?,?(\s+\d{4})?.*|\d{1,2}/\d{1,2}/\d{2,4}.*|\d{4}-\d{2}-\d{2}.*|"
       r"~?\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?.*|~?\d+\s+(min(ute)?s?|hours?|days?|weeks?|months?)\s+"
       r"(ago|read)\b.*)$",
       "written posted published reporting words photos photo story by updated last first modified created"),
    _r("page metadata",
       r"(word ?count|length|reading time|read time|rating|votes?|views?|tags?|section|categor(y|ies)|"
       r"filed under|topics?|keywords?|image source|photo credit|image credit|print edition)\s*:.*$",
       "word wordcount length reading read rating votes vote views view tags tag section category categories filed topics topic keywords keyword image photo print"),
]

_SOCIAL = r"(facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard|e-?mail|messenger|telegram)"
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

# Short lines, patterns found anywhere in the line (not applied to sentences, see SENTENCE_SAFE).
SHORT_ANYWHERE: list[Rule] = [
    _r("share buttons",
       rf"{_SOCIAL}.*{_SOCIAL}|\bshar(e|ing) (buttons?|tools|options|bar)\b",
       "facebook twitter linkedin whatsapp pinterest reddit flipboard email mail messenger telegram "
       "share sharing"),
    _r("byline/date",
       rf"\b{_MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}\b|\b\d{{1,2}} {_MONTH},? \d{{4}}\b|"
       r"\b\d{1,2}:\d{2} ?(am|pm|a\.m\.|p\.m\.)",
       "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
       "oct october nov november dec december am pm a m p"),
    _r("newsletter/subscription",
       r"\b(subscribe|sign ?up|sign in|log ?in|newsletters?|register|unsubscribe|my account|e-?mail address|"
       r"inbox|subscribers?|subscription|already a (member|subscriber)|premium|free trial)\b",
       "subscribe sign signup log login newsletter newsletters register unsubscribe account address "
       "inbox subscriber subscribers subscription already premium trial"),
    _r("cookie/consent notice",
       r"\b(cookies?|privacy (policy|notice|settings)|terms (of (use|service)|and conditions)|"
       r"do not sell|ad ?choices|accessibility( statement)?|site ?map|contact us|about us|"
       r"careers|advertise with us|help center|faq|rss( feeds?)?)\b",
       "cookie cookies privacy terms sell ad adchoices accessibility site sitemap contact about careers "
       "advertise help faq rss"),
    _r("copyright/footer",
       r"(©\s*(\d{4}|copyright)|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|powered by|designed by|"
       r"this (material|article) may not be (published|broadcast|rewritten|redistributed))",
       "© c copyright reserved powered designed material article"),
    _r("caption/credit",
       r"(\b(photo|image|picture|illustration|video|graphic|caption)s?\s*(credit)?\s*[:/]|"
       r"\((photo|image|picture)s?\b[^)]*\)|\bcredits?:\s|\b(getty images|ap photo|reuters/|afp( via getty)?|"
       r"shutterstock|istock(photo)?|alamy|pa wire|epa-efe|file photo)\b|"
       r"^(photo|image|picture|illustration)s?\b|\b(photographed|pictured) by\b|©)",
       "photo photos image images picture pictures illustration illustrations video videos graphic "
       "graphics caption captions credit credits getty ap reuters afp shutterstock istock istockphoto "
       "alamy pa epa file photographed pictured ©"),
]

# Any line: only cues that never occur in reporting about the world.
LONG_RULES: list[Rule] = [
    # Split finely so each pattern runs only when its own rare word is present.
    _r("donation appeal", r"\byour (support|donation|contribution|gift)\b", "support donation contribution gift"),
    _r("donation appeal", r"donat(e|ion)\b.{0,40}\b(journalism|us|today)", "donate donation"),
    _r("donation appeal", r"support (our|independent|quality|local) (journalism|reporting|work)", "support"),
    _r("donation appeal", r"(journalism|reporting) (is|remains) (free|open)", "journalism reporting"),
    _r("donation appeal", r"paywalls?\b.{0,80}\b(our|we)\b|\b(we|our)\b.{0,80}\bpaywall", "paywall paywalls"),
    _r("donation appeal", r"make a (one-off|one-time|monthly) (contribution|donation)", "contribution donation"),
    _r("donation appeal", r"become a (member|supporter|patron)", "become"),
    _r("donation appeal", r"as little as \W?\d.{0,20}\b(a|per|every) (month|year|week)", "little"),
    _r("donation appeal", r"(subscriptions?|membership|premium)\b.{0,60}\bfor (as little as|just|only)\b",
       "subscription subscriptions membership premium"),
    _r("newsletter/subscription",
       r"sign up (for|to) (our|the|a)\b.{0,40}\bnewsletters?|subscribe (to|for) (our|the)\b.{0,30}"
       r"(newsletter|channel|podcast|updates)|subscribe (now|today)\b.{0,40}\b(access|offer|month|year|\$|£|€)",
       "newsletter newsletters subscribe"),
    _r("donation appeal", r"small favou?r to ask|if you value (what we do|our (journalism|work|reporting))",
       "favour favor value"),
    _r("donation appeal",
       r"please consider (supporting|subscribing|donating|becoming|making a (contribution|donation)|"
       r"a (contribution|donation))|consider supporting\b.{0,40}\bjournalism|"
       r"help us keep\b.{0,40}\b(free|going|journalism|reporting)", "please supporting help"),
    _r("newsletter/subscription",
       r"(enter|provide) your e-?mail|double.check your e-?mail", "email mail"),
    _r("newsletter/subscription",
       r"sign up for (our|the|a) (free )?(daily |weekly |morning |evening )?(briefing|newsletter|digest|alerts?)|"
       r"(top stories|blog posts|headlines)\b.{0,30}\b(emailed|sent|delivered) to (me|you)\b|"
       r"(get|receive)\b.{0,40}\btop stories\b.{0,30}\bin your inbox",
       "briefing newsletter newsletters digest alert alerts emailed sent delivered inbox"),
    _r("share buttons", r"^(this|the) (story|article|post) has been shared [\d,.]+k? times\W*$", "shared"),

    _r("newsletter/subscription",
       r"(delivered (straight |directly )?to|check) your inbox", "inbox"),
    _r("newsletter/subscription",
       r"by (signing up|subscribing|clicking)\b.{0,60}\b(agree|consent|privacy)|"
       r"thank(s| you) for (signing up|subscribing|reading)|problem (subscribing|signing you up)",
       "signing subscribing clicking"),
    _r("newsletter/subscription",
       r"you('ve| have) (reached|read) your (free|limit)|unlimited (digital )?access|to continue reading\b|"
       r"this (article|content) is (only )?(available|reserved) (to|for) subscribers|"
       r"already (a subscriber|have an account)|(successfully|already) (subscribed|signed up|registered)",
       "reached unlimited continue subscribers subscriber account subscribed signed registered"),
    _r("cookie/consent notice",
       r"\bwe (use|and our partners use) cookies|this (web)?site uses cookies|cookie (policy|settings|preferences)|"
       r"accept (all )?cookies", "cookie cookies"),
    _r("cookie/consent notice",
       r"by (continuing to )?(use|using|browsing) (this|our) (site|website)|(our|the) privacy policy and terms|"
       r"terms of (use|service) and privacy", "site website privacy"),
    _r("comments prompt",
       r"join (the|our) (conversation|discussion|commenting forum)|thought-provoking conversations",
       "conversation conversations discussion commenting"),
    _r("comments prompt",
       r"(read|view|see) (the )?comments|comments (are|have been) (closed|disabled|moderated)|"
       r"(post|leave|add) a comment|log ?in to (comment|reply)", "comments comment"),
    _r("comments prompt",
       r"follow other \w+ readers|community (guidelines|standards)", "readers guidelines standards"),
    _r("copyright/footer",
       r"©\s*\d{4}|all rights reserved|may not be (published|broadcast|rewritten|redistributed)",
       "© reserved broadcast rewritten redistributed"),
    _r("copyright/footer",
       r"\bpersonal,? non-?commercial use\b|presentation-ready copies|\bdjreprints\b",
       "personal presentation djreprints"),
    _r("sponsor credit",
       r"^\W*(this|today['’]?s|tonight['’]?s|this (week|month)['’]?s)\b[^.;]{0,40}?\b(podcast|episode|show|"
       r"newsletter|programme|program|edition|issue|video|series|article|content|post|feature|coverage)\s+"
       r"(is|was|has been|are)\s+(sponsored|brought to you|supported|underwritten|funded|paid for|presented) by\b",
       "sponsored brought supported underwritten funded paid presented"),
    _r("copyright/footer",
       r"(registered|trade) ?marks? of\b|use of this (site|website) constitutes|"
       r"affiliate (links|partnerships|commission)|may earn (a )?commission",
       "marks mark trademark trademarks constitutes affiliate commission"),
    _r("caption/credit",
       r"\((photo|image|picture|photograph|video|credit)s?\b[^)]*\)\W*$|"
       r"\b(photo|image|picture|photograph)s?( credit)?\s*:\s*\S[^.]*$",
       "photo photos image images picture pictures photograph photographs video videos credit credits"),
    _r("caption/credit",
       r"\b(getty images|ap photo|shutterstock|istock(photo)?|afp via getty)\b[^.]*$",
       "getty ap shutterstock istock istockphoto afp"),
    _r("caption/credit", r"^file\s*[-–—]\s", "file"),
    _r("browser/app notice",
       r"enable javascript|your browser (does not|doesn't) support|update your browser|"
       r"ad ?blocker|whitelist (us|our site)|download (our|the) app|turn (off|on) your ad",
       "javascript browser blocker adblocker whitelist download turn"),
    _r("browser/app notice", r"\ban? (unexpected )?error (has )?occurred\b.{0,30}\bplease try again\b", "error"),
]

# A short line opening an appeal block: what follows, in first person plural, goes with it.
APPEAL_HEAD = re.compile(
    r"\b(your support|support (us|our)|help us|why (you should|we need)|a (message|note) from|"
    r"donat\w*|contribut\w*|become a (member|supporter)|dear reader|independent journalism)\b")
APPEAL_KEYS = frozenset(k.encode() for k in (
    "your support us our help why message note donate donation donations donating contribute "
    "contribution contributions contributing become dear independent journalism").split())
FIRST_PLURAL = re.compile(r"\b(we|our|us)\b")

SHORT_KEYS = frozenset().union(*(r.keys for r in SHORT_ANYWHERE))
LONG_KEYS = frozenset().union(*(r.keys for r in LONG_RULES))
# Key words are ASCII, so the line is split on UTF-8 bytes: punctuation and every non-ASCII
# byte become spaces (bytes.translate is ~6x faster than str.translate with a dict).
_NOT_WORD = string.punctuation.encode() + bytes(range(128, 256))
_BYTE_PUNCT = bytes.maketrans(_NOT_WORD, b" " * len(_NOT_WORD))
_COPY = "©".encode()
# Sentence rules are skipped for a short line that reads as a sentence ("He will register.").
# A caption cue inside a sentence is reporting ("…, AFP reported.", "Pictures of the damage spread…");
# captions with a credit at the end are still caught by the long-line rules.
SENTENCE_SAFE = frozenset({"newsletter/subscription", "cookie/consent notice", "share buttons",
                           "byline/date", "caption/credit"})


def words_of(low: str) -> list[bytes]:
    """ASCII words of a lowercased line, punctuation removed, for key lookups ("©" kept)."""
    words = low.encode().translate(_BYTE_PUNCT).split()
    if "©" in low:
        words.append(_COPY)
    return words


_MONTHS3 = frozenset(b"jan feb mar apr may jun jul aug sep oct nov dec".split())
_BY_FIRST: dict[bytes, tuple[Rule, ...]] = {}
for _rule in SHORT_ANCHORED:
    for _key in _rule.keys:
        _BY_FIRST[_key] = _BY_FIRST.get(_key, ()) + (_rule,)
_DATE_RULES = tuple(r for r in SHORT_ANCHORED if r.reason == "byline/date")


def anchored_candidates(low: str, words: list[bytes]) -> tuple[Rule, ...]:
    """The anchored rules that can match a line, judged by its first word."""
    if not words or not low[0].isalpha():
        return tuple(SHORT_ANCHORED)  # digits, brackets, dashes: any rule may apply
    first = words[0]
    found = _BY_FIRST.get(first, ())
    if first[:3] in _MONTHS3 or first.endswith(b"day"):
        found += _DATE_RULES
    return found


_BULLETS = ("- ", "• ", "* ", "– ", "· ", "▪ ")  # list items an author wrote, not a site menu
# A dated entry of a timeline or list: a date, a separator and a clause ("March 3, 2024: Forces…").
_DATE = (rf"(\w+day,?\s+)?(\d{{1,2}}(st|nd|rd|th)?\s+{_MONTH},?(\s+\d{{4}})?|"
         rf"{_MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?(\s+\d{{4}})?|{_MONTH}\s+\d{{4}}|\d{{4}}|"
         r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})")
DATE_ENTRY = re.compile(_DATE + r"\s*[:–—-]\s*(?!by\b)[^\W\d_][\w'’-]*(\W+[\w'’-]+){2,}")


def _not_byline(low: str) -> bool:
    """A bulleted line or a dated entry with its own clause is content, not a byline or date."""
    return low.startswith(_BULLETS) or DATE_ENTRY.match(low) is not None


def match_short(low: str, words: list[bytes], sentence: bool) -> str | None:
    """Reason a short line is clutter, or None."""
    for rule in anchored_candidates(low, words):
        if rule.rx.match(low) and not (sentence and rule.reason in SENTENCE_SAFE):
            if rule.reason == "byline/date" and _not_byline(low):
                continue
            return rule.reason
    hits = SHORT_KEYS.intersection(words)
    if not hits:
        return None
    for rule in SHORT_ANYWHERE:
        if (sentence and rule.reason in SENTENCE_SAFE) or rule.keys.isdisjoint(hits):
            continue
        if rule.rx.search(low) and not (rule.reason == "byline/date" and _not_byline(low)):
            return rule.reason
    return None


# A trailing photo credit, even glued to the caption's last word ("a rabbitCredit: Getty").
_CREDIT_TAIL = re.compile(r"credits?\s*:\s*\S[^.]*$")


def match_long(low: str, words: list[bytes]) -> str | None:
    """Reason a line of any length is clutter by a long-line cue, or None."""
    if "credit" in low and _CREDIT_TAIL.search(low):
        return "caption/credit"
    hits = LONG_KEYS.intersection(words)
    if not hits:
        return None
    for rule in LONG_RULES:
        if not rule.keys.isdisjoint(hits) and rule.rx.search(low):
            if rule.reason in _APPEALS and _REPORTED.search(low):
                continue  # the news quoting or describing an appeal ("she had 'a small favour to ask'")
            return rule.reason
    return None


_APPEALS = {"donation appeal", "share buttons"}
# Reported speech or a quotation: a publisher's own appeal speaks to the reader, never of someone.
_REPORTED = re.compile(r"[\"“”]|\b(said|says|told|asked|asking|urged|urging|according to|wrote|writes)\b")


# A heading over a list of other stories: the short headline lines after it go with it.
RELATED_HEAD = re.compile(
    r"\W*(related( (stories|articles|coverage|content|links|posts|news|reading))?|read more|see also|also read|"
    r"read (this )?next|what to read next|recommended( for you| stories| reading)?|you (may|might) also like|"
    r"(our )?(latest|top|trending|popular) (stories|news|headlines|articles)|more (\w+ ){0,3}(stories|news|articles)|"
    r"most (read|popular|viewed|shared)( \w+){0,4}|more from( \w+){0,4}|more on this( story)?|editor'?s picks?|"
    r"(more )?must[- ]reads?( from( [\w'’-]+){1,3})?|(further|suggested|recommended|more) reading|"
    r"you (may|might) have missed)"
    r"\W*$")
