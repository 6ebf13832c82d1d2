"""Changes and comparisons: "up 12.5% year-on-year", "rose by 1,200", "a two-fold increase",
"respective falls of 8.1% and 2.4%, and a rise of 6%". Each change is its own measurement, linked
to the figure it changes: the figure before it in the sentence; for a "respectively" list, the
figures listed in order, in the same sentence or, when it has none, in the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narcokg.extract.figures import Mention
from narcokg.extract.lang.en import patterns as en
from narcokg.extract.lang.en.words import DOWN, UP
from narcokg.extract.text import Sentence
from narcokg.model.numbers import MULTIPLIERS


@dataclass(frozen=True)
class Change:
    """A figure that states a change: its direction, and the figure it changes (if found)."""

    direction: str
    base: Mention | None
    notes: tuple[str, ...] = ()


def _direction_in(window: str) -> str | None:
    words = re.findall(r"[a-z]+", window.lower())
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word == "up" and index and words[index - 1] in _PHRASAL_UP:
            continue  # "cautions made up 31% of disposals": a part, not a rise
        if word in UP:
            return "increase"
        if word in DOWN:
            return "decrease"
    return None


#: Verbs that make "up" part of a phrasal verb, not a rise.
_PHRASAL_UP = frozenset({"made", "make", "makes", "making", "set", "sets", "add", "added", "adds"})
#: "was 93.4%, compared with 92.8% a year earlier", "57%, down from 69%": a level beside another
#: level, not a change.
_LEVEL_BESIDE_LEVEL = re.compile(
    r"^\W*(?:compared\s+(?:with|to)|(?:up|down)\s+from)\s+(?:about\s+|around\s+)?[\d.,]+\s*"
    r"(?:%|per\s?cent\b|percent\b)",
    re.I,
)


def change_direction(
    sentence: Sentence, mention: Mention, previous: Mention | None, previous_direction: str | None
) -> str | None:
    """The direction of the change ``mention`` states, or ``None`` if it states a level."""
    start = mention.start - sentence.start
    window_start = previous.end - sentence.start if previous else 0
    window = sentence.text[window_start:start]
    if re.search(r"\b(?:from|to)\s*$", window):
        return None  # "down from 69%", "rose from 9,600 pounds to 12,900": levels, not changes
    if mention.unit in {"percent", "fold", "percentage-point"}:
        direction = (
            _multiplied(mention) or _direction_in(window[-40:]) or _direction_in(mention.noun)
        )
        rest = sentence.text[mention.end - sentence.start :]
        direction = direction or _times_compared(mention, rest)
        after = en.AFTER_CUE.match(sentence.text[mention.end - sentence.start :])
        if direction is None and previous_direction and _listed_after_change(window, rest):
            direction = previous_direction  # "fell by 12.4%, the number of suspects by 8.1%"
        if direction is None and after is not None and not _LEVEL_BESIDE_LEVEL.match(rest):
            word = (after["dir"] or "").lower()
            direction = _direction_in(word) or _RELATIVE.get(word) or "increase?"
        first = (mention.noun.lower().split() or [""])[0]
        if direction is None and first in _RELATIVE:
            direction = _RELATIVE[first]  # "13% above the previous record", "6% below it"
        return direction
    if en.ABSOLUTE.search(window[-40:]) and (direction := _direction_in(window[-40:])):
        return direction
    rest = sentence.text[mention.end - sentence.start :]
    head = mention.noun.split()[:1]
    if (head and head[0].lower() in {"fewer", "more", "less"}) or en.THAN.match(rest):
        return _direction_in(" ".join(head) + " " + rest[:20])
    return None


#: What stands between a change and the next percentage of the same list, which states the same
#: change: "fell by 12.4%, the number of suspects by 8.1%"; (round 15, second iteration) a list
#: of parts each naming its share of the change in brackets ("the largest rises were in A (41%),
#: B (27%) and C") or after "for"/"in" ("an increase of 23% for X and 28% for Y").
_LISTED_AFTER_CHANGE = re.compile(
    r"[\s,]*(?:and\s*)?|[\s,]*(?:and\s+)?[\w\s,/-]{0,60}\bby\s*"
    r"|\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*\(\s*"
    r"|\s+(?P<on>for|in|among)\s+[\w-]+(?:\s+[\w-]+){0,3}\s*(?:,\s*(?:and\s+)?|and\s+)",
)


def _listed_after_change(window: str, rest: str) -> bool:
    """The percentage continues the list a change began: a part named after "for"/"in" must be
    named the same way after this figure too ("23% for X and 28% for Y", not "rose 5% in X, and
    40% of those held"); a part in brackets must close its bracket."""
    listed = _LISTED_AFTER_CHANGE.fullmatch(window)
    if listed is None:
        return False
    if listed["on"]:
        return re.match(rf"\s+{listed['on']}\b", rest) is not None
    return not window.rstrip().endswith("(") or rest.lstrip().startswith(")")


#: A percentage "above" or "below" another figure is a change from it.
_RELATIVE = {"above": "increase", "below": "decrease"}


def _multiplied(mention: Mention) -> str | None:
    """The direction a multiplier word states itself: "tripled", "more than twice" rise, "halved"
    falls; "threefold" says how much, not which way ("fell threefold")."""
    words = re.findall(r"[a-z]+", mention.quote.lower())
    if any(w in MULTIPLIERS for w in words):
        return "decrease" if any(w.startswith("halv") for w in words) else "increase"
    return None


#: What a multiple is "times" of when it compares two amounts: "3 times the amount seized in
#: 2021", "2.6 times the previous year's", "four times as much", "twice that of 2022".
_TIMES_OF = re.compile(
    r"\s*(?:the|as\s+(?:much|many|large|high)|that|those|what|its|their|(?:last|previous|"
    r"prior|a)\s+year's)\b",
    re.I,
)


def _times_compared(mention: Mention, rest: str) -> str | None:
    """A multiple of another amount is a change from it (the figure it multiplies is what
    changed): a rise above one, a fall below."""
    if mention.unit != "fold" or mention.number == 1 or not _TIMES_OF.match(rest):
        return None
    return "increase" if mention.number > 1 else "decrease"


def link_changes(
    sentences: list[Sentence], mentions: list[list[Mention]], directions: list[list[str | None]]
) -> dict[tuple[int, int], Change]:
    """For every change (by sentence and position), the figure it changes."""
    links: dict[tuple[int, int], Change] = {}
    for number, sentence in enumerate(sentences):
        changes = [i for i, d in enumerate(directions[number]) if d]
        if not changes:
            continue
        levels = [m for m, d in zip(mentions[number], directions[number], strict=True) if not d]
        # a base figure ("compared with 14,700 pounds in FY2022, an increase of 84%") is what the
        # change is measured against, not what changed: the change is of the level before it
        levels = [m for m in levels if not _is_base(sentence, m, levels)]
        respectively = "respectively" in sentence.text.lower() or "respective" in sentence.text
        earlier = _previous_levels(sentences, mentions, directions, number)
        if respectively and not levels and len(earlier) < len(changes):
            earlier = _listed_before(mentions, directions, number, len(changes))
        for rank, index in enumerate(changes):
            change = mentions[number][index]
            # "6.2% higher than the 15,267 offences …": what it is compared with did not change
            own = [m for m in levels if not _compared_after(sentence, change, m)]
            if _times_compared(change, sentence.text[change.end - sentence.start :]):
                own = [m for m in own if not _former_value(sentence, m)]
            if not own and not earlier:
                own = levels  # nothing else it could change
            base, notes = _base(change, own, earlier, rank, len(changes), respectively)
            named = None if respectively else _named_in_clause(sentence, change, own)
            base, notes = (
                (named, ("linked by the noun its clause names",)) if named else (base, notes)
            )
            same_paragraph = number > 0 and sentences[number - 1].paragraph == sentence.paragraph
            if base is None and not levels and same_paragraph:
                base, notes = _named_base(
                    sentence, mentions[number][index], mentions, directions, number
                )
            links[(number, index)] = Change(directions[number][index] or "", base, notes)
    return links


#: Words before a figure that make it the base of a comparison (round 14: "against", "versus").
_BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|from|against|versus|vs\.?)\s+(?:in\s+)?$", re.I
)
#: (round 9) the earlier figure in parentheses, labelled with its period: "2,125 deaths in 2023
#: (2022: 2,357), a decrease"; (round 14) any label naming a year ("(January to June 2024:",
#: "(12 months to September 2023:", "(FY2024:").
_LABELLED_BRACKET = re.compile(
    r"\(\s*(?:[^()\n:]{0,40}?(?:19|20)\d\d(?:[/-]\d\d)?|(?:the\s+)?(?:previous|prior|last)"
    r"\s+year)\s*:\s*$",
    re.I,
)


