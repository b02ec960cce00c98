"""Extract stage: `ParsedArticle` → `Extraction` (series, seasons, cast, crew, … with evidence).

Precision first: a candidate becomes a fact only when a rule from `rules.py` ties it to a series
and it passes the checks that keep markup honest (a person-like name, not a credit of another
work, not the critic). When unsure, the fact is left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from . import rules as R
from .cache import compile_regex
from .dates import Tense, resolve
from .records import (
    CastFact,
    CrewFact,
    Evidence,
    Extraction,
    NamedFact,
    ParsedArticle,
    SeasonFacts,
    Sentence,
    SeriesFacts,
)

_PAREN = compile_regex(r"\([^()]{0,120}\)")
_QUOTES = "\"'“”‘’"
# "A, B and C" / "A; B; and C" / "A & B": one splitter for every list of names or places.
_CLOSED_THEN_CLAUSE = compile_regex(r"\s(?:and|&)\s[^,;]*[,;]\s+and\s")
_LIST_SPLIT = compile_regex(r"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+&\s+)\s*")
_PERSON_RE = compile_regex(R.expand("{PERSON}"))
_WORD_RE = compile_regex(R.expand("{MONONYM}"))
# Helpers of single steps, compiled once: `re.search(str, …)` pays a cache lookup per call.
_CAST_WORD = compile_regex(r"\b(?:plays?|as|star|cast)\b")
_PLAYED_WORD = compile_regex(r"\b(?:played|portrayed|voiced)\b")
_SUBTITLED_END = compile_regex(r"\b[Ss]ubtitled\s*$")
_POST_TAGS = compile_regex(r"\s*(?:Posted|Tagged|Filed|Categories|Tags)\b")
_POSSESSIVE_S = compile_regex(r"[’']s\b")
_NETWORK_DIVISION = compile_regex(  # "NBC News", "HBO Max Studios": not the network itself
    r"\s*(?:[A-Z]\w*\s+)?(?:News|Audio|Studios?|Signature|Television|Entertainment|"
    r"Pictures|Productions)\b"
)
_QUOTED_TITLE_AHEAD = compile_regex(r"\s+(?:[a-z][\w\-]*\s+){1,3}[\"“‘']")
_PRODUCED_BY_END = compile_regex(r"\b(?:produced|co-produced|made|developed)\s+by\s+(?:the\s+)?$")


# Keyed by id(): hashing a compiled pattern hashes its whole code (~1.5 µs for a network
# alternation) on every lookup. The patterns are module constants, alive as long as the dict.
_PATTERN_NEEDS: dict[int, tuple[str, ...]] = {
    id(pattern): needs for pattern, needs in R.PATTERN_NEEDS
}
_Matches = tuple[re.Match[str], ...]


class _Scan:
    """What the rules find in one sentence text, computed on first use and then shared.

    Everything here depends on the text alone, so every step of the stage that asks again
    (and every later article repeating the sentence: bylines, boilerplate) gets it for free.
    A rule whose prefilter (`Rule.needs`) finds none of its words is never run. Results are
    kept by rule name and by pattern identity (each entry holds its pattern, so the id cannot
    be reused while the entry lives), never by pattern hash, which costs more than most runs.
    """

    __slots__ = ("_by_pattern", "_by_rule", "_folded", "_groups", "low", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = R.lowered(text)
        self._folded: str | None = None
        self._by_rule: dict[str, _Matches] = {}
        self._by_pattern: dict[int, tuple[R.AnyPattern, _Matches]] = {}
        self._groups: dict[str, tuple[tuple[R.Rule, _Matches], ...]] = {}

    def matches(self, rule: R.Rule) -> _Matches:
        """`rule.pattern.finditer(text)`, or nothing when the rule's prefilter says so."""
        found = self._by_rule.get(rule.name)
        if found is None:
            low = self.low
            found = (
                tuple(rule.pattern.finditer(self.text))
                if R.passes(rule.needs, low) and R.passes(rule.also_needs, low) else ()
            )
            self._by_rule[rule.name] = found
        return found

    def hits(self, group: str, rules: tuple[R.Rule, ...]) -> tuple[tuple[R.Rule, _Matches], ...]:
        """(rule, its matches) for the rules of a group that match, in the group's order."""
        found = self._groups.get(group)
        if found is None:
            found = tuple([(rule, m) for rule in rules if (m := self.matches(rule))])
            self._groups[group] = found
        return found

    def all(self, pattern: R.AnyPattern, needs: tuple[str, ...] | None = None) -> _Matches:
        """`pattern.finditer(text)`; skipped when none of its prefilter words occurs (`needs`,
        by default the pattern's entry in `rules.PATTERN_NEEDS`)."""
        key = id(pattern)
        entry = self._by_pattern.get(key)
        if entry is not None:
            return entry[1]
        found = self._run(pattern, _PATTERN_NEEDS.get(key, ()) if needs is None else needs)
        self._by_pattern[key] = (pattern, found)
        return found

    def _run(self, pattern: R.AnyPattern, needs: tuple[str, ...]) -> _Matches:
        if not R.passes(needs, self.low):
            return ()
        if isinstance(pattern, R.Folded):
            if self._folded is None:
                self._folded = R.folded(self.text)
            return tuple(pattern.regex.finditer(self._folded))
        return tuple(pattern.finditer(self.text))

    def first(
        self, pattern: R.AnyPattern, needs: tuple[str, ...] | None = None
    ) -> re.Match[str] | None:
        """`pattern.search(text)` (the first of `all`)."""
        found = self.all(pattern, needs)
        return found[0] if found else None


@lru_cache(maxsize=4096)
def _scan(text: str) -> _Scan:
    return _Scan(text)


def _low(text: str) -> str:
    """`rules.lowered(text)`, once per sentence text: what every rule prefilter reads."""
    return _scan(text).low


# ------------------------------------------------------------------------ names
_AGE = compile_regex(r"[\w]+-year-old,?", re.I)  # "Eight-year-old Amani Okon voices Pip"
_WORD_REST = compile_regex(r"[\w’'\-]+")


def _word_end(text: str, pos: int) -> int:
    """`pos`, or the end of the word it falls inside: a look-ahead window must not cut a name."""
    rest = _WORD_REST.match(text, pos) if 0 < pos < len(text) and text[pos - 1].isalnum() else None
    return rest.end() if rest else pos
_CO_ROLE = compile_regex(r"Co-[a-z][a-z\-]*,?")  # "Co-showrunners Ada Lee and …": a role word


def clean_name(raw: str) -> str:
    """Strip leading function words ("And", "Meanwhile") and trailing possessives/punctuation."""
    tokens = raw.replace("\u00a0", " ").split()
    while tokens and (tokens[0].strip(",") in R.NOT_NAME_WORDS or _AGE.fullmatch(tokens[0])
                      or _CO_ROLE.fullmatch(tokens[0])):
        tokens.pop(0)
    name = " ".join(tokens).strip(" ,;:")
    return name[:-2] if name.endswith(("'s", "’s")) else name


def is_person_name(name: str) -> bool:
    """Two to five capitalised tokens, none of them a word that never belongs to a person."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if any(t.strip(".,") in R.PERSON_REJECT_WORDS for t in tokens) or "I" in tokens:
        return False  # "the Pittsburgh I knew": the pronoun (an initial is "I.")
    if R.NETWORK_MENTION.fullmatch(name) or R.COMPANY_WORDS.search(name):
        return False
    return all(
        t[0].isupper()
        or t
        in {
            "de",
            "da",
            "del",
            "van",
            "von",
            "der",
            "le",
            "la",
            "bin",
            "al",
            "di",
            "du",
            "dos",
            "ter",
        }
        for t in tokens
    )


# Titles and ranks that belong to a character's name as written ("Father Amos", "Queen Mab").
_TITLES_OF_NAMES = R.words(
    """
    Queen King Prince Princess Dr Lord Lady Sir Dame Father Mother Sister Brother Uncle
    Aunt Detective Sheriff Captain Officer Agent Professor Doctor Judge General Colonel
    Major Lieutenant Sergeant Reverend Chief Inspector Deputy Nurse Coach Mr Mrs Ms Miss
    """
)


def _title_word_ends_name(tokens: list[str]) -> bool:
    """ "the Lantern King", "the Red Queen": a rank after a name is part of it; so is a
    calendar word that is a surname after a first name ("Lucy Spring")."""
    if len(tokens) < 2:
        return False
    if tokens[-1] in R.SURNAME_CALENDAR_WORDS:
        return tokens[-2][:1].isupper() and tokens[-2] not in R.NOT_NAME_WORDS
    return tokens[-1] in _TITLES_OF_NAMES


def clean_character(raw: str) -> str | None:
    """Character as written, minus wrapping quotes and leading function words."""
    name = raw.strip().strip(",;:")
    if len(name) > 2 and name[0] in _QUOTES and name[-1] in _QUOTES:
        name = name[1:-1]
    tokens = name.split()
    while (
        tokens
        and tokens[0] in R.NOT_NAME_WORDS
        and tokens[0]
        not in _TITLES_OF_NAMES
    ):
        tokens.pop(0)
    while tokens and (
        (tokens[-1] in R.NOT_NAME_WORDS and not _title_word_ends_name(tokens))
        or tokens[-1].lower() in {"of", "the"}
    ):
        tokens.pop()
    name = " ".join(tokens)
    if not name or not name[0].isupper() or R.NETWORK_MENTION.fullmatch(name):
        return None
    if re.fullmatch(r"[A-Z]{2,}", name):
        return None
    return name


_LETTER_WORD = compile_regex(r"[^\W\d_][\w’'\-]*")


@lru_cache(maxsize=4096)
def _title_case(text: str) -> bool:
    """Headline-style lines capitalise every word, so their capitalised runs are not names."""
    words = _LETTER_WORD.findall(text)
    if len(words) > 16 or text.rstrip().endswith((".", "!", "?")) or text.count(",") >= 2:
        return False  # prose and lists, not a headline
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) / len(long_words) > 0.7


@lru_cache(maxsize=4096)
def _full_names_in(text: str) -> tuple[str, ...]:
    """The person-like full names of one sentence, in order (none in a headline-style line)."""
    if _title_case(text):
        return ()
    names = (clean_name(match[0]) for match in _scan(text).all(_PERSON_RE, ()))
    return tuple(name for name in names if is_person_name(name))


@dataclass
class People:
    """Full names seen in the article, to resolve a later surname or first name."""

    full: list[str]

    @classmethod
    def from_text(cls, sentences: Iterable[Sentence]) -> People:
        seen: dict[str, None] = {}
        for sentence in sentences:
            for name in _full_names_in(sentence.text):
                seen.setdefault(name, None)
        return cls(list(seen))

    def resolve(self, name: str) -> str | None:
        """A full name as is; a single token that names exactly one known person → that name."""
        name = clean_name(name)
        if is_person_name(name):
            longer = {f for f in self.full if f.endswith(" " + name)}
            return longer.pop() if len(longer) == 1 else name
        if " " in name or not name or name in R.NOT_NAME_WORDS:
            return None
        hits = {f for f in self.full if name in f.split()[1:]} or {
            f for f in self.full if f.split()[0] == name
        }
        return hits.pop() if len(hits) == 1 else None


# ------------------------------------------------------------------------ series


@lru_cache(maxsize=4096)
def _title_variants(title: str) -> tuple[str, ...]:
    """A captured title and its word suffixes, longest first ("The Big Picture XO, Kitty" → …).
    Cached, like the other text-only steps: each capture is asked about again per article."""
    title = R.LEADING_NOISE.sub("", title.strip(" ,:;" + _QUOTES))
    if re.search(r"[’']s$", title):
        return ()
    title = re.sub(
        r"\s+(?:[Ss]eason|[Ss]eries|[Pp]art|S)\s*\d+(?:,?\s+(?:[Vv]olume|[Vv]ol\.|[Pp]art)\s+\d+)?$",
        "",
        title,
    )  # "X Season 3 Volume 1 premieres June 13": the season's half, not another show
    title = R.TITLE_THEN_NETWORK.sub("", title)  # "Ravnsholt on Netflix": the show, then its home
    words = title.split(" ")
    return tuple(
        " ".join(words[i:])
        for i in range(len(words))
        if words[i][:1].isupper() or words[i][:1].isdigit()
    )


MAX_TITLES = 40


def _is_word_char(char: str) -> bool:
    r"""What `re`'s `\w` matches (Unicode letters, digits and numerals, underscore)."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=256)
def _mentions(title: str, text: str) -> tuple[int, ...]:
    r"""Start of every whole-word mention of a title, as `(?<!\w)title(?!\w)` would find them.

    Plain `str.find` with the two boundary checks: a compiled pattern per title cost more to
    build (~150 µs) than the search it served. Cached: every capture of a title asks again."""
    starts: list[int] = []
    position = text.find(title)
    while position >= 0:
        end = position + len(title)
        if (position == 0 or not _is_word_char(text[position - 1])) and (
            end == len(text) or not _is_word_char(text[end])
        ):
            starts.append(position)
            position = text.find(title, end)
        else:
            position = text.find(title, position + 1)
    return tuple(starts)


def _count(title: str, text: str) -> int:
    """Whole-word mentions of a title."""
    return len(_mentions(title, text))


def _subtitle(title: str, names: list[str], text: str) -> bool:
    """One mention follows "subtitled" (a season's name, though the city it is named for may
    come up again: "Season 2, subtitled 'Tulsa' … set in Tulsa"), or every one "Other Title: "."""
    befores = [text[max(0, s - 80) : s].rstrip("“\"‘'") for s in _mentions(title, text)]
    if any(_SUBTITLED_END.search(before) for before in befores):
        return True
    return all(
        any(before.endswith(f"{other}: ") for other in names if other != title)
        for before in befores
    )


def _in_credit(title: str, text: str) -> bool:
    """Every mention sits in a credit or source: "(Title)", "known for Title", "sequel to Title"."""
    for start in _mentions(title, text):
        after = text[start + len(title) : start + len(title) + 25]
        if not (_credit_before(text, start) or R.CREDIT_AFTER.match(after) or (
            R.MAKER_AFTER.match(after) and R.FROM_BEFORE.search(text, max(0, start - 8), start)
        )):
            return False
    return True


_FILM_WORDS = R.Folded(
    r"\b(?:film|movie|box office|theaters|theatres|video game|the game|trilogy|gameplay|"
    r"consoles?)\b"
)
_TV_WORDS = R.Folded(
    r"\b(?:season|seasons|episodes?|series|showrunner|renewed|streamer|sitcom|drama|show)\b"
)
_FILM_NEEDS = ("film", "movie", "box", "theat", "game", "trilogy", "console")
_TV_NEEDS = ("season", "episode", "series", "show", "renewed", "streamer", "sitcom", "drama")


