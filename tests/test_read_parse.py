"""Read and parse: the corpus date prefix, normalisation, sentences with offsets."""

from __future__ import annotations

import os
from datetime import date

import pytest

from pipeline.errors import ReadError
from pipeline.parse import parse
from pipeline.read import read_text


def test_date_prefix_is_the_publication_date_and_is_removed() -> None:
    article = read_text(b" date 2024-04-25 The Big Picture. More text here.", "a.txt")
    assert article.date_published == date(2024, 4, 25)
    assert article.text.startswith("The Big Picture")


def test_date_prefix_without_leading_space_and_override() -> None:
    assert read_text("date 2023-01-02 Text.").date_published == date(2023, 1, 2)
    override = read_text("date 2023-01-02 Text.", date_override=date(2020, 5, 5))
    assert override.date_published == date(2020, 5, 5)


def test_no_prefix_means_no_date() -> None:
    assert read_text("Just an article about Season 2.").date_published is None


def test_crlf_and_decomposed_accents_are_normalised_but_curly_quotes_kept() -> None:
    article = read_text("Rosali\u0301a said \u201chi\u201d.\r\nNext line.".encode())
    assert "\r" not in article.text
    assert "Rosalía" in article.text
    assert "\u201chi\u201d" in article.text


def test_empty_article_is_a_read_error_naming_the_file() -> None:
    with pytest.raises(ReadError, match=r"empty\.txt: empty article"):
        read_text(b"   \n ", "empty.txt")


def test_sentences_carry_offsets_into_the_text() -> None:
    text = "Dr. Ada Vane returns. Season 2 premieres Jan. 5 on Hulu! Is it good?"
    parsed = parse(read_text(text))
    assert [s.text for s in parsed.sentences] == [
        "Dr. Ada Vane returns.",
        "Season 2 premieres Jan. 5 on Hulu!",
        "Is it good?",
    ]
    for sentence in parsed.sentences:
        assert parsed.article.text[sentence.start : sentence.end] == sentence.text


def test_cut_off_excerpt_drops_the_partial_last_word() -> None:
    parsed = parse(read_text("Maribel Okafor stars. Tomas Reyes plays Ma"))
    assert parsed.sentences[-1].text == "Tomas Reyes plays"
    assert parsed.sentences[-1].truncated


def test_short_first_line_is_the_headline() -> None:
    parsed = parse(read_text("Harbour Lights Renewed for Season 3\nHulu renewed the drama."))
    assert parsed.headline == "Harbour Lights Renewed for Season 3"


def test_no_sentence_ends_after_an_abbreviation_or_an_initial() -> None:
    text = ("Mr. J. K. Doe met Sept. 5 approx. U.S. viewers at St. Mark's. It aired on "
            "Ep. 4 at 9 p.m. Tuesday. “Yes,” he said. (Really.)")
    parsed = parse(read_text(text))
    assert [s.text for s in parsed.sentences] == [
        "Mr. J. K. Doe met Sept. 5 approx. U.S. viewers at St. Mark's.",
        "It aired on Ep. 4 at 9 p.m.",  # "p.m." is no listed abbreviation
        "Tuesday.",
        "“Yes,” he said.",
        "(Really.)",
    ]
    for sentence in parsed.sentences:
        assert parsed.article.text[sentence.start : sentence.end] == sentence.text


def test_sentences_never_cross_lines_and_keep_offsets() -> None:
    text = "One ends here.\n  \nTwo begins. Three!\nFour?"
    parsed = parse(read_text(text))
    assert [(s.text, s.paragraph) for s in parsed.sentences] == [
        ("One ends here.", 0), ("Two begins.", 1), ("Three!", 1), ("Four?", 2)]
    assert parsed.paragraphs == ((0, 14), (18, 36), (37, 42))
    for sentence in parsed.sentences:
        assert parsed.article.text[sentence.start : sentence.end] == sentence.text


def test_read_bytes_reads_whole_files_of_any_size(tmp_path) -> None:
    from pipeline.read import read_bytes

    for size in (0, 1, 4095, 65536, 300_001):
        path = tmp_path / f"{size}.txt"
        data = os.urandom(size)
        path.write_bytes(data)
        assert read_bytes(path) == data
