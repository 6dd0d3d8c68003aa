"""Who is in the story: people, organisations, states, armed groups and media outlets.

Mentions become actors only on evidence of what they are (a title, a role, speech, an
agent's verb); variants of one name merge (surname, "the Russian leader"), a lone first
name never does, and a capital or "the Kremlin" stands for the state, not its leader.
"""

from __future__ import annotations

import re

from ...article import Article
from .lexicon import COUNTRIES, HEAD_TITLES, US_STATES, NOT_GIVEN_NAMES, ORG_HEADS, ROLE_WORDS, STOPWORDS, TITLES
from .names import DEMONYMS, Mention, lexicon_mentions, org_type, publisher, span_mentions
from .acronyms import merge_compass, merge_parties, merge_spelled, merge_suffixed, merge_variants, spelled_out
from .described import described_orgs
from .ent import Ent, disclaimer, is_agent, kin, signature, speaks as _speaks, staff_line
from .given import is_given_name, person_name
from .offices import inside_office, offices, teams
from .orgs import cited, organisations
from .outlets import named_outlets, site_outlet
from .roles import WAS, mid_sentence, role_after, role_before, split_role
from .recurring import MIN_RETURNS, WHERE, heading, mostly_where, qualifier, recurs
from .text import work_title
from .things import a_thing

_KIND_TYPE = {"state_media": "media_outlet", "media_outlet": "media_outlet", "armed_group": "armed_group",
              "international_org": "international_org", "country": "government", "agency": "government"}
_MINISTRY = re.compile(r"(?i)\b(?:(?:[A-Z][a-z]+(?:’s|'s)?)\s+)?(?:foreign|defen[cs]e|interior|health|finance|"
                       r"justice|economy|trade|education|energy|agriculture|environment|emergencies)\s+ministry\b")
# "Inner Mongolia health authority", "China's health chiefs", "Health bosses": a public body by its domain.
_BODY = re.compile(r"(?:\b(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})(?:’s|'s)?\s+)?\b(?:health|education|"
                   r"transport|security|police|immigration|customs|tax|food safety|environment(?:al)?|public health)"
                   r"\s+(?:authority|authorities|chiefs|bosses|officials|department|bureau|commission|regulator)\b", re.I)
_LOCAL = re.compile(r"\b([A-Z][\w\-]+)\s+authorities\b")  # "Wedding authorities decided": a place's own government
_APPOSITION = re.compile(r"[A-Z][\w’'\-]*,\s+the\s+(?:[a-z\-]+\s+)?$")
_HEAD_PHRASE = re.compile(r"(?i)\b(?:the\s+)?(" + "|".join(DEMONYMS) + r")\s+(" + "|".join(HEAD_TITLES) + r")\b")