def _film_not_tv(title: str, sentences: Iterable[Sentence]) -> bool:
    """The title is talked about as a film (or game) more than as a show."""
    film = tv = 0
    for s in sentences:
        if title in s.text:
            scan = _scan(s.text)
            film += bool(scan.first(_FILM_WORDS, _FILM_NEEDS))
            tv += bool(scan.first(_TV_WORDS, _TV_NEEDS))
    return film > tv


def _captured_titles(parsed: ParsedArticle) -> frozenset[str]:
    return frozenset(raw for s in parsed.sentences for raw, _, _, _ in _series_captures(s.text))


def _headline(parsed: ParsedArticle) -> str:
    return (parsed.headline or (parsed.sentences[0].text if parsed.sentences else ""))[:300]


def _called_the_film(parsed: ParsedArticle) -> bool:
    """The story refers back to its subject as "the film" (twice) and never as "the series",
    "the show" or "the season": its headline's quoted titles are films, even when the
    headline calls one a "drama"."""
    article = parsed.article.text.lower()
    if "the film" not in article and "the movie" not in article:
        return False
    films = 0
    for s in parsed.sentences:
        low = s.text.lower()
        if ("the film" in low or "the movie" in low) and R.FILM_REFERENT.search(s.text):
            films += 1
        if ("the s" in low or "the e" in low) and R.SHOW_REFERENT.search(s.text):
            return False
    return films >= 2


def _film_titles(parsed: ParsedArticle) -> frozenset[str]:
    """Titles quoted in the headline of a story that calls its subject "the film"."""
    titles = R.QUOTED_IN_HEADLINE.findall(_headline(parsed))
    if not titles or not _called_the_film(parsed):
        return frozenset()
    return frozenset(titles)


def _film_story(parsed: ParsedArticle) -> bool:
    """The headline is about a film: "Box Office: …", or it quotes a title the article talks
    about as a film. A show such a story names is an actor's credit unless named again."""
    headline = _headline(parsed)
    if R.FILM_HEADLINE.search(headline) or _film_titles(parsed):
        return True
    text = parsed.article.text
    return any(
        _film_not_tv(quoted, parsed.sentences) or any(
            R.CALLED_A_FILM_AFTER.match(text, start + len(quoted))
            or R.CALLED_A_FILM_BEFORE.search(text[max(0, start - 12) : start])
            for start in _mentions(quoted, text)
        )
        for quoted in dict.fromkeys(R.QUOTED_IN_HEADLINE.findall(headline))
    )


