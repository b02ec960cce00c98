"""The compiled-regex cache: a pattern built from kept code behaves exactly like `re.compile`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
