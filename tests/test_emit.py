"""Emit: the canonical JSON text equals `json.dumps(indent=2)` byte for byte, and atomic writes
never leave a half-written output nor a temporary file behind."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import emit
from pipeline.batch import _TEMPORARY
from pipeline.emit import canonical_json, dumps, write_atomic

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_KEYS = st.one_of(st.text(max_size=8), st.integers(), st.none(), st.booleans(), st.floats())
JSON_LIKE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(st.text(max_size=8), inner, max_size=4),
        st.dictionaries(_KEYS, inner, max_size=3),
    ),
    max_leaves=20,
)


@given(JSON_LIKE)
def test_canonical_json_is_json_dumps_with_indent_2(value: Any) -> None:
    assert canonical_json(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_canonical_json_on_every_sample_document() -> None:
    for path in sorted(SAMPLES.glob("*.jsonld")):
        text = path.read_text(encoding="utf-8")
        assert dumps(json.loads(text)) == text, path.name


def test_canonical_json_falls_back_for_cycles_and_deep_nesting() -> None:
    cycle: list[Any] = []
    cycle.append(cycle)
    with pytest.raises(ValueError, match="Circular reference"):
        canonical_json(cycle)
    deep: list[Any] = []
    for _ in range(50):
        deep = [deep]
    assert canonical_json(deep) == json.dumps(deep, indent=2, ensure_ascii=False)


def test_write_atomic_creates_missing_folders_and_leaves_only_the_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "doc.jsonld"
    write_atomic(target, "first\n")
    write_atomic(target, "sécond\n")
    assert target.read_bytes() == "sécond\n".encode()
    assert sorted(p.name for p in target.parent.iterdir()) == ["doc.jsonld"]


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "doc.jsonld"
    write_atomic(target, "old\n")
    written: list[str] = []

    def half_then_fail(fd: int, data: Any) -> int:
        if written:
            raise OSError(28, "No space left on device")
        written.append("half")
        return os.write(fd, bytes(data[:2]))

    monkeypatch.setattr(emit.os, "write", half_then_fail)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "new text\n")
    monkeypatch.undo()
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.jsonld"]


def test_temporary_names_are_fresh_and_the_shape_batch_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "doc.jsonld"
    taken = tmp_path / ".doc.jsonld.00000000.tmp"
    taken.write_text("a killed run's leftover")
    names = set()
    for _ in range(20):
        name, fd = emit._create_temporary(target)
        os.close(fd)
        assert _TEMPORARY.match(os.path.basename(name)), name
        names.add(name)
    assert len(names) == 20 and taken.read_text() == "a killed run's leftover"


def test_outputs_get_the_permissions_of_any_new_file(tmp_path: Path) -> None:
    import stat

    previous = os.umask(0o022)
    try:
        emit.write_atomic(tmp_path / "a.jsonld", "{}\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a.jsonld").stat().st_mode) == 0o644  # readable by a server


def test_a_document_written_in_pieces_is_the_same_file(tmp_path):
    """A big report is written as it is produced, never held whole: the bytes are
    those of the whole text written at once, across block boundaries and non-ASCII."""
    from pipeline.emit import write_atomic, write_chunks_atomic

    pieces = ["{", *(f'"k{i}": "Zoë {i}", ' for i in range(20000)), '"end": 1}\n']
    write_chunks_atomic(tmp_path / "pieces.json", iter(pieces))
    write_atomic(tmp_path / "whole.json", "".join(pieces))
    assert (tmp_path / "pieces.json").read_bytes() == (tmp_path / "whole.json").read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
