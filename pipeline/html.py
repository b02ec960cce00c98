"""Read stage for web pages: HTML bytes → `Article` (main text plus the page's own metadata).

The main text comes from trafilatura (boilerplate removal). Headline, `datePublished`, author and
canonical URL come from the page's markup through extruct's extractors (JSON-LD, microdata,
OpenGraph, RDFa) and `<link rel="canonical">`; they win over anything guessed from the text.

JSON-LD is parsed block by block, because one broken block must not lose the good ones beside it
(`extruct.extract` raises on some, and `errors='ignore'` drops the whole page). Each block is
tried as strict JSON, then with extruct's own recovery (raw control characters, comments,
trailing commas), then with repairs for breakages seen on real pages (CDATA or HTML-comment
wrapper, a trailing semicolon, trailing junk such as an extra `}`). A block that still fails is
reported as a warning naming the file, the block number and the reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any

from .errors import ReadError
from .read import normalise
from .records import Article

MARKER_ATTRIBUTE = "data-generator"
_LD_JSON = "application/ld+json"
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[(.*?)(?://\s*)?\]\]>\s*$", re.S)
_HTML_COMMENT = re.compile(r"^\s*<!--(.*?)-->\s*$", re.S)
_SCHEMA = re.compile(r"^https?://schema\.org/?", re.I)
# OpenGraph / meta names tried for each field, best first.
_META_HEADLINE = ("og:title", "twitter:title")
_META_DATE = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
)
_EARLIEST_YEAR = 1900
_META_AUTHOR = ("author", "article:author", "byl", "dc.creator", "sailthru.author")
_META_URL = ("og:url", "twitter:url")


@dataclass(frozen=True, slots=True)
class JsonLdBlock:
    """One `<script type="application/ld+json">` element of a page (numbered from 1)."""

    number: int
    text: str
    data: Any  # the parsed JSON; None when unparseable (or a JSON null)
    error: str | None = None  # why it could not be parsed
    repairs: tuple[str, ...] = ()  # what had to be fixed to parse it (not valid JSON as is)
    generator: str | None = None  # value of our marker attribute when we wrote the block

    @property
    def ok(self) -> bool:
        return self.error is None


def decode_html(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Page bytes → text: a BOM, else UTF-8, else the declared `<meta charset>`, else cp1252."""
    from .read import decode

    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, source)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared[1].decode("ascii"), errors="replace"), ()
        except LookupError:
            pass
    return decode(data, source)


def parse_tree(text: str, source: str) -> Any:
    """HTML text → lxml tree of the kind extruct's RDFa extractor needs (works for all syntaxes)."""
    from extruct.utils import parse_xmldom_html
    from lxml.etree import ParserError

    try:
        tree = parse_xmldom_html(text.encode("utf-8"), encoding="utf-8")
    except (ParserError, ValueError) as exc:
        raise ReadError(f"{source}: not an HTML page: {exc}", code="E106") from exc
    if tree is None:
        raise ReadError(f"{source}: empty HTML page", code="E101")
    return tree


def _lenient(text: str) -> Any:
    """extruct's recovery: raw control characters, then JS/HTML comment lines, trailing commas."""
    try:
        return json.loads(text, strict=False)
    except ValueError:
        import jstyleson
        from extruct.jsonld import HTML_OR_JS_COMMENTLINE

        return jstyleson.loads(HTML_OR_JS_COMMENTLINE.sub("", text), strict=False)


def _unwrap(text: str) -> tuple[str, list[str]]:
    """Remove CDATA / HTML comment wrappers and a trailing semicolon around the JSON."""
    repairs = []
    for pattern, what in ((_CDATA, "CDATA wrapper"), (_HTML_COMMENT, "HTML comment wrapper")):
        match = pattern.match(text)
        if match:
            text = match[1]
            repairs.append(f"removed {what}")
    stripped = text.rstrip()
    if stripped.endswith(";"):
        text = stripped.rstrip(";")
        repairs.append("removed trailing semicolon")
    return text, repairs


def _first_value(text: str) -> Any:
    """The first JSON value in `text`, ignoring what follows (e.g. a stray extra `}`)."""
    import jstyleson

    cleaned = jstyleson.dispose(text)
    value, _ = json.JSONDecoder(strict=False).raw_decode(cleaned.strip())
    return value


