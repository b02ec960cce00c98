"""`python -m pipeline validate`: our contract, schema.org's vocabulary, Google's content rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.api import to_jsonld
from pipeline.cli import main
from pipeline.markup import Source, check, looks_like_ours, visible_name_findings
from pipeline.vocabulary import DATA

PEER = Path(__file__).resolve().parents[2] / "shared" / "peer"
EXAMPLES = sorted((PEER / "schemaorg-examples").glob("*.json")) + sorted(
    (PEER / "schemaorg-examples-newsarticle").glob("*.json")
)
# Upstream examples that do not pass, each with its reason (none is skipped silently).
KNOWN_FAILURES = {
    "eg-0460.json": "has no @context, so its terms are not schema.org terms to a JSON-LD "
    "processor; we report that as an error",
}
ARTICLE = (
    " date 2025-03-04 'The Lantern Keepers' Renewed for Season 3 at Hulu\n\nHulu has "
    "renewed The Lantern Keepers for a third season. Created by Tobias Renwick, the series "
    "stars Ezra Bellweather, who plays Maren Calloway.\n"
)


def findings(document: Any, ours: bool | None = None) -> list[tuple[str, str, str]]:
    ours = looks_like_ours(document) if ours is None else ours
    return [(f.severity, f.pointer, f.message) for f in check(Source("doc", None, document, ours))]


def errors(document: Any) -> list[tuple[str, str, str]]:
    return [f for f in findings(document) if f[0] == "error"]


@pytest.mark.skipif(not EXAMPLES, reason=f"peer examples not found under {PEER}")
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_schemaorg_official_examples_pass(example: Path) -> None:
    found = errors(json.loads(example.read_text(encoding="utf-8")))
    if example.name in KNOWN_FAILURES:
        assert found == [("error", "", found[0][2])] and "no @context" in found[0][2], (
            KNOWN_FAILURES[example.name]
        )
    else:
        assert found == []


def test_our_own_output_has_no_findings() -> None:
    document = to_jsonld(ARTICLE)
    assert looks_like_ours(document)
    assert findings(document) == []


def test_our_contract_is_enforced_on_our_documents() -> None:
    document = to_jsonld(ARTICLE)
    document["@graph"][1]["name"] = ""
    assert (
        "error",
        "/@graph/1/name",
        "'' is not non-empty text (at least one non-whitespace character)",
    ) in findings(document)


def test_nodes_of_our_types_in_other_markup_are_compared_as_warnings() -> None:
    doc = {
        "@context": "https://schema.org",
        "@type": "TVSeries",
        "name": "Severance",
        "containsSeason": {"@type": "TVSeason", "seasonNumber": "2", "name": "Season 2"},
    }
    found = findings(doc)
    assert all(severity == "warning" for severity, _, _ in found)
    assert (
        "warning",
        "/containsSeason/seasonNumber",
        "not in our contract (schemas/season.schema.json): '2' is not of type 'integer' "
        "(expected season number: a JSON integer >= 0)",
    ) in found or any(p == "/containsSeason/seasonNumber" for _, p, _ in found)


VOCABULARY_CASES = [
    (
        {"@type": "TVSeries", "actors": [{"@type": "Person", "name": "A"}]},
        ("warning", "/actors", "property 'actors' is superseded by 'actor'"),
    ),
    (
        {"@type": "TVSeason", "partOfTVSeries": {"@type": "TVSeries", "name": "S"}},
        ("warning", "/partOfTVSeries", "property 'partOfTVSeries' is superseded by 'partOfSeries'"),
    ),
    (
        {"@type": "TVSeries", "seasons": []},
        ("warning", "/seasons", "property 'seasons' is superseded by 'season'"),
    ),
    (
        {"@type": "TVSeries", "author": {"@type": "person", "name": "A"}},
        ("error", "/author/@type", "unknown schema.org type 'person' (did you mean 'Person'?)"),
    ),
    ({"@type": "TVSeries", "nmae": "S"}, ("error", "/nmae", "unknown schema.org property 'nmae'")),
    (
        {"@type": "Person", "name": "A", "characterName": "B"},
        (
            "error",
            "/characterName",
            "property 'characterName' is not expected on Person (schema.org: on PerformanceRole)",
        ),
    ),
    (
        {"@type": "TVSeries", "actor": {"@type": "Place", "name": "Atlanta"}},
        (
            "warning",
            "/actor",
            "a Place is not an expected value of 'actor' (schema.org: PerformingGroup, Person)",
        ),
    ),
    (
        {"@type": "Offer", "availability": "InStock", "itemCondition": {"@type": "NewCondition"}},
        (
            "error",
            "/itemCondition/@type",
            "'NewCondition' is an enumeration value of OfferItemCondition, not a type",
        ),
    ),
]


@pytest.mark.parametrize(
    ("node", "expected"),
    VOCABULARY_CASES,
    ids=[c[1][2].split(" ")[1] + "-" + c[1][1] for c in VOCABULARY_CASES],
)
def test_vocabulary_findings(node: dict[str, Any], expected: tuple[str, str, str]) -> None:
    assert expected in findings({"@context": "https://schema.org", **node})


def test_role_pattern_graph_and_references_are_walked() -> None:
    doc = {
        "@context": {"@vocab": "https://schema.org/"},
        "@graph": [
            {
                "@type": "TVSeries",
                "@id": "#s",
                "name": "S",
                "actor": {
                    "@type": "PerformanceRole",
                    "actor": {"@type": "Person", "name": "A"},
                    "characterName": "C",
                },
                "containsSeason": {"@id": "#s1"},
            },
            {
                "@type": "TVSeason",
                "@id": "#s1",
                "partOfSeries": {"@id": "#s"},
                "director": {"@id": "#s"},
                "productionCompany": {"@id": "#missing"},
            },
        ],
    }
    found = findings(doc)
    assert not [f for f in found if f[0] == "error"]
    assert (
        "warning",
        "/@graph/1/director",
        "a TVSeries is not an expected value of 'director' (schema.org: Person)",
    ) in found
    assert (
        "warning",
        "/@graph/1/productionCompany",
        "no node with @id '#missing' in this document",
    ) in found


def test_other_vocabularies_and_action_annotations_are_not_errors() -> None:
    doc = [
        {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "url": "https://x.example/",
            "potentialAction": {
                "@type": "SearchAction",
                "target": "https://x.example/?q={q}",
                "query-input": "required name=q",
            },
        },
        {"@context": "https://www.w3.org/ns/activitystreams", "type": "Note", "content": "x"},
    ]
    assert errors(doc) == []


@pytest.mark.skipif(
    not (PEER / "schemaorg-vocab").is_dir(), reason="schema.org release files missing"
)
def test_packaged_vocabulary_is_what_the_script_generates(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "vocab.json"
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_vocabulary.py"
    subprocess.run(
        [sys.executable, str(script), str(PEER / "schemaorg-vocab"), str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == DATA.read_bytes()
    table = json.loads(out.read_text(encoding="utf-8"))
    assert table["release"] == "30.0" and "comment" not in json.dumps(table["types"]["TVSeries"])


PAGE = """<html><head><title>t</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "TVSeries",
 "name": "The Lantern Keepers", "actor": {"@type": "PerformanceRole",
 "actor": {"@type": "Person", "name": "Ezra Bellweather"},
 "characterName": "Maren Calloway"}}</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Thing",}x</script>
