"""Check any JSON-LD (files, or the blocks of HTML pages) for CI: our contract, schema.org terms.

Every node at any depth is visited (`@graph`, nesting, `@list`). Three kinds of check:

* vocabulary, on every node in the schema.org context: each `@type` and property is a schema.org
  term (release 30.0, `pipeline/vocabulary.py`), each property is expected on the node's type,
  node values fit the property's range, superseded terms are flagged with their replacement;
* our contract (`schemas/`): a document we wrote (our marker attribute in a page, or a file in
  our output shape) must pass `validate_document`; in anyone else's markup the nodes of our
  types are compared with the matching schema, as warnings, ignoring extra properties;
* Google's content rule (`visible_names`): the person, character and series names in a page's
  TV markup must appear in the page's visible text.

Severity: "error" fails CI (exit 1), "warning" does not.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .validate import Finding, load_schemas, pointer_of, validate_document
from .vocabulary import Vocabulary, load

SCHEMA_BASES = ("https://schema.org/", "http://schema.org/")
MARKER = "tvseries-jsonld"
# Our node types → the schema file that describes them (subtypes of NewsArticle map to it too).
NODE_SCHEMAS = {
    "NewsArticle": "news-article.schema.json",
    "TVSeries": "tv-series.schema.json",
    "CreativeWorkSeason": "season.schema.json",
    "TVSeason": "season.schema.json",
    "PerformanceRole": "performance-role.schema.json",
}
TV_TYPES = ("TVSeries", "CreativeWorkSeason", "TVEpisode", "PerformanceRole")
_KEYWORDS = {
    "@context",
    "@id",
    "@type",
    "@value",
    "@language",
    "@index",
    "@direction",
    "@base",
    "@vocab",
    "@json",
    "@nest",
    "@none",
    "@version",
    "@included",
}
_MAX_LISTED = 6
_ACTION_ANNOTATION = re.compile(r"-(?:input|output)$")


@dataclass(frozen=True, slots=True)
class Context:
    """What the JSON-LD context in scope says: is it schema.org, and which keys are aliases."""

    schema: bool  # terms without a prefix are schema.org terms
    known: bool  # False under a context we cannot read (another vocabulary): terms not checked
    terms: tuple[tuple[str, str], ...] = ()  # term → IRI, prefix or keyword

    def lookup(self, key: str) -> str | None:
        return next((iri for term, iri in self.terms if term == key), None)


@dataclass(frozen=True, slots=True)
class Node:
    path: tuple[str | int, ...]
    value: dict[str, Any]
    context: Context
    types: tuple[str, ...]  # schema.org local names, as written (may be unknown terms)
    via: str | None  # the schema.org property whose value this node is


@dataclass(slots=True)
class Source:
    """One JSON-LD document to check: a file, or block N of an HTML page."""

    file: str
    block: int | None
    document: Any
    ours: bool = False
    findings: list[Finding] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.file}#{self.block}" if self.block is not None else self.file


def schema_term(iri: str) -> str | None:
    """ "https://schema.org/Person" → "Person"; None for another vocabulary."""
    for base in SCHEMA_BASES:
        if iri.startswith(base):
            return iri[len(base) :] or None
    return None


def _is_schema_context(iri: str) -> bool:
    return iri.rstrip("/").lower() in (
        "https://schema.org",
        "http://schema.org",
    ) or iri.lower() in (
        "https://schema.org/docs/jsonldcontext.json",
        "http://schema.org/docs/jsonldcontext.json",
    )


def apply_context(active: Context, value: Any, vocabulary: Vocabulary) -> Context:
    """The context in scope after a node's `@context` (string, object or array of them)."""
    if value is None:
        return Context(schema=False, known=True)
    if isinstance(value, list):
        for item in value:
            active = apply_context(active, item, vocabulary)
        return active
    if isinstance(value, str):
        if _is_schema_context(value):
            aliases = tuple(vocabulary.aliases.items())
            return Context(schema=True, known=True, terms=(*aliases, *active.terms))
        return Context(schema=False, known=False, terms=active.terms)
    if not isinstance(value, dict):
        return active
    schema, known = active.schema, active.known
    if "@vocab" in value:
        vocab = value["@vocab"]
        schema = isinstance(vocab, str) and _is_schema_context(vocab)
        known = schema or vocab is None
    terms = list(active.terms)
    for key, definition in value.items():
        if key.startswith("@"):
            continue
        iri = definition.get("@id") if isinstance(definition, dict) else definition
        if isinstance(iri, str):
            terms.insert(0, (key, iri))
    return Context(schema=schema, known=known, terms=tuple(terms))


