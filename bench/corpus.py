"""Generate a benchmark corpus: TV-news articles from templates with our own vocabulary.

Kinds: casting, renewal, premiere, review, roundup (200 to 2,000 words), plus plain non-TV
articles. Names are invented from syllables; networks and cities are real. Deterministic for a
seed, so two runs benchmark the same bytes.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

_SYLLABLES = ["ka", "lo", "mi", "ren", "tha", "vor", "bel", "sa", "dri", "mon", "ley", "cas", "fen",
              "gor", "hal", "in", "jo", "lu", "nor", "pra"]
_NETWORKS = ["Hulu", "Netflix", "HBO", "Peacock", "Apple TV+", "AMC", "FX", "BBC One", "Starz"]
_CITIES = ["Vancouver", "Atlanta", "Belfast", "Glasgow", "Toronto", "Budapest", "Wilmington"]
_ROLES = ["series regular", "recurring", "guest star"]
_FILLER = [
    "The network declined to comment on the budget, which is said to be among its largest.",
    "Critics have praised the show's slow-burn storytelling and its ensemble cast.",
    "Viewership climbed steadily across the first weeks, according to figures released Monday.",
    "Fans took to social media to speculate about what the new episodes might bring.",
    "The writers' room reconvened earlier this year after a long break.",
    "Industry observers said the deal reflects a broader push toward returning franchises.",
    "Production designers rebuilt several of the main sets from scratch for the new episodes.",
    "The score, composed by a longtime collaborator, will again feature a full orchestra.",
]
_NON_TV = [
    "City council members met on Tuesday to debate the new transit budget for the coming year.",
    "The bakery on the corner has started selling sourdough again after a long pause.",
    "Rain is expected across the region through the weekend, with cooler temperatures after.",
    "The marathon drew thousands of runners, and organisers said turnout beat every forecast.",
    "Local schools will add two new language programmes next autumn, officials confirmed.",
]


def _name(rng: random.Random, parts: int = 2) -> str:
    return " ".join("".join(rng.sample(_SYLLABLES, 2)).capitalize() for _ in range(parts))


def _title(rng: random.Random) -> str:
    return "The " + "".join(rng.sample(_SYLLABLES, 3)).capitalize() + " " + rng.choice(
        ["Keepers", "Files", "House", "Line", "Harbor", "Society"])


def _pad(rng: random.Random, words: int, pool: list[str]) -> list[str]:
    out: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(pool)
        out.append(sentence)
        count += len(sentence.split())
    return out


def article(rng: random.Random, kind: str, words: int, published: date) -> str:
    """One article of roughly `words` words."""
    show, network, city = _title(rng), rng.choice(_NETWORKS), rng.choice(_CITIES)
    creator, star, guest = _name(rng), _name(rng), _name(rng)
    season = rng.randint(2, 6)
    premiere = published + timedelta(days=rng.randint(10, 200))
    facts = {
        "casting": [f"{star} has been cast as {_name(rng, 1)} in season {season} of {show}.",
                    f"{guest} will guest star as {_name(rng, 1)}, {network} said.",
                    f"{show} was created by {creator}."],
        "renewal": [f"{network} has renewed {show} for season {season}.",
                    f"{creator} returns as showrunner, and {star} is an executive producer.",
                    f"Production on {show} season {season} is under way in {city}."],
        "premiere": [f"{show} season {season} will premiere on {premiere:%B} {premiere.day}, "
                     f"{premiere.year} on {network}.",
                     f"{star} returns as {_name(rng, 1)}.",
                     f"The series was created by {creator} and filmed in {city}."],
        "review": [f"{show} season {season} is the strongest run yet for {network}.",
                   f"{star}, who plays {_name(rng, 1)}, anchors the episodes.",
                   f"Created by {creator}, {show} remains a slow burn."],
        "roundup": [f"{show} returns to {network} for season {season} this week.",
                    f"{_title(rng)} premieres its season 2 on {rng.choice(_NETWORKS)} on "
                    f"{premiere:%B} {premiere.day}.",
                    f"{star} stars as {_name(rng, 1)} in {show}."],
    }
    if kind == "plain":
        body = _pad(rng, words, _NON_TV)
        headline = "Around town: " + _name(rng, 1) + " news"
    else:
        body = facts[kind] + _pad(rng, max(0, words - 60), _FILLER)
        headline = f"'{show}' {kind.capitalize()} news from {network}"
    paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
    return f" date {published.isoformat()} {headline}\n\n" + "\n\n".join(paragraphs) + "\n"


KINDS = ("casting", "renewal", "premiere", "review", "roundup", "plain")


def generate(folder: Path, count: int, words: int | None = None, seed: int = 7) -> list[Path]:
    """`count` articles into `folder` (100 per subfolder); `words` fixed or 200–2,000."""
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        kind = KINDS[i % len(KINDS)]
        length = words if words is not None else rng.randint(200, 2000)
        published = date(2025, 1, 1) + timedelta(days=rng.randint(0, 364))
        path = folder / f"{i // 100:04d}" / f"{kind}-{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(rng, kind, length, published), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--words", type=int, default=None)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.folder, args.count, args.words, args.seed)


if __name__ == "__main__":
    main()
