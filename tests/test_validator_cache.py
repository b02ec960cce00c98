"""The compiled validator's bytecode cache: same verdicts whether generated now or loaded."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pipeline import validate

ROOT = Path(__file__).resolve().parent.parent


def _documents() -> list[object]:
    paths = sorted(ROOT.glob("samples/*.jsonld"))
    good = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    bad: list[object] = [{}, [], "x", {"@context": 2}]
    for doc in good[:3]:
        broken = copy.deepcopy(doc)
        if isinstance(broken, dict):
            broken["unexpected"] = 1
        bad.append(broken)
    return good + bad


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    validate._fast_validator.cache_clear()
    yield tmp_path / "tvseries-jsonld"
    validate._fast_validator.cache_clear()


def test_generated_and_cached_validators_agree(fresh_cache: Path) -> None:
    generated = validate._fast_validator()
    assert generated is not None
    stored = list(fresh_cache.glob("validator-*.marshal"))
    assert len(stored) == 1
    validate._fast_validator.cache_clear()
    loaded = validate._fast_validator()
    assert loaded is not None and loaded is not generated
    for document in _documents():
        verdicts = []
        for check in (generated, loaded):
            try:
                check(document)
                verdicts.append(True)
            except Exception:  # any JsonSchemaException
                verdicts.append(False)
        assert verdicts[0] == verdicts[1]
        assert verdicts[0] == (validate._validator().is_valid(document))


def test_a_corrupt_cache_file_is_regenerated(fresh_cache: Path) -> None:
    validate._fast_validator()
    (stored,) = fresh_cache.glob("validator-*.marshal")
    stored.write_bytes(b"not marshal data")
    validate._fast_validator.cache_clear()
    assert validate.passes({}) is False
    assert validate.validate_document(json.loads(
        sorted(ROOT.glob("samples/*.jsonld"))[0].read_text(encoding="utf-8"))) == []


def test_an_unwritable_cache_dir_still_validates(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file, so no folder can be made
    validate._fast_validator.cache_clear()
    try:
        assert validate.passes({}) is False
    finally:
        validate._fast_validator.cache_clear()
