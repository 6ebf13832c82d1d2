"""The noun phrase a figure counts: the words after the number, up to a verb, a preposition that
starts a new phrase, or punctuation. "of" continues the phrase ("740 tons of drug production
materials"); "and" continues it inside a coordinated modifier ("primary and secondary school
students") or a repeated head ("high-quality drugs and psychotropic drugs")."""

from __future__ import annotations

import re

from narcokg.extract.lang.en.words import STOP, VERBS

#: Round 24: a pill's brand keeps its strength ("2,015 Erimin-5 tablets", "3,480 Erimin 5
#: tablets"), a word of four letters or more that is no preposition ("tablets and 12 pills").
_WORD = re.compile(
    r"\s*([A-Za-z][A-Za-z'-]*(?:(?<=[A-Za-z]-)\d{1,2}(?![\d,.])"
    r"|(?<=[A-Za-z]{4})(?<!with|than|from|over|into|only)(?<!every)\s\d{1,2}(?=\s+(?:tablets|pills)\b))?)"
)
MAX_WORDS = 8
#: Verbs that never modify the noun after them ("610 involved heroin"), unlike participles such
#: as "recorded" or "registered" ("1,200 registered drug users").
_FINITE = frozenset(
    {"involved", "contained", "showed", "carried", "held", "totalled", "totaled", "reached"}
    | {"stood", "rose", "fell", "grew", "declined", "dropped", "did", "received", "entered"}
    # round 18: "of which 1,988 concerned production": a category of the whole, its noun before
    | {"concerned"}
)
#: Nouns of places and groups an -ing word before them modifies ("processing laboratories").
_MADE_IN = re.compile(
    r"\s+(?:lab|laborator|site|facilit|den|workshop|kitchen|ring|network|gang|group|operation)",
    re.I,
)


def noun_phrase(
    text: str, position: int, *, after_unit: bool = False, share: bool = False
) -> tuple[int, str]:
    """The end offset and text of the noun phrase starting at ``position`` ("" if none); a
    verb right after a count ends it ("610 involved heroin"), not after a share ``share``
    ("3 out of 5 involved cannabis": its verb says what the part is).

    >>> noun_phrase("more than 320 major cross-regional drug crime cases, and", 13)
    (51, 'major cross-regional drug crime cases')
    >>> noun_phrase("100 million primary and secondary school students will", 11)[1]
    'primary and secondary school students'
    """
    words: list[tuple[str, int]] = []
    cursor = position
    while len(words) < MAX_WORDS:
        match = _WORD.match(text, cursor)
        if match is None:
            break
        word = match[1].lower()
        if (
            not words
            and word == "of"
            and _PRONOUN_AFTER.match(text, match.end())
            and _SCALED.search(text, 0, position)
        ):
            break  # round 8: "1.0 million of them received …": a part of a group, no noun
        if not (after_unit and not words and word == "of") and not _continues(
            text, match, word, words
        ):
            break
        if len(words) == 1 and words[0][0].lower() in CLASSIFIERS and word in _CHANGE_WORDS:
            break  # round 30: "compare last year same period 371 pieces fall 13.2%": a change
        if not words and not share and word in _FINITE:
            break  # "of which 610 involved heroin": the verb of a bare number, not its noun
        if not words and not share and not after_unit and _past_verb(text, match, word):
            break  # "3,162 faced at least one charge" (a unit's participle stays: "kilograms
            # stopped in 2022")
        words.append((match[1], match.end()))
        cursor = match.end()
    while words and words[-1][0].lower() in {"of", "and", "the", "a", "an"}:
        words.pop()
    if len(words) == 1 and words[0][0].lower() in CLASSIFIERS:
        return position, ""  # round 17: "cracked drug cases 1,286 pieces": the noun is before
    if not words:
        return position, ""
    end = words[-1][1]
    return end, text[position:end].strip()


#: Round 17: Chinese measure words (件, 起) as machine translation renders them after a count
#: whose noun stands before it ("cracked drug criminal cases 1,286 pieces", "298 rises"): alone,
#: not "pieces of", they name nothing (3 calibration reports of rounds 21, 24 and an older one).
CLASSIFIERS = frozenset(
    {"pieces", "rises", "names"}  # round 29: 名, "arrested suspects 611 names"
    # round 47: the singular the translation writes as often ("arrest drug criminal suspect 402
    # name", "cracked drug criminal cases 563 rise"): bijie wisent144, lijiang springbok146,
    # shangrao linsang123 (name), shangrao and wenzhou caribou58 (rise)
    | {"name", "rise"}
)
#: Round 30: the change machine translation writes right after a counting word ("371 pieces
#: fall 13.2%", "58 names rise 9%"): not what the count counts.
_CHANGE_WORDS = frozenset({"fall", "rise", "drop", "decrease", "increase", "decline", "growth"})
_PRONOUN_AFTER = re.compile(r"\s+(?:them|whom|those|these|which|it)\b", re.I)
_SCALED = re.compile(r"\b(?:million|thousand|billion)\s*$", re.I)
#: Irregular past tenses that can follow a bare count ("9,430 went to county jails").
_IRREGULAR_PAST = frozenset({"went", "began", "got", "took", "came", "gave", "spent", "left"})
#: Words that start what a verb governs: a verb right before one is not a modifier.
_GOVERNED = re.compile(
    r"\s+(?:a|an|the|at|to|in|into|on|for|with|no|one|more|their|his|her|its|up|out|from|by"
    r"|it|them|this|that|these|those)\b"  # round 8: "1,864 completed it": a pronoun object
)