<script type="application/ld+json">{"@type": 'Thing'}</script>
</head><body><p>The Lantern Keepers returns. Ezra&nbsp;Bellweather is back.</p>
<p hidden>Maren Calloway</p><script>var s = "Maren Calloway";</script></body></html>"""


def test_validate_command_on_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "show.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["validate", str(page)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if ": error: " in line] == [
        f"{page}#2: /: error: invalid JSON, read only after repair: ignored text after the first "
        "JSON value; not valid JSON as is: Expecting property name enclosed in double quotes: "
        "line 1 column 53 (char 52)",
        f"{page}#3: /: error: invalid JSON: Expecting value: line 1 column 11 (char 10)",
    ]
    assert (
        f"{page}#1: /: warning: not in our contract (schemas/tv-series.schema.json): '@id' "
        "is a required property" in lines
    )


def test_validate_page_reports_names_readers_cannot_see(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "show.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["validate", "--page", "--format", "json", str(page)]) == 1
    report = json.loads(capsys.readouterr().out)
    visible = [f for f in report["findings"] if "visible text" in f["message"]]
    assert visible == [
        {
            "file": str(page),
            "block": 1,
            "pointer": "/actor/characterName",
            "severity": "error",
            "message": "character name 'Maren Calloway' does not appear in the page's visible text "
            "(Google: markup must describe visible content)",
        }
    ]


def test_visible_names_compare_typography_loosely() -> None:
    doc = {"@context": "https://schema.org", "@type": "TVSeries", "name": "Grey’s Anatomy"}
    assert visible_name_findings(doc, "GREY'S  anatomy returns") == []
    assert len(visible_name_findings(doc, "Anatomy of a Fall")) == 1


def test_validate_folder_checks_jsonld_and_pages_and_skips_other_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.jsonld").write_text(json.dumps(to_jsonld(ARTICLE)), encoding="utf-8")
    (tmp_path / "a.evidence.json").write_text('{"source": "a.txt", "series": []}', encoding="utf-8")
    (tmp_path / "report.json").write_text("not json", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1  # the unreadable report.json is an error
    out = capsys.readouterr()
    assert out.out.splitlines() == [
        f"{tmp_path / 'report.json'}: /: error: not valid JSON: "
        "Expecting value: line 1 column 1 (char 0)"
    ]
    (tmp_path / "report.json").unlink()
    assert main(["validate", str(tmp_path)]) == 0
    assert "1 documents checked: 0 errors" in capsys.readouterr().err


def test_validate_missing_path_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.jsonld")]) == 1
    assert f"{tmp_path / 'nope.jsonld'}: no such file or folder" in capsys.readouterr().err


def _with_page_link(link: dict[str, Any], at: int | None = None) -> dict[str, Any]:
    """Our document as `embed` writes it when the page's article has no @id (see embed.py)."""
    document = to_jsonld(ARTICLE)
    graph = [n for n in document["@graph"] if n["@type"] != "NewsArticle"]
    graph.insert(len(graph) if at is None else at, link)
    return {**document, "@graph": graph}