@lru_cache(maxsize=4096)
def _series_captures(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(raw title, rule, start, end) of every title a series rule captures in one sentence,
    minus those its own context rules out. Cached: depends on the text alone."""
    scan = _scan(text)
    headline = _title_case(text)
    out: list[tuple[str, str, int, int]] = []
    for rule, found in scan.hits("series", R.SERIES_RULES):
        rule_name = rule.name
        for match in found:
            raw = match.group("quoted") or match.groupdict().get("title")
            if not raw:
                continue
            if match.group("quoted"):
                raw = _without_closing_stop(raw)  # of tvN's "Seven Days of Rain."
            if rule_name == "series.quoted_tv" and not scan.first(R.TV_CONTEXT, ()):
                continue
            if (
                match.group("quoted")
                and not headline
                and R.NICKNAME.search(text[max(0, match.start() - 30) : match.start()])
                and re.match(r"\s[A-Z]", text[match.end() :])
            ):
                continue  # Della “Dell” Frost: a nickname inside a name, not a title
            if headline and not (match.group("quoted") or rule_name == "series.title_season"):
                continue  # a Headline In Title Case gives no boundary for an unquoted title
            before = text[max(0, match.start() - 30) : match.start()]
            if re.search(r"\b(?:as|plays?|playing|portrays?)\s+$", before) or (
                R.AS_A_DESCRIBED_PART.search(before) and not R.ENDS_IN_PREPOSITION.search(before)
            ):
                continue  # "… as the groundskeeper Nathaniel, was renewed": a character
            if R.EPISODE_TITLED.search(before):
                continue  # Sunday's episode, titled "Dock 9": an episode, not a show
            if rule_name == "series.the_series" and R.SHOW_THE_VERB.search(
                text, match.start(), match.end()
            ):
                continue  # "The stills show Dara Quill as Nell": the verb
            if not match.group("quoted") and (
                (R.MODIFIER_AFTER_TITLE.match(text, match.end("title"))
                 and not raw.endswith(("'s", "’s")))
                or (rule_name == "series.network_possessive"
                    and R.GENRE_THEN_VERB.search(text, match.start(), match.start("title")))
            ):
                continue  # "Sky's Glasgow crime saga", "Hulu's caper trades Rome for Oslo"
            out.append((raw, rule_name, match.start(), match.end()))
    return tuple(out)


def _without_closing_stop(quoted: str) -> str:
    """A quoted title less the full stop or comma American style puts inside the closing
    quote ("…, who directed "Seven Days of Rain."), unless the stop belongs to the last word
    ("S.W.A.T.", "Mr.")."""
    if quoted.endswith(","):
        return quoted[:-1]
    if not quoted.endswith("."):
        return quoted
    last = quoted[:-1].rsplit(" ", 1)[-1]
    if "." in last or last in R.ABBREVIATIONS_BEFORE_STOP:
        return quoted
    return quoted[:-1]


def find_series(
    parsed: ParsedArticle, people: People, film_story: bool
) -> list[tuple[str, Evidence]]:
    """Titles the article is about: tied to the show by a TV phrasing, and mentioned twice."""
    text = parsed.article.text
    captures = [
        (raw, index, Evidence(rule_name, sentence.text, sentence.start + start,
                              sentence.start + end))
        for index, sentence in enumerate(parsed.sentences)
        for raw, rule_name, start, end in _series_captures(sentence.text)
    ]
    known = {v for raw, _, _ in captures for v in _title_variants(raw)[:1]}
    hits: dict[str, tuple[set[int], int, Evidence]] = {}
    rules_of: dict[str, set[str]] = defaultdict(set)
    for raw, index, ev in captures:
        title = _choose_title(raw, text, known)
        if not title:
            continue
        sentences, first_index, first = hits.get(title, (set(), index, ev))
        hits[title] = (sentences | {index}, min(first_index, index), first)
        rules_of[title].add(ev.rule)
    films = _film_titles(parsed) if film_story else frozenset()
    out: list[tuple[str, Evidence]] = []
    # Only the most-captured titles are worth checking; this bounds the cost on hostile input.
    ranked = sorted(hits.items(), key=lambda kv: (-len(kv[1][0]), kv[1][1]))[:MAX_TITLES]
    for title, (strong_sentences, first_index, ev) in ranked:
        strong = len(strong_sentences)
        mentions = _count(title, text)
        # a title mentioned once, in a Headline In Title Case, may be any capitalised phrase
        in_lead = first_index <= 1 and not _title_case(parsed.sentences[first_index].text)
        stated = (
            ev.rule in _FACT_RULES
            and _states_season_on_network(parsed.sentences[first_index])
            and not _title_case(parsed.sentences[first_index].text)
        )
        if mentions < 2 and strong < 2 and (film_story or not (in_lead or stated)):
            continue
        if R.NETWORK_MENTION.fullmatch(title) or title in R.NOT_NAME_WORDS or (
            R.NOT_A_TITLE.fullmatch(title)
        ):
            continue
        if rules_of[title] == {"series.returns"} and _people_returning(title, people, text):
            continue  # "Farraday is back", "A and B will return for six more episodes"
        if _in_credit(title, text) or _film_not_tv(title, parsed.sentences) or title in films:
            continue
        out.append((title, ev))
    # "La Casa De Papel, or Money Heist": the second title is the one presented as the name.
    names = [t for t, _ in out]
    out = [
        (t, e)
        for t, e in out
        if not any(
            re.search(
                rf"{re.escape(t)},?\s+(?:or|aka|also known as|better known as)\s+{re.escape(o)}",
                text,
            )
            for o in names
            if o != t
        )
    ]
    # A title inside another kept title ("Kitty" in "XO, Kitty") is the same show; one only
    # ever written as a subtitle ("Strange Weather: Drought", "subtitled Drought") is a season's.
    names = [t for t, _ in out]
    out = [
        (t, e) for t, e in out
        if not any(t != o and t in o and not o.startswith(f"{t}: ") for o in names)
        and not _subtitle(t, names, text)
    ]
    return sorted(((_with_apostrophe_s(t, text), e) for t, e in out), key=lambda te: te[1].start)


def _people_returning(title: str, people: People, text: str) -> bool:
    """A "title" only ever seen returning that names people: a surname that resolves to a full
    name given earlier ("Farraday is back for season 2" after "(Imogen Farraday)"), or names
    each followed somewhere by a cast or crew verb ("A and B will return" when "A returns as
    X" and "B is also back as Y")."""
    parts = [p for p in re.split(r",\s+|\s+(?:and|&)\s+", title) if p]
    if len(parts) == 1 and " " not in title:
        return people.resolve(title) not in (None, title)
    return all(
        is_person_name(part)
        and any(R.PERSON_AFTER.match(text, start + len(part)) for start in _mentions(part, text))
        for part in parts
    )


def _with_apostrophe_s(title: str, text: str) -> str:
    """The title plus "'s" when every mention of it has one and one of them is followed by what
    no possessive is ("NBC renewed Saint Brigid's for a third season"): the name ends in 's."""
    ends: list[int] = []
    for start in _mentions(title, text):
        end = start + len(title)
        if text[end : end + 1] not in ("'", "’") or text[end + 1 : end + 2] != "s":
            return title
        ends.append(end + 2)
    if any(R.AFTER_A_NAME.match(text, end) for end in ends):
        return title + text[ends[0] - 2 : ends[0]]
    return title


# Phrasings that tie a title to a season by themselves ("X will return to Hulu for its 3rd
# season"): one such sentence naming a network is enough, even for a show mentioned once.
_FACT_RULES = frozenset({"series.for_its_season", "series.title_season", "series.renewed"})


def _states_season_on_network(sentence: Sentence) -> bool:
    return bool(_season_hits(sentence.text, False)) and bool(
        R.NETWORK_MENTION.search(sentence.text)
    )


def _choose_title(raw: str, text: str, known: set[str]) -> str | None:
    """The longest suffix of a capture that is itself captured elsewhere and repeated."""
    variants = _title_candidates(raw)
    if not variants:
        return None
    for variant in variants[1:]:
        if variant in known and _count(variant, text) >= 2:
            return variant
    after_comma = variants[0].rpartition(", ")[2]
    if after_comma in variants[1:] and _count(variants[0], text) < 2 <= _count(after_comma, text):
        return after_comma  # "Set in 1987, Frostmark is a thriller": an opening phrase's comma
    if re.match(r"(?:Season|Series|Part|Episode|The Season)\b", variants[0]):
        return None
    return variants[0]


@lru_cache(maxsize=4096)
def _title_candidates(raw: str) -> tuple[str, ...]:
    """The variants of a capture that may be a show's name (`_choose_title` picks one)."""
    raw = R.TRAILING_DATE.sub("", raw)
    raw = R.NETWORK_LEAD_IN.sub("", raw)  # "Hulu's The Quiet Year" is The Quiet Year
    if R.HEADLINE_PHRASE.match(raw):
        return ()
    return tuple(
        v for v in _title_variants(raw)
        if _may_be_a_title(v)
        and not R.NETWORK_LIST_TITLE.fullmatch(v)
        and not R.COMPANY_TITLE.fullmatch(v)
    )


_TWO_LETTERS = compile_regex(r"[^\W\d_]{2}")


def _may_be_a_title(words: str) -> bool:
    """Two letters at least, not a function word, not a date ("October 17", "2025"), not a
    first-person quotation in sentence case."""
    return (
        words not in R.NOT_NAME_WORDS
        and bool(_TWO_LETTERS.search(words))
        and not R.DATE_LIKE_TITLE.match(words)
        and not (R.FIRST_PERSON.search(words) and len(R.LOWER_WORD.findall(words)) >= 2)
    )


# ------------------------------------------------------------------------ helpers
def _ev(rule: str, sentence: Sentence, match: re.Match[str]) -> Evidence:
    return Evidence(
        rule, sentence.text, sentence.start + match.start(), sentence.start + match.end()
    )


def split_list(raw: str) -> list[str]:
    """ "A, B and C" → [A, B, C]; a list ends at its "and" item ("A and B, Show…" → [A, B])."""
    closing = re.search(r"\s(?:and|&)\s[^,;]*", raw)
    if closing:
        raw = raw[: closing.end()]
    return [item.strip() for item in _LIST_SPLIT.split(raw) if item.strip()]


def _clause_subject(raw: str) -> str:
    """The subject of the verb after a names list: "A and B, and A serves as showrunner" joins
    two clauses (a list already closed by "and" does not go on with ", and"), so only the names
    after the last ", and" do the serving; "A, B, and C serve as EPs" stays a list."""
    if _CLOSED_THEN_CLAUSE.search(raw):
        return re.split(r"[,;]\s+and\s+", raw)[-1]
    return raw


def _number(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    if token in R.NUMBER_WORDS:
        return R.NUMBER_WORDS[token]
    digits = re.match(r"(\d+)(?:st|nd|rd|th)$", token)
    if digits:
        return int(digits[1])
    return R.ORDINAL_WORDS.get(token)


_SEASON_RULES_NO_PARTS = R.SEASON_RULES
_SEASON_RULES_WITH_PARTS = (*R.SEASON_RULES, R.PART_RULE)


@lru_cache(maxsize=4096)
def _season_hits(text: str, use_parts: bool) -> tuple[tuple[int, str, int, int], ...]:
    """(number, rule, start, end) of every season number in a text; cached, as the stage asks
    about each sentence several times (seasons, status, cast, places, dates)."""
    scan = _scan(text)
    out: list[tuple[int, str, int, int]] = []
    group = ("seasons+parts", _SEASON_RULES_WITH_PARTS) if use_parts else (
        "seasons", _SEASON_RULES_NO_PARTS
    )
    for rule, found in scan.hits(*group):
        if rule.name == "season.british_series" and re.search(r"\b[Ss]eason\b", text):
            continue
        for match in found:
            groups = match.groupdict()
            first = _number(groups.get("number") or groups.get("ordinal") or "1")
            last = _number(groups["last"]) if groups.get("last") else first
            if first is None or last is None or not 0 < first <= last <= 60:
                continue
            if rule.name == "season.short" and first > 30:
                continue
            if (
                rule.name == "season.ordinal"
                and match.group(0)[:1].isupper()
                and match.start() > 0
                and re.search(r"[A-Z][a-z]+\s+Season\b", match.group(0) + " ")
                and not _title_case(text)
            ):
                continue  # "Fifth Season" in capitals mid-sentence names a studio, not a season
            if (
                rule.name == "season.ordinal"
                and match.group(0).endswith("series")
                and R.MAKER_AFTER_SERIES.match(text, match.end())
            ):
                continue  # "the second series from Ashby Studios": the studio's second show
            if R.OF_THE_PARENT_SHOW.match(text, match.end()):
                continue  # "introduced in season 4 of the flagship": the parent show's season
            for number in range(first, last + 1):
                out.append((number, rule.name, match.start(), match.end()))
    return tuple(out)


def season_mentions(sentence: Sentence, use_parts: bool) -> Iterator[tuple[int, Evidence]]:
    """Every season number the sentence identifies."""
    text, offset = sentence.text, sentence.start
    for number, rule_name, start, end in _season_hits(text, use_parts):
        yield number, Evidence(rule_name, text, offset + start, offset + end)


# ------------------------------------------------------------------------ the stage
@dataclass
class _Context:
    parsed: ParsedArticle
    people: People
    series: list[SeriesFacts]
    crew_names: set[str]
    non_cast: set[str]
    film_story: bool = False
    names: tuple[str, ...] = ()  # of `series`, for the checks run on every sentence
    titles: frozenset[str] = frozenset()  # every title a series rule captured in the article
    revival: bool = False  # the story is about a revival or reboot of an older show
    abroad: frozenset[int] = frozenset()  # paragraphs about one country's release
    entries: bool = False  # a roundup of "Title (Season 2, Network) — …" entries


def _named_series(sentence: Sentence, ctx: _Context) -> SeriesFacts | None:
    """The series the sentence names (the first named, when it names several)."""
    text = sentence.text
    first: SeriesFacts | None = None
    first_at = 0
    for series in ctx.series:  # a plain loop: asked for every sentence of every article
        if series.name not in text:
            continue
        found = _mentions(series.name, text)
        at = found[0] if found and len(ctx.series) == 1 else next(
            (m for m in found if not _credit_before(text, m) and not _in_parenthesis(text, m)
             and not R.PARENT_OF_NEXT.match(text, m + len(series.name))), None
        )  # with several shows, one named only as a credit or a parent is not the one talked about
        if at is None:
            continue  # "best known as Jenny Cole on the Hallmark series X": a credit
        if first is None or at < first_at or (
            at == first_at and len(series.name) > len(first.name)  # "Ironwood: Frontier"
        ):
            first, first_at = series, at
    return first



# Phrasings that state an event of the show they name (a season, a renewal, a return): the
# sentences after them, up to the end of the paragraph, go on about that show.
_SHOW_EVENT_RULES = frozenset({
    "series.title_season", "series.season_of", "series.renewed", "series.possessive_season",
    "series.returns", "series.for_its_season", "series.network_picks_up",
})
# Phrasings that only name a show ("the Netflix drama X", "Hulu's X", "X, a new comedy"): about
# that show when not a credit ("known for her role in the HBO drama X", "(Channel 4's X)").
_SHOW_MENTION_RULES = frozenset({
    "series.the_series", "series.network_possessive", "series.appositive",
})


def _another_show(text: str, ctx: _Context) -> str | None:
    """Whether the sentence is about another show: "event" when it states that show's season,
    renewal or return ("Other Show premieres its season 3 on Peacock on March 31"), "mention"
    when it names it outside a credit; in a roundup, that season, date and network are not ours.
    """
    candidates = _other_show_candidates(text)
    if isinstance(candidates, str):
        return candidates
    found: str | None = None
    for title, event in candidates:
        if _named_as_person(title, ctx.parsed.article.text) or any(
            title in s.name or s.name in title for s in ctx.series
        ):
            continue
        if " " not in title and ctx.people.resolve(title) not in (None, title):
            continue  # "Farraday is back for season 2" after "(Imogen Farraday)": the actor
        if event:
            return "event"
        found = "mention"
    return found


@lru_cache(maxsize=4096)
def _other_show_candidates(text: str) -> str | tuple[tuple[str, bool], ...]:
    """The text-only half of `_another_show`, asked for every sentence of every article:
    "mention" for "two other comedies", else (title, states an event) of each capture that
    may name another show."""
    scan = _scan(text)
    if scan.first(R.OTHER_SHOWS) or scan.first(R.ANOTHER_TITLE_INTRO):
        return "mention"  # "Netflix cancelled two other comedies this month": not ours
    out: list[tuple[str, bool]] = []
    for raw, rule_name, start, end in _series_captures(text):
        event = rule_name in _SHOW_EVENT_RULES or (
            rule_name == "series.quoted_tv" and bool(R.SEASON_EVENT_AFTER.match(text, end))
        )
        if not event and rule_name not in _SHOW_MENTION_RULES:
            continue
        if event and start == 0 and raw.strip() in R.NOT_A_SHOW_SUBJECT:
            continue  # "Filming returns to …": a capital that only starts a sentence
        start += len(text[start:end]) - len(text[start:end].lstrip())  # "for the soap X"
        if not event and _in_credit_context(text, start):
            continue
        if rule_name == "series.appositive" and not text.startswith(",", end):
            continue  # "Created by A. Writer, the series is …": no appositive, a new clause
        variants = _title_variants(raw)
        title = variants[0] if variants else ""
        if (
            not _may_be_a_title(title)
            or re.match(r"(?:Season|Series|Part|Episode)\b", title)
            or " and " in title
            or _is_company(title)
            or R.NETWORK_MENTION.fullmatch(title)
        ):
            continue
        out.append((title, event))
    return tuple(out)


def _named_as_person(name: str, text: str) -> bool:
    """A person-like name whose surname the article also uses alone ("Netflix's Ted Sarandos …
    Sarandos said"); "Paramount+'s Iron Prairie", never shortened, stays a title."""
    if not is_person_name(name):
        return False
    surname = name.split()[-1]
    return len(_mentions(surname, text)) > len(_mentions(name, text))


def _credit_before(text: str, start: int) -> bool:
    """Right after "known for", "credits include", "comparisons to", "played X on"…"""
    return bool(R.CREDIT_BEFORE.search(text, max(0, start - 80), start))


def _in_parenthesis(text: str, start: int) -> bool:
    """Inside a parenthesis opened mid-sentence: "A. Actor (Other Show) joins the cast of X"
    names a credit; a sentence-long "(X itself was filmed in …)" is an aside about X."""
    before = text[max(0, start - 80) : start]
    opened = before.rfind("(")
    return opened > before.rfind(")") and start - len(before) + opened > 0


def _in_credit_context(text: str, start: int) -> bool:
    """After a credit phrase (`_credit_before`), or inside a parenthesis."""
    before = text[max(0, start - 80) : start]
    return _credit_before(text, start) or before.rfind("(") > before.rfind(")")


def _owners(parsed: ParsedArticle, ctx: _Context) -> list[SeriesFacts | None]:
    """The series each sentence talks about: the one it names, else the one talked about
    before (the only one, in a one-series article). A sentence about another show belongs to
    none, nor does the next one when it refers back ("Its second season …"); after one stating
    that show's season or return, no sentence does until a series is named again or the
    paragraph ends. In a roundup, an item whose label line ("DATES: …") names none of our
    shows is about none of them, to the end of its paragraph."""
    owners: list[SeriesFacts | None] = []
    current: SeriesFacts | None = ctx.series[0] if len(ctx.series) == 1 else None
    elsewhere_in: int | None = None  # paragraph of the last sentence about another show
    bio_in: int | None = None  # paragraph of a person's earlier credits
    described_in: int | None = None  # paragraph describing another of the shows, as a credit
    after_mention = False  # the sentence before was about another show
    unnamed_item: int | None = None  # paragraph of a labelled item that names none of ours
    new_show = _new_show(ctx)
    labels = [s.paragraph for s in parsed.sentences if _item_label(s.text)]
    items = frozenset(labels) if len(labels) > 1 else frozenset()  # one "UPDATE:" is no roundup
    entries = ctx.entries
    in_entry = False  # inside a roundup entry (from its label on)
    entry: SeriesFacts | None = None  # the series that entry is about
    links = _link_paragraphs(parsed)
    for sentence in parsed.sentences:
        text = sentence.text
        if sentence.paragraph in links:
            owners.append(None)
            continue
        named = _named_series(sentence, ctx)
        if named is None and new_show is not None and R.NEW_SHOW_SUBJECT.match(text):
            named = new_show  # "The new series is a co-production …" after the parent's name
        if named is None and text[:1].isupper() and text[:4].isupper():
            named = _capitals_header(text, ctx)  # "FOOLS HARBOUR (no apostrophe)"
        aside = text.startswith("(") and text.rstrip(".").endswith(")")
        if entries:
            in_entry, entry = _entry_owner(text, ctx, in_entry, entry)
            if in_entry:
                owners.append(entry if named is None or named is entry else None)
                continue  # "Mossgiel (Series premiere, Acorn TV)": that show's, to the next
        if sentence.paragraph in items and _item_label(text):
            unnamed_item = sentence.paragraph if named is None else None
        if unnamed_item is not None and sentence.paragraph != unnamed_item:
            unnamed_item = None
        if unnamed_item is not None and named is None:
            owners.append(None)  # "DATES: Peacock has set … Lowdown Saints …": another item
            after_mention = False
            continue
        other = None if named is not None else _another_show(text, ctx)
        if other is None and named is None and "original" in text[:40] and (
            R.ORIGINAL_SUBJECT.match(text)
        ):
            other = "mention"  # "The WB original was shot in Vancouver": the remade show
        if other is None and named is None and text.startswith("The ") and (
            R.SOURCE_SUBJECT.match(text)
        ):
            other = "mention"  # "The podcast was created by …": the source work, not the show
        if other is None and named is None and text.startswith(_EVENT_OPENINGS) and (
            _scan(text).first(R.EVENT_SUBJECT)
        ):
            other = "event"  # "The ceremony will be hosted by …": the event's, to the paragraph end
        if other is None and named is None and " to " in text and _moves_to_another_title(
            text, ctx
        ):
            other = "event"  # "In 1990 he moved to ITV to lead Quayside": that show's, to the
            # end of the paragraph ("His on-screen wife was played by …")
        if other is None and named is None and after_mention and R.REFERS_BACK.match(
            text
        ):
            other = "mention"  # "Its second season premiered …" after "Other Show, the Hulu comedy"
        if other is None and named is None and described_in == sentence.paragraph and (
            R.REFERS_BACK.match(text)
        ):
            other = "mention"  # "The series, directed by …": ours, or the one described before?
        if (named is None or named is current) and ", a" in text and _describes_another(
            text, current, ctx
        ):
            described_in = sentence.paragraph
        if named is not None and aside:
            owners.append(named)  # "(Parent Show itself was filmed in …)": an aside
            continue
        if (
            named is not None
            and current is not None
            and named is not current
            and named is not ctx.series[0]
            and _person_subject(text, ctx)
            and (sentence.paragraph == bio_in or R.BIO_CREDIT_CUE.search(text))
        ):
            owners.append(named)  # "Okafor previously wrote for Channel 4's Corridors": a bio,
            after_mention = False  # to its paragraph's end ("She also had a role in …"); the
            bio_in = sentence.paragraph  # next untitled sentence is still the story's show's
            continue
        if named is not None:
            current, elsewhere_in = named, None
        elif other == "event":
            elsewhere_in = sentence.paragraph
        elif elsewhere_in is not None and sentence.paragraph != elsewhere_in:
            elsewhere_in = None
        after_mention = other is not None
        owners.append(None if elsewhere_in is not None or other else current)
        if ctx.film_story:
            current = None  # in a film story only a sentence naming the show is about it
    return owners


_SUBJECT_WORDS = compile_regex(r"[A-Z][\w’'\-]+(?:[ \u00a0][A-Z][\w’'\-]+){0,2}")
_PERSON_PRONOUNS = frozenset({"He", "She", "They", "His", "Her", "Their"})


def _describes_another(text: str, current: SeriesFacts | None, ctx: _Context) -> bool:
    """Another of the article's shows, named where it reads as a credit but then described
    ("for her role as Ines in the drama X, a Movistar Plus+ series …"): a later "The series" in
    the paragraph may be either show."""
    starts = _show_appositives(text)
    if not starts:
        return False
    titles = {s.name for s in ctx.series if s is not current and s.name in text}
    titles.update(raw.strip(_QUOTES + " ,.") for raw, _, _, _ in _series_captures(text))
    for title in titles:
        if not title or (current is not None and (title in current.name or current.name in title)):
            continue
        if any(at + len(title) in starts for at in _mentions(title, text)):
            return True
    return False


@lru_cache(maxsize=4096)
def _show_appositives(text: str) -> frozenset[int]:
    """Where an appositive describing a show (", a Movistar Plus+ series") starts."""
    if ", a" not in text:
        return frozenset()
    return frozenset(match.start() for match in R.SHOW_APPOSITIVE_AFTER.finditer(text))


_MOVE_WORDS = (" to lead ", " to star ", " to front ", " to headline ", " to host ", " to join ",
               " to write ", " to run ")


@lru_cache(maxsize=4096)
def _move_titles(text: str) -> tuple[str, ...]:
    """The text-only half of `_moves_to_another_title`: the titles after "to lead", "to front"…"""
    low = _low(text)
    if not any(word in low for word in _MOVE_WORDS):
        return ()
    return tuple(match["title"] for match in R.TITLE_AFTER_MOVE.finditer(text))


def _moves_to_another_title(text: str, ctx: _Context) -> bool:
    """A career move to a show none of ours ("moved to ITV to lead Quayside", "joined the BBC
    to front Beat Nine"): the sentence, and those after it, go on about that show."""
    for title in _move_titles(text):
        if not (
            R.NOT_A_WORK.match(title)
            or R.NETWORK_MENTION.fullmatch(title)
            or title in ctx.people.full
            or any(title in s.name or s.name in title for s in ctx.series)
        ):
            return True
    return False


def _person_subject(text: str, ctx: _Context) -> bool:
    """The sentence opens on a person of the article ("Okafor previously wrote for …", "She
    broke out in …"): a bio, whose titles are credits, not what the story goes on about."""
    match = _SUBJECT_WORDS.match(text)
    if match is None:
        return False
    words = match[0]
    if words.split()[0] in _PERSON_PRONOUNS:
        return True
    if any(words in s.name or s.name in words for s in ctx.series):
        return False
    if " " in words:
        return words in ctx.people.full
    return ctx.people.resolve(words) is not None


def _link_paragraphs(parsed: ParsedArticle) -> frozenset[int]:
    """Lines after the headline that link to another story ("Related: HBO sets spring return
    for 'The Gilded Mile'", "Also read: …"): that story's headline, no fact of this one. Their
    titles still count as captures, so a show they name can be found; nothing else is read."""
    return frozenset(
        s.paragraph for s in parsed.sentences
        if s.paragraph and ":" in s.text[:24] and s.start == parsed.paragraphs[s.paragraph][0]
        and R.LINK_LABEL.match(s.text)
    )


_EVENT_OPENINGS = ("The ", "This ", "Next ", "Tonight")  # `R.EVENT_SUBJECT`'s, a cheap gate


def _capitals_header(text: str, ctx: _Context) -> SeriesFacts | None:
    """The series an all-capitals header line opens with: a roundup's next entry."""
    head = text.replace("’", "'")
    for series in ctx.series:
        name = series.name.replace("’", "'").upper()
        if name != series.name and head.startswith(name) and not _is_word_char(
            head[len(name) : len(name) + 1] or " "
        ):
            return series
    return None


def _new_show(ctx: _Context) -> SeriesFacts | None:
    """Of two or more shows, the one the story presents as a spinoff or reboot, when just one is:
    "The new series …" is that one even right after the parent show is named."""
    if len(ctx.series) < 2:
        return None
    text = ctx.parsed.article.text
    found = [
        series for series in ctx.series
        if any(
            R.NEW_SHOW_BEFORE.search(text, max(0, at - 20), at)
            or R.NEW_SHOW_AFTER.match(text, at + len(series.name))
            for at in _mentions(series.name, text)
        )
    ]
    return found[0] if len(found) == 1 else None


def _entry_label(text: str) -> re.Match[str] | None:
    if "(" not in text[:80]:
        return None
    return R.ENTRY_LABEL.match(text) or (
        R.ENTRY_NETWORK_LABEL.fullmatch(text) if text.endswith(")") else None
    )


def _roundup_of_entries(parsed: ParsedArticle) -> bool:
    """A roundup of "Title (Season 2, Network) — …" entries: its "today" is the entry's day
    heading, not the day the piece was published."""
    return sum(1 for s in parsed.sentences if _entry_label(s.text)) > 1


def _entry_owner(
    text: str, ctx: _Context, in_entry: bool, entry: SeriesFacts | None
) -> tuple[bool, SeriesFacts | None]:
    """Inside a roundup of "Title (Season 2, Network) — …" entries, the series a sentence is
    about: the one its entry's label names, or none for another title's entry or an "Also …:"
    aside. (False, None) before the first entry."""
    label = _entry_label(text)
    if label is None:
        return (True, None) if R.ENTRY_ASIDE.match(text) else (in_entry, entry)
    title = label["title"].strip(_QUOTES + " ").lower().removeprefix("the ")
    return True, next(
        (s for s in ctx.series if s.name.lower().removeprefix("the ") == title), None
    )


def _item_label(text: str) -> bool:
    """A roundup item's label opens the sentence ("DATES: Peacock has set …"); a country's
    ("UK: BBC One is the home of the series") still speaks of our show."""
    return ":" in text[:32] and bool(R.SECTION_LABEL.match(text)) and not R.COUNTRY_LABEL.match(
        text
    )


def extract(parsed: ParsedArticle) -> Extraction:
    """ParsedArticle → every fact the rules can tie to a series, each with its evidence."""
    people = People.from_text(parsed.sentences)
    film_story = _film_story(parsed)
    series = [SeriesFacts(name, ev) for name, ev in find_series(parsed, people, film_story)]
    if not series:
        return Extraction(parsed.article, parsed.headline, ())
    low = R.lowered(parsed.article.text)  # for the whole-article searches' prefilters
    ctx = _Context(parsed, people, series, set(), _non_cast_people(parsed, people), film_story,
                   tuple(s.name for s in series), _captured_titles(parsed),
                   _revival(parsed.article.text, low), _abroad(parsed),
                   _roundup_of_entries(parsed))
    # "Part 3" is the third season unless the article splits a season into parts.
    use_parts = not _splits_seasons(parsed.article.text, low)
    # A sentence no fact rule can fire on keeps its place in the series tracking, but the
    # fact steps below skip it: on it, each of them would do nothing.
    assignment = [
        None if owner is None or _inert(sentence.text, use_parts) else owner
        for sentence, owner in zip(parsed.sentences, _owners(parsed, ctx), strict=True)
    ]
    for sentence, owner in zip(parsed.sentences, assignment, strict=True):
        if owner is None:
            continue
        _seasons(sentence, owner, ctx, use_parts)
        _crew(sentence, owner, ctx)
    for sentence, owner in zip(parsed.sentences, assignment, strict=True):
        if owner is None:
            continue
        _networks(sentence, owner, ctx)
        _companies(sentence, owner, ctx)
        _based_on(sentence, owner, ctx)
        _debut(sentence, owner)
    recent: dict[str, int] = {}
    for index, (sentence, owner) in enumerate(zip(parsed.sentences, assignment, strict=True)):
        if owner is None:
            continue
        previous = parsed.sentences[index - 1] if index else None
        _cast(sentence, previous, owner, ctx, use_parts)
        _status(sentence, owner, ctx, use_parts)
        _locations(sentence, owner, ctx, use_parts, recent.get(owner.name))
        _dates(sentence, owner, ctx, recent.get(owner.name), use_parts)
        theirs = _others_seasons(sentence.text, owner.name, ctx.names, use_parts) or ()
        numbers = [n for n in _season_in(sentence, use_parts) if n not in theirs]
        if numbers:
            recent[owner.name] = numbers[-1]
    for facts in series:
        _merge_characters(facts)
    return Extraction(parsed.article, parsed.headline, tuple(series))


def _asks(text: str) -> bool:
    """A question states nothing: "Has Apple renewed Harrowgate?", "Is it on Netflix?"."""
    return text.rstrip(" \"”’')").endswith("?")


def _splits_seasons(text: str, low: str) -> bool:
    """The article splits a season into parts ("Season 4 Part 2"), so "Part 2" is no season.
    `low` is `rules.lowered(text)`: a regex over a whole article costs ~50 µs, its prefilter ~2."""
    return (
        "season" in low
        and R.passes(R.SPLIT_SEASON_NEEDS, low)
        and bool(R.SPLIT_SEASON.search(text))
    )


def _abroad(parsed: ParsedArticle) -> frozenset[int]:
    """Paragraphs that open with a country label ("Canada: The series streams on Crave"): a
    where-to-watch list, whose networks are each country's distributor, not the show's home."""
    return frozenset(
        s.paragraph for s in parsed.sentences
        if ":" in s.text[:26] and R.COUNTRY_LABEL.match(s.text)
    )


def _revival(text: str, low: str) -> bool:
    """The story is about a revival or reboot (`low` as for `_splits_seasons`)."""
    return R.passes(R.REVIVAL_NEEDS, low) and bool(R.REVIVAL.search(text))


@lru_cache(maxsize=4096)
def _inert(text: str, use_parts: bool) -> bool:
    """No fact step may use this sentence: a question (it states nothing), or one with no
    season number, no match of any cast/crew/company/source/filming rule, no cast list, no
    "respectively", no network name, no debut, no premiere date, no "taking over from". Each
    step below checks the same things first, so skipping such a sentence changes nothing."""
    scan = _scan(text)
    if _asks(text) or scan.first(R.CORRECTION):
        return True  # a question or a correction note states nothing
    return not (
        _season_hits(text, use_parts)
        or scan.hits("cast", R.CAST_RULES)
        or scan.hits("crew", R.CREW_RULES)
        or scan.hits("company", R.COMPANY_RULES)
        or scan.hits("based_on", R.BASED_ON_RULES)
        or scan.hits("location", R.FILMING_RULES)
        or scan.first(R.CAST_LIST_AFTER)
        or scan.first(R.CAST_LIST_BEFORE)
        or "respectively" in text
        or _may_name_network(text)
        or scan.first(R.SAME_NAME)
        or scan.first(R.DEBUT_SEASON_ONE)
        or (scan.first(R.PREMIERE_TRIGGER) and scan.all(R.DATE_EXPRESSION))
        or ("over" in scan.low and R.TAKEOVER.search(text))
    )


def _non_cast_people(parsed: ParsedArticle, people: People) -> set[str]:
    """People introduced as critic, journalist or spokesperson: never cast."""
    out = set()
    for sentence in parsed.sentences:
        for raw in _introduced_names(sentence.text):
            name = people.resolve(raw)
            if name:
                out.add(name)
    return out


@lru_cache(maxsize=4096)
def _introduced_names(text: str) -> tuple[str, ...]:
    """Name-like spans of a sentence right after "critic", "reporter", "Variety's" and such."""
    out = []
    for match in _scan(text).all(_PERSON_RE, ()):
        before = text[max(0, match.start() - 30) : match.start()]
        if R.INTRODUCED_AS_PRESS.search(before):
            out.append(match[0])
    return tuple(out)


def _season_in(sentence: Sentence, use_parts: bool) -> list[int]:
    return [hit[0] for hit in _season_hits(sentence.text, use_parts)]


@lru_cache(maxsize=4096)
def _others_seasons(
    text: str, owner: str, names: tuple[str, ...], use_parts: bool
) -> frozenset[int] | None:
    """In a sentence naming another show of the article too: the season numbers that follow
    that show's name more closely than ours ("Blood Orchard Season 2 premieres June 6, and The
    Tally Men returns for its third season"). None when no other show is named."""
    mentions = sorted(
        (start, len(name), name) for name in names for start in _mentions(name, text)
    )
    if all(name == owner for _, _, name in mentions):
        return None
    theirs: set[int] = set()
    ours: set[int] = set()
    for number, _, start, end in _season_hits(text, use_parts):
        of = re.match(r"\s+of\s+", text[end:])  # "the eighth season of Precinct Nine"
        named = next((name for position, _, name in mentions
                      if of and position == end + of.end()), None)
        before = [name for position, _, name in mentions if position < start]
        whose = named or (before[-1] if before else owner)
        (ours if whose == owner else theirs).add(number)
    return frozenset(theirs - ours)


def _first_season(ctx: _Context) -> int | None:
    """The season an unnumbered fact belongs to when none is known: the first, except in a
    revival or reboot story, whose new season is not the show's first."""
    return None if ctx.revival else 1


def _seasons(sentence: Sentence, owner: SeriesFacts, ctx: _Context, use_parts: bool) -> None:
    if _scan(sentence.text).first(R.OTHER_SEASONS, ("season",)) and not _season_in(
        sentence, use_parts
    ):
        return
    scan = _scan(sentence.text)
    hedged = bool(scan.first(R.HEDGED) or scan.first(R.CONDITIONAL))
    theirs = _others_seasons(sentence.text, owner.name, ctx.names, use_parts) or frozenset()
    labelled = _labelled_by_another(sentence.text, owner.name)
    for number, ev in season_mentions(sentence, use_parts):
        local = ev.start - sentence.start
        if local < labelled:
            continue  # "Other Show: Season 4 — 4.1M views": a chart line's other show
        quoted = _in_quotation(sentence.text, local)
        planned = R.PLANS_FOR.search(sentence.text, max(0, local - 30), local) or (
            R.REFUSED_RENEWAL.search(sentence.text, max(0, local - 150), local)
        )
        if (hedged or quoted or planned) and number not in owner.seasons and not (
            owner.seasons and number < max(owner.seasons)
        ):
            continue  # "whether a third series is planned" names no season that exists
        if number in theirs:
            continue
        season = owner.seasons.setdefault(number, SeasonFacts(number))
        season.evidence.append(ev)


def _labelled_by_another(text: str, owner: str) -> int:
    """The end of a "Title: Season N" label that opens the sentence with another show's name
    (0 when there is none): the season it names is that show's."""
    if ":" not in text[:80]:
        return 0
    label = R.TITLE_SEASON_LABEL.match(text)
    if label is None:
        return 0
    title = label["title"].strip("\"“”‘’'")
    if title in owner or owner in title or title in R.NOT_NAME_WORDS or all(
        word in R.STORY_LABELS for word in title.split()
    ):
        return 0  # "Exclusive:", "First Look:", "Casting News:" label the story, not a show
    return label.end()


def _in_quotation(text: str, position: int) -> bool:
    """Inside a direct quotation (an odd number of quotation marks before it in the sentence,
    or a sentence that opens one): "we'd happily make a fifth and sixth season" is a wish."""
    if '"' not in text and "“" not in text:
        return False  # most sentences: no slice and count per season mention
    before = text[:position]
    curly = before.count("“") - before.count("”")
    return curly > 0 or before.count('"') % 2 == 1


def _season_for_fact(sentence: Sentence, owner: SeriesFacts, use_parts: bool) -> int | None:
    text = sentence.text
    numbers = [
        number for number, _, start, end in _season_hits(text, use_parts)
        if not (R.SEASON_AS_TIME.search(text, max(0, start - 24), start)
                and R.SEASON_EVENT_WORD.match(text, end))
    ]
    if numbers:
        return max(numbers) if len(set(numbers)) > 1 else numbers[0]
    return None


def _status(sentence: Sentence, owner: SeriesFacts, ctx: _Context, use_parts: bool) -> None:
    numbers = _season_in(sentence, use_parts)
    if not numbers:
        return
    scan = _scan(sentence.text)
    if scan.first(R.CONDITIONAL):
        return
    if _others_seasons(sentence.text, owner.name, ctx.names, use_parts) is not None:
        return  # "Cancels X After Two Seasons, Renews Y for Season 3": whose verb is whose?
    if any(R.SEASON_COMPARED.search(sentence.text, max(0, hit[2] - 20), hit[2])
           for hit in _season_hits(sentence.text, use_parts)):
        return  # "As in the first season, much of it was shot at sea": season 1 is the yardstick
    for status, pattern in R.STATUS_TRIGGERS:
        match = scan.first(pattern, ())
        if not match:
            continue
        if status == "cancelled" and R.CANCELLED_ADJECTIVE.match(sentence.text, match.start()):
            continue  # "Picks Up Fox's Cancelled Comedy for Season 3": the show was, not season 3
        if status == "premiered" and R.ONE_EPISODE_BEFORE.search(
            sentence.text, max(0, match.start() - 60), match.start()
        ):
            continue  # "The season 5 finale, which aired Sunday": the season premiered earlier
        later = [hit for hit in _season_hits(sentence.text, use_parts) if hit[2] >= match.end()]
        if later and R.CLAUSE_BEFORE_TRIGGER.search(sentence.text, match.end(), later[0][2]):
            return  # "The renewal comes after season 2 premiered": the renewal is another season's
        if (status == "renewed" and later
                and any(c in sentence.text[match.end() : later[0][2]] for c in ":;—")
                and R.SEASON_PAST_DEED.match(sentence.text, later[0][3])):
            return  # "renewed the series, citing …: Season 2 reached the top 10": season 3's
        number = max(numbers)
        if status == "premiered" and len(set(numbers)) > 1:
            # "Season 1, which debuted in 2023, …; season 2 …": the season named before the verb
            number = _season_before(sentence.text, match.start(), use_parts) or number
        if status in ("cancelled", "ended") and scan.first(R.HISTORY_WORDS):
            return  # "previously aired on CBS before the network canceled it": the old home's
        if _in_clause_of_another_title(sentence.text, match.start(), owner, ctx):
            return  # "… beating CBS's Dust Road, which the network axed in 2023": that show's
        if _other_work_titles(sentence.text) and (
            _fact_of_another_work(sentence.text, match.start(), owner) or any(
                hit[0] == number and _fact_of_another_work(sentence.text, hit[2], owner)
                for hit in _season_hits(sentence.text, use_parts)
            )
        ):
            return  # "renewed the spy drama Nightjar for a third season": that show's season
        season = owner.seasons.get(number)
        if season is not None and status in ("announced", "in production") and _aired_by(
            season.start_date, ctx.parsed.article.date_published
        ):
            return  # "has ordered three more scripts" for a season that premiered last week
        if season is not None and season.status is None:
            season.status = status
            season.status_evidence = _ev(f"status.{status.replace(' ', '_')}", sentence, match)
        return


@lru_cache(maxsize=4096)
def _other_work_titles(text: str) -> tuple[tuple[str, int], ...]:
    """Each (title, start) of another work the sentence names by its kind or its launch, but
    not our show's source ("based on the novel X")."""
    low = _low(text)
    out: list[tuple[str, int]] = []
    named = any(word in low for word in R.OTHER_WORK_TITLE_NEEDS)
    for match in R.OTHER_WORK_TITLE.finditer(text) if named else ():
        group = "title" if match["title"] else "subject"
        if group == "title" and R.SOURCE_OF_OURS_BEFORE.search(
            text, max(0, match.start() - 60), match.start()
        ):
            continue
        if R.NOT_A_WORK.match(match[group]) or R.DATE_LIKE_TITLE.match(match[group]):
            continue  # "after Season Two premiered": ours; "since March aired": no title
        out.append((match[group], match.start(group)))
    for raw, rule_name, start, end in _series_captures(text):
        title = raw.strip(_QUOTES + " ,.")
        if (
            rule_name == "series.the_series"  # "the spy drama Nightjar"
            and title[:1].isupper()
            and _may_be_a_title(title)
            and not _in_credit_context(text, start)
        ):
            at = text.find(title, start, end)
            out.append((title, at if at >= 0 else start))
    return tuple(sorted(out, key=lambda found: found[1]))


def _fact_of_another_work(text: str, at: int, owner: SeriesFacts) -> bool:
    """The title nearest before `at` is another work's ("Its podcast Dead Air, created by …",
    "since Dockside launched in 2019"), with neither our show's name nor "the series" since:
    the fact is that work's."""
    before = [(start, title) for title, start in _other_work_titles(text) if start < at]
    if not before:
        return False
    start, title = before[-1]
    if not title or title in owner.name or owner.name in title:
        return False
    rest = text[start + len(title) : at]
    return owner.name not in rest and not R.OUR_SHOW_AGAIN.search(rest)


def _aired_by(start: str | None, published: date | None) -> bool:
    """A start date wholly before the article's date ("2025-09-28", "2024" in 2025): a season
    that has aired is no longer announced or in production."""
    if start is None or published is None:
        return False
    day = published.isoformat()
    return start <= day if len(start) == 10 else start < day[: len(start)]


def _network_of_another_work(
    text: str, match: re.Match[str], rule_name: str, owner: SeriesFacts
) -> bool:
    """Whose network: after "HBO's" or "the HBO drama", the title that follows ("HBO's deal for
    the video game Ash Circle" is the game's; "FX's Copper Hill" ours), else the one before."""
    if rule_name in _TIES_BEFORE_A_TITLE:
        end = match.end("network")
        ours = text.find(owner.name, end, end + 80 + len(owner.name))
        after = [start for _, start in _other_work_titles(text) if end <= start < end + 80]
        if ours >= 0 and not (after and after[0] < ours):
            return False
        if after:
            return True
    if rule_name == "network.on":
        start = match.start()
        near = R.TITLE_BEFORE_ON.search(text, max(0, start - 60), start) or (
            R.TITLE_AFTER_MOVE.match(text, match.end("network"))
        )
        title = near["title"] if near else ""
        if title and not R.NOT_A_WORK.match(title) and not (
            title in owner.name or owner.name in title or R.NETWORK_MENTION.fullmatch(title)
        ):
            return True  # "Later it was The Crofts on HBO", "moved to ITV to lead Quayside"
    return _fact_of_another_work(text, match.start(), owner)


def _in_clause_of_another_title(text: str, at: int, owner: SeriesFacts, ctx: _Context) -> bool:
    """`at` sits in a ", which …" clause hung on another show's title: the verb is that show's."""
    comma = text.rfind(", which ", 0, at)
    return (
        comma > 0
        and "," not in text[comma + 1 : at]
        and not _SEASON_LABEL_END.search(text, max(0, comma - 20), comma)
        and _after_another_title(text[:comma], owner, ctx)
    )


_SEASON_LABEL_END = compile_regex(r"\b(?:[Ss]eason|[Ss]eries|[Pp]art)\s+\w+$")


def _after_another_title(before: str, owner: SeriesFacts, ctx: _Context) -> bool:
    """The text ends with another show's title (possibly with "'s"): plain string checks, as
    this runs for every crew match and a pattern per title would be compiled per article."""
    before = before.rstrip()
    for suffix in ("’s", "'s", "’", "'"):
        if before.endswith(suffix):
            before = before[: -len(suffix)]
            break
    for other in (*ctx.names, *ctx.titles):
        if other != owner.name and before.endswith(other) and (
            len(before) == len(other) or not _is_word_char(before[-len(other) - 1])
        ):
            return True
    return False


_POSSESSIVE = compile_regex(r"[’']s\s+|(?<=s)[’']\s+")


def _possessive_of_a_person(text: str, end: int) -> str | None:
    """Right after `end`, "'s" and a person's full name (returned): what came before was a
    company."""
    after = _POSSESSIVE.match(text, end)  # "Tall Pines' Margot Eisley" too
    if not after:
        return None
    person = _PERSON_RE.match(text, after.end())
    if person is None or not is_person_name(clean_name(person[0])):
        return None
    return clean_name(person[0])


def _add_crew(owner: SeriesFacts, person: str, role: str, ev: Evidence, ctx: _Context) -> None:
    if any(person == s.name or person in s.name for s in ctx.series):
        return
    if any(c.person == person and c.role == role for c in owner.crew):
        return
    owner.crew.append(CrewFact(person, role, ev))
    ctx.crew_names.add(person)


def _roles_in(text: str) -> list[str]:
    if re.search(r"\b(?:co-executive|supervising|consulting)\s+produc", text, re.I):
        text = re.sub(
            r"\b(?:co-executive|supervising|consulting)\s+produc\w*", "", text, flags=re.I
        )
    return [role for role, pattern in R.CREW_ROLE_WORDS if pattern.search(text)]


def _last_role_in(text: str) -> list[str]:
    """The role named last before "alongside X": X shares that role, not every role named."""
    found = [
        (m.start(), role) for role, pattern in R.CREW_ROLE_WORDS for m in pattern.finditer(text)
    ]
    return [max(found)[1]] if found else []


def _another_job(text: str, start: int, end: int) -> bool:
    """A role word of `text[start:end]` right after a word that makes it another job ("choir
    director", "casting director", "music producer"): a part or an off-screen job, not a credit."""
    return any(
        m["job"].lower() in R.OTHER_JOB_WORDS and m.end() > start
        for m in R.OTHER_JOB_BEFORE_ROLE.finditer(text, max(0, start - 20), end)
    ) or bool(R.JOB_AFTER_ROLE.match(text, end))  # or "director of drama at the BBC"


def _crew(sentence: Sentence, owner: SeriesFacts, ctx: _Context) -> None:
    text = sentence.text
    scan = _scan(text)
    if scan.first(R.UNCONFIRMED_HIRE):
        return
    if _title_case(text) and (not R.FACT_BOX_LABEL.match(text) or R.LINK_LABEL.match(text)):
        return  # "Showrunner Nadia Fromm Takes Over": a headline gives no end to the name
        # (a fact box, "Showrunner/creator: George Kay and François Uzan", does)
    low = scan.low
    others = bool(_other_work_titles(text))
    if ctx.revival and scan.first(R.DIED):
        return  # "Original creator Harlan Vossberg died in 2015": not the revival's crew
    for rule, found in scan.hits("crew", R.CREW_RULES):
        for match in found:
            roles = _roles_in(match["roles"]) if match["roles"] else []
            if rule.name == "crew.by_names":
                roles = _roles_in(text[match.start() : match.start("persons")])
            gap = text[match.end("roles") : match.start("persons")]
            if rule.name == "crew.role_before_names" and re.search(
                r"\b(?:with|alongside|along\s+with)\s+$", gap
            ):
                roles = _last_role_in(match["roles"])  # "showrunner and EP with B": B is an EP
                continue
            if re.search(
                r"\b(?:film|movie|game)\b", text[max(0, match.start() - 25) : match.start()], re.I
            ):
                continue
            if _after_another_title(text[: match.start()], owner, ctx):
                continue  # "with The Bakersfield Files showrunner Otis Pembrook": that show's
            if others and _fact_of_another_work(text, match.start(), owner):
                continue  # "Its podcast Dead Air, created by …": the podcast's maker
            if R.PART_BEFORE_ROLE.search(text, max(0, match.start() - 50), match.start()):
                continue  # "Lucius Bell as choir director Amos Pike": a character
            if R.PARENT_SUBJECT.match(text) and "," not in text[
                : match.start("roles") if match["roles"] else match.start()
            ]:
                continue  # "The flagship was created by A, who …": the parent show's maker
            if match["roles"] and _another_job(text, match.start("roles"), match.end("roles")):
                continue  # "returns as choir director", "casting director Mira Soto"
            if R.SOURCE_IS_SUBJECT.search(text, max(0, match.start() - 40), match.start()) and not (
                R.SOURCE_NAMED_AS_SOURCE.search(text, max(0, match.start() - 80), match.start())
            ):
                continue  # "The podcast, created by A and B, debuted in 2020": the source's
            if R.ASSOCIATION_BEFORE.search(
                text, max(0, match.start("persons") - 40), match.start("persons")
            ):
                continue  # "… in association with Screen Ireland": a funder, not a maker
            persons = match["persons"]
            if match["roles"] and match.start("persons") < match.start("roles"):
                persons = _clause_subject(persons)
            names = [
                ctx.people.resolve(re.split(r"[’']s?\s+(?=[A-Z])", item)[-1])
                for item in split_list(persons)
            ]
            if names and _possessive_of_a_person(text, match.end("persons")):
                names.pop()  # "created by Pixel Grove's Hannah Lee": a company, then its person
            if "creator" in roles and R.ORIGINAL_VERSION_AFTER.match(
                text, match.end("roles") if match["roles"] else match.end()
            ):
                roles = [role for role in roles if role != "creator"]  # the original's creator
            ev = _ev(rule.name, sentence, match)
            for name in names:
                if name:
                    for role in roles:
                        _add_crew(owner, name, role, ev, ctx)
            stop = _word_end(text, match.end() + 120)
            tail = re.split(r"[.;]|\bwhile\b", text[match.end() : stop])[0]
            along = R.CREW_ALONGSIDE.search(tail)
            if along and R.OWN_ROLE_AFTER.match(tail, along.end()):
                along = None  # "with B serving as showrunner", "with C producing": B's own role
            if along and R.ASSOCIATION_BEFORE.search(
                tail, max(0, along.start("persons") - 40), along.start("persons")
            ):
                along = None  # "in association with Screen Ireland": a funder
            if along:
                between = _last_role_in(tail[: along.start()])
                if not between and R.RELATIVE_CLAUSE.search(tail, 0, along.start()):
                    continue  # "created by A, who also wrote it with B": B created nothing
                between = between or (_last_role_in(match["roles"]) if match["roles"] else [])
                if between and re.search(r"\b(?:they|he|she)\b", tail[: along.start()], re.I):
                    for name in names:
                        for role in between:
                            if name:
                                _add_crew(owner, name, role, ev, ctx)
                roles = between or roles
                items = split_list(along["persons"])
                owned = _possessive_of_a_person(tail, along.end("persons"))
                if items and owned:
                    items[-1] = owned  # "EPs with Raw Chalk's Ben Ames": Ben, not the company
                for item in items:
                    name = ctx.people.resolve(item)
                    if name:
                        for role in roles:
                            _add_crew(owner, name, role, ev, ctx)
    takeover = R.TAKEOVER.search(text) if "over" in low else None
    if takeover and re.search(r"show[ -]?runner", text, re.I):
        name = ctx.people.resolve(takeover["p"])
        if name:
            _add_crew(
                owner, name, "showrunner", _ev("crew.taking_over_from", sentence, takeover), ctx
            )


def _networks(sentence: Sentence, owner: SeriesFacts, ctx: _Context) -> None:
    text = sentence.text
    if not _may_name_network(text):
        return  # every tie names a network
    scan = _scan(text)
    if (
        scan.first(R.NETWORK_SECONDARY)
        or (scan.first(R.CREDIT_SENTENCE)
        and owner.name not in text)
    ):
        return
    if _POST_TAGS.match(text):
        return
    if sentence.paragraph in ctx.abroad:
        return  # "Canada: The series streams on Crave, …"
    past_runs = scan.all(R.PAST_RUN) if ctx.revival else ()
    others = bool(_other_work_titles(text))
    for rule_name, pattern in _NETWORK_TIES:
        for match in scan.all(pattern):
            network = match["network"]
            if any(run.start() <= match.start("network") < run.end() for run in past_runs):
                continue  # a revival's "which ran for eight seasons on ABC from 1989": old home
            after = text[match.end("network") : match.end("network") + 40]
            if rule_name in _TIES_BEFORE_A_TITLE and not _names_this_show(
                text[match.end("network") :], owner
            ):
                continue  # "currently filming the Showtime series Red Acre": not our show
            if rule_name != "network.possessive" and _POSSESSIVE_S.match(after):
                continue
            if rule_name == "network.possessive" and R.NETWORKS_MANY_SHOWS.match(after):
                continue  # "one of Hulu's most underrated comedies": which one is not said
            if _NETWORK_DIVISION.match(after):
                continue
            if rule_name == "network.on" and not _mentions_show(text, owner):
                continue
            if (
                rule_name == "network.on"
                and _QUOTED_TITLE_AHEAD.match(after)
                and not _names_this_show(text[match.end("network") :], owner)
            ):
                continue  # "producers on the Syfy drama "Other Show"": that show's network
            if rule_name == "network.heading_paren" and owner.name not in text:
                continue  # "- The Quiet Coast, series premiere (Hulu)": the next list item's
            if rule_name == "network.on" and _PRODUCED_BY_END.search(
                text[max(0, match.start("network") - 25) : match.start("network")]
            ):
                continue  # "produced by HBO": a producer, not the show's home
            if (others or rule_name == "network.on") and _network_of_another_work(
                text, match, rule_name, owner
            ):
                continue  # "the podcast Tenants Hall is in development at FX": its home
            if any(n.name == network for n in owner.networks):
                continue
            owner.networks.append(NamedFact(network, _ev(rule_name, sentence, match)))


@lru_cache(maxsize=4096)
def _may_name_network(text: str) -> bool:
    """False only when no network spelling occurs in the text at all (ties all need one). A
    spelling of three characters or fewer counts only as a whole word: "rte" is in "started",
    "ard" in "award", and each such sentence would run every network tie for nothing."""
    low = _low(text)
    for variant in _NETWORK_VARIANTS_LOW:
        if variant not in low:
            continue
        if len(variant) > 3:
            return True
        at = low.find(variant)
        while at != -1:
            end = at + len(variant)
            if not low[at - 1 : at].isalnum() and not low[end : end + 1].isalnum():
                return True
            at = low.find(variant, at + 1)
    return False


_NETWORK_VARIANTS_LOW = tuple(
    sorted({R.lowered(v) for vs in R.NETWORKS.values() for v in vs}, key=lambda v: (len(v), v))
)
_NETWORK_TIES = tuple(
    (name, compile_regex(R.expand(template.replace("{NET}", R.NETWORK_MENTION.pattern))))
    for name, template in R.NETWORK_TIES
)


_TIES_BEFORE_A_TITLE = ("network.possessive", "network.series", "network.original")


def _names_this_show(rest: str, owner: SeriesFacts) -> bool:
    """After "Netflix's …" or "the HBO drama …": our show's title, or no other title at all
    (an untitled one is not ours: it would have been named)."""
    rest = re.sub(r"^[’']s\s+", "", rest.lstrip())
    if re.match(r"(?:[a-z][\w\-]*,?\s+){0,2}untitled\b", rest):
        return False  # "cast in Apple TV+'s untitled submarine drama": another project
    rest = re.sub(r"^(?:[a-z][\w\-]*,?\s+){0,4}", "", rest).lstrip("“\"'‘")
    if (
        rest.startswith(owner.name)
        or (owner.name.startswith("The ")
        and rest.startswith(owner.name[4:]))
    ):
        return True
    return not re.match(r"[A-Z0-9]", rest)


def _mentions_show(text: str, owner: SeriesFacts) -> bool:
    return bool(
        owner.name in text
        or re.search(
            r"\b(?:season|series|show|episodes?|premieres?|streamer|drama|comedy|it|renewed)\b",
            text,
            re.I,
        )
    )


def _companies(sentence: Sentence, owner: SeriesFacts, ctx: _Context) -> None:
    text = sentence.text
    scan = _scan(text)
    for rule, found in scan.hits("company", R.COMPANY_RULES):
        for match in found:
            items = _split_orgs(match["orgs"])
            listed_with_company = any(_is_company(i) for i in items)
            for item in items:
                end = match.start("orgs") + match["orgs"].find(item) + len(item)
                if re.match(r"[’'](?:s\b|\s)", text[end : end + 3]):
                    continue  # "Marchbanks' company, Lamplit Pictures": the owner, a person
                if re.search(r"[’']s\s+[A-Z]", item):
                    continue  # "Loom Studio's Pouya Shah" names a person by their company
                name = re.sub(r"\s+banner$", "", item).strip(" .,")
                name = re.sub(r"^(?:the|its|their)\s+", "", name, flags=re.I)
                # "London-based Hat Trick", "Netflix-backed Moonpath Studios": an adjective
                name = R.COMPANY_ADJECTIVE.sub("", name)
                if not (
                    _is_company(name) or (listed_with_company and _could_be_company(name, ctx))
                ):
                    continue
                if any(c.name == name for c in owner.companies):
                    continue
                if _named_only_in_a_later_clause(text, match.start(), owner):
                    continue
                owner.companies.append(NamedFact(name, _ev(rule.name, sentence, match)))


def _named_only_in_a_later_clause(text: str, at: int, owner: SeriesFacts) -> bool:
    """Our show first named after `at` and a clause break ("The drama from A Films returns,
    while 'X' has been cancelled"): what comes before the break is another show's, the one
    the first clause is about."""
    mentions = _mentions(owner.name, text)
    return bool(mentions) and mentions[0] > at and bool(
        R.CONTRAST_BREAK.search(text, at, mentions[0])
    )


def _split_orgs(raw: str) -> list[str]:
    """"A Studios and B Television" → two companies; "&" always stays inside one name."""
    return [i.strip() for i in re.split(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*", raw) if i.strip()]


def _could_be_company(name: str, ctx: _Context) -> bool:
    """A capitalised name listed beside a company, and never used for a person in the article."""
    return (
        name[:1].isupper()
        and name not in R.NOT_NAME_WORDS
        and name not in ctx.crew_names
        and not (" " not in name and ctx.people.resolve(name))  # "Marchetti": Dean Marchetti
        and not R.NETWORK_MENTION.fullmatch(name)
        and name not in R.PRESS_OUTLETS
    )


def _is_company(name: str) -> bool:
    if not name or (not name[0].isupper() and not name[0].isdigit()):
        return False
    if any(name == outlet for outlet in R.PRESS_OUTLETS):
        return False
    if R.NETWORK_MENTION.fullmatch(name):
        return False
    return bool(R.COMPANY_WORDS.search(name)) or name in R.KNOWN_STUDIOS


def _based_on(sentence: Sentence, owner: SeriesFacts, ctx: _Context) -> None:
    text = sentence.text
    scan = _scan(text)
    same_name = scan.first(R.SAME_NAME)
    if (
        same_name
        and re.search(r"\b(?:based on|adapt|novels?|books?)\b", text, re.I)
        and not any(b.name == owner.name for b in owner.based_on)
    ):
        owner.based_on.append(NamedFact(owner.name, _ev("based_on.same_name", sentence, same_name)))
    for rule, found in scan.hits("based_on", R.BASED_ON_RULES):
        for match in found:
            raw = match["quoted"] or match["title"]
            if not raw:
                continue
            title = re.split(r"\s+(?:by|from|written|which|that|who|and\s+(?:the|its))\b", raw)[0]
            title = title.strip(" ,.;:" + _QUOTES)
            title = re.sub(r"[’']s$", "", title)
            if title.endswith(f", {owner.name}"):  # "A spinoff of the HBO drama X, Ours follows"
                title = title[: -len(owner.name) - 2]
            if (
                not title
                or title == owner.name
                or title in R.NOT_NAME_WORDS
                or R.DATE_LIKE_TITLE.match(title)
            ):
                continue
            end = match.end("title") if match["title"] else match.end()
            if re.match(r"[’'‘]s\b", text[end : end + 3]):
                continue
            if match["title"] and (
                (R.SOURCE_MODIFIER.fullmatch(title) and R.WORK_KIND_AFTER.match(text, end))
                or R.AUTHOR_BEFORE.search(
                    text, max(0, match.start("title") - 4), match.start("title")
                )
            ):
                continue  # "the YA novels" names a kind of book; "novels by Mick Herron", an author
            if match["title"] and re.search(r"[’']s\s", raw) and R.WORK_KIND_AFTER.match(text, end):
                continue  # "an adaptation of Ann Orr's YA trilogy": the author's, untitled
            if not (
                owner.name in text
                or re.search(
                    r"\b(?:series|show|drama|comedy|adaptation|season|it|"
                    r"it[’']s|spin-?off|sequel|prequel)\b",
                    text,
                    re.I,
                )
            ):
                continue
            if R.NETWORK_MENTION.fullmatch(title):
                continue
            if any(b.name == title for b in owner.based_on):
                continue
            owner.based_on.append(NamedFact(title, _ev(rule.name, sentence, match)))


def _debut_match(text: str) -> re.Match[str] | None:
    """"The show debuted in 2005" — but not "Season 2 premiered in June 2023": a debut phrase
    whose clause names a later season dates that season instead."""
    match = _scan(text).first(R.DEBUT_SEASON_ONE)
    if not match:
        return None
    # the debut's own subject ("Season 2 premiered in June 2023"), not a season named after it
    # ("since the show launched in 2020, will not return for season 6")
    clause = re.split(r";|,\s+(?:and|but|while)\s", text[: match.start()])[-1] + match[0]
    if R.SOURCE_WORK_BEFORE.search(text, max(0, match.start() - 120), match.start()):
        return None  # "Based on the comic book series that began in 2014": the comic's debut
    if re.search(r"\b(?:season|part)\s+(?:[2-9]|\d\d|two|three|four|five|six)\b", clause, re.I):
        return None
    hits = _season_hits(text[: match.start()], False)
    if hits and min(hits)[0] > 1 and "," not in text[hits[-1][3] : match.start()]:
        return None  # "The second season of X premiered in September 2024": its subject
    if any(number > 1 and re.fullmatch(r",?\s+(?:which|that)\s+", text[end : match.start()])
           for number, _, _, end in _season_hits(text, False)):
        return None  # "its second season, which premiered on January 8": that season's date
    return match


def _debut(sentence: Sentence, owner: SeriesFacts) -> None:
    """ "The show originally debuted in 2005" dates season 1."""
    match = _debut_match(sentence.text)
    if not match or _fact_of_another_work(sentence.text, match.start(), owner):
        return  # "since Dockside launched in 2019": that show's debut
    phrase = match["date"] or match["since"] or match["debut"]
    value = resolve(phrase, None, "past")
    if not value:
        return
    season = owner.seasons.setdefault(1, SeasonFacts(1))
    ev = _ev("season.dated_debut", sentence, match)
    season.evidence.append(ev)
    if season.start_date is None:
        season.start_date = value
        season.date_evidence = ev
    if season.status is None:
        season.status = "premiered"
        season.status_evidence = ev


# ------------------------------------------------------------------------ cast
def _add_cast(owner: SeriesFacts, fact: CastFact) -> None:
    for existing in owner.cast:
        if existing.actor == fact.actor and existing.character == fact.character:
            return
    owner.cast.append(fact)


_ROLE_KIND_PATTERNS = dict(R.ROLE_KIND_WORDS)


@lru_cache(maxsize=4096)
def _role_kind(text: str) -> str | None:
    kinds = [kind for kind, pattern in R.ROLE_KIND_WORDS if pattern.search(text)]
    return kinds[0] if len(kinds) == 1 else None


def _clause_kind(text: str, kind: str, position: int) -> str | None:
    """`kind` for the actor at `position` unless a new clause starts between the role words
    and the actor: in "A has been promoted to series regular, and newcomer B joins the cast",
    B is no series regular; in "A; B; and C as series regulars" all three are."""
    pattern = _ROLE_KIND_PATTERNS[kind]
    found = list(pattern.finditer(text))
    if any(m.end() > position and not _kind_of_another(text, position, m.start()) for m in found):
        return kind
    said = [m.end() for m in found if m.end() <= position]
    if not said or R.CLAUSE_BREAK.search(text, said[-1], position):
        return None
    return kind


def _kind_of_another(text: str, position: int, role: int) -> bool:
    """The role words at `role` say what a later name does, not the actor at `position`: "A as
    X and B as Y, with C recurring as Z" (A and B have their own parts), "A (X), B (Y) and
    newcomer C, who joins in a recurring role". Not "A, B and C as series regulars"."""
    before = text[position:role]
    who = R.WHO_CLAUSE_END.search(before)
    if who:
        return bool(re.search(r",|\sand\s", before[: who.start()]))
    subject = R.SUBJECT_BEFORE_ROLE.search(before)
    return bool(subject and re.search(r"\sas\s|\(|\b(?:plays|playing|voices|portrays)\b",
                                      before[: subject.start()]))





@lru_cache(maxsize=4096)
def _paren_spans_are_credits(text: str) -> bool:
    """In a sentence where any parenthesis holds a title, every "Name (…)" is a credit."""
    for match in _PAREN.finditer(text):
        inner = match[0][1:-1].strip()
        if (
            not inner
            or inner[0] in _QUOTES
            or inner.startswith(("The ", "the ", "a ", "A "))
            or re.search(r"\d|:|’s|'s|\bfilm\b|\bseries\b|\bupcoming\b", inner)
            or len(inner.split()) == 1
            or not is_person_name(inner)
        ):
            return True
    return False


def _paren_holds_title(text: str, ctx: _Context) -> bool:
    """A parenthesis that holds one of the article's shows ("A. Actor (Other Show) and …") is a
    credit, so every "Name (…)" of the sentence is one, though the title looks like a name."""
    if "(" not in text:
        return False
    return any(
        match[0][1:-1].strip().strip(_QUOTES) in ctx.names for match in _PAREN.finditer(text)
    )


def _character_ok(character: str | None, ctx: _Context) -> bool:
    if character is None:
        return True
    if character in ctx.crew_names:
        return False  # "executive produce with Marc Levin (Precinct Nine)": a producer's credit
    return not any(character in (s.name, s.name.removeprefix("The ")) for s in ctx.series)


def _cast(
    sentence: Sentence,
    previous: Sentence | None,
    owner: SeriesFacts,
    ctx: _Context,
    use_parts: bool,
) -> None:
    text = sentence.text
    scan = _scan(text)
    if scan.first(R.NON_CAST_CONTEXT) and not _CAST_WORD.search(text):
        return
    if scan.first(R.UNCONFIRMED_HIRE):
        return  # "is in talks to join the cast as …": not cast yet
    if scan.first(R.ORIGINAL_WORK):
        return  # "The original series starred Han Ji-woo as …": a remake's source
    if scan.first(R.STAND_IN) and _PLAYED_WORD.search(text):
        return  # "During a brief 2012 stint, when Bancroft was on leave, Trent was played by …"
    if _title_case(text):
        return  # in a Headline Like This, no name or character can be delimited
    season = _season_for_fact(sentence, owner, use_parts)
    if season in (_others_seasons(text, owner.name, ctx.names, use_parts) or ()):
        season = None  # "the new drama X, starring A, and the eighth season of Y"
    kind = _role_kind(text)
    credits = _paren_spans_are_credits(text) or _paren_holds_title(text, ctx)
    actor_first = not credits and bool(
        scan.first(R.CAST_LIST_AFTER)
        or scan.first(R.CAST_LIST_BEFORE)
    )
    pairs: list[tuple[str, str | None, str, re.Match[str]]] = []
    titles = {raw for raw, _, _, _ in _series_captures(text)} | set(ctx.names) | ctx.titles
    for rule, found in scan.hits("cast", R.CAST_RULES):
        if rule.name == "cast.character_paren_actor" and credits:
            continue
        queue = list(found)
        while queue:
            match = queue.pop(0)
            if rule.name == "cast.character_paren_actor" and R.ACTOR_GOES_ON.match(
                text, match.end()
            ):
                continue  # "Ann Lee (Other Show), who plays …": the parenthesis is a credit
            if rule.name == "cast.character_paren_actor" and actor_first and not (
                R.CHARACTER_RANK.match(match["character"])
                or R.STORY_OF_BEFORE.search(text, max(0, match.start() - 40), match.start())
            ):  # "Detective Inspector Ruth Anstey (Delia Farrow)" stays character (actor)
                outer = clean_name(match["character"])
                swapped = ctx.people.resolve(outer) if is_person_name(outer) else None
                character = clean_character(match["actor"])
                if swapped and character and swapped not in ctx.non_cast:
                    pairs.append((swapped, character, "cast.list_actor_paren_character", match))
                    continue
            if rule.name == "cast.possessive_character" and (
                R.COMPANY_WORDS.search(match["character"])
                or R.COMPANY_WORDS.match(text, match.end("character") + 1)
            ):
                continue  # "produced by Universal and Ames's Kessel Run Productions": a company
            if rule.name == "cast.possessive_character":
                # a one-word name ("Zendaya's character") is known only from the cast itself
                actor = ctx.people.resolve(match["actor"]) or match["actor"]
                if not any(c.actor == actor for c in owner.cast):
                    continue
            else:
                actor = ctx.people.resolve(match["actor"])
            if not actor or actor in ctx.non_cast:
                continue
            head = text[max(0, match.start("actor") - 14) : match.start("actor")]
            first = match["actor"].split(maxsplit=1)[0] + " "
            if R.ACCOMPANIED_BEFORE.search(head) or R.ACCOMPANIED_BEFORE.match(first):
                if "character" in rule.pattern.groupindex and (
                    match.start("character") > match.start("actor")
                ):  # the part after may be the next person's
                    again = rule.pattern.search(text, match.start("character"))
                    queue.extend([again] if again else [])
                continue  # "Joining Holloway as a regular is Dom Achter": not Holloway's part
            if actor in titles or R.WORK_KIND_BEFORE.search(
                text, max(0, match.start("actor") - 30), match.start("actor")
            ) or R.PAST_ROLE_ON.search(
                text[max(0, match.start("actor") - 80) : match.start("actor")]
            ):
                continue  # "cast in the HBO drama Glass Orchard as Mara": a show, not an actor
            if "character" not in rule.pattern.groupindex:
                pairs.append((actor, None, rule.name, match))  # "is played by X": no name given
                continue
            actor_leads = match.start("actor") < match.start("character")
            if actor_leads and _credit_elsewhere(text, match, owner):
                continue  # "Tom Eke, who played Jack Reed in Blue Harbor, …": another show's part
            if actor_leads and R.ENDS_IN_AND.search(
                text[match.end("actor") : match.start("character")]
            ):
                continue  # "A as the inn's new manager and B as …": B is the next actor
            lead_in = text[max(0, match.start() - 60) : match.start()]
            states_character = "character" in text[match.end("actor") : match.start("character")]
            if actor_leads and R.CREDIT_BEFORE_ACTOR.search(lead_in) and not states_character:
                continue  # a credit; but "sister of Okafor’s character Jo" states the part
            if actor_leads and R.LIST_BEFORE_NAME.search(
                text, max(0, match.start("actor") - 40), match.start("actor")
            ) and R.LIST_AFTER_NAME.match(text, match.end("character")):
                continue  # "adds A and B as Orin and Bea": which part is whose is not said
            if not actor_leads and R.NAME_ENDS_APPOSITIVE.match(
                text, match.end("character"), match.start("actor")
            ):
                continue  # "Thomas Molloy, a professor where Maeve, played by Mackey": not Molloy
            character = clean_character(match["character"])
            if not character or not _character_ok(character, ctx):
                continue
            if R.POSSESSIVE_AFTER.match(text, match.end("character")):
                continue  # "who plays Nell's uncle Rupert": Nell is someone else's part
            if R.NOT_A_PART_BEFORE.search(
                text, max(0, match.start("character") - 60), match.start("character")
            ):
                continue  # "as a regular opposite lead Camille Dorsey", "… from Las Cruces"
            pairs.append((actor, character, rule.name, match))
    pairs = _drop_past_parts(text, pairs)
    together = _respectively(sentence, previous, ctx)
    if together:
        span = together[0][3].span()
        pairs = [p for p in pairs if not span[0] <= p[3].start() < span[1]]
    pairs.extend(together)
    several = len(set(_season_in(sentence, use_parts))) > 1
    for actor, character, rule_name, match in pairs:
        # "Season 1 starred A as X, while Season 2 followed B": A's season is the one before A
        own = (_season_before(text, match.start(), use_parts, True) or season) if several else (
            season)
        said = kind and _clause_kind(text, kind, match.start())
        _add_cast(owner, CastFact(actor, character, said, own, _ev(rule_name, sentence, match)))
    for match in scan.all(R.STAR_AFTER_TITLE):
        actor = ctx.people.resolve(match["actor"])
        if (
            actor and actor not in ctx.non_cast and _title_ends_at(text, match.start(), owner.name)
            and not any(c.actor == actor for c in owner.cast)
        ):
            _add_cast(owner, CastFact(actor, None, None, season,
                                      _ev("cast.title_star", sentence, match)))
    for actor, match in _listed_people(sentence, ctx):
        if any(c.actor == actor for c in owner.cast):
            continue
        own = text.find(actor, match.start())  # the actor's own place, not the list's trigger
        said = kind and _clause_kind(text, kind, own if own >= 0 else match.start())
        _add_cast(owner, CastFact(actor, None, said, season, _ev("cast.list", sentence, match)))


def _title_ends_at(text: str, end: int, title: str) -> bool:
    """`title`, quoted or not, ends right at `end` as a whole word."""
    before = text[:end].rstrip("\"'”’")
    ahead = before[-len(title) - 1 : -len(title)] or " "
    return before.endswith(title) and not _is_word_char(ahead)


def _drop_past_parts(
    text: str, pairs: list[tuple[str, str | None, str, re.Match[str]]]
) -> list[tuple[str, str | None, str, re.Match[str]]]:
    """ "B, who played King Edric, joins as Tom Glass": the past part is a credit when the same
    sentence gives the actor another."""
    def past(pair: tuple[str, str | None, str, re.Match[str]]) -> bool:
        match = pair[3]
        if "actor" not in match.re.groupindex or "character" not in match.re.groupindex:
            return False
        start = match.start("character")
        lead = text[max(match.end("actor"), start - 40) : start]
        return bool(R.WHO_PLAYED_BEFORE.search(lead))
    return [p for p in pairs if not (
        past(p) and any(o[0] == p[0] and o[1] != p[1] and not past(o) for o in pairs))]


def _credit_elsewhere(text: str, match: re.Match[str], owner: SeriesFacts) -> bool:
    """A past part ("played", "portrayed", "voiced") followed by "in/on Another Title"."""
    verb = text[match.end("actor") : match.start("character")]
    if not R.PAST_PART_VERB.search(verb):
        return False
    after = R.IN_A_TITLE.match(text, match.end("character"))
    if after is None:
        return False
    return owner.name not in after["title"] and not R.NOT_A_WORK.match(after["title"])


def _respectively(
    sentence: Sentence, previous: Sentence | None, ctx: _Context
) -> list[tuple[str, str | None, str, re.Match[str]]]:
    text = sentence.text
    end = text.find("respectively")
    if end < 0:
        return []
    head = text[:end].rstrip(" ,")
    cuts = list(re.finditer(r"\s(?:as|play|portray|voice|roles\s+of)\s", head))
    if not cuts:
        return []
    cut = cuts[-1]
    # "as her younger sisters, Agnes and Kit": the descriptor before the names is not a name
    named = re.sub(r"^(?:[a-z][\w’'\-]*\s+){0,5}[a-z][\w’'\-]*,\s*", "", head[cut.end() :])
    characters = [clean_character(c) for c in split_list(named)]
    # The actors are those of the clause the "as" belongs to ("…, while A and B play …").
    clause_start = max(
        (m.end() for m in re.finditer(r",\s*(?:with|while|and)\s|;\s|\bwhile\s|\bwith\s",
                                      text[: cut.start()])),
        default=0,
    )
    actors = _actors_in(text[clause_start : cut.start()], ctx)
    if len(actors) != len(characters):
        clause_start = 0
        actors = _actors_in(text[: cut.start()], ctx)
    if not actors and previous is not None and re.match(r"(?:The|These|Those|They|Both)\b", text):
        actors = _actors_in(previous.text, ctx)[-len(characters) :]
    if not characters or None in characters or len(actors) != len(characters):
        return []
    match = re.compile(re.escape(text[clause_start : end + len("respectively")])).search(
        text, clause_start
    )
    assert match is not None
    return [(a, c, "cast.respectively", match) for a, c in zip(actors, characters, strict=True)]


def _actors_in(text: str, ctx: _Context) -> list[str]:
    """Person names in order, skipping credits ("from Show", "(Show)") and non-cast people."""
    stripped = _PAREN.sub(lambda m: " " * len(m[0]), text)
    out: list[str] = []
    for match in _WORD_RE.finditer(stripped):
        before = stripped[max(0, match.start() - 12) : match.start()]
        if re.search(r"\b(?:from|of|in|like|for)\s+$", before):
            continue
        name = ctx.people.resolve(match[0])
        if name and name not in ctx.non_cast and name not in out:
            out.append(name)
    return out


_LIST_END = compile_regex(
    r"[!?—–]|\.(?:\s|$)(?<!Jr\.\s)|\s-\s|\s(?:who|which|that|as|in|from|to|for|while|with)\s"
)


def _item_name(item: str, ctx: _Context, first: bool) -> str | None:
    """One list item → the person it names: "Gaslit's Patrick Walker" → Patrick Walker."""
    item = _PAREN.sub("", item).strip(' "“”')
    item = re.split(r"[’']s\s+(?=[A-Z])", item)[-1]
    matches = list(_WORD_RE.finditer(item))
    if not matches:
        return None
    match = matches[-1] if first else matches[0]
    if not first and match.start() > 0:
        return None
    if not first and item[match.end() :].strip(" ,."):
        return None
    raw = clean_name(match[0])
    if is_person_name(raw):
        return ctx.people.resolve(raw) or raw
    if " " in raw or not raw or raw in R.NOT_NAME_WORDS or R.NETWORK_MENTION.fullmatch(raw):
        return None
    return ctx.people.resolve(raw) or (raw if len(raw) > 2 else None)


def _names_after(text: str, start: int, ctx: _Context) -> list[str]:
    """The list of names that starts at `start` and runs to the end of the enumeration."""
    if re.search(r"\bas\s*$", text[max(0, start - 4) : start]) or re.match(
        r"\s*as\b", text[start:]
    ):
        return []  # "co-stars as Nora": a role follows, not a list of actors
    if R.NAMED_BEFORE.search(text, max(0, start - 30), start):
        return []  # "led by a smuggler called the Heron": a character follows
    clause = _PAREN.sub(lambda m: " " * len(m[0]), text[start:])
    # "Top Gun: Maverick's Lewis Pullman": a credit before the name, whatever words it holds
    clause = R.POSSESSIVE_CREDIT.sub(lambda m: " " * len(m[0]), clause)
    end = _LIST_END.search(clause)
    items = _LIST_SPLIT.split(clause[: end.start()] if end else clause)
    names: list[str] = []
    for index, item in enumerate(items):
        if not item.strip():
            continue
        if index and re.fullmatch(r"(?:more|others|many more|others still)\W*", item.strip()):
            break
        if names and re.fullmatch(r"(?:Jr|Sr)\.?|II|III", item.strip()):
            names[-1] = f"{names[-1]}, {item.strip()}"
            continue
        item = re.sub(r"^\s*(?:along\s+with|alongside|as\s+well\s+as|plus)\s+", "", item)
        name = _item_name(item, ctx, first=False)
        if name is None and index == 0:
            lead = re.match(
                r"(?:[a-z][\w\-]*\s+|[A-Z][\w\-]*\s+(?:[A-Z][\w\-]*\s+)?(?:winner|champion|"
                r"nominee|star|alum)\s+){1,6}",
                item,
            )
            name = (
                _item_name(item[lead.end() :], ctx, first=False)
                if lead and not R.NAMED_BEFORE.search(lead[0])
                else None
            )  # "led by a woman called the Ferrywife": a character
        if name is None:
            break
        names.append(name)
    return names


def _names_before(text: str, end: int, ctx: _Context) -> list[str]:
    """The list of names that ends right before `end` ("A, B and C have joined the cast")."""
    clause = _PAREN.sub(lambda m: " " * len(m[0]), text[:end]).rstrip()
    items = _LIST_SPLIT.split(clause)
    names: list[str] = []
    for position, item in enumerate(reversed(items)):
        first = position == len(items) - 1
        name = _item_name(item, ctx, first=False)
        if name is None:
            tail = list(_PERSON_RE.finditer(item))
            name = (
                ctx.people.resolve(tail[-1][0])
                if tail
                and tail[-1].end() == len(item.rstrip())
                and not R.NAMED_BEFORE.search(item, 0, tail[-1].start())
                else None
            )  # "playing an inspector named Ilse Varga, and B returns": Varga is a part
            if name:
                names.append(name)
            break
        names.append(name)
        if first:
            break
    return names[::-1]


def _listed_people(sentence: Sentence, ctx: _Context) -> Iterator[tuple[str, re.Match[str]]]:
    """Names in an enumeration tied to a cast trigger, minus crew, critics and characters."""
    text = sentence.text
    scan = _scan(text)
    found: list[tuple[str, re.Match[str]]] = []
    for match in scan.all(R.CAST_LIST_AFTER):
        found.extend((name, match) for name in _names_after(text, match.end(), ctx))
    for match in scan.all(R.CAST_LIST_BEFORE):
        if R.STAR_BEFORE_NAME.match(text, match.end()):
            continue  # "Tidewater star Ola Brenn": a credit, not a cast list ending in "star"
        found.extend((name, match) for name in _names_before(text, match.start(), ctx))
    titles = {raw for raw, _, _, _ in _series_captures(text)}
    for name, match in found:
        if name in ctx.non_cast:
            continue
        if R.SOURCE_IS_SUBJECT.search(text, max(0, match.start() - 40), match.start()):
            continue  # "The podcast, hosted by Cal Rhee, …": the source's host, not our cast
        if any(name == s.name or name in s.name for s in ctx.series):
            continue
        if name in titles or (" " not in name and name in ctx.titles):
            continue  # "Ghosts returns for its fifth season": a show, not a one-name actor
        yield name, match


def _merge_characters(facts: SeriesFacts) -> None:
    """One entry per actor-character pair, with the fullest name the text gives the character.

    A name used as a character elsewhere is not also an actor, and vice versa: "Lewis Tan
    (Mortal Kombat)" must not make "Mortal Kombat" an actor when Tan is cast elsewhere.
    """
    actors = {c.actor for c in facts.cast if c.character}
    characters = {c.character for c in facts.cast if c.character}
    cast = [c for c in facts.cast if c.character not in actors and c.actor not in characters]
    by_actor: dict[str, list[CastFact]] = defaultdict(list)
    for fact in cast:
        by_actor[fact.actor].append(fact)
    merged: list[CastFact] = []
    for entries in by_actor.values():
        named = [c for c in entries if c.character]
        keep = [c for c in named if not any(_fuller(o.character, c.character) for o in named)]
        merged.extend(keep or entries[:1])
    facts.cast = merged


def _fuller(longer: str | None, shorter: str | None) -> bool:
    """ "Otis Milburn" is a fuller form of "Otis"; "Logan Roy" is not one of "Kendall"."""
    if not longer or not shorter or longer == shorter:
        return False
    return longer.startswith(shorter + " ") or longer.endswith(" " + shorter)


# ------------------------------------------------------------------------ places, dates
def _locations(
    sentence: Sentence,
    owner: SeriesFacts,
    ctx: _Context,
    use_parts: bool,
    recent_season: int | None,
) -> None:
    text = sentence.text
    scan = _scan(text)
    if scan.first(R.CONDITIONAL) or scan.first(R.HEDGED):
        return  # "If the project moves forward, producers hope to shoot in Wales": no set yet
    for rule, found in scan.hits("location", R.FILMING_RULES):
        for match in found:
            if R.NEGATED_CLAUSE.search(text, _clause_start(text, 0, match.start()),
                                       match.start()):
                continue  # "not a single scene of it has been shot in Boston"
            if R.ABANDONED_PLAN.search(text, max(0, match.start() - 40), match.start()):
                continue  # "originally planned to shoot in Atlanta, but moved north"
            raw = match["places"]
            if "," in raw and R.SPEAKER_AFTER.match(text, match.end()):
                raw = raw.rsplit(",", 1)[0]  # "filmed in Pittsburgh, Ames said"
            places = _split_places(raw) + (
                _split_places(match["more"]) if match.groupdict().get("more") else []
            )
            if not places:
                continue
            if R.FILM_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
                continue  # "the Marvel film she is shooting in London": not our show's set
            if _in_clause_of_another_title(text, match.start(), owner, ctx):
                continue  # "following the drama Other Show, which was filmed in Leeds"
            number = _season_for_fact(sentence, owner, use_parts) or recent_season
            if len(set(_season_in(sentence, use_parts))) > 1:
                # "Season 1 was filmed in X; season 2 moved production to Y": the nearest before
                number = _season_before(text, match.start(), use_parts) or number
            if number is None and R.PILOT_SUBJECT.search(
                text, _clause_start(text, 0, match.start()), match.start()
            ):
                continue  # "The pilot was filmed in Calgary": a pilot may never become a season
            if number is None:
                number = _only_season(owner) or (_first_season(ctx) if not owner.seasons else None)
            if number is None:
                continue
            season = owner.seasons.setdefault(number, SeasonFacts(number))
            if not season.evidence:
                season.evidence.append(_ev(rule.name, sentence, match))
            for place in places:
                if not any(p.name == place for p in season.locations):
                    season.locations.append(NamedFact(place, _ev(rule.name, sentence, match)))


def _split_places(raw: str) -> list[str]:
    """"Butte, Montana, and in Calgary" → ["Butte, Montana", "Calgary"]; a city keeps the
    state, province or country the text attaches to it; "Denmark, Spain and Portugal" is three."""
    raw = re.sub(r"\b(and)\s+(?:(?:across|around|in|the)\s+)+", r"\1 ", raw)
    # "Norfolk and Suffolk, including in Cromer": the places after "including (in)" count too
    raw = re.sub(r",?\s+(?:especially|including|mainly)(?:\s+(?:in|across|around|at))?\s+",
                 ", ", raw)
    raw = re.split(
        r"\s+(?:for|after|with|where|while|until|to|as|on|in|at|from|since|by|before)\b", raw
    )[0]
    parts = [item.strip(" ,.") for item in _LIST_SPLIT.split(raw) if item.strip(" ,.")]
    items: list[str] = []
    for part in parts:
        region = part in R.REGIONS or R.REGION_INITIALS.fullmatch(part)
        if items and region and items[-1] not in R.REGIONS and "," not in items[-1]:
            items[-1] = f"{items[-1]}, {part}"
        else:
            items.append(part)
    out = []
    for item in items:
        item = item.strip(" ,.")
        words = item.replace(",", " ").split()
        if not words or any(w in R.PLACE_REJECT_WORDS for w in words):
            continue
        if R.NETWORK_MENTION.fullmatch(item) or item in R.LANGUAGES:
            continue
        out.append(item)
    return out


def _only_season(owner: SeriesFacts) -> int | None:
    return next(iter(owner.seasons)) if len(owner.seasons) == 1 else None


def _tense(text: str, start: int, end: int) -> Tense:
    """Explicit future or past wording in text[start:end]; a present-tense "premieres" fits
    either side. Whole-sentence matches are filtered by span: one search per sentence, not per
    date."""
    scan = _scan(text)
    if _within(scan.all(R.FUTURE_WORDS), start, end):
        return "future"
    if _within(scan.all(R.PAST_WORDS), start, end):
        return "past"
    return "unknown"


def _clause_start(text: str, window: int, start: int) -> int:
    """Where the clause holding a date begins: "…has released photos from season 3, which
    debuts June 5" takes its tense from "which debuts", not from "has released"."""
    cuts = [m.end() for m in R.RELATIVE_CLAUSE.finditer(text, window, start)]
    return cuts[-1] if cuts else window


def _within(
    found: tuple[re.Match[str], ...], start: int, end: int
) -> tuple[re.Match[str], ...]:
    """The matches lying wholly inside text[start:end]."""
    return tuple(m for m in found if m.start() >= start and m.end() <= end)


@dataclass(frozen=True)
class _DateCandidate:
    """A date phrase of a sentence that passed every check that depends on the text alone."""

    match: re.Match[str]
    season_before: int | None
    season_after: int | None
    tense: Tense
    last: bool


@lru_cache(maxsize=4096)
def _date_candidates(text: str, use_parts: bool) -> tuple[_DateCandidate, ...]:
    """Date phrases near a premiere trigger, minus those that date something else (a finale,
    a debut, "after March 5", a later part). Cached: the stage asks once per series and the
    answer depends on the text alone."""
    scan = _scan(text)
    triggers = scan.all(R.PREMIERE_TRIGGER)
    if not triggers or R.EPISODE_SUBJECT.match(text):
        return ()
    found = scan.all(R.DATE_EXPRESSION)
    later_volume = bool(R.LATER_VOLUME.search(text))  # wherever it stands in the sentence
    out: list[_DateCandidate] = []
    for position, match in enumerate(found, 1):
        start, end = match.start(), match.end()
        window = max(0, start - 90, text.rfind(";", 0, start) + 1)  # "…; both move on July 1"
        before = _within(triggers, window, start)
        vetoed_in: tuple[tuple[int, int], ...]
        if before:
            lead = max(window, before[-1].start() - 40)
            cut = R.CLAUSE_BEFORE_TRIGGER.search(text, lead, before[-1].start())
            vetoed_in = ((cut.end() if cut else lead, start),)
        elif _within(triggers, end, end + 50):
            vetoed_in = ((end, end + 50), (max(window, start - 40), start))
        else:
            continue  # no premiere trigger near this date
        if R.DATE_RANGE_AFTER.match(text, end):
            continue  # "new series arriving July 14-20": a week of listings
        verb = R.START_VERB.match(text, before[-1].start()) if before else None
        if verb and verb.end() == before[-1].end() and (
            R.SHOOT_SUBJECT.search(text, window, before[-1].start())
        ):
            continue  # "Production on season 1 is set to begin in April": the shoot's start
        if any(_within(scan.all(R.NOT_PREMIERE, ()), a, b) for a, b in vetoed_in):
            continue  # "the finale airs on March 5", "renewed on Monday"
        debut = _debut_match(text)
        if debut and debut.start() <= start < debut.end():
            continue  # "debuted in 2005" dates season 1: `_debut` handles it
        if R.RELATIVE_BEFORE_DATE.search(text[max(window, start - 12) : start]):
            continue
        if R.RECURRING_BEFORE_DATE.search(text, max(0, start - 30), start):
            continue  # "will air every Saturday and Sunday": a schedule
        if before and R.MODAL_BEFORE_TRIGGER.search(
            text, max(0, before[-1].start() - 20), before[-1].start()
        ):
            continue  # "Season 3 could arrive sometime in 2028": a guess
        if R.BY_THE_PREMIERE_AFTER.match(text, end):
            continue  # "On March 5, three days before the premiere, …": another event
        if R.RELATIVE_DATE.match(match[0]):
            continue  # "the channel's biggest launch since 2019"
        if R.HEDGED_DATE.match(text, end) or R.HEDGED_DATE.search(text, max(0, start - 4), start):
            continue  # "a late 2026 or early 2027 debut": neither date is set
        if R.ABANDONED_PLAN.search(text, max(0, start - 60), start):
            continue  # "originally slated to premiere Sept. 28": a date given up
        if before and R.DENIED_PREMIERE.search(text, max(0, before[-1].start() - 10),
                                               before[-1].start()):
            continue  # "No new premieres, but Saturday …"
        if R.SOURCE_WORK_BEFORE.search(text, max(0, start - 120), start):
            continue  # "adapted from the game first released in 2018": the game's year
        clause = text[max(0, start - 200) : start].split(";")[-1]
        if R.DECISION_BEFORE.search(clause):
            continue  # "A decision on a fourth season is expected in June": no premiere
        if (not use_parts and R.LATER_PART.search(clause)) or later_volume:
            continue  # "Part 2 arrives in June"; "sets June 5 for the back half of season 2"
        out.append(
            _DateCandidate(
                match,
                _season_before(text, start, use_parts),
                _season_after(text, end, use_parts),
                _tense(text, _clause_start(text, window, start), end),
                position == len(found),
            )
        )
    return tuple(out)


def _dates(
    sentence: Sentence,
    owner: SeriesFacts,
    ctx: _Context,
    recent_season: int | None,
    use_parts: bool,
) -> None:
    """A premiere date in a sentence with a premiere trigger dates the season it talks about."""
    text = sentence.text
    if _scan(text).first(R.CONDITIONAL):
        return
    anchor = ctx.parsed.article.date_published
    theirs = _others_seasons(text, owner.name, ctx.names, use_parts)
    others = bool(_other_work_titles(text))
    for candidate in _date_candidates(text, use_parts):
        match = candidate.match
        number = candidate.season_before
        if number is None:
            number = candidate.season_after
        if theirs is not None and (number is None or number in theirs):
            continue  # another show is named: only a date tied to one of our seasons is ours
        if _named_only_in_a_later_clause(text, match.start(), owner):
            continue
        if number is None and owner.seasons and _scan(text).first(R.UPCOMING):
            number = max(owner.seasons)  # "the new season is expected in 2026"
        stated = number is not None
        if number is None:
            number = recent_season
        if number is None and _season_hits(text, use_parts):
            continue  # "one of 2020's most popular additions …, following the premiere of its
            # sophomore season": this sentence names a season, but not next to this date
        if number is None:
            number = _only_season(owner) if owner.seasons else _first_season(ctx)
        if number is None:
            return
        known = owner.seasons.get(number)
        if (
            not stated
            and number > 1
            and known is not None
            and known.status in ("renewed", "announced", "in production")
            and not ctx.revival
            and candidate.tense != "past"  # "debuted in 2020" is `_debut`'s
            and R.SERIES_DEBUT.search(text, max(0, match.start() - 90), match.start())
        ) or (
            not stated
            and number > 1
            and not ctx.revival
            and R.SHOW_DEBUT_BEFORE.search(text, max(0, match.start() - 20), match.start())
            and R.SHOW_DEBUT_AFTER.match(text, match.end())
        ):  # "The series premieres October 6", "ahead of the show's April 19 debut"
            number, known = 1, owner.seasons.get(1)
        if (
            not stated
            and candidate.tense == "past"
            and known is not None
            and known.status in ("renewed", "announced", "in production")
        ):
            continue  # "premiered in April" is not the premiere of the season just renewed
        if candidate.last and known is not None and known.start_date is not None:
            return  # whatever the date, nothing would change: skip dateparser (~1-2 ms)
        if others and _fact_of_another_work(text, match.start(), owner):
            continue  # "was turned into a Peacock series in 2023" after "Its podcast Dead Air"
        if match[0].lower() in ("today", "tomorrow") and ctx.entries:
            continue  # "TUESDAY, OCT. 15 … The first two episodes drop today"
        value = resolve(match[0], anchor, candidate.tense)
        if not value:
            continue
        season = owner.seasons.setdefault(number, SeasonFacts(number))
        if season.start_date is None:
            ev = _ev("date.premiere", sentence, match)
            season.start_date = value
            season.date_evidence = ev
            if not season.evidence:
                season.evidence.append(ev)
        return


def _season_after(text: str, position: int, use_parts: bool) -> int | None:
    """"An October 17 premiere date for the third season": the season right after the date,
    unless a word like "after" or "since" puts it in another time ("… after the Season 2 run")."""
    later = [hit for hit in _season_hits(text, use_parts) if hit[2] >= position]
    if not later:
        return None
    number, _, start, _ = min(later, key=lambda hit: hit[2])
    gap = text[position:start]
    if len(gap) > 60 or re.search(r"\b(?:after|since|following|before|than|ago|unlike)\b", gap):
        return None
    return number


def _season_before(
    text: str, position: int, use_parts: bool, skip_time_points: bool = False
) -> int | None:
    """The season named last in the 200 characters before a position in a sentence; with
    `skip_time_points`, not one named as a point in time ("Season 4 picks up after the season 3
    finale, with A (B)": A is in season 4). A date keeps it: "after season 2 premiered on …"."""
    earlier = [
        (hit[2], hit[0])
        for hit in _season_hits(text, use_parts)
        if hit[3] <= position and hit[2] >= position - 200
        and not (skip_time_points
                 and R.TIME_POINT_BEFORE.search(text, max(0, hit[2] - 20), hit[2]))
    ]
    return max(earlier)[1] if earlier else None
