"""Emit stage: JSON-LD dict → canonical text, a `<script>` block, or an atomically written file."""

from __future__ import annotations

import json
import os
import tempfile
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
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def script_safe_json(document: Any) -> str:
    """JSON text that cannot close its `<script>` element nor open a comment inside it."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
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
    """Write via a temporary file in the same folder and rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
