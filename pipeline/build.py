"""Build stage: `Extraction` → pydantic `Document` (the JSON-LD graph) with stable `@id`s.

`@id`s are the base plus slugs of the series name and season number, so the same show gets the
same IRI in every article and a publisher's pages link into one graph.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

from .model import (
    CreativeWork,
    CreativeWorkSeason,
    Document,
    NewsArticle,
    Organization,
    PerformanceRole,
    Person,
    Place,
    Ref,
    Role,
    TVSeries,
)
from .records import CastFact, Extraction, SeasonFacts, SeriesFacts

DEFAULT_BASE_URL = "#"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_ROLE_KIND = {
    "series regular": "series regular",
    "recurring": "recurring",
    "guest star": "guest star",
}
T = TypeVar("T")


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """ "XO, Kitty" → "xo-kitty"; accents folded so ids stay ASCII and stable.

    Cached: a series' slug goes into its own id, the article's `about`, and each season's id,
    reference and `partOfSeries`, so one article asks for the same few slugs many times.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", folded.lower()).strip("-") or "untitled"


def series_id(base: str, name: str) -> str:
    return f"{base}tvseries/{slug(name)}"


def season_id(base: str, name: str, number: int) -> str:
    return f"{series_id(base, name)}/season/{number}"


def _some(items: Sequence[T]) -> list[T] | None:
    return list(items) or None


def _cast_node(fact: CastFact) -> PerformanceRole | Person:
    person = Person(name=fact.actor)
    if fact.character is None and fact.role_kind is None:
        return person
    return PerformanceRole(
        actor=person, character_name=fact.character, role_name=_ROLE_KIND.get(fact.role_kind or "")
    )


def _season_node(base: str, series: SeriesFacts, season: SeasonFacts) -> CreativeWorkSeason:
    cast = [_cast_node(c) for c in series.cast if c.season == season.number]
    return CreativeWorkSeason(
        id=season_id(base, series.name, season.number),
        season_number=season.number,
        part_of_series=Ref(id=series_id(base, series.name)),
        start_date=season.start_date,
        creative_work_status=season.status,
        location_created=_some([Place(name=p.name) for p in season.locations]),
        actor=_some(cast),
    )


def _producers(series: SeriesFacts) -> list[Role]:
    roles: dict[str, list[str]] = {}
    for crew in series.crew:
        if crew.role in ("showrunner", "executive producer"):
            roles.setdefault(crew.person, [])
            if crew.role not in roles[crew.person]:
                roles[crew.person].append(crew.role)
    out = []
    for person, names in roles.items():
        ordered = sorted(names, key=("showrunner", "executive producer").index)
        role_name = ordered[0] if len(ordered) == 1 else ordered
        out.append(Role(role_name=role_name, producer=Person(name=person)))
    return out


def _series_node(base: str, series: SeriesFacts) -> TVSeries:
    seasons = sorted(series.seasons)
    unseasoned = [_cast_node(c) for c in series.cast if c.season not in series.seasons]
    return TVSeries(
        id=series_id(base, series.name),
        name=series.name,
        publisher=_some([Organization(name=n.name) for n in series.networks]),
        production_company=_some([Organization(name=c.name) for c in series.companies]),
        creator=_some([Person(name=c.person) for c in series.crew if c.role == "creator"]),
        director=_some([Person(name=c.person) for c in series.crew if c.role == "director"]),
        producer=_some(_producers(series)),
        is_based_on=_some([CreativeWork(name=b.name) for b in series.based_on]),
        contains_season=_some([Ref(id=season_id(base, series.name, n)) for n in seasons]),
        actor=_some(unseasoned),
    )


def build(extraction: Extraction, base_url: str = DEFAULT_BASE_URL) -> Document:
    """Extraction → one JSON-LD graph: the NewsArticle, its series and their seasons."""
    article = extraction.article
    article_id = f"{article.url}#article" if article.url else f"{base_url}article"
    news = NewsArticle(
        id=article_id,
        headline=extraction.headline,
        date_published=article.date_published.isoformat() if article.date_published else None,
        url=article.url,
        author=[Person(name=article.author)] if article.author else None,
        about=_some([Ref(id=series_id(base_url, s.name)) for s in extraction.series]),
    )
    graph: list[NewsArticle | TVSeries | CreativeWorkSeason] = [news]
    for series in extraction.series:
        graph.append(_series_node(base_url, series))
        graph.extend(
            _season_node(base_url, series, series.seasons[n]) for n in sorted(series.seasons)
        )
    return Document(graph=graph)
