"""Round 15 (issue 14): rates and crop areas named the way writers of many blind rounds name
them, applied to the measure the other rules drafted.

- A rate per 100,000, per 10,000 or per million says what it is a rate of. Named by "rate" alone
  ("a rate of 12.2 per 100,000", "The rate was highest in …") it is the rate of the count its
  sentence, else the sentence before, counts ("1,877 overdose deaths, a rate of …");
  named "rate of <what>" it is that. Deaths and offences with no drug or kind of their own are
  the drugs' (a drug report's "death rate" is `drug-death-rate`, its "offence rate" or "rate of
  recorded incidents" `drug-offence-rate`); adjustments ("annualized", "age-standardised",
  "recorded") are no part of the name, and "drug overdose deaths" are `overdose-death-rate`.
- A crop's area (hectares, acres) acted on — destroyed, eradicated, uprooted, removed — is
  `<crop>-eradicated`; an area of a crop no act names is `<crop>-cultivation`; never "hectares"
  or the fields, farms or crops the area is of.
- Round 25: a kind of drug offence the police count ("1,206 were trafficking offences",
  "Trafficking occurrences rose to 1,577", "recorded 1,842 drug supply crimes") is
  `drug-offences-recorded`, as the keys of five reports of four rounds name the parts of the
  offences a force recorded; a name that says "recorded" itself ("drug-supply-offences-recorded")
  is left as proposed.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

PER_N = frozenset({"per-100000", "per-10000", "per-million"})
AREAS = frozenset({"hectare", "acre"})
#: Round 25: proposals naming a kind of drug offence (see the module).
_OFFENCE_KIND = re.compile(
    r"(?:recorded-)?(?:drugs?-)?(?:related-|(?:other-drugs?|trafficking|possession|supply|dealing)-)?"
    r"(?:offences|offenses|crimes|occurrences)"
)


def as_writers_name(
    counted: Counted, mention: Mention, before: str, previous: str, after: str = ""
) -> Counted:
    """``counted`` with its measure renamed by the conventions above (``before``/``after``: the
    sentence's text around the figure; ``previous``: the sentence before); a name the
    registry holds is known."""
    from narcokg.extract.drug_pairs import drugs_together
    from narcokg.extract.positive_tests import positive_tests
    from narcokg.model.registry import registry

    if (positive := positive_tests(counted, mention, after)) is not None:
        return positive  # round 25: "1,388 positive tests", "1,388 of the tests were positive"
    if (together := drugs_together(counted, mention, after)) is not None:
        return together  # round 25: "2.1 kilograms of crack cocaine and heroin"

    name = None
    if not counted.known and _OFFENCE_KIND.fullmatch(counted.measure):
        note = "measure: a kind of drug offence, named as the offences recorded"
        return Counted("drug-offences-recorded", "case", True, counted.note or note)
    if counted.unit in PER_N:
        name = _rate_name(counted.measure, mention, before, previous)
    elif counted.unit in AREAS:
        name = _area_name(mention, before, previous)
    name = name or counted.measure
    known = counted.known or (name in registry().measures and counted.unit in PER_N | AREAS)
    if name == counted.measure and known == counted.known:
        return counted
    return Counted(name, counted.unit, known, counted.note)


def _rate_name(measure: str, mention: Mention, before: str, previous: str) -> str | None:
    """The rate's name: of what "rate of" names, else of the measure's own words, else of the
    count before it; ``None`` when nothing names what it counts."""
    clause = re.split(r"[;:]", before)[-1]
    if of := _RATE_OF.search(clause):
        words = of["what"].lower().split()
    elif measure.endswith("-rate") and (own := _content(measure[: -len("-rate")].split("-"))):
        words = own
    else:
        counted = _counted(mention.noun) or _counted(before) or _counted(previous)
        if counted is None:
            return None
        words = counted
    return _normalised(words)


def _content(words: list[str]) -> list[str]:
    """The words of a rate that say what it counts: no adjustment, no bare "rate"."""
    return [w for w in words if w and w not in _ADJUSTMENTS and w != "rate"]


def _counted(text: str) -> list[str] | None:
    """The last count ``text`` names ("1,877 overdose deaths", "died of a drug overdose",
    "the offences"), as its words, or ``None``."""
    found = list(_COUNT.finditer(text))
    if found:
        # "1,650 deaths" after "1,877 overdose deaths": the kind an earlier count of it gave
        named = [f for f in found if f["head"].lower() == found[-1]["head"].lower() and _mods(f)]
        return [*_mods(named[-1] if named else found[-1]), found[-1]["head"].lower()]
    if died := list(_DIED.finditer(text)):
        return ["overdose", "deaths"] if died[-1]["overdose"] else ["deaths"]
    return None


def _mods(count: re.Match[str]) -> list[str]:
    """The modifiers of a count's head, not its determiners ("310 of the deaths": none)."""
    return [w for w in (count["mods"] or "").lower().split() if w not in {"of", "the", "all"}]


def _normalised(words: list[str]) -> str | None:
    """``<what>-rate`` for deaths and offences as writers name them, else the words' own."""
    words = [_singular(w) for w in _content([w.strip(",.") for w in words])]
    if not words:
        return None
    head = _HEADS.get(words[-1], words[-1])
    mods = words[:-1]
    if head == "death" and "overdose" in mods and set(mods) <= {"drug", "narcotic", "overdose"}:
        return "overdose-death-rate"  # "drug overdose deaths"; "heroin overdose deaths" keep it
    if head in {"death", "offence"} and all(m in {"drug", "narcotic"} for m in mods):
        return f"drug-{head}-rate"  # no drug or kind of its own: the report's drugs
    if head == "death" and mods and set(mods) <= _DRUG_DEATHS:
        return "drug-death-rate"  # round 24: see _DRUG_DEATHS
    return "-".join([*words, "rate"])  # its own words ("opioid mortality rate")


def _singular(word: str) -> str:
    return word[:-1] if re.fullmatch(r"[a-z-]+[^su]s", word) else word


def _area_name(mention: Mention, before: str, previous: str) -> str | None:
    """``<crop>-eradicated`` or ``<crop>-cultivation`` for an area of a named crop, else None."""
    clause = re.split(r"[;]", before)[-1]
    crop = _crop(mention.noun) or _crop(clause) or _crop(before) or _crop(previous)
    if crop is None:
        return None
    acted = AREA_ACT.search(clause) or AREA_ACT.search(mention.noun)
    return f"{crop}-{'eradicated' if acted else 'cultivation'}"


def _crop(text: str) -> str | None:
    found = [m for m in _CROP.finditer(text) if m[0].islower() or _opens(text, m.start())]
    return _CROP_NAMES.get(found[-1][0].lower(), found[-1][0].lower()) if found else None


def _opens(text: str, at: int) -> bool:
    """A capitalised crop opening a sentence or a clause is the crop, one inside a name is not."""
    return not text[:at].strip() or text[:at].rstrip()[-1] in ".:,"


#: "the rate of recorded drug offences", "the police-reported rate of drug offences fell".
_RATE_OF = re.compile(
    r"\brates?\s+of\s+(?P<what>(?:[a-z-]+\s+){0,3}?(?:deaths|offen[cs]es|crimes|incidents"
    r"|arrests|homicides|overdoses))\b[^.]*$",
    re.I,
)
#: A count before a rate: up to three modifiers and a head that can be counted in a population.
_COUNT = re.compile(
    r"\d[\d,.]*\s+(?P<mods>(?:[a-z-]+\s+){0,3}?)(?P<head>deaths|offen[cs]es|crimes|incidents"
    r"|homicides|arrests|overdoses)\b",
    re.I,
)
_DIED = re.compile(r"\b(?:died|dying)\b(?:\s+(?:of|from)\s+(?:a\s+)?(?P<overdose>(?:drug\s+)?"
                   r"overdoses?))?", re.I)  # fmt: skip
_HEADS = {"mortality": "death", "offense": "offence", "incident": "offence", "crime": "offence"}
_ADJUSTMENTS = frozenset(
    {"annualized", "annualised", "age-adjusted", "age-standardised", "age-standardized"}
    | {"crude", "recorded", "police-reported", "reported", "registered", "the", "a", "an"}
    | {"overall", "national", "average", "annual", "highest", "lowest", "per", "capita"}
    # round 18: the parts of a hyphenated adjustment, as a drafted name splits them
    # ("age-adjusted-death-rate"), and "standardised" alone
    | {"age", "adjusted", "standardised", "standardized"}
)
#: Round 24: words that name deaths from drugs as a whole, no drug or kind of its own ("the
#: drug-induced death rate", "intoxication deaths"); not "drug-related" nor "drug misuse", which
#: the keys name both ways (`drug-death-rate`, `drug-related-death-rate`, `drug-misuse-…`).
_DRUG_DEATHS = frozenset({"drug", "induced", "drug-induced", "intoxication"})
_CROP = re.compile(r"\b(?:coca|opium|poppy|cannabis|marijuana)\b", re.I)
_CROP_NAMES = {"poppy": "opium", "marijuana": "cannabis"}
AREA_ACT = re.compile(
    r"\b(?:eradicat\w*|destroy\w*|uprooted|removed|cleared|sprayed|pulled\s+up|slashed|burn[te]d?)"
    r"\b",
    re.I,
)
