"""The compiled-regex cache: a pattern built from kept code behaves exactly like `re.compile`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import cache
from pipeline import rules as R


@pytest.fixture
def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "_STORE", cache._RegexStore())
    return tmp_path / "tvseries-jsonld"


def _probe_texts() -> list[str]:
    texts = [rule.example for rule in R.ALL_RULES]
    texts += [example for _, _, example in R.CONTEXT_EXAMPLES]
    texts += ["", "Season 3 of 'Harbour Lights' premieres on Netflix on March 5, 2025.",
              "ſeason 2, \u0130n production; Anna-Lee O’Brien (Jr.) will play Dr. Nell Vance."]
    return texts


def _same(cached: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> None:
    assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
        plain.pattern, plain.flags, plain.groups, plain.groupindex)
    for text in texts:
        assert [m.groupdict() | {"": m.span()} for m in cached.finditer(text)] == [
            m.groupdict() | {"": m.span()} for m in plain.finditer(text)
        ], (plain.pattern[:60], text)


def test_every_rule_pattern_loaded_from_the_cache_matches_like_re(fresh_store: Path) -> None:
    sources = [(R.expand(rule.template), rule.flags) for rule in R.ALL_RULES]
    for _, context, _ in R.CONTEXT_EXAMPLES:
        regex = context.regex if isinstance(context, R.Folded) else context
        sources.append((regex.pattern, regex.flags))
    for pattern, flags in sources:  # first run: compiled here, then written out
        cache.compile_regex(pattern, flags)
    cache.save_regexes()
    assert len(list(fresh_store.glob("regex-*.marshal"))) == 1

    cache._STORE = cache._RegexStore()  # a later run: everything comes from the file
    texts = _probe_texts()
    for pattern, flags in sources:
        loaded = cache.compile_regex(pattern, flags)
        _same(loaded, re.compile(pattern, flags), texts)
    assert not cache._STORE.grown, "a second run found nothing new to compile"


def test_a_broken_cache_file_is_ignored(fresh_store: Path) -> None:
    cache.compile_regex(r"\bseason\s+(?P<n>\d+)", re.I)
    cache.save_regexes()
    [stored] = fresh_store.glob("regex-*.marshal")
    stored.write_bytes(b"\x00not marshal data")
    cache._STORE = cache._RegexStore()
    pattern = cache.compile_regex(r"\bseason\s+(?P<n>\d+)", re.I)
    assert pattern.search("Season 4 is here")["n"] == "4"


def test_a_cache_file_of_the_wrong_shape_is_ignored(fresh_store: Path) -> None:
    """A file that loads, but whose entries are not code `_sre` accepts (another version of
    this module, a hand edit): every pattern still compiles and matches as `re` does."""
    import marshal

    source = r"\bseason\s+(?P<n>\d+)"
    cache.compile_regex(source, re.I)
    cache.save_regexes()
    [stored] = fresh_store.glob("regex-*.marshal")
    stored.write_bytes(marshal.dumps({(source, int(re.I)): (1, [2, 3], 0, {}, ())}))
    cache._STORE = cache._RegexStore()
    assert cache.compile_regex(source, re.I).search("Season 4 is here")["n"] == "4"


def test_code_kept_by_another_version_of_the_cache_module_is_not_used(
    fresh_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache file is keyed by this module's source too: code or start sets made the old
    way (a start set too small would skip real matches) are never loaded by a newer module."""
    cache.compile_regex(r"\bseason\s+(?P<n>\d+)")
    cache.save_regexes()
    edited = tmp_path / "cache.py"
    edited.write_bytes(Path(cache.__file__).read_bytes() + b"\n# start sets made otherwise\n")
    monkeypatch.setattr(cache, "__file__", str(edited))
    cache._STORE = cache._RegexStore()
    assert cache._STORE.load() == {}
    cache.compile_regex(r"\bseason\s+(?P<n>\d+)")
    cache.save_regexes()
    assert len(list(fresh_store.glob("regex-*.marshal"))) == 2


def test_a_bad_pattern_still_raises_re_error(fresh_store: Path) -> None:
    with pytest.raises(re.error):
        cache.compile_regex(r"(unclosed")


def test_an_unwritable_cache_dir_still_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(cache, "_STORE", cache._RegexStore())
    assert cache.compile_regex(r"a+b").fullmatch("aaab")
    cache.save_regexes()  # silently skipped


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:the )?Foo", ({ord("t"), ord("F")}, False)),
    (r"(?<![\w'])[A-C]x", ({ord("A"), ord("B"), ord("C")}, False)),
    (r"(?:x|)y", ({ord("x"), ord("y")}, False)),
    (r"a*b", ({ord("a"), ord("b")}, False)),
    (r"a*", ({ord("a")}, True)),
    (r"(?i:foo)bar", (None, False)),  # case-insensitive: unknown, left to re
    (r"\w+", (None, False)),
    (r"[^a]b", (None, False)),
])
def test_the_start_set_is_every_character_a_match_can_begin_with(pattern, expected) -> None:
    from re import _parser  # type: ignore[attr-defined]

    assert cache.start_set(_parser.parse(pattern, 0).data, 0) == expected


def _all_patterns() -> list[re.Pattern[str]]:
    found = [rule.pattern for rule in R.ALL_RULES]
    for value in vars(R).values():
        if isinstance(value, re.Pattern):
            found.append(value)
        elif isinstance(value, R.Folded):
            found.append(value.regex)
    return found


_PATTERNS = _all_patterns()
_ALPHABET = "aesnoirtASNTHMCB0123 ,.'’“”\"()-:;\u00a0ſİéÉ"


@given(st.integers(0, len(_PATTERNS) - 1),
       st.lists(st.sampled_from([*_ALPHABET, "Season ", "season ", "the ", "The ", "Netflix",
                                 "HBO", "March 5", " as ", "played by ", "series ", "Sarah Lee",
                                 "Harbour Lights", "renewed", "premieres"]), max_size=25))
def test_rules_compiled_with_a_start_set_match_exactly_like_re(index: int, parts: list[str]
                                                               ) -> None:
    ours = _PATTERNS[index]
    plain = re.compile(ours.pattern, ours.flags)
    text = "".join(parts)
    assert [m.groupdict() | {"": m.span()} for m in ours.finditer(text)] == [
        m.groupdict() | {"": m.span()} for m in plain.finditer(text)]
