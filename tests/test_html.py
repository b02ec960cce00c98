"""HTML and Markdown articles in: main text, the page's own metadata, broken JSON-LD survived."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.api import run_article
from pipeline.errors import ReadError
from pipeline.html import flatten_items, jsonld_blocks, parse_tree, read_html
from pipeline.markdown import plain_text, read_markdown
from pipeline.read import read_file

PEER = Path(__file__).resolve().parents[2] / "shared" / "peer"
NEWS = PEER / "news-article-pages"
EXTRUCT = PEER / "extruct-samples"
needs_peer = pytest.mark.skipif(not NEWS.is_dir(), reason=f"peer data not found at {PEER}")

# news-article-pages: the 7 with a block json.loads rejects (prefix → what is wrong upstream)
BROKEN = {
    "65408257dbe4": "raw newline in a string",
    "aadb38e527d5": "raw newline in a string",
    "ea25dd7edff4": "trailing comma",
    "f6ac15a4d985": "// comment",
    "57d46c9d751e": "single-quoted string (extruct raises)",
    "94fbcc267720": "broken quoting (extruct raises)",
    "f344ca5fb36e": "extra } and a // comment (extruct raises)",
}
NO_ARTICLE = {"f6ac15a4d985", "57d46c9d751e", "94fbcc267720"}  # article node only in the bad block


def _pages(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html")) if folder.is_dir() else []


def _article_types(items: list[dict[str, object]]) -> set[str]:
    found: set[str] = set()
    stack: list[object] = list(items)
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            kind = item.get("@type")
            found.update(kind if isinstance(kind, list) else [str(kind)])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found & {"NewsArticle", "ReportageNewsArticle", "Article"}


@needs_peer
@pytest.mark.parametrize("page", _pages(NEWS), ids=lambda p: p.name[:12])
def test_every_news_page_is_read_with_its_metadata(page: Path) -> None:
    article = read_html(page.read_bytes(), str(page))
    prefix = page.name[:12]
    assert len(article.text) > 500, "trafilatura found the article body"
    assert article.headline and article.url and article.url.startswith("http")
    if prefix in BROKEN:
        assert any(f"{page}: JSON-LD block" in w for w in article.warnings), BROKEN[prefix]
    else:
        assert not any("JSON-LD block" in w for w in article.warnings)
    if prefix not in NO_ARTICLE:
        assert _article_types(list(article.page_jsonld)), "a NewsArticle (or subtype) node"


@needs_peer
def test_a_bad_block_beside_good_ones_loses_only_itself() -> None:
    # inexhibit.com: block 1 (WebSite) is fine, block 2 (Article) has broken quoting
    page = next(NEWS.glob("94fbcc267720*.html"))
    article = read_html(page.read_bytes(), str(page))
    assert [item.get("@type") for item in article.page_jsonld] == [None]  # the @graph block
    assert "WebSite" in json.dumps(article.page_jsonld)
    skipped = [w for w in article.warnings if "skipped" in w]
    assert skipped == [
        f"{page}: JSON-LD block 2 skipped: invalid JSON: Expecting property name "
        "enclosed in double quotes: line 17 column 117 (char 577)"
    ]


@needs_peer
@pytest.mark.parametrize("page", _pages(EXTRUCT), ids=lambda p: str(p.relative_to(EXTRUCT)))
def test_every_extruct_sample_goes_through(page: Path) -> None:
    try:
        article = read_html(page.read_bytes(), str(page))
    except ReadError as exc:  # a page with no text at all is refused, with its name
        assert str(page) in str(exc)
        return
    assert article.text.strip()


def _extruct_expectations() -> list[Path]:
    # the two songkick files use an old {"items": [...]} wrapper extruct's tests do not use
    return (
        [
            p
            for p in sorted(EXTRUCT.rglob("*.jsonld"))
            if not p.name[0].isupper() and p.with_suffix(".html").exists()
        ]
        if EXTRUCT.is_dir()
        else []
    )


@needs_peer
@pytest.mark.parametrize("expected", _extruct_expectations(), ids=lambda p: p.name)
def test_block_by_block_parsing_matches_extruct(expected: Path) -> None:
    html = expected.with_suffix(".html").read_bytes().decode("utf-8")
    items = flatten_items(jsonld_blocks(parse_tree(html, str(expected))))
    assert items == json.loads(expected.read_text(encoding="utf-8"))


PAGE = """<!doctype html><html><head><title>Site | Ignored title</title>
<link rel="canonical" href="https://news.example/tv/lantern-keepers-renewed">
<meta property="og:title" content="OG title loses to JSON-LD">
<script type="application/ld+json">{block1}</script>
<script type="application/ld+json">{block2}</script>
</head><body><nav>Home | TV | Film</nav><article><h1>Renewed</h1>
<p>Hulu has renewed The Lantern Keepers for a third season, the streamer said on Tuesday.
The supernatural family drama was created by Tobias Renwick and closed out its second season
in October with the largest audience in the show's history.</p>
<p>Ezra Bellweather and Silas Penhallow will return as series regulars when production
resumes in Nova Scotia next spring, according to the network's announcement.</p>
</article><footer>© News Example</footer></body></html>"""
GOOD = json.dumps(
    {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "'The Lantern Keepers' Renewed for Season 3 at Hulu",
        "datePublished": "2025-03-04T09:00:00-05:00",
        "author": [{"@type": "Person", "name": "Dana Reyes"}],
    }
)


@pytest.mark.parametrize(
    ("bad", "repair"),
    [
        (GOOD + ";", "removed trailing semicolon"),
        ("<![CDATA[" + GOOD + "]]>", "removed CDATA wrapper"),
        ("//<![CDATA[\n" + GOOD + "\n//]]>", "removed CDATA wrapper"),
        (GOOD.replace("Renewed for", "Renewed\nfor"), "Invalid control character"),
        (GOOD + "}", "ignored text after the first JSON value"),
    ],
    ids=["semicolon", "cdata", "cdata-js", "raw-newline", "extra-brace"],
)
def test_common_breakages_are_repaired_and_reported(bad: str, repair: str) -> None:
    html = PAGE.format(block1='{"@context": "https://schema.org", "@type": "WebSite"}', block2=bad)
    article = read_html(html.encode(), "renewal.html")
    assert article.headline and article.headline.startswith("'The Lantern Keepers' Renewed")
    assert article.date_published == date(2025, 3, 4)
    assert article.author == "Dana Reyes"
    repaired = [w for w in article.warnings if "block 2 repaired" in w]
    assert len(repaired) == 1 and repaired[0].startswith("renewal.html: ") and repair in repaired[0]


def test_unrepairable_block_is_skipped_and_the_page_metadata_still_read() -> None:
    html = PAGE.format(block1="{'headline': 'single quotes'}", block2=GOOD)
    article = read_html(html.encode(), "renewal.html")
    assert article.headline == "'The Lantern Keepers' Renewed for Season 3 at Hulu"
    assert [w for w in article.warnings if "skipped" in w] == [
        "renewal.html: JSON-LD block 1 skipped: invalid JSON: Expecting property name enclosed "
        "in double quotes: line 1 column 2 (char 1)"
    ]


def test_page_metadata_wins_and_the_canonical_url_is_the_base_of_the_article_id() -> None:
    html = PAGE.format(block1="{}", block2=GOOD)
    article = read_html(html.encode(), "renewal.html")
    assert "Home | TV" not in article.text and "Ezra Bellweather" in article.text
    document = run_article(article).document
    news = document["@graph"][0]
    assert news["@id"] == "https://news.example/tv/lantern-keepers-renewed#article"
    assert news["headline"] == "'The Lantern Keepers' Renewed for Season 3 at Hulu"
    assert news["datePublished"] == "2025-03-04"
    assert news["author"] == [{"@type": "Person", "name": "Dana Reyes"}]
    assert any(n.get("name") == "The Lantern Keepers" for n in document["@graph"])


def test_opengraph_and_meta_are_used_without_json_ld() -> None:
    html = PAGE.format(block1="", block2="").replace(
        "<title>",
        '<meta property="article:published_time" content="2024-10-03T08:00:00Z">'
        '<meta name="author" content="By Dana Reyes"><title>',
    )
    article = read_html(html.encode(), "renewal.html")
    assert article.headline == "OG title loses to JSON-LD"
    assert article.date_published == date(2024, 10, 3)
    assert article.author == "Dana Reyes"


def test_placeholder_dates_are_not_publication_dates() -> None:
    block = GOOD.replace("2025-03-04T09:00:00-05:00", "0001-01-01T00:00:00Z")
    article = read_html(PAGE.format(block1="{}", block2=block).encode(), "renewal.html")
    assert article.date_published is None


@pytest.mark.parametrize(
    "data", [b"", b"   \n", b"\x89PNG\r\n\x1a\n\0\0"], ids=["empty", "blank", "png"]
)
def test_non_pages_are_refused_naming_the_file(data: bytes) -> None:
    with pytest.raises(ReadError, match=r"^shows/page\.html: "):
        read_html(data, "shows/page.html")


MARKDOWN = """---
title: "'The Lantern Keepers' Renewed for Season 3 at Hulu"
date: 2025-03-04
url: https://news.example/tv/lantern-keepers-renewed
author: Dana Reyes
tags: [tv, renewals]
---
# Renewed

