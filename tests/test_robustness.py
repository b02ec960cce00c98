"""Bad, huge and hostile input: a clear error or a clean document, never a crash or mojibake."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import json
import time
import zlib
from pathlib import Path

import pytest

from pipeline.api import to_jsonld
from pipeline.batch import Job, Options, process
from pipeline.emit import dumps, script_block
from pipeline.errors import PipelineError
from pipeline.read import read_path, read_text
from pipeline.validate import validate_document

TV = (" date 2025-03-04 Hulu has renewed The Lantern Keepers for a third season. "
      "The Lantern Keepers season 3 will premiere on October 3, 2025. "
      "The Lantern Keepers was created by Tobias Renwick.\n")


def run_file(tmp_path: Path, name: str, data: bytes, **options: object):
    source = tmp_path / name
    source.write_bytes(data)
    outcome = process(Job(str(source), str(tmp_path / "out" / "x.jsonld"), "x.jsonld"),
                      Options(str(tmp_path / "out"), **options))  # type: ignore[arg-type]
    return outcome


@pytest.mark.parametrize(("data", "code", "reason"), [
    (b"", "E101", "empty article"),
    (b"  \n\t \r\n  ", "E101", "empty article"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "E102", "a PNG image"),
    (gzip.compress(b"not a text article " * 50), "E102", "gzip data"),
    (zlib.compress(bytes(range(256)) * 20)[2:] + b"\x00" * 50, "E102", "binary file"),
])
def test_unusable_inputs_fail_with_a_stable_code(tmp_path, data, code, reason):
    outcome = run_file(tmp_path, "article.txt", data)
    assert (outcome.status, outcome.code, outcome.stage) == ("failed", code, "read")
    assert reason in (outcome.message or "") and "article.txt" in (outcome.message or "")
    assert not (tmp_path / "out" / "x.jsonld").exists()


def test_article_without_tv_content_gives_no_series_and_succeeds(tmp_path):
    outcome = run_file(tmp_path, "bakery.txt",
                       b" date 2025-01-02 The bakery reopened on Main Street this week.\n")
    assert outcome.status == "ok"
    graph = json.loads((tmp_path / "out" / "x.jsonld").read_text())["@graph"]
    assert [node["@type"] for node in graph] == ["NewsArticle"]


@pytest.mark.parametrize(("data", "warning"), [
    (codecs.BOM_UTF8 + TV.encode(), None),
    (codecs.BOM_UTF16_LE + TV.encode("utf-16-le"), None),
    (codecs.BOM_UTF16_BE + TV.encode("utf-16-be"), None),
    (TV.encode("utf-16-le"), "decoded as UTF-16"),
    (TV.replace("a third", "a \u201cthird\u201d").encode("cp1252"), "decoded as Windows-1252"),
    (TV.replace("Renwick", "Renwické").encode("latin-1"), "decoded as Windows-1252"),
    (b"Hulu renewed it\x81\x8d.", "nor Windows-1252, decoded as Latin-1"),
])
def test_encodings_are_decoded_and_every_fallback_is_reported(data, warning):
    article = read_text(data, "in/a.txt")
    assert "\ufffd" not in article.text and "\ufeff" not in article.text
    assert "Hulu" in article.text
    if warning is None:
        assert article.warnings == ()
    else:
        assert any(warning in w and "in/a.txt" in w for w in article.warnings)
    if "Renwick" in TV and b"Renwick\xe9" in data:
        assert "Renwické" in article.text
    if b"\x93third\x94" in data:
        assert "\u201cthird\u201d" in article.text


def test_nul_bytes_in_text_are_removed_with_a_warning():
    article = read_text(TV.replace("Hulu has", "Hulu\x00 has").encode(), "nul.txt")
    assert "\x00" not in article.text and "Hulu has" in article.text
    assert any("nul.txt" in w and "control character" in w for w in article.warnings)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["huge.txt", "huge.html"])
def test_fifty_megabytes_is_refused_unread_with_a_clear_error(tmp_path, name):
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: the size is real, the disk stays free
    outcome = process(Job(str(path), str(tmp_path / "out" / "x.jsonld"), "x.jsonld"),
                      Options(str(tmp_path)))
    assert (outcome.status, outcome.code) == ("failed", "E104")
    assert "over the size limit of 20971520 bytes (raise it with --max-bytes)" in outcome.message
    assert outcome.seconds < 1.0
    with pytest.raises(PipelineError, match="size limit of 1000 bytes"):
        read_path(tmp_path / name, max_bytes=1000)


def _cost(make, size: int) -> float:
    to_jsonld(make(size // 4))  # warm caches and lazy imports
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        with contextlib.suppress(PipelineError):
            to_jsonld(make(size))
        best = min(best, time.process_time() - started)
    return max(best, 1e-4)


CAST = ("Ann Lee plays Mary Jones, Bob Kim plays Carl Dent and Dee Fox plays Eve Gray in "
        "The Show season 2 on Hulu. ")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "make", "size"), [
    ("capitalised words in a row", lambda n: " ".join(["Word"] * n), 5_000),
    ("nested parentheses", lambda n: "(" * n + "Hulu renewed The Show for season 2" + ")" * n,
     10_000),
    ("one line without a newline", lambda n: "Hulu renewed the show and " * n, 5_000),
    ("every sentence a cast list", lambda n: CAST * n, 300),
    pytest.param(
        "quoted titles in one long sentence",
        lambda n: "Hulu renewed 'The Show' for season 2, " * n, 300),
])
def test_cost_grows_linearly_with_pathological_input(name, make, size):
    ratio = _cost(make, 4 * size) / _cost(make, size)
    assert ratio < 4 * 1.6, f"{name}: 4x the input costs {ratio:.1f}x"


HOSTILE = ["</script><script>alert(1)</script>", "<!-- x", "Line\u2028Break", "\u202eevil\u202c",
           "Zero\u200dWidth", "Amp & <b>"]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_strings_never_break_the_json_nor_the_page(hostile):
    text = (f" date 2025-03-04 The Lantern Keepers season 3 will premiere on Hulu. "
            f"The Lantern Keepers stars Maribel Okafor as {hostile}. "
            f"The Lantern Keepers was created by Tobias Renwick.\n")
    document = to_jsonld(text, source="hostile.txt")
    assert json.loads(dumps(document)) == document
    assert validate_document(document) == []
    block = script_block(document)
    inner = block.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert "</" not in inner and "<!--" not in inner and "\u2028" not in inner
    assert "\u202e" not in inner and "\u202c" not in inner  # bidi controls are escaped too
    assert json.loads(inner) == document


def test_no_network_and_no_file_access_from_references():
    """The fast validator resolves `$ref`s against schemas/ only."""
    from pipeline.validate import _fast_validator

    assert _fast_validator() is not None
    doc = {"@context": "https://schema.org", "@graph": [{"@type": "TVSeries", "@id": "#s",
                                                           "name": "X", "sameAs": "http://x"}]}
    assert validate_document(doc)  # rejected locally, nothing fetched
