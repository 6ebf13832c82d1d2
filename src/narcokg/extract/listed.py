"""Tables flattened into text (round 7): a lead-in ending with a colon, then items that are a
name and a bare number ("The plants sampled were: Kent 11, Essex 9 and the Wirral 2", "Deaths by
state (with the death rate per 100,000 in brackets): Ohio 4,452 (37.8); Utah 610 (18.1)"). Each
item counts what the lead-in's head noun counts; a number in brackets counts what the lead-in's
legend says the brackets hold, unless that legend is a period (a period is not a noun).
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.text import Sentence

#: An item's label: a name of one to four capitalised words, "the" allowed ("the Northern
#: Territory", "West Virginia", "Cocaine").
_LABEL = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*\s*")
#: What a legend says the brackets hold: "with the death rate per 100,000 in brackets".
_LEGEND = re.compile(
    r"\b(?:with|and)\s+(?:the\s+)?(?P<what>[^()]+?)\s+(?:shown\s+)?in\s+(?:brackets|parentheses)",
    re.I,
)
#: Heads that say only that something was counted: the legend's rate names what.
_TALLIES = frozenset({"counts", "figures", "numbers", "totals", "results", "data"})


def listed_under_lead(sentence: Sentence, m: Mention) -> tuple[str, str | None] | None:
    """The noun (and unit) a bare number counts as an item of a flattened list, or ``None`` when
    it is not one."""
    text, at = sentence.text, m.start - sentence.start
    colon = text.find(":")
    if colon < 0 or colon > at or m.unit is not None:
        return None
    item = re.split(r";|,(?!\d)|\band\b", text[colon + 1 : at])[-1]
    bracketed = item.rstrip().endswith("(")
    if bracketed:  # "Ohio 4,452 (37.8)": the item's second number
        item = re.sub(r"\s[\d.,]+\s*$", " ", item.rstrip()[:-1])
    if not _LABEL.fullmatch(item):
        return None
    lead = text[:colon]
    legend = _LEGEND.search(lead)
    legend_what = legend["what"] if legend and not re.search(r"\d{4}", legend["what"]) else None
    if bracketed:
        return (legend_what, _rate_unit(legend_what)) if legend_what else None
    return _head_of(lead, legend_what)


#: Round 9: a line of a dashboard or key-figures box, "<label>: <number>" on a line of its own
#: ("People receiving medication for opioid use disorder (December): 38,916").
_LABEL_LINE = re.compile(
    r"(?:^|\n)\s*(?P<label>[A-Z][A-Za-z' -]{3,80}?)\s*(?:\([^()\d]*\))?\s*:\s*$"
)


def labelled_line(sentence: Sentence, m: Mention) -> str | None:
    """The label a bare number stands after on a line of its own, if it is one: what it counts."""
    text, at, end = sentence.text, m.start - sentence.start, m.end - sentence.start
    if m.unit is not None or not re.match(r"\s*(?:\n|$)", text[end:]):
        return None
    found = _LABEL_LINE.search(text[:at])
    if found is None or len(found["label"].split()) < 2:
        return None
    label = found["label"].strip()
    return label[0].lower() + label[1:] if label[1:2].islower() else label  # not a name


def _rate_unit(words: str) -> str | None:
    return "per-100000" if re.search(r"\bper\s+100,?000\b", words) else None


def _head_of(lead: str, legend: str | None) -> tuple[str, str | None] | None:
    """The head noun of a lead-in with the participles after it ("The regional plants tested
    were" -> "plants tested"); for a tally word ("State counts"), what the legend's rate is a
    rate of ("death rate" -> deaths)."""
    # a breakdown's dimension is not the counted noun: "Cases by province", "Seizures per port"
    lead = re.sub(
        r"\s+(?:by|per|in|for|across)\s+(?:each\s+|the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s*$",
        "",
        re.sub(r"\([^)]*\)?", " ", lead).strip(),
        flags=re.I,
    )
    words = lead.split()
    while words and words[-1].lower() in {"were", "are", "was", "is", "as", "follows"}:
        words.pop()
    plural = [i for i, w in enumerate(words) if re.fullmatch(r"[a-z-]+s", w.lower())]
    plural = [i for i in plural if not words[i].lower().endswith("ss")]
    if not plural:
        return None
    head = plural[-1]
    if words[head].lower() in _TALLIES:
        rate = re.match(r"(?:[a-z-]+\s+)?([a-z-]+)\s+rate\b", legend or "", re.I)
        return (f"{rate[1].lower()}s", None) if rate else None
    tail = [w for w in words[head + 1 :] if re.fullmatch(r"[a-z]+ed", w)]
    if len(tail) != len(words[head + 1 :]):
        return None  # "Cases by region in 2023": not a noun phrase ending the lead-in
    before = words[max(0, head - 2) : head]
    while before and before[0].lower() not in {"and", "or"} and _DETERMINER.fullmatch(before[0]):
        before = before[1:]
    if any(w.lower() in {"and", "or"} for w in before):
        before = []  # "capital-city and regional plants": the modifiers are coordinated
    return " ".join([*(w.lower() for w in before), words[head].lower(), *tail]), None


_DETERMINER = re.compile(r"the|a|an|all|our|its|their|these|those", re.I)


#: A list item's marker at the start of its line: a dash or a bullet.
_ITEM = re.compile(r"\s*[-\u2022*]\s")


def previous_text(sentences: list[Sentence], sentence: Sentence) -> str:
    """The sentence before ``sentence`` in its paragraph ("" if it opens one); for a list item,
    the list's lead ending in a colon ("During the searches, police seized:"), whose verb the
    items share (round 19: "- 9 vehicles" under it are vehicles seized)."""
    if sentence.index == 0:
        return ""
    at = sentence.index - 1
    while at > 0 and _ITEM.match(sentence.text) and _ITEM.match(sentences[at].text):
        at -= 1
    if _ITEM.match(sentence.text) and sentences[at].text.rstrip().endswith(":"):
        return sentences[at].text
    previous = sentences[sentence.index - 1]
    return previous.text if previous.paragraph == sentence.paragraph else ""