def resolve(key: str, context: Context) -> str | None:
    """A key or type as written → keyword ("@type"), schema.org term, or None (other vocabulary)."""
    if key.startswith("@"):
        return key
    defined = context.lookup(key)
    if defined is not None:
        if defined.startswith("@"):
            return defined
        if ":" not in defined:
            return defined if context.schema else None
        return (
            resolve(defined, Context(False, context.known, context.terms))
            if defined != key
            else None
        )
    if ":" in key:
        prefix, _, rest = key.partition(":")
        if prefix in ("http", "https"):
            return schema_term(key)
        expanded = context.lookup(prefix)
        return schema_term(expanded + rest) if expanded else None
    return key if context.schema else None


def walk(document: Any, vocabulary: Vocabulary, start: Context | None = None) -> Iterator[Node]:
    """Every node object in the document, depth first in document order, without recursion."""
    start = start or Context(schema=False, known=True)
    stack: list[tuple[Any, tuple[str | int, ...], Context, str | None]] = [
        (document, (), start, None)
    ]
    while stack:
        value, path, context, via = stack.pop()
        if isinstance(value, list):
            stack.extend(
                (item, (*path, i), context, via) for i, item in reversed(list(enumerate(value)))
            )
            continue
        if not isinstance(value, dict) or "@value" in value:
            continue
        if "@context" in value:
            context = apply_context(context, value["@context"], vocabulary)
        keys = {key: resolve(key, context) for key in value}
        types: list[str] = []
        for key, name in keys.items():
            if name == "@type":
                raw = value[key]
                types.extend(
                    t for t in (raw if isinstance(raw, list) else [raw]) if isinstance(t, str)
                )
        resolved = tuple(resolve(t, context) or "" for t in types)
        children: list[tuple[Any, tuple[str | int, ...], Context, str | None]] = []
        is_node = not (
            len(value) == 1 and ("@graph" in value or "@list" in value or "@set" in value)
        )
        if is_node:
            yield Node(path, value, context, resolved, via)
        for key, name in keys.items():
            if name in ("@graph", "@included", "@reverse"):
                children.append((value[key], (*path, key), context, None))
            elif name in ("@list", "@set"):
                children.append((value[key], (*path, key), context, via))
            elif name is None or not name.startswith("@"):
                children.append((value[key], (*path, key), context, name))
        stack.extend(reversed(children))


def _listing(terms: frozenset[str] | tuple[str, ...]) -> str:
    ordered = sorted(terms)
    shown = ", ".join(ordered[:_MAX_LISTED])
    return shown + (f" (+{len(ordered) - _MAX_LISTED} more)" if len(ordered) > _MAX_LISTED else "")


def _unknown(term: str, what: str, vocabulary: Vocabulary) -> str:
    hint = vocabulary.suggest(term)
    if what == "type" and term in vocabulary.members:
        return (
            f"{term!r} is an enumeration value of {_listing(vocabulary.members[term])}, not a type"
        )
    if what == "type" and vocabulary.is_property(term):
        return f"{term!r} is a schema.org property, not a type"
    if what == "property" and vocabulary.is_type(term):
        return f"{term!r} is a schema.org type, not a property"
    message = f"unknown schema.org {what} {term!r}"
    return message + (f" (did you mean {hint!r}?)" if hint else "")


def _id_types(nodes: list[Node]) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for node in nodes:
        node_id = node.value.get("@id", node.value.get("id"))
        if isinstance(node_id, str) and node.types:
            found[node_id] = (*found.get(node_id, ()), *node.types)
    return found


