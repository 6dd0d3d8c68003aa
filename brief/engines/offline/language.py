"""Whether an article is English, the only language the offline engine's rules read.

Stopword shares, not a language model: English running text is a third stopwords; a
scoreboard or a list of names is mostly numbers and capitals, and is still not foreign, so
only a page whose words are another script, or another language's stopwords, is called so.
"""

from __future__ import annotations

import re
from collections import Counter

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
_NON_LATIN = re.compile(r"[^\W\d_\u0000-\u024f]+")  # letters past Latin Extended-B


def foreign_language(article: Article, sample: int = 20000) -> str | None:
    """The article's language when it is clearly not English (a name, or "a non-Latin script")."""
    text, size = [], 0
    for p in article.paragraphs:  # a sample, not the whole of a long article
        text.append(p.text)
        size += len(p.text)
        if size >= sample:
            break
    found = _WORD.findall(" ".join(text)[:sample])
    letters = sum(map(len, found))
    if letters and sum(map(len, _NON_LATIN.findall(" ".join(found)))) > 0.3 * letters:
        return "a non-Latin script"
    words = [w.lower() for w in found]
    if len(words) < 20:
        return None
    counts = Counter(words)
    share = {lang: sum(counts[w] for w in stop) / len(words) for lang, stop in _SETS.items()}
    best = max(share, key=share.__getitem__)
    return best if best != "English" and share[best] > 0.1 and share[best] > 2 * share["English"] else None