def _past_verb(text: str, match: re.Match[str], word: str) -> bool:
    """A past tense right after a bare count, before what it governs ("3,162 faced at least one
    charge", "9,430 went to county jails"), unlike a participle modifying a noun ("1,200
    registered drug users") or one the verb list reads as the counted thing ("400 arrested")."""
    if word in VERBS or not (word in _IRREGULAR_PAST or re.fullmatch(r"[a-z]{3,}ed", word)):
        return False
    # round 7: an irregular past never modifies a noun ("3,410 left custody")
    return word in _IRREGULAR_PAST or bool(_GOVERNED.match(text, match.end()))


def _continues(text: str, match: re.Match[str], word: str, words: list[tuple[str, int]]) -> bool:
    if word in _NUMBER_WORDS:
        return False  # round 7: "down from 52 five years earlier": another number, no noun
    if word in _PRICED or (words and _BY_AGENT.match(text, match.end())):
        return False  # "drugs worth $5 million", "factories run by the gang": not the noun
    if words and word == "used" and re.match(r"\s+to\s+[a-z]+", text[match.end() :]):
        return False  # round 9: "11 vessels used to transport drugs": a clause about the head
    if words and word == "free" and re.match(r"\s+of\s+charge\b", text[match.end() :]):
        return False  # round 9: "treated 1,436 patients free of charge": how, not what
    if words and _finite_after_head(text, match, word):
        return False  # "31 centres admitted 9,604 clients", "39,870 people took part"
    if word == "of":
        return bool(words)
    if word == "and":
        return bool(words) and _and_continues(text, match.end(), words)
    if word == "such" and not words and not re.match(r"\s+as\b", text[match.end() :]):
        return True  # round 8: "92 such deaths" (not "such as"): a determiner of the noun
    if word in STOP:
        return word == "the" and bool(words) and words[-1][0].lower() == "of"
    if word.endswith("ing") and ("-" in word or (words and words[-1][0].lower() == "drug")):
        return True  # a modifier: "drug-making raw materials", "drug manufacturing dens"
    if word.endswith("ing") and words and _MADE_IN.match(text, match.end()):
        return True  # "heroin processing laboratories", "pill pressing sites"
    if words and re.fullmatch(r"[a-z]{3,}ed", word) and _REDUCED_RELATIVE.match(text, match.end()):
        return False  # "64 vessels suspected of smuggling": a clause about the head, not a modifier
    return not (words and (word in VERBS or (word.endswith("ing") and len(word) > 5)))


_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
    | {"twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million"}
)
#: Words that price a noun phrase: what follows is an amount, not more of the noun (round 7).
_PRICED = frozenset({"worth", "valued", "costing"})
#: An agent after a word ("run by", "held by", "sent by"): the word opens a clause about the head
#: noun, whatever its verb form (irregular participles included; round 7).
_BY_AGENT = re.compile(r"\s+by\s+(?:the|a|an|its|their|his|her|those|these|[A-Z])")


def _finite_after_head(text: str, match: re.Match[str], word: str) -> bool:
    """Round 7: a past tense after a counted noun with an object or a number after it is the
    clause's verb ("31 centres admitted 9,604 clients"); an irregular past always is ("people
    took part")."""
    if word in _IRREGULAR_PAST:
        return True
    regular = re.fullmatch(r"[a-z]{3,}ed", word) and word not in VERBS
    return bool(regular) and bool(_OBJECT.match(text, match.end()))


#: What a finite verb governs right after it: a number, or a determiner before its object.
_OBJECT = re.compile(r"\s+(?:\d|(?:a|an|the|their|its|some|all|more|nearly|about|over)\s)")

#: What follows a participle that opens a clause after its head noun ("suspected of", "sent by").
_REDUCED_RELATIVE = re.compile(r"\s+(?:of|by)\b")


def _and_continues(text: str, position: int, words: list[tuple[str, int]]) -> bool:
    last = words[-1][0].lower()
    ahead = [m.lower() for m in re.findall(r"[A-Za-z][A-Za-z'-]*|\d", text[position:])[:3]]
    if not ahead or ahead[0] in STOP or ahead[0] in VERBS:
        return False
    if any(word.isdigit() for word in ahead):
        return False  # "and more than $2.1 million": another figure follows
    return last in ahead or not last.endswith("s")
