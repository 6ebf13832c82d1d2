"""The candidates for a report's home region and their features (issue 14, round 13).

A candidate is the rules' guess (:func:`.frame_guess.guess_of`), every region the text names,
the country holding each, the issuer's jurisdiction and the World when the text has a
worldwide cue; a group of several regions only where the rules formed one. Features describe
structure only (where and how often a candidate is named, what kind of region it is, how it
relates to the rules' guess, the issuer and the other candidates), never particular words, so
that the ranker (:mod:`.frame_model`) learns no report by heart.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narcokg.extract.gazetteer import WORLD

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.frame_answers import FrameGuess
    from narcokg.extract.text import Sentence
    from narcokg.model.regions import Region


@dataclass(frozen=True)
class Candidate:
    """One possible home region (a tuple: a group has several) and its features."""

    regions: tuple[str, ...]
    features: dict[str, float]


@dataclass(frozen=True)
class Spans:
    """Where the report's parts end: the headline, the first sentence after it, the lead."""

    title_end: int
    first_end: int
    lead_end: int
    dateline_end: int


_DIGIT = re.compile(r"\d")


def spans_of(text: str, sentences: list[Sentence]) -> Spans:
    """The ends of a report's headline, first sentence after it, dateline and lead."""
    from narcokg.extract.issuer import lead_end
    from narcokg.extract.placing import DATELINE_SPAN

    title_end = sentences[0].end if sentences else 0
    first_end = sentences[1].end if len(sentences) > 1 else title_end
    dateline = DATELINE_SPAN.match(text, title_end)
    return Spans(
        title_end,
        first_end,
        lead_end(text, title_end),
        dateline.end() if dateline else title_end,
    )


def candidates(
    context: DraftContext, guess: FrameGuess, known: dict[str, Region], spans: Spans
) -> list[Candidate]:
    """Every candidate home region of a report, the rules' guess first."""
    found: list[tuple[str, ...]] = [guess.region] if guess.region else []
    named = [n.key for n in context.regions]
    for key in named:
        found.append((key,))
        country = _top(key, known)
        if country is not None:
            found.append((country,))
    issuer = _issuer_jurisdiction(context)
    if issuer is not None and issuer in known:
        found.append((issuer,))
    if WORLD in named:
        found.append((WORLD,))
    unique = list(dict.fromkeys(found))
    return [
        Candidate(c, features_of(c, context, guess, known, spans, unique, issuer)) for c in unique
    ]


def features_of(
    candidate: tuple[str, ...],
    context: DraftContext,
    guess: FrameGuess,
    known: dict[str, Region],
    spans: Spans,
    others: list[tuple[str, ...]],
    issuer: str | None,
) -> dict[str, float]:
    """The structural features of one candidate."""
    found: dict[str, float] = {"bias": 1.0}
    reason = _reason_kind(guess.region_why)
    if candidate == guess.region:
        found["guess"] = 1.0
        found["guess:" + reason] = 1.0
    else:  # how far to trust the guess depends on why the rules took it
        found["against:" + reason] = 1.0
        found.update(_relation(candidate, guess.region, known))
    if len(candidate) > 1:
        found["group"] = 1.0
        return found
    key = candidate[0]
    found.update(_mention_features(key, context, spans))
    found.update(_kind_features(key, known, others, context))
    if issuer is not None and (key == issuer or key == _top(issuer, known)):
        found["issuer_agrees"] = 1.0
    return found


def _relation(
    candidate: tuple[str, ...], guessed: tuple[str, ...], known: dict[str, Region]
) -> dict[str, float]:
    """How a candidate stands to the rules' guess: holds it, is held by it, or is part of it."""
    found: dict[str, float] = {}
    if len(candidate) == 1 and any(_top(g, known) == candidate[0] for g in guessed):
        found["holds_guess"] = 1.0
    if len(guessed) == 1 and _top(candidate[0], known) == guessed[0]:
        found["held_by_guess"] = 1.0
    if len(guessed) > 1 and candidate[0] in guessed:
        found["in_guessed_group"] = 1.0
    return found


def _mention_features(key: str, context: DraftContext, spans: Spans) -> dict[str, float]:
    mentions = [n for n in context.regions if n.key == key]
    held = [n for n in context.regions if context.countries.get(n.key) == key and n.key != key]
    total = max(1, len(context.regions))
    found = {
        "mentions_log": math.log1p(len(mentions)),
        "mention_share": len(mentions) / total,
        "held_mentions_log": math.log1p(len(held)),
        "figure_sentences_log": math.log1p(_figure_sentences(key, context)),
    }
    first = min((n.start for n in mentions), default=None)
    found["first:" + place(first, spans)] = 1.0
    in_agency = sum(any(a.start <= n.start < a.end for a in context.agencies) for n in mentions)
    if in_agency:
        found["in_agency_name_share"] = in_agency / len(mentions)
    return found


def place(first: int | None, spans: Spans) -> str:
    if first is None:
        return "never"
    for name, end in (
        ("title", spans.title_end),
        ("dateline", spans.dateline_end),
        ("first_sentence", spans.first_end),
        ("lead", spans.lead_end),
    ):
        if first < end:
            return name
    return "later"


def _figure_sentences(key: str, context: DraftContext) -> int:
    """Sentences holding a number that name the region (where figures are counted)."""
    return sum(
        1
        for s in context.sentences
        if _DIGIT.search(s.text)
        and any(n.key == key and s.start <= n.start < s.end for n in context.regions)
    )


def _kind_features(
    key: str, known: dict[str, Region], others: list[tuple[str, ...]], context: DraftContext
) -> dict[str, float]:
    found: dict[str, float] = {}
    if key == WORLD:
        found["world"] = 1.0
    elif key in known and known[key].part_of is None:
        found["country"] = 1.0
    else:
        found["subdivision"] = 1.0
    singles = {c[0] for c in others if len(c) == 1 and c[0] != key}
    if any(_top(o, known) == key for o in singles):
        found["holds_other"] = 1.0
    if _top(key, known) in singles:
        found["held_by_other"] = 1.0
    if key == context.country:
        found["rules_country"] = 1.0
    return found


def _issuer_jurisdiction(context: DraftContext) -> str | None:
    publisher = context.publisher
    if publisher is None:
        return None
    return context.agency_states.get(publisher.key) or context.jurisdictions.get(publisher.key)


def _top(name: str, known: dict[str, Region]) -> str | None:
    region = known.get(name)
    if region is None:
        return None
    while region.part_of is not None and region.part_of in known:
        region = known[region.part_of]
    return region.name if region.name != name else None


def _reason_kind(why: str) -> str:
    """A reason without its particulars ("the dateline (Ky.)" -> "the dateline")."""
    return why.split(" (")[0].split(";")[0].split(":")[0]
