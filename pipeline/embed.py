"""Embed a JSON-LD document in an HTML page: `<script type="application/ld+json">`, safely.

* Escaping: `<`, `>`, `&`, U+2028 and U+2029 are written as `\\u003c` etc. (`script_safe_json`),
  so no text from an article can close the script element or open a comment.
* In place: the block goes before `</head>`; a block we wrote before (marked with
  `data-generator="tvseries-jsonld"`) is replaced instead, so re-running changes nothing. Every
  other byte of the page stays as it was, and the page is replaced atomically with its mode kept.
* One graph: when the page already describes itself as an article (a publisher's NewsArticle
  with an `@id`), our article node takes that `@id` and adds only what the publisher's node does
  not state (such as `about`), so the page carries one connected article, not two contradicting.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .emit import script_block
from .errors import PipelineError, ReadError, WriteError

MARKER = "tvseries-jsonld"
_OUR_BLOCK = re.compile(
    rb"""<script\b[^>]*\bdata-generator\s*=\s*(["']?)tvseries-jsonld\1[^>]*>.*?</script\s*>""",
    re.I | re.S,
)
# Where `</head>` may not be matched: inside comments, scripts and styles.
_HEAD_END = re.compile(
    rb"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|(</head\s*>)|(<body\b)",
    re.I | re.S,
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True, slots=True)
class Embedded:
    page: bytes
    action: str  # added | replaced | unchanged
    notes: tuple[str, ...] = ()


def load_document(path: Path) -> Any:
    """A `.jsonld` file → its JSON, with errors that name the file."""
    from .read import read_bytes

    data = read_bytes(path)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ReadError(f"{path}: not UTF-8 text: {exc.reason}", code="E103") from exc
    except ValueError as exc:
        raise ReadError(f"{path}: not valid JSON: {exc}", code="E108") from exc


def block_text(document: Any, ascii_only: bool = False) -> str:
    """The `<script>` element for `document`; `ascii_only` for pages not in UTF-8."""
    text = script_block(document, MARKER)
    if ascii_only:  # \uXXXX escapes are only ever inside JSON strings: still the same JSON
        text = _NON_ASCII.sub(lambda m: json.dumps(m[0])[1:-1], text)
    return text


def _article_types(node: dict[str, Any]) -> list[str]:
    from .vocabulary import load

    vocabulary = load()
    raw = node.get("@type")
    out = []
    for name in raw if isinstance(raw, list) else [raw]:
        if isinstance(name, str):
            term = re.sub(r"^(https?://schema\.org/|schema:)", "", name)
            term = term if vocabulary.is_type(term) else vocabulary.suggest(term) or term
            if vocabulary.is_type(term) and vocabulary.is_subtype(term, "Article"):
                out.append(term)
    return out


def publisher_article(items: list[Any]) -> dict[str, Any] | None:
    """The page's own article node (NewsArticle or another Article type), at any depth."""
    stack = list(reversed(items))
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if _article_types(item):
                return item
            stack.extend(reversed(list(item.values())))
    return None


def _replace_ids(value: Any, old: str, new: str) -> Any:
    if isinstance(value, list):
        return [_replace_ids(v, old, new) for v in value]
    if isinstance(value, dict):
        return {
            k: (new if k == "@id" and v == old else _replace_ids(v, old, new))
            for k, v in value.items()
        }
    return value


def merge(document: Any, page_items: list[Any]) -> tuple[Any, tuple[str, ...]]:
    """Our document joined to the page's own article by `@id` (see the module docstring)."""
    graph = document.get("@graph") if isinstance(document, dict) else None
    theirs = publisher_article(page_items)
    if theirs is None or not isinstance(graph, list):
        return document, ()
    ours = next((n for n in graph if isinstance(n, dict) and n.get("@type") == "NewsArticle"), None)
    if ours is None:
        return document, ()
    their_id = theirs.get("@id")
    if not isinstance(their_id, str) or not their_id or their_id.startswith("_:"):
        rest = [n for n in graph if n is not ours]
        note = (
            "the page's own article has no @id, so ours cannot be joined to it; our article "
            "node is left out to avoid a second, contradicting article (add an @id to link "
            "the series to it)"
        )
        return {**document, "@graph": rest}, (note,)
    joined = {"@type": ours["@type"], "@id": their_id}
    joined.update({k: v for k, v in ours.items() if k not in theirs and k not in joined})
    merged_graph = [joined if n is ours else n for n in graph]
    merged = _replace_ids({**document, "@graph": merged_graph}, str(ours.get("@id")), their_id)
    kept = sorted(k for k in ours if k in theirs and not k.startswith("@"))
    note = f"joined our article to the page's own article {their_id!r}"
    if kept:
        note += f"; the page's values kept for {', '.join(kept)}"
    return merged, (note,)


def _page_items(page: bytes, source: str) -> list[Any]:
    """The page's JSON-LD, minus the block we wrote ourselves."""
    from .html import decode_html, jsonld_blocks, parse_tree

    text, _ = decode_html(page, source)
    tree = parse_tree(text, source)
    return [b.data for b in jsonld_blocks(tree) if b.ok and b.generator != MARKER]


def inject(page: bytes, document: Any, source: str = "<page>") -> Embedded:
    """Page bytes + document → page bytes with our block in place (see the module docstring)."""
    try:
        page.decode("utf-8")
        ascii_only = False
    except UnicodeDecodeError:
        ascii_only = True
    merged, notes = merge(document, _page_items(page, source))
    block = block_text(merged, ascii_only)
    if page.count(b"\r\n") > page.count(b"\n") // 2:
        block = block.replace("\n", "\r\n")
    encoded = block.encode("ascii" if ascii_only else "utf-8")
    existing = list(_OUR_BLOCK.finditer(page))
    if existing:
        first = existing[0]
        out = page[: first.start()] + encoded + page[first.end() :]
        for extra in reversed(existing[1:]):  # duplicates from hand edits: keep one block
            shift = len(encoded) - (first.end() - first.start())
            out = out[: extra.start() + shift] + out[extra.end() + shift :]
        return Embedded(out, "unchanged" if out == page else "replaced", notes)
    for match in _HEAD_END.finditer(page):
        if match[1] or match[2]:
            at = match.start()
            newline = b"\r\n" if b"\r\n" in page else b"\n"
            return Embedded(page[:at] + encoded + newline + page[at:], "added", notes)
    raise PipelineError(
        f"{source}: no </head> or <body> found: not an HTML page to embed into", code="E502"
    )


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace `path` via a temporary file in its folder, keeping the file's permissions."""
    mode = path.stat().st_mode & 0o7777 if path.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def embed_into(document: Any, page_path: Path) -> Embedded:
    """Inject into the page file in place; nothing is written when nothing changes."""
    from .read import read_bytes

    result = inject(read_bytes(page_path), document, str(page_path))
    if result.action != "unchanged":
        try:
            write_bytes_atomic(page_path, result.page)
        except OSError as exc:
            raise WriteError(f"{page_path}: cannot write: {exc.strerror}", code="E501") from exc
    return result


def run_embed(document_path: Path, into: Path | None) -> int:
    """The `embed` command: print the block, or inject it into `into`; 1 (with why) on failure."""
    try:
        document = load_document(document_path)
        if into is None:
            print(block_text(document))
            return 0
        result = embed_into(document, into)
    except PipelineError as exc:
        print(f"error: {exc} [{exc.code}]", file=sys.stderr)
        return 1
    for note in result.notes:
        print(f"note: {into}: {note}", file=sys.stderr)
    print(f"{into}: JSON-LD block {result.action}", file=sys.stderr)
    return 0
