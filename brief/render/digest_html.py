"""The daily digest as one self-contained HTML page: no external asset, fit for a phone,
a printer or a mail client.

Jinja2 autoescapes every value, so article text (titles, lines, names, reasons) can never
become markup or script; links are limited to http(s) sources and the relative briefing
files the run wrote next to the page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from .mdtext import safe_url
from .view import n

if TYPE_CHECKING:
    from ..digest import Digest

_CITATION = re.compile(r"\[([0-9a-f]{8,64})\]")

CSS = """
:root{--fg:#1b1b1b;--muted:#5f6368;--line:#e0e0e0;--accent:#0b57d0;--tag:#eef1fb}
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
max-width:48rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}
h1{font-size:1.6rem;line-height:1.2;margin:.2rem 0 .6rem}
h2{font-size:1.15rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;line-height:1.3;margin:0 0 .3rem}
a{color:var(--accent)}
.overview{font-size:1.05rem}
.item{padding:.8rem 0;border-bottom:1px solid var(--line);break-inside:avoid}
.top{border:2px solid var(--accent);border-radius:8px;padding:1rem;margin:1rem 0}
.top .item{border:0;padding:0}.top h2{border:0;margin:.2rem 0 .4rem;padding:0}.top>.meta{margin:0}
.ref{font-size:.75rem;color:var(--muted)}
.meta,.facts,.links,.foot,.why{color:var(--muted);font-size:.9rem}
.facts{margin:.3rem 0;padding-left:1.2rem}
.tag{display:inline-block;font-size:.75rem;background:var(--tag);border-radius:3px;padding:0 .35rem;margin:0 .25rem .15rem 0}
.n{font-weight:600;color:var(--fg)}
table{border-collapse:collapse;width:100%;font-size:.9rem}
td,th{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left}
ul.actors{columns:2 14rem;padding-left:1.2rem}
@media (max-width:30rem){body{padding:.6rem;font-size:15px}h1{font-size:1.3rem}.top{padding:.7rem}}
@media print{body{max-width:none;padding:0;font-size:11pt}a{color:inherit;text-decoration:none}
.links a::after{content:" (" attr(href) ")";font-size:.8em}.top{border-width:1px}h2{break-after:avoid}}
"""

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Daily briefing — {{ d.date }}</title>
<style>{{ css|safe }}</style></head><body>
<header><p class="meta">Daily briefing</p><h1>{{ d.date }}</h1>
<p class="overview">{{ cite(d.overview, cited) }}</p>
<p class="meta">{% if not d.items %}No items today{% elif d.overview_by == 'extractive' %}Overview: the leading items' own lines{% else %}Overview written by
{{ d.overview_by }}{% if s.model %} ({{ s.model }}){% endif %}; every sentence checked against the items it cites{% endif %}</p></header>
{{ body }}{% if d.warnings %}<section><h2>Warnings</h2><ul>{% for w in d.warnings %}<li>{{ w }}</li>{% endfor %}</ul></section>{% endif %}
{% if d.failures %}<section><h2>Failures</h2><ul>
{% for f in d.failures %}<li><code>{{ f.name }}</code> <span class="tag">{{ f.stage }}</span> {{ f.reason }}</li>{% endfor %}
</ul></section>{% endif %}
{% if d.duplicates %}<section><h2>Duplicates</h2><ul>
{% for x in d.duplicates %}<li><code>{{ x.name }}</code>: the same text as <a href="briefings/{{ x.briefing_id }}.{{ 'html' if d.pages else 'json' }}">{{ x.briefing_id }}</a></li>{% endfor %}
</ul></section>{% endif %}
<footer><p class="foot">{{ n(s.articles, 'article') }} · {{ n(s.inputs, 'input') }} · {{ s.failed }} failed ·
{{ s.cache_hits }} from cache · {{ n(s.model_calls, 'model call') }} · {{ n(s.prompt_tokens + s.completion_tokens, 'token') }} ·
${{ '%.4f'|format(s.cost_usd) }} · {{ '%.1f'|format(s.elapsed_s) }} s · engine {{ s.engine }}{% if s.model %} {{ s.model }}{% endif %} ·
generated {{ d.generated_at }}</p></footer>
</body></html>
"""

