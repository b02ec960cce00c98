"""Golden files: samples/<name>.txt → samples/<name>.jsonld, byte for byte.

`make golden` rewrites them (`pytest --update-golden`) and `git diff` shows what changed. A
second test validates every expected file against schemas/, so a golden update can never
approve output that breaks the contract.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from pipeline.api import run_article
from pipeline.emit import dumps, write_atomic
from pipeline.read import read_path
from pipeline.validate import validate_document

from .conftest import SAMPLES

ARTICLES = sorted(SAMPLES.glob("*.txt"))


def test_there_are_enough_samples() -> None:
    assert len(ARTICLES) >= 8


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_sample_output_matches_golden(article: Path, update_golden: bool) -> None:
    actual = dumps(run_article(read_path(article)).document)
    golden = article.with_suffix(".jsonld")
    if update_golden:
        if not golden.exists() or golden.read_text(encoding="utf-8") != actual:
            write_atomic(golden, actual)
        return
    assert golden.exists(), f"no golden file for {article.name}: run `make golden`"
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=str(golden),
                tofile="current output",
            )
        )
        pytest.fail(f"output changed (run `make golden` if intended):\n{diff}")


@pytest.mark.parametrize("golden", sorted(SAMPLES.glob("*.jsonld")), ids=lambda p: p.stem)
def test_golden_file_satisfies_the_schemas(golden: Path) -> None:
    assert validate_document(json.loads(golden.read_text(encoding="utf-8"))) == []


def test_non_tv_sample_has_no_series() -> None:
    negatives = [
        p
        for p in SAMPLES.glob("*.gold.json")
        if json.loads(p.read_text(encoding="utf-8"))["kind"] == "negative"
    ]
    assert negatives, "samples/ needs an article that is not about TV"
    for gold in negatives:
        article = gold.with_name(gold.name.replace(".gold.json", ".txt"))
        graph = run_article(read_path(article)).document["@graph"]
        assert not [n for n in graph if n["@type"] == "TVSeries"]
