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
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f]")
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: NULs in (almost) every other byte, on one side."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > 0.9 * half:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def decode(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Bytes → text. Honour a BOM, prefer UTF-8, and fall back to Windows-1252 with a warning.

    A silent fallback would write mojibake into markup, so every fallback is reported, naming
    the file. Binary data (known magic numbers, NUL-heavy or control-heavy bytes) is refused.
    """
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise ReadError(f"{source}: binary file ({what}), not an article", code="E102")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), ()
        except UnicodeDecodeError as exc:
            raise ReadError(f"{source}: invalid UTF-8 after a UTF-8 BOM: {exc.reason}",
                            code="E103") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError as exc:
            raise ReadError(f"{source}: invalid UTF-16: {exc.reason}", code="E103") from exc
    if data.count(b"\x00") > max(1, len(data) // 1000):
        text = _utf16_without_bom(data)
        if text is not None:
            return text, (f"{source}: no byte-order mark, decoded as UTF-16",)
        raise ReadError(f"{source}: binary file (contains NUL bytes), not an article", code="E102")
    sample = data[:8192]
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls > max(8, len(sample) // 20):
        raise ReadError(f"{source}: binary file ({controls} control bytes in the first "
                        f"{len(sample)}), not an article", code="E102")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start}"
    try:
        return data.decode("cp1252"), (
            f"{source}: not valid UTF-8 ({where}), decoded as Windows-1252",)
    except UnicodeDecodeError:
        return data.decode("latin-1"), (
            f"{source}: not valid UTF-8 ({where}) nor Windows-1252, decoded as Latin-1",)


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
    dropped = len(_CONTROL.findall(text))
    if dropped:
        warnings = (*warnings, f"{source}: removed {dropped} control character(s) (e.g. NUL)")
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


def is_url(location: str | Path) -> bool:
    """`s3://bucket/a.txt`, `memory://x`, `file:///tmp/a.txt`: read and written through fsspec."""
    return isinstance(location, str) and "://" in location


def read_bytes(location: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A local path or fsspec URL → its bytes, refusing more than `max_bytes` before reading.

    A file that grows while being read is cut at `max_bytes + 1` and refused all the same, so
    memory stays bounded whatever the file.
    """
    try:
        if is_url(location):
            import fsspec  # optional: `pip install .[dask]`

            with fsspec.open(str(location), "rb") as handle:
                data: bytes = handle.read(max_bytes + 1)
        else:
            path = Path(location)
            size = path.stat().st_size
            if size > max_bytes:
                raise ReadError(_too_big(location, size, max_bytes), code="E104")
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReadError(f"{location}: cannot read: {reason}", code="E105") from exc
    except ImportError as exc:
        raise ReadError(f"{location}: reading URLs needs fsspec (pip install .[dask])",
                        code="E105") from exc
    if len(data) > max_bytes:
        raise ReadError(_too_big(location, len(data), max_bytes, at_least=True), code="E104")
    return data


def _too_big(location: Path | str, size: int, limit: int, at_least: bool = False) -> str:
    amount = f"over {limit}" if at_least else str(size)
    return (f"{location}: {amount} bytes is over the size limit of {limit} bytes "
            "(raise it with --max-bytes)")


def read_path(
    path: Path | str, date_override: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """A file (local path or fsspec URL) → `Article`, refusing files over `max_bytes` unread."""
    return read_text(read_bytes(path, max_bytes), str(path), date_override)


def read_file(
    path: Path | str, date_override: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Any article file → `Article`, by suffix: .html/.htm page, .md/.markdown, else plain text."""
    suffix = Path(str(path)).suffix.lower()
    if suffix in (".html", ".htm"):
        from .html import read_html

        return read_html(read_bytes(path, max_bytes), str(path), date_override)
    if suffix in (".md", ".markdown"):
        from .markdown import read_markdown

        return read_markdown(read_bytes(path, max_bytes), str(path), date_override)
    return read_path(path, date_override, max_bytes)