def parse_block(text: str) -> tuple[Any, tuple[str, ...]]:
    """JSON-LD script text → (data, repairs made); raises ValueError with the strict reason."""
    try:
        return json.loads(text), ()
    except ValueError as exc:
        reason = f"not valid JSON as is: {exc}"
    unwrapped, repairs = _unwrap(text)
    for candidate, fixes in ((text, []), (unwrapped, repairs)):
        try:
            return _lenient(candidate), (*fixes, reason)
        except ValueError:
            pass
    try:
        return _first_value(unwrapped), (
            *repairs,
            "ignored text after the first JSON value",
            reason,
        )
    except ValueError:
        pass
    raise ValueError(reason.removeprefix("not valid JSON as is: "))


def jsonld_blocks(tree: Any) -> list[JsonLdBlock]:
    """Every `application/ld+json` script of a parsed page, parsed block by block."""
    blocks = []
    scripts = [
        node for node in tree.iter("script") if (node.get("type") or "").strip().lower() == _LD_JSON
    ]
    for number, node in enumerate(scripts, start=1):
        text = node.text or ""
        generator = node.get(MARKER_ATTRIBUTE)
        try:
            data, repairs = parse_block(text)
        except ValueError as exc:
            blocks.append(JsonLdBlock(number, text, None, f"invalid JSON: {exc}", (), generator))
            continue
        except RecursionError:
            blocks.append(JsonLdBlock(number, text, None, "JSON nests too deeply", (), generator))
            continue
        blocks.append(JsonLdBlock(number, text, data, None, repairs, generator))
    return blocks


def flatten_items(blocks: list[JsonLdBlock]) -> list[dict[str, Any]]:
    """The good blocks' top-level objects, as extruct's JsonLdExtractor lists them."""
    items: list[dict[str, Any]] = []
    for block in blocks:
        data = block.data
        for item in data if isinstance(data, list) else [data]:
            if item and isinstance(item, dict):
                items.append(item)
    return items


# --- picking the page's metadata -----------------------------------------------------------


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in `value`, depth first, without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _type_names(node: dict[str, Any]) -> list[str]:
    raw = node.get("@type", node.get("type"))
    names = raw if isinstance(raw, list) else [raw]
    return [_SCHEMA.sub("", n).removeprefix("schema:") for n in names if isinstance(n, str)]


def _is_article_type(name: str) -> bool:
    from .vocabulary import load

    vocabulary = load()
    term = name if vocabulary.is_type(name) else vocabulary.suggest(name) or name
    return vocabulary.is_type(term) and vocabulary.is_subtype(term, "Article")


def _text(value: Any) -> str | None:
    """A property value → one clean string: first of a list, `name`/`@value`/`@id` of an object."""
    if isinstance(value, list):
        for item in value:
            found = _text(item)
            if found:
                return found
        return None
    if isinstance(value, dict):
        for key in ("name", "@value", "@id", "url", "properties"):
            found = _text(value.get(key))
            if found:
                return found
        return None
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def parse_date(value: str | None) -> date | None:
    """An ISO ("2019-11-13T10:00:00Z"), RFC 2822 or written-out date → the date, or None."""
    if not value or not value.strip():
        return None
    found: date | None = None
    match = _ISO_DATE.match(value)
    if match:
        try:
            found = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    else:
        try:
            found = parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            import dateparser

            parsed = dateparser.parse(
                value, settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time"]}
            )
            found = parsed.date() if parsed else None
    # CMS placeholders such as 0001-01-01 are not publication dates
    return found if found and found.year >= _EARLIEST_YEAR else None


def _meta(tree: Any) -> dict[str, str]:
    """`<meta name|property=… content=…>` → {lower-cased name: first content}."""
    found: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip()
        content = (node.get("content") or "").strip()
        if key and content:
            found.setdefault(key.lower(), content)
    return found


def _canonical(tree: Any) -> str | None:
    for node in tree.iter("link"):
        rel = (node.get("rel") or "").lower().split()
        href = (node.get("href") or "").strip()
        if "canonical" in rel and href.startswith(("http://", "https://")):
            return href
    return None


def page_urls(tree: Any) -> tuple[str, ...]:
    """The page's own absolute addresses: `<link rel="canonical">`, then `og:url`/`twitter:url`."""
    meta = _meta(tree)
    found = [_canonical(tree), *(meta.get(k) for k in _META_URL)]
    urls = [u for u in found if u and u.startswith(("http://", "https://"))]
    return tuple(dict.fromkeys(urls))