def vocabulary_findings(document: Any, vocabulary: Vocabulary | None = None) -> list[Finding]:
    """schema.org term checks for every node: types, properties, domains, ranges, superseded."""
    vocabulary = vocabulary or load()
    findings: list[Finding] = []
    start = None
    if isinstance(document, dict | list) and document and not _has_context(document):
        findings.append(
            Finding(
                "",
                "no @context: the terms are not schema.org terms to a JSON-LD "
                'processor (add "@context": "https://schema.org")',
            )
        )
        # check the terms anyway, as schema.org terms: that is what the author meant
        start = Context(schema=True, known=True, terms=tuple(vocabulary.aliases.items()))
    nodes = list(walk(document, vocabulary, start))
    by_id = _id_types(nodes)
    for node in nodes:
        if node.context.known:
            findings.extend(_node_findings(node, node.context, vocabulary, by_id))
    return findings


def _has_context(document: Any) -> bool:
    if isinstance(document, list):
        return all(isinstance(d, dict) and "@context" in d for d in document) and bool(document)
    return isinstance(document, dict) and "@context" in document


def _node_findings(
    node: Node, context: Context, vocabulary: Vocabulary, by_id: dict[str, tuple[str, ...]]
) -> Iterator[Finding]:
    value, path = node.value, node.path
    known_types: list[str] = []
    for key in value:
        if resolve(key, context) != "@type":
            continue
        raw = value[key]
        listed = raw if isinstance(raw, list) else [raw]
        for index, written in enumerate(listed):
            where = pointer_of((*path, key, index) if isinstance(raw, list) else (*path, key))
            if not isinstance(written, str):
                yield Finding(where, f"@type must be a string, not {written!r}")
                continue
            term = resolve(written, context)
            if term is None:
                continue
            if not vocabulary.is_type(term):
                yield Finding(where, _unknown(term, "type", vocabulary))
                continue
            known_types.append(term)
            if term in vocabulary.superseded:
                yield Finding(
                    where,
                    f"type {term!r} is superseded by {vocabulary.superseded[term]!r}",
                    "warning",
                )
    is_role = any(vocabulary.is_subtype(t, "Role") for t in known_types)
    for key in value:
        prop = resolve(key, context)
        if prop is None or prop.startswith("@"):
            continue
        where = pointer_of((*path, key))
        stem = _ACTION_ANNOTATION.sub("", prop)
        if stem != prop and vocabulary.is_property(stem):
            continue  # `query-input`: schema.org's Action annotation of the `query` property
        if not vocabulary.is_property(prop):
            defined = f"{key!r} is defined in @context as {prop!r}: " if key != prop else ""
            yield Finding(where, defined + _unknown(prop, "property", vocabulary))
            continue
        if prop in vocabulary.superseded:
            yield Finding(
                where,
                f"property {prop!r} is superseded by {vocabulary.superseded[prop]!r}",
                "warning",
            )
        # schema.org's Role pattern: a Role node repeats the property that points at it
        if (
            known_types
            and not vocabulary.allows(prop, known_types)
            and not (is_role and prop == node.via)
        ):
            yield Finding(
                where,
                f"property {prop!r} is not expected on {'/'.join(known_types)} "
                f"(schema.org: on {_listing(vocabulary.domains[prop])})",
            )
    yield from _range_findings(node, known_types, is_role, vocabulary, by_id)


def _range_findings(
    node: Node,
    known_types: list[str],
    is_role: bool,
    vocabulary: Vocabulary,
    by_id: dict[str, tuple[str, ...]],
) -> Iterator[Finding]:
    if node.via is None or not vocabulary.is_property(node.via) or is_role:
        return
    types = known_types
    reference = node.value.get("@id")
    if not types and isinstance(reference, str) and len(node.value) == 1:
        types = [t for t in by_id.get(reference, ()) if vocabulary.is_type(t)]
        if not types and reference.startswith(("#", "_:")):
            yield Finding(
                pointer_of(node.path), f"no node with @id {reference!r} in this document", "warning"
            )
    if types and not vocabulary.fits_range(node.via, types):
        yield Finding(
            pointer_of(node.path),
            f"a {'/'.join(types)} is not an expected value of {node.via!r} "
            f"(schema.org: {_listing(vocabulary.ranges[node.via])})",
            "warning",
        )


# --- our contract --------------------------------------------------------------------------


