"""The hand-written JSON Schema contract in `schemas/` and the findings `pipeline.validate` makes.

The schemas are independent of `pipeline/model.py`; model output is only used here as one more
document that must pass.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

# The package is not installed in the venv and pytest's config sets no pythonpath.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline import model
from pipeline.validate import (
    ENTRY_SCHEMA,
    Finding,
    is_valid,
    load_schemas,
    registry,
    schemas_dir,
    validate_document,
)

EXAMPLE = Path("/work/shared/eval/example-000.jsonld")
BASE = "https://tvseries-jsonld.invalid/schemas/"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
EXPECTED_FILES = {
    "common.schema.json",
    "document.schema.json",
    "news-article.schema.json",
    "tv-series.schema.json",
    "season.schema.json",
    "performance-role.schema.json",
    "role.schema.json",
    "person.schema.json",
    "organization.schema.json",
    "place.schema.json",
    "creative-work.schema.json",
}
# Keywords a faster (e.g. Rust) Draft 2020-12 validator must support for this contract.
ALLOWED_KEYWORDS = {
    "$schema", "$id", "$ref", "$defs", "title", "description",
    "type", "const", "enum", "required", "properties", "additionalProperties",
    "items", "minItems", "maxProperties", "minimum", "pattern", "if", "then", "else",
}  # fmt: skip

Doc = dict[str, Any]

# A small self-contained document in the example's shape; indices below refer to it.
#   /@graph/0 NewsArticle, /@graph/1 TVSeries, /@graph/2 season 1, /@graph/3 season 2
BASE_DOC: Doc = {
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "NewsArticle",
            "@id": "#article",
            "headline": "XO, Kitty renewed",
            "datePublished": "2024-04-25",
            "url": "https://example.com/news/xo-kitty",
            "author": {"@type": "Person", "name": "Jane Writer"},
            "about": {"@id": "#series"},
        },
        {
            "@type": "TVSeries",
            "@id": "#series",
            "name": "XO, Kitty",
            "publisher": {"@type": "Organization", "name": "Netflix"},
            "productionCompany": [{"@type": "Organization", "name": "Awesomeness Studios"}],
            "creator": [{"@type": "Person", "name": "Jenny Han"}],
            "producer": [
                {
                    "@type": "Role",
                    "roleName": ["showrunner", "executive producer"],
                    "producer": {"@type": "Person", "name": "Jessica O’Toole"},
                },
                {
                    "@type": "Role",
                    "roleName": "executive producer",
                    "producer": {"@type": "Person", "name": "Matt Kaplan"},
                },
            ],
            "isBasedOn": {"@type": "CreativeWork", "name": "To All the Boys I’ve Loved Before"},
            "containsSeason": [{"@id": "#season-1"}, {"@id": "#season-2"}],
        },
        {
            "@type": "CreativeWorkSeason",
            "@id": "#season-1",
            "seasonNumber": 1,
            "partOfSeries": {"@id": "#series"},
        },
        {
            "@type": "CreativeWorkSeason",
            "@id": "#season-2",
            "seasonNumber": 2,
            "partOfSeries": {"@id": "#series"},
            "startDate": "2025-01-16",
            "creativeWorkStatus": "in production",
            "locationCreated": {"@type": "Place", "name": "Seoul, South Korea"},
            "actor": [
                {
                    "@type": "PerformanceRole",
                    "characterName": "Kitty Song Covey",
                    "roleName": "series regular",
                    "actor": {"@type": "Person", "name": "Anna Cathcart"},
                },
                {
                    "@type": "PerformanceRole",
                    "characterName": "Jin",
                    "roleName": "recurring",
                    "actor": {"@type": "Person", "name": "Joshua Lee"},
                },
                {"@type": "Person", "name": "Gia Kim"},
            ],
        },
    ],
}


def mutated(change: Callable[[Doc], None]) -> Doc:
    doc = copy.deepcopy(BASE_DOC)
    change(doc)
    return doc


def node(doc: Doc, index: int) -> dict[str, Any]:
    graph: list[dict[str, Any]] = doc["@graph"]
    return graph[index]


def setter(index: int, *path: str | int, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = node(doc, index)
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def deleter(index: int, *path: str | int) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target: Any = node(doc, index)
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


def pointers(findings: list[Finding]) -> list[str]:
    return [f.pointer for f in findings]


# ---------------------------------------------------------------- documents that must pass


def test_example_document_is_valid() -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert validate_document(doc) == []


def test_base_document_is_valid() -> None:
    assert validate_document(BASE_DOC) == []
    assert is_valid(BASE_DOC)


def model_document() -> Doc:
    """A document built the way the pipeline builds it: pydantic models → `to_jsonld()`."""
    person = model.Person
    series = model.TVSeries(
        **{
            "@id": "#series",
            "name": "The Lantern Keepers",
            "publisher": [model.Organization(name="Apple TV+")],
            "productionCompany": [model.Organization(name="Harbor Light Pictures")],
            "creator": [person(name="Maya Ortiz")],
            "director": [person(name="Sam Reyes")],
            "producer": [
                model.Role(roleName="showrunner", producer=person(name="Maya Ortiz")),
                model.Role(
                    roleName=["showrunner", "executive producer"],
                    producer=person(name="Lee Park"),
                ),
            ],
            "isBasedOn": [model.CreativeWork(name="The Lantern Keepers (novel)")],
            "containsSeason": [model.Ref(**{"@id": "#season-2"})],
            "actor": [person(name="Ada Stone")],
        }
    )
    season = model.CreativeWorkSeason(
        **{
            "@id": "#season-2",
            "seasonNumber": 2,
            "partOfSeries": model.Ref(**{"@id": "#series"}),
            "startDate": "2026-03",
            "creativeWorkStatus": "renewed",
            "locationCreated": [model.Place(name="Halifax, Nova Scotia")],
            "actor": [
                model.PerformanceRole(
                    actor=person(name="Ada Stone"),
                    characterName="Captain Wren",
                    roleName="series regular",
                ),
                model.PerformanceRole(actor=person(name="Tom Hale")),
                person(name="Ravi Das"),
            ],
        }
    )
    article = model.NewsArticle(
        **{
            "@id": "#article",
            "headline": "The Lantern Keepers renewed for season 2",
            "datePublished": "2025-11-02",
            "url": "https://example.com/lantern-keepers",
            "author": [person(name="Jo Critic")],
            "about": [model.Ref(**{"@id": "#series"})],
        }
    )
    return model.Document(graph=[article, series, season]).to_jsonld()


def test_model_shaped_document_is_valid() -> None:
    assert validate_document(model_document()) == []


ACCEPTED: dict[str, Callable[[Doc], None]] = {
    "hostile names are just text": setter(3, "actor", 2, "name", value="</script><!-- x"),
    "name as an array of names": setter(1, "name", value=["XO, Kitty", "XO Kitty"]),
    "year-only start date": setter(3, "startDate", value="2025"),
    "year-month start date": setter(3, "startDate", value="2025-01"),
    "dates as a one-element array": setter(0, "datePublished", value=["2024-04-25"]),
    "TVSeason type": setter(2, "@type", value="TVSeason"),
    "season zero (specials)": setter(2, "seasonNumber", value=0),
    "sentence-case status from gold data": setter(3, "creativeWorkStatus", value="In production"),
    "status list": setter(3, "creativeWorkStatus", value=["renewed", "in production"]),
    "single actor, not a list": setter(3, "actor", value={"@type": "Person", "name": "A B"}),
    "actor as @id reference": setter(3, "actor", value=[{"@id": "https://example.com/p/1"}]),
    "PerformanceRole without character": deleter(3, "actor", 0, "characterName"),
    "guest star kind": setter(3, "actor", 1, "roleName", value="guest star"),
    "plain Person producer": setter(1, "producer", 1, value={"@type": "Person", "name": "Z"}),
    "series-level cast": setter(1, "actor", value=[{"@type": "Person", "name": "A B"}]),
    "person with @id": setter(0, "author", "@id", value="https://example.com/staff/jane"),
    "inline series as partOfSeries": setter(
        2, "partOfSeries", value={"@type": "TVSeries", "@id": "#series", "name": "XO, Kitty"}
    ),
    "inline season in containsSeason": setter(
        1,
        "containsSeason",
        value=[
            {
                "@type": "CreativeWorkSeason",
                "@id": "#season-1",
                "seasonNumber": 1,
                "partOfSeries": {"@id": "#series"},
            }
        ],
    ),
    "empty graph (negative article)": lambda doc: doc.update({"@graph": []}),
    "NewsArticle with only @type and @id": lambda doc: doc["@graph"].__setitem__(
        0, {"@type": "NewsArticle", "@id": "#article"}
    ),
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_legitimate_variants_are_accepted(name: str) -> None:
    assert validate_document(mutated(ACCEPTED[name])) == []


# ------------------------------------------------------------ documents that must be rejected

REJECTED: dict[str, tuple[Callable[[Doc], None], str]] = {
    "seasonNumber as string": (setter(2, "seasonNumber", value="2"), "/@graph/2/seasonNumber"),
    "seasonNumber as float": (setter(2, "seasonNumber", value=2.0), "/@graph/2/seasonNumber"),
    "seasonNumber fractional": (setter(2, "seasonNumber", value=2.5), "/@graph/2/seasonNumber"),
    "seasonNumber boolean": (setter(2, "seasonNumber", value=True), "/@graph/2/seasonNumber"),
    "seasonNumber negative": (setter(2, "seasonNumber", value=-1), "/@graph/2/seasonNumber"),
    "seasonNumber in array": (setter(2, "seasonNumber", value=["2"]), "/@graph/2/seasonNumber/0"),
    "startDate prose month": (setter(3, "startDate", value="Jan 2025"), "/@graph/3/startDate"),
    "startDate unpadded": (setter(3, "startDate", value="2025-1-5"), "/@graph/3/startDate"),
    "startDate relative": (setter(3, "startDate", value="next week"), "/@graph/3/startDate"),
    "startDate month 13": (setter(3, "startDate", value="2025-13"), "/@graph/3/startDate"),
    "startDate trailing newline": (
        setter(3, "startDate", value="2025-01-16\n"),
        "/@graph/3/startDate",
    ),
    "startDate with time": (
        setter(3, "startDate", value="2025-01-16T20:00"),
        "/@graph/3/startDate",
    ),
    "datePublished prose": (
        setter(0, "datePublished", value="April 25, 2024"),
        "/@graph/0/datePublished",
    ),
    "PerformanceRole without actor": (deleter(3, "actor", 1, "actor"), "/@graph/3/actor/1"),
    "empty characterName": (
        setter(3, "actor", 0, "characterName", value=""),
        "/@graph/3/actor/0/characterName",
    ),
    "unknown cast kind": (
        setter(3, "actor", 1, "roleName", value="lead"),
        "/@graph/3/actor/1/roleName",
    ),
    "empty series name": (setter(1, "name", value=""), "/@graph/1/name"),
    "whitespace-only person name": (
        setter(3, "actor", 2, "name", value=" \t\n"),
        "/@graph/3/actor/2/name",
    ),
    "whitespace-only actor name in role": (
        setter(3, "actor", 0, "actor", "name", value="   "),
        "/@graph/3/actor/0/actor/name",
    ),
    "empty organization name": (
        setter(1, "productionCompany", 0, "name", value=""),
        "/@graph/1/productionCompany/0/name",
    ),
    "publisher is a Person": (
        setter(1, "publisher", "@type", value="Person"),
        "/@graph/1/publisher/@type",
    ),
    "actor is an Organization": (
        setter(3, "actor", 2, "@type", value="Organization"),
        "/@graph/3/actor/2/@type",
    ),
    "actor inside role is an Organization": (
        setter(3, "actor", 0, "actor", "@type", value="Organization"),
        "/@graph/3/actor/0/actor/@type",
    ),
    "creator is an Organization": (
        setter(1, "creator", 0, "@type", value="Organization"),
        "/@graph/1/creator/0/@type",
    ),
    "publisher given as bare text": (
        setter(1, "publisher", value="Netflix"),
        "/@graph/1/publisher",
    ),
    "nested node without @type": (
        setter(1, "isBasedOn", value={"name": "A novel"}),
        "/@graph/1/isBasedOn",
    ),
    "unknown status": (
        setter(3, "creativeWorkStatus", value="filming"),
        "/@graph/3/creativeWorkStatus",
    ),
    "unknown crew role": (
        setter(1, "producer", 1, "roleName", value="producer"),
        "/@graph/1/producer/1/roleName",
    ),
    "crew Role without producer": (deleter(1, "producer", 0, "producer"), "/@graph/1/producer/0"),
    "typo on season": (setter(3, "startdate", value="2025"), "/@graph/3/startdate"),
    "typo on nested person": (
        setter(3, "actor", 0, "actor", "nmae", value="Anna"),
        "/@graph/3/actor/0/actor/nmae",
    ),
    "property from another type": (setter(0, "seasonNumber", value=1), "/@graph/0/seasonNumber"),
    "unknown graph node type": (setter(0, "@type", value="Movie"), "/@graph/0/@type"),
    "empty list of values": (
        setter(1, "productionCompany", value=[]),
        "/@graph/1/productionCompany",
    ),
    "about is text": (setter(0, "about", value="XO, Kitty"), "/@graph/0/about"),
    "reference with empty @id": (setter(0, "about", "@id", value=""), "/@graph/0/about/@id"),
    "relative article url": (setter(0, "url", value="example.com/x"), "/@graph/0/url"),
    "wrong context": (lambda doc: doc.update({"@context": "http://schema.org/"}), "/@context"),
}


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_misleading_values_are_rejected_at_their_pointer(name: str) -> None:
    change, pointer = REJECTED[name]
    findings = validate_document(mutated(change))
    assert pointers(findings) == [pointer], findings
    assert all(f.severity == "error" and f.message for f in findings)
    assert "is not valid under any of the given schemas" not in findings[0].message


def test_messages_name_the_expectation() -> None:
    [date] = validate_document(mutated(setter(3, "startDate", value="Jan 2025")))
    assert "'Jan 2025'" in date.message and "YYYY-MM-DD" in date.message
    [typo] = validate_document(mutated(setter(3, "startdate", value="2025")))
    assert typo.message == "unexpected property 'startdate'"
    [missing] = validate_document(mutated(deleter(3, "actor", 1, "actor")))
    assert "'actor' is a required property" in missing.message


def broken_document() -> Doc:
    doc = copy.deepcopy(BASE_DOC)
    node(doc, 0)["datePublished"] = "last Tuesday"
    node(doc, 1)["publisher"] = {"@type": "Person", "name": "Netflix"}
    node(doc, 2)["seasonNumber"] = "one"
    season = node(doc, 3)
    season["actor"][0] = {"@type": "PerformanceRole", "characterName": "Kitty"}
    season["actor"][2]["name"] = ""
    season["creativeWorkStatus"] = "filming"
    season["seasonNumbr"] = 2
    return doc


def test_broken_document_gives_several_findings_with_distinct_pointers() -> None:
    findings = validate_document(broken_document())
    assert pointers(findings) == [
        "/@graph/0/datePublished",
        "/@graph/1/publisher/@type",
        "/@graph/2/seasonNumber",
        "/@graph/3/actor/0",
        "/@graph/3/actor/2/name",
        "/@graph/3/creativeWorkStatus",
        "/@graph/3/seasonNumbr",
    ]
    assert validate_document(broken_document()) == findings  # stable across runs


def test_findings_follow_document_order_numerically() -> None:
    def many_actors(doc: Doc) -> None:
        node(doc, 3)["actor"] = [{"@type": "Person", "name": f"P{i}"} for i in range(12)]
        node(doc, 3)["actor"][2]["name"] = ""
        node(doc, 3)["actor"][10]["name"] = ""

    assert pointers(validate_document(mutated(many_actors))) == [
        "/@graph/3/actor/2/name",
        "/@graph/3/actor/10/name",
    ]


def test_pointer_escapes_slash_and_tilde() -> None:
    findings = validate_document(mutated(setter(1, "a/b~c", value=1)))
    assert pointers(findings) == ["/@graph/1/a~1b~0c"]


def test_finding_as_dict() -> None:
    finding = Finding("/x", "bad")
    assert finding.as_dict() == {"pointer": "/x", "message": "bad", "severity": "error"}


# ----------------------------------------------------------------- the schema files themselves

SCHEMAS = load_schemas()


def test_one_file_per_type_and_entry_point_present() -> None:
    assert set(SCHEMAS) == EXPECTED_FILES
    assert ENTRY_SCHEMA in SCHEMAS
    assert schemas_dir().is_dir()


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_file_is_valid_draft_2020_12(name: str) -> None:
    schema = SCHEMAS[name]
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == DRAFT
    assert schema["$id"] == BASE + name


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from walk(child, f"{path}/{key}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from walk(child, f"{path}/{i}")


def subschemas(schema: Any) -> Iterator[dict[str, Any]]:
    """Every schema object (not `properties`/`$defs` maps, not `enum`/`const` data)."""
    if not isinstance(schema, dict):
        return
    yield schema
    for key, child in schema.items():
        if key in ("properties", "$defs"):
            for sub in child.values():
                yield from subschemas(sub)
        elif key in ("items", "if", "then", "else"):
            yield from subschemas(child)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_ref_resolves_and_is_absolute(name: str) -> None:
    resolver = registry(SCHEMAS).resolver(base_uri=SCHEMAS[name]["$id"])
    refs = [v["$ref"] for _, v in walk(SCHEMAS[name]) if isinstance(v, dict) and "$ref" in v]
    for ref in refs:
        assert ref.startswith(BASE), ref
        resolved = resolver.lookup(ref).contents
        assert isinstance(resolved, dict) and resolved, ref


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_only_portable_keywords_are_used(name: str) -> None:
    root = SCHEMAS[name]
    if "properties" in root:
        assert root["additionalProperties"] is False  # every node type is closed: typos caught
    for sub in subschemas(root):
        assert set(sub) <= ALLOWED_KEYWORDS, set(sub) - ALLOWED_KEYWORDS
        if "pattern" in sub:
            re.compile(sub["pattern"])
