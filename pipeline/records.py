"""Typed records passed forward between stages: read → parse → extract → build.

Frozen dataclasses keep the hand-off between stages explicit: a stage receives the previous
stage's record and returns a new one, never mutating or reaching back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    """What the read stage produces: normalised text plus page-level metadata."""

    source: str
    text: str
    date_published: date | None = None
    headline: str | None = None
    url: str | None = None
    author: str | None = None
    page_jsonld: tuple[dict[str, object], ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its offsets into `Article.text` (end exclusive)."""

    text: str
    start: int
    end: int
    paragraph: int
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    article: Article
    headline: str | None
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact came from: the rule that fired and the span it matched."""

    rule: str
    sentence: str
    start: int
    end: int

    def as_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class CastFact:
    actor: str
    character: str | None
    role_kind: str | None
    season: int | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class NamedFact:
    """A person, organisation, place or work tied to a series by one rule."""

    name: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class CrewFact:
    person: str
    role: str  # creator | showrunner | executive producer | director
    evidence: Evidence


@dataclass(slots=True)
class SeasonFacts:
    number: int
    evidence: list[Evidence] = field(default_factory=list)
    status: str | None = None
    status_evidence: Evidence | None = None
    start_date: str | None = None
    date_evidence: Evidence | None = None
    locations: list[NamedFact] = field(default_factory=list)


@dataclass(slots=True)
class SeriesFacts:
    name: str
    evidence: Evidence
    networks: list[NamedFact] = field(default_factory=list)
    companies: list[NamedFact] = field(default_factory=list)
    based_on: list[NamedFact] = field(default_factory=list)
    crew: list[CrewFact] = field(default_factory=list)
    seasons: dict[int, SeasonFacts] = field(default_factory=dict)
    cast: list[CastFact] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    headline: str | None
    series: tuple[SeriesFacts, ...]