def _microdata_articles(tree: Any, warn: list[str], source: str) -> list[dict[str, Any]]:
    """Microdata Article items as {property: value} dicts, via extruct."""
    from extruct.w3cmicrodata import MicrodataExtractor

    try:
        items = MicrodataExtractor().extract_items(tree, base_url=None)
    except Exception as exc:  # third-party extractor on arbitrary markup: report, go on
        warn.append(f"{source}: microdata not read ({type(exc).__name__}: {exc})")
        return []
    out = []
    for item in _nodes(items):
        kinds = item.get("type")
        names = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(n, str) and _is_article_type(_SCHEMA.sub("", n)) for n in names):
            properties = item.get("properties")
            if isinstance(properties, dict):
                out.append(properties)
    return out


def _opengraph(tree: Any, warn: list[str], source: str) -> dict[str, str]:
    from extruct.opengraph import OpenGraphExtractor

    found: dict[str, str] = {}
    try:
        for item in OpenGraphExtractor().extract_items(tree):
            for key, value in item.get("properties", []):
                found.setdefault(key.lower(), value)
    except Exception as exc:  # third-party extractor on arbitrary markup: report, go on
        warn.append(f"{source}: OpenGraph not read ({type(exc).__name__}: {exc})")
    return found


def _rdfa_articles(tree: Any, warn: list[str], source: str) -> list[dict[str, Any]]:
    """RDFa Article nodes (expanded JSON-LD) as {local property name: first value}."""
    if not tree.xpath("//*[@property or @typeof][not(self::meta)]"):
        return []  # OpenGraph `<meta property>` is covered above; skip the slow RDF parse
    from extruct.rdfa import RDFaExtractor

    try:
        nodes = RDFaExtractor().extract_items(tree, base_url=None)
    except Exception as exc:  # third-party extractor on arbitrary markup: report, go on
        warn.append(f"{source}: RDFa not read ({type(exc).__name__}: {exc})")
        return []
    out = []
    for node in nodes:
        if not isinstance(node, dict):
            continue
        types = [_SCHEMA.sub("", t) for t in node.get("@type", []) if isinstance(t, str)]
        if any(_is_article_type(t) for t in types):
            out.append({_SCHEMA.sub("", k): v for k, v in node.items() if _SCHEMA.match(k)})
    return out


# --- the author: a person, or nothing --------------------------------------------------------

# Words that mark a byline as an organisation, a desk or a wire service, not a person.
_NOT_A_PERSON = re.compile(
    r"\b(?:news|staff|bureau|desk|team|agency|agencies|press|media|network|editorial|editors?|"
    r"newsroom|service|wire|reuters|afp|ap|pti|ians|bloomberg|admin|administrator|"
    r"contributors?|correspondents?|writers?|reporters?|inc|ltd|llc|corp|company|group|tv|"
    r"radio|channel|magazine|times|post|daily|herald|tribune|journal|gazette|online|digital|"
    r"report|sports?|weather|and|und)\b|[&@/|:;+=_#0-9()\[\]]",
    re.I,
)
# Lower-case name particles ("Ana de Armas", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "del", "della", "der", "den", "di", "du", "la", "le", "van",
     "von", "bin", "ibn", "al", "el", "ter", "ten", "zu"}
)  # fmt: skip
# ", AP Auto Writer", ", Staff Reporter": a job title after the name.
_TITLE_AFTER_COMMA = re.compile(
    r",\s*[^,]*\b(?:writer|reporter|correspondent|editor|columnist|critic|contributor|staff|"
    r"producer|journalist|analyst|intern)s?\b.*$",
    re.I | re.S,
)


def _person_types(node: dict[str, Any]) -> bool | None:
    """True: the node is typed as a Person; False: typed as something else; None: untyped."""
    from .vocabulary import load

    vocabulary = load()
    names = _type_names(node)
    if not names:
        return None
    terms = [n if vocabulary.is_type(n) else vocabulary.suggest(n) or n for n in names]
    people = [vocabulary.is_type(t) and vocabulary.is_subtype(t, "Person") for t in terms]
    return all(people)


