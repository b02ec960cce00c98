"""What is kept across runs under the user cache dir: the validator's bytecode and the rules'
compiled regular expressions.

Compiling our ~60,000 characters of patterns costs ~170 ms at every start (`re` parses and
generates code in Python), more than half of a one-article run and the serial part that caps
`--jobs`. The generated code is kept, keyed by the exact Python build, and handed back to `_sre`,
the C engine that `re.compile` itself ends in. Anything unexpected (another Python, an unreadable
or stale file, an internal that moved) falls back to `re.compile`: the cache only saves time.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

_RegexEntry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/tvseries-jsonld/` (by default `~/.cache/tvseries-jsonld/`)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tvseries-jsonld"


def store(path: Path, data: bytes, keep: int = 8) -> None:
    """Write atomically (temporary file + rename), then drop all but the newest `keep` files of
    the same kind (same name up to the first "-"); a cache that cannot be written is skipped."""
    from .emit import write_bytes_atomic  # at exit only: not on the start-up path

    try:
        write_bytes_atomic(path, data)
        kind = path.name.split("-", 1)[0]
        older = sorted(path.parent.glob(f"{kind}-*"), key=lambda p: p.stat().st_mtime,
                       reverse=True)
        for stale in older[keep:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass


class _RegexStore:
    """Compiled-regex code by (pattern, flags), loaded on first use, saved at exit if it grew."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, int], _RegexEntry] | None = None
        self.used: set[tuple[str, int]] = set()
        self.grown = False
        self.path: Path | None = None

    def load(self) -> dict[tuple[str, int], _RegexEntry]:
        if self.entries is None:
            self.entries = {}
            try:
                sre = _sre()
                build = f"{sys.version}|{sys.implementation.cache_tag}|{sre.MAGIC}|{sre.CODESIZE}"
                # and this module's source: a change to how code or start sets are made must
                # never meet code made the old way (a start set too small skips real matches)
                hasher = hashlib.sha256(build.encode())
                hasher.update(Path(__file__).read_bytes())
                key = hasher.hexdigest()[:24]
                self.path = cache_dir() / f"regex-{key}.marshal"
                loaded = marshal.loads(self.path.read_bytes())
                if isinstance(loaded, dict):
                    self.entries = loaded
            except (OSError, ValueError, EOFError, TypeError, ImportError, AttributeError):
                pass
        return self.entries

    def save(self) -> None:
        """Keep every entry, unless most were not used by this process: then only those used,
        so patterns edited away are not carried forever."""
        if not self.grown or self.path is None or self.entries is None:
            return
        kept = self.entries
        if len(kept) > 2 * len(self.used) + 200:
            kept = {key: kept[key] for key in self.used if key in kept}
        try:
            data = marshal.dumps(kept)
        except ValueError:  # pragma: no cover - only plain data is kept
            return
        store(self.path, data, keep=2)
        self.grown = False


_STORE = _RegexStore()


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the code kept by an earlier run when there is one."""
    flags = int(flags)  # an `re.RegexFlag` would not marshal
    entries = _STORE.load()
    key = (pattern, flags)
    _STORE.used.add(key)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _from_code(pattern, entry)
        except Exception:
            entries.pop(key, None)
    try:
        entry = _code_of(pattern, flags)
        compiled = _from_code(pattern, entry)
    except re.error:
        raise
    except Exception:
        return re.compile(pattern, flags)
    entries[key] = entry
    if not _STORE.grown:
        _STORE.grown = True
        atexit.register(_STORE.save)
    return compiled


def save_regexes() -> None:
    """Write the regex cache now (it is also written at exit when it grew)."""
    _STORE.save()


def _code_of(pattern: str, flags: int) -> _RegexEntry:
    """What `re._compiler.compile` hands to `_sre.compile`, as plain data, plus a start set."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed: Any = _parser.parse(pattern, flags)
    code = _with_start_set(_compiler._code(parsed, flags), parsed, flags)
    code = [int(op) for op in code]  # named opcodes → plain ints
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final_flags = int(flags | parsed.state.flags)
    return final_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _with_start_set(code: list[Any], parsed: Any, flags: int) -> list[Any]:
    r"""`code` whose info block names the characters a match can start with.

    `re` finds such a set only when the pattern opens with a literal or a character class;
    ours mostly open with `\b`, a look-behind or an optional word, so `_sre` entered the whole
    pattern at every position of every sentence. Given the set, its search loop skips in C to
    the next position holding one of those characters, exactly as it does for the patterns
    whose set `re` finds itself: the same matches, found ~20% sooner over all our rules.
    """
    from re import _compiler, _constants  # type: ignore[attr-defined]

    info_flags, low = code[2], code[3]
    if code[0] != _constants.INFO or info_flags or low == 0:
        return code  # re already has a prefix or a set; or the pattern can match ""
    chars, can_be_empty = start_set(parsed.data, int(flags | parsed.state.flags))
    if not chars or can_be_empty:
        return code
    charset, _ = _compiler._optimize_charset([(_constants.LITERAL, c) for c in sorted(chars)])
    info: list[Any] = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, low, code[4]]
    _compiler._compile_charset(charset, 0, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1 :]


def start_set(items: Any, flags: int) -> tuple[set[int] | None, bool]:
    r"""(code points a match of this parsed sequence can start with, whether it can match "").

    None when unknown: a case-insensitive part, `.`, a negated or category class (`\w`), a
    back-reference. Zero-width items (`\b`, look-arounds) consume nothing and are passed over.
    """
    from re import _constants as C  # type: ignore[attr-defined]

    found: set[int] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op in (C.LITERAL, C.IN):
            if flags & re.IGNORECASE:
                return None, False
            if op is C.LITERAL:
                return found | {av}, False
            for item, value in av:
                if item is C.LITERAL:
                    found.add(value)
                elif item is C.RANGE and value[1] - value[0] < 1024:
                    found.update(range(value[0], value[1] + 1))
                else:
                    return None, False
            return found, False
        got: set[int] | None
        if op is C.SUBPATTERN:
            _, add, remove, sub = av
            got, empty = start_set(sub.data, (flags | add) & ~remove)
        elif op is C.ATOMIC_GROUP:
            got, empty = start_set(av.data, flags)
        elif op is C.BRANCH:
            got, empty = set(), False
            for branch in av[1]:
                one, one_empty = start_set(branch.data, flags)
                if one is None:
                    return None, False
                got |= one
                empty = empty or one_empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            least, _, sub = av
            got, empty = start_set(sub.data, flags)
            empty = empty or least == 0
        else:
            return None, False
        if got is None:
            return None, False
        found |= got
        if not empty:
            return found, False
    return found, True


def _from_code(pattern: str, entry: _RegexEntry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre().compile(pattern, flags, code, groups, groupindex, indexgroup)
    return compiled


def _sre() -> Any:
    """The C regex engine behind `re` (a private module without type stubs)."""
    return importlib.import_module("_sre")