# The sections: all a page holds that the overview does not change, so a daily run renders
# them while the model writes the overview.
BODY = """{% macro item(i, level='h3') %}
<article class="item" id="item-{{ i.id }}" dir="auto">
<{{ level }}>{{ i.headline }}</{{ level }}>
<p>{% if i.label %}<span class="tag">{{ i.label }}</span>{% endif %}{{ i.line }}</p>
{% if i.why_it_matters %}<p class="why"><strong>Why it matters:</strong> {{ i.why_it_matters }}</p>{% endif %}
{% if i.key_facts %}<ul class="facts">{% for f in i.key_facts %}<li>{{ f.text }}{% if f.evidence %}
{% if d.pages %}<a href="briefings/{{ f.briefing_id }}.html#{{ f.evidence[0] }}" title="the article's paragraph, in the full briefing">[{{ f.evidence|join(', ') }}]</a>{% else %}<span class="ref">[{{ f.evidence|join(', ') }}]</span>{% endif %}{% endif %}</li>{% endfor %}</ul>{% endif %}
<p class="meta"><span class="n">{{ n(i.corroboration, 'outlet') }}</span>:
{% for s in i.sources %}{% set u = url(s.url) %}{% if u %}<a href="{{ u }}" rel="noopener noreferrer">{{ s.publisher or s.title or s.briefing_id }}</a>{% else %}{{ s.publisher or s.title or s.briefing_id }}{% endif %}{{ ', ' if not loop.last }}{% endfor %}
{% for k, v in i.caveats.items() %}<span class="tag">{{ k|replace('_', ' ') }} ×{{ v }}</span>{% endfor %}</p>
<p class="links">{% for s in i.sources %}{% if i.sources|length > 1 %}{{ s.publisher or s.title or s.briefing_id }}: {% endif %}<a href="briefings/{{ s.briefing_id }}.{{ ext }}">full briefing</a>{% if d.pages %} ·
<a href="briefings/{{ s.briefing_id }}.json">json</a>{% endif %}{{ ' · ' if not loop.last }}{% endfor %}</p>
</article>
{% endmacro %}
{% if d.top_story %}<section class="top"><p class="meta">Top story · {{ d.top_story.section }}</p>
{{ item(d.top_story, 'h2') }}</section>{% endif %}
{% for s in d.sections_after_top() %}<section><h2>{{ s.name }}</h2>
{% for i in s.items %}{{ item(i) }}{% endfor %}</section>{% endfor %}
{% if d.actors_of_the_day %}<section><h2>Actors of the day</h2><ul class="actors">
{% for a in d.actors_of_the_day %}<li><strong>{{ a.name }}</strong> <span class="tag">{{ a.type|replace('_', ' ') }}</span>
{{ a.items }} stor{{ 'ies' if a.items != 1 else 'y' }}</li>{% endfor %}</ul></section>{% endif %}
{% if caveats %}<section><h2>Sourcing caveats</h2><table><tr><th>type</th><th>count</th></tr>
{% for k, v in caveats %}<tr><td>{{ k|replace('_', ' ') }}</td><td>{{ v }}</td></tr>{% endfor %}</table></section>{% endif %}
"""


def cite(text: str, cited: set[str]) -> Markup:
    """Escape the overview, then turn its citations of ``cited`` item ids into links to the
    items (a bracketed number that only looks like an id stays text)."""
    return Markup(_CITATION.sub(lambda m: f'<a class="ref" href="#item-{m[1]}">[{m[1]}]</a>' if m[1] in cited else m[0],
                                str(escape(text))))


@lru_cache(maxsize=2)
def _template(source: str) -> Any:
    """Compiled once per process: compiling costs more than rendering a 200-item digest."""
    from jinja2 import Environment

    return Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True).from_string(source)


def digest_body_html(d: Digest) -> Markup:
    """The page's sections (top story, items, actors, caveat counts)."""
    caveats = sorted(((k, v) for k, v in d.caveat_counts.items() if v), key=lambda kv: -kv[1])
    return Markup(_template(BODY).render(d=d, caveats=caveats, url=safe_url, n=n, ext="html" if d.pages else "json"))


def digest_html(d: Digest, body: Markup | None = None) -> str:
    """The whole page; ``body`` is ``digest_body_html`` of this digest or of one that differs
    only in its overview, warnings and stats."""
    cited = set(d.overview_refs) & {i.id for i in d.items}
    return _template(PAGE).render(d=d, s=d.stats, css=CSS, cite=cite, cited=cited, n=n,
                                  body=digest_body_html(d) if body is None else body)