def _clean_byline(name: str) -> str:
    name = " ".join(name.split())
    name = re.sub(r"^by\s+", "", name, flags=re.I)
    return _TITLE_AFTER_COMMA.sub("", name).strip(" ,")


def _looks_like_person(name: str, typed_person: bool) -> bool:
    """Precision first: no organisation words; untyped names must look like "Given Family"."""
    if not name or name.startswith(("http://", "https://", "www.")) or _NOT_A_PERSON.search(name):
        return False
    tokens = name.split()
    if typed_person:
        return 1 <= len(tokens) <= 6
    if not 2 <= len(tokens) <= 5:
        return False
    for token in tokens:
        if token in _PARTICLES:
            continue
        word = token.replace("'", "").replace("\u2019", "").replace("-", "").replace(".", "")
        if not word or not word.isalpha() or token[0].islower():
            return False
    return True


def _author_candidates(value: Any) -> Iterator[tuple[str, bool | None]]:
    """An `author`/`creator` value → (name, typed as Person?) for each person-or-thing in it."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            yield item, None
        elif isinstance(item, dict):
            typed = _person_types(item)
            properties = item.get("properties")  # extruct microdata: {type, properties}
            source = properties if isinstance(properties, dict) else item
            name = _text(source.get("name"))
            if name:
                yield name, typed


def page_author(articles: list[dict[str, Any]], meta: dict[str, str]) -> str | None:
    """The article's author when the page says it is a person, else None (precision first).

    A node typed Person (or a subtype) is kept unless its name is plainly a desk or a wire
    ("HNN Staff", "Reuters"); a node typed Organization (or anything else) is never a person.
    An untyped name, from JSON-LD or `<meta name="author">`, is kept only when it looks like a
    person's name ("Dana Reyes", not "News Nation Bureau").
    """
    candidates = [
        found
        for article in articles
        for key in ("author", "creator")
        for found in _author_candidates(article.get(key))
    ]
    candidates += [(m, None) for m in (meta.get(k) for k in _META_AUTHOR) if m]
    for raw, typed in candidates:
        if typed is False:
            continue
        name = _clean_byline(raw)
        if _looks_like_person(name, typed_person=typed is True):
            return name
    return None


@dataclass(frozen=True, slots=True)
class PageMetadata:
    headline: str | None
    date_published: date | None
    author: str | None
    url: str | None
    jsonld: tuple[dict[str, Any], ...]
    warnings: tuple[str, ...]


def _first(*candidates: str | None) -> str | None:
    return next((c for c in candidates if c), None)


def page_metadata(tree: Any, source: str) -> PageMetadata:
    """The page's own statements about itself, best source first for each field."""
    warn: list[str] = []
    blocks = jsonld_blocks(tree)
    for block in blocks:
        if block.error:
            warn.append(f"{source}: JSON-LD block {block.number} skipped: {block.error}")
        elif block.repairs:
            warn.append(
                f"{source}: JSON-LD block {block.number} repaired: {'; '.join(block.repairs)}"
            )
    items = flatten_items(blocks)
    articles = [n for n in _nodes(items) if any(_is_article_type(t) for t in _type_names(n))]
    articles += _microdata_articles(tree, warn, source)
    articles += _rdfa_articles(tree, warn, source)
    og = _opengraph(tree, warn, source)
    meta = {**_meta(tree), **og}

    def from_articles(*keys: str) -> str | None:
        return _first(*(_text(a.get(k)) for a in articles for k in keys))

    headline = _first(from_articles("headline", "name"), *(meta.get(k) for k in _META_HEADLINE))
    if headline is None:
        title = tree.find(".//title")
        headline = _text(title.text_content()) if title is not None else None
    raw_dates = [_text(a.get(k)) for a in articles for k in ("datePublished", "dateCreated")]
    raw_dates += [meta.get(k) for k in _META_DATE]
    published = next((d for d in map(parse_date, raw_dates) if d), None)
    if published is None:  # only then look for a marked `<time>` in the page
        raw_dates.append(_time_published(tree))
        published = parse_date(raw_dates[-1])
    if published is None and any(raw_dates):
        unread = next(r for r in raw_dates if r)
        warn.append(f"{source}: publication date {unread!r} not understood; ignored")
    author = page_author(articles, meta)
    url = _first(
        _canonical(tree),
        *(meta.get(k) for k in _META_URL),
        from_articles("url", "mainEntityOfPage"),
    )
    if url and not url.startswith(("http://", "https://")):
        url = None
    return PageMetadata(headline, published, author, url, tuple(items), tuple(warn))


