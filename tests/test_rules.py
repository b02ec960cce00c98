"""Every rule in rules.py runs on its own example sentence and yields what the example says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline import extract as X
from pipeline import rules as R
from pipeline.api import to_jsonld
from pipeline.validate import validate_document


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in R.ALL_RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", R.ALL_RULES, ids=lambda r: r.name)
def test_rule_example_produces_expected_values(rule: R.Rule) -> None:
    matches = list(rule.pattern.finditer(rule.example))
    assert matches, f"{rule.name} does not fire on its own example: {rule.example!r}"
    for group, want in rule.expect.items():
        got = [m.groupdict().get(group) or m.groupdict().get("quoted") for m in matches]
        assert want in got, f"{rule.name}: {group}={got}, want {want!r}"


@pytest.mark.parametrize("rule", R.ALL_RULES, ids=lambda r: r.name)
def test_rule_example_passes_its_own_prefilter(rule: R.Rule) -> None:
    assert all(word == word.lower() for word in rule.needs), rule.needs
    assert rule.applies(R.lowered(rule.example)), f"{rule.name}: {rule.needs} not in example"


def _sentences() -> list[str]:
    from pipeline.parse import parse
    from pipeline.read import read_text

    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "samples").glob("*.txt")) + sorted(
        (root.parent / "shared" / "eval" / "dev").glob("*.txt")
    )
    out = []
    for path in files:
        parsed = parse(read_text(path.read_text(encoding="utf-8"), str(path)))
        out.extend(s.text for s in parsed.sentences)
    return out


def test_prefilters_never_hide_a_match() -> None:
    """On every sentence of the samples (and the dev set when present), and on nasty spellings,
    a rule that matches always passes its prefilter: the prefilter only saves time."""
    extra = [
        "Harbour Lights Season\u00a03 is coming.",
        "The show returns for its THIRD SEASON on BBC\u00a0One.",
        "The drama, executive\u00a0produced by Wren Adeyemi, is based\u00a0on the novel Glass.",
        "ſeason 2 and ſeries 4 of the \u212aeepers, \u0130n production.",
        "SEAſON 4, Part 2 arrives, and the back half of the season follows; a Reboot is next.",
        "This year's BAFTA Television Awards ceremony will be hosted by Milo Quarrie.",
    ]
    for text in _sentences() + extra:
        low = R.lowered(text)
        for rule in R.ALL_RULES:
            if rule.pattern.search(text):
                assert rule.applies(low), f"{rule.name} matches {text!r} but its prefilter says no"
        for pattern, needs in (
            (R.OTHER_SEASONS, ("season",)),
            (X._FILM_WORDS, X._FILM_NEEDS),
            (X._TV_WORDS, X._TV_NEEDS),
            *R.PATTERN_NEEDS,
        ):
            if pattern.search(text):
                assert any(word in low for word in needs), (pattern.pattern[:40], text)
        if any(pattern.search(text) for _, pattern in X._NETWORK_TIES):
            assert X._may_name_network(text), text
        if R.SPLIT_SEASON.search(text):
            assert "season" in low and R.passes(R.SPLIT_SEASON_NEEDS, low), text
        if R.REVIVAL.search(text):
            assert R.passes(R.REVIVAL_NEEDS, low), text


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Dune", "Dune, Dune: Prophecy and Dunes; xDune Dune_ _Dune 2Dune Dune2 (Dune)"),
        ("aa", "aaa aa aa,aa a aaaa"),
        ("The Bear", "The Bear's second season. Not The Bearded. The Bear"),
        ("C++ Show", "C++ Show and xC++ Show"),
        ("Ünder", "Ünder ßÜnder Ünder² Ünder٣ _Ünder (Ünder)"),
    ],
)
def test_mentions_find_what_the_lookaround_pattern_finds(title: str, text: str) -> None:
    """The plain-string whole-word search finds exactly what the look-around pattern finds."""
    pattern = re.compile(rf"(?<!\w){re.escape(title)}(?!\w)")
    assert list(X._mentions(title, text)) == [m.start() for m in pattern.finditer(text)]


def test_lowered_keeps_every_ascii_substring() -> None:
    assert R.lowered("Season\u00a02 ſeries \u0130N \u212aeep") == "season 2 series in keep"


@pytest.mark.parametrize(
    ("text", "network"),
    [
        ("Streaming now on Apple TV+ worldwide.", "Apple TV+"),
        ("It lands on Disney Plus next month.", "Disney Plus"),
        ("Watch it on BBC One on Sunday.", "BBC One"),
        ("A Paramount+ original drama.", "Paramount+"),
    ],
)
def test_network_gazetteer_keeps_the_spelling_of_the_text(text: str, network: str) -> None:
    match = R.NETWORK_MENTION.search(text)
    assert match is not None and match["network"] == network


@pytest.mark.parametrize(
    "text",
    [
        "A" * 5000 + " B" * 5000,
        "Cast: " + ", ".join(["Ann Lee"] * 2000),
        "(" * 5000 + "Season 2" + ")" * 5000,
        " ".join(["Capital"] * 20000),
    ],
    ids=["long-word", "huge-list", "nested-parens", "capitalised-run"],
)
def test_pathological_sentences_give_a_valid_document_and_no_invented_show(text: str) -> None:
    document = to_jsonld(text)
    assert validate_document(document) == []
    assert not [n for n in document["@graph"] if n["@type"] == "TVSeries"]


@pytest.mark.parametrize(
    ("name", "pattern", "example"), R.CONTEXT_EXAMPLES, ids=lambda v: str(v)[:20]
)
def test_context_pattern_matches_its_example(
    name: str, pattern: re.Pattern[str], example: str
) -> None:
    assert pattern.search(example), f"{name} does not match its example {example!r}"


def _folded_patterns() -> list[R.Folded]:
    found = [value for value in vars(R).values() if isinstance(value, R.Folded)]
    return found + [value for value in vars(X).values() if isinstance(value, R.Folded)]


def test_folded_patterns_find_what_re_ignorecase_finds() -> None:
    """Over every sentence of the samples (and dev set), and spellings re folds specially, a
    `Folded` pattern finds the same spans as the same pattern with re.IGNORECASE."""
    extra = [
        "The FINALE airs Thursday; ſeason 2 ReTuRnS İn March, \u212aicking off a TV run.",
        "Critics said the CEO was not yet CONFIRMED as EP. Whether it premieres is undecided.",
        "İİİ premiere ı premiere\u00a0date Set\u00a0To Return",
    ]
    patterns = _folded_patterns()
    assert len(patterns) >= 10
    for pattern in patterns:
        plain = re.compile(pattern.pattern, re.IGNORECASE)
        for text in _sentences() + extra:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (pattern.pattern[:40], text)


def test_folding_keeps_every_position() -> None:
    text = "İstanbul ſeason \u212aelvin ẞ Σ ǅ Ω\u00a0x"
    assert len(R.folded(text)) == len(text)
    assert R.folded(text).startswith("istanbul season kelvin")


def test_a_folded_pattern_must_be_written_in_lowercase() -> None:
    with pytest.raises(ValueError, match="lowercase"):
        R.Folded(r"\bSeason\b")


def test_the_date_pattern_guard_changes_no_match() -> None:
    """DATE_EXPRESSION's leading guard only skips positions where no alternative can start."""
    guard = r"(?=\b|[JFMASONDTWS])(?:"
    assert R.DATE_EXPRESSION.pattern.startswith(guard)
    bare = re.compile(R.DATE_EXPRESSION.pattern[len(guard):-1], R.DATE_EXPRESSION.flags)
    texts = [*_sentences(), "SuperMarch 5, xMonday, seasonMonday, March 2; 3rd of May 2025",
             "on Friday, tomorrow, by 2026, 2025's most, the 2024 premiere"]
    for text in texts:
        assert [m.span() for m in R.DATE_EXPRESSION.finditer(text)] == [
            m.span() for m in bare.finditer(text)], text


