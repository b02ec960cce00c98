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


def _plain_cases() -> list[tuple[str, date | None, str]]:
    """Every form `_plain` reads: each month with and without day and year, each weekday,
    days off the end of a month, against anchors across leap and ordinary years."""
    from datetime import timedelta

    from pipeline import dates

    anchors: list[date | None] = [None, date(2024, 2, 29), date(2024, 12, 31), date(2025, 1, 1)]
    anchors += [date(2023, 1, 3) + timedelta(days=i) for i in range(0, 1100, 97)]
    phrases = list(dates._DAYS)
    for month in dates._MONTHS:
        phrases += [month, f"{month} 2025", f"{month}, 2025", f"{month} 1999"]
        for day in (0, 1, 9, 15, 28, 29, 30, 31, 32):
            phrases += [f"{month} {day}", f"{month} {day}, 2024", f"{month} {day} 2025"]
        phrases += [f"{month} 05", f"{month} 05, 2026"]
    tenses = ("past", "future", "unknown")
    return [(p, a, t) for i, p in enumerate(phrases) for a in anchors[i % 7 :: 7] for t in tenses]


def test_plain_forms_read_as_dateparser_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """`dates._plain` answers the common phrases without dateparser; it must agree with it."""
    from pipeline import dates

    slow = dates._resolve.__wrapped__
    cases = _plain_cases()
    assert len(cases) > 2000, len(cases)
    for phrase, anchor, tense in cases:
        monkeypatch.setattr(dates, "_PLAIN_FIRST", True)
        quick = slow(phrase, anchor, tense)
        monkeypatch.setattr(dates, "_PLAIN_FIRST", False)
        assert slow(phrase, anchor, tense) == quick, (phrase, anchor, tense)
