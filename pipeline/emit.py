"""Emit stage: JSON-LD dict → canonical text, a `<script>` block, or an atomically written file."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

# Characters that could end a <script> element, open an HTML comment or break a JS string.
_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
    # Bidirectional controls cannot break the page, but they can disguise what the JSON says
    # to a person reading the source; escaped, they still parse to the same strings.
    **{chr(c): f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
    "\u200e": "\\u200e",
    "\u200f": "\\u200f",
}


def dumps(document: Any) -> str:
    """Canonical JSON text: the same document always gives byte-identical output."""
    return canonical_json(document) + "\n"


def canonical_json(document: Any) -> str:
    """`json.dumps(document, indent=2, ensure_ascii=False)`, byte for byte, about twice as fast.

    With `indent`, `json` leaves its C encoder for a pure-Python generator that yields every
    bracket, comma and indent separately. Our documents hold only dicts with string keys,
    lists, strings, integers, booleans and null; `_indented` writes those directly, escaping
    strings with the C function `json` itself uses. Anything else (floats, tuples, other
    keys, subclasses, cycles, deep nesting) goes to `json.dumps`, so the text never differs.
    """
    try:
        return _indented(document, "")
    except (_Unsupported, RecursionError):
        return json.dumps(document, indent=2, ensure_ascii=False)


class _Unsupported(Exception):
    """A value `_indented` leaves to `json.dumps`."""


def _indented(value: Any, indent: str) -> str:
    """`value` as `json.dumps(..., indent=2, ensure_ascii=False)` writes it at depth `indent`."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = indent + "  "
        members = []
        for key, item in value.items():
            if type(key) is not str:
                raise _Unsupported
            members.append(encode_basestring(key) + ": " + _indented(item, inner))
        return "{\n" + inner + (",\n" + inner).join(members) + "\n" + indent + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = indent + "  "
        items = [_indented(item, inner) for item in value]
        return "[\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    raise _Unsupported


def script_safe_json(document: Any) -> str:
    """JSON text that cannot close its `<script>` element nor open a comment inside it."""
    text = canonical_json(document)
    for char, escape in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def script_block(document: Any, marker: str | None = "tvseries-jsonld") -> str:
    """`<script type="application/ld+json">` element holding the escaped document."""
    attribute = f' data-generator="{marker}"' if marker else ""
    return (
        f'<script type="application/ld+json"{attribute}>\n{script_safe_json(document)}\n</script>'
    )


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename: never a half-written file.

    The temporary file is created directly (`O_CREAT | O_EXCL`, mode 0666 less the umask, so
    the output gets the permissions any new file would: a web server can read it)
    under a fresh random name, and the encoded text goes out with `os.write`: no buffered text
    stream, no `mkstemp` name machinery, and no `mkdir` when the folder exists, which in a batch
    is every write but the first per folder (a missing folder shows as `FileNotFoundError` and
    is created then). On any failure the temporary file is removed and the error re-raised.
    """
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """`write_atomic` for bytes; `mode`, when given, is the new file's permissions (an edited
    page keeps its own)."""
    _write_blocks_atomic(path, (data,), mode)


def write_chunks_atomic(path: Path, chunks: Iterable[str]) -> None:
    """`write_atomic` for text made piece by piece: a big document
    (the `--report` of a million files) is never held whole in memory."""
    _write_blocks_atomic(path, _blocks(chunks), None)


def _blocks(chunks: Iterable[str], size: int = 1 << 16) -> Iterator[bytes]:
    """Chunks joined into ~64 KB blocks of UTF-8: one write per block, not per chunk."""
    pending: list[str] = []
    length = 0
    for chunk in chunks:
        pending.append(chunk)
        length += len(chunk)
        if length >= size:
            yield "".join(pending).encode("utf-8")
            pending, length = [], 0
    yield "".join(pending).encode("utf-8")


def _write_blocks_atomic(path: Path, blocks: Iterable[bytes], mode: int | None) -> None:
    temporary, fd = _create_temporary(path)
    try:
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            for block in blocks:
                view = memoryview(block)
                while view:
                    view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# Exclusive creation: never open a file someone else made; O_BINARY/O_CLOEXEC where they exist.
_CREATE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
                 | getattr(os, "O_CLOEXEC", 0))
_NAME_ATTEMPTS = 100


def _create_temporary(path: Path) -> tuple[str, int]:
    """`.<name>.<8 random hex digits>.tmp` beside `path`, created exclusively: (its path, fd).

    The name keeps the shape `batch.remove_stray_temporaries` looks for. A name already taken
    (another writer, a killed run's leftover) is skipped for another.
    """
    folder = os.fspath(path.parent)
    made_folder = False
    for _ in range(_NAME_ATTEMPTS):
        temporary = os.path.join(folder, f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return temporary, os.open(temporary, _CREATE_FLAGS, 0o666)
        except FileExistsError:
            continue
        except FileNotFoundError:
            if made_folder:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
            made_folder = True
    raise FileExistsError(f"no free temporary name beside {path} after {_NAME_ATTEMPTS} tries")
