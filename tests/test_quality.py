"""Extraction quality floors, measured with the shared scorer on the dev set and our samples.

These guard against regressions: a change that costs precision or recall below the floor fails.
The dev set lives in ../shared (skipped with a reason when absent); the samples are ours.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from pipeline.api import run_article
from pipeline.emit import dumps
from pipeline.read import read_path

from .conftest import SAMPLES, SHARED

SCORER = SHARED / "eval" / "score.py"
DEV = SHARED / "eval" / "dev"


def scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is absent ({SCORER})")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_folder(articles: Path, out: Path) -> dict[str, dict[str, float]]:
    for path in sorted(articles.glob("*.txt")):
        (out / f"{path.stem}.jsonld").write_text(dumps(run_article(read_path(path)).document))
    report: dict[str, dict[str, float]] = scorer().score(articles, out)
    return report


def test_seed_article_scores_as_the_issue_asks(tmp_path: Path) -> None:
    seed = DEV / "000.txt"
    if not seed.exists():
        pytest.skip(f"the seed article is absent ({seed})")
    folder = tmp_path / "seed"
    folder.mkdir()
    for name in ("000.txt", "000.gold.json"):
        (folder / name).write_bytes((DEV / name).read_bytes())
    report = score_folder(folder, tmp_path)
    assert report["overall"]["precision"] == 1.0
    assert report["overall"]["f1"] >= 0.95


def test_dev_set_quality_floor(tmp_path: Path) -> None:
    if not DEV.exists():
        pytest.skip(f"the dev set is absent ({DEV})")
    report = score_folder(DEV, tmp_path)
    assert report["negatives_clean"] == "5/5"
    assert report["series"]["precision"] == 1.0
    assert report["overall"]["precision"] >= 0.99
    assert report["overall"]["f1"] >= 0.95
    assert report["cast"]["recall"] >= 0.90
    assert report["characters"]["f1"] >= 0.91


def test_samples_quality_floor(tmp_path: Path) -> None:
    report = score_folder(SAMPLES, tmp_path)
    assert report["overall"]["precision"] >= 0.99
    assert report["overall"]["f1"] >= 0.965
