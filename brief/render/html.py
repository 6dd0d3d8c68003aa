"""A briefing as one self-contained HTML page; every piece of article text is escaped.

Given the article, the page ends with its numbered paragraphs and every evidence id links to
the paragraph it names, so a reader checks a claim with one click."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .view import actor_label, attribution, direction, meta, n, one_line, stake_tags, when

if TYPE_CHECKING:
    from ..article import Article
    from ..schema import Briefing


CSS = """
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1b1b1b;
overflow-wrap:anywhere}
h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ddd}
.meta,.ev,.prov,.dek{color:#666;font-size:.85rem}.dek{font-size:1rem}.bl{font-size:1.05rem}.tag{font-size:.75rem;background:#eef;
border-radius:3px;padding:0 .3rem;margin-right:.3rem}ul{padding-left:1.2rem}li{margin:.3rem 0}
.warn{color:#8a4b00}.ev a{color:inherit}.para{margin:.4rem 0}.para:target{background:#fff6c8}
.pid{color:#666;font-size:.8rem;margin-right:.4rem}
@media print{body{max-width:none}a{color:inherit;text-decoration:none}}
"""

TEMPLATE = """<!doctype html>
<html lang="{{ lang }}" dir="{{ dir }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ one_line(b.headline) }}</title><style>{{ css|safe }}</style></head><body>
<h1>{{ one_line(b.headline) }}</h1>
{% if b.source.dek %}<p class="dek">{{ b.source.dek }}</p>{% endif %}
{% if meta %}<p class="meta">{{ meta }}</p>{% endif %}
<p class="bl"><strong>Bottom line:</strong> {{ b.bottom_line }}</p>
<p><strong>Why it matters:</strong> {{ b.why_it_matters }}</p>
{% macro ev(ids) %}{% if ids %} <span class="ev">[{% for i in ids %}{% if i in paras %}<a href="#{{ i }}">{{ i }}</a>{% else %}{{ i }}{% endif %}{{ ', ' if not loop.last }}{% endfor %}]</span>{% endif %}{% endmacro %}
{% if b.key_facts %}<h2>Key facts</h2><ul>{% for f in b.key_facts %}
<li><span class="tag">{{ f.status }}</span>{{ f.text }}{{ ev(f.evidence) }}</li>{% endfor %}</ul>{% endif %}
{% if b.key_actors %}<h2>Key actors</h2><ul>{% for a in b.key_actors %}
<li><strong>{{ a.name }}</strong> <span class="tag">{{ actor_label(a) }}</span>{{ ev(a.evidence) }}
{% if a.statements %}<ul>{% for s in a.statements %}<li>{{ attribution(s) }}:
{% if s.direct_quote %}“{{ s.text }}”{% else %}{{ s.text }}{% endif %}{{ ev(s.evidence) }}</li>{% endfor %}</ul>{% endif %}
</li>{% endfor %}</ul>{% endif %}
{% if b.stakes %}<h2>Stakes</h2><ul>{% for s in b.stakes %}
<li><strong>{{ s.who }}</strong>: {{ s.what }}{% if s.consequence %} — {{ s.consequence }}{% endif %}
{% for t in stake_tags(s) %}<span class="tag">{{ t }}</span>{% endfor %}{{ ev(s.evidence) }}</li>{% endfor %}</ul>{% endif %}
{% if b.sourcing_caveats %}<h2>Sourcing caveats</h2><ul>{% for c in b.sourcing_caveats %}
<li><span class="tag">{{ c.type|replace('_', ' ') }}</span>{{ c.detail }} — “{{ c.cue }}”{{ ev(c.evidence) }}</li>{% endfor %}</ul>{% endif %}
{% if b.timeline %}<h2>Timeline</h2><ul>{% for t in b.timeline %}
<li><strong>{{ when(t) }}</strong> — {{ t.event }}{{ ev(t.evidence) }}</li>{% endfor %}</ul>{% endif %}
{% if b.whats_next %}<h2>What's next</h2><ul>{% for n in b.whats_next %}
<li>{{ n.event }}{% if n.when %} ({{ n.when }}){% endif %}{{ ev(n.evidence) }}</li>{% endfor %}</ul>{% endif %}
{% if b.open_questions %}<h2>Open questions</h2><ul>{% for q in b.open_questions %}
<li>{{ q.question }}{{ ev(q.evidence) }}</li>{% endfor %}</ul>{% endif %}
{% if b.warnings %}<h2>Warnings</h2><ul class="warn">{% for w in b.warnings %}<li>{{ w }}</li>{% endfor %}</ul>{% endif %}
{% if paras %}<h2>The article</h2>{% for p in article.paragraphs %}
<p class="para" id="{{ p.id }}"><span class="pid">{{ p.id }}</span>{{ p.text }}</p>{% endfor %}{% endif %}
<p class="prov">Engine {{ b.provenance.engine }}{% if b.provenance.model %} · {{ b.provenance.model }}{% endif %}
· {{ n(b.provenance.attempts|length, 'attempt') }} · {{ n(tokens, 'token') }} · id {{ b.id }}</p>
</body></html>
"""


@lru_cache(maxsize=1)
def _template() -> Any:
    from jinja2 import Environment

    return Environment(autoescape=True).from_string(TEMPLATE)


def briefing_html(b: Briefing, article: Article | None = None) -> str:
    """The page; with ``article`` (the one briefed), its paragraphs close the page as link targets."""
    paras = {p.id for p in article.paragraphs} if article is not None else set()
    tokens = b.provenance.tokens.prompt + b.provenance.tokens.completion
    return _template().render(
        b=b, meta=" · ".join(meta(b)), css=CSS, lang=b.source.language or "en", dir=direction(b.source.language),
        article=article, paras=paras, tokens=tokens, n=n, one_line=one_line, actor_label=actor_label,
        attribution=attribution, stake_tags=stake_tags, when=when)
