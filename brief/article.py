"""The cleaned article: what every later step reads and every claim points back to."""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, ConfigDict, Field


class Paragraph(BaseModel):
    """One body paragraph, numbered ``p1``, ``p2``… in reading order."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str


class Source(BaseModel):
    """Metadata about the article; never part of the body."""

    title: str | None = None
    dek: str | None = None
    publisher: str | None = None
    url: str | None = None
    byline: str | None = None
    published: str | None = Field(None, description="As written in the article.")
    published_iso: str | None = Field(None, description="ISO date, only when certain.")
    language: str | None = None
    section: str | None = Field(None, description="The publisher's section for the piece (\"Opinion\"), when the page names it.")
    word_count: int = 0
    path: str | None = Field(None, description="Where the input came from, if a file.")


class Removed(BaseModel):
    """A line the cleaner dropped, and why."""

    line: str
    reason: str


class Article(BaseModel):
    """A cleaned article: metadata, numbered paragraphs, and the cleaner's removal log."""

    source: Source = Field(default_factory=Source)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)
    cleaner_version: str = "0"

    @classmethod
    def from_paragraphs(cls, texts: list[str], **kw) -> "Article":
        paras = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts, 1)]
        art = cls(paragraphs=paras, **kw)
        art.source.word_count = sum(len(p.text.split()) for p in paras)
        return art

    @property
    def body(self) -> str:
        """The body as plain text, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        """Stable id of the cleaned body: the same text always gets the same id."""
        return self.sha256[:16]

    def paragraph(self, pid: str) -> Paragraph | None:
        return self.by_id.get(pid)

    @property
    def by_id(self) -> dict[str, Paragraph]:
        return {p.id: p for p in self.paragraphs}