**Hulu** has renewed [The Lantern Keepers](https://hulu.example/lk) for a third season.

![still](lk.jpg)
- Ezra Bellweather returns as a *series regular*.
"""


def test_markdown_front_matter_becomes_the_article_metadata() -> None:
    article = read_markdown(MARKDOWN.encode(), "renewal.md")
    assert article.headline == "'The Lantern Keepers' Renewed for Season 3 at Hulu"
    assert article.date_published == date(2025, 3, 4)
    assert article.url == "https://news.example/tv/lantern-keepers-renewed"
    assert article.author == "Dana Reyes"
    assert article.text == (
        "Renewed\n\nHulu has renewed The Lantern Keepers for a third season.\n\n"
        "Ezra Bellweather returns as a series regular.\n"
    )


def test_markdown_without_front_matter_is_just_text() -> None:
    assert plain_text("Plain *words* and `code`.") == "Plain words and code.\n"
    article = read_markdown(b"Hulu renewed the show.\n", "plain.md")
    assert article.headline is None and article.text == "Hulu renewed the show.\n"


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("title: [unclosed\n", r"renewal\.md: invalid YAML front matter at line \d+"),
        ("- a list\n", r"renewal\.md: front matter must be a mapping"),
        ("date: next week\n", r"renewal\.md: front matter date 'next week' is not a date"),
        ("title: {a: 1}\n", r"renewal\.md: front matter 'title' must be text"),
    ],
)
def test_bad_front_matter_names_the_file(front: str, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        read_markdown(f"---\n{front}---\nHulu renewed the show.\n".encode(), "renewal.md")


def test_read_file_chooses_the_reader_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "b.HTML").write_text(PAGE.format(block1="{}", block2=GOOD), encoding="utf-8")
    (tmp_path / "c.txt").write_text(" date 2025-03-04 Hulu renewed it.\n", encoding="utf-8")
    assert read_file(tmp_path / "a.md").author == "Dana Reyes"
    assert read_file(tmp_path / "b.HTML").url == "https://news.example/tv/lantern-keepers-renewed"
    assert read_file(tmp_path / "c.txt").date_published == date(2025, 3, 4)
    with pytest.raises(ReadError, match="over the size limit"):
        read_file(tmp_path / "b.HTML", max_bytes=100)


def test_extract_command_reads_html_and_markdown_folders(tmp_path: Path) -> None:
    from pipeline.cli import main

    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.md").write_text(MARKDOWN, encoding="utf-8")
    (articles / "b.html").write_text(PAGE.format(block1="{}", block2=GOOD), encoding="utf-8")
    assert main(["extract", str(articles), "--out", str(tmp_path / "out")]) == 0
    written = sorted(p.name for p in (tmp_path / "out").glob("*.jsonld"))
    assert written == ["a.jsonld", "b.jsonld"]
    doc = json.loads((tmp_path / "out" / "b.jsonld").read_text(encoding="utf-8"))
    assert doc["@graph"][0]["@id"] == "https://news.example/tv/lantern-keepers-renewed#article"


# --- the author: a person the page names, or nothing ------------------------------------------


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ({"@type": "Person", "name": "Dana Reyes"}, "Dana Reyes"),
        ({"@type": "person", "name": "By DANA REYES, AP Television Writer"}, "DANA REYES"),
        ({"type": "Person", "name": "Ana de Armas"}, "Ana de Armas"),
        ({"@type": "Organization", "name": "Dana Reyes"}, None),
        ({"@type": "NewsMediaOrganization", "name": "BBC News"}, None),
        ({"@type": ["Person", "Organization"], "name": "Dana Reyes"}, None),
        ({"@type": "Person", "name": "HNN Staff"}, None),
        ({"@type": "Person", "name": "Reuters"}, None),
        ({"@type": "Person", "name": "Dana Reyes and Sam Lee"}, None),
        ("Dana Reyes", "Dana Reyes"),
        ("News Nation Bureau", None),
        ("PMJS - Coordenadoria de TI", None),
        ("https://news.example/staff/dana-reyes", None),
        ({"name": "Dana Reyes"}, "Dana Reyes"),
        ({"@id": "_:b0"}, None),
        (
            [{"@type": "Organization", "name": "Hulu"}, {"@type": "Person", "name": "Sam Lee"}],
            "Sam Lee",
        ),
    ],
)
def test_the_author_is_kept_only_when_the_page_says_it_is_a_person(
    author: object, expected: str | None
) -> None:
    block = json.dumps({**json.loads(GOOD), "author": author})
    article = read_html(PAGE.format(block1="{}", block2=block).encode(), "renewal.html")
    assert article.author == expected


def test_an_organisation_author_does_not_hide_a_person_byline_in_the_meta_tags() -> None:
    block = json.dumps({**json.loads(GOOD), "author": {"@type": "Organization", "name": "Hulu"}})
    html = PAGE.format(block1="{}", block2=block).replace(
        "<title>", '<meta name="author" content="Dana Reyes"><title>'
    )
    assert read_html(html.encode(), "renewal.html").author == "Dana Reyes"


@needs_peer
@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("70cb2d5b", None),  # bbc.com: NewsMediaOrganization "BBC News"
        ("2c46804d", None),  # cbsnews.com: Organization "CBS News"
        ("f344ca5f", None),  # hawaiinewsnow.com: a Person named "HNN Staff"
        ("16c30add", "Umair Irfan"),  # vox.com: Person
        ("05844573", "TOM KRISHER"),  # ctpost.com: "person", "By TOM KRISHER, AP Auto Writer"
        ("65408257", "Nishant Kumar"),  # moneycontrol.com: a plain name
        ("076f4f33", None),  # newsnation.in: the plain name "News Nation Bureau"
    ],
)
def test_peer_pages_give_a_person_author_or_none(prefix: str, expected: str | None) -> None:
    page = next(NEWS.glob(f"{prefix}*.html"))
    article = read_html(page.read_bytes(), str(page))
    assert article.author == expected
    if prefix == "70cb2d5b":  # and the markup we write for it names no author
        news = run_article(article).document["@graph"][0]
        assert news["@type"] == "NewsArticle" and "author" not in news


def test_a_pages_own_time_element_dates_it_when_nothing_else_does() -> None:
    page = ("<html><head><title>Harbor Lights Returns</title></head><body><article><header>"
            "<h1>Harbor Lights Returns</h1><time class='published' datetime='2025-04-14T09:00'>"
            "April 14</time></header><p>Netflix has renewed Harbor Lights for a second season. "
            "Season 2 premieres <time datetime='2025-06-01'>Sunday, June 1</time>.</p></article>"
            "</body></html>")
    assert str(read_html(page.encode(), "p.html").date_published) == "2025-04-14"
    two = page.replace(" class='published'", "").replace("<header>", "<div>").replace(
        "</header>", "</div>")
    # unmarked: the one before the story is the page's, the one in the story the premiere's
    assert str(read_html(two.encode(), "p.html").date_published) == "2025-04-14"
    lone = two.replace("<time datetime='2025-04-14T09:00'>April 14</time>", "")
    assert read_html(lone.encode(), "p.html").date_published is None  # the premiere's date
    site = ("<html><body><header><time datetime='2026-11-24'>Today</time></header><article>"
            "<p>Netflix has renewed Harbor Lights for a second season.</p></article></body></html>")
    assert read_html(site.encode(), "p.html").date_published is None  # the site's clock
    for byline in ("<time datetime='2025-04-14'>April 14</time>",
                   "<p><time datetime='2025-04-14'>April 14, 2025</time></p>"):
        before = lone.replace("</h1></div>", f"</h1></div>{byline}")
        assert str(read_html(before.encode(), "p.html").date_published) == "2025-04-14", byline