def find_actors(article: Article) -> list[Ent]:
    """Every actor the text gives evidence for, in order of first mention."""
    body = article.body
    lowercase_words = set(re.findall(r"\b[a-z][a-z’'\-]+\b", body))
    ents: dict[str, Ent] = {}
    spans: list[Mention] = []
    taken_all: list[Mention] = []
    extra = named_outlets(article)
    own = publisher([p.text for p in article.paragraphs]) or site_outlet(article.source)
    plain = [p.text for p in article.paragraphs]
    for i, p in enumerate(article.paragraphs):
        if heading(p.text) or staff_line(plain, i) or disclaimer(p.text):
            continue  # "‘Hardened’ Systems", "[How Ann Lee built her firm]", "Ann Lee may be reached at ...": furniture
        found = lexicon_mentions(p.id, p.text)
        lex = [m for m in found if m.canonical != own]
        lex += [m for m in extra if m.pid == p.id and not any(x.start < m.end and m.start < x.end for x in lex)]
        for bm in _BODY.finditer(p.text):  # the body's own name wins over the place inside it
            if _APPOSITION.search(p.text, max(0, bm.start() - 60), bm.start()):
                continue  # "the Office for Students, the higher education regulator": that body described again
            lex = [x for x in lex if not (x.kind == "country" and bm.start() <= x.start < bm.end())]
            if not any(x.start < bm.end() and bm.start() < x.end for x in lex):
                lex.append(Mention(p.id, bm.start(), bm.end(), bm.group(), "ministry", bm.group()))
        taken = [(m.start, m.end) for m in lex] + [(m.start, m.end) for m in found if m.canonical == own]
        for hit in [*_MINISTRY.finditer(p.text), *_LOCAL.finditer(p.text)]:
            if hit.re is _LOCAL and hit.group(1).lower() in lowercase_words | STOPWORDS:
                continue  # "Local authorities", "The authorities": no place named
            if not any(a < hit.end() and hit.start() < b for a, b in taken):
                lex.append(Mention(p.id, hit.start(), hit.end(), hit.group(), "ministry", hit.group()))
                taken.append(hit.span())
        for m in lex:
            _add_lexical(ents, m, p.text)
        taken_all += lex
        spans += span_mentions(p.id, p.text, lowercase_words, taken)
    texts = article.by_id
    people = _people(spans, texts)
    for e in people:  # "hosts Catherine Whitaker and David Law": a given name and a surname is a person
        if not e.evidence_of_kind and person_name(e.name.split(), lowercase_words) and \
                not all(_EMPLOYS.match(texts[m.pid].text, m.end) for m in e.mentions) and \
                not all(_TOWN.match(texts[m.pid].text, m.end) for m in e.mentions):
            e.evidence_of_kind = True
    for ent in people:
        ents.setdefault(ent.name, ent)
    organisations(ents, spans, texts, {e.surname for e in people} | {e.name.split()[0] for e in people})
    _described(ents, article, spans, taken_all)
    held = offices(article) + teams(article, {e.surname for e in people if e.evidence_of_kind})
    for key in [k for k, e in ents.items() if e.mentions and all(inside_office(m, held) for m in e.mentions)]:
        del ents[key]  # "Baldwin County Sheriff" was only part of "Baldwin County Sheriff's office"
    ents.update({e.name: e for e in held})
    _holders_offices(ents, held)
    merge_spelled(ents, spelled_out(article))
    merge_suffixed(ents)
    merge_variants(ents)
    merge_compass(ents)
    merge_parties(ents, texts)
    _head_aliases(list(ents.values()), article)
    for e in ents.values():  # a country the story keeps naming, not as where things happen, is a side in it
        named = [m for m in e.mentions if m.kind == "country" and m.text not in COUNTRIES.get(m.canonical, ("", ()))[1]
                 and (_STATE_ORGAN.match(texts[m.pid].text, m.end) or not qualifier(texts[m.pid].text, m.end))]
        if not e.evidence_of_kind and e.mentions and all(m.kind == "country" for m in e.mentions) and \
                len(named) >= MIN_RETURNS and recurs(named, texts):  # "Amsterdam" is where, not the Netherlands
            e.evidence_of_kind = True
    kept = [e for e in ents.values() if e.evidence_of_kind and not a_thing(e, texts)]
    return sorted(kept, key=lambda e: (article.paragraphs.index(texts[e.mentions[0].pid]), e.mentions[0].start))


def _holders_offices(ents: dict[str, Ent], held: list[Ent]) -> None:
    """"investigated by the New York State Attorney General" ... "the New York State Attorney General’s office":
    a body known by its holder's title is one actor with its office."""
    for office in held:
        for key in [k for k, e in ents.items() if e is not office and e.type != "person" and
                    re.match(re.escape(e.name) + r"[’']s\s", office.name)]:
            title = ents.pop(key)
            office.mentions = sorted(office.mentions + title.mentions, key=lambda y: (int(y.pid[1:]), y.start))
            office.forms += [f for f in (title.name, *title.forms) if f not in office.forms]


