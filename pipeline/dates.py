"""Date resolution: a date phrase from the text → ISO 8601 at the precision the text gives.

dateparser does the reading, anchored at the article date; we only decide the year of a
year-less date (the occurrence nearest the article date that fits the tense) and how precise
the result may be ("2025" stays "2025"). Without an anchor, a phrase that needs one gives None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

Tense = Literal["past", "future", "unknown"]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SEASON_OF_YEAR = re.compile(r"\b(?:spring|summer|fall|autumn|winter|early|late|mid)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_NEXT_WEEK = re.compile(r"\bnext\s+week\b", re.I)
_THIS_WEEK = re.compile(r"\bthis\s+week\b", re.I)
_RELATIVE_DAY = re.compile(r"\b(?:today|tomorrow|tonight)\b", re.I)
_ONLY_YEAR = re.compile(r"^(?:19|20)\d\d$")
_FILLER = re.compile(r"^(?:on|in|this|next|last|until|by|since|of|for|during|early|late)\s+", re.I)
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The phrases news text uses most, read without dateparser: "March 5", "March 5, 2025",
# "March 2025", "March", "Monday". Years are the ones `_YEAR` counts as years.
_PLAIN = re.compile(r"(?P<month>" + "|".join(_MONTHS) + r")(?: (?P<day>\d{1,2}))?"
                    r"(?:,? (?P<year>(?:19|20)\d\d))?|(?P<weekday>" + "|".join(_DAYS) + ")")
_MONTH_LENGTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February 29: dateparser
_UNSURE = object()  # `_plain` has no answer: ask dateparser


_PLAIN_FIRST = True  # tests turn it off to compare `_plain` with dateparser


@lru_cache(maxsize=64)
def _parser(anchor: date, prefer: str) -> Any:
    """One English-only parser per (anchor, tense): building it costs more than parsing."""
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=["en"], settings=settings)


def _parse(phrase: str, anchor: date, prefer: str) -> tuple[date, str] | None:
    data = _parser(anchor, prefer).get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _plain(phrase: str, anchor: date | None, tense: Tense) -> str | object | None:
    """What `_resolve` answers through dateparser, for the plain forms `_PLAIN` reads; `_UNSURE`
    for anything else. dateparser reads "Monday" as the nearest Monday strictly after the anchor
    (strictly before it in the past tense) and a month name alone at month precision; a test
    compares both ways over every month, day, weekday and tense.
    """
    match = _PLAIN.fullmatch(phrase)
    if match is None:
        return _UNSURE
    if anchor is None and match["year"] is None:
        return None
    if match["weekday"] is not None:
        assert anchor is not None
        gap = (_DAYS.index(match["weekday"]) - anchor.weekday()) % 7
        if tense == "past":
            return (anchor - timedelta(days=(7 - gap) or 7)).isoformat()
        return (anchor + timedelta(days=gap or 7)).isoformat()
    month = _MONTHS.index(match["month"]) + 1
    if match["day"] is None:
        if match["year"] is not None:
            if "," in phrase:
                return _UNSURE
            return f"{match['year']}-{month:02d}"
        assert anchor is not None
        nearest = _nearest_year(month, 1, anchor.replace(day=1), tense)
        return f"{nearest:%Y-%m}" if nearest else None
    day = int(match["day"])
    if not 1 <= day <= _MONTH_LENGTH[month - 1]:
        return _UNSURE
    if match["year"] is not None:
        if ", " not in phrase:
            return _UNSURE
        return date(int(match["year"]), month, day).isoformat()
    assert anchor is not None
    nearest = _nearest_year(month, day, anchor, tense)
    return nearest.isoformat() if nearest else None


def _nearest_year(month: int, day: int, anchor: date, tense: Tense) -> date | None:
    """The occurrence of month/day nearest the article date that fits the tense."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if tense == "future":
        options = [d for d in options if d >= anchor - timedelta(days=1)] or options
    elif tense == "past":
        options = [d for d in options if d <= anchor + timedelta(days=1)] or options
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def resolve(phrase: str, anchor: date | None, tense: Tense = "unknown") -> str | None:
    """Date phrase → "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None when unsure or unanchored.

    A pure function of its arguments, so results are kept in a bounded LRU: dateparser costs
    about a millisecond a call, and a batch repeats (phrase, article date, tense) often.
    """
    return _resolve(phrase, anchor, tense)


@lru_cache(maxsize=8192)
def _resolve(phrase: str, anchor: date | None, tense: Tense) -> str | None:
    phrase = _ORDINAL.sub(r"\1", phrase.strip().rstrip(".,"))
    phrase = re.sub(r"\bSept\b\.?", "Sep", phrase)
    if _NEXT_WEEK.search(phrase):
        if anchor is None:
            return None
        monday = anchor + timedelta(days=7 - anchor.weekday())
        sunday = monday + timedelta(days=6)
        return f"{monday:%Y-%m}" if monday.month == sunday.month else None
    if _THIS_WEEK.search(phrase):
        return None
    if _RELATIVE_DAY.search(phrase):
        if anchor is None:
            return None
        return (anchor + timedelta(days=int(phrase.lower().startswith("tomorrow")))).isoformat()
    phrase = _FILLER.sub("", _FILLER.sub("", phrase))
    has_year = bool(_YEAR.search(phrase))
    if _SEASON_OF_YEAR.search(phrase) or _ONLY_YEAR.match(phrase):
        year = _YEAR.search(phrase)
        return year[0] if year else None
    if not has_year and anchor is None:
        return None
    if _PLAIN_FIRST:
        plain = _plain(phrase, anchor, tense)
        if plain is not _UNSURE:
            assert plain is None or isinstance(plain, str)
            return plain
    base = anchor or date(2000, 1, 1)
    prefer = "past" if tense == "past" else "future"
    parsed = _parse(phrase, base, prefer)
    if parsed is None:
        return None
    found, period = parsed
    if period == "year":
        return f"{found:%Y}"
    if period == "month":
        if not has_year:
            if anchor is None:
                return None
            nearest = _nearest_year(found.month, 1, anchor.replace(day=1), tense)
            return f"{nearest:%Y-%m}" if nearest else None
        return f"{found:%Y-%m}"
    if not has_year and anchor is not None and not _WEEKDAY.fullmatch(phrase.strip()):
        nearest = _nearest_year(found.month, found.day, anchor, tense)
        if nearest is None:
            return None
        found = nearest
    return found.isoformat()
