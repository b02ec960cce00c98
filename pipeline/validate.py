"""Validate stage: a JSON-LD document → findings against the hand-written `schemas/` contract.

The schemas are loaded once per process. Every finding carries the JSON pointer of the value at
fault (for an unexpected property: the property itself), so a CI log says exactly which fact is
wrong. Findings are sorted in document order (array indices compared as numbers), then by message.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .cache import cache_dir, store

ENTRY_SCHEMA = "document.schema.json"

_MAX_MESSAGE = 240  # jsonschema repeats whole instances in messages; keep CI logs readable


@dataclass(frozen=True, slots=True)
class Finding:
    pointer: str
    message: str
    severity: str = "error"

    def as_dict(self) -> dict[str, str]:
        return {"pointer": self.pointer, "message": self.message, "severity": self.severity}


def schemas_dir() -> Path:
    """`$PIPELINE_SCHEMAS`, else the repository's `schemas/` beside the package."""
    override = os.environ.get("PIPELINE_SCHEMAS")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "schemas"


def load_schemas(folder: Path | None = None) -> dict[str, dict[str, Any]]:
    """Every `*.json` schema in `folder`, keyed by its file name, in sorted order."""
    folder = schemas_dir() if folder is None else folder
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.json"))
    }


def registry(schemas: dict[str, dict[str, Any]] | None = None) -> Any:
    """A `referencing.Registry` holding every schema under its own absolute `$id`."""
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    schemas = load_schemas() if schemas is None else schemas
    resources = [(s["$id"], DRAFT202012.create_resource(s)) for s in schemas.values()]
    empty: Registry[Any] = Registry()
    return empty.with_resources(resources)


def _is_strict_integer(checker: Any, instance: Any) -> bool:
    """JSON integers only: 2.0 parsed from JSON text is a float and does not count."""
    return isinstance(instance, int) and not isinstance(instance, bool)


@cache
def _validator(entry: str = ENTRY_SCHEMA) -> Any:
    from jsonschema import Draft202012Validator, validators

    type_checker = Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_strict_integer)
    strict = validators.extend(Draft202012Validator, type_checker=type_checker)
    # Every file declares Draft 2020-12 (tests check it). jsonschema switches to the stock class
    # for a `$ref`'d root that carries `$schema`, which would drop the strict integer check, so
    # the roots are registered without it; `registry()` creates them as Draft 2020-12 anyway.
    schemas = {
        name: {key: value for key, value in schema.items() if key != "$schema"}
        for name, schema in load_schemas().items()
    }
    return strict(schemas[entry], registry=registry(schemas))