def _possessive_repeats(tree: object) -> int:
    """POSSESSIVE_REPEAT nodes anywhere in an `re._parser` tree."""
    from re import _constants, _parser  # type: ignore[attr-defined]

    count = 0
    for item in tree if isinstance(tree, (list, tuple, _parser.SubPattern)) else ():
        if item is _constants.POSSESSIVE_REPEAT:
            count += 1
        elif isinstance(item, (list, tuple, _parser.SubPattern)):
            count += _possessive_repeats(item)
    return count


def test_no_rule_uses_a_possessive_quantifier() -> None:
    """`x*+`, `x++` and `x?+` matched wrongly before Python 3.11.5 (CPython gh-106052): on
    Debian 12's 3.11.2, "ABC's Harbour Lights" became one name. `(?>x*)` means the same and
    works on every 3.11, so the rules use atomic groups instead."""
    from re import _parser  # type: ignore[attr-defined]

    patterns: list[re.Pattern[str]] = [rule.pattern for rule in R.ALL_RULES]
    patterns += [p for _, p in X._NETWORK_TIES]
    for module in (R, X):
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                patterns.append(value)
            elif isinstance(value, R.Folded):
                patterns.append(value.regex)
    assert len(patterns) > 150
    for pattern in patterns:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        assert _possessive_repeats(tree) == 0, pattern.pattern[:80]
