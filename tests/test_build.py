"""Build and API: stable @ids across articles, a configurable base, seasons and roles placed."""

from __future__ import annotations

from datetime import date

from pipeline import to_jsonld
from pipeline.build import season_id, series_id, slug
from pipeline.errors import ReadError

ARTICLE = (
    " date 2025-03-04 Hulu has renewed The Lantern Keepers for a third season. Maribel Okafor "
    "will play Wren Calloway in The Lantern Keepers Season 3. The Lantern Keepers is produced "
    "by Tidewater Studios. Tobias Renwick serves as showrunner."
)


def nodes(doc: dict[str, object], kind: str) -> list[dict[str, object]]:
    graph = doc["@graph"]
    assert isinstance(graph, list)
    return [n for n in graph if n["@type"] == kind]


def test_slugs_fold_accents_and_punctuation() -> None:
    assert slug("XO, Kitty") == "xo-kitty"
    assert slug("Amélie’s Café!") == "amelies-cafe"
    assert series_id("#", "XO, Kitty") == "#tvseries/xo-kitty"
    assert (
        season_id("https://ex.org/", "XO, Kitty", 2) == "https://ex.org/tvseries/xo-kitty/season/2"
    )


def test_same_show_gets_the_same_id_in_two_articles() -> None:
    other = " date 2025-06-01 The Lantern Keepers Season 3 premieres on Hulu on June 12."
    first = nodes(to_jsonld(ARTICLE), "TVSeries")[0]["@id"]
    second = nodes(to_jsonld(other), "TVSeries")[0]["@id"]
    assert first == second == "#tvseries/the-lantern-keepers"


def test_base_url_makes_absolute_ids_and_links_the_graph() -> None:
    doc = to_jsonld(ARTICLE, base_url="https://pub.example/ids/")
    series = nodes(doc, "TVSeries")[0]
    season = nodes(doc, "CreativeWorkSeason")[0]
    assert series["@id"] == "https://pub.example/ids/tvseries/the-lantern-keepers"
    assert season["partOfSeries"] == {"@id": series["@id"]}
    assert {"@id": season["@id"]} in series["containsSeason"]  # type: ignore[operator]
    assert nodes(doc, "NewsArticle")[0]["about"] == [{"@id": series["@id"]}]


def test_cast_named_with_a_season_sits_on_that_season_and_crew_on_the_series() -> None:
    doc = to_jsonld(ARTICLE)
    season = nodes(doc, "CreativeWorkSeason")[0]
    assert season["seasonNumber"] == 3
    assert season["creativeWorkStatus"] == "renewed"
    assert season["actor"] == [
        {
            "@type": "PerformanceRole",
            "actor": {"@type": "Person", "name": "Maribel Okafor"},
            "characterName": "Wren Calloway",
        }
    ]
    series = nodes(doc, "TVSeries")[0]
    assert series["producer"] == [
        {
            "@type": "Role",
            "roleName": "showrunner",
            "producer": {"@type": "Person", "name": "Tobias Renwick"},
        }
    ]
    assert series["publisher"] == [{"@type": "Organization", "name": "Hulu"}]


def test_published_date_argument_anchors_relative_dates() -> None:
    text = "The Lantern Keepers Season 3 premieres Thursday on Hulu. The Lantern Keepers returns."
    doc = to_jsonld(text, published=date(2025, 6, 10))
    assert nodes(doc, "CreativeWorkSeason")[0]["startDate"] == "2025-06-12"
    assert nodes(doc, "NewsArticle")[0]["datePublished"] == "2025-06-10"


def test_output_is_deterministic() -> None:
    assert to_jsonld(ARTICLE) == to_jsonld(ARTICLE)


def test_empty_text_is_an_error_with_a_code() -> None:
    try:
        to_jsonld("   ")
    except ReadError as exc:
        assert exc.code == "E101"
    else:
        raise AssertionError("empty text must raise")
