"""A byline reduced to the names it gives.

Pages fill the author field with whatever sits near the name: share buttons ("Ann Lee
Twitter Email"), a job title ("Senior Washington Correspondent"), an archive link, a
date, or a sign-in widget read as the author ("Sign In"). A reader wants who wrote the
piece, so each name keeps its leading run of name-shaped words and the rest goes; a
byline with no name left is no byline.
"""

from __future__ import annotations

import re

# Share, account and archive words: page chrome, never part of a name.
_UI = frozenset("""sign signin log login logout logged account subscribe register menu search home share
shares print email e-mail twitter facebook linkedin instagram tiktok youtube whatsapp reddit pinterest
threads bluesky mastodon follow following followers unfollow unblock blocked rss feed view more stories
articles posts bio profile author authors archive get comment comments close contact you you're your
my read click here updated published posted by""".split())
# Job titles and what opens one ("Senior", "Chief"): the name ends where the job begins.
# Plurals stay: "Editorial Writers", "CNN Staff" name a desk, which is the byline.
_JOB = frozenset("""correspondent reporter editor writer columnist contributor producer senior chief
contributing associate deputy assistant managing executive special bureau analyst anchor host
photographer journalist intern fellow critic director""".split())
# A beat or place between a name and its job ("Ann Lee Washington Correspondent", "Staff Writer").
_BEAT = frozenset("""staff washington white house foreign political politics national business tech technology
science health sports economics economy world legal investigative climate culture defense
entertainment""".split())
_MONTH_ONLY = frozenset("""january february march september october november december jan feb mar apr jun jul
aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())
_MONTH_NAME = frozenset("april may june july august".split())  # also first names ("April Glaser")
_PARTICLE = frozenset("de la del della van von der den da di du le bin al el ibn y dos das ter st".split())
_SEP = re.compile(r"\s*(;|,|/|\||&|\band\b)\s*")
_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")
MAX_NAME = 6  # words; a longer run is a sentence, not a name


def clean_byline(text: str | None) -> str | None:
    """The names in a byline, joined as they were; None when no name is left."""
    if not text:
        return None
    kept: list[tuple[str, str]] = []
    seen: set[str] = set()
    pieces = _SEP.split(re.sub(r"^\s*by\b:?", "", text.strip(), flags=re.I))
    for i in range(0, len(pieces), 2):
        name = _name(pieces[i].split())
        if name and name.lower() not in seen:
            seen.add(name.lower())
            sep = pieces[i - 1] if i else ""
            kept.append((_joiner(sep), name))
    if not kept:
        return None
    return kept[0][1] + "".join(sep + name for sep, name in kept[1:])


def _joiner(sep: str) -> str:
    return {",": ", ", "&": " & ", "and": " and "}.get(sep.lower(), "; ")


def _name(words: list[str]) -> str | None:
    """The leading run of name-shaped words, a job and any beat before it left off."""
    run: list[str] = []
    for i, w in enumerate(words):
        low = w.lower().strip(".")
        if not _WORD.match(w) or low in _UI or low in _MONTH_ONLY:
            break
        if low.split("-")[0] in _JOB:
            while len(run) > 1 and run[-1].lower() in _BEAT:
                run.pop()
            break
        if low in _MONTH_NAME and (i or i + 1 >= len(words) or not _WORD.match(words[i + 1])):
            break
        if w[0].islower() and low not in _PARTICLE:
            break
        run.append(w)
    while run and run[-1].lower() in _PARTICLE:
        run.pop()
    half = len(run) // 2
    if run and len(run) % 2 == 0 and run[:half] == run[half:]:
        run = run[:half]  # "Ann Lee Ann Lee is an editor": the name said twice
    if not run or len(run) > MAX_NAME:
        return None
    return " ".join(run)