def pointer_of(path: Iterable[Any]) -> str:
    """jsonschema's deque path → RFC 6901 JSON pointer."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(parts) if parts else ""


def _most_specific(error: Any) -> Any:
    """For anyOf/oneOf failures, the nested error that best explains the failure."""
    from jsonschema.exceptions import best_match

    best = best_match([error])
    while best.context:  # best_match stops on a tie: take the deepest, first in schema order
        best = max(best.context, key=lambda e: len(e.absolute_path))
    return best


def _unexpected(error: Any) -> list[str]:
    """Names of the properties an additionalProperties failure is about."""
    schema, instance = error.schema, error.instance
    if not isinstance(schema, dict) or not isinstance(instance, dict):
        return []
    known = set(schema.get("properties", {}))
    patterns = list(schema.get("patternProperties", {}))
    return [
        name
        for name in instance
        if name not in known and not any(re.search(p, name) for p in patterns)
    ]


def _shorten(message: str) -> str:
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"


def _findings_for(error: Any) -> Iterator[Finding]:
    error = _most_specific(error)
    path = list(error.absolute_path)
    if error.validator == "additionalProperties":
        names = _unexpected(error)
        for name in names:
            yield Finding(pointer_of([*path, name]), f"unexpected property {name!r}")
        if names:
            return
    message = error.message
    title = error.schema.get("title") if isinstance(error.schema, dict) else None
    if error.validator == "pattern" and title:
        message = f"{error.instance!r} is not {title}"
    elif error.validator in ("type", "minimum", "minItems") and title:
        message = f"{message} (expected {title})"
    yield Finding(pointer_of(path), _shorten(message))


def _order(finding: Finding) -> tuple[tuple[tuple[int, int | str], ...], str]:
    steps = finding.pointer.split("/")[1:]
    key = tuple((0, int(s)) if s.isdigit() else (1, s) for s in steps)
    return key, finding.message


def _split_ref_siblings(node: Any) -> Any:
    """`{"$ref": X, k: v…}` → `{"allOf": [{"$ref": X}, {k: v…}]}`, recursively.

    Draft 2020-12 applies a `$ref` together with its sibling keywords; fastjsonschema follows
    Draft 7, where a `$ref` hides its siblings. `allOf` means the same in both drafts, so the
    rewrite keeps every check (tests compare both validators on valid and invalid documents).
    """
    if isinstance(node, list):
        return [_split_ref_siblings(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _split_ref_siblings(value) for key, value in node.items()}
    siblings = {k: v for k, v in node.items() if k not in ("$ref", "$id", "$schema", "$defs",
                                                            "title", "description")}
    if "$ref" in node and siblings:
        kept = {k: v for k, v in node.items() if k not in siblings and k != "$ref"}
        return {**kept, "allOf": [{"$ref": node["$ref"]}, siblings]}
    return node


def _validator_key(entry: str) -> str:
    """What the generated code depends on: fastjsonschema, this module, `schemas/`, the entry."""
    from importlib.util import MAGIC_NUMBER  # bytecode format of this Python

    import fastjsonschema

    hasher = hashlib.sha256()
    for part in (MAGIC_NUMBER, fastjsonschema.VERSION, entry, Path(__file__).read_bytes()):
        hasher.update(part if isinstance(part, bytes) else part.encode())
        hasher.update(b"\0")
    for path in sorted(schemas_dir().glob("*.json")):
        hasher.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return hasher.hexdigest()[:32]


@cache
def _fast_validator(entry: str = ENTRY_SCHEMA) -> Callable[[Any], Any] | None:
    """A compiled pass/fail validator (fastjsonschema), or None when it is not installed.

    Generating and compiling the code costs ~100-150 ms at each start, so its bytecode is kept
    under the user cache dir (`$XDG_CACHE_HOME/tvseries-jsonld/`), keyed by a digest of the
    Python bytecode format, fastjsonschema's version, this module and every schema file: a
    changed schema or generator means a new key. When the cache cannot be read or written, the
    code is generated in memory as before.
    """
    try:
        key = _validator_key(entry)
    except ImportError:  # pragma: no cover - a dependency; jsonschema alone still works
        return None
    except OSError:
        key = None
    import marshal

    cached = cache_dir() / f"validator-{key}.marshal" if key else None
    code: Any = None
    if cached is not None:
        try:
            code = marshal.loads(cached.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            code = None
    if code is None:
        source = _generate_validator_source(entry)
        if source is None:  # pragma: no cover
            return None
        code = compile(source, f"<fastjsonschema {entry}>", "exec")
        if cached is not None:
            store(cached, marshal.dumps(code), keep=_KEEP_CACHED)
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # the code fastjsonschema generated from schemas/
    compiled: Callable[[Any], Any] = namespace["VALIDATE"]
    return compiled


_KEEP_CACHED = 8  # validators kept (one per schema set / version in use), newest first


# A failed check in the generated code: a JsonSchemaValueException without the Python-level
# __init__ (message, value, name, definition, rule) that nothing here reads.
_INVALID = """
class _Invalid(JsonSchemaValueException):
    __init__ = Exception.__init__

