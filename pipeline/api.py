"""The Python API for CMS code: article text in, validated JSON-LD dict out.

    >>> from pipeline import to_jsonld
    >>> doc = to_jsonld(" date 2025-03-04 Hulu renewed The Lantern Keepers for season 3 ...")

`run_article` is the one function every runner calls for one article, so the CLI, the Python API
and the Dask runner produce the same bytes for the same input.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .build import DEFAULT_BASE_URL, build
from .errors import SchemaError
from .extract import extract
from .parse import parse
from .read import read_text
from .records import Article, Extraction
from .validate import validate_document


@dataclass(frozen=True, slots=True)
class Result:
    document: dict[str, Any]
    extraction: Extraction


def run_article(article: Article, base_url: str = DEFAULT_BASE_URL) -> Result:
    """Article → validated JSON-LD; raises `SchemaError` listing every violation."""
    extraction = extract(parse(article))
    document = build(extraction, base_url).to_jsonld()
    findings = validate_document(document)
    if findings:
        detail = "; ".join(f"{f.pointer or '/'}: {f.message}" for f in findings)
        raise SchemaError(f"{article.source}: output fails schemas/: {detail}", code="E401")
    return Result(document, extraction)


def to_jsonld(
    text: str,
    *,
    published: date | None = None,
    base_url: str = DEFAULT_BASE_URL,
    source: str = "<text>",
) -> dict[str, Any]:
    """Article text (plain text, optionally with the ` date YYYY-MM-DD` prefix) → JSON-LD dict."""
    return run_article(read_text(text, source, published), base_url).document


def evidence(extraction: Extraction) -> dict[str, Any]:
    """Every fact with the rule that produced it and the sentence and span it came from."""
    out: list[dict[str, Any]] = []
    for series in extraction.series:
        item: dict[str, Any] = {"series": series.name, "evidence": series.evidence.as_dict()}
        item["networks"] = [{"name": n.name, **n.evidence.as_dict()} for n in series.networks]
        item["productionCompanies"] = [
            {"name": c.name, **c.evidence.as_dict()} for c in series.companies
        ]
        item["basedOn"] = [{"name": b.name, **b.evidence.as_dict()} for b in series.based_on]
        item["crew"] = [
            {"person": c.person, "role": c.role, **c.evidence.as_dict()} for c in series.crew
        ]
        item["cast"] = [
            {
                "actor": c.actor,
                "character": c.character,
                "roleName": c.role_kind,
                "season": c.season,
                **c.evidence.as_dict(),
            }
            for c in series.cast
        ]
        item["seasons"] = [
            {
                "seasonNumber": s.number,
                "evidence": [e.as_dict() for e in s.evidence],
                "status": s.status
                and {
                    "value": s.status,
                    **(s.status_evidence.as_dict() if s.status_evidence else {}),
                },
                "startDate": s.start_date
                and {
                    "value": s.start_date,
                    **(s.date_evidence.as_dict() if s.date_evidence else {}),
                },
                "locations": [{"name": p.name, **p.evidence.as_dict()} for p in s.locations],
            }
            for s in (series.seasons[n] for n in sorted(series.seasons))
        ]
        out.append(item)
    return {"source": extraction.article.source, "series": out}
