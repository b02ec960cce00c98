"""Read stage: bytes of a `.txt` article → `Article` (decoded, NFC, newlines normalised, dated).

The corpus form starts with ` date YYYY-MM-DD` before the text on the same line; that prefix is
the publication date and is removed so that evidence offsets point into the article's own words.
"""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from datetime import date
from pathlib import Path

from .errors import ReadError
from .records import Article

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_READ_CHUNK = 1 << 16  # read size after the first read: small, as os.read allocates it

_DATE_PREFIX = re.compile(r"\A\s?date\s+(\d{4})-(\d{2})-(\d{2})(?:[ \t]+|\r?\n|\Z)")
# Control characters other than tab/newline never occur in prose; many mean binary data.
# As bytes they are counted with `bytes.translate`, ~6x faster than a regex scan.
_CONTROL_SET = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROL = re.compile("[" + "".join(f"\\x{byte:02x}" for byte in _CONTROL_SET) + "]")
# The control bytes the binary-data check counts (ESC and DEL are not among them).
_BINARY_CONTROL_SET = bytes(b for b in _CONTROL_SET if b not in (0x1B, 0x7F))
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
    controls = _count_bytes(sample, _BINARY_CONTROL_SET)
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


def _count_bytes(data: bytes, members: bytes) -> int:
    """How many bytes of `data` are in `members` (one C pass, no match objects)."""
    return len(data) - len(data.translate(None, members))


def count_controls(text: str) -> int:
    """How many characters `normalise` drops as control characters.

    Counted on the UTF-8 bytes: every code point above U+007F encodes to bytes >= 0x80 only, so
    the ASCII control bytes are exactly the control characters (a lone surrogate, which a str
    may hold, encodes too, via surrogatepass, to bytes >= 0x80). Encoding ASCII text is a copy;
    this beats a regex scan several times over.
    """
    return _count_bytes(text.encode("utf-8", "surrogatepass"), _CONTROL_SET)


def normalise(text: str, controls: int | None = None) -> str:
    """Unify newlines, drop stray control characters and compose Unicode (NFC).

    `controls` is `count_controls(text)` when the caller has it already. Each step is skipped
    when there is nothing to change: the usual article has no CR and no control character, and
    the two-character search for CRLF alone costs more than the rest of this function.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if count_controls(text) if controls is None else controls:
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
    dropped = count_controls(text)
    if dropped:
        warnings = (*warnings, f"{source}: removed {dropped} control character(s) (e.g. NUL)")
    text = normalise(text, dropped)
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
            data = _read_local(location, max_bytes)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReadError(f"{location}: cannot read: {reason}", code="E105") from exc
    except ImportError as exc:
        raise ReadError(f"{location}: reading URLs needs fsspec (pip install .[dask])",
                        code="E105") from exc
    if len(data) > max_bytes:
        raise ReadError(_too_big(location, len(data), max_bytes, at_least=True), code="E104")
    return data


def _read_local(path: Path | str, max_bytes: int) -> bytes:
    """A local file's bytes, at most `max_bytes + 1` of them, with few system calls.

    `Path.open("rb").read(max_bytes + 1)` builds a buffered file object and allocates the whole
    20 MiB limit for every article; this stats and reads the descriptor directly, first asking
    for one byte more than the file's size, then on in modest chunks until an empty read (end
    of file), so short reads (pipes, network file systems) and a file that grows meanwhile are
    still read whole, and cut at `max_bytes + 1` for the caller to refuse.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise ReadError(_too_big(path, size, max_bytes), code="E104")
        wanted = max_bytes + 1
        parts: list[bytes] = []
        got, ask = 0, min(size + 1, wanted)
        while got < wanted:
            part = os.read(fd, ask)
            if not part:
                break
            parts.append(part)
            got += len(part)
            ask = min(wanted - got, _READ_CHUNK)
        return b"".join(parts)  # one part: that very object, no copy
    finally:
        os.close(fd)


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
    path: Path | str,
    date_override: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    data: bytes | None = None,
) -> Article:
    """Any article file → `Article`, by suffix: .html/.htm page, .md/.markdown, else plain text.

    `data` is the file's bytes as `read_bytes(path, max_bytes)` gave them to a caller that
    needed them already (the batch hashes them for its manifest), so the file is read once;
    None reads it here.
    """
    suffix = Path(str(path)).suffix.lower()
    raw = read_bytes(path, max_bytes) if data is None else data
    if suffix in (".html", ".htm"):
        from .html import read_html

        return read_html(raw, str(path), date_override)
    if suffix in (".md", ".markdown"):
        from .markdown import read_markdown

        return read_markdown(raw, str(path), date_override)
    return read_text(raw, str(path), date_override)
