"""Whether an article is English, the only language the offline engine's rules read.

Stopword shares, not a language model: English running text is a third stopwords; a
scoreboard or a list of names is mostly numbers and capitals, and is still not foreign, so
only a page whose words are another script, or another language's stopwords, is called so.
"""

from __future__ import annotations

import re

from ...article import Article

_STOP = {
    "English": "the of and to in a is that for on was with as by at from his her it said has have be are were "
               "not but an this which who will would",
    "German": "der die das und ist nicht mit von zu den dem des ein eine auch sich auf für im sie er es wird",
    "French": "le la les et est des une dans pour que qui pas sur au du ce il elle sont avec par ont été",
    "Spanish": "el la los las y es en por para una que del se con su al lo como más pero sus ha fue",
    "Italian": "il la di che e è per una sono del della con non si gli le da ha nel anche più",
    "Portuguese": "o a os as e é de do da em um uma que para com não se por mais foi são",
    "Dutch": "de het een en van is dat op te in zijn voor met niet aan er ook wordt",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _STOP.items()}
_WORD = re.compile(r"[^\W\d_]+")


def foreign_language(article: Article, sample: int = 20000) -> str | None:
    """The article's language when it is clearly not English (a name, or "a non-Latin script")."""
    text = " ".join(p.text for p in article.paragraphs)[:sample]
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c > "\u024f" for c in letters) > 0.3 * len(letters):
        return "a non-Latin script"
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < 20:
        return None
    share = {lang: sum(w in stop for w in words) / len(words) for lang, stop in _SETS.items()}
    best = max(share, key=share.__getitem__)
    return best if best != "English" and share[best] > 0.1 and share[best] > 2 * share["English"] else None