def _without_closed_objects(schema: Any) -> Any:
    """A copy of a schema with `additionalProperties: false` removed (someone else's markup)."""
    if isinstance(schema, dict):
        return {
            k: _without_closed_objects(v)
            for k, v in schema.items()
            if not (k == "additionalProperties" and v is False) and k != "$schema"
        }
    if isinstance(schema, list):
        return [_without_closed_objects(v) for v in schema]
    return schema


@cache
def _open_validator(name: str) -> Any:
    """Validator for one node type, extra properties allowed, with the contract's integer rule."""
    from jsonschema import Draft202012Validator, validators

    from .validate import _is_strict_integer, registry

    schemas = {n: _without_closed_objects(s) for n, s in load_schemas().items()}
    checker = Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_strict_integer)
    cls = validators.extend(Draft202012Validator, type_checker=checker)
    return cls(schemas[name], registry=registry(schemas))


def node_findings(
    node: dict[str, Any], schema_name: str, path: tuple[str | int, ...] = ()
) -> list[Finding]:
    """One node against `schemas/<schema_name>`, extra properties allowed; pointers under `path`."""
    from .validate import _findings_for

    found = []
    for error in _open_validator(schema_name).iter_errors(node):
        for finding in _findings_for(error):
            found.append(Finding(pointer_of(path) + finding.pointer, finding.message, "warning"))
    return found


def _our_schema(types: tuple[str, ...], vocabulary: Vocabulary) -> tuple[str, str] | None:
    for term in types:
        if term in NODE_SCHEMAS:
            return term, NODE_SCHEMAS[term]
        if vocabulary.is_type(term) and vocabulary.is_subtype(term, "NewsArticle"):
            return "NewsArticle", NODE_SCHEMAS["NewsArticle"]
    return None


def contract_findings(
    document: Any, ours: bool, vocabulary: Vocabulary | None = None
) -> list[Finding]:
    """Ours: the whole contract, as errors. Anyone's: nodes of our types, as warnings."""
    if ours:
        return _contract_with_page_links(document)
    vocabulary = vocabulary or load()
    ours_nodes = []
    for node in walk(document, vocabulary):
        match = _our_schema(node.types, vocabulary)
        if match is not None:
            ours_nodes.append((pointer_of(node.path), node, *match))
    findings: list[Finding] = []
    for pointer, node, canonical, schema_name in ours_nodes:
        value = copy.copy(node.value)
        value.pop("@context", None)
        value["@type"] = canonical  # the node's other types and subtypes are checked above
        for finding in node_findings(value, schema_name, node.path):
            # a nested node of our types is reported once, from its own schema
            owner = max((p for p, *_ in ours_nodes if _within(finding.pointer, p)), key=len)
            if owner == pointer:
                message = f"not in our contract (schemas/{schema_name}): {finding.message}"
                findings.append(Finding(finding.pointer, message, "warning"))
    return findings


def _is_page_link(node: Any, series_ids: set[str]) -> bool:
    """The node `embed` writes when the page's article has no @id (see `pipeline.embed`):
    {"@type": "WebPage", "@id": <absolute URL>, "about": [refs to TVSeries of this graph]}."""
    if not isinstance(node, dict) or set(node) != {"@type", "@id", "about"}:
        return False
    about = node["about"]
    refs = about if isinstance(about, list) else [about]
    return (
        node["@type"] == "WebPage"
        and isinstance(node["@id"], str)
        and node["@id"].startswith(("http://", "https://"))
        and bool(refs)
        and all(isinstance(r, dict) and set(r) == {"@id"} and r["@id"] in series_ids for r in refs)
    )


def _contract_with_page_links(document: Any) -> list[Finding]:
    """`validate_document`, allowing the page-link nodes `embed` adds to our block; the
    findings' pointers are those of the document as given."""
    graph = document.get("@graph") if isinstance(document, dict) else None
    if not isinstance(graph, list):
        return validate_document(document)
    series_ids = {
        n["@id"]
        for n in graph
        if isinstance(n, dict) and n.get("@type") == "TVSeries" and isinstance(n.get("@id"), str)
    }
    kept = [i for i, node in enumerate(graph) if not _is_page_link(node, series_ids)]
    if len(kept) == len(graph):
        return validate_document(document)
    reduced = {**document, "@graph": [graph[i] for i in kept]}
    prefix = re.compile(r"^/@graph/(\d+)(?=/|$)")
    return [
        Finding(
            prefix.sub(lambda m: f"/@graph/{kept[int(m[1])]}", f.pointer), f.message, f.severity
        )
        for f in validate_document(reduced)
    ]


