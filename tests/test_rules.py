"""Every rule in rules.py runs on its own example sentence and yields what the example says."""

from __future__ import annotations

import re

import pytest

from pipeline import rules as R


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
def test_rules_finish_on_pathological_sentences(text: str) -> None:
    for rule in R.ALL_RULES:
        for _ in rule.pattern.finditer(text):
            pass
    assert re.compile(r".").match(text)