"""


def _generate_validator_source(entry: str) -> str | None:
    """fastjsonschema's code for `entry` (as `compile_to_code` gives it), ending `VALIDATE = …`.

    References resolve only against `schemas/`: an unknown URI is an error, never a download.
    fastjsonschema's Draft 7 generator counts 2.0 as an integer; ours takes the Draft 4 type
    check, where an integer is an `int` (not a float, not a bool), as `_is_strict_integer` does.

    The code only decides pass/fail (jsonschema explains a failure), so it carries no messages:
    every failed check raises a bare `_Invalid`, and no value's path ("data.actor[2]") is built
    for a message. fastjsonschema evaluates if/then/else by catching the `if` schema's
    exception, some twenty per typical document, so this halves the validator's time; the most
    common `if`, "is it an array", becomes a plain isinstance test. The checks themselves are
    fastjsonschema's, and the cache key covers this module, so changed code means new code.
    """
    try:
        from fastjsonschema.draft04 import CodeGeneratorDraft04
        from fastjsonschema.draft07 import CodeGeneratorDraft07
        from fastjsonschema.ref_resolver import RefResolver
    except ImportError:  # pragma: no cover - a dependency; jsonschema alone still works
        return None

    draft4_type: Any = CodeGeneratorDraft04.generate_type

    class StrictPassFail(CodeGeneratorDraft07):
        """Draft 7 with Draft 4 integers; bare `_Invalid` failures; no paths for messages."""

        def generate_type(self) -> None:
            draft4_type(self)

        def exc(self, msg: str, *args: Any, append_to_msg: str | None = None,
                rule: str | None = None) -> None:
            self.l("raise _Invalid")

        def l(self, line: str, *args: Any, **kwds: Any) -> Any:  # noqa: E743 (overrides it)
            # A `$ref` call passes the value's path for messages; there are none to build.
            return super().l(line.replace("{name_arg}", "None"), *args, **kwds)

        def generate_if_then_else(self) -> None:
            # `if: {"type": "array"}` (a value or an array of values) as a plain isinstance
            # test, the very check the `type` keyword generates, instead of raising and
            # catching an exception for every single value.
            definition: Any = self._definition
            if definition["if"] != {"type": "array"}:
                generate_with_try: Any = super().generate_if_then_else
                generate_with_try()
                return
            generate: Any = self.generate_func_code_block
            for head, branch in (("if isinstance({variable}, (list, tuple)):", "then"),
                                 ("else:", "else")):
                with self.l(head):
                    lines = len(self._code)
                    if branch in definition:
                        generate(definition[branch], self._variable, self._variable_name,
                                 clear_variables=True)
                    if len(self._code) == lines:
                        self.l("pass")

    generator_class: Any = StrictPassFail

    schemas = {
        name: _split_ref_siblings({k: v for k, v in schema.items() if k != "$schema"})
        for name, schema in load_schemas().items()
    }
    by_id = {schema["$id"]: schema for schema in schemas.values()}

    def local_only(uri: str) -> Any:
        try:
            return by_id[uri.split("#", 1)[0]]
        except KeyError:
            raise ValueError(f"schema reference outside schemas/: {uri}") from None

    handlers = {"https": local_only, "http": local_only, "file": local_only}
    resolver = RefResolver.from_schema(schemas[entry], handlers=handlers, store={})
    generator = generator_class(schemas[entry], resolver=resolver, use_default=False,
                                use_formats=False)
    code = generator.global_state_code + "\n" + _INVALID + generator.func_code
    return f"{code}\n\nVALIDATE = {resolver.get_scope_name()}\n"


def passes(document: Any) -> bool | None:
    """The compiled validator's verdict; None when only jsonschema is available."""
    fast = _fast_validator()
    if fast is None:
        return None
    from fastjsonschema import JsonSchemaException

    try:
        fast(document)
    except JsonSchemaException:
        return False
    except RecursionError:
        return None  # absurdly deep input: let jsonschema explain it
    return True


def validate_document(document: Any) -> list[Finding]:
    """Every schema violation in `document`: one finding per (pointer, message), stable order.

    The compiled validator decides pass/fail; jsonschema runs only to explain a failure.
    """
    if passes(document):
        return []
    unique: dict[tuple[str, str], Finding] = {}
    for error in _validator().iter_errors(document):
        for finding in _findings_for(error):
            unique.setdefault((finding.pointer, finding.message), finding)
    return sorted(unique.values(), key=_order)


def is_valid(document: Any) -> bool:
    verdict = passes(document)
    return not validate_document(document) if verdict is None else verdict