def _within(pointer: str, prefix: str) -> bool:
    return pointer == prefix or pointer.startswith(prefix + "/")


def looks_like_ours(document: Any) -> bool:
    """Our output shape: {"@context": "https://schema.org", "@graph": [our node types]}."""
    if not isinstance(document, dict) or set(document) != {"@context", "@graph"}:
        return False
    graph = document["@graph"]
    return (
        document["@context"] == "https://schema.org"
        and isinstance(graph, list)
        and all(
            isinstance(n, dict)
            and n.get("@type") in ("NewsArticle", "TVSeries", "CreativeWorkSeason")
            for n in graph
        )
    )


def check(source: Source) -> list[Finding]:
    """All findings for one document, deduplicated, in document order."""
    vocabulary = load()
    found = [
        *contract_findings(source.document, source.ours, vocabulary),
        *vocabulary_findings(source.document, vocabulary),
    ]
    unique: dict[tuple[str, str], Finding] = {}
    for finding in found:
        unique.setdefault((finding.pointer, finding.message), finding)
    return sorted(unique.values(), key=_order)


def _order(finding: Finding) -> tuple[tuple[tuple[int, int | str], ...], str]:
    steps = finding.pointer.split("/")[1:] if finding.pointer else []
    return tuple((0, int(s)) if s.isdigit() else (1, s) for s in steps), finding.message


# --- reading inputs ------------------------------------------------------------------------

JSON_SUFFIXES = (".jsonld", ".json")
HTML_SUFFIXES = (".html", ".htm")


def _looks_like_jsonld(document: Any) -> bool:
    items = document if isinstance(document, list) else [document]
    return bool(items) and all(
        isinstance(i, dict) and ("@context" in i or "@graph" in i or "@type" in i) for i in items
    )


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Files to check: named files as given; in folders every .jsonld, .html/.htm and .json."""
    files: list[Path] = []
    missing: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in (*JSON_SUFFIXES, *HTML_SUFFIXES)
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            missing.append(f"{path}: no such file or folder")
    return files, missing


def load_sources(path: Path, named: bool, max_bytes: int) -> list[Source]:
    """One file → its documents: the JSON file itself, or each JSON-LD block of a page.

    JSON files found in a folder that are not JSON-LD (run reports, evidence) are skipped;
    files named on the command line are always checked.
    """
    from .read import read_bytes

    label = str(path)
    try:
        data = read_bytes(path, max_bytes)
    except Exception as exc:  # ReadError carries the file name; keep going with other files
        return [Source(label, None, None, findings=[Finding("", str(exc))])]
    if path.suffix.lower() in HTML_SUFFIXES:
        return _page_sources(data, label)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        return [Source(label, None, None, findings=[Finding("", f"not valid JSON: {exc}")])]
    if not named and path.suffix.lower() == ".json" and not _looks_like_jsonld(document):
        return []
    return [Source(label, None, document, ours=looks_like_ours(document))]


def _page_sources(data: bytes, label: str) -> list[Source]:
    from .errors import ReadError
    from .html import decode_html, jsonld_blocks, parse_tree

    try:
        text, _ = decode_html(data, label)
        tree = parse_tree(text, label)
    except ReadError as exc:
        return [Source(label, None, None, findings=[Finding("", str(exc))])]
    sources = []
    for block in jsonld_blocks(tree):
        source = Source(label, block.number, block.data, ours=block.generator == MARKER)
        if block.error:
            source.findings.append(Finding("", block.error))
        elif block.repairs:
            source.findings.append(
                Finding("", "invalid JSON, read only after repair: " + "; ".join(block.repairs))
            )
        sources.append(source)
    return sources


# --- Google's content rule -----------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split())


def tv_names(document: Any, vocabulary: Vocabulary | None = None) -> list[tuple[str, str, str]]:
    """(pointer, kind, name) for every series, person and character name in the TV markup."""
    vocabulary = vocabulary or load()
    found: list[tuple[str, str, str]] = []
    tv_paths: list[tuple[str | int, ...]] = []
    for node in walk(document, vocabulary):
        types = [t for t in node.types if vocabulary.is_type(t)]
        inside_tv = any(node.path[: len(p)] == p for p in tv_paths)
        if any(vocabulary.is_subtype(t, tv) for t in types for tv in TV_TYPES):
            tv_paths.append(node.path)
            inside_tv = True
        if not inside_tv:
            continue
        for key, name in node.value.items():
            if not isinstance(name, str) or not name.strip():
                continue
            if key == "name" and any(vocabulary.is_subtype(t, "TVSeries") for t in types):
                found.append((pointer_of((*node.path, key)), "series", name))
            elif key == "name" and "Person" in types:
                found.append((pointer_of((*node.path, key)), "person", name))
            elif key == "characterName":
                found.append((pointer_of((*node.path, key)), "character", name))
    return found


def visible_name_findings(document: Any, visible_text: str) -> list[Finding]:
    """Google: markup must describe what readers see; each TV name missing from the page's text."""
    seen = _fold(visible_text)
    return [
        Finding(
            pointer,
            f"{kind} name {name!r} does not appear in the page's visible text "
            "(Google: markup must describe visible content)",
        )
        for pointer, kind, name in tv_names(document)
        if _fold(name) not in seen
    ]


