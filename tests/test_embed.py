"""`python -m pipeline embed`: a safe `<script>` block, injected in place, idempotent, one graph."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from pipeline.cli import main
from pipeline.embed import MARKER, block_text, inject, merge

EVIL = "</script><script>alert(1)</script>"


def evil_document() -> dict[str, Any]:
    """Our output shape, with article text that tries to break out of the script element."""
    return {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": "#article",
                "headline": "Is <!-- a comment & more",
                "about": [{"@id": "#tvseries/the-lantern-keepers"}],
            },
            {
                "@type": "TVSeries",
                "@id": "#tvseries/the-lantern-keepers",
                "name": "The Lantern Keepers\u2028",
                "actor": [
                    {
                        "@type": "PerformanceRole",
                        "actor": {"@type": "Person", "name": "Ezra"},
                        "characterName": EVIL,
                    }
                ],
            },
        ],
    }


PAGE = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n'
    "  <title>Renewed</title>\n"
    "  <!-- </head> in a comment is not the end -->\n"
    '  <script>var s = "</head>";</script>\n'
    "</head>\n<body>\n"
    "  <p>The Lantern Keepers is renewed; Ezra returns as \u00abthe keeper\u00bb.</p>\n"
    "</body>\n</html>\n"
)


def _inner(block: str) -> str:
    match = re.fullmatch(
        r'<script type="application/ld\+json" data-generator="tvseries-jsonld">'
        r"\n(.*)\n</script>",
        block,
        re.S,
    )
    assert match, block
    return match[1]


def test_block_cannot_close_the_script_or_open_a_comment() -> None:
    block = block_text(evil_document())
    inner = _inner(block)
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in inner
    assert "\\u003c/script\\u003e" in inner
    assert json.loads(inner) == evil_document()


def test_inject_goes_before_the_real_head_end_and_keeps_every_other_byte() -> None:
    result = inject(PAGE.encode(), evil_document())
    assert result.action == "added"
    page = result.page.decode()
    block = block_text(evil_document())
    assert page.index(block) == PAGE.index("</head>\n<body>")
    assert page.replace(block + "\n", "", 1) == PAGE


def test_rerunning_changes_nothing_and_a_new_document_replaces_the_old_block() -> None:
    once = inject(PAGE.encode(), evil_document()).page
    again = inject(once, evil_document())
    assert again.action == "unchanged" and again.page == once
    changed = evil_document()
    changed["@graph"][1]["name"] = "The Lantern Keepers"
    replaced = inject(once, changed)
    assert replaced.action == "replaced"
    assert replaced.page.count(MARKER.encode()) == 1
    assert replaced.page.replace(block_text(changed).encode() + b"\n", b"") == PAGE.encode()


def test_crlf_and_legacy_encoded_pages_stay_byte_for_byte() -> None:
    legacy = PAGE.replace("\n", "\r\n").encode("cp1252")
    result = inject(legacy, evil_document())
    found = re.search(
        rb"<script type=\"application/ld\+json\" data-gen.*?</script>\r\n", result.page, re.S
    )
    assert found
    block = found[0]
    assert block.isascii() and b"\n" not in block.replace(b"\r\n", b"")
    assert result.page.replace(block, b"") == legacy
    assert json.loads(_inner(block.decode().replace("\r\n", "\n").strip())) == evil_document()


def test_extruct_reads_back_the_same_graph() -> None:
    from extruct.jsonld import JsonLdExtractor

    page = inject(PAGE.encode(), evil_document()).page
    assert JsonLdExtractor().extract(page) == [evil_document()]


PUBLISHER = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "ReportageNewsArticle", "@id": "https://news.example/renewed#article", '
    '"headline": "Renewed!", "datePublished": "2025-03-04"}</script>\n'
)


def test_page_with_its_own_article_gets_one_connected_graph() -> None:
    page = PAGE.replace("</head>\n<body>", PUBLISHER + "</head>\n<body>").encode()
    result = inject(page, evil_document())
    assert result.notes == (
        "joined our article to the page's own article "
        "'https://news.example/renewed#article'; the page's values kept for "
        "headline",
    )
    from extruct.jsonld import JsonLdExtractor

    items = JsonLdExtractor().extract(result.page)
    ours = items[1]["@graph"]
    article_ids = {n["@id"] for n in [items[0], *ours] if "Article" in n["@type"]}
    assert article_ids == {"https://news.example/renewed#article"}
    assert ours[0] == {
        "@type": "NewsArticle",
        "@id": "https://news.example/renewed#article",
        "about": [{"@id": "#tvseries/the-lantern-keepers"}],
    }
    assert inject(result.page, evil_document()).action == "unchanged"


def test_publisher_article_without_id_is_not_contradicted() -> None:
    items = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Theirs"}]
    merged, notes = merge(evil_document(), items)
    assert [n["@type"] for n in merged["@graph"]] == ["TVSeries"]
    assert "has no @id" in notes[0]


def test_embed_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "doc.jsonld"
    doc.write_text(json.dumps(evil_document()), encoding="utf-8")
    assert main(["embed", str(doc)]) == 0
    assert capsys.readouterr().out == block_text(evil_document()) + "\n"

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    os.chmod(page, 0o640)
    assert main(["embed", str(doc), "--into", str(page)]) == 0
    assert "JSON-LD block added" in capsys.readouterr().err
    assert page.stat().st_mode & 0o777 == 0o640, "atomic replace keeps the page's permissions"
    assert block_text(evil_document()) in page.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert main(["embed", str(doc), "--into", str(page)]) == 0
    assert "JSON-LD block unchanged" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("doc_text", "page_text", "message"),
    [
        ("{not json", PAGE, r"doc\.jsonld: not valid JSON: "),
        (None, PAGE, r"doc\.jsonld: cannot read: No such file"),
        ("{}", "just text, no markup", r"page\.html: no </head> or <body> found"),
    ],
    ids=["bad-json", "missing-doc", "not-a-page"],
)
def test_embed_errors_name_the_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    doc_text: str | None,
    page_text: str,
    message: str,
) -> None:
    doc, page = tmp_path / "doc.jsonld", tmp_path / "page.html"
    if doc_text is not None:
        doc.write_text(doc_text, encoding="utf-8")
    page.write_text(page_text, encoding="utf-8")
    assert main(["embed", str(doc), "--into", str(page)]) == 1
    assert re.search(message, capsys.readouterr().err)
    assert page.read_text(encoding="utf-8") == page_text


# --- a publisher's article without an @id ------------------------------------------------------

CANONICAL = "https://news.example/tv/lantern-keepers-renewed"
NO_ID = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "headline": "Renewed!", "datePublished": "2025-03-04", '
    '"author": {"@type": "Person", "name": "Dana Reyes"}, '
    '"mainEntityOfPage": {"@type": "WebPage", "@id": "' + CANONICAL + '"}}</script>\n'
)


def _page_with(block: str, canonical: str | None = CANONICAL) -> bytes:
    link = f'<link rel="canonical" href="{canonical}">\n' if canonical else ""
    return PAGE.replace("</head>\n<body>", link + block + "</head>\n<body>").encode()


def _ours(page: bytes) -> list[dict[str, Any]]:
    from extruct.jsonld import JsonLdExtractor

    graph: list[dict[str, Any]] = JsonLdExtractor().extract(page)[-1]["@graph"]
    return graph


def _rdf(page: bytes) -> Any:
    """What a JSON-LD processor makes of the page: every block parsed into one RDF graph
    (schema.org's context, inlined: `url` and `mainEntityOfPage` are `@type: @id`)."""
    import rdflib
    from extruct.jsonld import JsonLdExtractor

    context = {
        "@vocab": "https://schema.org/",
        "url": {"@type": "@id"},
        "mainEntityOfPage": {"@type": "@id"},
    }
    graph = rdflib.Graph()
    for item in JsonLdExtractor().extract(page):
        item["@context"] = context
        graph.parse(data=json.dumps(item), format="json-ld", base=CANONICAL)
    return graph


def test_article_without_id_is_linked_through_its_page_in_one_connected_graph() -> None:
    import rdflib

    page = _page_with(NO_ID)
    result = inject(page, evil_document())
    assert result.notes == (
        "the page's own article has no @id, so nothing can be joined to it; the series are "
        f"linked to it through its page '{CANONICAL}' (the article's mainEntityOfPage), and "
        "our article node is left out so the page keeps one article",
    )
    # the publisher's block, and every other byte but our block, is untouched
    ours_block = block_text(json.loads(_inner_of(result.page))).encode() + b"\n"
    assert result.page.replace(ours_block, b"") == page
    ours = _ours(result.page)
    assert [n["@type"] for n in ours] == ["TVSeries", "WebPage"]
    assert ours[1] == {
        "@type": "WebPage",
        "@id": CANONICAL,
        "about": [{"@id": "#tvseries/the-lantern-keepers"}],
    }
    # one article, and a path from it to the series: article → page → series
    schema = rdflib.Namespace("https://schema.org/")
    rdf = _rdf(result.page)
    articles = list(rdf.subjects(rdflib.RDF.type, schema.NewsArticle))
    assert len(articles) == 1 and isinstance(articles[0], rdflib.BNode)
    page_node = rdf.value(articles[0], schema.mainEntityOfPage)
    assert page_node == rdflib.URIRef(CANONICAL)
    series = rdflib.URIRef(CANONICAL + "#tvseries/the-lantern-keepers")
    assert (page_node, schema.about, series) in rdf
    assert (series, rdflib.RDF.type, schema.TVSeries) in rdf
    assert inject(result.page, evil_document()).action == "unchanged"


def _inner_of(page: bytes) -> str:
    found = re.search(rb'data-generator="tvseries-jsonld">\n(.*?)\n</script>', page, re.S)
    assert found
    return found[1].decode()


@pytest.mark.parametrize(
    ("block", "canonical", "linked"),
    [
        (NO_ID.replace('"@type": "WebPage", ', ""), CANONICAL, "the article's mainEntityOfPage"),
        (NO_ID.replace(f'"@id": "{CANONICAL}"', '"@id": "https://news.example/tv/"'), None, None),
        (
            NO_ID.replace('"mainEntityOfPage": {"@type": "WebPage", "@id"', '"url": {"@id"'),
            CANONICAL,
            "the article's url",
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            f'"@type": "WebPage", "@id": "{CANONICAL}", "mainEntity": '
            '{"@type": "BlogPosting", "headline": "Renewed!"}}</script>\n',
            CANONICAL,
            "the page node whose mainEntity is the article",
        ),
    ],
    ids=["main-entity-of-page-object", "a-section-page-not-this-page", "url", "page-main-entity"],
)
def test_the_page_link_needs_an_iri_that_is_this_page(
    block: str, canonical: str | None, linked: str | None
) -> None:
    page = _page_with(block, canonical)
    result = inject(page, evil_document())
    ours = _ours(result.page)
    assert not any(n["@type"] == "NewsArticle" for n in ours), "never a second article"
    if linked:
        assert f"({linked})" in result.notes[0]
        assert ours[-1]["@id"] == CANONICAL
    else:  # the article points at a section page: saying that page is about the series is false
        assert "has no @id, so ours cannot be joined" in result.notes[0]
        assert [n["@type"] for n in ours] == ["TVSeries"]


def test_our_article_url_confirms_the_page_when_the_page_has_no_canonical_link() -> None:
    document = evil_document()
    document["@graph"][0]["url"] = CANONICAL
    result = inject(_page_with(NO_ID, canonical=None), document)
    assert _ours(result.page)[-1] == {
        "@type": "WebPage",
        "@id": CANONICAL,
        "about": [{"@id": "#tvseries/the-lantern-keepers"}],
    }
    assert inject(_page_with(NO_ID, canonical=None), evil_document()).notes[0].startswith(
        "the page's own article has no @id, so ours cannot be joined"
    )


NEWS = Path(__file__).resolve().parents[2] / "shared" / "peer" / "news-article-pages"


@pytest.mark.skipif(not NEWS.is_dir(), reason=f"peer data not found at {NEWS}")
def test_a_real_publisher_page_keeps_its_bytes_and_gets_one_connected_graph(
    tmp_path: Path,
) -> None:
    from pipeline.markup import validate_paths

    # bbc.com: a ReportageNewsArticle without @id, "mainEntityOfPage": the canonical URL
    original = next(NEWS.glob("70cb2d5b*.html")).read_bytes()
    result = inject(original, evil_document())
    start = result.page.index(b'<script type="application/ld+json" data-generator=')
    end = result.page.index(b"</script>", start) + len(b"</script>\n")
    assert result.page[:start] + result.page[end:] == original
    assert _ours(result.page)[-1] == {
        "@type": "WebPage",
        "@id": "https://www.bbc.com/news/newsbeat-50470672",
        "about": [{"@id": "#tvseries/the-lantern-keepers"}],
    }
    page = tmp_path / "page.html"
    page.write_bytes(result.page)
    _, rows, _ = validate_paths([page])
    assert {r["block"] for r in rows} == {1}, "our block 2, page link included, is clean"


def test_embed_stops_quietly_when_the_reader_goes_away(tmp_path: Path) -> None:
    import subprocess
    import sys

    big = evil_document()
    series = big["@graph"][1]
    big["@graph"] += [{**series, "@id": f"#tvseries/s{i}"} for i in range(5000)]  # > pipe buffer
    doc = tmp_path / "doc.jsonld"
    doc.write_text(json.dumps(big), encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "embed", str(doc)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=root,
    )
    assert process.stdout and process.stderr
    assert process.stdout.readline().startswith(b"<script")
    process.stdout.close()  # what `| head -1` does
    errors = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=60) == 1
    assert errors == b"", "no BrokenPipeError traceback"
