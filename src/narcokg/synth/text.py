"""The wording of synthetic reports: figures as real reports write them, and their sentences.

A figure's true value becomes a phrase ("more than 2,900", "about 1.49 million", "12.2 tons",
"740 kilograms") and the fact that reads it back (number, qualifier, unit); the two garbles of
machine-translated Chinese numbers are rendered exactly as the seed report shows them. No RDF here;
:mod:`narcokg.synth.corpus` assembles documents from these pieces.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

#: Measures the generator states; how each is written (its noun phrase and verb), its unit kind
#: and count unit come from the measure registry (``ontology/narcokg.ttl``, nk:examplePhrase,
#: nk:exampleVerb, nk:unitKind, nk:countUnit).
SYNTH_MEASURES = (
    "drug-crime-cases-cracked",
    "drug-trafficking-cases-cracked",
    "drug-production-cases-cracked",
    "major-cross-regional-cases-cracked",
    "suspects-arrested",
    "trafficking-arrests",
    "drugs-seized",
    "methamphetamine-seized",
    "heroin-seized",
    "drug-production-materials-seized",
    "cannabis-plants-seized",
    "students-taught-anti-drug-knowledge",
)


def _from_registry() -> tuple[dict[str, tuple[str, str]], dict[str, str], dict[str, str]]:
    from narcokg.model.registry import registry

    entries = registry().measures
    missing = [m for m in SYNTH_MEASURES if not entries[m].example_phrase]
    if missing:
        raise ValueError(f"measures without nk:examplePhrase in the ontology: {missing}")
    measures = {m: (entries[m].kind, str(entries[m].example_phrase)) for m in SYNTH_MEASURES}
    verbs = {m: str(entries[m].example_verb) for m in SYNTH_MEASURES}
    units = {m: str(entries[m].count_unit) for m in SYNTH_MEASURES if entries[m].count_unit}
    return measures, units, verbs


#: slug -> (unit kind, noun phrase after a count / after a mass); count units; verbs.
MEASURES, COUNT_UNITS, VERBS = _from_registry()
QUALIFIER_WORDING = {
    "more-than": ("more than", "over", "in excess of"),
    "at-least": ("at least", "no fewer than"),
    "about": ("about", "approximately", "around", "some", "roughly"),
    "nearly": ("nearly", "almost", "close to"),
}
FILLERS = (
    "The work focused on the sources, channels and networks of drug crime.",
    "Police cooperation with customs, border defence and postal services was strengthened.",
    "Logistics companies were required to verify the identity of senders and check parcels.",
    "Community drug treatment and rehabilitation were further standardised.",
    "Publicity campaigns reached schools, villages, enterprises and families.",
    "Dynamic monitoring of drug abuse was extended to new psychoactive substances.",
    "Special inspections covered the management of narcotic and psychotropic drugs.",
    "The assets of drug trafficking networks were traced, frozen and confiscated.",
    "Joint case-handling with neighbouring jurisdictions was intensified.",
    "Grid management in urban and rural communities helped find drug addicts.",
    "Key places of entertainment were inspected regularly and without notice.",
    "Online drug-related crime was investigated together with the internet police.",
    "Drug-control work was included in the assessment of local governments.",
    "Volunteers and social workers took part in prevention education.",
    "Chemical precursors were tracked from production to final use.",
    "The campaign against drug cultivation continued in remote mountain areas.",
)


@dataclass(frozen=True)
class Phrase:
    """A figure as written (``text``) and as a fact reads it back."""

    text: str
    number: Decimal
    qualifier: str
    unit: str
    repair: str | None = None  # the repair rule when the text is garbled
    naive: tuple[Decimal, ...] = ()


def significant(value: Decimal, digits: int, rounding: str) -> Decimal:
    """``value`` rounded to ``digits`` significant digits (floor, ceiling or half-even).

    >>> significant(Decimal(2931), 2, ROUND_FLOOR), significant(Decimal(2931), 2, ROUND_CEILING)
    (Decimal('2900'), Decimal('3000'))
    """
    if value <= 0:
        return Decimal(0)
    exponent = value.adjusted() - digits + 1
    quantum = Decimal(1).scaleb(exponent)
    rounded = (value / quantum).to_integral_value(rounding=rounding) * quantum
    return rounded.quantize(Decimal(1)) if exponent >= 0 else rounded.normalize()


def count_text(number: Decimal) -> str:
    """'2,900', or '1.49 million' for round millions.

    >>> count_text(Decimal(1490000)), count_text(Decimal(2900))
    ('1.49 million', '2,900')
    """
    if number >= 1_000_000 and number % 10_000 == 0:
        return f"{(number / 1_000_000).normalize():f} million"
    return f"{int(number):,}"


def count_phrase(value: Decimal, unit: str, rng: random.Random) -> Phrase:
    """A count as a report states it: exact, or rounded with a qualifier."""
    style = rng.choice(("exact", "more-than", "more-than", "about", "at-least", "nearly"))
    if style == "exact" or value < 20:
        number = value.to_integral_value()
        return Phrase(count_text(number), number, "exact", unit)
    rounding = {"more-than": ROUND_FLOOR, "at-least": ROUND_FLOOR, "nearly": ROUND_CEILING}
    number = significant(
        value, 3 if value >= 1_000_000 else 2, rounding.get(style, "ROUND_HALF_EVEN")
    )
    if style == "more-than" and number == value:
        number -= Decimal(1).scaleb(number.adjusted() - 1)
    if style == "nearly" and number == value:
        number += Decimal(1).scaleb(number.adjusted() - 1)
    words = rng.choice(QUALIFIER_WORDING[style])
    return Phrase(f"{words} {count_text(number)}", number, style, unit)


def mass_phrase(tonnes: Decimal, rng: random.Random) -> Phrase:
    """A mass in tonnes with one decimal ('12.2 tons'), or in kilograms below one tonne."""
    if tonnes < 1:
        kilograms = max(Decimal(1), (tonnes * 1000).to_integral_value())
        word = rng.choice(("kilograms", "kg"))
        return Phrase(f"{int(kilograms):,} {word}", kilograms, "exact", "kilogram")
    number = tonnes.quantize(Decimal("0.1"))
    if number % 1 == 0 and rng.random() < 0.5:
        words = rng.choice(QUALIFIER_WORDING["more-than"])
        return Phrase(
            f"{words} {int(number):,} tons", number.quantize(Decimal(1)), "more-than", "tonne"
        )
    word = rng.choice(("tons", "tonnes"))
    return Phrase(f"{number.normalize():f} {word}", number.normalize(), "exact", "tonne")


def lost_point_phrase(tonnes: Decimal, noun: str) -> Phrase | None:
    """'25 drugs of various types were seized9 tons': 25.9 tonnes whose point was lost."""
    number = tonnes.quantize(Decimal("0.1"))
    integer, fraction = divmod(int(number * 10), 10)
    if integer < 1 or fraction == 0:
        return None
    text = f"{integer} {noun.removeprefix('of ')} were seized{fraction} tons"
    naive = (Decimal(integer), Decimal(fraction))
    return Phrase(text, number.normalize(), "exact", "tonne", "lost-decimal-point", naive)


def split_wan_phrase(value: Decimal, noun: str, unit: str, scope: str) -> Phrase | None:
    """'4 drug crime cases were cracked across the countryMore than 20,000 cases' (4.2万余起)."""
    tenths = int(value // 1000)
    integer, fraction = divmod(tenths, 10)
    if integer < 1 or fraction == 0:
        return None
    tail = "people" if unit == "person" else noun.split()[-1]
    verb = "arrested" if unit == "person" else "cracked"
    text = f"{integer} {noun} were {verb} across the {scope}More than {fraction * 10_000:,} {tail}"
    number = Decimal(tenths * 1000)
    naive = (Decimal(integer), Decimal(fraction * 10_000))
    return Phrase(text, number, "more-than", unit, "split-wan-decimal", naive)