def _time_published(tree: Any) -> str | None:
    """The page's own `<time datetime>`, last resort after JSON-LD and meta tags: one marked as
    the publication (itemprop, pubdate, a "publish"/"posted" class, in the article's header),
    else one standing before the story ("<h1>…</h1><time>…</time><p>…"). Never one inside the
    story's text ("Season 2 premieres <time>June 1</time>"), nor a site header's clock."""
    stamps = tree.xpath("//time[@datetime]")
    marked = [
        t for t in stamps
        if t.get("itemprop") == "datePublished" or t.get("pubdate") is not None
        or re.search(r"publish|posted", t.get("class") or "", re.I)
        or t.xpath("ancestor::header/ancestor::article")
    ]
    chosen = marked[0] if marked else next(filter(_before_the_story, stamps), None)
    return _text(chosen.get("datetime")) if chosen is not None else None


def _before_the_story(stamp: Any) -> bool:
    """A `<time>` between the headline and the story: after an `<h1>`, before any paragraph
    of text, alone in its own paragraph if it has one; not in a list or a table (event
    listings), nor in navigation or a header outside the article (a site-wide date)."""
    if not stamp.xpath("preceding::h1") or stamp.xpath(
        "ancestor::li | ancestor::table | ancestor::nav | ancestor::header[not(ancestor::article)]"
    ):
        return False
    if stamp.xpath("preceding::p[normalize-space()]"):
        return False
    own = stamp.xpath("ancestor::p[1]")
    return not own or " ".join(own[0].text_content().split()) == " ".join(
        stamp.text_content().split()
    )


def main_text(text: str, tree: Any) -> tuple[str, bool]:
    """The article body via trafilatura; (visible body text, False) when it finds none."""
    import trafilatura

    # no `deduplicate`: its cache spans calls, so a batch would drop text seen in earlier pages
    body = trafilatura.extract(text, include_comments=False, include_tables=False)
    if body and body.strip():
        return body, True
    return visible_text(tree), False


_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
     "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
     "pre", "section", "table", "td", "th", "tr", "ul"}
)  # fmt: skip
_INVISIBLE_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hidden(node: Any) -> bool:
    if not isinstance(node.tag, str):  # comments and processing instructions
        return True
    return (
        node.tag.lower() in _INVISIBLE_TAGS
        or node.get("hidden") is not None
        or node.get("aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(node.get("style") or ""))
    )


def visible_text(tree: Any) -> str:
    """Text a reader can see: the body without scripts, styles, templates and hidden elements."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    chunks: list[str] = []
    stack: list[Any] = [root]
    while stack:  # text, children, then tail: document order without recursion
        item = stack.pop()
        if isinstance(item, str):
            chunks.append(item)
            continue
        if item is not root and item.tail:
            stack.append(item.tail)
        if _hidden(item):
            continue
        block = isinstance(item.tag, str) and item.tag.lower() in _BLOCK_TAGS
        if block:
            stack.append("\n")
        stack.extend(reversed(list(item)))
        if item.text:
            stack.append(item.text)
        if block:
            stack.append("\n")
    lines = (" ".join(line.split()) for line in "".join(chunks).splitlines())
    return "\n".join(line for line in lines if line)


def read_html(data: bytes, source: str, date_override: date | None = None) -> Article:
    """Page bytes → `Article`: main text, plus metadata that wins over the text's guesses."""
    text, warnings = decode_html(data, source)
    if not text.strip():
        raise ReadError(f"{source}: empty HTML page", code="E101")
    tree = parse_tree(text, source)
    meta = page_metadata(tree, source)
    body, found = main_text(text, tree)
    notes = list(warnings) + list(meta.warnings)
    if not found:
        notes.append(f"{source}: no article text found by trafilatura; using all visible text")
    body = normalise(body).strip()
    if not body:
        raise ReadError(f"{source}: HTML page has no visible text", code="E101")
    return Article(
        source=source,
        text=body + "\n",
        date_published=date_override or meta.date_published,
        headline=meta.headline,
        url=meta.url,
        author=meta.author,
        page_jsonld=meta.jsonld,
        warnings=tuple(notes),
    )