def _described(ents: dict[str, Ent], article: Article, spans: list[Mention], lexical: list[Mention]) -> None:
    """Organisations known by their description ("the CEO of DH"), with every later mention of the name."""
    known = [e for e in ents.values() if e.evidence_of_kind]
    people = {e.name for e in known if e.type == "person"} | {f for e in known for f in e.forms}
    for m, kind in described_orgs(article):
        if m.text in people or any(x.pid == m.pid and x.start < m.end and m.start < x.end for x in lexical):
            continue
        longer = next((s for s in spans if s.pid == m.pid and s.start == m.start and s.end > m.end), None)
        if longer:  # "director of the Center for Energy Policy": the described name runs on past "for"
            if longer.canonical in ents:
                continue
            m, kind = Mention(m.pid, longer.start, longer.end, longer.canonical, "described", longer.canonical), \
                org_type(longer.canonical) or kind
        for key in [k for k, e in ents.items() if k != m.text and e.mentions and
                    all(x.pid == m.pid and m.start <= x.start and x.end <= m.end for x in e.mentions)]:
            del ents[key]  # "Fight" was only the start of "Fight for $15"
        ent = ents.setdefault(m.text, Ent(m.text, kind))
        if not ent.evidence_of_kind:  # "Pixel Forge" looked like a name until "analysts at" said otherwise
            ent.type, ent.evidence_of_kind = kind, True
        for x in (m, *(s for s in spans if s.canonical == m.text)):
            if not any(y.pid == x.pid and y.start == x.start for y in ent.mentions):
                ent.mentions.append(x)
        ent.mentions.sort(key=lambda y: (int(y.pid[1:]), y.start))


def _add_lexical(ents: dict[str, Ent], m: Mention, text: str) -> None:
    if m.kind == "ministry":
        name = re.sub(r"(?i)^the\s+", "", m.text)
        ent = ents.setdefault(name.lower(), Ent(name, "government", evidence_of_kind=True))
        dem = name.split()[0]
        ent.country = ent.country or DEMONYMS.get(dem) or \
            (dem.rstrip("’s'") if dem[0].isupper() and not _LOCAL.fullmatch(name) else None)
    elif m.kind == "country":
        ent = ents.setdefault(m.canonical, Ent(m.text if m.text == m.canonical else m.canonical, "government"))
        ent.country = m.canonical
        ent.evidence_of_kind |= (is_agent(text, m.end) and not text[m.end:m.end + 1] in "-’'" and
                                 not WHERE.search(text, max(0, m.start - 25), m.start)) or \
            bool(_ORGAN.match(text, m.end)) or \
            _GOVERNS.search(m.text) is not None  # "Ukraine's military said", "the Chilean government"; not "fans in Peru"
    else:
        ent = ents.setdefault(m.canonical, Ent(m.text, _KIND_TYPE[m.kind], evidence_of_kind=True))
        ent.state_media |= m.kind == "state_media"
        if m.kind == "state_media" and not ent.role:
            ent.role = "state media"
    ent.mentions.append(m)
    if m.text not in ent.forms:
        ent.forms.append(m.text)


_GOVERNS = re.compile(r"(?i)government|authorities|administration")
_ORGAN = re.compile(r"[’']s\s+(?:(?:foreign|defen[cs]e|interior|health|finance|top)\s+)?(?:military|army|armed forces|"
                    r"forces|government|ministry|president|prime minister|police|navy|air force|parliament|"
                    r"embassy|officials|leader|cabinet|central bank|national guard|foreign minister)\b")
# "Hong Kong police", "U.S. officials": the state by its organs; "U.S. stocks", "U.S. Federal Reserve" only qualify
_STATE_ORGAN = re.compile(r" (?:police|government|authorities|officials|military|army|forces|troops|courts?|"
                          r"diplomats|lawmakers|leaders?|regulators|prosecutors|intelligence|navy)\b")
