"""Read stage: bytes of a `.txt` article → `Article` (decoded, NFC, newlines normalised, dated).

The corpus form starts with ` date YYYY-MM-DD` before the text on the same line; that prefix is
the publication date and is removed so that evidence offsets point into the article's own words.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from datetime import date
from pathlib import Path

from .errors import ReadError
from .records import Article

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_DATE_PREFIX = re.compile(r"\A\s?date\s+(\d{4})-(\d{2})-(\d{2})(?:[ \t]+|\r?\n|\Z)")
# Control characters other than tab/newline never occur in prose; many mean binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Bytes → text. Honour a BOM, prefer UTF-8, and fall back to Windows-1252 with a warning.

    A silent fallback would write mojibake into markup, so every fallback is reported.
    """
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise ReadError(f"{source}: binary file ({what}), not an article", code="E102")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), ()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError as exc:
            raise ReadError(f"{source}: invalid UTF-16: {exc.reason}", code="E103") from exc
    if data.count(b"\x00") > max(1, len(data) // 1000):
        raise ReadError(f"{source}: binary file (contains NUL bytes), not an article", code="E102")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, (f"{source}: not valid UTF-8, decoded as Windows-1252",)


def normalise(text: str) -> str:
    """Unify newlines, drop stray control characters and compose Unicode (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def split_date_prefix(text: str) -> tuple[date | None, str]:
    """` date 2024-04-25 The text…` → (2024-04-25, "The text…")."""
    match = _DATE_PREFIX.match(text)
    if not match:
        return None, text
    try:
        found = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None, text
    return found, text[match.end() :]


def read_text(
    data: bytes | str, source: str = "<text>", date_override: date | None = None
) -> Article:
    """Article text (bytes or str) → `Article`; the ` date` prefix or `date_override` dates it."""
    if isinstance(data, bytes):
        text, warnings = decode(data, source)
    else:
        text, warnings = data, ()
    text = normalise(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    found, body = split_date_prefix(text)
    if not body.strip():
        raise ReadError(f"{source}: empty article (no text)", code="E101")
    return Article(
        source=source,
        text=body,
        date_published=date_override or found,
        warnings=warnings,
    )


def read_path(
    path: Path, date_override: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """A file on disk → `Article`, refusing files larger than `max_bytes` before reading them."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(
                f"{path}: {size} bytes is over the size limit of {max_bytes} bytes "
                "(raise it with --max-bytes)",
                code="E104",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read: {exc.strerror}", code="E105") from exc
    return read_text(data, str(path), date_override)
