"""Extraction rules as data: name patterns, phrasing rules, trigger words and gazetteers.

Every phrasing rule has a unique name, the fact kind it yields and an example sentence of our
own with the values it must produce; `tests/test_rules.py` runs every example. Adding a phrasing
is one `Rule(...)` line here plus its example. Patterns use placeholders ({PERSON}, {PERSONS},
{CHAR}, {TITLE}, {PLACE}, {ORG}, {ROLE}) expanded once at import; quantifiers are bounded and
possessive where it matters, so no input makes a rule backtrack catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from .cache import compile_regex

# ---------------------------------------------------------------- name building blocks
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WORD = rf"(?:[{_UP}]\.|[{_UP}](?>(?:(?>[\w\-]+)|[’'](?=\w)(?!s\b))*))"
_PARTICLE = r"(?:de|da|del|della|di|do|dos|du|van|von|der|den|le|la|bin|al|ter|St\.)"
_SP = r"[ \u00a0]"
_PERSON = rf"{_WORD}(?:{_SP}(?:{_PARTICLE}{_SP}){{0,2}}{_WORD}){{1,3}}(?:,?{_SP}(?:Jr\.|Sr\.|II|III))?"
_PERSON_OR_MONONYM = rf"{_WORD}(?:{_SP}(?:{_PARTICLE}{_SP}){{0,2}}{_WORD}){{0,3}}"
_NICK = r"[\"“‘'][^\"”’'\s][^\"”’']{0,24}[\"”’']"
_CHAR_WORD = rf"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sgt|Lt|Capt|Det|Insp|St|Fr|Cpl|Const|Cst|Supt|Cmdr|Col|Maj|Gen|Pvt|Rev)\.|{_WORD}|{_NICK}|II|III|IV)"
_CHAR = rf"{_CHAR_WORD}(?:{_SP}(?:(?:of|the|de|von|van){_SP})?{_CHAR_WORD}){{0,4}}"
_SMALL = r"(?:of|the|and|a|an|in|on|to|for|at|with|from|&|or|vs\.|de|del|la|las|los|el|di|da|du|des|le|les)"
_TITLE_WORD = rf"(?:I’ve|I've|[{_UP}0-9](?>(?:(?>[\w\-!?+]+)|\.(?=\w|{_SP}[{_UP}])|[’'](?=\w)(?!s\b)|[’']s(?={_SP}[{_UP}]))*))"
_TITLE = rf"{_TITLE_WORD}(?:(?:{_SP}{_SMALL})*{_SP}{_TITLE_WORD}|,{_SP}[{_UP}](?>[\w’'\-]*)|:{_SP}{_TITLE_WORD}){{0,7}}"
_QUOTED = (
    r"(?<![\w’'])[\"“‘'](?P<quoted>[A-Z0-9À-Þ](?:[^\"”’'‘\n]|[’'](?=\w)){1,60}?)[\"”’'‘](?!\w)"
)
_LIST_SEP = rf"(?:,{_SP}(?:and{_SP})?|{_SP}and{_SP}|;{_SP}(?:and{_SP})?)"
_PERSONS = rf"{_PERSON_OR_MONONYM}(?:{_LIST_SEP}{_PERSON_OR_MONONYM}){{0,30}}"
_PLACE_WORD = rf"(?:(?:St|Ste|Mt|Ft)\.(?={_SP}[{_UP}])|[{_UP}](?>(?:(?>[\w’'\-]+)|\.(?=\w))*))"
_PLACE = rf"{_PLACE_WORD}(?:{_SP}{_PLACE_WORD}){{0,3}}(?:,{_SP}{_PLACE_WORD}(?:{_SP}{_PLACE_WORD}){{0,2}})?"
_ORG = rf"{_TITLE_WORD}(?:{_SP}(?:&{_SP}|and{_SP}|of{_SP})?{_TITLE_WORD}){{0,5}}"
_CREW_ROLE = (
    r"(?:co-?|executive[ -])?(?:showrunners?|show[ -]runners?|creators?|executive[ -]produc(?:ers?|es|ed)"
    r"|EPs?|directors?|writers?|head[ -]writers?)"
)
_ROLE_LIST = rf"{_CREW_ROLE}(?:(?:,{_SP}|,?{_SP}and{_SP}|/){_CREW_ROLE}){{0,4}}"

PLACEHOLDERS = {
    "{PERSONS}": _PERSONS,
    "{PERSON}": _PERSON,
    "{MONONYM}": _PERSON_OR_MONONYM,
    "{CHAR}": _CHAR,
    "{TITLE}": _TITLE,
    "{QUOTED}": _QUOTED,
    "{PLACE}": _PLACE,
    "{ORG}": _ORG,
    "{ROLES}": f"(?i:{_ROLE_LIST})",
    "{SP}": _SP,
}


def words(text: str) -> frozenset[str]:
    """A whitespace-separated word list → a set, so long gazetteers stay readable."""
    return frozenset(text.split())


def expand(template: str) -> str:
    """Replace {PLACEHOLDER}s with their sub-patterns."""
    for key, value in PLACEHOLDERS.items():
        template = template.replace(key, value)
    return template


# Non-ASCII characters that lowercase to, or match case-insensitively, an ASCII letter; the
# no-break space becomes a space, as `{SP}` accepts both.
_PREFILTER_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k",
                                 "\u00a0": " "})


def lowered(text: str) -> str:
    """The text as `Rule.needs` prefilters read it: lowercase, no-break spaces as spaces.

    Every ASCII substring of `text` appears, lowercased, in the result, and so does every
    substring a case-insensitive pattern can match as ASCII letters (re folds "ſ" with "s",
    "ı" and "İ" with "i", the Kelvin sign with "k"), so a prefilter never hides a match.
    """
    return (text if text.isascii() else text.translate(_PREFILTER_FOLD)).lower()


# What a case-insensitive pattern treats as the same ASCII letter, one character for one.
_CASE_FOLD = {char: fold for char, fold in _PREFILTER_FOLD.items() if fold != " "}


def folded(text: str) -> str:
    """Lowercase text with every character where it was (İ is the one character whose
    lowercase is longer; it becomes "i"), so spans found in it are spans of `text`."""
    return (text if text.isascii() else text.translate(_CASE_FOLD)).lower()


class Folded:
    """A case-insensitive pattern run case-sensitively over `folded(text)`.

    With `re.IGNORECASE`, `re` tries every alternative of a word list at every position as a
    case-insensitive comparison; over folded text the same pattern runs 3-4x faster and finds
    the same spans (`tests/test_rules.py` checks it against `re.I`). Written in lowercase only,
    which the constructor checks. The matches come from the folded text: read their positions,
    not their text.
    """

    __slots__ = ("pattern", "regex")

    def __init__(self, source: str) -> None:
        if any(char.isupper() for char in source):
            raise ValueError(f"a Folded pattern is written in lowercase: {source[:60]!r}")
        self.pattern = source
        self.regex = compile_regex(source)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(folded(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(folded(text))


AnyPattern = re.Pattern[str] | Folded


@dataclass(frozen=True)
class Rule:
    """One phrasing: its named groups say what it yields (actor, character, person, …).

    `needs` is the rule's prefilter: lowercase substrings of which every match contains at
    least one (in `lowered` form); a sentence holding none of them is not searched at all.
    Empty means "always search". `also_needs`, when given, is a second such list that must
    be met too ("season" and "for its"). `tests/test_rules.py` checks each example passes.
    """

    name: str
    kind: str
    template: str
    example: str
    expect: dict[str, str] = field(default_factory=dict)
    flags: int = 0
    needs: tuple[str, ...] = ()
    also_needs: tuple[str, ...] = ()

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return compile_regex(expand(self.template), self.flags)

    def applies(self, low: str) -> bool:
        """Whether the prefilter lets a sentence (given as `lowered(text)`) through."""
        return passes(self.needs, low) and passes(self.also_needs, low)


def passes(needs: tuple[str, ...], low: str) -> bool:
    """A prefilter: no words, or one of them in the `lowered` text. A plain loop, ~2x cheaper
    than any() over a generator; it runs for every rule on every new sentence."""
    for word in needs:
        if word in low:
            return True
    return not needs


# ------------------------------------------------------------------------------ cast
_CAST_VERB = (
    r"(?:(?:will|would|is set to|are set to|is|are|has|have|had|also|has been|have been|was|were"
    r"|reportedly|to|not|tapped{SP}to|been{SP}tapped{SP}to|set{SP}to){SP})*"
    r"(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voices?|voiced|star(?:s|red|ring)?{SP}as"
    r"|essays?|appear(?:s|ed)?(?:{SP}in{SP}\w+{SP}roles?)?{SP}as|(?:has|have|had|lands?|landed)(?:{SP}"
    r"(?:a|an|the))?(?:{SP}[\w\-]+){0,2}{SP}roles?{SP}as|cast{SP}as|join(?:s|ed)?{SP}(?:the{SP}"
    r"(?:cast|series|show){SP})?as|return(?:s|ed)?{SP}as|return(?:s|ed)?{SP}to{SP}(?:the|her|his|their){SP}role{SP}of|reprise[sd]?{SP}(?:his|her|their){SP}"
    r"roles?{SP}as|take[sn]?{SP}on(?:{SP}the{SP}role{SP}of)?|(?:is|are){SP}set{SP}as"
    r"|comes{SP}(?:to{SP})?the{SP}series{SP}as|rounds?{SP}out{SP}[^.;]{0,60}?{SP}as|leads?(?:{SP}the{SP}"
    r"(?:cast|series|show|ensemble|(?:new|next|second|third|fourth|final){SP}season))?{SP}as"
    r"|(?:is|are){SP}back{SP}as|take[sn]?{SP}over{SP}the{SP}(?:part|role){SP}of|join(?:s|ed)?(?:{SP}[\w\-]+){1,4}?{SP}as|recur(?:s|ring)?{SP}as|guest[- ]stars?{SP}as|lands?{SP}the{SP}role{SP}of"
    r"|landed{SP}the{SP}role{SP}of|in{SP}the{SP}role{SP}of|comes?{SP}on{SP}board"
    r"(?:{SP}[\w\-]+){0,3}?{SP}as|as)"
)
_CREDIT = r"(?:{SP}\((?P<credit>[^()]{1,80})\))?"

CAST_RULES: tuple[Rule, ...] = (
    Rule(
        "cast.actor_verb_character",
        "cast",
        r"(?P<actor>{MONONYM})"
        + _CREDIT
        + r",?{SP}(?:who{SP})?"
        + _CAST_VERB
        # passive: "Mara Holt, played since the pilot by Ana Ruiz" names the actor after "by"
        + r"(?!(?:{SP}[a-z][\w\-]*){0,4}{SP}by\b){SP}(?:the{SP}role{SP}of{SP})?"
        r"(?:(?:the|a|an|his|her|their){SP}[a-z][\w\-’' ]{0,60}?,?{SP}|[A-Z]\w+[’']s{SP}(?:[a-z][\w\-]*{SP}){1,3}|(?:[a-z][\w\-]*{SP})"
        r"{1,4}(?=[A-Z][a-z]))?(?P<character>{CHAR})(?=[,.;:)!?]|$|{SP}(?:in|on|for|and|who|with|from|at|to|as"
        r"|during|when|while|until|after|before|opposite|alongside|across|through|—|–|-|is|was|will|has|the"
        r"|a|an|\()\b)",
        "Maribel Okafor will play Captain Idris Vane in the new season.",
        {"actor": "Maribel Okafor", "character": "Captain Idris Vane"},
        needs=("play", "portray", "voice", "essay", " as ", "take", "role of"),
    ),
    Rule(
        "cast.actor_appositive_joins_as",
        "cast",
        r"(?P<actor>{MONONYM}),{SP}[^,()]{1,80},{SP}(?:will{SP}|also{SP}|has{SP})*(?:join(?:s|ed)?{SP}(?:the{SP}(?:cast|series|show)"
        r"(?:{SP}of{SP}[^,.;()]{1,60}?)?{SP})?as|plays|portrays|stars{SP}as|has{SP}been{SP}cast{SP}as|is{SP}cast{SP}as|will{SP}play|returns{SP}as)"
        r"{SP}(?:(?:the|a|an|his|her|their){SP}[a-z][\w\-’' ]{0,60}?,?{SP}|(?:[a-z][\w\-]*{SP}){1,4}(?=[A-Z][a-z]))?"
        r"(?P<character>{CHAR})",
        "Lena Ortiz, a stage veteran, joins the cast as Nell Arden.",
        {"actor": "Lena Ortiz", "character": "Nell Arden"},
        needs=("play", "portray", " as "),
    ),
    Rule(
        "cast.actor_appositive_who_plays",
        "cast",
        r"(?P<actor>{PERSON}),{SP}(?:the|a|an){SP}[^,()]{1,60}?{SP}who{SP}(?:plays|portrays|voices|played)"
        r"{SP}(?:(?:[a-z0-9][\w\-]*{SP}){1,3}(?=[A-Z][a-z]))?(?P<character>{CHAR})",
        "Lena Ortiz, the lead star who plays 30-year-old Nell Arden, returns.",
        {"actor": "Lena Ortiz", "character": "Nell Arden"},
        needs=("who play", "who portray", "who voice"),
    ),
    Rule(
        "cast.role_of",
        "cast",
        r"(?P<actor>{PERSON})(?:,{SP}[^,()]{1,80},)?{SP}(?:[a-z]+{SP}){1,3}(?:the|a){SP}(?:[\w\-]+{SP}){0,3}"
        r"role{SP}of{SP}(?P<character>{CHAR})",
        "Nadia Brook steps into the recurring role of Hester Vale.",
        {"actor": "Nadia Brook", "character": "Hester Vale"},
        needs=("role of ",),
    ),
    Rule(
        "cast.character_played_by_actor",
        "cast",
        r"(?P<character>{CHAR})(?:,{SP}[^,()]{1,80},)?,?{SP}(?:(?:who|which){SP}(?:is|was|will{SP}be){SP}|(?:is|was|will{SP}be){SP})?"
        r"(?:(?:now|still|originally|first|later|previously){SP})?(?:played|portrayed|voiced)"
        r"(?:{SP}(?:since|from|in|throughout|for){SP}(?:[\w\-]+{SP}){0,2}[\w\-]+)?"
        r"{SP}by{SP}(?:(?:[a-z][\w\-]*|the|a|an){SP}){0,4}(?P<actor>{MONONYM})",
        "The role of Della Frost, played by Imogen Strand, returns for the finale.",
        {"actor": "Imogen Strand", "character": "Della Frost"},
        needs=("played", "portrayed", "voiced"),
        also_needs=(" by ",),
    ),
    Rule(
        "cast.played_by_unnamed",
        "cast",
        r"\b(?:is|are|was|were|will{SP}be){SP}(?:played|portrayed|voiced){SP}by{SP}(?:(?:[a-z][\w\-]*|the|a"
        r"|an){SP}){0,4}(?P<actor>{PERSON})",
        "The lighthouse keeper's widow is played by stage veteran Ines Marr.",
        {"actor": "Ines Marr"},
        needs=("played by", "portrayed by", "voiced by"),
    ),
    Rule(
        "cast.actor_who_plays_character",
        "cast",
        r"(?P<actor>{PERSON}),{SP}who{SP}(?:also{SP})?(?:plays|played|portrays|portrayed|voices)"
        r"{SP}(?P<character>{CHAR})",
        "Tomasz Reyes, who plays Finn Calloway, hinted at a darker turn.",
        {"actor": "Tomasz Reyes", "character": "Finn Calloway"},
        needs=(", who ",),
    ),
    Rule(
        "cast.character_paren_actor",
        "cast",
        r"(?P<character>{CHAR})(?:[’']s)?{SP}\((?P<actor>{PERSON})\)",
        "Della Frost (Imogen Strand) finally leaves the harbour town.",
        {"actor": "Imogen Strand", "character": "Della Frost"},
        needs=(" (",),
    ),
    Rule(
        "cast.possessive_character",
        "cast",
        r"(?<![\w’'])(?P<actor>{MONONYM})[’']s{SP}(?:character{SP}|role{SP}of{SP})?(?P<character>{CHAR})",
        "Okafor's Idris Vane is the heart of the season.",
        {"actor": "Okafor", "character": "Idris Vane"},
        needs=("'s ", "’s "),
    ),
)

# "A, B and C will play X, Y and Z, respectively" is handled by `RESPECTIVELY`.

# Cast lists without characters: a trigger, then (or before it) a list of names.
CAST_LIST_AFTER = compile_regex(
    r"(?:\bcast(?:{SP}members?)?(?:{SP}of{SP}[^,.;]{1,60}?)?{SP}(?:also{SP})?(?:includes?|are|is|will{SP}"
    r"(?:also{SP})?include|features?)|\b(?:also{SP})?(?:stars|starring|co-stars?)|\bstar(?:s|ring)?{SP}"
    r"(?:include|are)|\bled{SP}by|\bjoin(?:s|ed)?{SP}(?:by{SP})?(?:the{SP})?(?:cast(?:{SP}members?)?|stars?"
    r"|previously{SP}announced)|\bjoined{SP}by(?:{SP}cast{SP}members?)?|\breturning(?:{SP}[^,.;]{1,40}?)?"
    r"{SP}(?:are|include)|\b(?:the{SP})?likes{SP}of|\bcoming{SP}back[^,.;]{0,40}?{SP}are|\b(?:also{SP})?back"
    r"(?:{SP}for[^,.;]{0,40}?)?{SP}(?:are|is)|\bthe{SP}return"
    r"{SP}of|\b(?:ensemble|lineup){SP}(?:also{SP})?(?:includes?|features?)|\bseries{SP}regulars|\bCast:|\bnarrated"
    r"{SP}by|\bhosted{SP}by|\bjudges{SP}(?:are|include))"
    # "starring as customs chief Joost de Wit", "join the cast as Vivian Holt": a character
    r"(?!{SP}as\b)(?-i:(?:{SP}(?:[a-z][\w\-]*|[A-Z][a-z]+{SP}"
    r"(?:winner|champion|nominee|star)){SP}?){0,4}):?{SP}".replace("{SP}", _SP),
    re.IGNORECASE,
)
CAST_LIST_BEFORE = Folded(
    r"(?:{SP}(?:have|has|had|will|would|are|is|were|was|also|all|both|been|set{SP}to|to|officially)){0,4}"
    r"{SP}(?:been{SP})?(?:added{SP}to{SP}the{SP}cast|(?:upped|promoted){SP}to{SP}(?:a{SP})?(?:series{SP})?regular|join(?:s|ed)?{SP}(?:the"
    r"{SP})?(?:cast|show|series|ensemble)|return(?:s|ing)?{SP}(?:to|for|as)(?!{SP}(?:the{SP})?(?:co-?)?(?:showrunner|executive|creator|director|writer"
    r"|producer|ep))|reprise|round{SP}out{SP}the"
    r"{SP}cast|star{SP}(?:in|as|alongside)\b|(?:been{SP})?cast{SP}(?:in|as)\b|narrated|star\b|in{SP}the{SP}cast"
    r"|(?:are|is)(?:{SP}again)?{SP}the{SP}(?:judges|hosts?|panel(?:ists)?)|are(?:{SP}also)?{SP}back\b"
    r"|(?:appears?|returns?|serves?|stars?){SP}as{SP}(?:a{SP}|the{SP})?(?:guest(?:{SP}star)?|host|narrator"
    r"|judge)"
    # "will add Ana Ruiz (Salt) and Tom Eke in undisclosed roles": names right before
    r"|in{SP}(?:(?:a|an){SP})?(?:undisclosed|unknown|unspecified|mystery|secret|recurring"
    r"|guest(?:-starring)?|series[ -]regular){SP}roles?\b)".replace(
        "{SP}", _SP
    )
)
CAST_LIST_AFTER_NEEDS = ("cast", "star", "led", "join", "return", "likes", "coming", "ensemble", "back",
                         "lineup", "regulars", "narrated", "hosted", "judges")
CAST_LIST_BEFORE_NEEDS = ("cast", "upped", "promoted", "join", "return", "reprise", "star", "back",
                          "appear", "serve", "narrated", "judges", "host", "panel", " role")
ROLE_KIND_WORDS = (
    ("series regular", compile_regex(r"\bseries[ -]regulars?\b|\bmain cast\b", re.I)),
    ("recurring", compile_regex(r"\brecurring\b|\brecurs?[ \u00a0]+as\b", re.I)),
    ("guest star", compile_regex(r"\bguest[ -]star|\bguest roles?\b|\bcameo", re.I)),
)

# ------------------------------------------------------------------------------ crew
CREW_ROLE_WORDS = (
    ("showrunner", compile_regex(r"show[ -]?run", re.I)),
    ("executive producer", compile_regex(r"executive[ -]produc|\bEPs?\b(?!\w)", re.I)),
    ("creator", compile_regex(r"\bcreat(?:or|ed)|co-?creator", re.I)),
    ("director", compile_regex(r"\bdirect(?:or|s|ed|ing)?\b", re.I)),
)
CREW_RULES: tuple[Rule, ...] = (
    Rule(
        "crew.role_before_names",
        "crew",
        r"(?<!-)(?<!co-executive )(?<!supervising )(?<!consulting )\b(?P<roles>{ROLES}):?{SP}(?:and{SP}"
        r"(?:writer|star){SP})?(?:(?:are|is|include|includes|will{SP}be|alongside|along{SP}with|with)"
        r"{SP})?(?P<persons>{PERSONS})",
        "The drama comes from creator Wren Adeyemi and showrunner Paulo Strand.",
        {"persons": "Wren Adeyemi"},
        needs=("runner", "creator", "produc", "director", "writer", "ep"),
    ),
    Rule(
        "crew.by_names",
        "crew",
        r"\b(?P<roles>(?i:created|executive[ -]produced|directed|co-created|co-showrun|showrun))(?:{SP}and"
        r"{SP}\w+(?:{SP}\w+)?)?{SP}by{SP}(?:(?:co-)?(?:showrunners?|creators?|executive{SP}producers?),?"
        r"{SP}|(?:novelist|author|writer|playwright|filmmaker|director|comedian|actor|actress|journalist"
        r"|[A-Z][\w\-]+{SP}native)"
        r"{SP})?(?P<persons>{PERSONS})",
        "The series was created by Wren Adeyemi and Paulo Strand.",
        {"persons": "Wren Adeyemi and Paulo Strand"},
        needs=("created", "produced", "directed", "showrun"),
    ),
    Rule(
        "crew.names_serve_as",
        "crew",
        r"(?P<persons>{PERSONS})(?:,{SP}(?:the|a|an){SP}[^,]{1,100},)?,?{SP}(?:who{SP})?(?:will{SP}|also"
        r"{SP}|continues?{SP}to{SP}|both{SP})*(?:(?:serves?|served|serving|continues?{SP}(?:her|his|their){SP}"
        r"roles?|returns?|continues?|takes?{SP}over|steps?{SP}in|(?:replaces?|replaced|replace)"
        r"{SP}[A-Z][^,;.]{1,40}?|(?:has{SP}been|have{SP}been|was|were|is|are){SP}(?:promoted|named"
        r"|tapped|hired|upped|brought{SP}on))(?:{SP}also)?{SP}(?:as|to)"
        r"|(?:remains?|is|are|was|were|will{SP}be)(?:{SP}also)?)"
        r"{SP}(?:the{SP}|an{SP}|a{SP})?(?:(?:show|series)[’']s?{SP})?(?P<roles>(?:\w+,?{SP}){0,3}{ROLES})(?!{SP}by\b)",
        "Paulo Strand serves as showrunner and executive producer.",
        {"persons": "Paulo Strand"},
        needs=("runner", "creator", "produc", "director", "writer", "ep"),
    ),
    Rule(
        "crew.names_appositive",
        "crew",
        r"(?P<persons>{PERSON}),{SP}(?:who{SP}(?:serves|served|is){SP}as{SP})?(?:the{SP}|its{SP})?"
        r"(?:show[’']s{SP}|series[’']{SP})?(?P<roles>(?:\w+,?{SP}){0,3}{ROLES})(?=[,.;]|{SP}(?:of|on|for|and)\b)",
        "Paulo Strand, the showrunner, said the finale was written first.",
        {"persons": "Paulo Strand"},
        needs=("runner", "creator", "produc", "director", "writer", "ep"),
    ),
    Rule(
        "crew.names_verb",
        "crew",
        r"(?P<persons>{PERSONS})(?:,{SP}who)?{SP}(?:also{SP}|will{SP}|to{SP})*(?P<roles>executive[ -]produces?"
        r"|created|co-created|direct(?:s|ed)?|will{SP}direct|co-showrun)\b(?!{SP}by)",
        "Wren Adeyemi created the series and Ilse Varga will direct.",
        {"persons": "Wren Adeyemi"},
        needs=("produce", "created", "direct", "showrun"),
    ),
)
CREW_ALONGSIDE = compile_regex(expand(r"\b(?:alongside|along{SP}with|with){SP}(?P<persons>{PERSONS})"))
# After "with B": B's own part is said next ("with B serving as showrunner", "directed by A,
# with C producing"), so B does not share the credit before.
OWN_ROLE_AFTER = compile_regex(
    r",?\s+(?:serving|who|as|is|are|will|(?:co-|executive[ -])?producing|writing|starring|hosting"
    r"|narrating|composing|consulting)\b")

# --------------------------------------------------------------------------- seasons
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "sophomore": 2,
    "twenty-first": 21,
    "twenty-second": 22,
}
_NUM = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
_ORD = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"

SEASON_RULES: tuple[Rule, ...] = (
    Rule(
        "season.word_number",
        "season",
        r"\b[Ss]easons?{SP}(?P<number>" + _NUM + r")\b(?![.,]\d)",
        "Season 2 is in production.",
        {"number": "2"},
        re.IGNORECASE,
        needs=("season",),
    ),
    Rule(
        "season.ordinal",
        "season",
        r"\b(?P<ordinal>" + _ORD + r"),?(?:{SP}and{SP}(?:final|last),?"
        r")?(?:[ -]and[ -]final)?{SP}(?:and{SP}final{SP})?(?:season|series)\b",
        "The show returns for its third season.",
        {"ordinal": "third"},
        re.IGNORECASE,
        needs=("season", "series"),
    ),
    Rule(
        "season.short",
        "season",
        r"\bS(?P<number>\d{1,2})\b(?!\s*E\d)",
        "Check the S3 trailer.",
        {"number": "3"},
        needs=tuple(f"s{digit}" for digit in range(10)),
    ),
    Rule(
        "season.british_series",
        "season",
        r"\b[Ss]eries{SP}(?P<number>" + _NUM + r")\b(?![.,]\d)",
        "Series 3 arrives on BBC One.",
        {"number": "3"},
        needs=("series ",),
    ),
    Rule(
        "season.range",
        "season",
        r"\b[Ss]easons{SP}(?P<number>" + _NUM + r"){SP}(?:and|through|to|-)"
        r"{SP}(?P<last>" + _NUM + r")\b",
        "Seasons one and two are streaming.",
        {"number": "one", "last": "two"},
        needs=("seasons ",),
    ),
    Rule(
        "season.first_n",
        "season",
        r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)(?:{SP}(?:show|series)[’']s)?{SP}first{SP}"
        r"(?P<last>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}){SP}seasons\b",
        "The first two seasons were shot in Wales.",
        {"last": "two"},
        needs=("first ",),
    ),
)
# "Season 6, Part 1" or "the second part of season 5": parts split a season, not seasons.
SPLIT_SEASON = compile_regex(
    r"\b[Ss]eason\s+(?:\d{1,2}|[a-z]+)\W{0,3}\s*[Pp]arts?\s+\w+"
    r"|\b(?:[Pp]art\s+\w+|\w+\s+(?:half|part))\s+of\s+(?:the\s+)?(?:\w+\s+)?season\b"
    r"|\b[Pp]arts?\s+\w+\s+of\s+[Ss]eason\s+\w+"
)
# Every match holds "season" and one of "part", "half" (in `lowered` form): the whole-article
# search is skipped without them. ("art" alone let through nine articles in ten: "start".)
SPLIT_SEASON_NEEDS = ("part", "half")
PART_RULE = Rule(
    "season.part",
    "season",
    r"\b[Pp]arts?{SP}(?P<number>" + _NUM + r")(?:{SP}and{SP}(?P<last>" + _NUM + r"))?\b",
    "Part 3 lands in October.",
    {"number": "3"},
    needs=("part",),
)

# ------------------------------------------------------------------------------ status
STATUS_TRIGGERS = (
    (
        "cancelled",
        compile_regex(
            r"\b(?:cancel(?:l)?ed|axed|not be renewed"
            # "will not return" says so of the show, not of an actor leaving it
            r"|(?:show|series|drama|comedy|sitcom|thriller|it)\s+will\s+not\s+return\s+for)\b",
            re.I,
        ),
    ),
    (
        "renewed",
        compile_regex(
            r"\b(?:renew(?:ed|al|s)|recommission(?:ed|s)?|picked{SP}up{SP}for|greenlit)\b".replace(
                "{SP}", _SP), re.I
        ),
    ),
    (
        "in production",
        compile_regex(
            r"\b(?:in{SP}production|(?:began|begun|begins|started|starts|start|kicked{SP}off|underway|under"
            r"{SP}way|entered)\s+(?:\w+\s+){0,5}?(?:production|filming|shooting)|(?:production|filming|shooting)"
            r"{SP}(?:is|has|began|begun|started|kicked|on(?![^.;]{0,60}\b(?:will|expected|set{SP}to|slated|scheduled|planned|due)\b)|officially|began|underway"
            r"|under)|currently"
            r"{SP}(?:filming|shooting))\b".replace("{SP}", _SP),
            re.I,
        ),
    ),
    (
        "premiered",
        compile_regex(
            r"\b(?:premiered|debuted|is{SP}(?:now{SP})?streaming|catch{SP}up{SP}on"
            r"|watch{SP}season|now{SP}streaming|aired|released"
            # "released the first trailer for season 2" releases no season
            r"(?!{SP}(?:(?:the|a|an|its|their|two|three){SP})?(?:[a-z]+{SP}){0,2}(?:trailer|teaser"
            r"|poster|images|photos|first{SP}look|clip|footage|key{SP}art)s?\b))\b".replace("{SP}", _SP),
            re.I,
        ),
    ),
    (
        "announced",
        compile_regex(
            r"\b(?:announced|ordered|series{SP}order|in{SP}development)\b".replace("{SP}", _SP),
            re.I,
        ),
    ),
)
PREMIERE_TRIGGER = Folded(
    r"\b(?:premieres?|premiered|premiering|debuts?|debuted|debuting|returns?|returning|arrives?|arriving"
    r"|drops?|dropping|launch(?:es|ed|ing)?|bows?|hits?|hitting|release(?:s|d)?|coming|comes|lands?"
    r"|streaming|stream|back|out|air(?:s|ed|ing)?|begins?|began|run{SP}since|kicks{SP}off|came{SP}out"
    r"|comes{SP}out|expected|slated|due)\b"
    r"|release{SP}date|set{SP}to{SP}(?:premiere|debut|return)".replace("{SP}", _SP)
)
PREMIERE_TRIGGER_NEEDS = (
    "premier", "debut", "return", "arriv", "drop", "launch", "bow", "hit", "release", "coming",
    "comes", "land", "stream", "back", "out", "air", "begin", "began", "run", "kicks", "came",
    "expected", "slated", "due", "set",
)
# A date that opens a range ("new shows arriving July 14-20", "May 3 to 9") is a week of
# listings, not a premiere.
DATE_RANGE_AFTER = compile_regex(
    r"[ \u00a0]?(?:[-–][ \u00a0]?|(?:to|through|thru|until)[ \u00a0])\d{1,2}\b(?![:.]\d)"
    r"(?![ \u00a0]*(?:[ap]\.?m\b|episodes?\b|new\b|hours?\b))")
# A start verb whose subject is the shoot: "Production on the first season is set to begin in
# April" dates the shoot, however far "Production" stands from "begin" ("begins airing" does not).
START_VERB = compile_regex(r"(?:begins?|began|kicks{SP}off)(?!{SP}(?:airing|streaming|its{SP}run))".replace("{SP}", _SP), re.I)
SHOOT_SUBJECT = compile_regex(
    r"(?:^|[;:]\s+)[\"“‘']?(?:principal\s+photography|production|filming|shooting|the\s+shoot)\b", re.I)
# The whole show's first airing: "The series premieres Monday, October 6" dates season 1 even
# in a story about the renewal of season 2.
SERIES_DEBUT = compile_regex(
    r"\b(?:(?:[Tt]he|[Ii]ts)[ \u00a0](?:series|show)[ \u00a0](?:(?:will|is[ \u00a0]set[ \u00a0]to)[ \u00a0])?"
    r"(?:premiere[sd]?|debut(?:s|ed)?)|series[ \u00a0](?:premiere|debut))\b[^.;]{0,60}$")
# "ahead of the show's April 19 debut": the date of the whole show's first airing.
SHOW_DEBUT_BEFORE = compile_regex(r"\b(?:[Tt]he|[Ii]ts)[ \u00a0](?:show|series)(?:[’']s?)?[ \u00a0]$")
SHOW_DEBUT_AFTER = compile_regex(r"[ \u00a0](?:series[ \u00a0])?(?:debut|premiere|launch)\b")
NOT_PREMIERE = Folded(
    r"\b(?:finale|production|filming|shoot|shooting|wrap(?:s|ped)?|renew(?:ed|al)|announc(?:ed|ement)"
    # the start of the shoot, a fans' campaign: "principal photography begins April 22"
    r"|photography|cameras|rehearsals?|table{SP}read|campaign|petition|hashtag"
    r"|red{SP}carpet|premiere{SP}(?:event|party|screening)|attend|award|died|birthday|engaged|trailer|teaser|box{SP}office|tour|confirm(?:ed|s)?|passed{SP}away"
    r"|premiere{SP}at{SP}the|reported|said|told"
    # a festival screening, not the release: "ahead of an SXSW world premiere in March"
    r"|(?:festival|sxsw|tribeca|sundance|berlinale|canneseries|series{SP}mania)(?:{SP}[\w&+\-]+)"
    r"{0,3}?{SP}(?:world{SP}|international{SP}|european{SP}|north{SP}american{SP})?(?:premiere"
    r"|screening|debut)|premiere{SP}at{SP}(?:sxsw|tribeca|sundance|berlinale|canneseries|series"
    r"{SP}mania)"
    # a premiere in one country only: "its US debut on PBS on March 2"
    r"|(?:us|u\.s\.|uk|u\.k\.|american|british|canadian|australian){SP}(?:debut|premiere|bow|launch)"
    # things released that are not the show: "figures released Monday", "a statement released"
    r"|figures|ratings|data|numbers|statement|viewership|poster|photos|images|footage|clips?"
    r"|soundtrack|album|(?:lead|new|debut){SP}single|decision|decide[sd]?|verdict|convicted|trial"
    r"|arrested|murdered"
    # an audio release, not a TV premiere: "a follow-up season released on Spotify in March"
    r"|spotify|apple{SP}podcasts|audible"
    r"|cancell?ed|canceled|axed|previously|formerly"
    # a remake's original: "The original, which aired on DR1 beginning in 2019"
    r"|the{SP}original,|the{SP}original{SP}(?:version|series|show|run)"
    # the end of a season, a chart week: "closed out its third season Sunday", "the week of May 5"
    r"|closed{SP}out|wrapped{SP}up|concluded|ended|final{SP}episode|week{SP}of|rankings|chart"
    # a later episode's date is not the season's start: "episode 6 arrives November 17"
    r"|episode{SP}(?:[2-9]|\d\d|two|three|four|five|six|seven|eight|nine|ten)"
    # one episode, not the first: "In the episode, which aired February 10, …"
    r"|episode(?<!-episode)(?<!first{SP}episode)(?<!opening{SP}episode)(?<!premiere{SP}episode)"
    r"(?<!pilot{SP}episode)(?<!debut{SP}episode)(?!{SP}(?:1|one)\b))\b".replace("{SP}", _SP)
)
# A sentence about one episode: "The episode, titled "Curb Appeal," airs Wednesday, Jan. 10" dates
# that episode, however far its subject stands from "airs" ("The first episode" is the premiere).
EPISODE_SUBJECT = compile_regex(
    r"(?:The|This|That|Tonight[’']s|Next[ \u00a0]week[’']s)[ \u00a0](?:(?:new|next|latest|upcoming"
    r"|special|holiday|guest)[ \u00a0])?(?:episode|installment|instalment)\b(?![ \u00a0](?:1|one)\b)")
# A finale or a single episode right before "aired": "The season 5 finale, which aired
# Sunday" premieres no season.
ONE_EPISODE_BEFORE = compile_regex(
    r"\b(?:finale|episode(?<!-episode)(?<!first episode)(?<!opening episode)"
    r"(?<!premiere episode)(?<!pilot episode)(?<!debut episode))\b"
    r"(?![ \u00a0](?:1|one)\b)[^.;]{0,40}$", re.I)
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Every alternative starts at a word start or at a month's or weekday's capital; the guard in
# front says so, and `re` then skips the nine alternatives inside words (~1.5x faster).
DATE_EXPRESSION = compile_regex(
    r"(?=\b|[JFMASONDTWS])(?:"
    rf"(?:\b(?:on|last|this|next){_SP})?(?:{_WEEKDAY},?{_SP})?{_MONTH}{_SP}\d{{1,2}}(?:st|nd|rd|th)?(?:,?{_SP}\d{{4}})?\b"
    rf"|(?:\b(?:on|last|this|next){_SP})?(?:{_WEEKDAY},?{_SP}(?:the{_SP})?)?\b\d{{1,2}}(?:st|nd|rd|th)?{_SP}(?:of{_SP})?{_MONTH}(?:,?{_SP}\d{{4}})?\b"
    rf"|\b(?:(?:early|late|mid)[- ])?{_MONTH}(?:{_SP}(?:of{_SP})?\d{{4}})\b"
    rf"|\b(?:in|this|next|during|for|until){_SP}(?:early{_SP}|late{_SP})?{_MONTH}\b(?!,?{_SP}\d)"
    rf"|(?<!each )(?<!every )\b(?:(?:on|this|next|last){_SP})?{_WEEKDAY}\b"
    rf"|\b(?:next|this){_SP}week\b|\btomorrow\b|\btoday\b"
    rf"|\b(?:spring|summer|fall|autumn|winter){_SP}(?:of{_SP})?\d{{4}}\b"
    rf"|\b(?:in|until|of|since|by|for|early|late){_SP}(?P<year>(?:19|20)\d\d)\b"
    rf"|\b(?P<lead_year>(?:19|20)\d\d)(?=[’']s{_SP}most|{_SP}premiere))",
)
DATE_EXPRESSION_NEEDS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day",
    "week", "tomorrow", "spring", "summer", "fall", "autumn", "winter", "19", "20",
)
# "an October 17 premiere", "confirms 8 March premiere": a date in front of a TV word is not
# a title, written month first or day first.
DATE_LIKE_TITLE = compile_regex(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _MONTH + "|" + _WEEKDAY + r"|(?:19|20)\d\d)\b"
)
DEBUT_SEASON_ONE = compile_regex(
    r"\b(?:(?:originally|first|initially)\s+)?(?:premiered|debuted|began|launched|bowed)\s+(?:on\s+\w+\s+)?"
    r"(?:back\s+)?(?:in|on)\s+(?P<date>(?:" + _MONTH + r"\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d)\b"
    r"|\b(?:has\s+)?run\s+since\s+(?P<since>(?:19|20)\d\d)\b"
    # "has been a steady performer since its debut in 2024"
    r"|\bsince\s+its\s+(?:series\s+)?(?:debut|premiere|launch)\s+in\s+(?P<debut>(?:"
    + _MONTH + r"\s+)?(?:19|20)\d\d)\b",
    re.I,
)
DEBUT_SEASON_ONE_NEEDS = ("premiered", "debut", "began", "launch", "bowed", "run", "premiere")

# -------------------------------------------------------------------- places / filming
_PLACES = (
    r"(?P<places>{PLACE}(?:(?:,{SP}(?:and{SP}|especially{SP}|including{SP}|mainly{SP})?|,?{SP}"
    r"(?:and|especially|including|mainly)(?:{SP}(?:across|around|in))?(?:{SP}the)?{SP}){PLACE}){0,5})"
)
FILMING_RULES: tuple[Rule, ...] = (
    Rule(
        "location.filming_in",
        "location",
        r"\b(?:(?i:film(?:ed|ing|s)?)(?:{SP}(?:is|was|has{SP}been)(?:{SP}now)?{SP}(?:underway|under{SP}way"
        r"|ongoing|taking{SP}place))?|shot|shoot(?:ing|s)?|in{SP}production|(?i:production|filming|shooting)(?:{SP}(?:on|of)"
        r"{SP}[^,.;]{1,60}?)?{SP}(?:is{SP}|was{SP}|will{SP})?(?:under{SP}way|underway|began|begun|begins"
        r"|begin|started|starts|start|kicked{SP}off|taking{SP}place|takes{SP}place|take{SP}place|(?:was|is)"
        r"{SP}(?:carried{SP}out|based|done)(?:{SP}in{SP}its{SP}entirety)?)(?:{SP}(?:last|this|next){SP}(?:week|"
        r"month|year)|{SP}(?:on{SP})?\w+day|{SP}in{SP}(?:early{SP}|late{SP}|mid-)?" + _MONTH
        + r"(?:{SP}\d{4})?)?|(?:moved|relocated|shifted){SP}production|(?:began|begun"
        r"|started|start|begins)(?:{SP}\w+){0,4}?{SP}(?:production|filming|shooting)(?:{SP}on{SP}(?:its|the)"
        r"{SP}\w+{SP}season)?)(?:{SP}(?:\w+ly|again|on{SP}location|primarily|mostly|mainly|largely|entirely))?"
        r"{SP}(?:in|across|throughout|around|to){SP}(?:and{SP}around{SP})?(?:the{SP}city{SP}of{SP})?"
        + _PLACES
        + r"(?:,?{SP}before{SP}moving{SP}to{SP}(?P<more>{PLACE}(?:(?:,{SP}|,?{SP}and{SP}){PLACE}){0,3}))?",
        "Production on the second season is under way in Vancouver, British Columbia.",
        {"places": "Vancouver, British Columbia"},
        needs=("film", "shot", "shoot", "production"),
    ),
    Rule(
        "location.filming_locations_include",
        "location",
        r"\b(?i:filming){SP}locations?{SP}(?:include|includes|are|is|were|was)(?:{SP}the{SP}city{SP}of)?{SP}"
        + _PLACES,
        "Filming locations include Galway and Cork.",
        {"places": "Galway and Cork"},
        needs=("filming location",),
    ),
    Rule(
        "location.in_place_to_shoot",
        "location",
        r"\bin{SP}" + _PLACES + r"{SP}to{SP}(?:shoot|film)\b",
        "The crew set up camp in Wicklow to shoot the finale.",
        {"places": "Wicklow"},
        needs=(" to shoot", " to film"),
    ),
)
# A headline about a film: "Box Office: …", "… Review" of a quoted film title (see extract).
FILM_HEADLINE = compile_regex(r"\b(?:[Bb]ox [Oo]ffice|[Mm]ovie [Rr]eview|[Ff]ilm [Rr]eview)\b")
CALLED_A_FILM_AFTER = compile_regex(r"[’'\"”]?,?\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}(?:film|movie)\b")
CALLED_A_FILM_BEFORE = compile_regex(r"\b(?:film|movie)\s+[‘'\"“]?$")
# A season event right after a quoted title: "renewed the fantasy "X" for a third season",
# "cancelled "X" after two seasons" (that show's season and status, not ours).
SEASON_EVENT_AFTER = compile_regex(
    r"[,\"”’']*\s+(?:for\s+(?:a|its)\s+[\w\-]+\s+(?:season|series)\b"
    r"|after\s+(?:[\w\-]+\s+){1,2}(?:seasons|series)\b)"
)
# A list line that labels a season with its show's name: "3. Other Show: Season 4 — 4.1M
# views" gives that show's season, not ours. A story label ("Exclusive: Season 2 …") is no name.
TITLE_SEASON_LABEL = compile_regex(
    r"(?:\d{1,2}[.)]\s+)?(?P<title>[A-Z0-9][^\s:]*(?:\s+[^\s:]+){0,6}?):\s+"
    r"(?:[Ss]eason|[Ss]eries|[Pp]art)\s+[\w\-]+"
)
STORY_LABELS = words(
    """
    Exclusive Review Reviews Recap Update Updated Watch Breaking Preview Interview Report
    Trailer Photos Photo Video Explainer Ranking Spoilers Spoiler Poll Opinion Analysis Feature
    Listen Podcast Renewed Cancelled Canceled Premiere Premieres Ratings Casting News First Look
    """
)
# "The film stars …", "the movie's cast": a story that refers back to its subject as a film.
FILM_REFERENT = compile_regex(
    r"\b[Tt]he (?:film|movie)\b(?!\s+(?:festival|industry|business|world|adaptation|version"
    r"|rights|division|arm|slate|academy|critics?|market)\b)"
)
SHOW_REFERENT = compile_regex(r"\b[Tt]he (?:series|show|sitcom|season|episodes?|showrunner)\b")
QUOTED_IN_HEADLINE = compile_regex(r"(?<![\w’'])[‘'\"“]([^’'\"”]{2,60})[’'\"”](?!\w)")
# A film named just before a filming phrase: the place is that film's.
FILM_BEFORE = Folded(r"\b(?:film|movie|feature)\b(?!-)[^.;]*$")
# States, provinces and countries: "Butte, Montana" is one place, "Denmark, Spain" two.
REGIONS = frozenset(
    """Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|
    Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|
    Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|
    New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
    South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|
    Wisconsin|Wyoming|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Nova Scotia|
    Ontario|Quebec|Québec|Saskatchewan|Yukon|England|Scotland|Wales|Northern Ireland|Ireland|
    New South Wales|Queensland|Victoria|Tasmania|Western Australia|South Australia|USA|U.S.|US|UK|
    U.K.|United States|United Kingdom|Canada|Australia|New Zealand|South Korea|Korea|Japan|China|
    Taiwan|India|Thailand|Vietnam|Philippines|Indonesia|Malaysia|Singapore|France|Germany|Spain|
    Portugal|Italy|Greece|Malta|Croatia|Hungary|Czech Republic|Czechia|Poland|Austria|Switzerland|
    Belgium|Netherlands|Denmark|Sweden|Norway|Finland|Iceland|Estonia|Latvia|Lithuania|Romania|
    Bulgaria|Serbia|Slovenia|Turkey|Morocco|Egypt|South Africa|Kenya|Nigeria|Mexico|Brazil|
    Argentina|Chile|Colombia|Peru|Puerto Rico|Jamaica|Israel|Jordan|United Arab Emirates|UAE""".replace(
        "\n", ""
    ).replace("    ", "").split("|")
)
# A province or state written as initials after a town ("Petty Harbour, N.L.", "Hope, B.C.").
REGION_INITIALS = compile_regex(r"(?:[A-Z]\.)+[A-Z]\.?")
PLACE_REJECT_WORDS = words(
    """
    Season Series Part Episode Episodes January February March April May June July August
    September October November December Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday The A An He She They It This That His Her Their Netflix HBO Hulu Disney Peacock
    Paramount Apple Amazon Prime Studios Studio Productions Entertainment Pictures Television
    Order
    """
)
# "shot primarily in German and Swedish": a language, not a place (only a whole item is one).
LANGUAGES = words(
    """English French German Swedish Spanish Italian Portuguese Dutch Danish Norwegian Finnish
    Icelandic Polish Russian Ukrainian Czech Hungarian Greek Turkish Arabic Hebrew Hindi Urdu
    Punjabi Tamil Telugu Bengali Korean Japanese Mandarin Cantonese Chinese Thai Vietnamese
    Tagalog Indonesian Swahili Yoruba Zulu Xhosa Afrikaans Welsh Gaelic Basque Catalan Galician
    Estonian Latvian Lithuanian Romanian Bulgarian Serbian Croatian Albanian Persian Farsi"""
)
# What someone created, when it is the original a remake adapts: "Kira Holm, who created the
# Danish series, will executive produce" (a creator of the source, not of the remake).
ORIGINAL_VERSION_AFTER = compile_regex(
    r"\s+the\s+(?:original|" + "|".join(sorted(LANGUAGES)) + r"|British|American|Australian"
    r"|Canadian|Irish|Scottish|Belgian|Israeli|Mexican|Argentine|Brazilian|Colombian|Nordic"
    r"|Scandinavian)(?:\s+[a-z][\w\-]*)?\s+(?:series|show|version|format|drama|comedy|thriller"
    r"|original)\b"
)
# "filmed in Pittsburgh, Ames said": the name after the comma is the speaker, not a place.
SPEAKER_AFTER = compile_regex(
    r"\s+(?:said|says|told|explained|added|noted|recalled|confirmed|revealed)\b"
)

# --------------------------------------------------------------------- source works
# A kind of work, and who made it or where it is from: "the Danish series Færgen" names its
# source after them. `based_on.based_on` never takes the maker for the title.
_WORK_KIND = (
    r"(?:novels?|books?|comics?|graphic{SP}novels?|stories|games?|manga|series|franchise"
    r"|podcast|film|movie|trilogy|duology|saga|memoir)\b".replace("{SP}", _SP)
)
_SOURCE_MAKER = r"(?:[A-Z][\w\-]*|[A-Z][^.;]{0,40}?\b(?:Comics|Books|Press|Publishing|Games|Studios))"
BASED_ON_RULES: tuple[Rule, ...] = (
    Rule(
        "based_on.based_on",
        "based_on",
        r"\b(?:based{SP}on|adapted{SP}from|adaptation{SP}of|inspired{SP}by|draws{SP}on)"
        r"{SP}(?:the{SP})?(?:[\w’'\-]+{SP}){0,4}?(?:(?:novels?|books?|book{SP}series|comics?|comic{SP}books?"
        r"|graphic{SP}novels?|video{SP}games?|games?|films?|movies?|manga|memoir|podcast|play|series|"
        r"franchise|short{SP}story|works?){SP})?(?:[,:]{SP})?(?!(?:19|20)\d\d\b)(?:{QUOTED}|(?!"
        + _SOURCE_MAKER + "{SP}" + _WORK_KIND + r")(?P<title>{TITLE}))",
        "The drama is based on the Danish series Færgen, by Petra Lind.",
        {"title": "Færgen"},
        needs=("based on", "adapted from", "adaptation of", "inspired by", "draws on"),
    ),
    Rule(
        "based_on.spinoff",
        "based_on",
        r"\b(?:spin-?off{SP}(?:series{SP})?(?:of|to|from)|sequel{SP}(?:series{SP})?to|prequel{SP}(?:series{SP})?"
        r"to|builds{SP}on{SP}the{SP}(?:universe|world){SP}of|set{SP}(?:prior{SP}to|before|after){SP}the"
        r"{SP}events{SP}of|follow-?up{SP}to)(?:{SP}the)?(?:{SP}hit)?(?:{SP}{NET})?"
        # a place or origin before the genre: "a spinoff of the Bronx police drama X"
        r"(?:{SP}[A-Z][\w\-]+(?=(?:{SP}[a-z][\w\-]*){1,2}{SP}(?:drama|comedy|series|show|thriller"
        r"|procedural|sitcom)\b))?(?:{SP}[a-z][\w\-]*){0,2}?"
        r"(?:{SP}(?:film|movie|series|show|franchise|drama|comedy|thriller))?{SP}(?:[A-Z][\w+]*[’']s{SP})?"
        r"(?:{QUOTED}|(?P<title>{TITLE}))",
        "The show is a spinoff of the hit series Harbour Lights.",
        {"title": "Harbour Lights"},
        needs=("spin", "sequel", "prequel", "builds on", "events of", "follow"),
    ),
    Rule(
        "based_on.in_franchise",
        "based_on",
        r"\b(?:sequel|prequel|spin-?off|follow-?up)[^.;]{0,60}?{SP}in{SP}(?:the{SP})?(?:{QUOTED}|(?P<title>"
        r"{TITLE})){SP}franchise",
        "It is a sequel to the two films in the Harbour Lights franchise.",
        {"title": "Harbour Lights"},
        needs=("franchise",),
    ),
)
SAME_NAME = Folded(r"\b(?:of\s+the\s+same\s+name|eponymous|same-named)\b")

# ----------------------------------------------------------------- production companies
COMPANY_RULES: tuple[Rule, ...] = (
    Rule(
        "company.produced_by",
        "company",
        r"(?i:\b(?:(?<!executive )(?<!executive-)produced{SP}by|made{SP}by|co-produced{SP}by|in{SP}association{SP}with"
        r"|co-production{SP}(?:between|of|with)|a{SP}(?:new{SP})?(?:series|show|drama|comedy){SP}from"
        r"|produces{SP}in{SP}collaboration{SP}with|(?:executive{SP})?produces?{SP}(?:for|through|via)"
        r"|(?:under|via|through){SP}(?:his|her|their|the|its)(?:{SP}production{SP}company)?|from{SP}studio"
        r"|executive{SP}produced{SP}by{SP}[^.;]{1,120}?{SP}(?:for|through|via)|(?:series|show|drama)(?:{SP}"
        r"[^,.;]{1,40},)?{SP}from))"
        r"{SP}(?:(?:[A-Z][\w\-]*{SP}(?:and{SP})?){1,5}[A-Z][\w\-]*[’']s{SP})?"
        r"(?P<orgs>{ORG}(?:(?:,{SP}|,?{SP}and{SP}){ORG}){0,4})",
        "The series is produced by Tidewater Pictures and Fenwick Television.",
        {"orgs": "Tidewater Pictures and Fenwick Television"},
        needs=("made by", "produc", "association", "from", "under", "via", "through"),
    ),
    Rule(
        "company.is_the_studio",
        "company",
        r"(?P<orgs>{ORG}){SP}(?:is|are|serves{SP}as){SP}(?:the{SP})?(?:studio|producer|production{SP}company)\b",
        "Fenwick Television is the studio.",
        {"orgs": "Fenwick Television"},
        needs=("studio", "producer", "production"),
    ),
    Rule(
        "company.org_produced_series",
        "company",
        r"\b[Tt]he{SP}(?P<orgs>{ORG}){SP}(?:co-)?produced{SP}(?:series|show|drama|comedy)",
        "The Fenwick Television produced series returns in May.",
        {"orgs": "Fenwick Television"},
        needs=("produced ",),
    ),
    Rule(
        "company.org_produces",
        "company",
        r"(?P<orgs>{ORG}){SP}(?:produces|co-produces|is{SP}producing)\b",
        "Tidewater Pictures produces the series.",
        {"orgs": "Tidewater Pictures"},
        needs=("produces", "producing"),
    ),
)
COMPANY_WORDS = compile_regex(
    r"\b(?:Studios?|Productions?|Entertainment|Pictures|Television|TV|Films?|Media|Company|Co\.|Group"
    r"|Industries|Banner|Works|Animation|Labs?|Features|Originals|Content)\b"
)
KNOWN_STUDIOS = (
    "Shondaland",
    "Lucasfilm",
    "A24",
    "Blumhouse",
    "Bad Robot",
    "Left Bank Pictures",
    "HBO Films",
    "Marvel Studios",
    "Netflix Animation",
    "Skydance",
    "Amblin",
    "Plan B",
    "Annapurna",
    "Legendary",
    "Fremantle",
    "Endemol Shine",
    "Banijay",
    "Sister",
    "Hat Trick",
    "Working Title",
    "See-Saw Films",
    "Sony Pictures Television",
    "Warner Bros. Television",
    "Universal Television",
    "20th Television",
    "ABC Signature",
    "CBS Studios",
    "Paramount Television Studios",
    "Lionsgate Television",
    "AMC Studios",
    "Amazon MGM Studios",
    "Apple Studios",
    "Hello Sunshine",
    "Monkeypaw",
    "Alloy Entertainment",
    "Blumhouse Television",
    "Wiip",
    "Media Res",
)

# ------------------------------------------------------------------------ networks
# Canonical name → spelling variants as they appear in running text (matched case-sensitively).
NETWORKS: dict[str, tuple[str, ...]] = {
    "Netflix": ("Netflix",),
    "HBO": ("HBO",),
    "Max": ("HBO Max", "Max"),
    "Prime Video": ("Prime Video", "Amazon Prime Video", "Amazon Prime", "Amazon"),
    "Apple TV+": ("Apple TV+", "Apple TV Plus", "Apple TV"),
    "Hulu": ("Hulu",),
    "Disney+": ("Disney+", "Disney Plus"),
    "Peacock": ("Peacock",),
    "Paramount+": ("Paramount+", "Paramount Plus"),
    "Paramount Network": ("Paramount Network",),
    "FX": ("FX", "FXX", "FX on Hulu"),
    "AMC": ("AMC", "AMC+"),
    "BBC": ("BBC One", "BBC Two", "BBC Three", "BBC iPlayer", "BBC America", "BBC"),
    "ITV": ("ITV", "ITVX", "ITV1"),
    "Channel 4": ("Channel 4", "E4"),
    "Sky": ("Sky Atlantic", "Sky Max", "Sky"),
    "ABC": ("ABC",),
    "NBC": ("NBC",),
    "CBS": ("CBS",),
    "Fox": ("Fox", "FOX"),
    "The CW": ("The CW", "CW"),
    "Showtime": ("Showtime",),
    "Starz": ("Starz", "STARZ"),
    "Freeform": ("Freeform",),
    "USA Network": ("USA Network",),
    "TNT": ("TNT",),
    "TBS": ("TBS",),
    "Syfy": ("Syfy", "SYFY"),
    "Bravo": ("Bravo",),
    "MGM+": ("MGM+",),
    "BritBox": ("BritBox",),
    "Acorn TV": ("Acorn TV",),
    "Crunchyroll": ("Crunchyroll",),
    "Tubi": ("Tubi",),
    "Roku Channel": ("The Roku Channel", "Roku Channel"),
    "Shudder": ("Shudder",),
    "Stan": ("Stan",),
    "Crave": ("Crave",),
    "CBC": ("CBC",),
    "Nickelodeon": ("Nickelodeon",),
    "Cartoon Network": ("Cartoon Network",),
    "Adult Swim": ("Adult Swim",),
    "History": ("History Channel",),
    "National Geographic": ("National Geographic", "Nat Geo"),
    "Discovery": ("Discovery Channel", "Discovery+"),
    "PBS": ("PBS",),
    "Lifetime": ("Lifetime",),
    "Hallmark": ("Hallmark Channel",),
    "JioCinema": ("JioCinema",),
    "Zee5": ("ZEE5", "Zee5"),
    "tvN": ("tvN",),
    "JTBC": ("JTBC",),
    "Food Network": ("Food Network",),
    "HGTV": ("HGTV",),
    "TLC": ("TLC",),
    "Disney Channel": ("Disney Channel",),
    "Disney Junior": ("Disney Junior",),
    "Comedy Central": ("Comedy Central",),
    "A&E": ("A&E",),
    "MTV": ("MTV",),
    "Channel 5": ("Channel 5",),
    "ZDF": ("ZDF",),
    "ARD": ("ARD",),
    "SVT": ("SVT",),
    "NRK": ("NRK",),
    "TF1": ("TF1",),
    "RTÉ": ("RTÉ", "RTE"),
}
_NETWORK_SPELLINGS = sorted({v for vs in NETWORKS.values() for v in vs}, key=lambda v: (-len(v), v))
# `re` tries every branch of an alternation at every position it reaches; the lookahead on
# the first letters turns that into one character test where no network name can start.
_NET = (
    "(?=[" + "".join(sorted({re.escape(v[0]) for v in _NETWORK_SPELLINGS})) + "])(?:"
    + "|".join(re.escape(v) for v in _NETWORK_SPELLINGS) + ")"
)
PLACEHOLDERS["{NET}"] = _NET
NETWORK_MENTION = compile_regex(rf"(?<![\w+])(?P<network>{_NET})(?![\w+])")
# A network before a title: "Hulu's The Quiet Year", "to move it to Hulu, Harbour Lights season 2".
NETWORK_LEAD_IN = compile_regex(rf"^{_NET}(?:[’']s|,){_SP}(?=[A-Z0-9])")
# A network run into the end of a title: "the Danish series Ravnsholt on Netflix".
TITLE_THEN_NETWORK = compile_regex(
    rf"{_SP}(?:on|from|at|to|for|via|with){_SP}(?:the{_SP})?{_NET}$"
)
# Not a title though captured as one: a list of networks ("Movistar Plus+ and HBO Max have
# renewed …"), networks joined by a hyphen or a slash, a co-production ("the ZDF-NRK
# thriller"), a date run into the title ("Moth Kingdom on February 26"), a headline's stock
# phrase ("What We Know About Season 3").
NETWORK_LIST_TITLE = compile_regex(
    rf".+{_SP}(?:and|&){_SP}{_NET}|{_NET},?{_SP}(?:and|&){_SP}.+"
    rf"|{_NET}(?:{_SP}?[\-/–]{_SP}?{_NET})+"
)
# A production company's name, never a show's: "the drama from Ashby Films will return".
# "The Studio" or "Studio 60" may be shows; a name ending in a company noun after a name is not.
COMPANY_TITLE = compile_regex(
    r"(?!(?:The|A|An)\s).+\s(?:Studios?|Productions?|Pictures|Films?|Entertainment|Media"
    r"|Television|Animation)"
)
TRAILING_DATE = compile_regex(
    r"\s+(?:on|in|from|until|since|by|before|after)\s+(?:(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\."
    r"|Oct\.|Nov\.|Dec\.)\s+\d{1,2}\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b).*$"
    r"|\s+(?:to|on|at)\s+(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b.*$"
)
HEADLINE_PHRASE = compile_regex(
    r"(?:(?:What|Everything|All)\s+(?:We|You)\s+(?:Know|Need)|Here[’']?s|How\s+to|Where\s+to"
    r"|When\s+(?:Is|Does|Will)|Who\s+(?:Is|Plays))\b"
    # a headline's description: "Netflix's New Southern Drama"
    r"|(?:New|Upcoming|Latest)\s+(?:[A-Z][\w\-]*\s+){0,2}(?:Drama|Comedy|Series|Thriller|Show"
    r"|Sitcom|Docuseries|Miniseries|Dramedy)\W*$"
)
# How a network is tied to the show in a sentence; `{NET}` is the matched network.
NETWORK_TIES = (
    (
        "network.on",
        r"\b(?:on|to|at|via|from|for|exclusively{SP}on|only{SP}on|streaming{SP}on|streams{SP}on"
        r"|airs{SP}on|by){SP}(?:the{SP})?{NET}(?![\w+])",
    ),
    ("network.possessive", r"{NET}[’']s{SP}(?:[a-z][\w\-]*{SP}){0,4}"),
    (
        "network.series",
        r"\bthe{SP}{NET}{SP}(?:[a-z][\w\-]*{SP}){0,2}(?:series|drama|comedy|show|thriller"
        r"|sitcom|original|procedural|docuseries|miniseries|hit|adaptation)",
    ),
    (
        "network.subject",
        r"{NET}{SP}(?:has{SP}|have{SP}|officially{SP})*(?:renewed|ordered|announced|"
        r"greenlit|picked{SP}up|released|unveiled|confirmed|dropped|revealed|cancell?ed|sets|set|dates"
        r"|renews|orders|cancels|picks{SP}up|given{SP}(?:a{SP})?(?:[\w\-]+{SP})?(?:series{SP})?order)\b",
    ),
    ("network.heading_paren", r"\({SP}?{NET}{SP}?[,)]"),
    ("network.original", r"{NET}{SP}(?:original|series|drama|comedy|show)\b"),
)
NETWORK_SECONDARY = Folded(
    r"\b(?:next[- ]day|day{SP}after|licens|library|available{SP}to{SP}stream|past{SP}seasons|previous"
    r"{SP}seasons|earlier{SP}seasons|also{SP}streams?|catalog|reruns?|syndicat|distributed|distributor"
    r"|box{SP}office|in{SP}theaters|theatrical|films?\b|movies?\b"
    # the network of someone's next project: "developing a new series at HBO, Glass Orchard"
    r"|developing{SP}a{SP}new|new{SP}(?:series|show|drama|comedy){SP}at|overall{SP}deal"
    r"|first-look{SP}deal|(?:first|both|all)(?:{SP}(?:two|three|four|five|six|seven))?{SP}seasons\b"
    # history and other projects: "originally developed at Showtime, which passed", "left the
    # series to develop Iron Saddle for AMC", "not to be confused with the BBC drama"
    r"|passed{SP}on|developed{SP}at|to{SP}develop|confused{SP}with|shopped{SP}to"
    # not its home: "is not available on Hulu", "available to buy on Amazon"
    r"|(?:not|n[’']t|no{SP}longer){SP}(?:be{SP})?(?:available|streaming|on\b|airing)"
    r"|(?:to|for){SP}(?:buy|rent|purchase)\b|digital{SP}(?:purchase|rental)"
    # a release abroad: "Internationally, it launches on Disney+", "Canadian viewers can watch"
    r"|internationally|overseas|(?:american|british|canadian|australian|irish|new{SP}zealand"
    r"|international){SP}(?:viewers|audiences|subscribers){SP}(?:can|will|may|have|get))"
    .replace("{SP}", _SP)
)
# A where-to-watch entry for one country ("Canada: The series streams on Crave"): its
# paragraph names a distributor there, not the show's network.
COUNTRY_LABEL = compile_regex(
    r"(?:US|U\.S\.|USA|UK|U\.K\.|Canada|Australia|New Zealand|Ireland|India|Germany|France"
    r"|Spain|Italy|Japan|Korea|South Korea|Latin America|Europe|Asia|Elsewhere|International"
    r"|Internationally|Worldwide)[ \u00a0]*:[ \u00a0]")
# ------------------------------------------------------------------------------ series
_T = r"(?:{QUOTED}|(?P<title>{TITLE}))"
_TV_NOUNS = ("series", "drama", "comedy", "sitcom", "show", "thriller")
# Genre nouns that, after "the", name a show too ("the procedural Precinct Nine", "the reality
# competition Sing Off", "the comedy pilot Aunt Hattie"): mostly the other shows of a roundup.
_GENRE_NOUNS = ("procedural", "competition", "dramedy", "anthology", "docudrama", "pilot")
# After a captured title, a word that shows the capture was a modifier, not the show's name:
# "the Spanish-Argentine thriller La Frontera Blanca", "Netflix's English-language TV chart".
# The title before it is matched atomically, so a shorter one is not tried instead.
_NOT_TITLE_AFTER = (
    r"(?!{SP}(?:series|drama|comedy|thriller|sitcom|show|docuseries|miniseries|anthology"
    r"|adaptation|procedural|spin-?off|reboot|revival|chart|list|rankings?|top|lineup|slate"
    r"|catalog(?:ue)?|library|schedule|deal|subscribers?|platform|app|service|division"
    # the network's event, not a show: "Netflix's Tudum event", "Apple's WWDC showcase"
    r"|event|festival|showcase|upfronts?|presentation|panel|conference|convention)\b"
    # the book's author: "Hulu's adaptation of Ada Lind's bestseller"
    r"|[’']s{SP}(?:[a-z][\w\-]*{SP}){0,2}(?:novels?|bestsellers?|books?|memoirs?|comics?"
    r"|podcasts?|plays?|stories|trilogy|saga)\b)"
)
_SERIES_NEEDS: dict[str, tuple[str, ...]] = {
    "series.title_season": ("season", "series", "part"),
    "series.season_of": ("season",),
    "series.network_possessive": ("'s ", "’s "),
    "series.the_series": (*_TV_NOUNS, *_GENRE_NOUNS),
    "series.renewed": ("renewed", "cancel", "picked up", "ordered"),
    "series.possessive_season": ("season",),
    "series.returns": ("return", "premiere", "debut", "back"),
    "series.for_its_season": ("season",),
    "series.network_picks_up": ("picked up", "ordered", "renewed", "greenlit", "cancel", "axed"),
    "series.appositive": (*_TV_NOUNS, "anthology", "procedural", "dramedy"),
    "series.created_by": ("created", "developed"),
    "series.in_its_season": ("season",),
    "series.is_a": (*_TV_NOUNS, "docuseries", "miniseries", "anthology", "procedural", "dramedy"),
    "series.quoted_tv": ('"', "“", "‘", "'"),
    "series.spinoff_of": ("prequel", "sequel", "spinoff", "spin-off"),
    "series.order_to": ("series order",),
}
# A second word every match holds, for rules whose first prefilter is a common word.
_SERIES_ALSO_NEEDS: dict[str, tuple[str, ...]] = {
    "series.created_by": (" by",),
    "series.in_its_season": ("in its ",),
    "series.for_its_season": ("for its ", "for a ", "for the "),
    "series.possessive_season": ("'", "’"),
    "series.appositive": (", a ", ", an ", ", the "),
    "series.is_a": (" is a ", " is an "),
}
SERIES_RULES: tuple[Rule, ...] = tuple(
    Rule(
        name,
        "series",
        template.replace("{T}", _T),
        example,
        {"title": title},
        needs=_SERIES_NEEDS[name],
        also_needs=_SERIES_ALSO_NEEDS.get(name, ()),
    )
    for name, template, example, title in (
        (
            "series.title_season",
            r"{T}[’']?,?{SP}(?:(?:[Ss]eason|[Ss]eries|[Pp]art){SP}(?:\d|one|two|three|four"
            r"|five|six|seven|eight|nine|ten)|(?:final|last){SP}season\b)",
            "Harbour Lights Season 3 is coming.",
            "Harbour Lights",
        ),
        (
            "series.season_of",
            r"\b(?:[Ss]eason{SP}\w+|\w+{SP}(?:and{SP}final{SP})?seasons?){SP}of{SP}(?:the"
            r"{SP}(?:hit{SP})?(?:series|show){SP})?{T}",
            "The second season of Harbour Lights is here.",
            "Harbour Lights",
        ),
        (
            "series.network_possessive",
            r"{NET}[’']s{SP}(?:[a-z][\w\-]*{SP}){0,4}(?>{T})" + _NOT_TITLE_AFTER,
            "Hulu's coastal drama Harbour Lights returns.",
            "Harbour Lights",
        ),
        (
            "series.the_series",
            r"\b(?:the|[Tt]he{SP}(?:new|hit|upcoming))?{SP}?(?:{NET}{SP})?(?:[a-z][\w\-]*"
            r"{SP}){0,2}(?:series|drama|comedy|sitcom|docuseries|miniseries|show|thriller|procedural"
            r"|competition|dramedy|anthology|docudrama|(?:drama|comedy|sitcom|thriller){SP}pilot)"
            r"{SP}{T}",
            "Fans of the drama Harbour Lights rejoiced.",
            "Harbour Lights",
        ),
        (
            "series.renewed",
            # "has renewed" without "been" is the network renewing: "Food Network has renewed …"
            r"{T},?{SP}(?:(?:has|have)(?:{SP}officially)?{SP}been|was|is|gets|got)(?:{SP}"
            r"officially)?{SP}(?:renewed|cancell?ed|picked{SP}up|ordered)",
            "Harbour Lights has officially been renewed.",
            "Harbour Lights",
        ),
        (
            "series.possessive_season",
            r"{T}[’']s?{SP}(?:(?:new|upcoming|latest|final|first|second|third"
            r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|sophomore|next){SP})+season",
            "Harbour Lights' final season arrives.",
            "Harbour Lights",
        ),
        (
            "series.returns",
            r"{T}{SP}(?:(?:finally|officially|will|is{SP}set{SP}to|is){SP})?(?:returns|"
            r"returning|premieres|debuts|is{SP}back|comes{SP}back|return|premiere)\b(?!{SP}as\b)"
            # a person returning: "is returning to the role of …", "returns to work with …"
            r"(?!{SP}to{SP}(?:the{SP}(?:role|part|cast|set)|work|play|his|her|their)\b)"
            # a broadcaster premiering a show: "Arte will premiere The Ice Bridge in France"
            r"(?!{SP}(?!(?:Season|Series|Part|Episode|Volume|Chapter|Jan|Feb|Mar|Apr|May|Jun|Jul"
            r"|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Tonight|Today|Tomorrow|This|Next"
            r"|In|On|At|Stateside)\w*\b)(?:The{SP})?[A-Z][\w’'\-]*{SP}[A-Z])",
            "Harbour Lights returns in May.",
            "Harbour Lights",
        ),
        (
            "series.for_its_season",
            r"{T}{SP}(?:(?:[a-z][\w\-]*|{NET}){SP}){1,5}for{SP}(?:its|a|the)"
            r"{SP}(?:\w+{SP}){0,3}season\b(?!{SP}of\b)",
            "Harbour Lights will come back to Hulu for its third season.",
            "Harbour Lights",
        ),
        (
            "series.network_picks_up",
            r"(?:{NET}|[Tt]he{SP}(?:network|streamer|channel|broadcaster))"
            r"{SP}(?:has{SP}|have{SP})?(?:also{SP})?(?:officially{SP})?(?:picked{SP}up|"
            r"ordered|renewed|greenlit|cancell?ed|axed)(?:{SP}(?:the|its))?{SP}(?>{T})"
            + _NOT_TITLE_AFTER,
            "Peacock has picked up Harbour Lights for a full season.",
            "Harbour Lights",
        ),
        (
            "series.appositive",
            r"{T},{SP}(?:a|an|the){SP}(?:new{SP})?(?:{NET}{SP})?(?:[A-Za-z][\w\-]*{SP}){0,3}(?:series"
            r"|drama|comedy|sitcom|show|docuseries|miniseries|thriller|anthology|procedural"
            r"|dramedy)\b(?!{SP}(?:regular|star|actor|actress|veteran|alum|writer|producer"
            r"|creator|director|critic|fan)s?\b)",
            "Harbour Lights, a new legal drama, lands.",
            "Harbour Lights",
        ),
        (
            "series.created_by",
            r"{T}{SP}(?:was|is|has{SP}been){SP}(?:co-)?(?:created|developed)(?:{SP}for{SP}television)?"
            r"{SP}by\b",
            "Harbour Lights was created by Tobias Renwick.",
            "Harbour Lights",
        ),
        (
            "series.in_its_season",
            r"{T}{SP}(?:is|was){SP}(?:now{SP}|currently{SP})?in{SP}its{SP}(?:[\w\-]+{SP}){1,2}season\b",
            "Harbour Lights is now in its fourth season.",
            "Harbour Lights",
        ),
        (
            # a review's verdict names its show: "Saltmarsh is a slow-burning coastal drama"
            "series.is_a",
            r"{T}{SP}is{SP}an?{SP}(?:[a-z][\w\-]*{SP}){0,3}(?:{NET}{SP}(?:[a-z][\w\-]*{SP}){0,2})?"
            r"(?:series|drama|comedy|sitcom|thriller"
            r"|docuseries|miniseries|anthology|procedural|dramedy)\b"
            # the genre word ends the phrase: "Dana Vale is a comedy legend", "Toronto is a
            # comedy hub" describe a person and a city
            r"(?=[ \u00a0]*(?:[,.;:—–)!?]|$)|{SP}(?:that|which|about|from|set|with|in|on|for"
            r"|where|whose|starring|following|based|created|adapted|inspired|by)\b)",
            "Harbour Lights is a slow-burning coastal drama.",
            "Harbour Lights",
        ),
        (
            "series.spinoff_of",
            # the parent is named as a show, so a film's prequel is no series
            r"{T},{SP}(?:a|an|the)(?:{SP}[\w\-]+){0,3}?{SP}(?:prequel|sequel|spin-?off)(?:{SP}series)?"
            r"{SP}(?:to|of|from){SP}(?:the{SP})?(?:[\w\-]+{SP}){0,3}?(?:series|drama|comedy|show"
            r"|thriller|sitcom|procedural|hit)\b",
            "Fans will meet Dry Gulch, a prequel to the Western drama Red Mesa, next year.",
            "Dry Gulch",
        ),
        (
            "series.order_to",
            r"\bseries{SP}order{SP}(?:to|for){SP}{T}",
            "HBO has given a straight-to-series order to Dry Gulch.",
            "Dry Gulch",
        ),
        (
            "series.quoted_tv",
            r"{QUOTED}",
            "Fans of 'Harbour Lights' waited two years for this season.",
            "Harbour Lights",
        ),
    )
)

# Context that makes a title a credit or a source, not the show the article is about.
# A part someone had "on" or "in" a show: the capitalised words next are that show's title.
_PAST_ROLE_ON = (
    # "his five-season run as the fisherman Eli Crowe on", "stole scenes as", "for her role as"
    r"(?:best\s+known\s+as|played|portrayed|voiced|starred\s+as|(?:run|stint|tenure|turn|scenes)"
    r"\s+as|for\s+(?:his|her|their)\s+role\s+as)(?:\s+[\w.’'\-]+){1,5}\s+(?:on|in)"
    r"(?:\s+(?:the|a|an))?(?:\s+[\w’'+\-]+){0,4}?"
)
CREDIT_BEFORE = compile_regex(
    r"(?:\((?:[^()]{0,30})|episode,?\s+(?:titled|called|named|entitled)|finale,?\s+(?:titled|called)"
    r"|(?:adaptation|remake|version)\s+of(?:\s+\w+){0,4}|known\s+for(?:\s+\w+){0,4}|roles?\s+in|starred\s+in|appeared\s+in|alum\s+of"
    r"|credits\s+include|work\s+(?:\w+\s+){0,3}includes?(?:\s+\w+){0,7}|as\s+well\s+as|such\s+as"
    r"|including|like|based\s+on(?:\s+\w+){0,4}|adapted\s+from(?:\s+\w+){0,4}|spin-?off(?:\s+series)?"
    r"\s+(?:of|to|from)(?:\s+\S+){0,2}|sequel\s+to(?:\s+\w+){0,3}|prequel\s+to(?:\s+\w+){0,3}"
    r"|universe\s+of(?:\s+the)?(?:\s+hit)?|events\s+of|since|than|comparisons?\s+to|compared\s+to"
    r"|likened\s+to|known\s+as(?:\s+[\w\-]+){1,5}?\s+of(?:\s+[\w’'+\-]+){0,3}?"
    # a ratings comparison: "That puts it ahead of NBC's X", "tied with last season's run of X"
    r"|(?:puts?|putting|ranks?|ranking|places?|placing)\s+(?:it|them)\s+(?:just\s+)?(?:ahead\s+of"
    r"|behind)(?:\s+[\w’'+\-]+){0,3}?|(?:just|narrowly|slightly)\s+behind(?:\s+[\w’'+\-]+){0,3}?"
    r"|tied\s+with(?:\s+[\w’'+\-]+){0,4}?"
    # a headline's earlier credit: "Her First Feature After 'Dry Creek'"
    r"|(?:feature|film|movie|project|series|show)\s+after"
    # a maker's earlier show: "previously ran the ABC drama X", "the duo behind the 2021 hit X"
    r"|(?:previously|formerly|once)\s+(?:ran|created|co-created|wrote|showran|produced|headed)"
    r"(?:\s+[\w’'+\-]+){0,4}?"
    r"|(?:from\s+the\s+(?:creators?|co-creators?|makers?|team|writers?|showrunners?)\s+of"
    r"|(?:creators?|co-creators?|makers?|team|duo|trio|pair|minds|writers?|showrunners?)"
    r"\s+behind)(?:\s+[\w’'+\-]+){0,4}?"
    r"|spent\s+(?:[\w\-]+\s+){1,2}(?:seasons?|years?)\s+(?:on|in)"
    # "who played the matriarch for all four seasons of X"
    r"|(?:played|portrayed|voiced)(?:\s+[\w.’'\-]+){1,6}?\s+(?:seasons?|episodes?)\s+of"
    # a crew member's earlier show: "directed by Tomas Reyes Vidal of HBO's 'Saltcombe'"
    r"|(?-i:(?!(?:Season|Series|Part|Volume|Chapter|Episode|Book|Act|The)\b)[A-Z][\w’'\-]+\s+"
    r"[A-Z][\w’'\-]+)\s+of(?:\s+[\w+\-]+[’']s(?:\s+[a-z][\w\-]*){0,3})?"
    # a bio's earlier show: "who starred on Fox's X"
    r"|(?:starred|appeared|recurred|guest[\s\-]starred)\s+on(?:\s+[\w’'+\-]+){0,3}?"
    r"|" + _PAST_ROLE_ON + r")\s+[\"“‘']?$",
    re.I,
)
PAST_ROLE_ON = compile_regex(r"\b" + _PAST_ROLE_ON + r"\s+[\"“‘']?$", re.I)
# "Drama From 'Harbor Road' Boss": a title naming the maker of the show the story is about.
FROM_BEFORE = compile_regex(r"\bfrom\s+[\"“‘']?$", re.I)
MAKER_AFTER = compile_regex(
    r"[\"”’']?,?\s+(?:boss|creators?|co-creators?|showrunners?|team|writers?|producers?)\b", re.I
)
CREDIT_AFTER = compile_regex(
    r"[\"”’']?\s*(?:\)|star\b|actor\b|actress\b|alums?\b|stars\b|creator\b|"
    r"co-?star|franchise\b)",
    re.I,
)


CREDIT_SENTENCE = Folded(
    r"\b(?:known\s+for|credits\s+include|previously|starred\s+in|appeared\s+in|his\s+run\s+on|her\s+run\s+on"
    r"|comparisons?\s+to|work\s+(?:\w+\s+){0,3}includes?)\b"
)


TV_CONTEXT = Folded(
    r"\b(?:season|seasons|series|episode|episodes|showrunner|renewed|premiere[sd]?|finale|streamer"
    r"|spinoff|spin-off|sitcom|drama|docuseries|miniseries|show|tv|thriller|anthology|crossover"
    r"|cancell?ed|canceled)\b"
)
PRESS_OUTLETS = (
    "Variety",
    "Deadline",
    "The Hollywood Reporter",
    "THR",
    "TVLine",
    "Collider",
    "Vulture",
    "Entertainment Weekly",
    "EW",
    "IndieWire",
    "Screen Rant",
    "ScreenRant",
    "Rolling Stone",
    "People",
    "Page Six",
    "TMZ",
    "ABC Audio",
    "Bleeding Cool",
    "Polygon",
    "Decider",
    "TV Insider",
)

# ------------------------------------------------------- words that are never names
# Whole "titles" no show has: a question's opening verb ("Is series two new material?"), the
# people who make one ("Crews return to set for season two"), a chart ("Netflix's Top 10").
NOT_A_TITLE = compile_regex(
    r"(?:Is|Are|Was|Were|Will|Would|Could|Should|Can|Does|Do|Did|Has|Have|Had|Crews|Casts"
    r"|Top \d{1,3}"
    # a season's length before its number: "The 10-episode Season 3 begins filming in May"
    r"|(?:The|Its|Their|A|An)[ \u00a0](?i:(?:\d{1,3}|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty)[\-\u2010\u2011 ]?"
    r"(?:episode|part|hour|installment|instalment)s?))"
)
# What follows a person's name, never a show's: "Ellie Cardamone returns as Bree", "Kang
# Min-seok has been cast as the lead". A "title" seen only returning, whose every part is
# named so elsewhere, is people returning ("A and B will return for six more episodes").
PERSON_AFTER = compile_regex(
    r"(?:,[ \u00a0]+who)?[ \u00a0]+(?:(?:has|have)[ \u00a0]+been[ \u00a0]+cast|(?:is|was|are|were)"
    r"[ \u00a0]+cast|(?:stars?|returns?|is[ \u00a0]+(?:also[ \u00a0]+)?back|co-stars?|reprises"
    r"[ \u00a0]+(?:his|her|their)[ \u00a0]+role)[ \u00a0]+as|plays|played|will[ \u00a0]+(?:play|star"
    r"|reprise|direct)|directed|directs)\b")
# Nouns a show is described by: "Sky's crime saga", "the Hulu caper".
_GENRE_WORDS = (
    r"drama|comedy|thriller|saga|caper|mystery|procedural|western|soap|sitcom|dramedy"
    r"|anthology|docudrama|docuseries|miniseries"
)
# After a capitalised word, a genre phrase shows the word described the show ("Sky's Glasgow
# crime saga", "the ZDF-NRK thriller 'Frostgrenze'"): a place or a maker, not the title.
MODIFIER_AFTER_TITLE = compile_regex(
    r"[ \u00a0]+(?:(?!(?:is|was|are|were|be|been|a|an|the|and|or|but|of|in|on|to|for|as|at|by"
    r"|with|from|that|which|who|has|have|had|will|would|its|his|her|their|this|these|first"
    r"|second|third|new|final|last)\b)[a-z][\w\-]*(?<![^s]s)(?<!ed)[ \u00a0]+){1,2}(?:"
    + _GENRE_WORDS
    + r"|piece|series|show)\b|[ \u00a0]+(?:" + _GENRE_WORDS + r")\b"
)
# After "Hulu's", a genre noun then a word no TV noun is: a verb or a preposition ("Hulu's
# caper trades Los Angeles for Lisbon", "AMC's western returns Sunday"): no title follows.
GENRE_THEN_VERB = compile_regex(
    r"\b(?:" + _GENRE_WORDS + r"|series|show)[ \u00a0]+(?!(?:" + _GENRE_WORDS
    + r"|series|show|pilot|hit|spin-?off|prequel|sequel|reboot|revival|remake|adaptation"
    r"|original)\b)[a-z]"
)
# Words whose own full stop may end a quoted title: "Mr.", "Jr.", "Inc."
ABBREVIATIONS_BEFORE_STOP = words("Mr Mrs Ms Dr Jr Sr St Inc Co Ltd Bros Vol No")
# Right before a capitalised name that a cast rule read as the part: a co-star ("cast as a
# series regular opposite lead Camille Dorsey") or a place ("as a rival undertaker from Las
# Cruces"), never the character.
NOT_A_PART_BEFORE = compile_regex(
    r"(?:\bopposite(?:[ \u00a0]+[a-z][\w\-]*){0,3}|[ \u00a0](?:from|in|at|near))[ \u00a0]+$")
# A quotation, not a title: a first person among lowercase words ("'I wanted the moor to
# be a character': …"). Titles capitalise their words ("How I Met Your Mother").
FIRST_PERSON = compile_regex(r"\b(?:I|I[’']m|I[’']ve|I[’']d|[Ww]e|[Ww]e[’']re|[Mm]y|me|[Oo]ur|us)\b")
LOWER_WORD = compile_regex(r"(?<![\w’'])[a-z]{4,}\b")
NOT_NAME_WORDS = words(
    """
    Co-star Co-Star Costar Spoilers Spoiler
    He'll She'll They'll We'll It'll I'll You'll He’ll She’ll They’ll We’ll It’ll I’ll You’ll
    He'd She'd They'd We'd He’d She’d They’d We’d
    The A An And But Or So Also Meanwhile However Yet Still Then Now Here There This That
    No Not Nor Neither None Nothing US UK USA EU
    These Those In On At With From For As Of To By After Before During While When Where Which
    Who What Why How If Though Although Because Since Until Unlike Like Despite Among Amid
    Between Beyond Both Each Every All Some Many Most More Other Another One Two Three Four
    Five Six Seven Eight Nine Ten First Second Third Fourth Fifth Final Last Next New Old
    Young Original Former Fellow Returning Season Seasons Series Part Episode Episodes Chapter
    Volume Finale Premiere Pilot Trailer Teaser Cast Crew Star Stars Starring Actor Actress
    Actors Director Directors Creator Creators Writer Writers Showrunner Showrunners Executive
    Producer Producers Host Hosts Judge Narrator Guest Recurring Regular Regulars Show Shows
    Western Westerns Procedural Dramedy Docuseries Anthology Reboot Revival Spinoff
    Drama Comedy Thriller Film Films Movie Movies Book Books Novel TV Television Network
    Streaming Streamer Studio Studios Productions Entertainment Pictures Media Company Fans
    Viewers Audience Critics Sources Reports Report News Photo Credit Image Video Watch Read
    More Related Advertisement Getty Images Courtesy He She They It We You I His Her Their Its
    Our Your My Him Them Us Me Mr Mrs Ms Dr Sir Dame Lord Lady Prince Princess King Queen
    January February March April May June July August September October November December Jan
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Spring Summer Fall Autumn Winter Today Tomorrow Yesterday Tonight Week
    Weekend Year Month Award Awards Emmy Emmys Oscar Oscars Golden Globe Globes Grammy Winner
    Nominee Champion American British English Korean French Spanish Indian Canadian Australian
    Irish Scottish Netflix HBO Max Hulu Disney Peacock Paramount Apple Amazon Prime BBC ITV
    Sky AMC FX NBC CBS ABC Fox Showtime Starz Variety Deadline Collider Vulture Reuters
    Instagram Twitter TikTok YouTube Genre Release Date Status Plot Synopsis Trailer Review
    Verdict Rating Runtime Premise Upfronts Comic Con Comic-Con Festival Hollywood Los Angeles
    New York London Paris Mom Dad Mother Father Sister Brother Daughter Son Wife Husband
    Boyfriend Girlfriend Aunt Uncle According Speaking Talking Asked Following Including
    Featuring Set Based Coming Check Sign Posted Tagged BY By Published Updated Share Click
    Joining Replacing Playing Portraying Reprising Rounding Completing Headlining Fronting Directing
    Subscribe Enter Besides Comedian Newcomer Veteran Singer Rapper Musician
    Journalist Designer Chef Comic Presenter Broadcaster Newcomers Superstar Don’t Don't It’s It's That’s
    """
)
# Calendar words that are also surnames: after a first name they end a character's name
# instead of being cut off as a time word ("Ines Abara and Kofi Mensah play Lucy Spring and
# Noah Winter, respectively").
SURNAME_CALENDAR_WORDS = words("Spring Summer Autumn Winter")

PERSON_REJECT_WORDS = words(
    """
    Season Series Episode Part Studios Studio Productions Entertainment Pictures Television
    Media Films Network Channel Netflix HBO Hulu Disney Peacock Paramount Apple Amazon Prime
    BBC ITV Sky AMC FX NBC CBS ABC Fox Showtime Starz Variety Deadline Awards Award Emmy Emmys
    Festival Con Universe University School Island City County Street Road Hotel
    Club Bar Kingdom Empire Republic States Council Department Police Academy Hospital College
    Church Palace The January February March April May June July August September October
    November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday TV Book Books
    Film Movie Secondary High Event Convention
    """
)
# Words before a name that say it belongs to someone who is not cast or crew of the show.
NON_CAST_CONTEXT = Folded(
    r"\b(?:critic|reviewer|writes?|wrote|reporter|journalist|editor|columnist|author(?:ed)?|"
    r"photographer|photo{SP}by|according{SP}to|told|said|says|spokesperson|executive{SP}at|president"
    r"|chief|ceo|head{SP}of|chairman|chairwoman)\b".replace("{SP}", _SP)
)

# Talk of a casting or hire that has not happened: nobody is cast or credited from it.
UNCONFIRMED_HIRE = Folded(
    r"\bin{SP}(?:early{SP}|final{SP}|advanced{SP}|preliminary{SP})?(?:talks|negotiations)\b"
    r"|\b(?:is|are){SP}(?:reportedly{SP})?(?:eyeing|circling|considering|being{SP}considered)\b"
    r"|\brumou?red\b|\b(?:is|are){SP}said{SP}to{SP}be\b|\bin{SP}contention\b|\bshortlist"
    r"|\b(?:may|might|could){SP}(?:also{SP})?(?:join|star|return|direct|play|helm|lead)\b"
    r"|\bnot{SP}(?:currently{SP}|yet{SP}|officially{SP}|formally{SP})?attached\b".replace(
        "{SP}", _SP)
)
UNCONFIRMED_HIRE_NEEDS = ("talks", "negotiations", "eyeing", "circling", "consider", "rumo",
                          "said to", "contention", "shortlist", "may", "might", "could",
                          "attached")


NON_CAST_CONTEXT_NEEDS = (
    "critic", "reviewer", "write", "wrote", "reporter", "journalist", "editor", "columnist",
    "author", "photo", "according", "told", "said", "says", "spokesperson", "executive",
    "president", "chief", "ceo", "head", "chairman", "chairwoman",
)

# ----------------------------------------------------------- context around a candidate
# Leading words of a headline that are not part of a title.
LEADING_NOISE = compile_regex(
    r"^(?:The Big Picture|Exclusive|EXCLUSIVE|Watch|Breaking|Update|Review|Recap|Its|Their"
    r"|Warning|Spoilers?|Spoiler [Aa]lert|Editor[’']s [Nn]ote"
    r"|UPDATE|UPDATED|BREAKING|WATCH|REVIEW|RECAP|WARNING|SPOILERS?|SPOILER ALERT)"
    r"[:\s]+"
)
# A name introduced as press: never cast or crew.
INTRODUCED_AS_PRESS = compile_regex(
    r"(?:\b(?:critic|reviewer|journalist|reporter|editor|columnist|writer|photographer)\s+|(?:"
    + "|".join(re.escape(outlet) for outlet in PRESS_OUTLETS)
    + r")[’']s\s+)$"
)
# Seasons named without a number.
OTHER_SEASONS = Folded(
    r"\b(?:previous|past|recent|earlier|all|future|next)\s+seasons?\b(?!\s*\d)"
)
# "The second series from Ashby Studios", "the third series by Nell Arden": in British usage
# "series" may be a season, but one counted by its maker is the maker's next show.
MAKER_AFTER_SERIES = compile_regex(
    rf"{_SP}+(?:from|by){_SP}+(?!\d|(?:the{_SP}+)?{_NET})"
)
# A season named as a comparison ("As in the first season, much of it was shot at sea") is the
# yardstick, not the subject: the sentence's verb gives it no status.
SEASON_COMPARED = compile_regex(r"\b(?:as\s+(?:in|with|on|for)|like|unlike)\s+(?:the\s+|its\s+)?$", re.I)
# A season only wondered about is not a season.
HEDGED = Folded(
    r"\b(?:whether|could|might|possible|possibly|potential(?:ly)?|hopes?|hoping|would\s+love|if\s+there"
    r"|envision(?:s|ed|ing)?"
    r"|(?:i|we|you|he|she|they)[’']d\s+(?:do|like|want)|would\s+(?:do|like|want)"
    r"|undecided|unclear|uncertain|not\s+(?:yet\s+)?(?:been\s+)?(?:formally\s+|officially\s+)?"
    r"(?:confirmed|decided|announced"
    r"|ordered|renewed|greenlit|commissioned|picked\s+up)"
    r"|yet\s+to\s+be\s+(?:confirmed|renewed|announced|ordered|commissioned)"
    r"|no\s+word\s+(?:yet\s+)?on|decision\s+on|decide\s+(?:on|whether)"
    r"|(?:won[’']t|will\s+not|wouldn[’']t|would\s+not|refuses?\s+to|refused\s+to|declines?\s+to"
    r"|declined\s+to)\s+(?:promise|commit\s+to|confirm|guarantee|rule\s+out))\b"
)
# A renewal refused, right before the season it would have ordered: "the streamer declined to
# renew the comedy for a fourth season" orders none (the seasons it had stay).
REFUSED_RENEWAL = compile_regex(
    r"\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|(?:opted|chose|decided|elected)\s+not"
    r"|(?:did|does|will|would)\s+not|didn[’']t|won[’']t)\s+(?:to\s+)?(?:renew|order|pick\s+up)"
    r"\b[^.;]*\bfor\s+(?:(?:a|an|its|the)\s+)?$"
)
# A condition, not a fact: "If Lakeshore Nights is renewed, a third season would not premiere
# until 2026 at the earliest" renews, dates and creates nothing.
CONDITIONAL = Folded(
    r"(?:^[\"“‘']?|[,;:—–(\"“‘]{SP}*|\b(?:and|but|even){SP})(?:if|unless|whether)\b"
    r"|\bat{SP}the{SP}earliest\b"
    r"|\bwould{SP}not{SP}(?:premiere|return|debut|arrive|air)\b"
    # an inverted condition: "Should the show be picked up, a second season would …"
    r"|^[\"“‘']?should{SP}|[,;:—–(]{SP}*(?:and{SP}|but{SP})?should{SP}(?:the|it"
    r"|this|they){SP}".replace("{SP}", _SP)
)
CONDITIONAL_NEEDS = ("if", "unless", "whether", "earliest", "would not", "should")
# A showrunner replaced by the new one is a showrunner too.
TAKEOVER = compile_regex(
    expand(r"\btak(?:ing|es|en)?{SP}over{SP}(?:as{SP}\w+{SP})?from{SP}(?P<p>{PERSON})")
)
# Words before a name that make it a credit of another work.
CREDIT_BEFORE_ACTOR = compile_regex(
    r"(?:\b(?:known\s+for|roles?\s+in|starred\s+in)(?:\s+[\w+’'\-]+){0,5}|(?<!more\s)\bfrom|\b(?:of|like))\s+$"
)
# After 'Name (…)', a cast or crew verb: the parenthesis is a credit ("Ann Lee (Other Show)
# serves as showrunner").
ACTOR_GOES_ON = compile_regex(
    r",?\s*(?:who\s+(?:has\s+(?:a|an|the)\s+[\w\-]+\s+role|plays|will\s+play|stars|portrays|joins)\b"
    r"|joins?\b|will\b|stars?\b|plays?\b|portrays?\b|as\s+[A-Z]|has\s+been\s+cast|rounds?\s+out"
    r"|returns?\b|reprises?\b|takes?\s+on"
    r"|serves?\s+as\b|served\s+as\b|(?:executive[ -])?produces?\b|(?:co-)?created\b|wrote\b"
    r"|writes\b|directs?\b|directed\b|is\s+(?:the\s+)?(?:co-)?(?:showrunner|creator)\b)"
)
# 'Other Show's Name' in a cast list: a credit before the name.
POSSESSIVE_CREDIT = compile_regex(
    r"(?:^|(?<=,\s)|(?<=\sand\s))[^,;]{1,70}?[’']s\s+(?=[A-Z][\w\-]+\s+[A-Z])"
)
# The upcoming season is the latest one the article names.
UPCOMING = Folded(
    r"\b(?:new|upcoming|next|latest|forthcoming)\s+(?:season|series|episodes)\b"
)
# Tense of the words around a date: explicit future wording, else explicit past wording.
FUTURE_WORDS = Folded(
    r"\b(?:will|set\s+to|slated|upcoming|coming|is\s+expected|are\s+expected|next)\b"
)
PAST_WORDS = Folded(
    r"\b(?:premiered|debuted|returned|dropped|released|aired|arrived|launched|began|bowed"
    r"|came\s+out|was|were)\b"
)
# "show" the verb after a plural subject: "The stills show Dara Quill as Nell", "the ratings
# show …" (no show called Dara Quill).
SHOW_THE_VERB = compile_regex(r"\b[a-z]+s[ \u00a0]+show[ \u00a0]")
# A guess, not a plan: "Season 3 could arrive sometime in 2028" (right before the premiere verb).
MODAL_BEFORE_TRIGGER = compile_regex(r"\b(?:could|might|may)\s+(?:well\s+|possibly\s+)?$")
# Funders and partners, not makers: "produced by A in association with Screen Ireland".
ASSOCIATION_BEFORE = compile_regex(
    r"\b(?:in\s+(?:association|partnership|collaboration)\s+with|with\s+(?:the\s+)?(?:support"
    r"|backing)\s+of|(?:funded|financed|backed)\s+by)\s+(?:the\s+)?$"
)
# A schedule, not a start: "will air every Saturday and Sunday at 9 p.m.", "each Monday".
RECURRING_BEFORE_DATE = compile_regex(
    r"\b(?:[Ee]very|[Ee]ach)\s+(?:other\s+)?(?:[A-Z][a-z]+day\s+(?:and|&|or)\s+)?$"
)
# A date placed by the premiere, so not the premiere: "On March 5, three days before the
# premiere, tvN airs a special", "a week after its debut".
BY_THE_PREMIERE_AFTER = compile_regex(
    r",?\s+(?:[\w\-]+\s+){1,2}(?:days?|weeks?|months?)\s+(?:before|ahead\s+of|after)\s+(?:the|its"
    r"|their)\s+(?:[\w\-]+\s+)?(?:premiere|debut|launch|finale)\b"
)
# Words right before a date that put the premiere in another time ("after March 5").
RELATIVE_BEFORE_DATE = compile_regex(r"\b(?:after|since|following|before|ago|until)\s+$")
# A date phrase that is itself relative ("the biggest launch since 2019"): no premiere.
RELATIVE_DATE = compile_regex(r"(?i:since)\b")
# Either of two dates ("a late 2026 or early 2027 debut"): the premiere is not known yet.
HEDGED_DATE = compile_regex(r",?\s+or\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b|\bor\s+$")
# A premiere word that is denied: "No new premieres, but Saturday is a fine day to binge …".
DENIED_PREMIERE = compile_regex(r"\b(?:[Nn]o|[Nn]ot)\s+(?:new\s+)?$")
# A later part named before a date, in an article that counts parts as seasons.
LATER_PART = compile_regex(r"\b[Pp]art\s+(?:[2-9]|two|three|four)\b")
# "… in Blue Harbor", "… on the CBS drama Blue Harbor": a title after a part (see extract).
IN_A_TITLE = compile_regex(
    r"[ \u00a0]+(?:in|on)[ \u00a0]+(?:(?:the|a)[ \u00a0]+)?(?:[A-Z][\w+]*[’']s[ \u00a0]+)?"
    r"(?:[a-z][\w\-]*[ \u00a0]+){0,2}(?P<title>[A-Z0-9][\w’'\-:&]*(?:[ \u00a0]+[A-Z0-9][\w’'\-:&]*){0,5})"
)
# What follows "in" but names no work: a season, a month, a place in the story.
NOT_A_WORK = compile_regex(
    r"(?:Season|Seasons|Series|Part|Episode|Episodes|Volume|Chapter|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|The Season|The Series)\b"
)
# The person someone else joins or replaces: "Joining Holloway as a regular is Dom Achter, who
# plays Luke" gives Holloway no part; the part is the other person's. ("alongside X as Y" and
# "opposite X as Y" do give X the part Y.)
ACCOMPANIED_BEFORE = compile_regex(
    r"(?:^|[ \u00a0(])(?:[Jj]oining|[Rr]eplacing|[Ss]ucceeding)[ \u00a0]+$"
)
# A kind of work right before a name: what follows is a title, not a person.
WORK_KIND_BEFORE = compile_regex(
    r"\b(?:drama|comedy|series|show|thriller|sitcom|film|movie|docuseries|miniseries|anthology"
    r"|procedural|spinoff|spin-off|reboot|revival|adaptation)[ \u00a0]+$"
)
# A later volume or half of a season, named before a date: that date is not the season's start.
LATER_VOLUME = compile_regex(
    r"\b(?:[Vv]olume|[Vv]ol\.)\s+(?:[2-9]|two|three|four)\b|\b(?:second|back|final|latter)\s+half\b"
)
# Common words that start a sentence in TV news before an event verb ("Filming returns to
# Atlanta"): capitalised there, but no show's name.
NOT_A_SHOW_SUBJECT = words(
    """
    Production Filming Shooting Photography Work Development Casting Writing Nothing Everything
    Everyone Fans Viewers Audiences Critics Ratings Viewership Streaming Season Seasons Series
    Episodes Everybody Somebody Someone Something Nobody Hope Talk Word News Plans Details
    """
)
# Between a character and "played by", an aside that ends on another capitalised name: the
# part may be that name's ("Molloy, a professor at a university where Maeve, played by …").
NAME_ENDS_APPOSITIVE = compile_regex(r",\s[^,]*\s[A-Z][\w’'\-]*,")
# An actor ending a list ("Kai Mendez and Lottie Green as …") and a character starting one
# ("… as Orin and Bea"): parallel lists without "respectively" do not say who plays whom.
LIST_BEFORE_NAME = compile_regex(r"[A-Z][\w’'\-]+\s+(?:and|&)\s+$")
LIST_AFTER_NAME = compile_regex(r"\s+(?:and|&)\s+[A-Z]")
# After a show's title, the word that makes it the parent of the one named next: "Netflix orders
# 'Red Mesa' prequel 'Dry Gulch'" is about Dry Gulch.
PARENT_OF_NEXT = compile_regex(r"[\"”’']?\s+(?:prequel|sequel|spin-?off)\b")
# The parent show as the subject in a spinoff story: "The flagship was created by …".
PARENT_SUBJECT = compile_regex(
    r"(?:The|Its)\s+(?:flagship|mothership|parent\s+(?:show|series|drama))(?:\s+(?:show|series"
    r"|drama))?\b"
)
# "Tidewater star Ola Brenn": a show's name before "star" and its actor after, a credit, not
# the end of a cast list ("Ola Brenn and Piet Sandoval star").
STAR_BEFORE_NAME = compile_regex(r"(?<=[Ss]tar)\s+[A-Z][\w’'\-]+\s+[A-Z]")
# "Harbour Lights star Piet Sandoval": the actor of the show named right before "star".
STAR_AFTER_TITLE = compile_regex(rf"{_SP}[Ss]tar{_SP}(?P<actor>{_PERSON})")
# After "Hulu's", the network's shows in general: "one of Hulu's most underrated comedies".
NETWORKS_MANY_SHOWS = compile_regex(
    r"[’']s\s+(?:[a-z][\w\-]*\s+){0,3}(?:shows|dramas|comedies|thrillers|sitcoms|originals|hits"
    r"|titles|programmes|programs|offerings|franchises)\b"
)
# A sentence that goes on about the show named in the one before it.
REFERS_BACK = compile_regex(
    r"(?:It|Its|It[’']s|The{SP}(?:show|series|drama|comedy|thriller|sitcom|season))\b".replace(
        "{SP}", _SP
    )
)
# After an acronym, a word saying it names a kind of work, not a work: "the YA novels".
WORK_KIND_AFTER = compile_regex(_SP + _WORK_KIND)
# A source named by its maker or origin, not its title: "the Danish series", "the Image Comics
# series" (one word, or a publisher's name, before a kind of work).
SOURCE_MODIFIER = compile_regex(_SOURCE_MAKER)
# Around a captured title, what makes it no show: "as the groundskeeper Nathaniel" (a part),
# "episode, titled "Dock 9"" (an episode).
AS_A_DESCRIBED_PART = compile_regex(r"\bas\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w\-]*\s+){0,3}$")
ENDS_IN_PREPOSITION = compile_regex(r"\b(?:in|on|of|for|at|from|with|to)\s+$")
EPISODE_TITLED = compile_regex(r"\bepisode,?\s+(?:titled|called|named|entitled)\s*$")
# A fact box line in title case, "Showrunner/creator: George Kay": its names are delimited.
FACT_BOX_LABEL = compile_regex(r"[A-Za-z/ ]{3,40}:\s")
# A link to another story, not a fact box: "Related: 'Show' Finale: Creator A Explains Why".
LINK_LABEL = compile_regex(
    r"(?i:related|read\s+(?:more|also|next)|see\s+also|also\s+read|more\s+coverage"
    r"|recommended|don[’']t\s+miss)(?:\s+(?i:stories|articles|links?))?:\s")
# "London-based Hat Trick", "Netflix-backed Moonpath Studios": an adjective, not the company.
COMPANY_ADJECTIVE = compile_regex(r"^\S+-(?:based|backed|owned|adjacent|founded|run)\s+")
# Where a new clause begins: a role kind said before it is not the next actor's; a date takes
# its tense from the clause it stands in.
CLAUSE_BREAK = compile_regex(r",\s+(?:and|while|but|whereas)\s+(?=[a-z])|;\s+(?=[a-z])")
# A clause that sets another show against the one before: "…, while 'X' was cancelled".
CONTRAST_BREAK = compile_regex(r",\s+(?:while|whereas)\s")
RELATIVE_CLAUSE = compile_regex(r",\s+(?:which|who|that|and|but)\s|;\s")
# "A as the inn's manager and B as …": the words before B end in "and".
ENDS_IN_AND = compile_regex(r"\band\s+$")
# A part someone had before: "who played King Edric", "played Jack Reed in Blue Harbor".
PAST_PART_VERB = compile_regex(r"\b(?:played|portrayed|voiced|starred)\b")
WHO_PLAYED_BEFORE = compile_regex(
    r"\bwho\s+(?:played|portrayed|voiced|starred\s+as)\s+(?:[\w’'\-]+\s+){0,3}$"
)
# A decision still to come, named before a date.
DECISION_BEFORE = compile_regex(r"\b(?:[Dd]ecision|[Dd]ecide[sd]?|[Vv]erdict)\b")
# A source work named shortly before a date: the year is the book's or the game's.
SOURCE_WORK_BEFORE = compile_regex(
    r"\b(?:novels?|books?|comics?|comic{SP}book|graphic{SP}novels?|video{SP}games?|games?|manga"
    r"|podcasts?|webtoons?)(?:{SP}series)?\b(?![^.;]*\b(?:season|series|show|episodes?|premiere)\b)".replace(
        "{SP}", _SP)
)
# The title of another work: given by its kind ("the comedy podcast Tenants Hall", "the video
# game Ash Circle") or the subject of its launch ("since Dockside launched"). A fact after it, with
# no mention of our show between, is that work's (its creator, its network, its year).
_TITLE_WORDS = r"(?:The{SP})?[A-Z][\w’'\-]*(?:{SP}(?:of{SP}|the{SP}|and{SP})?[A-Z][\w’'\-]*){0,4}"
OTHER_WORK_TITLE = compile_regex(
    (
        r"\b(?:podcast|video{SP}game|game|novel|memoir|webtoon|manga|graphic{SP}novel|film|movie"
        r"|stage{SP}play|musical|pilot)(?:{SP}series)?,?{SP}(?P<title>" + _TITLE_WORDS + r")"
        r"|\b(?:since|when|after|before|until){SP}(?P<subject>" + _TITLE_WORDS
        + r"){SP}(?:first{SP})?(?:launched|premiered|debuted|bowed|aired)\b"
    ).replace("{SP}", _SP)
)
OTHER_WORK_TITLE_NEEDS = (
    "pilot", "podcast", "game", "novel", "memoir", "webtoon", "manga", "film", "movie", "play", "musical",
    "launched", "premiered", "debuted", "bowed", "aired",
)
# A title right before "on NETWORK" ("Later it was The Gallowglass on HBO"): that network is
# the title's. Only "The …" titles, as a bare capital there is as often a day or a name.
TITLE_BEFORE_ON = compile_regex(
    r"(?<![\w’'])(?P<title>The{SP}[A-Z][\w’'\-]*(?:{SP}(?:of{SP}|the{SP})?[A-Z][\w’'\-]*){0,3})"
    r"{SP}$".replace("{SP}", _SP)
)
# After "moved to ITV", the show the move was for: "to lead Quayside", "to star in The Crofts".
TITLE_AFTER_MOVE = compile_regex(
    (
        r"{SP}to{SP}(?:lead|star{SP}in|front|headline|host|join|write|run)(?:{SP}the{SP}[a-z]+)?"
        r"{SP}(?P<title>" + _TITLE_WORDS + r")"
    ).replace("{SP}", _SP)
)
# A bio sentence's cue that the titles it names are past credits: "previously wrote for",
# "broke out as", "is best known for", "her other credits include".
BIO_CREDIT_CUE = compile_regex(
    r"\b(?:previously|formerly|best{SP}known|broke{SP}out|credits{SP}include|got{SP}(?:his|her"
    r"|their){SP}start|rose{SP}to{SP}fame|first{SP}came{SP}to)\b".replace("{SP}", _SP)
)
# Right after a title, an appositive that describes it as a show: ", a Movistar Plus+ series".
SHOW_APPOSITIVE_AFTER = compile_regex(
    r",{SP}(?:a|an){SP}(?:[\w+’'\-]+{SP}){0,4}(?:series|drama|comedy|thriller|show|miniseries"
    r"|sitcom)\b".replace("{SP}", _SP)
)
# Before another work's title, what makes it our show's source, not a work of its own.
SOURCE_OF_OURS_BEFORE = compile_regex(
    r"\b(?:based{SP}on|adapted{SP}from|inspired{SP}by|adaptation{SP}of|version{SP}of|remake{SP}of"
    r"|reimagining{SP}of)(?:{SP}[\w’'\-]+){0,4}{SP}$".replace("{SP}", _SP)
)
# After another work's title, words that bring the story back to our show.
OUR_SHOW_AGAIN = compile_regex(
    r"\b(?:the|this|our){SP}(?:show|series|drama|comedy|thriller|adaptation|season)\b".replace(
        "{SP}", _SP)
)
# A rank or title that opens a character's name, never an actor's: in "Detective Inspector
# Ruth Anstey (Delia Farrow)" the name in the parenthesis is the actor even in a cast list.
CHARACTER_RANK = compile_regex(
    r"(?:Detective|Inspector|DS|DI|DCI|DC|Sergeant|Sgt\.?|Officer|Captain|Capt\.?|Lieutenant"
    r"|Lt\.?|Agent|Dr\.?|Doctor|Professor|Prof\.?|Judge|Father|Sister|Brother|Lord|Lady|Sir"
    r"|Dame|King|Queen|Prince|Princess|Commander|Chief|Mayor|Sheriff|Deputy|Nurse|Major"
    r"|Colonel|General|Admiral|Reverend)\b")
# A role word inside a part's description: "Lucius Bell as choir director Amos Pike" casts a
# character; no director is credited.
PART_BEFORE_ROLE = compile_regex(
    r"\b(?:as|playing|plays|portraying)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w\-]*\s+){0,3}$")
# A job that only shares a crew word: "choir director Amos Pike", "the casting director" and
# "a music producer" credit nobody with directing or producing the show.
OTHER_JOB_WORDS = words(
    "choir choral music musical casting art artistic creative technical managing funeral museum"
    " hospital school camp athletic program programming sales marketing communications"
    " fight stunt photography news record content video stage theater theatre band orchestra"
    " tournament race campaign"
)
OTHER_JOB_BEFORE_ROLE = compile_regex(
    r"\b(?P<job>[a-z]+)[ \u00a0]+(?:directors?|producers?|creators?)\b", re.I)
# A department after the role word: "Ann Lee, director of drama at the BBC" and "director of
# photography" are jobs at a channel or on the set, not directing the show.
JOB_AFTER_ROLE = compile_regex(
    r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:(?:original|scripted|unscripted|factual|global|international"
    r"|UK|US|U\.S\.|local|kids|children’s|children's)[ \u00a0]+)?(?:drama|comedy|content|programming"
    r"|programmes|photography|development|entertainment|television|casting|production|operations"
    r"|commissioning|acquisitions)\b(?![ \u00a0]+(?:series|show|drama|comedy)\b)", re.I)
# A source work as the subject of a credit: "The podcast, created by A and B, debuted in 2020"
# names the podcast's makers, not the show's. ("based on the novel, was created by" is the show.)
SOURCE_IS_SUBJECT = compile_regex(
    r"\b(?:podcast|novel|book|comic|manga|webtoon|memoir|play|game)s?,?\s+(?:(?:which|that)\s+)?"
    r"(?:was\s+|were\s+)?$", re.I)
# Role words as one name's own predicate (see extract._kind_of_another): "…, with C recurring
# as Z", "…, and C guest stars in episode 3", "…, who joins in a recurring role".
SUBJECT_BEFORE_ROLE = compile_regex(
    r"(?:,\s+and|\band|\bwith|\bwhile|;)\s+(?:newcomer\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}"
    r",?\s+(?:also\s+|will\s+)?$")
WHO_CLAUSE_END = compile_regex(r",\s+who\s+[^,;.]{0,80}$")
# What a story is about comes first: "The series follows Ana Ruiz (Maite Olle), a linguist"
# names the character, then the actor, whatever cast words the sentence holds.
STORY_OF_BEFORE = compile_regex(
    r"\b(?:follows|following|centers\s+on|centres\s+on|focuses\s+on|revolves\s+around"
    r"|tells\s+the\s+story\s+of)\s+$")
# A season someone has ideas about, not one that is ordered: "Her Plans for Season 3",
# "what he has in mind for a fourth season".
PLANS_FOR = compile_regex(
    r"\b(?i:plans?|ideas?|vision|pitch|dreams?|thoughts|wish\s+list|has\s+in\s+mind|mapped\s+out)"
    r"\s+(?i:for|of|about)\s+(?i:a\s+|the\s+)?$")
# "cancelled" describing a show, not happening to a season: "Netflix Picks Up Fox's Cancelled
# Comedy for Season 3", "revives the cancelled NBC drama".
CANCELLED_ADJECTIVE = compile_regex(
    r"(?i:cancell?ed|axed)\s+(?:[\w\-]+\s+){0,2}?(?i:series|show|drama|comedy|sitcom|thriller"
    r"|procedural|dramedy|anthology|docuseries)\b")
# A name that a description introduces ("a fire inspector named Ilse Varga", "a woman called
# the Ferrywife"): a character, not a cast member.
NAMED_BEFORE = compile_regex(
    r"\b(?:named|called|nicknamed|dubbed|known\s+as)\s+(?:the\s+)?$", re.I)
SOURCE_NAMED_AS_SOURCE = compile_regex(
    r"\b(?:based\s+on|adapted\s+from|adaptation\s+of|inspired\s+by)\b", re.I)
# Right before a source's capitalised words: its author follows, not its title.
AUTHOR_BEFORE = compile_regex(r"\bby\s+$")
# A temporal conjunction opening a new clause: what comes before it ("The renewal comes two
# months after …") says nothing about the premiere or season named after it.
# A season's past record after a renewal verb: "renewed the series, citing its viewership:
# Season 2 reached the top 10" (the renewal is for the next season).
SEASON_PAST_DEED = compile_regex(
    r"\s+(?:reached|drew|averaged|topped|hit|ranked|racked|scored|earned|became|broke"
    r"|premiered|debuted|was|had)\b"
)
# A season named only as a point in time: "after the events of the Season 2 finale", "since
# the season one finale": the fact in that sentence is not that season's.
SEASON_AS_TIME = compile_regex(
    r"\b(?:events\s+of|since|after|following|before|ahead\s+of)\s+(?:the\s+)?$", re.I
)
SEASON_EVENT_WORD = compile_regex(r"\s+(?:finale|premiere|cliffhanger|ending)\b", re.I)
CLAUSE_BEFORE_TRIGGER = compile_regex(r"\b(?:after|before|since|following|when|while)\b")
# A show's earlier run, in a revival story: "which ran for eight seasons on ABC from 1989 to
# 1997" names the old network, not the revival's.
PAST_RUN = Folded(r"\b(?:ran|aired)\b[^.;]{0,80}\b(?:19|20)\d\d\b")
# A negation in the clause before a verb: "not a single scene of it has been shot in Boston".
NEGATED_CLAUSE = compile_regex(r"\b(?:not|never|no)\b|n[’']t\b")
# A plan given up before it happened: "was originally planned to shoot in Atlanta, but moved
# north" names no place the show was filmed.
ABANDONED_PLAN = compile_regex(
    r"\b(?:(?:originally|initially|first|once)\s+(?:planned|set|scheduled|slated|intended|meant"
    r"|supposed|going|due|dated)|(?:was|were)\s+supposed|had\s+(?:planned|intended|hoped))"
    r"\s+(?:to|for)\b")
# What only a name can be followed by, never a possessive: "NBC renewed Saint Brigid's for a
# third season" ('s and then "for"), so the 's belongs to the title.
AFTER_A_NAME = compile_regex(
    r"[,.;:!?)\"”’']|[ \u00a0](?:is|was|has|had|will|for|in|on|at|to|and|with|as|from|which"
    r"|who|that|returns?|premieres?|stars?)\b")
# A pilot as the subject of a filming phrase: "The pilot was filmed in Calgary" dates no season.
PILOT_SUBJECT = compile_regex(
    r"\b[Tt]he\s+pilot(?:\s+episode)?(?:\s+(?:was|were|is|will\s+be|has\s+been|had\s+been)|,\s+which)\b"
    r"|\bpilot\s+(?:was\s+)?(?:filmed|shot|lensed)\b")
# After a season number, the show a spinoff or remake comes from: "season 4 of the flagship".
OF_THE_PARENT_SHOW = compile_regex(
    r"\s+of\s+the\s+(?:flagship|mothership|parent|original)(?:\s+(?:series|show|drama|comedy))?\b")
# Someone who once covered a part for a while: with a past "played", a former stand-in, not
# the show's cast ("During a brief 2012 stint, when Bancroft was on leave, Trent was played by").
STAND_IN = Folded(
    r"\b(?:stint|on{SP}(?:\w+{SP})?leave|filled{SP}in|fill-in|stand-in|stood{SP}in|temporarily)\b"
    .replace("{SP}", _SP))
# A death: in a revival story, whoever it names made the old show, not the new one.
DIED = Folded(r"\b(?:died|passed{SP}away|the{SP}late|death{SP}of)\b".replace("{SP}", _SP))
# A roundup item's label: "DATES: Peacock has set …", "UK: BBC One is the home of the series".
SECTION_LABEL = compile_regex(r"[A-Z][A-Z&/\- ]{1,30}:[ \u00a0]")
# A roundup entry's label: "Fathom Road (Season 2, Max) — …", "Mossgiel (Series premiere,
# Acorn TV)", "Nightjar (Film, Netflix)". What follows, up to the next entry, is that title's.
ENTRY_LABEL = compile_regex(
    r"(?P<title>[^\s()][^()]{0,70}?)[ \u00a0]\((?:(?:Documentary|Limited|New|Returning|Animated"
    r"|Docu)[ \u00a0-]?)?(?:[Ss]eason|[Ss]eries|Part|Film|Movie|Miniseries|Special|[Dd]ocuseries)"
    r"\b[^()]{0,80}\)(?=[ \u00a0]*(?:[—–:]|-[ \u00a0]|$))")
# A listings heading line: "Fathom Road (Max, Thursday 19 June, 9pm)", the title then its
# channel and slot in brackets, nothing after.
ENTRY_NETWORK_LABEL = compile_regex(
    rf"(?P<title>[^\s(),][^(),]{{0,70}}?)[ \u00a0]\((?:{_NET})(?![\w+])[^()]{{0,80}}\)"
)
# An aside that closes a roundup entry: "Also Tuesday: …", "Also of note: …".
ENTRY_ASIDE = compile_regex(r"Also\b[^:.]{0,20}:[ \u00a0]")
# A name followed by a possessive and a relation: "plays Nell's uncle Rupert" names Nell only
# to say whose uncle the part is.
POSSESSIVE_AFTER = compile_regex(r"[’']s[ \u00a0]+[a-z]")
# Right before a season number, a word that makes it a point in time, not the season talked
# about: "picks up eighteen months after the season 3 finale".
TIME_POINT_BEFORE = compile_regex(r"\b(?:after|since|following|before|until)\s+(?:the\s+)?$", re.I)
# A correction note restates what was wrong: "An earlier version misstated that the show had
# been renewed".
CORRECTION = Folded(
    r"\b(?:misstated|misidentified|misreported|incorrectly\s+(?:stated|said|reported|identified)"
    r"|an\s+earlier\s+version\s+of\s+this|this\s+(?:article|story|post)\s+(?:has\s+been|was)"
    r"\s+(?:updated|corrected))\b")
# The work a remake or an adaptation comes from: its cast is not the new show's.
ORIGINAL_WORK = Folded(
    r"\bthe{SP}original(?:{SP}(?:series|version|show|drama)\b|,)".replace("{SP}", _SP)
)
# The source work as a sentence's subject: "The podcast was created by …", "The novel sold …"
# (its seasons, creators and dates are the source's, not the show's).
SOURCE_SUBJECT = compile_regex(
    r"The\s+(?:original\s+)?(?:podcast|novels?|books?|comics?|manga|webtoon|audio\s+drama"
    r"|video\s+game)\b(?!\s+(?:adaptation|series|version)\b)"
)
# An event that is not a show as the subject: "The ceremony will be hosted by …", "The festival
# runs June 4-9" (its host, venue and broadcaster are the event's, to the end of the paragraph).
EVENT_SUBJECT = compile_regex(
    r"^(?:The|This\s+year[’']s|Next\s+year[’']s|Tonight[’']s)\s+(?:[\w’'\-]+\s+){0,4}?"
    r"(?:ceremony|ceremonies|gala|festival|convention|telecast|awards?|red\s+carpet)\s+"
    r"(?:will|is|was|takes|took|runs|ran|airs|aired|begins|began|opens|opened|kicks|moves|has|had)\b"
)
EVENT_SUBJECT_NEEDS = ("ceremon", "gala", "festival", "convention", "telecast", "award", "red carpet")
# A sentence whose subject is the show a reboot or remake remakes: "The WB original was produced
# by …", "The 1998 original series shot in Toronto" (its cast, "The original stars …", may return).
ORIGINAL_SUBJECT = compile_regex(
    r"[Tt]he\s+(?:[A-Z][\w&+\-]*\s+|(?:19|20)\d\ds?\s+)?original(?:\s+(?:series|version|show"
    r"|drama|comedy|sitcom|run))?\b(?!\s+(?:cast|stars?|leads?|creators?|showrunners?"
    r"|characters?|actors?|actress(?:es)?)\b)"
)
# The spinoff or reboot as a sentence's subject, in a story that names its parent show too.
NEW_SHOW_SUBJECT = compile_regex(
    r"The\s+(?:new\s+(?:series|show|drama|comedy|version)|spin-?off|reboot|revival)\b"
)
# How a story introduces the show that is a spinoff or reboot: "Undertow, a spinoff of …",
# "'Marlowe Bay' Spinoff 'Undertow'", "its reboot of Harbour Lights" (that one is the parent).
_NEW_KIND = r"(?:spin-?off|reboot|revival|sequel\s+series)"
NEW_SHOW_BEFORE = compile_regex(rf"\b{_NEW_KIND}\s+[\"'‘“]?$", re.I)
NEW_SHOW_AFTER = compile_regex(
    rf"[\"'’”]?,\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w\-]+\s+)?{_NEW_KIND}\b(?!\s+star)", re.I
)
# A story about an older show brought back: its new season is not season 1.
REVIVAL = compile_regex(r"\b(?:[Rr]evival|[Rr]eboot|[Rr]eimagining|[Rr]evived)\b")
REVIVAL_NEEDS = ("reviv", "reboot", "reimagining")  # as SPLIT_SEASON_NEEDS
# A show's earlier life, in a sentence about its new one.
HISTORY_WORDS = Folded(r"\b(?:previously|originally|formerly|once)\b")
# A sentence about other shows than the one it does not name: "Netflix cancelled two other
# comedies this month", "several series were axed".
OTHER_SHOWS = Folded(
    r"\b(?:other|several|two|three|four|five)(?:{SP}[a-z][\w\-]*)?{SP}(?:shows|series|comedies"
    r"|dramas|thrillers|sitcoms|titles|originals)\b"
    # another title of the same slate: "Apple's slate already includes X"
    r"|\b(?:slate|lineup|line-up|roster)(?:{SP}[a-z]+)?{SP}(?:also{SP})?includes?\b"
    .replace("{SP}", _SP)
)
# Another title of the same source, introduced by a colon: "It is the second Gravelroad title
# to head for the screen: X was adapted …".
ANOTHER_TITLE_INTRO = Folded(
    r"\b(?:second|third|fourth|fifth|another){SP}(?:[\w\-]+{SP}){0,3}(?:titles?|podcasts?|books?"
    r"|novels?|propert(?:y|ies)|projects?){SP}to\b[^:.;]{0,60}:".replace("{SP}", _SP)
)
# A first name right before a quote: Della “Dell” Frost. Not a question word: Is 'X' Cancelled?
NICKNAME = compile_regex(
    r"(?<![\w\-])(?!(?:Is|Are|Was|Were|Will|Would|Does|Do|Did|Has|Have|Had|Can|Could|Should"
    r"|Why|How|What|When|Where|Who|Which|Watch|Stream|See|In|On|At|For|And|But)\s)"
    r"[A-Z][\w\-]+\s$"
)
# Each context pattern with a sentence of ours it must match (tests/test_rules.py runs them).
CONTEXT_EXAMPLES: tuple[tuple[str, AnyPattern, str], ...] = (
    ("other_work_title", OTHER_WORK_TITLE, "the comedy podcast Tenants Hall"),
    ("show_appositive_after", SHOW_APPOSITIVE_AFTER, ", a Movistar Plus+ series"),
    ("bio_credit_cue", BIO_CREDIT_CUE, "Okafor previously wrote for"),
    ("title_before_on", TITLE_BEFORE_ON, "it was The Crofts "),
    ("title_after_move", TITLE_AFTER_MOVE, " to lead Quayside"),
    ("source_of_ours_before", SOURCE_OF_OURS_BEFORE, "based on the bestselling "),
    ("our_show_again", OUR_SHOW_AGAIN, "the series"),
    ("leading_noise", LEADING_NOISE, 'Exclusive: Harbour Lights'),
    ("introduced_as_press", INTRODUCED_AS_PRESS, 'the review by critic '),
    ("other_seasons", OTHER_SEASONS, 'unlike previous seasons of the show'),
    ("hedged", HEDGED, 'whether a third series could follow'),
    ("conditional", CONDITIONAL, 'If the show is renewed, season 3 would follow'),
    ("conditional_inverted", CONDITIONAL, 'Should the show be renewed, season 3 would follow'),
    ("refused_renewal", REFUSED_RENEWAL, 'the network declined to renew it for a '),
    ("maker_after_series", MAKER_AFTER_SERIES, " from Ashby Studios"),
    ("network_list_title", NETWORK_LIST_TITLE, "Movistar Plus+ and HBO Max"),
    ("company_title", COMPANY_TITLE, "Brindle Pictures"),
    ("network_pair_title", NETWORK_LIST_TITLE, "ZDF-NRK"),
    ("modifier_after_title", MODIFIER_AFTER_TITLE, " crime saga"),
    ("genre_then_verb", GENRE_THEN_VERB, "caper trades "),
    ("trailing_date", TRAILING_DATE, "Moth Kingdom on February 26"),
    ("date_range_after", DATE_RANGE_AFTER, "-20"),
    ("start_verb", START_VERB, "begin"),
    ("shoot_subject", SHOOT_SUBJECT, "Production on the first season is set to "),
    ("season_compared", SEASON_COMPARED, "As in the "),
    ("headline_phrase", HEADLINE_PHRASE, "What We Know About Season 3"),
    ("film_before", FILM_BEFORE, "the Marvel film she is "),
    ("other_shows", OTHER_SHOWS, "Netflix cancelled two other comedies this month"),
    ("another_title_intro", ANOTHER_TITLE_INTRO, "the second Gravelroad title to head for the screen: "),
    ("correction", CORRECTION, "An earlier version of this story misstated the date."),
    ("history_words", HISTORY_WORDS, "which previously aired on CBS"),
    ("revival", REVIVAL, "Paramount+ has ordered a revival of the teen drama"),
    ("negated_clause", NEGATED_CLAUSE, "not a single scene of it has been"),
    ("abandoned_plan", ABANDONED_PLAN, "was originally planned to "),
    ("person_after", PERSON_AFTER, " returns as Bree Halloran"),
    ("not_a_part_before", NOT_A_PART_BEFORE, "as a series regular opposite lead "),
    ("time_point_before", TIME_POINT_BEFORE, "eighteen months after the "),
    ("possessive_after", POSSESSIVE_AFTER, "'s uncle Rupert"),
    ("section_label", SECTION_LABEL, "DATES: Peacock has set"),
    ("died", DIED, "Original creator Ned Hale died in 2019."),
    ("stand_in", STAND_IN, "while she was on maternity leave"),
    ("of_the_parent_show", OF_THE_PARENT_SHOW, " of the flagship"),
    ("pilot_subject", PILOT_SUBJECT, "The pilot was directed by A. Lee and filmed in "),
    ("country_label", COUNTRY_LABEL, "Canada: The series streams on Crave"),
    ("after_a_name", AFTER_A_NAME, " for a third season"),
    ("series_debut", SERIES_DEBUT, "The series premieres Monday, "),
    ("one_episode_before", ONE_EPISODE_BEFORE, "The season 5 finale, which "),
    ("past_run", PAST_RUN, "which ran for eight seasons on ABC from 1989 to 1997"),
    ("source_is_subject", SOURCE_IS_SUBJECT, "The podcast, "),
    ("part_before_role", PART_BEFORE_ROLE, "Lucius Bell as choir "),
    ("other_job_before_role", OTHER_JOB_BEFORE_ROLE, "returns as choir director"),
    ("character_rank", CHARACTER_RANK, "Detective Inspector Ruth Anstey"),
    ("source_named_as_source", SOURCE_NAMED_AS_SOURCE, "The series, based on the novel, "),
    ("original_work", ORIGINAL_WORK, "The original series starred Han Ji-woo"),
    ("original_subject", ORIGINAL_SUBJECT, "The WB original was shot in Vancouver"),
    ("new_show_subject", NEW_SHOW_SUBJECT, "The new series is produced by Sony"),
    ("new_show_before", NEW_SHOW_BEFORE, "'Harbour Lights' Spinoff '"),
    ("new_show_after", NEW_SHOW_AFTER, ", a spinoff of"),
    ("film_headline", FILM_HEADLINE, "Box Office: 'Iron Tide' Sails to $48 Million"),
    ("quoted_in_headline", QUOTED_IN_HEADLINE, "'The Ninth Bell' Review"),
    ("first_person", FIRST_PERSON, "I wanted the moor to be a character"),
    ("lower_word", LOWER_WORD, "wanted"),
    ("season_event_after", SEASON_EVENT_AFTER, '" for a third season'),
    ("title_season_label", TITLE_SEASON_LABEL, "3. Iron Vale: Season 4 — 4.1M views"),
    ("season_past_deed", SEASON_PAST_DEED, " reached the top 10"),
    ("season_as_time", SEASON_AS_TIME, "after the events of the "),
    ("season_event_word", SEASON_EVENT_WORD, " finale"),
    ("source_subject", SOURCE_SUBJECT, "The podcast was created by Ada Quill"),
    ("film_referent", FILM_REFERENT, "The film stars Ada Quill as a ranger."),
    ("show_referent", SHOW_REFERENT, "The series stars Ada Quill as a ranger."),
    ("unconfirmed_hire", UNCONFIRMED_HIRE, 'Nia Cole is in early talks to join the cast'),
    ("takeover", TAKEOVER, 'taking over from Paulo Strand'),
    ("credit_before_actor", CREDIT_BEFORE_ACTOR, 'best known for the drama '),
    ("from_before", FROM_BEFORE, "Drama From '"),
    ("maker_after", MAKER_AFTER, "' Boss Ada Quill"),
    ("actor_goes_on", ACTOR_GOES_ON, ', who plays Nell'),
    ("possessive_credit", POSSESSIVE_CREDIT, "Harbour Lights's Ines Marr"),
    ("upcoming", UPCOMING, 'the new season is expected in 2026'),
    ("nickname", NICKNAME, 'Della '),
    ("future_words", FUTURE_WORDS, 'the drama is set to return on March 5'),
    ("past_words", PAST_WORDS, 'the first season premiered on March 5'),
    ("relative_before_date", RELATIVE_BEFORE_DATE, 'filming wrapped after '),
    ("later_part", LATER_PART, 'Part 2 arrives on May 1'),
    ("later_volume", LATER_VOLUME, 'Season 4 Volume 2 arrives on July 1'),
    ("work_kind_before", WORK_KIND_BEFORE, "cast in the HBO drama "),
    ("past_role_on", PAST_ROLE_ON, "who formerly starred as Dr. Kate Hollis on "),
    ("source_modifier", SOURCE_MODIFIER, "Danish"),
    ("decision_before", DECISION_BEFORE, "A decision on a fourth season is expected in "),
    ("as_a_described_part", AS_A_DESCRIBED_PART, "Felix Arden as the groundskeeper "),
    ("ends_in_preposition", ENDS_IN_PREPOSITION, "cast as the lead in "),
    ("episode_titled", EPISODE_TITLED, "Sunday's episode, titled "),
    ("fact_box_label", FACT_BOX_LABEL, "Showrunner/creator: George Kay"),
    ("link_label", LINK_LABEL, "Related: 'Salt Flats' Boss Explains"),
    ("company_adjective", COMPANY_ADJECTIVE, "London-based Hat Trick Productions"),
    ("clause_break", CLAUSE_BREAK, "promoted to series regular, and newcomer"),
    ("contrast_break", CONTRAST_BREAK, "returns in 2026, while "),
    ("relative_clause", RELATIVE_CLAUSE, "photos from season 3, which debuts June 5"),
    ("ends_in_and", ENDS_IN_AND, "as the inn's new manager and "),
    ("past_part_verb", PAST_PART_VERB, "who played Jack Reed in Blue Harbor"),
    ("who_played_before", WHO_PLAYED_BEFORE, "Lionel Baptiste, who played "),
    ("source_work_before", SOURCE_WORK_BEFORE, "adapted from the game first released in "),
    ("in_a_title", IN_A_TITLE, " in Blue Harbor"),
    ("not_a_work", NOT_A_WORK, "Season 2"),
    ("refers_back", REFERS_BACK, 'Its second season premiered on August 28.'),
    ("name_ends_appositive", NAME_ENDS_APPOSITIVE, ', a professor at a college where Maeve,'),
    ("list_before_name", LIST_BEFORE_NAME, 'will add Kai Mendez and '),
    ("list_after_name", LIST_AFTER_NAME, ' and Bea'),
    ("clause_before_trigger", CLAUSE_BEFORE_TRIGGER, 'comes two months after season 2'),
    ("work_kind_after", WORK_KIND_AFTER, ' novels by Miriam Vale'),
    ("author_before", AUTHOR_BEFORE, 'the novels by '),
    ("speaker_after", SPEAKER_AFTER, ' said the director'),
    ("named_before", NAMED_BEFORE, 'a ranger named '),
    ("entry_label", ENTRY_LABEL, "Fathom Road (Season 2, Max) — The drama returns."),
    ("entry_network_label", ENTRY_NETWORK_LABEL, "Fathom Road (Max, Thursday 19 June, 9pm)"),
    ("entry_aside", ENTRY_ASIDE, "Also Tuesday: the finale airs"),
    ("show_debut_before", SHOW_DEBUT_BEFORE, "ahead of the show's "),
    ("show_debut_after", SHOW_DEBUT_AFTER, " debut"),
    ("cancelled_adjective", CANCELLED_ADJECTIVE, "Picks Up Fox's Cancelled Comedy"),
    ("plans_for", PLANS_FOR, 'Her Plans for '),
    ("story_of_before", STORY_OF_BEFORE, 'The series follows '),
    ("subject_before_role", SUBJECT_BEFORE_ROLE, 'A as X, with Cy Lund '),
    ("who_clause_end", WHO_CLAUSE_END, 'and Cy Lund, who joins in a '),
    ("relative_date", RELATIVE_DATE, 'since 2019'),
    ("hedged_date", HEDGED_DATE, ' or early 2027'),
    ("denied_premiere", DENIED_PREMIERE, 'No new '),
    ("event_subject", EVENT_SUBJECT, "The ceremony will be hosted by Milo Quarrie"),
    ("star_before_name", STAR_BEFORE_NAME, "Tidewater star Ola Brenn"),
    ("star_after_title", STAR_AFTER_TITLE, "Harbour Lights star Piet Sandoval"),
    ("networks_many_shows", NETWORKS_MANY_SHOWS, "one of Hulu's most underrated comedies"),
    ("title_then_network", TITLE_THEN_NETWORK, "Ravnsholt on Netflix"),
    ("parent_of_next", PARENT_OF_NEXT, "'Red Mesa' prequel"),
    ("parent_subject", PARENT_SUBJECT, "The flagship was created by Wim Harte"),
    ("original_version_after", ORIGINAL_VERSION_AFTER, "who created the Danish series"),
    ("recurring_before_date", RECURRING_BEFORE_DATE, "will air every Saturday and "),
    ("by_the_premiere_after", BY_THE_PREMIERE_AFTER, ", three days before the premiere"),
    ("modal_before_trigger", MODAL_BEFORE_TRIGGER, "Season 3 could "),
    ("association_before", ASSOCIATION_BEFORE, "made by Greyfriar in association with "),
    ("show_the_verb", SHOW_THE_VERB, "The stills show Dara Quill as Nell"),
)

# Prefilters of the patterns that are not `Rule`s (what `Rule.needs` is for a rule): every
# match holds one of the words, in `lowered` form. tests/test_rules.py checks them on every
# sentence of samples/ and the dev set.
PATTERN_NEEDS: tuple[tuple[AnyPattern, tuple[str, ...]], ...] = (
    (CAST_LIST_AFTER, CAST_LIST_AFTER_NEEDS),
    (EVENT_SUBJECT, EVENT_SUBJECT_NEEDS),
    (STAR_AFTER_TITLE, ("star",)),
    (CAST_LIST_BEFORE, CAST_LIST_BEFORE_NEEDS),
    (PREMIERE_TRIGGER, PREMIERE_TRIGGER_NEEDS),
    (DATE_EXPRESSION, DATE_EXPRESSION_NEEDS),
    (DEBUT_SEASON_ONE, DEBUT_SEASON_ONE_NEEDS),
    (NON_CAST_CONTEXT, NON_CAST_CONTEXT_NEEDS),
    (UNCONFIRMED_HIRE, UNCONFIRMED_HIRE_NEEDS),
    (CONDITIONAL, CONDITIONAL_NEEDS),
    (FILM_BEFORE, ("film", "movie", "feature")),
    (HISTORY_WORDS, ("previously", "originally", "formerly", "once")),
    (ORIGINAL_WORK, ("original",)),
    (DIED, ("died", "passed", "late", "death")),
    (STAND_IN, ("stint", "leave", "filled", "fill-in", "stand-in", "stood", "temporarily")),
    (OTHER_SHOWS, ("shows", "series", "comedies", "dramas", "thrillers", "sitcoms", "titles",
                   "originals", "slate", "lineup", "line-up", "roster")),
    (ANOTHER_TITLE_INTRO, (":",)),
    (SAME_NAME, ("same", "eponymous")),
    (PAST_RUN, ("ran", "aired")),
    (CORRECTION, ("misstated", "misidentified", "misreported", "incorrectly", "earlier",
                  "updated", "corrected")),
    (NETWORK_SECONDARY, ("next", "day", "licens", "library", "available", "seasons", "also",
                         "catalog", "rerun", "syndicat", "distribut", "box", "theat", "film",
                         "movie", "developing", "new", "overall", "first-look", "not", "n't",
                         "n’t", "longer", "buy", "rent", "purchase", "digital", "passed",
                         "develop", "confused", "shopped", "international", "overseas",
                         "viewers", "audiences", "subscribers")),
    (CREDIT_SENTENCE, ("known", "credits", "previously", "starred", "appeared", "run",
                       "comparison", "work")),
    (HEDGED, ("whether", "could", "might", "possib", "potential", "hope", "hoping", "would",
              "envision", "’d", "'d",
              "if", "undecided", "unclear", "uncertain", "not", "yet", "word", "decision",
              "decide", "n't", "n’t", "refuse", "decline")),
    (UPCOMING, ("new", "upcoming", "next", "latest", "forthcoming")),
    (FUTURE_WORDS, ("will", "set", "slated", "upcoming", "coming", "expected", "next")),
    (PAST_WORDS, ("premiered", "debuted", "returned", "dropped", "released", "aired", "arrived",
                  "launched", "began", "bowed", "came", "was", "were")),
)

ALL_RULES: tuple[Rule, ...] = (
    SERIES_RULES
    + CAST_RULES
    + CREW_RULES
    + SEASON_RULES
    + (PART_RULE,)
    + FILMING_RULES
    + BASED_ON_RULES
    + COMPANY_RULES
)