def _is_base(sentence: Sentence, level: Mention, levels: list[Mention]) -> bool:
    """``level`` is a comparison's base with the current figure before it in the sentence, or an
    earlier period's figure in a labelled bracket (what changed may stand a sentence before)."""
    before = sentence.text[max(0, level.start - sentence.start - 50) : level.start - sentence.start]
    if _LABELLED_BRACKET.search(before):
        return True
    return bool(_BASE_BEFORE.search(before[-30:])) and any(m.start < level.start for m in levels)


def _former_value(sentence: Sentence, level: Mention) -> bool:
    """ "fell from 5.4 tonnes" with no "to": an earlier value, which a later multiple in the
    sentence ("…, while X was 2.3 times the previous year's") does not multiply."""
    before = sentence.text[max(0, level.start - sentence.start - 6) : level.start - sentence.start]
    after = sentence.text[level.end - sentence.start : level.end - sentence.start + 6]
    return bool(re.search(r"\bfrom\s+$", before)) and not re.match(r"\s+to\b", after)


def _previous_levels(
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    directions: list[list[str | None]],
    number: int,
) -> list[Mention]:
    if number == 0 or sentences[number - 1].paragraph != sentences[number].paragraph:
        return []
    pairs = zip(mentions[number - 1], directions[number - 1], strict=True)
    return [m for m, d in pairs if not d]