LINK = {
    "@type": "WebPage",
    "@id": "https://news.example/tv/lantern-keepers-renewed",
    "about": [{"@id": "#tvseries/the-lantern-keepers"}],
}


def test_the_page_link_embed_adds_to_our_block_passes_our_contract() -> None:
    assert findings(_with_page_link(LINK), ours=True) == []


@pytest.mark.parametrize(
    "link",
    [
        {**LINK, "headline": "more than a link"},
        {**LINK, "about": [{"@id": "#tvseries/not-in-this-graph"}]},
        {**LINK, "@id": "#page"},
    ],
    ids=["extra-property", "about-elsewhere", "relative-id"],
)
def test_anything_else_in_our_block_is_still_held_to_the_contract(link: dict[str, Any]) -> None:
    assert ("error", "/@graph/0/@type") in {
        f[:2] for f in findings(_with_page_link(link, at=0), ours=True)
    }


def test_findings_behind_a_page_link_keep_their_own_pointers() -> None:
    document = _with_page_link(LINK, at=0)
    document["@graph"][1]["name"] = ""
    assert [f[:2] for f in findings(document, ours=True) if f[0] == "error"] == [
        ("error", "/@graph/1/name")
    ]


def test_validate_stops_quietly_when_the_reader_goes_away(tmp_path: Path) -> None:
    import subprocess
    import sys

    nodes = [{"@type": "TVSeries", "name": "X", f"notAProperty{i}": 1} for i in range(3000)]
    doc = tmp_path / "many.jsonld"
    doc.write_text(json.dumps({"@context": "https://schema.org", "@graph": nodes}), "utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "validate", str(doc)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert process.stdout and process.stderr
    assert process.stdout.readline().startswith(str(doc).encode())
    process.stdout.close()  # what `| head -1` does
    errors = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 1
    assert b"Traceback" not in errors and b"BrokenPipe" not in errors
