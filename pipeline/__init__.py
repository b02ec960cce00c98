"""TV-news articles → schema.org TVSeries / CreativeWorkSeason / PerformanceRole JSON-LD.

Stages, one module each: read → parse → extract (rules, dates) → build (model) → validate → emit.
Public API: `to_jsonld(text)` returns the validated JSON-LD dict for one article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "evidence", "run_article", "to_jsonld"]

if TYPE_CHECKING:
    from .api import evidence, run_article, to_jsonld


def __getattr__(name: str) -> Any:
    """Import the pipeline lazily so `python -m pipeline --help` starts fast."""
    if name in {"to_jsonld", "run_article", "evidence"}:
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