def _named_base(
    sentence: Sentence,
    change: Mention,
    mentions: list[list[Mention]],
    directions: list[list[str | None]],
    number: int,
) -> tuple[Mention | None, tuple[str, ...]]:
    """A change whose sentence names what changed but no figure ("the number of cases cracked
    dropped by 6.5%"): the latest figure of the sentence before whose head noun it names."""
    words = set(re.findall(r"[a-z]+", sentence.text[: change.start - sentence.start].lower()))
    if number > 0:
        pairs = zip(mentions[number - 1], directions[number - 1], strict=True)
        for m in reversed([m for m, d in pairs if not d]):
            head = re.findall(r"[a-z]+", m.noun.lower().split(" of ")[0])[-1:]
            if head and head[0] in words:
                return m, (f"linked by the noun {head[0]!r} to the sentence before: check",)
    return None, ("the figure this change refers to is not stated",)


def _named_in_clause(sentence: Sentence, change: Mention, levels: list[Mention]) -> Mention | None:
    """ "…, cracked 1,286 cases, … and seized 486.3 kilograms, …, the number of cases decreased by
    12.3%": the figure before whose head noun the change's own clause names, when that is not
    the last figure's head."""
    clause = re.split(r"[,;]", sentence.text[: change.start - sentence.start])[-1]
    words = set(re.findall(r"[a-z]+", clause.lower()))
    before = [m for m in levels if m.start < change.start]
    heads = [re.findall(r"[a-z]+", m.noun.lower().split(" of ")[0])[-1:] for m in before]
    if len(before) < 2 or not heads[-1] or heads[-1][0] in words:
        return None
    named = [m for m, h in zip(before, heads, strict=True) if h and h[0] in words]
    return named[-1] if named else None


def _listed_before(
    mentions: list[list[Mention]], directions: list[list[str | None]], number: int, count: int
) -> list[Mention]:
    """The levels a "respectively" list of changes points back to, over up to two sentences and
    a paragraph break ("... 412 kilograms. ... 96 kilograms.\n\nThese were increases of 18% and
    35% respectively")."""
    found: list[Mention] = []
    for previous in range(number - 1, max(number - 3, -1), -1):
        pairs = zip(mentions[previous], directions[previous], strict=True)
        found = [m for m, d in pairs if not d] + found
        if len(found) >= count:
            break
    return found


def _compared_after(sentence: Sentence, change: Mention, level: Mention) -> bool:
    """``level`` follows the change as what it is compared with ("6.2% higher than the 15,267
    offences …"): the change's base, not what changed."""
    if level.start <= change.end:
        return False
    between = sentence.text[change.end - sentence.start : level.start - sentence.start]
    return bool(_THAN_AFTER.fullmatch(between))


_THAN_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}(?:than|compared\s+(?:with|to))\s+(?:the\s+)?"
    # (round 14) the base after its period: "9.8% higher than in 2023, when 64.9 tonnes …",
    # "6% more than in 2022 to 2023 (22,934)"
    r"|\s*(?:[a-z]+\s+){0,2}than\s+(?:in\s+)?[^,;()\d]{0,20}\d[^,;()]{0,20}?(?:,\s+when\s+|\s*\()",
    re.I,
)


def _base(
    change: Mention,
    levels: list[Mention],
    earlier: list[Mention],
    rank: int,
    count: int,
    respectively: bool,
) -> tuple[Mention | None, tuple[str, ...]]:
    before = [m for m in levels if m.start < change.start]
    if respectively:
        listed = before if len(before) >= count else (before if before else earlier)
        listed = listed[-count:]
        if len(listed) == count:
            note = () if listed is before[-count:] else ("refers back to the previous sentence",)
            return listed[rank], ("matched by order in a 'respectively' list", *note)
        return (listed[rank] if rank < len(listed) else None), (
            f"'respectively' list of {count} changes but {len(listed)} figures: check the link",
        )
    if before:
        return before[-1], ()
    after = [m for m in levels if m.start > change.start]
    if after:
        return after[0], ("linked to the figure after the change: check",)
    if earlier and count == 1:
        return earlier[-1], ("linked to the last figure of the previous sentence: check",)
    return None, ("the figure this change refers to is not stated",)
