"""(round 24) A "respectively" list of bodies, each named for its own country: "The Border Police
of Chile and the Customs Service of Peru seized 14 and 9 tonnes respectively", "The Tonga Police
and the Police Force of Samoa made 31 and 17 arrests respectively", "Swedish, Danish and Finnish
officers made 8, 6 and 5 of the arrests respectively". The i-th body's country is the i-th
figure's region. :func:`.scope.respectively` pairs only places joined by commas and "and" alone
(with a division's head noun at most), so the nearest name, the last body's, took every figure.
Internal to :mod:`.placing`."""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang.en.cities import MORE_DEMONYMS
from narcokg.extract.lang.en.names import DEMONYMS
from narcokg.extract.text import Sentence

_ADJECTIVES = DEMONYMS | MORE_DEMONYMS
_ADJECTIVE = re.compile(
    rf"\b({'|'.join(re.escape(a) for a in sorted(_ADJECTIVES, key=len, reverse=True))})\b"
)
#: Figures of one run: "31, 22 and 17", "236 and 419".
_FIGURE_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: The words of a gap: words and commas.
_WORD = re.compile(r"[\w'.-]+|,")
#: The longest gap between two bodies' places ("National Police of Ecuador and the National
#: Police of"), and between the last and the run of figures ("officers made", "reported").
_MOST_WORDS = 10
_LEAD_IN = re.compile(r"\s+(?:[\w'-]+\s+){0,5}")


def respective_bodies(
    text: str, sentence: Sentence, names: list[Name], mention: Mention, figures: list[Mention]
) -> str | None:
    """The country of the i-th body of a list for the i-th figure of the run of figures right
    after the list, in a sentence that says "respectively"; only when the bodies' places are
    all different and the run is as long as the list."""
    cue = text.find("respectively", sentence.start, sentence.end)
    run = _run_of(text, [f for f in figures if sentence.start <= f.start < sentence.end], mention)
    if cue < 0 or run is None or len(run) < 2:
        return None
    items = _items(text, sentence, names, run[0].start)
    if len(items) != len(run) or len({n.key for n in items}) != len(items):
        return None
    return items[run.index(mention)].key


def _run_of(text: str, figures: list[Mention], mention: Mention) -> list[Mention] | None:
    """The run of figures joined only by commas and "and" that holds ``mention``."""
    runs: list[list[Mention]] = []
    for figure in sorted(figures, key=lambda f: f.start):
        if runs and _FIGURE_JOIN.fullmatch(text, runs[-1][-1].end, figure.start):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    return next((run for run in runs if mention in run), None)


def _items(text: str, sentence: Sentence, names: list[Name], run_start: int) -> list[Name]:
    """The list of places, each in its own item, that ends a few words before the run: items
    joined by one comma or "and" each, with a body's other words around the place."""
    places = [n for n in names if sentence.start <= n.start and n.end <= run_start]
    for found in _ADJECTIVE.finditer(text, sentence.start, run_start):
        if not any(n.start < found.end() and found.start() < n.end for n in places):
            key = _ADJECTIVES[found[1]]
            places.append(Name(found.start(), found.end(), key, found[1]))
    places.sort(key=lambda n: n.start)
    if not places or not _LEAD_IN.fullmatch(text, places[-1].end, run_start):
        return []
    items = [places[-1]]
    for place in reversed(places[:-1]):
        if not _one_joiner(text[place.end : items[0].start]):
            break
        items.insert(0, place)
    return items


def _one_joiner(gap: str) -> bool:
    """A gap that joins two items of a list: one comma, one "and" or ", and", and a body's
    words ("Police Service and the Royal Police Force of")."""
    words = _WORD.findall(gap)
    if len(words) > _MOST_WORDS or re.search(r"[;:()\d]", gap):
        return False
    commas, ands = words.count(","), words.count("and")
    serial = (commas, ands) == (1, 1) and gap.lstrip().startswith(", and ")
    return serial or (commas, ands) in ((1, 0), (0, 1))
