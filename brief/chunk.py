"""Cut an article into pieces that each fit a token budget, keeping paragraph ids.

Cuts fall on paragraph boundaries where possible, then between sentences, and only as
a last resort inside a sentence. Every piece is rendered ``[pN] text`` and keeps the id
of the paragraph it came from, so a claim drawn from any chunk still points at the
paragraph the validator checks it against. Sizes are measured on the rendered text with
the model's own tokenizer and re-counted after every cut: counts are not additive, so
nothing is trusted that was not counted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .article import Article, Paragraph
from .errors import ConfigError
from .tokens import Encoder

# A sentence ends at . ! ? … (then space) or at CJK full stops (no space follows them).
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][\"'”’)\]])\s+|(?<=[。！？])")
_JOINERS = {"\u200d", "\ufe0f", "\ufe0e"}
#: Below this many tokens a piece cannot carry its "[pN] " tag and any text.
MIN_BUDGET = 16


def render_line(pid: str, text: str) -> str:
    """How a paragraph (or part of one) appears in a prompt."""
    return f"[{pid}] {text}"


@dataclass
class Chunk:
    """Consecutive paragraphs (or parts of one) that go to the model together."""

    index: int
    paragraphs: list[Paragraph] = field(default_factory=list)
    tokens: int = 0

    @property
    def text(self) -> str:
        return "\n".join(render_line(p.id, p.text) for p in self.paragraphs)

    @property
    def ids(self) -> list[str]:
        return [p.id for p in self.paragraphs]

    def article(self, parent: Article) -> Article:
        """A sub-article of just this chunk, with the parent's metadata and original ids."""
        return Article(source=parent.source.model_copy(), paragraphs=list(self.paragraphs),
                       cleaner_version=parent.cleaner_version)


class Chunker:
    """Packs paragraphs into chunks of at most ``budget`` tokens of rendered text."""

    def __init__(self, encoder: Encoder, budget: int) -> None:
        if budget < MIN_BUDGET:
            raise ConfigError(f"chunk budget of {budget} tokens is too small",
                              hint="raise --context-window or use a model with a larger window")
        self.enc = encoder
        self.budget = budget

    def count(self, text: str) -> int:
        return len(self.enc.encode(text, disallowed_special=()))

    def chunks(self, paragraphs: list[Paragraph]) -> list[Chunk]:
        pieces = [piece for p in paragraphs for piece in self._fit(p)]
        out: list[Chunk] = []
        start, estimate = 0, 0
        for i, piece in enumerate(pieces):
            cost = self.count(render_line(piece.id, piece.text)) + (1 if i > start else 0)
            if i > start and estimate + cost > self.budget:
                start = self._close(out, pieces, start, i)
                estimate = sum(self.count(render_line(p.id, p.text)) + 1 for p in pieces[start:i])
                cost = self.count(render_line(piece.id, piece.text)) + (1 if i > start else 0)
            estimate += cost
        while start < len(pieces):
            start = self._close(out, pieces, start, len(pieces))
        return out

    def _close(self, out: list[Chunk], pieces: list[Paragraph], start: int, end: int) -> int:
        """Emit pieces[start:end], or the longest head of it the exact count allows; return the next start."""
        while end - start > 1 and self._size(pieces[start:end]) > self.budget:
            end -= 1
        out.append(Chunk(index=len(out), paragraphs=pieces[start:end], tokens=self._size(pieces[start:end])))
        return end

    def _size(self, pieces: list[Paragraph]) -> int:
        return self.count("\n".join(render_line(p.id, p.text) for p in pieces))

    def _fit(self, para: Paragraph) -> list[Paragraph]:
        """The paragraph whole if it fits, else parts that each fit, all with its id."""
        if self.count(render_line(para.id, para.text)) <= self.budget:
            return [para]
        parts: list[str] = []
        current = ""
        for sentence in sentence_spans(para.text):  # spans keep their own spacing: text stays verbatim
            trial = current + sentence
            if self.count(render_line(para.id, trial.strip())) <= self.budget:
                current = trial
                continue
            if current.strip():
                parts.append(current.strip())
            if self.count(render_line(para.id, sentence.strip())) <= self.budget:
                current = sentence
            else:  # one sentence larger than a whole chunk: cut inside it
                *whole, current = self._cut(para.id, sentence.strip())
                parts.extend(whole)
        if current.strip():
            parts.append(current.strip())
        return [Paragraph(id=para.id, text=t) for t in parts]

    def _cut(self, pid: str, text: str) -> list[str]:
        """Cut text with no usable sentence break into parts that fit, never mid-character."""
        parts = []
        while text:
            if self.count(render_line(pid, text)) <= self.budget:
                parts.append(text)
                break
            fits = self._longest_fitting_prefix(pid, text)
            end = _soft_boundary(text, fits)
            if not text[:end].strip() or self.count(render_line(pid, text[:end].rstrip())) > self.budget:
                end = fits  # the gentler cut re-tokenised larger: keep the measured one
            head, text = text[:end].rstrip(), text[end:].lstrip()
            parts.append(head)
        return parts

    def _longest_fitting_prefix(self, pid: str, text: str) -> int:
        lo, hi = 1, len(text)  # invariant: prefix of length lo fits or lo == 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.count(render_line(pid, text[:mid])) <= self.budget:
                lo = mid
            else:
                hi = mid - 1
        return lo


def _soft_boundary(text: str, end: int) -> int:
    """Move a cut back to a space when one is near, and off joiners and combining marks."""
    space = text.rfind(" ", 0, end)
    if space > end // 2:
        return space + 1
    while end > 1 and (unicodedata.category(text[end])[0] == "M" or text[end] in _JOINERS
                       or text[end - 1] in _JOINERS):
        end -= 1
    return end


def sentence_spans(text: str) -> list[str]:
    """Sentences with the spacing that follows each: joined, they give back ``text`` exactly."""
    spans, last = [], 0
    for end in _SENTENCE_END.finditer(text):
        if end.end() > last:
            spans.append(text[last:end.end()])
            last = end.end()
    spans.append(text[last:])
    return [s for s in spans if s]


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in sentence_spans(text) if s.strip()]


def chunk_article(article: Article, budget: int, encoder: Encoder) -> list[Chunk]:
    """Chunks of ``article`` whose rendered text is at most ``budget`` tokens each."""
    return Chunker(encoder, budget).chunks(article.paragraphs)