def page_visible_text(data: bytes, label: str) -> str:
    from .html import decode_html, parse_tree, visible_text

    text, _ = decode_html(data, label)
    return visible_text(parse_tree(text, label))


# --- the `validate` command ----------------------------------------------------------------


def validate_paths(
    paths: list[Path],
    *,
    page: bool = False,
    contract: bool = False,
    max_bytes: int = 20 * 1024 * 1024,
) -> tuple[int, list[dict[str, Any]], list[str]]:
    """Files and folders → (documents checked, findings as dicts, paths that do not exist)."""
    files, missing = expand_paths(paths)
    named = {p for p in paths if p.is_file()}
    rows: list[dict[str, Any]] = []
    checked = 0
    for path in files:
        sources = load_sources(path, path in named, max_bytes)
        visible = None
        if page and path.suffix.lower() in HTML_SUFFIXES and sources:
            from .read import read_bytes

            visible = page_visible_text(read_bytes(path, max_bytes), str(path))
        for source in sources:
            checked += 1
            source.ours = source.ours or contract
            findings = list(source.findings)
            if source.document is not None:
                findings += check(source)
                if visible is not None:
                    findings += visible_name_findings(source.document, visible)
            rows.extend(
                {"file": source.file, "block": source.block, **f.as_dict()} for f in findings
            )
    return checked, rows, missing


def format_row(row: dict[str, Any]) -> str:
    """`file[#block]: /json/pointer: severity: message`, one line."""
    label = row["file"] + (f"#{row['block']}" if row["block"] is not None else "")
    message = " ".join(str(row["message"]).split())
    return f"{label}: {row['pointer'] or '/'}: {row['severity']}: {message}"


def run_validate(
    paths: list[Path], fmt: str = "text", page: bool = False, contract: bool = False
) -> int:
    """The `validate` command: print the findings; 1 on any error or missing path, else 0.

    A reader that stops early (`… | head`) ends it quietly with status 1."""
    from .embed import reader_gone

    try:
        return _validate_command(paths, fmt, page, contract)
    except BrokenPipeError:
        return reader_gone()


def _validate_command(paths: list[Path], fmt: str, page: bool, contract: bool) -> int:
    import sys

    checked, rows, missing = validate_paths(paths, page=page, contract=contract)
    errors = sum(r["severity"] == "error" for r in rows) + len(missing)
    warnings = sum(r["severity"] == "warning" for r in rows)
    if fmt == "json":
        payload = {
            "documents": checked,
            "errors": errors,
            "warnings": warnings,
            "missing": missing,
            "findings": rows,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for problem in missing:
            print(f"{problem}: error", file=sys.stderr)
        for row in rows:
            print(format_row(row))
        print(f"{checked} documents checked: {errors} errors, {warnings} warnings", file=sys.stderr)
    sys.stdout.flush()  # a closed pipe fails here, not at interpreter exit
    return 1 if errors else 0