# "then-Denver Broncos quarterback Tim Tebow", "Austin Energy spokesman": a name before a role is an employer
_EMPLOYS = re.compile(r" (?:" + "|".join(sorted(ROLE_WORDS)) + r")\b")
# "in Beverly Hills, Calif.", "Palm Beach, Fla.": a town and its state, however much it reads like a name
_TOWN = re.compile(r",\s+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
                   r"Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.|,\s+(?:"
                   + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\b(?![’'\-])")
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_PARTICLES = {"De", "Di", "Da", "Del", "Della", "Van", "Von", "Le", "La", "Du", "Dos", "Das", "Bin", "Al", "El"}
_PERSONAL_TITLES = {t for t in TITLES if t not in ("Chief", "Executive", "Leader", "Director", "Officer")}


def _name_like(m: Mention) -> bool:
    toks = m.canonical.split()
    if org_type(m.canonical) or toks[0] in NOT_GIVEN_NAMES or toks[0] in ORG_HEADS or toks[0] in DEMONYMS:
        return False
    if any(len(t.rstrip(".")) > 1 and t.isupper() and t not in ("II", "III", "IV") and not _INITIALS.fullmatch(t)
           for t in toks):
        return False  # "NIU", "EU Commission"; but "P.J. Fleck" is a person
    return len(toks) >= 2 or any(t in _PERSONAL_TITLES for t in m.titles)


def _people(spans: list[Mention], texts: dict) -> list[Ent]:
    """People: full names (or a titled surname), merged on surname; a lone first name never merges."""
    people: list[Ent] = []
    for m in (m for m in spans if _name_like(m) and not work_title(texts[m.pid].text, m.start)):
        toks = m.canonical.split()
        bare = [t for t in toks if t not in ("Jr", "Jr.", "Sr", "Sr.")]
        if not bare:
            continue  # "Jr." cut off from its name (a Title-Cased caption): no one to name
        sur = bare[-1]
        match = next((e for e in people if (e.surname or e.name) == sur and
                      (len(toks) == 1 or len(e.name.split()) == 1 or _first_ok(e.name.split()[0], toks[0]) or
                       (toks[0] in _PARTICLES and e.name.endswith(" " + m.canonical))) and
                      all(_middles_ok(f.split(), bare) for f in [e.name, *e.forms])), None)
        if match is None:
            match = Ent(m.canonical, "person")
            people.append(match)
        elif len(m.canonical) > len(match.name):
            match.forms.append(match.name)
            match.name = m.canonical
        match.mentions.append(m)
        if m.canonical not in match.forms and m.canonical != match.name:
            match.forms.append(m.canonical)
        if len(toks) == 1 and (titled := _titled_form(m, texts[m.pid].text)) and titled not in match.forms:
            match.forms.append(titled)  # "Vice President Biden": how the story names him when it gives no first name
    people += kin(people, texts)
    family = {e.surname for e in people if e.surname}
    people = [e for e in people if not _namesake(e, family, texts)]
    surnames: dict[str, list[Ent]] = {}
    for e in people:
        surnames.setdefault(e.surname or e.name, []).append(e)
    alone = {m.canonical for m in spans if len(m.canonical.split()) == 1}
    for e in people:  # "Xi Jinping" ... "Xi": a family name written first, when the last never stands alone
        toks = e.name.split()
        if len(toks) == 2 and toks[0] in alone and toks[1] not in alone and toks[0] not in surnames and \
                sum(p.name.split()[0] == toks[0] for p in people) == 1:
            surnames.setdefault(toks[0], []).append(e)
    for m in spans:
        owners = surnames.get(m.canonical, [])
        if len(m.canonical.split()) == 1 and len(owners) == 1 and m not in owners[0].mentions and \
                not work_title(texts[m.pid].text, m.start):
            owners[0].mentions.append(m)
            if m.canonical not in owners[0].forms and m.canonical != owners[0].name:
                owners[0].forms.append(m.canonical)
    people = [e for e in people if not all(signature(texts[m.pid].text, m.start, m.end) for m in e.mentions)]
    people = [e for e in people if not (len(e.pids) == 1 and len(e.mentions) == 1 and _ERA.search(
        texts[e.mentions[0].pid].text, max(0, e.mentions[0].start - 40), e.mentions[0].start))]
    # "her performance as a desperate, aging Ada Lind": a part played, not a person in the story
    people = [e for e in people if not all(_PLAYED.search(texts[m.pid].text, max(0, m.start - 60), m.start)
                                           for m in e.mentions)]
    for e in people:
        _person_evidence(e, texts)
        if not e.role and not any(m.titles for m in e.mentions) and mostly_where(e.mentions, texts):
            e.evidence_of_kind = False  # a place or a category the story puts things in
        e.mentions.sort(key=lambda m: (int(m.pid[1:]), m.start))
    return people


def _titled_form(m: Mention, text: str) -> str | None:
    title = " ".join(t for t in m.titles if t in _PERSONAL_TITLES and t not in ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms."))
    start = m.start - len(title) - 1
    return text[start:m.end] if title and start >= 0 and text[start:m.end] == f"{title} {m.canonical}" else None


def _namesake(e: Ent, family: set[str], texts: dict) -> bool:
    """"Trump Tower", "Trump Chicago": a thing named after someone, whose surname comes first
    where a given name would be. A given name ("Jackson Lee"), a title or an age keeps it a person."""
    toks = e.name.split()
    return len(toks) == 2 and toks[0] in family and toks[0] != e.surname and not is_given_name(toks[0]) and \
        not any(m.titles or _AGE.match(texts[m.pid].text, m.end) for m in e.mentions)


# "ambassador under President Ann Lee", "since Richard Nixon", "the late Leonard Miller": once, as a time or a memory
_ERA = re.compile(r"\b(?:(?:[Uu]nder(?!\s+[Ss]ecretary)|[Ss]ince|[Ss]ucceed(?:s|ed|ing)?|[Pp]redecessor,?|era of|days of)\s+(?:(?:former|then-?|"
                  r"the late)\s+)?|the late\s+)(?:[A-Z][\w.]*\s+){0,2}$")
_PLAYED = re.compile(r"\b(?:play(?:s|ed|ing)|portray(?:s|ed|ing)|(?:performance|role|turn|cast|starring) as)\s+(?!by\s)"
                     r"(?:an?\s+|the\s+)?(?:[\w\-]+,?\s+){0,3}$")
_PERFORMER = re.compile(r"\b(?:played|portrayed|voiced)\s+by\s+$")
_AGE = re.compile(r",\s+\d{1,3},|\s+\((?:freshman|sophomore|junior|senior|fr\.|so\.|jr\.|sr\.|\d{1,2})\)")
_AFFILIATED = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w’'\-]*\s+){0,4}(?:"
                         + "|".join(sorted((h for h in ORG_HEADS if h[0].isalpha()), key=len, reverse=True)) + r"))\b")


def _person_evidence(e: Ent, texts: dict) -> None:
    """A title, a role or an age makes a person; speech, a reused surname or an agent's verb
    does so only where the text also says "he" or "she" (companies speak too)."""
    weak = any(len(m.canonical.split()) == 1 for m in e.mentions)
    speaks = False
    for m in e.mentions:
        text = texts[m.pid].text
        titles = [t for t in m.titles if t not in DEMONYMS and not t.endswith("-based")]  # where, not who
        if len(titles) < len(m.titles) and not e.country:
            e.country = DEMONYMS[next(t for t in m.titles if t in DEMONYMS)]
        before = None if titles else role_before(text, m.start)
        role = " ".join(titles) if titles else (before or role_after(text, m.end))
        if role and titles and (was := WAS.search(text, max(0, m.start - 80), m.start)) and \
                was.group("title") == role and (not was.group("also") or was.group("also") in ROLE_WORDS):
            role = was.group("role")  # "founder and former CEO Adam Neumann" is no longer CEO
        if role:
            at = text.rfind(role, 0, m.start)
            opens = at == 0 or text[:max(0, at)].rstrip().endswith((".", "!", "?", "“", "\""))
            split_role(e, role, opens and not mid_sentence(role.split()[0], texts), whole=not titles and not before)
            e.evidence_of_kind = True
        if _AGE.match(text, m.end) or _PERFORMER.search(text, max(0, m.start - 20), m.start) or \
                (len(m.canonical.split()) > 1 and is_given_name(m.canonical.split()[-2]) and cited(text, m.start, m.end)):
            e.evidence_of_kind = True  # "Ann Lee, 34,"; "played by Ann Lee"; "according to Ann Lee, a lawyer"
        if len(m.canonical.split()) > 1 and (org := _AFFILIATED.match(text, m.end)):
            e.affiliation = e.affiliation or org.group(1)  # "Patrick Liu of Victoria Hospital"
            e.evidence_of_kind = True
        speaks = speaks or _speaks(text, m.start, m.end)
        weak = weak or speaks or is_agent(text, m.end)
    if weak and not e.evidence_of_kind and _surnamerecurs(e):
        e.evidence_of_kind = True  # "Mike Glass threw ... Glass was 20-of-24": a named person, then his surname
    if weak and not e.evidence_of_kind:
        order = list(texts)
        pids = {q for m in e.mentions for q in order[order.index(m.pid):order.index(m.pid) + 2]}
        e.evidence_of_kind = any(_PERSONAL.search(texts[q].text) for q in pids)
        if not e.evidence_of_kind and speaks:  # a name that speaks but is never "he" or "she": an organisation
            e.type, e.evidence_of_kind = "other", True


def _surnamerecurs(e: Ent) -> bool:
    """Given name and surname in full, then the bare surname in another sentence: how papers name people."""
    toks = e.name.split()
    if len(toks) != 2 or not all(t[:1].isupper() and t[1:].islower() for t in toks if not _INITIALS.fullmatch(t)):
        return False
    full = [m for m in e.mentions if len(m.canonical.split()) > 1]
    at = min((int(m.pid[1:]), m.start) for m in full) if full else None
    return at is not None and any(m.canonical == e.surname and (int(m.pid[1:]), m.start) > at for m in e.mentions)


def _middles_ok(a: list[str], b: list[str]) -> bool:
    """"George H.W. Bush" and "George W. Bush" are two people: middle initials, when both give them, must agree."""
    def initials(toks: list[str]) -> str:
        toks = [t for t in toks if t not in ("Jr", "Jr.", "Sr", "Sr.", "II", "III")]
        mid = [t.replace(".", "") for t in toks[1:-1]]
        return "".join(mid) if all(t.isupper() and len(t) <= 3 for t in mid) else ""
    mid_a, mid_b = initials(a), initials(b)
    return not (mid_a and mid_b) or mid_a == mid_b


def _first_ok(a: str, b: str) -> bool:
    a, b = a.rstrip(".").lower(), b.rstrip(".").lower()
    return a.startswith(b) or b.startswith(a)


def _head_aliases(ents: list[Ent], article: Article) -> None:
    """Tie "the Russian leader" to the one person the article calls Russian president, or else
    to the nearest person named before the phrase in its paragraph."""
    people = [e for e in ents if e.type == "person" and e.evidence_of_kind]
    for p in article.paragraphs:
        low = p.text.lower()
        if not any(h in low for h in HEAD_TITLES):
            continue
        for m in _HEAD_PHRASE.finditer(p.text):
            dem = m.group(1).capitalize()
            country = DEMONYMS.get(dem)
            holders = [e for e in people if e.country == country and e.role and
                       any(h in e.role.lower() for h in HEAD_TITLES)]
            if len(holders) != 1:
                before = [(mm.start, e) for e in people for mm in e.mentions
                          if mm.pid == p.id and mm.end <= m.start() and e.country in (None, country)]
                holders = [max(before, key=lambda t: t[0])[1]] if before else []
            if len(holders) == 1:
                e = holders[0]
                e.country = e.country or country
                e.mentions.append(Mention(p.id, m.start(), m.end(), m.group(), "title", e.name))
                if m.group() not in e.forms:
                    e.forms.append(m.group())
    for e in people:
        e.mentions.sort(key=lambda m: (int(m.pid[1:]), m.start))
