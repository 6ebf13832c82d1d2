"""Round 42: a sum its clause says was frozen or confiscated is that act's, not a seizure's.

"Officers froze assets worth EUR 14 million", "property worth Rs 184 million was frozen", "obtained
account freezing orders over £48.6 million", "confiscations reached US$2.1 million", "orders
confiscating $38.6 million": the drafts read a bare ``money-amount``, ``value-of-drugs-seized``,
``cash-seized`` or the noun after the sum (``dong``, ``belonging``). The act is the nearest freeze
or confiscation word before the sum in its clause, else the first act word after it ("… worth
US$8.3 million, US$41.2 million and US$12.6 million respectively were frozen"); another act word
(seized, forfeited, restrained, destroyed) nearer the sum wins, and a sum of drugs ("confiscated
drugs worth …") keeps its reading. A confiscated sum is ``assets-confiscated`` when its sentence
names the assets or property, ``value-of-confiscation-orders`` when orders are "worth" it, else
``proceeds-of-crime-confiscated``; confiscated cash ("7.2 billion dong in cash") is
``cash-seized``.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.proposals import MONEY_UNITS
from narcokg.extract.renamed_levels import rename

#: Readings of money this pass may replace: already an act's reading, they stay.
_KEPT = frozenset(
    {
        "assets-frozen",
        "assets-confiscated",
        "proceeds-of-crime-confiscated",
        "value-of-confiscation-orders",
        "assets-seized-or-frozen",
        "assets-forfeited",
        "assets-restrained",
        "property-confiscated",
        "confiscation-orders-secured",
    }
)
#: Act words: freezing, confiscation, and the other acts on money that end either's reach.
_ACT = re.compile(
    r"\b(?:(?P<freeze>froze|freez(?:e|es|ing)|frozen)|(?P<confiscate>confiscat\w*)"
    r"|(?P<other>seiz\w*(?:\s+or\s+fro\w+)?|forfeit\w*|restrain\w*|destroy\w*|impound\w*))\b",
    re.I,
)
#: "of frozen funds": the participle names the money another act took, not this sum's act.
_OF_BEFORE = re.compile(r"\bof\s+$", re.I)
#: Drugs, or a mass of them, between the act and the sum ("confiscated 5,740 kilograms of
#: shabu with a standard drug price of …"), or named as what was taken ("The shabu confiscated …
#: carried a street value of …"): the sum is the drugs' value.
_DRUGS = re.compile(
    r"\b(?:drugs|drug\s+price|narcotics|cocaine|heroin|cannabis|marijuana|methamphetamine|fentanyl|pills"
    r"|shabu|kilogram\w*|grams|tonnes|street\s+value)\b",
    re.I,
)
_ASSETS = re.compile(r"\b(?:assets?|propert(?:y|ies))\b", re.I)
_ORDERS_WORTH = re.compile(r"\borders?\b(?:[^.;]|\.\d)*?\s+worth\b(?:[^.;]|\.\d)*$", re.I)
#: Cash taken: "$3.1 million in currency", "US$1.2 million and €310,000 in cash", "Cash of …".
_CASH_AFTER = re.compile(r"^(?:[^.;]|\.\d){0,30}?\bin\s+(?:cash|currency)\b", re.I)
_CASH_BEFORE = re.compile(r"\bcash\s+(?:of\s+)?$", re.I)


def frozen_confiscated(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each sum frozen or confiscated by its act (see the module)."""
    for fact in found:
        if fact.unit not in MONEY_UNITS or fact.measure in _KEPT:
            continue
        sentence = context.sentences[fact.mention.sentence]
        before = context.text[sentence.start : fact.mention.start].rsplit(";", 1)[-1]
        after = context.text[fact.mention.end : sentence.end].split(";", 1)[0]
        act = _act(before, after)
        if act is None:
            continue
        if act == "freeze":
            rename(fact, "assets-frozen")
        elif _CASH_AFTER.search(after) or _CASH_BEFORE.search(before):
            # confiscated cash is seized cash, as the keys name it ("$3.1 million in currency")
            if fact.measure != "cash-seized":
                rename(fact, "cash-seized")
        elif _ASSETS.search(context.text[sentence.start : sentence.end]):
            rename(fact, "assets-confiscated")
        elif _ORDERS_WORTH.search(before):
            rename(fact, "value-of-confiscation-orders")
        else:
            rename(fact, "proceeds-of-crime-confiscated")


def _act(before: str, after: str) -> str | None:
    """The act of the nearest act word before the sum, else of the first after it; ``None``
    when that word is another act's, or drugs stand between it and the sum."""
    acts = list(_ACT.finditer(before))
    last = acts[-1] if acts else None
    if last is not None:
        between = before[last.end() :]
    else:
        last = next(
            (m for m in _ACT.finditer(after) if not _OF_BEFORE.search(after[: m.start()])), None
        )
        if last is None:
            return None
        between = after[: last.start()]
    taken = before[max(0, last.start() - 30) : last.start()] if last.string is before else ""
    if last.lastgroup == "other" or _DRUGS.search(between) or _DRUGS.search(taken):
        return None
    return last.lastgroup
