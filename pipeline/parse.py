"""Parse stage: `Article` → `ParsedArticle` (headline, paragraphs, sentences with offsets).

Offsets always index `Article.text`, so every fact can point back at the words it came from.
An excerpt that stops mid-sentence has its last, possibly cut, word removed from the final
sentence: a rule then cannot read "plays Ma" as the character "Ma".
"""

from __future__ import annotations

import re

from .records import Article, ParsedArticle, Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a likely start.
_BOUNDARY = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Þ])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Mt|Lt|Col|Gen|Sgt|Capt|Rev|Hon|No|vs|Vol|Ep|Jan|Feb|Mar"
    r"|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Bros|ft|approx|U\.S|U\.K|D\.C)"
    r"|\b[A-Z])\.$"
)
_ABBREVIATION_TAIL = 12  # > the longest abbreviation plus its full stop
_TERMINAL = re.compile(r"[.!?…:\"'”’)\]]\s*$")
_HEADLINE_MAX_WORDS = 20


def split_sentences(text: str, start: int, paragraph: int) -> list[Sentence]:
    """One paragraph → sentences, not splitting after abbreviations or initials."""
    out: list[Sentence] = []
    begin = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        chunk = text[begin : match.start() + 1]
        # An abbreviation ends the chunk and is at most 7 characters ("approx."): search only
        # the tail; `\b` still sees the character before it.
        if _ABBREVIATION.search(chunk, max(0, len(chunk) - _ABBREVIATION_TAIL)):
            continue
        chunk = text[begin:end]
        if chunk.strip():
            out.append(_sentence(chunk, start + begin, paragraph))
        begin = end
    if text[begin:].strip():
        out.append(_sentence(text[begin:], start + begin, paragraph))
    return out


def _sentence(chunk: str, offset: int, paragraph: int) -> Sentence:
    stripped = chunk.lstrip()
    lead = len(chunk) - len(stripped)
    stripped = stripped.rstrip()
    return Sentence(stripped, offset + lead, offset + lead + len(stripped), paragraph)


def drop_cut_word(sentence: Sentence) -> Sentence:
    """The article's last sentence ends mid-word or mid-clause: drop its last word."""
    trimmed = re.sub(r"\s*\S+$", "", sentence.text)
    return Sentence(
        trimmed, sentence.start, sentence.start + len(trimmed), sentence.paragraph, True
    )


def find_headline(text: str, first: tuple[int, int] | None) -> str | None:
    """A short first line without final punctuation reads as a headline."""
    if first is None:
        return None
    line = text[first[0] : first[1]].strip()
    words = line.split()
    if 2 <= len(words) <= _HEADLINE_MAX_WORDS and not re.search(r"[.!]$", line):
        return line
    return None


def parse(article: Article) -> ParsedArticle:
    """Article → paragraphs (one per line) and sentences, each with offsets into the text."""
    text = article.text
    paragraphs = tuple((m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m[0].strip())
    sentences: list[Sentence] = []
    for index, (start, end) in enumerate(paragraphs):
        sentences.extend(split_sentences(text[start:end], start, index))
    if sentences and not _TERMINAL.search(text.rstrip()):
        sentences[-1] = drop_cut_word(sentences[-1])
    headline = article.headline or find_headline(text, paragraphs[0] if paragraphs else None)
    return ParsedArticle(article, headline, paragraphs, tuple(sentences))
