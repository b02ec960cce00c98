"""Embed a JSON-LD document in an HTML page: `<script type="application/ld+json">`, safely.

* Escaping: `<`, `>`, `&`, U+2028 and U+2029 are written as `\\u003c` etc. (`script_safe_json`),
  so no text from an article can close the script element or open a comment.
* In place: the block goes before `</head>`; a block we wrote before (marked with
  `data-generator="tvseries-jsonld"`) is replaced instead, so re-running changes nothing. Every
  other byte of the page stays as it was, and the page is replaced atomically with its mode kept.
* One graph: when the page already describes itself as an article (a publisher's NewsArticle
  with an `@id`), our article node takes that `@id` and adds only what the publisher's node does
  not state (such as `about`), so the page carries one connected article, not two contradicting.
* A publisher's article without an `@id`: JSON-LD processors (and Google) join nodes only by an
  identical `@id`; a node without one is a blank node that nothing outside its own block can
  name. We never rewrite the publisher's bytes (only our own marked block), so we cannot give
  their node an `@id`, and an article node of ours under any `@id` would be a second article
  with its own headline, date and author. Instead we look for an IRI the publisher's article
  itself points at and that is this page: its `mainEntityOfPage` (`@type: @id` in the schema.org
  context), else its `url`, else the `@id` of a node whose `mainEntity` it is; the IRI must equal
  the page's `<link rel="canonical">`, its `og:url` or our article's `url`. Our block then
  carries `{"@type": "WebPage", "@id": <that IRI>, "about": [our series]}` in place of our
  article node: their article → mainEntityOfPage → the page → about → the series, one connected
  graph, one article, and every statement true. With no such IRI our article node is left out
  and the series stand alone (reported as a note): an unconnected series is better than a
  second, contradicting article.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from .emit import script_block, write_bytes_atomic
from .errors import PipelineError, ReadError, WriteError

MARKER = "tvseries-jsonld"
PAGE_TYPE = "WebPage"  # the node that links our series to a publisher article without an @id
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


def publisher_articles(items: list[Any]) -> list[dict[str, Any]]:
    """The page's article nodes (NewsArticle or another Article type), at any depth, in order."""
    found = []
    stack = list(reversed(items))
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if _article_types(item):
                found.append(item)
            stack.extend(reversed(list(item.values())))
    return found


def publisher_article(items: list[Any]) -> dict[str, Any] | None:
    """The page's own article node: the first article node, at any depth."""
    return next(iter(publisher_articles(items)), None)


