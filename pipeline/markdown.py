"""Read stage for CMS exports: Markdown with YAML front matter → `Article`.

Front matter (`title`, `date`, `url`, `author`) is the page's own metadata and wins over what
the text suggests. The body is reduced to plain prose: headings, emphasis, links, images, code
fences, HTML tags and list markers are removed so that rules read only the words.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .errors import ReadError
from .read import decode, normalise
from .records import Article

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_PLAIN = (
    (re.compile(r"^```.*?^```[ \t]*$", re.M | re.S), ""),  # fenced code
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links → their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"^\[[^\]]+\]:\s+\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"<!--.*?-->", re.S), ""),  # HTML comments
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.M), ""),  # thematic breaks
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"\n{3,}"), "\n\n"),
)


def plain_text(markdown: str) -> str:
    """Markdown → prose with the markup removed (not a renderer: enough for reading facts)."""
    for pattern, replacement in _PLAIN:
        markdown = pattern.sub(replacement, markdown)
    return markdown.strip() + "\n"


def _string(value: Any, field: str, source: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, list) and value:
        value = value[0]  # `author: [A, B]`: the record has room for one name
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ReadError(
            f"{source}: front matter {field!r} must be text, not {value!r}", code="E107"
        )
    text = " ".join(str(value).split())
    return text or None


def _date(value: Any, source: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    from .html import parse_date

    found = parse_date(str(value))
    if found is None:
        raise ReadError(
            f"{source}: front matter date {value!r} is not a date (use YYYY-MM-DD)", code="E107"
        )
    return found


def front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """ "---\\ntitle: …\\n---\\nbody" → (mapping, body); ({}, text) without front matter."""
    import yaml

    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match[1] or "")
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 2}" if where is not None else ""
        raise ReadError(f"{source}: invalid YAML front matter{line}: {exc}", code="E107") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ReadError(f"{source}: front matter must be a mapping of keys to values", code="E107")
    return data, text[match.end() :]


def read_markdown(data: bytes | str, source: str, date_override: date | None = None) -> Article:
    """Markdown bytes → `Article`: front matter for headline, date, URL and author; prose body."""
    if isinstance(data, bytes):
        text, warnings = decode(data, source)
    else:
        text, warnings = data, ()
    text = normalise(text).removeprefix("\ufeff")
    meta, body = front_matter(text, source)
    keys = {str(k).lower(): v for k, v in meta.items()}
    prose = plain_text(body)
    if not prose.strip():
        raise ReadError(f"{source}: empty article (no text after the front matter)", code="E101")
    url = _string(
        keys.get("url") or keys.get("canonical_url") or keys.get("canonical"), "url", source
    )
    if url and not url.startswith(("http://", "https://")):
        warnings = (*warnings, f"{source}: front matter url {url!r} is not absolute; ignored")
        url = None
    return Article(
        source=source,
        text=prose,
        date_published=date_override or _date(keys.get("date"), source),
        headline=_string(keys.get("title"), "title", source),
        url=url,
        author=_string(keys.get("author"), "author", source),
        warnings=warnings,
    )
