"""Property tests (hypothesis): any text → a valid document or a clean PipelineError; and the
compiled validator agrees with jsonschema on valid and broken documents.

`make test` runs a bounded number of examples; `make fuzz` (HYPOTHESIS_PROFILE=fuzz) many more.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.api import to_jsonld
from pipeline.emit import dumps
from pipeline.errors import PipelineError
from pipeline.read import read_text
from pipeline.validate import _validator, is_valid, passes, validate_document

settings.register_profile("default", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TV_SENTENCES = [
    "Hulu has renewed The Lantern Keepers for a third season.",
    "The Lantern Keepers season 2 premiered on October 3, 2024.",
    "Maribel Okafor, who plays Wren Calloway, returns.",
    "Dana Holt has been cast as Ivy Marsh in season 3 of Saltmarsh.",
    "Production is under way in Vancouver.",
    "Created by Tobias Renwick, the series is produced by Tidewater Studios.",
    "'Velvet Static' has been cancelled after two seasons at Peacock.",
    "Saltmarsh will premiere Thursday on Netflix.",
    "Noor Haddad and Eli Brandt will play Tess and Marco, respectively.",
]
names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
woven = st.lists(st.one_of(st.sampled_from(TV_SENTENCES), st.text(max_size=80),
                           names.map(lambda n: f"{n} plays {n.title()} in The Lantern Keepers.")),
                 min_size=1, max_size=12).map(" ".join)


def _check(text: str | bytes) -> None:
    try:
        article = read_text(text, "prop.txt")
        document = to_jsonld(article.text, published=article.date_published, source="prop.txt")
    except PipelineError:
        return  # a reported, coded failure is fine; any other exception fails the test
    assert validate_document(document) == []
    assert json.loads(dumps(document)) == document


@given(st.text(max_size=400))
def test_any_text_gives_a_valid_document_or_a_clean_error(text):
    _check(text)


@given(st.binary(max_size=300))
def test_any_bytes_give_a_valid_document_or_a_clean_error(data):
    _check(data)


@given(st.sampled_from([None, "2025-03-04"]), woven)
def test_tv_sentences_woven_into_noise_give_valid_documents(published, text):
    _check(f" date {published} {text}" if published else text)


# ---------------------------------------------------------------- validator equivalence
def _documents() -> list[dict[str, Any]]:
    docs = []
    for path in sorted(SAMPLES.glob("*.txt")):
        docs.append(to_jsonld(path.read_text(encoding="utf-8"), source=path.name))
    return docs


DOCUMENTS = _documents()
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False),
                   st.sampled_from(["", " ", "x", "2024-13-01", "2024-02", "renewed", "Person",
                                    "https://schema.org", "#id", 2.0, -1, [], {}, [1], ["a"]]),
                   st.lists(st.text(max_size=3), max_size=2),
                   st.dictionaries(st.sampled_from(["@type", "@id", "name", "x"]),
                                   st.text(max_size=3), max_size=2))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    document = copy.deepcopy(draw(st.sampled_from(DOCUMENTS)))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(document) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        # a copy: sampled_from hands out the same [] and {} every time, and a later mutation
        # would change the constant (flaky data) or put a list inside itself (a cycle)
        value = copy.deepcopy(draw(VALUES))
        if action == "replace":
            parent[path[-1]] = value
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "@type", "name", "sameAs"]))] = value
        else:
            parent.append(value)
    return document


@given(mutated())
def test_compiled_validator_agrees_with_jsonschema(document):
    explained = list(_validator().iter_errors(document))
    assert passes(document) is (not explained)
    assert is_valid(document) is (not explained)
    assert bool(validate_document(document)) is bool(explained)


def test_validators_agree_on_every_sample_and_on_strict_integers():
    for document in DOCUMENTS:
        assert passes(document) is True and not list(_validator().iter_errors(document))
        seasons = [n for n in document["@graph"] if n["@type"] == "CreativeWorkSeason"]
        for node in seasons:
            broken = copy.deepcopy(document)
            target = next(n for n in broken["@graph"] if n.get("@id") == node["@id"])
            for bad in (float(node["seasonNumber"]), True, str(node["seasonNumber"]), -1):
                target["seasonNumber"] = bad
                assert passes(broken) is False
                assert [f.pointer for f in validate_document(broken)] == [
                    f"/@graph/{broken['@graph'].index(target)}/seasonNumber"]


@given(
    st.text(alphabet="aA _-.2²ßÜ٣(", min_size=1, max_size=4),
    st.text(alphabet="aA _-.2²ßÜ٣(", max_size=40),
)
def test_whole_word_mentions_match_the_lookaround_pattern(title: str, text: str) -> None:
    """Counting a title's mentions with str.find agrees with `(?<!\\w)title(?!\\w)` everywhere."""
    import re

    from pipeline.extract import _mentions

    pattern = re.compile(rf"(?<!\w){re.escape(title)}(?!\w)")
    assert list(_mentions(title, text)) == [m.start() for m in pattern.finditer(text)]


_FOLD_FRAGMENTS = ["premiere", "PREMIERE", "Pre", "mİere", "ſ", "s", "tv", "TV", "ceo", "CEO",
                   "not", "yet", "confirmed", "whether", "ſaid", "said", "finale", "release",
                   "date", "set", "to", " ", " ", "\u00a0", "İ", "ı", "i", "\u212a", "k", "-", ".",
                   "ẞ", "é", "É", "_", "2"]


@given(st.lists(st.sampled_from(_FOLD_FRAGMENTS), max_size=16).map("".join))
def test_folded_patterns_agree_with_ignorecase_on_any_text(text: str) -> None:
    """A `Folded` pattern over folded text finds the spans re.IGNORECASE finds in the text."""
    import re

    from pipeline import rules

    for pattern in (rules.PREMIERE_TRIGGER, rules.NOT_PREMIERE, rules.TV_CONTEXT,
                    rules.NON_CAST_CONTEXT, rules.HEDGED):
        plain = re.compile(pattern.pattern, re.IGNORECASE)
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)]
