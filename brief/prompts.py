"""Prompt templates (Jinja2): loading, rendering, versions, and injection flags.

The templates ship as the package data ``brief.prompts`` (the repo's top-level
``prompts/`` folder); a user folder can override any of them by file name. Each template
declares ``{# version: N #}`` on its first line so provenance says which prompt wrote a
briefing. The article is fenced as data; ``find_injections`` flags text inside it that
reads like instructions to the model, which is never obeyed but is worth a warning.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any

from .article import Article
from .errors import ConfigError

TEMPLATES = ("system.j2", "briefing.j2", "reask.j2")
_VERSION = re.compile(r"\{#\s*version:\s*([\w.\-]+)\s*#\}")

_INJECTION_PATTERNS = [
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:previous|prior|above|earlier|all|your)\b.{0,20}"
    r"\b(?:instructions?|prompts?|rules|directions)\b",
    r"\byou are now\b",
    r"\b(?:new|updated|real) (?:instructions|task|system prompt)\s*:",
    r"\bsystem prompt\b",
    r"^\s*(?:system|assistant|user)\s*:",
    r"</?\s*(?:article|system|instructions?)\s*>",
    r"\b(?:as an? (?:ai|language model)|dear (?:ai|assistant|model|chatgpt|llm))\b",
    r"\b(?:respond|reply|answer|output)\s+(?:only\s+)?with\b.{0,40}\b(?:json|headline|the following|text)\b",
]
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _INJECTION_PATTERNS), re.IGNORECASE | re.MULTILINE)
# Every pattern needs one of these (case-folded): a paragraph with none cannot match, and testing
# for them is five times faster than running the patterns over ordinary news text.
_INJECTION_WORDS = ("ignore", "disregard", "forget", "override", "you are now", "instruction", "task", "system",
                    "assistant", "user", "<", "as an ai", "as a ai", "language model", "dear ", "respond", "reply",
                    "answer", "output")


def default_dir() -> Path:
    """Where the shipped templates are: inside the installed package, or the repo's prompts/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "prompts"):
        if (candidate / "system.j2").is_file():
            return candidate
    raise ConfigError("brief's prompt templates are missing", hint="reinstall brief")


def _oneline(text: Any) -> str:
    return " ".join(str(text).split())


def _fence_safe(text: Any) -> str:
    """One line per paragraph, and no way to close the fence from inside the article."""
    return re.sub(r"<\s*/?\s*article\b[^>]*>", "[article tag removed]", _oneline(text), flags=re.IGNORECASE)


class Prompts:
    """The three templates, from ``prompts_dir`` where it has them, else the shipped ones."""

    def __init__(self, prompts_dir: Path | str | None = None) -> None:
        import jinja2

        dirs = [default_dir()]
        if prompts_dir is not None:
            user = Path(prompts_dir).expanduser()
            if not user.is_dir():
                raise ConfigError(f"prompt folder not found: {user}")
            dirs.insert(0, user)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
            undefined=jinja2.StrictUndefined, keep_trailing_newline=False, autoescape=False,
            trim_blocks=True,
        )
        self.env.filters.update(oneline=_oneline, fence_safe=_fence_safe)

    def render(self, name: str, **values: Any) -> str:
        """Render any template of the folder (map-reduce adds its own); errors are ConfigErrors."""
        return self._render(name, **values)

    def _render(self, name: str, **values: Any) -> str:
        import jinja2

        try:
            return self.env.get_template(name).render(**values).strip() + "\n"
        except jinja2.TemplateError as exc:
            raise ConfigError(f"prompt template {name} cannot be rendered: {exc}") from None

    def version_of(self, name: str) -> str:
        source, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
        found = _VERSION.search(source)
        return found.group(1) if found else "unversioned"

    @cached_property
    def version(self) -> str:
        """e.g. ``system@1,briefing@1,reask@1``: recorded in provenance."""
        return ",".join(f"{n.removesuffix('.j2')}@{self.version_of(n)}" for n in TEMPLATES)

    @cached_property
    def sha(self) -> str:
        """Hash of the templates' text: edited custom templates must not reuse cached answers."""
        import hashlib

        sources = (self.env.loader.get_source(self.env, n)[0] for n in TEMPLATES)  # type: ignore[union-attr]
        return hashlib.sha256("\0".join(sources).encode()).hexdigest()[:12]

    def system(self) -> str:
        return self._render("system.j2")

    def briefing(self, article: Article) -> str:
        return self._render("briefing.j2", source=article.source, paragraphs=article.paragraphs,
                            article_id=article.id)

    def reask(self, errors: list[str], omitted: int = 0) -> str:
        return self._render("reask.j2", errors=errors, omitted=omitted)

    def messages(self, article: Article) -> list[dict[str, str]]:
        """System and user messages for one article."""
        return [{"role": "system", "content": self.system()},
                {"role": "user", "content": self.briefing(article)}]


def gate_text(text: str) -> str:
    """The text as the word gate reads it: case-folded, with "ı" and "İ" as the "i" IGNORECASE takes them for."""
    return text.casefold().replace("ı", "i").replace("i̇", "i")


def find_injections(article: Article) -> list[str]:
    """Warnings for paragraphs that contain text aimed at the model rather than the reader."""
    warnings = []
    for p in article.paragraphs:
        folded = gate_text(p.text)
        if not any(word in folded for word in _INJECTION_WORDS):
            continue
        hits = [m.group(0).strip() for m in _INJECTION.finditer(p.text)]
        if hits:
            quoted = "; ".join(f"\"{_oneline(h)[:60]}\"" for h in dict.fromkeys(hits))
            warnings.append(f"{p.id}: text that reads like instructions to the model (not followed): {quoted}")
    return warnings
