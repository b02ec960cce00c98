"""Date phrases resolve against the article date, only as precisely as the text says."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import resolve

ARTICLE = date(2024, 10, 7)  # a Monday


@pytest.mark.parametrize(
    ("phrase", "tense", "want"),
    [
        ("Thursday, October 10", "future", "2024-10-10"),
        ("on Thursday", "future", "2024-10-10"),
        ("last Thursday, October 3", "past", "2024-10-03"),
        ("January 16", "future", "2025-01-16"),
        ("September 21", "unknown", "2024-09-21"),
        ("in March", "future", "2025-03"),
        ("June 2018", "past", "2018-06"),
        ("in 2026", "future", "2026"),
        ("spring 2019", "past", "2019"),
        ("this fall", "future", None),
        ("next week", "future", "2024-10"),
        ("Oct. 5, 2023", "past", "2023-10-05"),
    ],
)
def test_resolve_against_the_article_date(phrase: str, tense: str, want: str | None) -> None:
    assert resolve(phrase, ARTICLE, tense) == want  # type: ignore[arg-type]


@pytest.mark.parametrize("phrase", ["Thursday", "in October", "August 31st", "next week"])
def test_year_less_dates_stay_unknown_without_an_article_date(phrase: str) -> None:
    assert resolve(phrase, None, "future") is None


def test_full_dates_need_no_article_date() -> None:
    assert resolve("January 16, 2025", None, "future") == "2025-01-16"