def _iris(value: Any) -> list[str]:
    """IRIs a property value names: strings, or `@id`s of objects, in a list or not."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        iri = item.get("@id") if isinstance(item, dict) else item
        if isinstance(iri, str) and iri.strip():
            out.append(iri.strip())
    return out


def _page_anchor(items: list[Any], page_urls: set[str]) -> tuple[str, str] | None:
    """(IRI, how) of this page, as some publisher article without an `@id` points at it."""
    if not page_urls:
        return None
    articles = [a for a in publisher_articles(items) if not _usable_id(a.get("@id"))]
    for article in articles:
        for key in ("mainEntityOfPage", "url"):
            for iri in _iris(article.get(key)):
                if iri in page_urls:
                    return iri, f"the article's {key}"
    stack = list(items)
    while stack:  # {"@id": page, "mainEntity": {their article}}
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            main = item.get("mainEntity")
            targets = main if isinstance(main, list) else [main]
            node_id = item.get("@id")
            mentions = any(t is a for t in targets for a in articles)
            if mentions and isinstance(node_id, str) and node_id in page_urls:
                return node_id, "the page node whose mainEntity is the article"
            stack.extend(item.values())
    return None


def _usable_id(value: Any) -> TypeGuard[str]:
    return isinstance(value, str) and bool(value.strip()) and not value.startswith("_:")


def _replace_ids(value: Any, old: str, new: str) -> Any:
    if isinstance(value, list):
        return [_replace_ids(v, old, new) for v in value]
    if isinstance(value, dict):
        return {
            k: (new if k == "@id" and v == old else _replace_ids(v, old, new))
            for k, v in value.items()
        }
    return value


def merge(
    document: Any, page_items: list[Any], page_urls: tuple[str, ...] = ()
) -> tuple[Any, tuple[str, ...]]:
    """Our document joined to the page's own article (see the module docstring).

    `page_urls` are the page's own addresses (canonical link, `og:url`); our article's `url`
    counts too.
    """
    graph = document.get("@graph") if isinstance(document, dict) else None
    theirs = publisher_article(page_items)
    if theirs is None or not isinstance(graph, list):
        return document, ()
    ours = next((n for n in graph if isinstance(n, dict) and n.get("@type") == "NewsArticle"), None)
    if ours is None:
        return document, ()
    their_id = theirs.get("@id")
    if not _usable_id(their_id):
        rest = [n for n in graph if n is not ours]
        anchor = _page_anchor(page_items, {*page_urls, *_iris(ours.get("url"))})
        about = ours.get("about")
        if anchor is not None and about:
            iri, how = anchor
            page = {"@type": PAGE_TYPE, "@id": iri, "about": about}
            note = (
                f"the page's own article has no @id, so nothing can be joined to it; the "
                f"series are linked to it through its page {iri!r} ({how}), "
                "and our article node is left out so the page keeps one article"
            )
            return {**document, "@graph": [*rest, page]}, (note,)
        note = (
            "the page's own article has no @id, so ours cannot be joined to it; our article "
            "node is left out to avoid a second, contradicting article (add an @id, or a "
            "mainEntityOfPage that is the page's canonical URL, to link the series to it)"
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


def _page_items(page: bytes, source: str) -> tuple[list[Any], tuple[str, ...]]:
    """The page's JSON-LD, minus the block we wrote ourselves; and the page's own URLs."""
    from .html import decode_html, jsonld_blocks, page_urls, parse_tree

    text, _ = decode_html(page, source)
    tree = parse_tree(text, source)
    items = [b.data for b in jsonld_blocks(tree) if b.ok and b.generator != MARKER]
    return items, page_urls(tree)


def inject(page: bytes, document: Any, source: str = "<page>") -> Embedded:
    """Page bytes + document → page bytes with our block in place (see the module docstring)."""
    try:
        page.decode("utf-8")
        ascii_only = False
    except UnicodeDecodeError:
        ascii_only = True
    items, urls = _page_items(page, source)
    merged, notes = merge(document, items, urls)
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


def _replace_keeping_mode(path: Path, data: bytes) -> None:
    """Replace an existing page atomically, keeping the file's permissions."""
    write_bytes_atomic(path, data, path.stat().st_mode & 0o7777 if path.exists() else None)


def embed_into(document: Any, page_path: Path) -> Embedded:
    """Inject into the page file in place; nothing is written when nothing changes."""
    from .read import read_bytes

    result = inject(read_bytes(page_path), document, str(page_path))
    if result.action != "unchanged":
        try:
            _replace_keeping_mode(page_path, result.page)
        except OSError as exc:
            raise WriteError(f"{page_path}: cannot write: {exc.strerror}", code="E501") from exc
    return result


def reader_gone() -> int:
    """After a BrokenPipeError (`… | head` closed the pipe): no traceback, exit status 1.

    stdout is pointed at /dev/null so that Python's own flush at exit does not fail again on the
    closed pipe (the approach of the Python documentation, "Note on SIGPIPE").
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (an in-process capture)
        pass
    return 1


def run_embed(document_path: Path, into: Path | None) -> int:
    """The `embed` command: print the block, or inject it into `into`; 1 (with why) on failure.

    A reader that stops early (`python -m pipeline embed DOC | head`) ends the command quietly
    with status 1: the block was not delivered whole.
    """
    try:
        return _embed_command(document_path, into)
    except BrokenPipeError:
        return reader_gone()


def _embed_command(document_path: Path, into: Path | None) -> int:
    try:
        document = load_document(document_path)
        if into is None:
            # print, not one write(): a write the closed pipe cuts short returns without an
            # error (CPython's BufferedWriter), the next write or flush raises; so the newline
            # and the flush make a closed pipe fail here, not silently or at interpreter exit
            print(block_text(document))
            sys.stdout.flush()
            return 0
        result = embed_into(document, into)
    except PipelineError as exc:
        print(f"error: {exc} [{exc.code}]", file=sys.stderr)
        return 1
    for note in result.notes:
        print(f"note: {into}: {note}", file=sys.stderr)
    print(f"{into}: JSON-LD block {result.action}", file=sys.stderr)
    return 0
